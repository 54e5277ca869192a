"""made113's transport plan (PDF cards and a goals table, a workbook of routes with a 前年比 beside each year, minutes of
【委員（所属）】 turns, a Word list of 広域① routes, a web page of other towns' cases as <article>s):

- a numbering column printing its header's word short (基本目標 │ 目標4) numbers the rows as the kind's records (4);
- an era asked of a cell printing its era (平成31年4月) is the era printed, not its fiscal year;
- a change printed beside each year (前年比) is named with that year; 「2年連続で減っている」 reads those changes;
- a bare follow-up after a search is asked of the row the question before named (3系統 → 収支率は？; the routes, given a 評価区分, are keyed practice:<route>);
- 【委員（交通事業者）】 turns citing 施策3-3 are opinions on 3-3, the affiliation their role;
- cases headed by a bare place line over a title, 導入年 their start year."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE113 = Path(__file__).resolve().parents[1] / "questions" / "made113" / "docs"


@pytest.fixture(scope="module")
def made113(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made113_docs")
    for doc in _MADE113.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"]}


def test_goals_numbered_short_are_initiatives(made113) -> None:
    a = ask(made113, "令和６年度の達成状況がＣだった基本目標は？")
    assert a.status == "exact" and _keys(a) == {"initiative:4"}


def test_era_asked_is_the_era_printed(made113) -> None:
    a = ask(made113, "令和になってから運行を始めた広域路線はどれ？")
    assert a.status == "exact" and len(a.rows) == 3
    assert not any("平成" in str(r.get("運行開始")) for r in a.rows)


def test_two_years_running_reads_each_years_change(made113) -> None:
    a = ask(made113, "2年連続で利用者が減っている路線")
    assert a.status == "exact" and _keys(a) == {"practice:3系統"}
    one = ask(made113, "令和６年度に利用者が前年より減った路線はどれ？")
    assert one.status == "exact" and len(one.rows) == 3


def test_bare_follow_up_after_a_search_asks_the_row_named(made113) -> None:
    then = ask(made113, "3系統の利用状況を教えて", "収支率は？")
    assert then.status == "exact" and len(then.rows) == 1 and then.value == 28.7


def test_affiliated_members_turns_are_opinions(made113) -> None:
    a = ask(made113, "交通事業者の委員が意見を言ったのはどの施策について？")
    assert a.status == "exact" and a.target == "comment"
    assert {str(r.get("initiative")) for r in a.rows} == {"1-3", "3-1", "3-3"}


def test_change_of_one_row_asked_with_its_counter(made113) -> None:
    a = ask(made113, "1系統の利用者って、令和4年度と比べて令和6年度は何人減った？")
    assert a.status == "exact" and a.value == 330


def test_narrowing_after_a_search_said_as_one_question(made113) -> None:
    a = ask(made113, "鵤木交通の路線を教えて", "その中で令和6年度に前年より利用者が減ったのは？")
    assert a.status == "exact" and _keys(a) == {"practice:循環A"}
