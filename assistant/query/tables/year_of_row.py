"""「河川清掃の事業に出た交付額はいくら？」 of one row of a measure by year columns (交付額 令和4年度 │ 令和5年度 │ 令和6年度),
no year said: the column read for want of a year is the latest, which the row leaves blank when the record did not
run that year (a project of 令和5年度 only). The row's one year printed is its figure; the answer names that column,
so the year is said. With two years or more printed the figure asked is not one, and the reading stays."""
from __future__ import annotations

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_BLANK = {"", "-", "－", "―", "—"}


def row_year_filled(question: str, reading, answer) -> bool:
    """Point the asked value (in place) at the one year column the answered row prints; whether it did."""
    t = reading.table
    if not reading.asked or reading.aggregate or find_years(nfkc(question)) or len(answer.rows) != 1:
        return False
    try:
        asked = t.column(reading.asked)
    except Exception:
        return False
    if asked is None or asked.year is None:
        return False
    key = answer.rows[0].get("key") if isinstance(answer.rows[0], dict) else None
    row = next((r for r in t.rows if r.get("key") == key), None)
    if row is None or nfkc(str(row["cells"].get(asked.header) or "")).strip() not in _BLANK:
        return False
    siblings = [c for c in t.columns if c.year is not None and c.base == asked.base and c.header != asked.header]
    filled = [c for c in siblings if nfkc(str(row["cells"].get(c.header) or "")).strip() not in _BLANK]
    if len(filled) != 1:
        return False
    reading.asked = filled[0].header
    return True
