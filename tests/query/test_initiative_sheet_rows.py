"""A workbook's table of the plan's initiatives (方針 │ 推進方針名 │ 達成率 … by year, tests/questions/made96): its code
column, headed by the word its naming column is named by (方針 of 推進方針名), numbers the rows, so the rows are
answered as the plan report's initiatives of the same number and name (「…推進方針は？」, 「…方針は？」); a bound
said of some year (「どちらかの年度で」「いずれかの年度で」) holds on any year column of the measure, and a sign mark's
bracketed gloss (「▲（経費増）」) is the mark. A made-up town's table of measures by year shows the same bound
without any plan."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made96" / "docs"
T = "\t"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made96_docs")
    for doc in DOCS.iterdir():
        if doc.suffix in (".pdf", ".xlsx"):
            shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made96") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> set[str]:
    return {r["key"] for r in answer.rows}


@pytest.mark.parametrize("question, expected", [
    ("令和6年度の達成率がいちばん低かった推進方針は？", {"initiative:III"}),
    ("令和6年度の総合評価がＡだった方針は？", {"initiative:IV"}),
    ("いずれかの年度で効果額がマイナスになっている推進方針は？", {"initiative:I", "initiative:IV"}),
    ("どっちかの年度で効果額が▲（経費増）になった推進方針はどれ？", {"initiative:I", "initiative:IV"}),
])
def test_sheet_rows_answered_as_initiatives(plan, question, expected) -> None:
    answer = ask(plan, question)
    assert answer.status == "exact" and _keys(answer) == expected, (answer.summary, _keys(answer))


PAGE = "\n".join([
    "北浦町 施設別の利用者数", "（単位：人）",
    T.join(["施設名", "所在地区", "利用者数 令和5年度", "利用者数 令和6年度"]),
    T.join(["中央公民館", "本町", "12000", "9800"]),
    T.join(["北部体育館", "北浦", "8700", "10400"]),
    T.join(["南部図書室", "南浦", "4300", "4100"]), ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("any_year")
    (folder / "北浦町_施設利用者数.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_bound_said_of_some_year_holds_on_any_year(town) -> None:
    answer = ask(town, "北浦町で、どちらかの年度に利用者数が10000人以上だった施設は？")
    assert answer.status == "exact" and answer.count == 2, answer.summary
    assert "中央公民館" in answer.summary and "北部体育館" in answer.summary, answer.summary
    answer = ask(town, "北浦町で、いずれかの年度で利用者数が5000人未満の施設は？")
    assert answer.status == "exact" and answer.count == 1 and "南部図書室" in answer.summary, answer.summary
