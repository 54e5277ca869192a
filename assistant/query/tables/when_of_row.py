"""「駅前市営駐車場の料金改定っていつから？」: 「いつ」 of one named row, no column said for it, over a table
with one column of days (施行日) or of years: that column's value is asked."""
from __future__ import annotations

from assistant.query.facts import _key
import re

from assistant.query.tables.question import _when_column

# (「いつから」「いつまで」 too, which the question's own 「いつ」 leaves to 「いつか」's exclusion)
_WHEN_ASKED = re.compile(r"いつ(?:から|まで)|いつ(?!も|か|つ|の間|でも)")


def ask_when_of_row(question: str, reading) -> bool:
    """Set the asked column (in place) when the question asks when of the one row it names."""
    qn = _key(question)
    when = _WHEN_ASKED.search(qn)
    if when is None or reading.asked or reading.aggregate or reading.measure:
        return False
    named = [c for c in reading.conds if c.op == "rows"]
    if len(named) != 1 or len(named[0].value) != 1 or len(reading.conds) != 1:
        return False
    column = _when_column(reading.table)
    if not column:
        return False
    reading.asked = column
    reading.left = [w for w in reading.left if w != when.group(0)]
    reading.spans.append(when.span())
    return True
