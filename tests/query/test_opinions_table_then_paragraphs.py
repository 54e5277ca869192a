"""A made-up town's staff working group summary (not made184's town, codes or words): its first meeting's opinions as a
table (番号 │ 区分 │ 関連 │ 意見の要旨 │ 発言者, １…４), the second meeting's going on as paragraphs 「【意見５】（要望）
関連：B-2」 with the text under them closing with the speaker 「（税務課長）」. All eight are comments keyed by their own
number, with the class, what they relate to, the speaker and the meeting: a class, a speaker or a meeting reads every
opinion — not only the table's (which answered 「提案の意見はいくつ」 with the table's rows alone, confidently)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PAPER = """令和７年度 庁舎管理適正化ワーキンググループ 意見のまとめ

財務部契約管財課　令和７年１０月

１　開催状況

回\t開催日\t出席者数
第１回\t令和７年５月１２日\t９人
第２回\t令和７年８月２５日\t８人

２　主な意見

意見の区分は、提案、課題、要望とした。関連欄には、意見が対象とする施設番号又は取組番号を記載した。

（１）第１回（令和７年５月１２日）

番号\t区分\t関連\t意見の要旨\t発言者
１\t提案\tB-1\t会議室の予約を電子化すれば空き状況がすぐに分かる。\t税務課長
２\t課題\t17\t北庁舎の空調は更新時期を過ぎている。\t建築課長
３\t要望\t－\t庁舎の案内表示を多言語にしてほしい。\t市民課長
４\t提案\tA-3\t照明のＬＥＤ化で電気代を減らせる。\t環境課長

（２）第２回（令和７年８月２５日）

【意見５】（要望）　関連：B-2
倉庫の鍵の管理簿を電子化してほしい。（税務課長）
【意見６】（提案）　関連：A-1
清掃委託を複数庁舎でまとめて発注すれば経費が下がる。（契約管財課長）
【意見７】（課題）　関連：－
駐車場の来庁者用区画が不足している。（市民課長）
【意見８】（提案）　関連：21
書庫の文書を年１回まとめて廃棄すべきである。（総務課長）

３　今後の対応

会議室予約の電子化は令和８年度に実施する。
"""


def _own_numbers(answer) -> list[str]:
    return sorted({str(r.get("key") or "").partition(":")[2].split("-")[0] for r in answer.rows}, key=int)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("opinions_table_then_paragraphs")
    (folder / "庁舎管理適正化ワーキンググループ意見のまとめ.txt").write_text(PAPER, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,numbers", [
    (("税務課長の意見",), ["1", "5"]),
    (("提案の意見を出して",), ["1", "4", "6", "8"]),
    (("第2回検討会の意見",), ["5", "6", "7", "8"]),
    (("第2回の意見", "そのうち提案は？"), ["6", "8"]),
    # (no word of opinions said: the class alone is of the opinions, the table's and the paragraphs')
    (("ワーキンググループで出た課題を全部",), ["2", "7"]),
])
def test_table_and_paragraph_opinions_are_one_series(assistant, turns, numbers) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "comment" and _own_numbers(answer) == numbers, (answer.status, answer.summary)


def test_class_count_over_both_parts_is_never_the_tables_alone(assistant) -> None:
    answer = ask(assistant, "提案の意見はいくつ？")
    assert answer.count == 4 or answer.status != "exact", (answer.count, answer.summary)
