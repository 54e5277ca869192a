"""「問6の回答は全部で何件」 over 「表 設問別の回答件数（単位：件）」 │ 満足 | やや満足 | やや不満 | 不満 with no 計 column:
the caption says what every figure of the table counts (回答件数, of what 別 says the rows are), so a row's whole of
that measure is the sum of its columns, a column of its own named by the caption's measure (its header says how it
is had). Only where every figure column is a count of one unit, no year among them, two columns or more, and no
column already totals them or is called by that measure, or is the measure at another time or its change (旧 │ 新 │
増減 of 「部別管理職数」: not shares of a whole)."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

# (「設問別の回答件数」「地区別利用者数」: the measure after 別(の), ending in 件数・人数・数; the unit note cut off first)
_MEASURE = re.compile(r"別の?([一-龥ァ-ヶー]{1,8}?)(件数|人数|者数|数)$")
# (a column that is a measure of its own, 定員 | 在籍児童数, is no share of the caption's one: no sum of them)
_OWN_MEASURE = re.compile(r"(?:数|率|額|員|量|費|高|値|平均)$")
_TOTAL = re.compile(r"(?:合計|小計|総計|計|全体|総数)$")
# (旧 │ 新 │ 増減 of 「部別管理職数」: the one measure at two times and their change, no shares of a whole to add)
_NO_SHARE = re.compile(r"増減|増加|減少|差|比較|前年比|変化|^(?:旧|新|前|後|現行|現在|改正前|改正後|改編前|改編後|変更前|変更後"
                       r"|計画|実績|目標|見込み?|予算|決算|当初|補正後?)$")


def caption_measure(caption: str) -> tuple[str, str]:
    """(the measure's stem, its counter ending) the caption says the table's figures are, or ("", "")."""
    text = re.sub(r"[（(][^）)]*単位[^）)]*[）)]", "", nfkc(caption or "")).strip()
    found = _MEASURE.search(re.sub(r"\s+", "", text))
    return (found.group(1), found.group(2)) if found else ("", "")


def caption_total(columns, rows, column_of, caption: str) -> list[tuple]:
    """(the measure's sum column, how it is had) where the caption names the one measure of all the figures."""
    stem, ending = caption_measure(caption)
    numeric = [c for c in columns if c.numeric]
    if not stem or len(numeric) < 2 or any(c.year is not None for c in numeric) \
            or len({c.unit for c in numeric}) != 1 or numeric[0].unit not in ("件", "人", "回", "票") \
            or any(_OWN_MEASURE.search(nfkc(c.header)) or _NO_SHARE.search(nfkc(c.header)) for c in numeric):
        return []
    measure = stem + ending
    said = {f for c in columns for f in c.forms} | {c.base for c in columns}
    if any(_TOTAL.search(c.header) for c in numeric) or measure in said or stem in said:
        return []
    header = f"{measure}(計)"
    for r in rows:
        nums = [_num(r["cells"].get(c.header)) for c in numeric]
        r["cells"][header] = "" if any(n is None for n in nums) else f"{sum(nums):g}"
    column = column_of(header, [r["cells"][header] for r in rows])
    forms = tuple(dict.fromkeys((*column.forms, measure, stem, stem + "数")))
    return [(replace(column, forms=forms, unit=numeric[0].unit), "+".join(c.header for c in numeric))]


def _num(value):
    text = re.sub(r"[,，\s]", "", str(value if value is not None else ""))
    if text in ("", "-", "－", "―"):
        return 0.0 if text else None
    try:
        return float(text)
    except ValueError:
        return None
