"""A committee's opinions as a table of a web page (No. │ 委員名 │ 対象 │ 意見の要旨 │ 市の対応 [区分, 内容],
tests/questions/made96): each row whose target names a code (「推進方針Ⅱ （…）」「実施項目 Ⅱ-3-(2) …」) is a comment of
the plan's initiative too, keeping the member, the practice item, whether the target is the initiative itself, and
the city's response; 「榊原委員長の意見」 is that member's, 「推進方針そのものに対して出された意見」 those on the
initiatives themselves. Another town's table, headed and coded otherwise (番号 │ 委員 │ 対象項目 │ 意見の概要 │
対応区分), is read the same way; a table whose targets name no code adds nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made96" / "docs"
T = "\t"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made96_opinions")
    for doc in DOCS.iterdir():
        if doc.suffix in (".pdf", ".html", ".xlsx"):
            shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made96_opinions_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> set[str]:
    return {r["key"] for r in answer.rows}


def test_a_members_opinions(plan) -> None:
    answer = ask(plan, "天羽副委員長が出した意見を見せて")
    assert answer.status == "exact" and _keys(answer) == {"comment:III-4", "comment:II-1-(2)-5", "comment:III-1-(3)-6"}, answer.summary
    assert {r.get("practice") for r in answer.rows} == {None, "II-1-(2)", "III-1-(3)"}, answer.rows


def test_opinions_on_the_initiatives_themselves_or_on_items(plan) -> None:
    answer = ask(plan, "推進方針に対する委員の意見を全部")
    assert answer.status == "exact" and _keys(answer) == {"comment:II-1", "comment:III-4", "comment:IV-12", "comment:I-15"}, answer.summary
    answer = ask(plan, "砂田委員の意見は？", "そのうち実施項目に対する意見は？")
    assert answer.status == "exact" and len(answer.rows) == 3, answer.summary


OTHER = "\n".join([
    "北浦町行財政改革懇話会 委員意見への対応", "",
    T.join(["番号", "委員", "対象項目", "意見の概要", "対応区分", "対応内容"]),
    T.join(["1", "山田 一郎（会長）", "基本方針2 財政の健全化", "基金残高の見通しを示すべき。", "反映", "見通しを公表した。"]),
    T.join(["2", "山田 一郎（会長）", "取組 2-1 使用料の見直し", "激変緩和が必要。", "検討", "段階的に改定する。"]),
    T.join(["3", "川口 花子（公募委員）", "取組 1-3 窓口の電子化", "高齢者への配慮を。", "反映", "対面窓口を残した。"]), ""])

WORDS = "\n".join([
    "意見一覧", "",
    T.join(["委員", "対象", "意見"]),
    T.join(["山田", "全体", "よく進んでいる。"]),
    T.join(["川口", "窓口", "待ち時間を減らしてほしい。"]), ""])


def _comments(text: str, source: str):
    return [r for r in registry.parse(text, source).records if r.kind == "comment"]


def test_another_towns_table_is_read_and_words_are_not_codes() -> None:
    found = {r.code: r.fields for r in _comments(OTHER, "北浦町_意見.txt")}
    # (keyed by what each is about: the initiative 2, the items 2-1 and 1-3)
    assert set(found) == {"2-1", "2-1-2", "1-3-3"}, found
    assert (found["2-1"]["about"], found["2-1-2"]["practice"], found["1-3-3"]["member"]) == ("initiative", "2-1", "川口 花子")
    assert found["2-1-2"]["response_class"] == "検討" and found["1-3-3"]["member_role"] == "公募委員"
    assert _comments(WORDS, "意見一覧.txt") == []
