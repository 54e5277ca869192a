"""A plan whose documents call its groups 「改革の柱」 (made69's): 取組 said of it, with its city named, is its items
(実践項目), never the groups; 「第いくつ」 asks the group by its number; a group 「抱えている」 items graded so is a
group having them (a year the groups are not graded in is their items'); 「C以下」 reaches D where items are graded D.
Each case names what the wrong reading gave."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_SET_DOCS = Path(__file__).resolve().parents[1] / "questions" / "made69" / "docs"


@pytest.fixture(scope="module")
def made69(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made69_torikumi")
    for doc in _SET_DOCS.iterdir():
        (folder / doc.name).write_bytes(doc.read_bytes())
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_torikumi_is_the_plans_items(made69) -> None:
    # (was a search of the text: 取組 named the groups, which hold no start year)
    answer = ask(made69, "萩ノ森市の行革プラン、計画の途中、令和12年度以降に始まった取組はどれ？")
    assert (answer.status, answer.target, _codes(answer)) == ("exact", "practice", ["1-5", "2-4", "5-2"]), answer.summary


def test_group_asked_by_its_number(made69) -> None:
    # (was 委員評価の最大, then the count 5 as the value)
    answer = ask(made69, "萩ノ森市の行革プランで、取組の数がいちばん多い柱は第いくつ？")
    assert (answer.status, answer.value) == ("exact", "1"), answer.summary
    assert any(c.get("field") == "n_practice" for c in answer.understood) or "実践項目数" in answer.summary


def test_groups_holding_items_graded_so(made69) -> None:
    # (was no group at all: R13 is no year the groups are graded in; 抱えている left unread)
    answer = ask(made69, "萩ノ森市の改革プランで、令和13年度にC以下の評価がついた取組を抱えている柱は？")
    assert (answer.status, _codes(answer)) == ("exact", ["1", "3", "4"]), answer.summary


def test_at_most_c_reaches_d_where_items_are_graded_d(made69) -> None:
    # (4-1 is D in R12: 「C以下」 read as C alone left it out)
    answer = ask(made69, "萩ノ森市の改革プランで、令和12年度にC以下の評価がついた取組は？")
    assert (answer.status, _codes(answer)) == ("exact", ["2-2", "3-3", "4-1", "5-2"]), answer.summary
