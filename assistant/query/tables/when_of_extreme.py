"""「改定率が一番大きかった料金改定はいつ？」: 「いつ」 of the row at the extreme of a column that holds no days
(平均改定率): the row's one column of days (改定年月) is what is asked, not the figure that picked the row.
The figure stays in the summary; the date becomes the answer's value."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.query.tables.question import _when_column

# (「いつ」 as the question word: not いつも, いつか, いつでも)
_WHEN_ASKED = compiled(r"(?:^|(?<=[はがもの、,\s])|(?<=って))いつ(?!も|か|でも|の間)")


def ask_when_of_extreme(qn: str, reading) -> bool:
    """Set the asked column (in place) to the table's one column of days when an extreme of another
    column is asked 「いつ」; False (nothing set) when no column, or several, hold days."""
    if reading.aggregate not in ("max", "min") or reading.asked or not reading.measure \
            or "|" in reading.measure or not _WHEN_ASKED.search(qn):
        return False
    t = reading.table
    if t.column(reading.measure).dates:
        return False  # (the extreme of a column of days is itself the date asked)
    column = _when_column(t)
    if not column or column == reading.measure:
        return False
    reading.asked = column
    return True
