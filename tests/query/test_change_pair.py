"""Two figures of two years named apart (令和５年度決算額 | 令和６年度予算額) whose difference the table prints itself
(増減) are one measure's years (tables/change_pair.py): 「R5からR6への減少幅がいちばん大きい区分」 is read on them.
Where the printed change is not their difference, they stay apart. Another village's summaries written here."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

TEXT = """\
杉沢村 使用料等の見直し結果（令和６年度）

１ 見直しの結果
　区分ごとの件数及び金額は、次のとおりである。
                                                   （単位：千円）
  区分          件数    令和５年度決算額    令和６年度予算額      増減
  --------------------------------------------------------------------
  据置             9              12,400              12,650       250
  引上げ           4               3,100               3,900       800
  引下げ           3               2,800               2,150     △650
  廃止             2                 540                   0     △540
  合計            18              18,840              18,700     △140
  --------------------------------------------------------------------
  ※　増減の「△」は減額を示す。
"""


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("change_pair")
    (folder / "杉沢村_使用料見直し結果.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return [str(r["key"]).rpartition(":")[2] for r in answer.to_dict()["rows"]]


def test_the_most_fallen_between_two_years_named_apart(village) -> None:
    answer = ask(village, "R5からR6への減少幅がいちばん大きい区分は？")
    # (引下げ 2,800 → 2,150, △650; the 合計 row no 区分)
    assert answer.status == "exact" and _names(answer) == ["引下げ"], (answer.status, answer.summary)
    risen = ask(village, "R5からR6にかけていちばん増えた区分は？")
    assert risen.status == "exact" and _names(risen) == ["引上げ"], (risen.status, risen.summary)


def test_no_pair_where_the_printed_change_is_not_their_difference() -> None:
    from types import SimpleNamespace

    from assistant.query.tables.change_pair import changed_pair
    from assistant.query.tables.read import Column

    def col(header, year, base):
        return Column(header, (base,), year, base, True, False, "千円")

    columns = [col("令和5年度決算額", 2023, "決算額"), col("令和6年度予算額", 2024, "予算額"), col("増減", None, "増減")]
    rows = [{"cells": {"令和5年度決算額": "100", "令和6年度予算額": "120", "増減": d}} for d in ("20", "5", "7")]
    table = SimpleNamespace(columns=columns, rows=rows, derived={})
    assert changed_pair(table) is None
    rows = [{"cells": {"令和5年度決算額": "100", "令和6年度予算額": str(120 + n), "増減": str(20 + n)}} for n in range(3)]
    assert [c.header for c in changed_pair(SimpleNamespace(columns=columns, rows=rows, derived={}))] == \
        ["令和5年度決算額", "令和6年度予算額"]
