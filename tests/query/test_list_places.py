"""Records named by their place in a printed list (grammar/list_places.py, query/list_places.py): 「最初の取組項目」
「一覧の5番目の実践項目」 count the rows as printed (1, 2, 3, N1, 4 …), 「最初の3つ」「後ろから3つ」 several, 「18番目の取組項目の
実践項目」 the records under one placed; a place no list has, or one read in two documents' lists, is partial. Over the
shipped corpus, and over another town's documents (tests/questions/made116: a joint-project table coded 共同-n and a
case book), alone and beside a second document holding such a table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

TOWN = Path(__file__).parent.parent / "questions" / "made116" / "docs"


def codes(answer) -> list[str]:
    return [str(r.get("code")) for r in answer.rows]


def test_the_first_initiative_is_the_first_printed_and_its_items_are_asked(assistant):
    a = ask(assistant, "最初の取組項目に入っている実践項目は？")
    assert a.status == "exact" and sorted(codes(a)) == ["1", "2", "3", "N1"], a.summary


def test_the_nth_item_counts_the_rows_as_printed_not_the_numbers(assistant):
    # (the list prints 1, 2, 3, N1, 4: its fifth row is item 4, never item 5)
    assert codes(ask(assistant, "一覧の3番目の実践項目はどれ？")) == ["3"]
    assert codes(ask(assistant, "実践項目一覧の5番目の実践項目")) == ["4"]
    assert codes(ask(assistant, "実践項目一覧の最後に載っている実践項目は？")) == ["N25"]


def test_the_items_of_the_nth_initiative_are_shown_in_their_printed_order(assistant):
    a = ask(assistant, "18番目の取組項目の実践項目を、載っている順番で")
    assert a.status == "exact" and codes(a) == ["57", "N15", "58", "59", "60", "N16", "N17"], a.summary


def test_the_last_few_and_the_first_few(assistant):
    assert sorted(codes(ask(assistant, "取組項目の後ろから3つ")), key=int) == ["20", "21", "22"]
    a = ask(assistant, "最初の3つの取組項目に入っている実践項目")
    assert {r.get("initiative") for r in a.rows} == {"1", "2", "3"}


def test_a_place_no_list_has_is_said_and_partial(assistant):
    a = ask(assistant, "100番目の取組項目の実践項目は？")
    assert a.status != "exact" and not a.rows, a.summary


def test_a_follow_up_names_another_place_and_keeps_what_is_asked(assistant):
    a = ask(assistant, "一覧の最後の取組項目の委員評価は？", "じゃあ最初の取組項目は？")
    assert a.value == 4.4, a.summary
    a = ask(assistant, "一覧の最後の取組項目の委員評価は？", "じゃあ取組項目1は？")
    assert a.value == 4.4, a.summary


def test_the_largest_number_is_read_by_the_numbers(assistant):
    a = ask(assistant, "No.が一番大きい取組項目の実践項目")
    assert sorted(codes(a)) == ["N23", "N24", "N25"], a.summary


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made116_places")
    for doc in TOWN.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made116_places_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_places_in_another_towns_lists(town):
    a = ask(town, "最後の連携事業は？")
    assert a.status == "exact" and codes(a) == ["共同-8"], a.summary
    assert codes(ask(town, "3番目の事例")) == ["3"]
    assert codes(ask(town, "連携事業の2番目から4番目")) == ["共同-2", "共同-3", "共同-4"]
    assert codes(ask(town, "後ろから2番目の事例")) == ["6"]


@pytest.fixture(scope="module")
def two_tables(tmp_path_factory):
    """The town's table and a second page holding a table of joint projects of its own."""
    folder = tmp_path_factory.mktemp("two_tables")
    page = (TOWN / "システム共同化の状況.html").read_text(encoding="utf-8")
    (folder / "a.html").write_text(page, encoding="utf-8")
    (folder / "b.html").write_text(page.replace("蒜ヶ沢町", "隣の町").replace("AIチャットボット", "RPA共同利用"),
                                   encoding="utf-8")
    index = tmp_path_factory.mktemp("two_tables_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_a_place_read_in_two_documents_lists_is_partial(two_tables):
    a = ask(two_tables, "最後の連携事業は？")
    assert a.status == "partial", a.summary
