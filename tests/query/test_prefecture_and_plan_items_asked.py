"""Words a plan's or a procurement list's table reads that the dedicated kinds answered by a guess:
「県が幹事になってる」 over a list whose members include one prefecture (made97's 鳴砂県), and
「人事課が担当してる取組」 over an action plan's table of 取組 (made100), no joint project of the corpus."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.bare_prefecture import as_named_prefecture
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _codes(answer) -> list[str]:
    return sorted(str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"])


@pytest.fixture(scope="module")
def procurement(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made97_prefecture")
    shutil.copy(QUESTIONS / "made97" / "docs" / "system_kyodo_chotatsu.html", folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made100_plan")
    for f in CORPUS.iterdir():  # (the corpus's joint projects have a 人事課 too: the guess the table replaces)
        if f.is_file():
            shutil.copy(f, folder)
    shutil.copy(QUESTIONS / "made100" / "docs" / "鷭ヶ淵市特定事業主行動計画_令和６年度取組状況.docx", folder)
    return assistant_over(folder)


def test_bare_prefecture_is_the_one_named(procurement) -> None:
    answer = ask(procurement, "県が幹事になってる共同調達の案件を教えて")
    assert _codes(answer) == ["共-04", "共-07", "共-09", "共-10"], (answer.status, answer.summary)
    assert any("鳴砂県" in n for n in answer.notes), answer.notes


def test_bare_prefecture_left_when_none_or_several() -> None:
    class _T:  # (a table's rows as read_tables gives them)
        def __init__(self, *values):
            self.rows = [{"cells": {"幹事": v}} for v in values]

    assert as_named_prefecture("県が幹事の事業", [_T("A市", "B町")]) == ("県が幹事の事業", "")
    assert as_named_prefecture("県が幹事の事業", [_T("甲県", "乙県")]) == ("県が幹事の事業", "")
    assert as_named_prefecture("県が幹事の事業", [_T("A市、甲県", "B町")])[0] == "甲県が幹事の事業"
    # (a prefecture named already is no bare 県)
    assert as_named_prefecture("甲県が幹事の事業", [_T("甲県")]) == ("甲県が幹事の事業", "")


def test_office_of_plan_items_asked(plan) -> None:
    answer = ask(plan, "人事課が担当してる取組を全部教えて")
    assert answer.status == "exact" and answer.target == "table_row", (answer.status, answer.summary)
    assert _codes(answer) == ["1-(1)-1", "1-(1)-2", "1-(2)-1", "1-(2)-2", "4-(1)-1", "4-(1)-2", "5-(1)-1"], answer.summary


@pytest.fixture(scope="module")
def minutes(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made97_minutes_years")
    shutil.copy(QUESTIONS / "made97" / "docs" / "DX推進本部外部アドバイザー会議_議事録.docx", folder)
    return assistant_over(folder)


def test_meeting_of_a_fiscal_year_and_both_levels_of_target(minutes) -> None:
    # (minutes of 令和６年度第２回 and 令和７年度第１回: the year said is the day's fiscal year, no word of the text;
    # 「取組や基本目標」 asks both levels of target, no word either)
    answer = ask(minutes, "令和7年度第1回のアドバイザー会議で委員が取り上げた取組や基本目標を全部")
    assert answer.status == "exact" and sorted(r["initiative"] for r in answer.rows) == [
        "1-(2)-ア", "2-(1)-ウ", "2-(3)-イ", "3", "3-(3)-ウ", "4-(2)-ア"], (answer.status, answer.summary)
    # (a year no meeting of that number was held in: never the other year's meeting, stated as certain)
    answer = ask(minutes, "令和6年度第1回の会議で委員が取り上げた取組は？")
    assert answer.status != "exact", answer.summary


@pytest.fixture(scope="module")
def trainings(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made100_trainings")
    shutil.copy(QUESTIONS / "made100" / "docs" / "近隣市合同研修・共同事業実施状況_令和６年度.pdf", folder)
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["５市すべてが参加している事業は？", "すべての市が参加している事業は？"])
def test_every_member_taking_part(trainings, question) -> None:
    # (one ○/× column per city, folded into the list 参加市: all five cities listed)
    answer = ask(trainings, question)
    assert answer.status == "exact" and _codes(answer) == ["合-02", "合-09"], (answer.status, answer.summary)


def test_every_member_of_another_number_is_not_read(trainings) -> None:
    # (「4市すべて」 of five cities: not these members, said unread — never every row, nor the rows of four)
    answer = ask(trainings, "4市すべてが参加している事業は？")
    assert answer.status != "exact", answer.summary
    answer = ask(trainings, "5町すべてが参加している事業は？")
    assert answer.status != "exact", answer.summary


@pytest.fixture(scope="module")
def plan_alone(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made100_plan_alone")
    shutil.copy(QUESTIONS / "made100" / "docs" / "鷭ヶ淵市特定事業主行動計画_令和６年度取組状況.docx", folder)
    return assistant_over(folder)


def test_year_not_done_is_the_dash_the_note_defines(plan_alone) -> None:
    # (「※実績欄の「－」は、当該年度に未実施又は集計を行っていないもの。」: the year's 実績 printing the dash, with the
    # note's whole meaning said)
    answer = ask(plan_alone, "令和４年度はまだ実施してなかった取組は？")
    assert answer.status == "exact" and _codes(answer) == ["1-(1)-2", "2-(1)-3"], (answer.status, answer.summary)
    assert any("未実施又は集計" in u["label"] for u in answer.understood), answer.understood
    # (a verb the note does not define the dash by is no dash: 達成していない is not read so)
    answer = ask(plan_alone, "令和４年度はまだ達成してなかった取組は？")
    assert not any("「－」" in str(u.get("label")) for u in answer.understood), answer.understood


@pytest.fixture(scope="module")
def dx_sheets(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made97_sheets")
    shutil.copy(QUESTIONS / "made97" / "docs" / "鶚ヶ谷市DX推進計画_取組別進捗状況一覧_R7.xlsx", folder)
    return assistant_over(folder)


@pytest.mark.parametrize("question,codes", [
    # (◎○△× per year under 達成状況 R5 R6 R7: neither mark in any year, not only the latest)
    ("基本目標4の取組で、これまで一度も△や×がついていないものは？", ["4-(1)-ア", "4-(1)-イ", "4-(2)-イ"]),
    ("基本目標1の取組で、一度でも△か×がついたものは？", ["1-(2)-ア", "1-(3)-ア"]),
    # (基本目標１ is also the name of the sheet the joined table begins on: a part of its rows, not the table)
])
def test_two_marks_never_or_ever(dx_sheets, question, codes) -> None:
    answer = ask(dx_sheets, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


def test_grade_letter_between_kanji_is_a_value(plan_alone) -> None:
    # (「進捗Ａ以外」: the letter run into its column's word and the negation is the grade, not part of a word)
    answer = ask(plan_alone, "基本目標３の取組のうち、進捗Ａ以外のものを教えて")
    assert answer.status == "exact" and _codes(answer) == ["3-(1)-1", "3-(2)-1", "3-(2)-2"], (answer.status, answer.summary)


@pytest.mark.parametrize("question", ["3年間とも実績が伸び続けている（R4<R5<R6）取組のうち、担当が情報政策課のものは？",
                                      "実績が伸び続けている取組のうち、担当が情報政策課のものは？"])
def test_going_on_rising_is_every_year(plan_alone, question) -> None:
    # (「伸び続けている」: each year's change, R4→R5 and R5→R6, not the last pair only; the chain in brackets restates it)
    answer = ask(plan_alone, question)
    assert answer.status == "exact" and _codes(answer) == ["3-(2)-1", "3-(2)-3"], (answer.status, answer.summary)
    labels = [u["label"] for u in answer.understood]
    assert any("令和4年度→" in x for x in labels) and any("令和5年度→" in x for x in labels), labels


def test_rows_a_note_says_are_better_lower(plan_alone) -> None:
    # (「※No.６、No.７は数値が小さいほど良い指標です。」 under 計画全体の数値目標: those rows, said as the note's)
    answer = ask(plan_alone, "数値目標で、数値が小さいほど良い指標はどれ？")
    assert answer.status == "exact" and _codes(answer) == ["6", "7"], (answer.status, answer.summary)
    answer = ask(plan_alone, "数値目標で、大きいほど良い指標はどれ？")
    assert _codes(answer) == ["1", "2", "3", "4", "5", "8"], (answer.status, answer.summary)


def test_better_lower_over_a_table_with_no_such_note(trainings) -> None:
    answer = ask(trainings, "数値が小さいほど良い事業はどれ？")
    assert answer.status != "exact", answer.summary


@pytest.fixture(scope="module")
def goal_report(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made97_goal_report")
    shutil.copy(QUESTIONS / "made97" / "docs" / "鶚ヶ谷市DX推進計画_基本目標別評価報告書_令和7年度.pdf", folder)
    return assistant_over(folder)


# (表１ prints each goal on one row per year, its name and office on the first and 〃 under them, the table going on
# over a page break: one record per goal, each year's figures its columns)
@pytest.mark.parametrize("question,codes", [
    ("3年間で一度もC評価を受けていない基本目標はどれ？", ["1", "4"]),
    ("前年度より達成率が下がった基本目標ってある？（令和7年度）", ["3"]),
    ("令和7年度のKPI達成率が高い順に基本目標を並べて", ["1", "2", "3", "4"]),
])
def test_goal_rows_by_year_under_ditto_marks(goal_report, question, codes) -> None:
    answer = ask(goal_report, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


def test_goal_figures_by_its_number(goal_report) -> None:
    # (「基本目標2」: the rows' own word and the number printed with the name; 「何ポイント」 the change's amount)
    answer = ask(goal_report, "基本目標2のKPI達成率は令和5年度から令和7年度で何ポイント上がった？")
    assert answer.value is not None and abs(float(answer.value) - 33.2) < 0.01, (answer.status, answer.summary)
    # (「4つの基本目標」: every goal, no condition; another number is not read)
    answer = ask(goal_report, "令和7年度の4つの基本目標のKPI達成率の平均は？")
    assert answer.status == "exact" and abs(float(answer.value) - 83.03) < 0.01, (answer.status, answer.summary)
    answer = ask(goal_report, "令和7年度の3つの基本目標のKPI達成率の平均は？")
    assert answer.status != "exact", answer.summary


def test_grade_not_taken_is_left_for_the_tables_never() -> None:
    from assistant.query.grammar.phrasings import for_tables

    assert for_tables("3年間で一度もC評価を受けていない目標") == "3年間で一度もC評価を受けていない目標"
    assert for_tables("4年間ずっとA評価を取っている施設") == "4年間ずっと評価がAの施設"
