"""Shapes read since made84, on a made-up city's text report: a fixed-width table whose year labels stand over
the first of their columns only (「令和5年度」 over 「件数 金額」), a caption whose unit sits alone on the next
line, a category printed once then 「〃」, a list of labelled figures (「令和６年度末残高　148,320」) under a
heading; follow-ups asking the change of the value answered from the year before. And, over made84's own
documents, the yearly figures of a measure sheet (達成率 of each year) as conditions and extremes of its items,
and a build year asked in the western calendar."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.formats.plain import fixed_width_tables
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


def _pad(text: str, width: int, right: bool = False) -> str:
    wide = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1 for ch in text)
    return (" " * (width - wide) + text) if right else (text + " " * (width - wide))


_RULE = "-" * 80
_USES = [("１ 図書館の充実", "120", "2,400", "150", "3,100"),
         ("２ 公園の整備", "300", "5,200", "100", "4,700"),
         ("３ おまかせ", "410", "6,000", "500", "8,800")]
REPORT = "\n".join([
    "令和６年度　北浜市まちづくり寄附金の使途について", "",
    "【１】使途別の寄附受入状況",
    " " * 60 + "（単位：件、千円）", _RULE,
    _pad("", 28) + _pad("令和５年度", 20) + _pad("令和６年度", 20),
    _pad("使途区分", 32) + _pad("件数", 10) + _pad("金額", 10) + _pad("件数", 10) + _pad("金額", 10), _RULE,
    *(_pad(name, 28) + "".join(_pad(v, 10, True) for v in vs) for name, *vs in _USES), _RULE,
    _pad("　　合　計", 28) + "".join(_pad(v, 10, True) for v in ("830", "13,600", "750", "16,600")), _RULE, "",
    "【２】令和６年度　寄附金を充当した事業",
    " " * 66 + "（単位：千円）", _RULE,
    _pad("使途区分", 22) + _pad("事業名", 26) + _pad("担当課", 16) + _pad("充当額", 10, True), _RULE,
    _pad("図書館の充実", 22) + _pad("児童書の購入", 26) + _pad("図書館", 16) + _pad("1,800", 10, True),
    _pad("　〃", 22) + _pad("移動図書館の運行", 26) + _pad("図書館", 16) + _pad("700", 10, True),
    _pad("公園の整備", 22) + _pad("遊具の更新", 26) + _pad("公園緑地課", 16) + _pad("2,900", 10, True), _RULE, "",
    "【３】北浜市まちづくり基金の状況",
    _pad("　　令和５年度末残高", 40) + _pad("20,000", 12, True),
    _pad("　　令和６年度積立額", 40) + _pad("16,600", 12, True),
    _pad("　　令和６年度取崩額", 40) + _pad("▲5,400", 12, True),
    _pad("　　令和６年度末残高", 40) + _pad("31,200", 12, True), ""])

_MADE84 = Path(__file__).resolve().parents[1] / "questions" / "made84" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made84_shapes")
    (folder / "北浜市_まちづくり寄附金の使途.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def made84(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made84_docs")  # (the index is built beside the documents: a copy of them)
    for doc in _MADE84.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def test_a_group_label_over_the_first_of_its_columns_names_them_all() -> None:
    lines = fixed_width_tables(REPORT).split("\n")
    header = next(line for line in lines if line.startswith("使途区分\t件数") or line.startswith("使途区分\t令和"))
    assert header.split("\t") == ["使途区分", "令和５年度件数", "令和５年度金額", "令和６年度件数", "令和６年度金額"]


def test_a_unit_alone_under_a_caption_is_no_label() -> None:
    lines = fixed_width_tables(REPORT).split("\n")
    assert "使途区分\t事業名\t担当課\t充当額" in lines
    assert "〃\t移動図書館の運行\t図書館\t700" in lines


def test_a_ditto_mark_holds_the_category_above(assistant) -> None:
    answer = ask(assistant, "北浜市の図書館の充実に充てた事業の充当額は合わせていくら？")
    assert (answer.status, answer.value) == ("exact", 2500), answer.summary


def test_the_amount_said_by_the_titles_money(assistant) -> None:
    answer = ask(assistant, "北浜市の令和6年度の寄附額の合計は？")
    assert (answer.status, answer.value) == ("exact", 16600), answer.summary


@pytest.mark.parametrize("turns,value", [
    (("北浜市の使途でいちばん寄附額が多かったのは？", "じゃあ前年度と比べてどれだけ増えた？"), 2800),
    (("北浜市の寄附件数、令和6年度は全部で何件？", "令和5年度と比べると何件減った？"), 80),
])
def test_the_change_of_the_value_answered(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_a_fall_asked_as_a_rise_is_corrected(assistant) -> None:
    answer = ask(assistant, "北浜市の使途でいちばん寄附件数が少なかったのは？", "前年度と比べてどれだけ増えた？")
    assert answer.status == "partial" and answer.value is None and "増えてはいません" in answer.summary, answer.summary


def test_a_labelled_figure_of_a_list(assistant) -> None:
    answer = ask(assistant, "北浜市まちづくり基金の令和6年度末の残高は？")
    assert (answer.status, answer.value) == ("search", 31200), answer.summary


@pytest.mark.parametrize("question,codes", [
    ("2024年度の達成率が100%以上110%未満の施策", ["1-2", "3-2", "4-1", "4-2"]),
    ("令和5年度の達成率がいちばん低い施策は？", ["3-1"]),
])
def test_yearly_figures_of_a_measure_sheet(made84, question, codes) -> None:
    answer = ask(made84, question)
    assert answer.status == "exact" and [r["code"] for r in answer.rows] == codes, answer.summary


def test_an_extreme_of_a_years_figure_among_the_records_listed(made84) -> None:
    answer = ask(made84, "政策3の施策を一覧で", "その中で令和5年度の達成率がいちばん高いのは？")
    assert [r["code"] for r in answer.rows] == ["3-3"], answer.summary


def test_a_build_year_in_the_western_calendar(made84) -> None:
    answer = ask(made84, "市役所本庁舎は西暦何年に建てられた？")
    assert answer.value == 1972, answer.summary


def test_an_opening_year_before_a_grade_fields_word_stays() -> None:
    from assistant.query.grammar.phrasings import rephrase

    assert rephrase("R5で、総合評価がAの実践項目") == "R5で、総合評価がAの実践項目"
