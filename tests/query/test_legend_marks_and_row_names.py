"""A list of procedures by year of marks explained by a legend line (● done, ◐ partly, ○ planned) and yearly counts:
the marks said by their meaning in other words (「済にならない」「一部オンラインだった」「オンライン化済（●）」), a
change between the years said, names said short (「国保」, one of two names joined by ・ before their head word).
General behaviours: asked as another town's list would be, worded unlike the question sets."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.clipped_names import derive_clippings
from assistant.query.conversation import Assistant
from assistant.query.facts import _places
from assistant.query.tables.legend_words import _mark_entries
from assistant.query.tables.question import _aliases
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made104" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("legend_marks")
    name = "01_行政手続オンライン化状況一覧_R7.xlsx"
    shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted({str(r.get("number")) for r in answer.rows})


def test_legend_line_of_marks_read_without_figures() -> None:
    line = "凡例：● 受付済 ◑ 一部受付 ○ 受付予定 － 対象外"
    assert _mark_entries(line) == [("●", "受付済"), ("◑", "一部受付"), ("○", "受付予定")]
    # (a row of marks and figures is no legend)
    assert _mark_entries("A-1 届出 ● 18.4 ● 22.5") == []


@pytest.mark.parametrize("turns", [
    ("令和7年度になってもオンライン化済にならない手続",),
    ("R7の計画でもオンライン化済（●）にはならない手続を全部",),
])
def test_mark_negated_with_naranai(assistant, turns) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert _codes(answer) == ["ON-105", "ON-106", "ON-203", "ON-204", "ON-304", "ON-305", "ON-402", "ON-403"]


def test_bare_done_word_and_two_years(assistant) -> None:
    answer = ask(assistant, "R6の時点ではまだ済じゃなかったけど、R7でオンライン化済になる手続")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert all(r.get("オンライン化状況R6") != "●" for r in answer.rows)


def test_partly_mark_said_without_its_ka(assistant) -> None:
    answer = ask(assistant, "R6で一部オンラインだった手続はどれ")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert "ON-302" in _codes(answer) and "ON-101" not in _codes(answer)


@pytest.mark.parametrize("question", ["令和6年度の件数が前の年度から一番減った手続",
                                      "件数が前年度からいちばん減った手続はどれ（R5からR6）"])
def test_change_between_the_years_said(assistant, question) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert any("令和5年度" in u["label"] and "令和6年度" in u["label"] for u in answer.understood), answer.understood


def test_count_said_for_yearly_count(assistant) -> None:
    answer = ask(assistant, "令和6年度の件数がいちばん多い手続")
    assert answer.status == "exact" and _codes(answer) == ["ON-101"], (answer.status, answer.summary)


def test_names_said_short() -> None:
    assert _aliases("身体・知的障害者手帳の交付") == ["身体障害者手帳の交付", "知的障害者手帳の交付"]
    assert "国保" in {k for k, v in derive_clippings(("国民健康保険の加入届",)).items() if v == "国民健康保険"}
    assert _aliases("国民健康保険の加入届") == ["国保の加入届"]


@pytest.mark.parametrize("question,value", [("要支援認定の申請はどの課の所管？", "介護保険課"),
                                            ("国保の資格喪失届のオンライン利用率って何％", 12.4)])
def test_row_named_short(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_place_cut_short_by_the_tokenizer() -> None:
    assert _places("鶉ノ森町DX推進会議 会議録") == ["鶉ノ森町"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grouped_kpis")
    name = "02_オンライン化推進計画_R6進捗評価報告書.pdf"
    shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.mark.parametrize("question,groups", [
    ("達成状況が○（概ね順調）じゃない指標を持っている重点項目は？", ["重点2", "重点3", "重点4", "重点5"]),
    ("達成状況が×のKPIを含む重点はどれ", ["重点5"]),
])
def test_groups_of_the_rows_found_asked(report, question, groups) -> None:
    # (KPIs grouped under 重点 printed once on each group's first row; the 重点 are the rows of another table of
    # the same report: the answer is those rows, each once)
    answer = ask(report, question)
    assert answer.status == "exact", (answer.status, answer.summary)
    assert sorted({str(r.get("number")) for r in answer.rows}) == groups, answer.rows
    assert len(answer.rows) == len(groups)
