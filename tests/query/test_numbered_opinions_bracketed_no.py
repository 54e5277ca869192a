"""Opinions numbered 「【意見No.2】岡本委員　（対象事業：K-2-01 …）」, the member before the bracket citing a code of
levels, then 「（意見）…」 and 「（町の考え方）…」 on their own lines (generic/numbered_opinions.py): each is the member's
comment on the code it cites (「（対象：計画全体）」 none), the town's reply its response; 「事業番号を挙げていない意見」
reads the number as how records are cited (query/uncited_opinions.py), 「…への町の回答」 the response."""
from __future__ import annotations

import pytest

from assistant.kinds.generic.numbered_opinions import numbered_opinions
from tests.conversation_helpers import ask, assistant_over

LINES = [
    "令和７年度 第１回 みなと町行財政改革懇話会 会議録", "",
    "２　委員からの意見と町の考え方", "",
    "【意見No.1】岡本委員　（対象事業：K-2-01　窓口キャッシュレス化）",
    "（意見）キャッシュレス対応の窓口がまだ少ない。",
    "（町の考え方）令和８年度までに全窓口で対応する。【会計課】",
    "【意見No.2】平田委員　（対象：計画全体）",
    "（意見）指標の見直しが必要である。",
    "（町の考え方）次期計画で検討する。【企画課】",
    "【意見No.3】岡本委員　（対象事業：K-1-04　公用車の削減）",
    "（意見）公用車の台数が増えている。",
    "（町の考え方）カーシェアの導入で台数を減らす。なお窓口キャッシュレス化（K-2-01）とは別の事業である。【管財課】",
    "【意見No.4】平田委員　（対象事業：K-2-01　窓口キャッシュレス化）",
    "（意見）高齢者への案内を丁寧にしてほしい。",
    "（町の考え方）窓口に案内係を置く。【会計課】",
    "", "３　その他", "次回は令和８年２月に開催する。"]


def test_each_opinion_is_its_members_comment_on_the_code_it_cites() -> None:
    records = numbered_opinions(LINES, "会議録.docx")
    got = [(r.fields["initiative"], r.fields["member"], r.fields.get("cited")) for r in records]
    assert got == [("K-2-01", "岡本", "K-2-01"), ("2", "平田", ""), ("K-1-04", "岡本", "K-1-04"),
                   ("K-2-01", "平田", "K-2-01")], got
    assert records[0].fields["response"].startswith("令和８年度までに") or \
        records[0].fields["response"].startswith("令和8年度までに"), records[0].fields


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bracketed_no")
    (folder / "みなと町_懇話会会議録.txt").write_text("\n".join(LINES), encoding="utf-8")
    return assistant_over(folder)


def test_all_opinions_counted(town) -> None:
    answer = ask(town, "懇話会で出た意見は全部で何件？")
    assert answer.count == 4, answer.summary


def test_opinions_naming_no_record(town) -> None:
    answer = ask(town, "特定の事業番号を挙げていない意見はいくつ？")
    assert answer.count == 1, answer.summary


def test_a_members_opinions(town) -> None:
    answer = ask(town, "岡本委員の意見は何件？")
    assert answer.count == 2, answer.summary


def test_the_towns_reply(town) -> None:
    answer = ask(town, "公用車が増えていることへの町の回答は？")
    assert "カーシェア" in answer.summary, answer.summary
