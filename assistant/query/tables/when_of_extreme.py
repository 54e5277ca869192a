"""「改定率が一番大きかった料金改定はいつ？」: 「いつ」 of the row at the extreme of a column that holds no days
(平均改定率): the row's one column of days (改定年月) is what is asked, not the figure that picked the row.
The figure stays in the summary; the date becomes the answer's value."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.query.tables.question import _when_column
from assistant.text.normalize import nfkc

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


# 「可燃ごみが一番多かった年度の量は何トン」: after the word of the row's column (年度), 「の量は何トン」 asks the
# figure of that row, not the column's word; 「何年度」「いつ」 would ask the column.
_FIGURE_OF_ROW = compiled(r"\s*の(?:量|値|数値|額|金額|件数|人数|数)\s*(?:は|って)\s*"
                          r"(?:何\s*(?![年月日時回目番]|歳)[^\s?？、。]{1,4}|いくら|いくつ|どれ(?:くらい|ぐらい|だけ))")


def ask_figure_of_extreme(qn: str, reading) -> bool:
    """Clear the asked column (in place) when the question says it only to name the row whose figure it asks
    (「…が一番多かった年度の量は何トン」): the extreme's own figure is the answer; False when not so said."""
    if reading.aggregate not in ("max", "min") or not reading.asked or not reading.measure or "|" in reading.measure:
        return False
    t = reading.table
    if t.column(reading.asked).numeric or not t.column(reading.measure).numeric:
        return False
    word = nfkc(reading.asked)
    at = qn.find(word)
    if at < 0 or qn.find(word, at + 1) >= 0 or not _FIGURE_OF_ROW.match(qn, at + len(word)):
        return False
    reading.asked = ""
    return True
