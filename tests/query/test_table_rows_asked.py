"""A city's table whose column 「令和7年度の取組」 shares its word with the rows (取組): 「…取組はどれ」
asks for the row, 「…が担当していない」 negates the office, and a negation nothing read is said."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """青葉町行政改革実施計画 令和7年度取組状況

番号\t名称\t令和7年度の取組\t担当部局\t達成度\t財政効果(千円)
1\t電子申請の拡充\t新たに12手続をオンライン化した。\t総務部 情報政策課\t4\t1,200
2\t公園の指定管理\t3公園の指定管理者を選定した。\t都市整備部 公園課\t3\t9,000
3\t補助金の見直し\t全補助金を点検した。\t総務部 財政課\t5\t4,500
4\t窓口業務の委託\t先行事例を調査した。\t市民部 市民課\t1\t0
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("asked")
    (folder / "aoba_2025.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_row_with_the_largest_amount_is_named(assistant):
    assistant.reset()
    answer = assistant.ask("青葉町の財政効果が一番大きい取組はどれ？")
    assert answer.value == "公園の指定管理" and answer.status == "exact"


def test_the_largest_amount_itself_when_it_is_asked(assistant):
    assistant.reset()
    assert assistant.ask("青葉町でいちばん大きい財政効果はいくら？").value == 9000


def test_an_office_said_not_to_be_in_charge(assistant):
    assistant.reset()
    answer = assistant.ask("青葉町で総務部が担当していない取組は？")
    assert sorted(r["title"] for r in answer.rows) == ["公園の指定管理", "窓口業務の委託"]
    assert answer.status == "exact"


def test_rows_listed_by_a_grade_are_the_rows_not_the_column_sharing_their_word(assistant):
    assistant.reset()
    answer = assistant.ask("青葉町で達成度が4以上の取組は？")
    assert sorted(r["title"] for r in answer.rows) == ["補助金の見直し", "電子申請の拡充"]
    assert "新たに12手続" not in answer.summary


def test_the_larger_of_rows_narrowed_before_said_without_ichiban(assistant):
    assistant.reset()
    assistant.ask("青葉町の総務部の取組")
    answer = assistant.ask("そのうち財政効果が多いのは？")
    assert answer.rows and answer.rows[0]["title"] == "補助金の見直し" and answer.status == "exact"
