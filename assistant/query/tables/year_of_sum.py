"""「じゃあ令和5年度だと？」 after a sum or average of one year's column: the column said now is the same
measure of another year (事業費 決算額 令和6年度 → 令和5年度), and the sum goes on over it."""
from __future__ import annotations


def other_year_of_sum(reading, summed: str) -> bool:
    """Whether the column the follow-up asks is the summed column's measure in another year."""
    t = reading.table
    headers = {c.header for c in t.columns}
    if not reading.asked or reading.asked == summed or reading.asked not in headers or summed not in headers:
        return False
    asked, before = t.column(reading.asked), t.column(summed)
    same_measure = bool(asked.base) and asked.base == before.base
    other_year = asked.year is not None and before.year is not None and asked.year != before.year
    return same_measure and other_year and (not reading.measure or reading.measure == reading.asked)
