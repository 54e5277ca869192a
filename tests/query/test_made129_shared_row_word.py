"""made129's documents beside the shipped corpus: 推進項目, the word the progress sheet and the roles matrix both call
their rows by, names no one document (「進捗状況が完了になってる推進項目」 is the web page's items); a caption's
measure 「推進項目別 財政効果額（単位：千円）」 names its year-only columns Ｒ６ | Ｒ７; 「前年度より…（R6→R7）」
compares those two years' grades."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.caption_measure import caption_measure
from assistant.text.normalize import nfkc
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE = ROOT / "tests" / "questions"

# the items whose 評価 rose from R6 to R7 (◎>○>△>×), both years graded
_ROSE = {f"practice:{c}" for c in ("1-1-2", "1-1-3", "1-2-2", "2-1-3", "3-1-1", "3-2-2", "4-1-2", "4-2-3")}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made129_shared_rows")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((MADE / "made129" / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"]}


def test_rows_word_of_two_documents_names_neither(assistant) -> None:
    a = ask(assistant, "進捗状況が完了になってる推進項目はいくつ？")
    assert a.status == "exact" and a.count == 2
    assert _keys(a) == {"practice:2-1-4", "practice:4-2-2"}


def test_caption_measure_names_year_columns(assistant) -> None:
    a = ask(assistant, "財政効果額の令和７年度の合計はいくら？（千円）")
    assert a.status == "exact" and a.value == 64170


def test_grade_rise_is_the_grades_table(assistant) -> None:
    # (not the 財政効果額 table's R6→R7 increase, which 推進項目 in its caption once preferred)
    a = ask(assistant, "評価が上がった推進項目は？")
    assert a.status == "exact" and _keys(a) == _ROSE
    b = ask(assistant, "前年度より評価が上がった推進項目はどれ？（R6→R7）")
    assert b.status == "exact" and _keys(b) == _ROSE


@pytest.mark.parametrize("caption, measure", [
    ("推進項目別 財政効果額（単位：千円）", "財政効果額"),
    ("曜日・時間帯別の待ち時間", "待ち時間"),
    ("取組一覧", ""),
])
def test_caption_measure(caption: str, measure: str) -> None:
    assert caption_measure(caption) == measure


def test_web_page_said_names_the_html_document(assistant) -> None:
    a = ask(assistant, "ホームページで進捗状況が「遅れ」になっている取組")
    assert a.status == "exact" and a.count == 6
    assert {str(r["source"]) for r in a.to_dict()["rows"]} == {"gyokaku_torikumi_jokyo.html"}


@pytest.mark.parametrize("source, question, said", [
    ("jokyo.html", "ホームページで進捗状況が遅れの取組", "ホームページで"),
    ("jokyo.html", "HP上の進捗が順調なのは", "HP上の"),
    ("jokyo.html", "ホームページのリニューアルの進捗は", None),  # an item's own name, no place shown
    ("kanri.xlsx", "ホームページで進捗状況が遅れの取組", None),  # no web page
])
def test_web_page_said(source: str, question: str, said: str | None) -> None:
    from assistant.query.facts import _key
    from assistant.query.tables.web_page_said import web_page_said

    qn = _key(question)
    span = web_page_said(source, qn)
    assert (qn[span[0]:span[1]] if span else None) == (_key(said) if said else None)


def test_all_items_run_into_the_mean(assistant) -> None:
    a = ask(assistant, "令和７年度の達成率って全項目平均すると何％？（小数第１位まで）")
    assert a.status == "exact" and a.count == 23 and a.value == 89.0


def test_all_items_not_run_into_an_aggregate_is_left() -> None:
    from assistant.query.grammar.phrasings import PHRASINGS

    rule = next(p for p in PHRASINGS if p.name == "all_rows_run_into_aggregate")
    assert rule.apply("全項目の一覧を見せて") == "全項目の一覧を見せて"


def test_ended_verb_of_no_end_column_is_unread(assistant) -> None:
    # 財政効果額 prints an amount per year and nothing of what was closed: 「令和７年度に廃止した施設」 is not that year's
    # amount stated with confidence; the answer says 廃止 was not read
    a = ask(assistant, "公共施設の統廃合で、令和７年度に廃止した施設は？")
    assert a.status != "exact"
    assert any("廃止" in str(w) for w in a.unused)


def test_role_of_a_legend_in_a_matrix(assistant) -> None:
    # ○：協力課 in a matrix of 課 × items; 建設課 prints only ○ (never ●), and is still a 課 the legend covers
    a = ask(assistant, "建設課が協力課として入っている項目は？")
    assert a.status == "exact" and _keys(a) == {"practice:1-1-4", "practice:1-2-2", "practice:2-2-2"}
    # the role named first, the 課 after it
    b = ask(assistant, "協力課に企画財政課が入っている推進項目は？")
    assert b.status == "exact" and b.count == 6
    assert all(r.get("企画財政課") == "○" for r in b.to_dict()["rows"])
    # the role of no 課: ○ in any column, not in every one at once (which no row has)
    c = ask(assistant, "協力課がついている推進項目")
    assert c.status == "exact" and c.count == 20


def test_items_a_post_took_up(assistant) -> None:
    # 「○本部長　推進項目１－１－３の…」: what the 本部長 took up is the items of the 本部長's remarks
    a = ask(assistant, "推進本部会議で本部長が取り上げた推進項目は？")
    assert a.status == "exact"
    assert {nfkc(str(r["key"])).rsplit("-", 1)[0] for r in a.to_dict()["rows"]} == {"comment:1-1-2", "comment:1-1-3"}
