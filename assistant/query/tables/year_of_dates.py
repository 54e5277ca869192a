"""「令和６年度中に措置済になった」: a fiscal year said of an event, read against the column of the days it happened."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

# 「令和６年度中に」「令和６年度中（令和７年３月31日まで）に」「令和６年度の間に」: within that year, of something done.
_WITHIN = compiled(r"(?P<within>中|の間|のうち)?\s*(?:[（(][^）)]{0,30}[）)])?\s*(?:に|で)")


def dated_column_of_year(t: Table, qn: str, end: int) -> str | None:
    """The column of days (措置年月日, 完了日) a fiscal year said just before `end` bounds, or None.

    The year is the event's, not the row's own year (監査年度), when it is said 「…年度中に」 and the words after it
    name that column's event by its header's first word (措置済 → 措置年月日, 完了した → 完了日): the day then
    falls in the year by the fiscal-year rule (３月31日 is of the year before). One such column only."""
    within = _WITHIN.match(qn, end)
    # (the year's mention may hold its 中 already: 「令和６年度中」)
    if not within or not (within.group("within") or qn[:end].rstrip().endswith("中")):
        return None
    after = nfkc(qn[within.end():within.end() + 16])
    dated = [c.header for c in t.columns if c.dates
             and (head := re.match(r"[一-龥]{2}", nfkc(c.header))) and head.group(0) in after]
    return dated[0] if len(dated) == 1 else None
