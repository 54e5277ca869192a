"""Rows of ratios under a table of counts (「前年度比 │ 94.2% │ 101.3% │ …」 under the months' rows, 「構成比」
「増減率」): each cell is the ratio of its column, no month or record of the table. Counted, summed or ranked among
the rows it would be one more month whose figure is a percentage (and give every column the unit %), so it is
set apart as the table's ratio rows.

Read by the shape only: the row's label ends in 比 or 率 and every filled cell beside it is a percentage."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_RATIO_LABEL = re.compile(r"^[^\d%]{0,8}(?:比|率)$")
_PERCENT = re.compile(r"^[▲△\-+]?\d+(?:\.\d+)?\s*%$")


def is_ratio_row(cells: dict, headers: tuple) -> bool:
    """Whether the row is a row of ratios (its label 前年度比 and the like, its figures percentages)."""
    if not headers:
        return False
    label = nfkc(str(cells.get(headers[0]) or "")).replace(" ", "").strip()
    if not _RATIO_LABEL.match(label):
        return False
    rest = [nfkc(str(cells.get(h) or "")).replace(",", "").strip() for h in headers[1:]]
    rest = [v for v in rest if v]
    return len(rest) >= 1 and all(_PERCENT.match(v) for v in rest)
