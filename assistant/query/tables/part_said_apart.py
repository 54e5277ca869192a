"""「R6の現年度分で、収納率が一番低い」 over columns 令和6年度現年度分収納率 …: the part of the figures said first
with で (現年度分) and the measure said after it (収納率) are one column's words, 「現年度分収納率」, as the cross
table's columns join them (crosstab.py). Only where a column's header holds the part straight before the measure."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# a part of a whole said with で: 「現年度分で、」「滞納繰越分では」「R6の現年度分で」
_PART = re.compile(r"(?P<p>[一-龥]{1,6}分)\s*(?:で|では|の中で|のうち)\s*[、,]?\s*")


def as_part_of_measure(read: str, tables) -> str:
    """The question with the part said apart joined to the measure said after it, where a column says them so."""
    text = nfkc(read)
    heads = {"".join(nfkc(c.header).split()) for t in tables for c in t.columns if c.numeric}
    for m in _PART.finditer(text):
        part = m.group("p")
        measures = {h[h.index(part) + len(part):] for h in heads if part in h}
        measures = sorted((x for x in measures if len(x) >= 2), key=len, reverse=True)
        rest = text[m.end():]
        for measure in measures:
            at = rest.find(measure)
            if at < 0 or rest[:at].endswith(part):
                continue
            return text[:m.start("p")] + rest[:at] + part + rest[at:]
    return read
