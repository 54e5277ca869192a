"""A plan's target stated in its prose as a count (「延べ受講者数を３００人とすることを目標とする」) beside a
per-year table whose column only ends in the word asked (研修受講目標人数 of each year): 「計画の目標人数って何人？」
asks the plan's one target, so the prose sentence answers (as a search), never every year's column value stated as
the answer. Every town, name and figure is made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """北浜町職員研修推進計画（令和７年度版）

第１章 計画の趣旨
本町では、令和４年度に職員研修推進計画を策定し、職員の能力開発に取り組んできた。

第２章 計画の目標
令和９年度末までに延べ受講者数を３００人とすることを目標とする。また、受講者アンケートの満足度を８０％以上とする。

第３章 年度別の受講状況
年度\t研修受講目標人数\t研修受講実績人数\t研修回数
令和４年度\t５０人\t４２人\t６回
令和５年度\t５０人\t５５人\t７回
令和６年度\t５０人\t４８人\t７回
令和７年度\t５０人\t－\t－
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stated_target_counts")
    (folder / "北浜町職員研修推進計画.txt").write_text(PLAN, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant, question):
    assistant.reset()
    return assistant.ask(question)


def test_the_plans_target_count_is_the_prose_sentence(assistant):
    answer = ask(assistant, "計画の目標人数って何人？")
    assert answer.status == "search", (answer.summary, answer.value)
    assert "３００人" in answer.summary and answer.value in (None, 300)  # the sentence, not 50 of every year


def test_one_years_target_is_still_the_table_cell(assistant):
    answer = ask(assistant, "令和５年度の研修受講目標人数は何人？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 50
