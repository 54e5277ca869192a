"""A plan table whose 実施期間 column holds spans (R6～R9): a span said after the column is that span
(「実施期間がR6～R9」), also in a follow-up; a span followed by a verb (「R6～R9に実施する」) is every row
within it; a grade legend printed above the table does not become the table's name."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """北杜町行政改革実施計画 令和6年度進捗状況
令和6年度から令和9年度までを計画期間とします。
【進捗度の区分】 S：計画以上 A：計画どおり
B：やや遅れ
番号\t取組項目\t担当部局\t実施期間\t進捗度
1\t窓口の民間委託\t市民部市民課\tR6～R7\tA
2\t電子申請の拡充\t総務部情報課\tR6～R9\tS
3\t公民館の統廃合\t総務部財産課\tR6～R9\tB
4\t手数料の見直し\t総務部財政課\tR6～R7\tA
5\t下水道の経営改善\t建設部下水道課\tR6～R9\tB
6\t給食センターの見直し\t教育部学務課\tR8～R9\tA
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("spans")
    (folder / "hokuto_r6.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _numbers(answer) -> list[str]:
    return sorted(str(r.get("番号") or r.get("cells", {}).get("番号") or r.get("title")) for r in answer.rows)


def test_a_span_after_its_column_is_that_span(assistant):
    assistant.reset()
    answer = assistant.ask("北杜町の取組で実施期間がR6～R9のもの")
    assert answer.status == "exact" and answer.count == 3
    assert "令和6年度～令和9年度" in answer.summary


def test_a_follow_up_narrows_by_a_span(assistant):
    assistant.reset()
    assistant.ask("北杜町の取組で担当部局が総務部のもの")
    answer = assistant.ask("そのうち実施期間がR6～R9のもの")
    assert answer.status == "exact" and answer.count == 2


def test_a_span_before_a_verb_is_every_row_within_it(assistant):
    assistant.reset()
    answer = assistant.ask("北杜町で令和8年度～令和9年度に実施する取組は何件")
    assert answer.status == "exact" and answer.value == 1


def test_a_legend_line_does_not_name_the_table(assistant):
    assistant.reset()
    answer = assistant.ask("北杜町の取組で実施期間がR6～R7のもの")
    assert answer.count == 2 and "B：やや遅れ" not in answer.summary
