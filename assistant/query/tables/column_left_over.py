"""A numeric column said beside the one whose figures are added up (or averaged) but used by nothing:
said unused, so the answer is partial rather than one column's figure stated for two."""
from __future__ import annotations

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# (the aggregates adding one measure column: a second numeric column said must be its condition or added too; an
# extreme is left out, 「一番原価が安い室の改定後料金」 compares one column and asks another)
_ONE_MEASURE = ("sum", "avg")


def columns_left_over(t, qn: str, mentions, reading) -> list[str]:
    """「満足、やや満足の合計は」 read as やや満足's sum: 満足 was said and answers nothing. The words of numeric
    columns said that are not the measure (nor of its base, 利用者数 of 利用者数 R6), not in a condition and not
    the rows' name column."""
    if reading.aggregate not in _ONE_MEASURE or not reading.measure or "|" in reading.measure:
        return []
    headers = {reading.measure, reading.asked, t.name}
    headers |= {h for c in reading.conds for part in (c.value if c.op in ("or", "not_any") and isinstance(c.value, list)
                                                      else [c]) for h in str(getattr(part, "header", "")).split("|")}
    base = t.column(reading.measure).base
    left = []
    for m in mentions:
        if m.kind != "col" or m.data in headers or not t.column(m.data).numeric:
            continue
        if base and t.column(m.data).base == base:
            continue  # (the same measure of another year or kind: bound to the one asked)
        word = qn[m.start:m.end]
        if _key(word) in _key(reading.measure) and _key(word) != _key(m.data):
            continue  # (「見直し後のR8予算」: 予算 is a word of the measure's own name, bound to it, not 交付額R7予算)
        if _key(word) != _key(m.data) and _key(word) in _key(t.doc_title) + _key(t.caption or ""):
            continue  # (「定員計画で…退職者数の合計」: 計画 names the document, as its title says, no column 計画)
        if nfkc(word) and word not in left:
            left.append(word)
    return left
