"""How the asker wants the answer shown (一覧表にして, 表形式で, Excelに貼りたいので番号・項目名・担当課で出して, …の列も
付けて, 一行で, 数字だけ) shapes nothing: the answer is the plain question's, its words no condition, and the answer says
how the instruction was read. Beside it: a grade that became another in a year needs that year graded, words written in
a list of departments, 番号順 read, a follow-up's extreme shows only its records' passages, the name of what was
introduced (shipped corpus)."""
from __future__ import annotations

import pytest

from assistant.query.display_asked import set_display


def _codes(answer):
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("plain, shown", [
    ("R2でC評価だった実践項目", "R2でC評価だった実践項目を一覧表にして。担当課とR5評価の列も付けてください"),
    ("R3はBだったのにR4でAになった実践項目", "R3はBだったのにR4でAになった実践項目をExcelに貼りたいので、番号・項目名・担当課で出して"),
    ("R3はBだったのにR4でAになった実践項目", "R3はBだったのにR4でAになった実践項目を表形式で"),
    ("総括の合計点が12点の実践項目", "総括の合計点が12点の実践項目を表形式で、項目名と担当課の列を付けて"),
])
def test_display_instructions_shape_nothing(assistant, plain, shown):
    want = assistant.ask(plain)
    assistant.reset()
    answer = assistant.ask(shown)
    assert want.status == "exact" and want.rows, want.summary
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert _codes(answer) == _codes(want)
    assert not any(u.get("op") in ("value", "evaluated") for u in answer.understood), answer.understood
    assert any("表示のしかた" in n for n in answer.notes), answer.notes


def test_columns_asked_are_shown(assistant):
    answer = assistant.ask("R2でC評価だった実践項目を一覧表にして。担当課とR5評価の列も付けてください")
    assert {"departments", "r5", "title", "code"} <= set(answer.columns), answer.columns


def test_short_answer_words_are_no_keywords(assistant):
    plain = assistant.ask("取組項目の審議会評価が一番高い取組と一番低い取組の差はいくつ？")
    assistant.reset()
    for tail in ("数字だけ", "一行で"):
        answer = assistant.ask(f"取組項目の審議会評価が一番高い取組と一番低い取組の差はいくつ？{tail}")
        assistant.reset()
        assert answer.status == "exact" and answer.value == plain.value, answer.summary
        assert not any(u.get("field") == "text" for u in answer.understood), answer.understood


def test_an_instruction_alone_is_kept_and_what_changes_the_answer_stays():
    assert set_display("表形式で") == ("表形式で", [])
    for kept in ("番号順", "上位3件", "件数だけ", "小数第2位まで"):
        question = f"R4に終了した実践項目を{kept}で"
        assert kept in set_display(question)[0]


def test_evened_out_is_the_mean(assistant):
    plain = assistant.ask("取組項目の審議会評価平均の平均は？")
    assistant.reset()
    answer = assistant.ask("取組項目の審議会評価平均を全部ならすといくつ？")
    assert answer.status == "exact" and answer.value == plain.value, answer.summary


def test_no_longer_a_grade_needs_the_year_graded(assistant):
    answer = assistant.ask("R2ではAだったのに、R5ではAじゃなくなった実践項目")
    assert answer.status == "exact" and answer.rows, answer.summary
    assert all(r.get("r5") not in ("A", "-", "", None) for r in answer.rows)


def test_words_written_in_the_departments(assistant):
    answer = assistant.ask("担当部署に「政策推進課」と書かれている実践項目")
    assert answer.status == "exact" and answer.rows, answer.summary
    assert all(any("政策推進課" in d for d in r.get("departments") or []) for r in answer.rows)
    assistant.reset()
    total = assistant.ask("実践項目は何件").count
    assistant.reset()
    without = assistant.ask("担当部署に「政策推進課」と書かれていない実践項目は何件")
    assert without.count == total - len(answer.rows), without.summary


def test_number_order_is_read(assistant):
    answer = assistant.ask("取組終了がR4の実践項目を番号順で")
    assert answer.status == "exact" and not answer.unused and answer.rows, answer.summary


def test_extreme_of_a_follow_up_shows_its_own_passages(assistant):
    assistant.ask("委員の意見でAIに触れてる取組項目は？")
    answer = assistant.ask("その中で委員評価が一番高いのはどれ？")
    assert len(answer.rows) == 1, answer.summary
    code = str(answer.rows[0].get("code"))
    assert answer.excerpts and all(str(e.get("key")).split(":")[1].split("-")[0] == code
                                   for e in answer.excerpts if str(e.get("key")).startswith("comment:"))


def test_name_of_what_was_introduced(assistant):
    answer = assistant.ask("ふるさと納税の獲得に向けた新たな手法の導入で、導入したサービス名は？")
    assert answer.status == "exact" and "導入したと書かれているもの" in answer.summary, answer.summary


@pytest.mark.parametrize("question", ["取組終了の欄、空白のものを教えて", "実践項目を別表で", "一覧表に載っている実践項目は何件"])
def test_a_field_or_a_table_named_in_a_condition_is_kept(question):
    assert set_display(question) == (question, [])
