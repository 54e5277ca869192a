"""Numbered tables of yearly figures (「表１ 利用者数の推移 （単位：人）」 over 施設番号 │ 施設名 │ 令和２年度 … with
counts, 「表２ 指定管理料の推移」 over the same header, going on past a page break): no plan's initiatives with grades
by year (plan_report.initiative_sheets reads grades, never figures), and each numbered caption starts a table of its
own though the header is the same, so that 「R6の利用者数が多い順に３つ」「R6の指定管理料の総額」 read one table (made175-022/028: over the PDF alone they are
still read as passages, a question for the figure search); and
「変わってない」 is the same value both years, never 「変わった」. Over made175's PDF and a made-up town's text of the
same shape (other years, codes, names and words)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.plan_report import initiative_sheets
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE175 = Path(__file__).resolve().parents[1] / "questions" / "made175" / "docs"
FIGURES = "資料２_指定管理施設の利用者数及び指定管理料の推移（R2～R6）.pdf"

TOWN = "\n".join([
    "柚ノ浦町 公共施設の運営状況 資料３",
    "委託施設の利用者数及び委託料の推移（平成30年度～令和４年度）",
    "本資料は、各施設の事業報告書に基づき取りまとめたものである。",
    "表１ 利用者数の推移 （単位：人）",
    "施設コード\t施設名称\t平成30年度\t令和元年度\t令和２年度\t令和３年度\t令和４年度",
    "11\t柚ノ浦町立図書館\t52,310\t50,118\t31,204\t40,877\t45,020",
    "12\t柚ノ浦町郷土館\t4,120\t3,985\t2,010\t2,870\t3,305",
    "21\t柚ノ浦町体育センター\t61,400\t60,020\t38,115\t47,360\t58,940",
    "22\t柚ノ浦町温水プール\t－\t－\t12,400\t20,118\t19,870",
    "合計\t\t117,830\t114,123\t83,729\t111,225\t127,135",
    "※温水プールは令和２年度開設。",
    "表２ 委託料の推移 （単位：千円）",
    "施設コード\t施設名称\t平成30年度\t令和元年度\t令和２年度\t令和３年度\t令和４年度",
    "11\t柚ノ浦町立図書館\t30,100\t30,100\t30,800\t31,500\t31,500",
    "12\t柚ノ浦町郷土館\t8,200\t8,200\t8,400\t8,600\t8,900",
    "－ 1 －",
    "",
    "柚ノ浦町 公共施設の運営状況 資料３",
    "施設コード\t施設名称\t平成30年度\t令和元年度\t令和２年度\t令和３年度\t令和４年度",
    "21\t柚ノ浦町体育センター\t41,000\t41,000\t42,300\t43,900\t44,600",
    "22\t柚ノ浦町温水プール\t－\t－\t25,000\t25,000\t25,000",
    "合計\t\t79,300\t79,300\t106,500\t109,000\t110,000",
    "※委託料は精算後の確定額。",
    "－ 2 －",
]) + "\n"


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("yearly_figure_tables")
    shutil.copy(MADE175 / FIGURES, folder / FIGURES)
    for f in (MADE175.parents[3] / "corpus").glob("*.txt"):  # (beside a plan's report, as users index it)
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("yearly_figure_tables_town")
    (folder / "施設運営状況.txt").write_text(TOWN, encoding="utf-8")
    return assistant_over(folder)


def test_figures_by_year_are_no_initiatives_grades() -> None:
    assert not initiative_sheets.detect(TOWN)


@pytest.mark.parametrize("fixture", ["figures", "town"])
def test_each_numbered_caption_its_own_table(request, fixture) -> None:
    assistant = request.getfixturevalue(fixture)
    tables = [r["table"] for r in assistant.db.query("SELECT \"table\" FROM table_row ORDER BY line")]
    held = {r["name"] for r in assistant.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "practice" not in held or not list(assistant.db.query(
        "SELECT key FROM practice WHERE source NOT LIKE '%.txt' OR source LIKE '%施設運営状況%'"))
    first = tables[0]
    assert first.startswith("表１") and tables.count(first) * 2 == len(tables), tables
    assert tables[-1].startswith("表２")


def _codes(answer) -> list[str]:
    return [str(r.get("number")) for r in answer.rows]


@pytest.mark.parametrize("fixture,question,codes", [
    ("figures", "5年度と6年度で指定管理料が変わってない施設", ["103", "301"]),
    ("town", "令和３年度と令和４年度で委託料が変わってない施設", ["11", "22"]),
    ("town", "令和３年度と令和４年度で委託料が変わっていない施設", ["11", "22"]),
    ("town", "令和３年度と令和４年度で委託料が変わった施設", ["12", "21"]),
])
def test_unchanged_is_not_changed(request, fixture, question, codes) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert sorted(_codes(answer)) == codes, (answer.status, answer.summary)
