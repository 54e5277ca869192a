"""A made-up town's union consultation summary (not made187's town, codes or words): the first meeting's opinions as a
table (番号 │ 関連施策 │ 区分 │ 意見の要旨 │ 町の回答, １…４), the second's going on as paragraphs headed by brackets
alone 「【意見５】（関連施策：B-2）（要望）」, the text the next line and the answer under it 「→回答：…（企画課）」.
All eight are comments keyed by their own number, with the class, what they relate to (「なし」「－」 = nothing), the
answer and the office giving it: the heading's brackets are no text, and the paragraphs are no gap in the series
(which left the document without any opinion)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PAPER = """令和８年度 職員団体との協議の概要

総務部職員課　令和８年１２月

１　協議における主な意見

　職員労働組合との協議を２回行った。意見の番号は通し番号とした。

（１）第１回（令和８年６月３日）

番号\t関連施策\t区分\t意見の要旨\t町の回答
１\tB-1\t要望\t休憩室の空調を改善してほしい。\t令和９年度に更新を検討します。（管財課）
２\t－\t質問\t再任用職員の配置方針はどうなっているか。\t各課の業務量を踏まえて配置する。（職員課）
３\tA-2\t提案\t電子決裁の対象文書を広げてはどうか。\t対象の拡大を進める。（情報政策課）
４\tA-1\t要望\t窓口の混雑時に応援職員を配置してほしい。\t繁忙期の応援体制を検討します。（職員課）

（２）第２回（令和８年１１月１０日）

【意見５】（関連施策：B-2）（要望）
　通勤手当の算定方法を見直してほしい。
　→回答：他市町の状況を調査する。（職員課）
【意見６】（関連施策：なし）（提案）
　職員提案制度を再開してはどうか。
　→回答：実施方法を検討します。（企画課）
【意見７】（関連施策：A-3）（指摘）
　研修の受講記録が紙で管理されている。
　→回答：令和９年度から電子で管理する。（職員課）
【意見８】（関連施策：なし）（要望）
　育児休業から復帰する職員への面談を行ってほしい。
　→回答：復帰前の面談を実施する。（職員課）
以上
"""


def _own_numbers(answer) -> list[str]:
    return sorted({str(r.get("key") or "").partition(":")[2].split("-")[0] for r in answer.rows}, key=int)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("opinions_bracketed_heading")
    (folder / "職員団体との協議の概要.txt").write_text(PAPER, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,numbers", [
    (("協議で出た要望を全部",), ["1", "4", "5", "8"]),
    (("第2回の協議の意見",), ["5", "6", "7", "8"]),
    (("どの施策にも関係しない意見は？",), ["2", "6", "8"]),
    (("企画課が回答してる意見ある？",), ["6"]),
])
def test_bracketed_headings_go_on_with_the_table(assistant, turns, numbers) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "comment" and _own_numbers(answer) == numbers, (answer.status, answer.summary)


def test_answer_words_count_over_both_parts(assistant) -> None:
    answer = ask(assistant, "町が「検討します」と答えた意見は何件？")
    assert answer.count == 3 or answer.status != "exact", (answer.count, answer.summary)


def test_items_read_on_the_table_alone_are_not_certain(assistant) -> None:
    # (「提案が出た施策」 read on the table's 区分 and 関連施策 covers the table's opinions only: 意見６ is a paragraph)
    answer = ask(assistant, "協議で提案が出た施策はどれ？")
    assert answer.status != "exact" or {str(r.get("key") or "") for r in answer.rows} <= {"initiative:A-2"}, \
        (answer.status, answer.summary)
