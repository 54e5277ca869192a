"""「ふるさと納税の寄附額、目標値は現状値から何百万円増やす計画？」 over a table of indicators whose 単位 column gives each
row its own unit (百万円, 件, ％): a figure worked out of one row is in that row's unit, and a money unit asked
(何円, 何千円) other than it is reached by converting, not by printing the row's number as if in the unit asked."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_MONEY = {"円": 1, "千円": 10**3, "万円": 10**4, "百万円": 10**6, "千万円": 10**7, "億円": 10**8}
_ASKED = re.compile(r"何\s*([十百千万億]*円)")


def unit_of_row(t, row: dict) -> str:
    """The row's own unit, where the table prints one a row (a column headed 単位); "" otherwise."""
    head = next((c.header for c in t.columns if re.fullmatch(r"単位", nfkc(c.header).strip())), "")
    return nfkc(str(row["cells"].get(head) or "")).strip() if head else ""


def in_asked_unit(value: float, unit: str, question: str) -> tuple[float, str]:
    """The value in the money unit the question asks (何円 of a row in 百万円: times a million); as it is otherwise."""
    asked = _ASKED.search(nfkc(question))
    if not asked or unit not in _MONEY or asked.group(1) not in _MONEY or asked.group(1) == unit:
        return value, unit
    return value * _MONEY[unit] / _MONEY[asked.group(1)], asked.group(1)
