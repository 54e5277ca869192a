"""Why the asker asks, said before the question (a meeting, a superior, a memo, a call, a missing spreadsheet), shapes
nothing: the answer is the plain question's, exact, and says the words were read as context. A condition the
question points back at (「そこの実践項目で」) and a leading sentence of conditions are kept (shipped corpus)."""
from __future__ import annotations

import pytest

from assistant.query.asker_circumstances import set_aside


@pytest.mark.parametrize("preamble", [
    "課長から急に聞かれて困っているんですが、",
    "明日の会議で報告しないといけなくて、手元に資料がないので改めて。",
    "前任者のメモを整理していて、終わった項目を数えているんですが、",
    "議員さんから問い合わせがあったので確認です。",
])
def test_circumstances_before_the_question_shape_nothing(assistant, preamble):
    question = "取組終了が令和4年度の実践項目はいくつありますか。"
    plain = assistant.ask(question)
    assistant.reset()
    answer = assistant.ask(preamble + question)
    assert plain.status == "exact" and plain.count, plain.summary
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert answer.count == plain.count and answer.value == plain.value, answer.summary
    assert any("前置き" in n for n in answer.notes), answer.notes


def test_a_department_in_the_circumstances_is_no_condition(assistant):
    plain = assistant.ask("担当部署に(福)が付いている実践項目はどれですか。")
    assistant.reset()
    answer = assistant.ask("部長から行政監理室の件で電話があり、手元にExcelがないので教えてください。"
                           "担当部署に(福)が付いている実践項目はどれですか。")
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert sorted(r.get("code") for r in answer.rows) == sorted(r.get("code") for r in plain.rows)
    assert not any("行政監理室" in str(u.get("label")) for u in answer.understood)


def test_a_condition_pointed_back_at_is_kept(assistant):
    question = "窓口サービス課の件で問い合わせがあって、そこの実践項目で取組終了がR4のものを確認したいんですが、どれになりますか。"
    assert set_aside(question) == (question, "")
    answer = assistant.ask(question)
    assert any("窓口サービス課" in str(u.get("label")) for u in answer.understood), answer.understood


@pytest.mark.parametrize("question", [
    # (a leading sentence of conditions, no circumstance of the asker's: kept)
    "R2ではBだったのに、R5ではAになっている実践項目を番号で。R2がCのものは含めないでください。",
    "条件：R4でA、取組終了がR6。オーナーは問わない。件数だけ。",
    # (what remains names nothing of its own: 「どれですか。」)
    "連携事業の件で電話があって、商工部会の事業を確認したいと言われました。どれですか。",
    # (a topic said before the question is what is asked about)
    "SMSを使った徴収の見直しについてなんですが、照会した先はどこですか。",
])
def test_conditions_said_first_are_kept(question):
    assert set_aside(question)[0].startswith(question[:6])
