"""Words of a question that restate what the table reading already holds, and so ask nothing more:
「全日料金」 (the value 全日 read, 料金 the end of the amount column read, 改定後料金) and 「8施設平均」 (the number
of rows the aggregate is over, said with the rows' word, as many as the conditions choose)."""
from __future__ import annotations

import re

from assistant.query.facts import _covered, _key
from assistant.text.normalize import nfkc


def value_with_column_tail(wn: str, qn: str, spans, used_bases: list[str]) -> bool:
    """「全日料金」: a value read, then the last word (2 characters or more) of a column the reading used."""
    for base in used_bases:
        b = _key(nfkc(base))
        for n in range(2, len(b)):
            tail = b[-n:]
            if wn.endswith(tail) and len(wn) > n and _covered(wn[:-n], qn, spans):
                return True
    return False


# 「8施設平均」「全8施設で」: a number of rows said with the rows' word (and the aggregate said right after it)
# (「他団体5団体の平均」: the rows' word said before the count too)
_ROWS_COUNTED = re.compile(r"(?P<lead>[一-龥ァ-ヶー]{2,6}?)?(?:全)?(?P<n>\d{1,3})(?P<word>[一-龥ァ-ヶー]{1,4}?)(?:の)?(?:平均|合計|計)?(?:で)?")


def rows_counted_restated(wn: str, row_words: list[str], aggregated: int | None) -> bool:
    """「8施設平均」 over 8 rows chosen: the count said is the rows' own, no condition; any other count stays unread."""
    m = _ROWS_COUNTED.fullmatch(wn)
    if not m or aggregated is None or int(m.group("n")) != aggregated:
        return False
    if m.group("lead") and not any(_key(w) in m.group("lead") for w in row_words if len(_key(w)) >= 2):
        return False
    return any(m.group("word") and m.group("word") in _key(w) for w in row_words if w)
