"""「措置済の件数は意見のほうが指摘より何件多い」: two groups' columns apart, of the measure said with them."""
from __future__ import annotations

import os
import re

from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc


def _bare(header: str) -> str:
    """A header without its note mark (指摘未措置※1 → 指摘未措置) nor spaces."""
    return re.sub(r"※\s*\d*", "", "".join(nfkc(header).split()))


def qualified_pair(t: Table, qn: str, measure: str) -> str:
    """The diff's two columns moved to the measure the question says, when they are two groups' columns of another
    one (意見件数 | 指摘件数 read from 「意見」「指摘」 said alone) and the table has both groups' columns of the word
    said (意見措置済 | 指摘措置済 for 措置済): a difference of counts of the wrong measure would be stated with
    confidence. The measure is taken only when exactly one such word is said."""
    own, other, *rest = measure.split("|")
    a, b = _bare(own), _bare(other)
    tail = os.path.commonprefix([a[::-1], b[::-1]])[::-1]
    if not tail or tail in (a, b):
        return measure
    first, second = a[:-len(tail)], b[:-len(tail)]
    numeric = {_bare(c.header): c.header for c in t.columns if c.numeric}
    said = nfkc("".join(qn.split()))
    words = {h[len(first):] for h in numeric if h.startswith(first) and h != a} & \
            {h[len(second):] for h in numeric if h.startswith(second) and h != b}
    words = {w for w in words if len(w) >= 2 and w in said and w not in (first, second)}
    # (措置 inside 措置済 is no measure of its own: the longest words said, none inside another)
    words = {w for w in words if not any(w != o and w in o for o in words)}
    if len(words) != 1:
        return measure
    w = words.pop()
    return "|".join([numeric[first + w], numeric[second + w], *rest])
