"""Row names printed with their unit in parentheses (「基金残高（百万円）」) under a header 「指標（単位）」, or with only a
unit's word in them under a plain header: the name and the unit are read apart (tables/unit_in_label.py)."""
from __future__ import annotations

from assistant.query.tables.unit_in_label import split_unit_column


def _rows(header: str, names: list[str]) -> list[dict]:
    return [{"cells": {header: n, "R6": "1"}} for n in names]


def test_a_header_saying_unit_splits_every_name() -> None:
    rows = _rows("指標（単位）", ["経常収支比率（％）", "財政力指数", "基金残高（百万円）"])
    assert split_unit_column(["指標（単位）", "R6"], rows) == ["指標", "単位", "R6"]
    assert [(r["cells"]["指標"], r["cells"]["単位"]) for r in rows] == [("経常収支比率", "%"), ("財政力指数", ""),
                                                                      ("基金残高", "百万円")]


def test_a_plain_header_splits_only_units_words() -> None:
    rows = _rows("指標", ["経常収支比率(%)", "ラスパイレス指数", "将来負担比率(%)"])
    assert split_unit_column(["指標", "R6"], rows) == ["指標", "単位", "R6"]


def test_names_ending_in_other_parentheses_stay_whole() -> None:
    # (「道路維持（補修）」: a part of the name, no unit; the header does not say 単位)
    rows = _rows("事業名", ["道路維持(補修)", "橋梁点検(定期)", "公園管理"])
    assert split_unit_column(["事業名", "R6"], rows) == ["事業名", "R6"]
    assert rows[0]["cells"]["事業名"] == "道路維持(補修)"


def test_a_later_column_of_measures_with_units_stays_whole() -> None:
    # (成果指標 「参加児童数（人）」 beside 事業名: the measure each row's figures are of, not the rows' names)
    rows = [{"cells": {"事業名": "a", "成果指標": "参加者数（人）"}}, {"cells": {"事業名": "b", "成果指標": "処理件数（件）"}}]
    assert split_unit_column(["事業名", "成果指標"], rows) == ["事業名", "成果指標"]
