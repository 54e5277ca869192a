"""Other towns' documents beside the shipped corpus (made108's, made110's): a member's turns in minutes citing the
plan's items by code (「桐生委員が会議で取り上げた施策」, then 「そのうち…」 of the items they cite), the turns after
the minutes' break and the time printed in its bracketed line, items named by two or more members, a table's cell
listing names counted (「参加市町が4つ以上」), the town's share a table's note names (「本市の負担額」) and a column of
the municipality in a role said by the role (「幹事」), 【事例N】 case blocks with prose bodies (対象人数), and
「施設・設備の柱（④）の取組について、どの取組に意見が出ていますか」."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE = ROOT / "tests" / "questions"


def _over(tmp_path_factory, made: str) -> Assistant:
    folder = tmp_path_factory.mktemp(f"minutes_turns_and_lists_{made}")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((MADE / made / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def board(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made108")


@pytest.fixture(scope="module")
def hospital(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made110")


def _cited(answer) -> set[str]:
    return {str(r.get("initiative")) for r in answer.rows}


def test_member_turns_cited_items(board) -> None:
    a = ask(board, "桐生委員が会議で取り上げた施策はどれ？")
    assert a.status == "exact" and a.target == "comment"
    assert _cited(a) == {"1-(1)", "1-(4)", "2-(4)"}
    # (a month the minutes date their meeting in is no condition left out; the follow-up asks the items alone)
    a = ask(board, "8月の定例会で宍戸委員はどの施策について意見を言ってた？", "そのうち令和6年度にA評価だったのは？")
    assert a.status == "exact" and _cited(a) == {"1-(3)"}
    # (a month the minutes do not date their meeting in: not answered as exact)
    a = ask(board, "9月の定例会で宍戸委員はどの施策について意見を言ってた？")
    assert a.status != "exact"


def test_turns_around_the_break_and_its_time(board) -> None:
    a = ask(board, "休憩のあとに委員から意見が出た施策を全部あげて")
    assert a.status == "exact" and _cited(a) == {"1-(3)", "2-(2)", "2-(4)", "2-(5)", "3-(1)"}
    a = ask(board, "休憩前に委員が発言した施策は？")
    assert a.status == "exact" and "2-(4)" not in _cited(a) and "1-(1)" in _cited(a)
    a = ask(board, "教育委員会の定例会、休憩は何時から？")
    assert a.status == "exact" and "3時10分" in str(a.value).translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def test_items_of_several_members_said_with_a_lead(board) -> None:
    for said in ("委員の意見の中で、2人以上の委員が言及した施策は？", "意見のうち、複数の委員が取り上げた施策は？"):
        a = ask(board, said)
        assert a.status == "exact" and _cited(a) == {"2-(2)"}, said


def test_names_listed_in_a_cell_counted(board) -> None:
    a = ask(board, "参加市町が4つ以上の共同実施事業は何件？")
    assert a.status == "exact" and a.count == 4
    a = ask(board, "参加市町が3つの共同事業は？")
    assert a.status == "exact" and a.count == 2


def test_own_share_named_by_a_note_and_role_column(board) -> None:
    a = ask(board, "共同実施事業で本市の負担額が一番大きいのはどれ？")
    assert a.status == "exact" and "本市" not in a.unused
    a = ask(board, "共同実施事業で本市の負担額が一番大きいのはどれ？", "その事業の幹事はどこ？")
    assert a.status == "exact" and a.value == "鸛ノ江市"
    # (a condition on the column of the role, as before)
    a = ask(board, "幹事が茅森市になっている共同実施事業は？")
    assert a.status == "exact" and a.count == 3


def test_case_blocks_with_prose_bodies(board) -> None:
    a = ask(board, "先進事例のうち対象人数が1,000人を超えるものは？")
    assert a.status == "exact"
    text = " ".join(str(r.get("heading")) for r in a.rows)
    for place in ("静岡県波戸崎市", "新潟県雪割市", "岡山県笹ヶ谷市"):
        assert place in text
    assert a.count == 3


def test_which_of_a_pillars_items_had_opinions(hospital) -> None:
    a = ask(hospital, "施設・設備の柱（④）の取組について、委員会からはどの取組に意見が出ていますか")
    assert a.status == "exact" and _cited(a) == {"4-2", "4-3", "4-4"}
    a = ask(hospital, "柱（④）の取組は？")
    assert a.status == "exact" and a.count == 4
    # (「R6の柱ごとの」 is no pillar 6)
    a = ask(hospital, "R6の柱ごとの総合評価で一番高かった柱はどれ？")
    assert a.status == "exact" and a.count == 1


def test_pillar_number_left_as_said() -> None:
    from assistant.query.grammar.phrasings import PHRASINGS

    before = next(p for p in PHRASINGS if p.name == "pillar_number_before")
    for said in ("第4の柱の取組", "R6の柱ごとの総合評価", "柱ごとの平均"):
        assert before.apply(said) == said
