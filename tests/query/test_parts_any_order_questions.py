"""Questions over a plan report whose parts stand in an order of its own (the workbook of
tests/kinds/test_plan_report_parts_any_order.py: years in 和暦 oldest first, the committee a 協議会):
asked in the western calendar, by the committee's own name, and about words of the remarks that are
also words of a practice item's title."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_parts_any_order import _workbook


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts")
    (folder / "南山町_評価報告書.xlsx").write_bytes(_workbook(western=False))
    summary = build_index([folder], folder / "gyokaku.db")
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(folder / "gyokaku.db"))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("実践項目で2020年度にA評価だったのは？", ["1"]),
    ("令和3年度にAの実践項目", ["N1"]),
    ("取組項目で協議会の評価が3.5以上なのは？", ["1"]),
])
def test_asked_in_either_calendar_and_by_the_committee_s_name(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == codes


def test_remarks_about_words_of_a_practice_title(assistant):
    # 「時間外勤務」 reads as practice item N1 (時間外勤務の削減), which no remark can be scoped by: the
    # remarks holding the words are asked for, never every remark with the condition dropped.
    assistant.reset()
    answer = assistant.ask("委員の意見で時間外勤務について言っているのは？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [r["key"] for r in answer.rows] == ["comment:2-1"]
