"""A caption naming one measure over its columns at two times and their change (「表 課別窓口職員数」 │ 旧 │ 新 │ 増減):
the columns are no shares of a whole, so no row sum is derived as the measure (tables/caption_total.py), which would
make the measure said (「職員数が減る」) name that sum and a follow-up lose the table. Another town's text written here."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import assistant_over

TEXT = """\
西浜町 窓口業務の再編について

１ 再編の概要
　本庁と支所の窓口を再編し、窓口職員の配置を見直す。

２ 課別の配置
　表　課別窓口職員数　　　　　　　　　（単位：人）
  課名                旧    新    増減
  ------------------------------------
  住民課              12    10      △2
  税務課               8     8       0
  福祉課               6     7      +1
  子育て支援課         5     3      △2
  環境課               4     3      △1
  ------------------------------------
  合計                35    31      △4
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("caption_measure_two_times")
    (folder / "西浜町_窓口再編.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_no_row_sum_of_before_after_and_change(town) -> None:
    from assistant.query.tables.read import read_tables

    tables = [t for t in read_tables(town.db) if any(c.header == "増減" for c in t.columns)]
    assert tables and not any(c.header.endswith("(計)") for t in tables for c in t.columns)

