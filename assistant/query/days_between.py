"""「提案募集期間は何日間？初日と最終日も含めて」 of one record dated from one day to another (an event's date_from and
date_to): the number of days from the first to the last, both counted (何日間 counts the days of the period, as
「初日と最終日も含めて」 says; 「初日を含めない」「差は何日」 count the days between). Only when the answer is that one
record and both dates are read; anything else is left as it is."""
from __future__ import annotations

import re
from datetime import date

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「何日間」「期間は何日」「何日あった」: a number of days asked.
_DAYS_ASKED = compiled(r"何\s*日\s*間|期間\s*(?:は|って)?\s*何\s*日|何\s*日\s*(?:あった|ある|あります|ありました|続いた|続く)")
# 「初日を含めない」「差は何日」「何日後」: the days between, the first not counted.
_BETWEEN = compiled(r"(?:初日|最終日|当日)\s*(?:は|を)?\s*(?:含めない|含まない|除く|除いて|数えない)|何\s*日\s*(?:後|前|差)|差\s*(?:は)?\s*何\s*日")
# The words of the question this reads (said unread before it).
_READ = compiled(r"^(?:日間|何日間|初日|最終日|含めて|含めた|含む|含め|両端|日数|期間|何日|含めない|含まない|除く)$")


def _day(text) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(text or ""))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def worked_out(question: str, answer) -> None:
    said = nfkc(question)
    if answer.error or not _DAYS_ASKED.search(said) or len(answer.rows) != 1:
        return
    row = answer.rows[0]
    first, last = _day(row.get("date_from")), _day(row.get("date_to"))
    if first is None or last is None or last < first:
        return
    between = bool(_BETWEEN.search(said))
    days = (last - first).days + (0 if between else 1)
    answer.value = days
    answer.unused = [w for w in answer.unused if not _READ.match(nfkc(w))]
    counted = "初日を含めず" if between else "初日と最終日を含めて"
    if answer.caveat and not answer.unused:
        answer.summary, answer.caveat = answer.summary.replace(answer.caveat, "", 1), ""
        answer.status = "exact"
    title = str(row.get("title") or row.get("key") or "")
    answer.summary = (f"{title} の{row.get('what') or '期間'}は {first.isoformat()} から {last.isoformat()} までで、"
                      f"{counted} {days}日間です。" + answer.summary)
    answer.understood = list(answer.understood) + [{"field": "date_to", "op": "days", "value": days,
                                                    "label": f"日数を数える（{counted}）"}]
