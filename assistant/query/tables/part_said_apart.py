"""「R6の現年度分で、収納率が一番低い」 over columns 令和6年度現年度分収納率 …: the part of the figures said first
with で (現年度分) and the measure said after it (収納率) are one column's words, 「現年度分収納率」, as the cross
table's columns join them (crosstab.py). Only where a column's header holds the part straight before the measure.
Said with の, 「現年課税分の収納率」, only with the measure straight after it (a two-row header's group │ measure).
A part said short, 「現年分」 for a header's 現年課税分, is that part where exactly one header part so begins and ends."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# a part of a whole said with で: 「現年度分で、」「滞納繰越分では」「R6の現年度分で」 (「滞納繰越分って、」 too);
# with の: 「現年課税分の収納率」 (the measure must follow at once)
_PART = re.compile(r"(?P<p>[一-龥]{1,6}分)\s*(?P<by>で|では|の中で|のうち|って|の)\s*[、,]?\s*")


def _header_part(part: str, heads: set[str]) -> str:
    """The part as the headers print it: itself, or the one longer part it shortens (現年分 → 現年課税分: the same
    start, one to three more kanji before 分)."""
    if any(part in h for h in heads):
        return part
    if len(part) < 3:
        return ""
    longer = re.compile(re.escape(part[:-1]) + r"[一-龥]{1,3}分")
    found = {m.group(0) for h in heads for m in longer.finditer(h)}
    return found.pop() if len(found) == 1 else ""


def as_part_of_measure(read: str, tables) -> str:
    """The question with the part said apart joined to the measure said after it, where a column says them so."""
    text = nfkc(read)
    heads = {"".join(nfkc(c.header).split()) for t in tables for c in t.columns if c.numeric}
    for m in _PART.finditer(text):
        part = _header_part(m.group("p"), heads)
        if not part:
            continue
        measures = {h[h.index(part) + len(part):] for h in heads if part in h}
        measures = sorted((x for x in measures if len(x) >= 2), key=len, reverse=True)
        rest = text[m.end():]
        for measure in measures:
            at = rest.find(measure)
            if at < 0 or rest[:at].endswith(part) or (m.group("by") == "の" and at > 0):
                continue
            return text[:m.start("p")] + rest[:at] + part + rest[at:]
    return read
