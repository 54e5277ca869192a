"""「計画期間中でR8が一番多くなる項目」: the rows whose own largest (smallest) figure across the table's year columns is
the year said — each row's peak, not the rows largest in that year. Only over a table with a column per year (no
measure word of its own) and the year said printed as one of them; a tie for the peak is no peak of that year."""
from __future__ import annotations

from assistant.query.compiled import compiled

# (the span said first, 計画期間中で / 5年間で, is the year columns' own: taken with it)
_SPAN = compiled(r"(?:計画期間中?|期間中|(?:\d|[二三四五六七八九])\s*(?:年間|か年|カ年))\s*(?:で|に|の中で|のうち)\s*$")
PEAK_AFTER_YEAR = compiled(r"\s*(?:が|の額が|の値が|は)\s*(?:一番|いちばん|最も|もっとも)\s*(?:(?P<up>多く|高く|大きく)|(?P<down>少なく|低く|小さく))"
                           r"\s*(?:なる|なっている|なった|なります)")


def read_peak_year(t, qn: str, mentions: list, free, take) -> None:
    cols = sorted((c for c in t.columns if c.year is not None and not c.base and c.numeric), key=lambda c: c.year)
    if len(cols) < 3:
        return
    for y in [m for m in mentions if m.kind == "year"]:
        tail = PEAK_AFTER_YEAR.match(qn, y.end)
        if tail is None or not free(y.end, tail.end()):
            continue
        at = [c.header for c in cols if c.year == y.data[0]]
        if len(at) != 1:
            return
        mentions.remove(y)
        start = y.start
        span = _SPAN.search(qn[:y.start])
        if span is not None and free(span.start(), y.start):
            start = span.start()
        take(start, tail.end(), "peak_year", ([c.header for c in cols], at[0], "max" if tail.group("up") else "min"))
        return


def holds_peak(cells: dict, headers: list[str], at: str, way: str, number) -> bool:
    figures = {h: number(cells.get(h)) for h in headers}
    if any(n is None for n in figures.values()):
        return False  # (a year unprinted: its peak is not known)
    best = (max if way == "max" else min)(figures.values())
    return figures[at] == best and sum(n == best for n in figures.values()) == 1
