"""「在籍児童数を合計すると」 over 在籍児童数 (merged across) │ 0歳 | 1・2歳 | 3〜5歳 with no 計 column: a row's
count under a group heading is the sum of the group's columns, as a column of its own named by the heading (its
header says how it is had). Only counts (…数) of one unit, no year among them, three columns or more, where no
column is already called so or totals them."""
from __future__ import annotations

import os
import re
from dataclasses import replace

_TOTAL = re.compile(r"(?:合計|小計|総計|計|全体|総数)$")


def _groups(columns) -> dict[str, list]:
    out: dict[str, list] = {}
    run: list = []
    for c in [*columns, None]:
        if c is not None and c.numeric and c.year is None and run and _stem(run[0].header, c.header):
            run.append(c)
            continue
        if len(run) >= 3:
            stem = os.path.commonprefix([r.header for r in run])
            stem = re.match(r"[一-龥ァ-ヶー]*数", stem)
            if stem:
                out[stem.group(0)] = run
        run = [c] if c is not None and c.numeric and c.year is None else []
    return out


def _stem(a: str, b: str) -> bool:
    return bool(re.match(r"[一-龥ァ-ヶー]{1,}数", os.path.commonprefix([a, b])))


def group_sums(columns, rows, column_of) -> list[tuple]:
    """(the group's sum column, how it is had) for each group heading over three count columns or more."""
    said = {f for c in columns for f in c.forms} | {c.base for c in columns}
    out = []
    for stem, group in _groups(columns).items():
        parts = [c.header[len(stem):] for c in group]
        if stem in said or len({c.unit for c in group}) > 1 or any(_TOTAL.search(p) or not p for p in parts):
            continue
        header = f"{stem}(計)"
        for r in rows:
            values = [r["cells"].get(c.header) for c in group]
            nums = [_num(v) for v in values]
            r["cells"][header] = "" if any(n is None for n in nums) else f"{sum(nums):g}"
        column = column_of(header, [r["cells"][header] for r in rows])
        out.append((replace(column, forms=(*column.forms, stem), unit=group[0].unit),
                    "+".join(c.header for c in group)))
    return out


def _num(value):
    text = re.sub(r"[,，\s]", "", str(value if value is not None else ""))
    if text in ("", "-", "－", "―"):
        return 0.0 if text else None
    try:
        return float(text)
    except ValueError:
        return None
