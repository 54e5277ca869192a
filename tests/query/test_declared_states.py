"""A union's page of its member towns' progress (tests/questions/made125, its documents with the corpus): a section per
town, each a list 「1-③　名称：<strong>実施済</strong>」 under 「状況の区分：実施済／実施中／未着手」. The state each item
ends in is a field under the declared label (declared_states.py), so a town and a state are two conditions and the
items keep their names; a list whose page declares no states keeps its titles whole."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.loader import parse
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made125" / "docs"
PAGE = "kouseidantai_torikumi.html"


@pytest.fixture(scope="module")
def union(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made125_states")
    shutil.copy(DOCS / PAGE, folder)
    index = tmp_path_factory.mktemp("made125_states_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.to_dict()["rows"])


def test_state_of_one_town_is_a_condition(union) -> None:
    answer = ask(union, "白峰村で未着手の取組は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["practice:2-1", "practice:4-1", "practice:4-2", "practice:4-4"], answer.summary


def test_items_keep_their_names_without_the_state(union) -> None:
    answer = ask(union, "白峰村で未着手の取組は？")
    assert all(not r["title"].endswith(("未着手", "：", ":")) for r in answer.to_dict()["rows"]), answer.summary


def test_state_negated_in_a_follow_up(union) -> None:
    answer = ask(union, "深沢町の取組状況を教えて", "そのうち実施済になっていないもの")
    assert answer.status == "exact", answer.summary
    assert sorted(r["number"] for r in answer.to_dict()["rows"]) == ["2-1", "4-2", "4-4", "4-5"], answer.summary


def _items(text: str) -> list[dict]:
    return [r.fields for r in parse(text, "list.txt").records if r.kind == "item"]


LIST = "施設の状況\n\n{declared}\n\n1-1 窓口の統合：完了\n1-2 庁舎の集約：検討中\n1-3 公用車の削減：完了\n"


def test_declared_states_are_split_off() -> None:
    items = _items(LIST.format(declared="進捗の区分：完了／実施中／検討中"))
    assert [(i["title"], i["fields"].get("進捗")) for i in items] == [
        ("窓口の統合", "完了"), ("庁舎の集約", "検討中"), ("公用車の削減", "完了")]


def test_undeclared_tails_stay_in_the_title() -> None:
    # (no line of the page lists the states: 「：完了」 may be part of a name; nothing is guessed)
    items = _items(LIST.format(declared="以下は各施設の状況です。"))
    assert all("進捗" not in i["fields"] for i in items)
    assert all(("：" in i["title"] or ":" in i["title"]) for i in items), items



def test_a_note_and_the_page_title_are_no_field_of_the_last_item() -> None:
    # (the ※ note and the browser title under a web page's <ul> are the page's)
    text = ("取組状況\n\n進捗の区分：完了／実施中／検討中\n\n1-1 窓口の統合：完了\n1-2 庁舎の集約：検討中\n1-3 公用車の削減：完了\n\n"
            "※各課の報告による。\n\n取組状況｜架空広域連合\n")
    items = _items(text)
    assert items[-1]["fields"] == {"進捗": "完了"} and "架空" not in items[-1]["text"]


def test_the_page_title_is_no_field_of_the_last_town(union) -> None:
    answer = ask(union, "深沢町の取組状況を教えて", "そのうち実施済になっていないもの")
    assert _keys(answer) == ["practice:2-1", "practice:4-2", "practice:4-4", "practice:4-5"], answer.summary
