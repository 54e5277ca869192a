"""「売却の入札で、参加者が一番多かった物件」 over 入札者数: those who took part in a competition (入札, 応募, 応札,
申込) are its 参加者, so the table's one count of them is said 参加者(数) as well. Only where a single column counts
such people: with 応募者数 beside 入札者数 the word would not tell which, and the question stays unread."""
from __future__ import annotations

import re
from dataclasses import replace

_TAKING_PART = re.compile(r"(?:入札|応札|応募|申込|申し込み|エントリー)(?:者|社|事業者)数")
_SAID = ("参加者数", "参加者", "参加人数", "参加数")


def participant_forms(columns: list) -> list:
    """The columns, the one counting who took part in a competition also said 参加者 / 参加者数."""
    counts = [c for c in columns if c.numeric and _TAKING_PART.fullmatch(c.base)]
    if len(counts) != 1 or any(f in c.forms or c.base == f for c in columns for f in _SAID):
        return columns
    own = counts[0]
    return [replace(c, forms=(*c.forms, *_SAID)) if c is own else c for c in columns]
