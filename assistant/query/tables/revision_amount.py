"""「テニスコートの夜間って改定で何円上がるの？」「引上げになる手数料の引上げ額を全部足すと」 over a table of fees
in force and revised (現行 | 改定後): the amount of the revision, the revised column less the one in force — of
the one row chosen, or added up over the rows chosen. Read only where one column says each side."""
from __future__ import annotations

import re

from assistant.query.facts import _key

_BEFORE = re.compile(r"(?:[一-龥]{1,4}?)?(?:現行|改定前|見直し前|変更前|旧)")
_AFTER = re.compile(r"(?:[一-龥]{1,4}?)?(?:改定後|改定案|見直し後|見直し案|変更後|新)")
# 「改定で何円上がる」「見直しでいくら下がる」: the amount asked, then the way it goes
_ONE_ROW = re.compile(r"(?:(?:改定|見直し|変更)(?:で|によって|により|後に?)は?\s*)?(?:何円|いくら|どれだけ|どれくらい|どのくらい)"
                      r"\s*(?:くらい|ぐらい)?\s*(?P<way>上が|下が|高くな|安くな|増え|減)[ぁ-ん]*")
# 「引上げ額を全部足すと」「値上げ幅の合計」: the amounts raised (lowered), added up over the rows
_ADDED = re.compile(r"(?P<way>引き?上げ|値上げ|引き?下げ|値下げ)(?:額|幅|分)(?:を|の)?\s*(?:全部|すべて|全て)?\s*"
                    r"(?:足す|足した|足して|合計|合わせ|あわせ|総額)[ぁ-ん]*")


def _pair(t) -> tuple[str, str] | None:
    before = [c.header for c in t.columns if c.numeric and _BEFORE.match(c.base)]
    after = [c.header for c in t.columns if c.numeric and _AFTER.match(c.base)]
    return (after[0], before[0]) if len(before) == 1 and len(after) == 1 else None


def as_revision_amount(question: str, reading) -> bool:
    """Turn the reading into the revision's amount (in place) when asked so; False otherwise."""
    if reading.aggregate or reading.asked:
        return False
    qn = _key(question)  # (as the reading's spans are: the question keyed)
    one, added = _ONE_ROW.search(qn), _ADDED.search(qn)
    pair = _pair(reading.table)
    if pair is None or not (one or added):
        return False
    m = added or one
    up = re.match(r"引き?上げ|値上げ|上が|高くな|増え", m.group("way")) is not None
    after, before = pair
    reading.aggregate = "diff"
    # (up: the revised less the one in force; down: the one in force less the revised)
    reading.measure = f"{after}|{before}|{'up' if up else 'down'}" + ("|sum" if added else "")
    reading.spans.append(m.span())
    return True


def revision_summed(t, qn: str) -> tuple[str, tuple[int, int]] | None:
    """「引上げ額を全部足すと」 read as a sum with no column of its own: the diff measure of the revision, added up
    over the rows, and where it was said; None when not said so or no one pair of columns."""
    m = _ADDED.search(qn)
    pair = _pair(t)
    if m is None or pair is None:
        return None
    up = re.match(r"引き?上げ|値上げ", m.group("way")) is not None
    return f"{pair[0]}|{pair[1]}|{'up' if up else 'down'}|sum", m.span()
