"""「平成27年度の道路橋の点検数は平成26年度の何倍？」 over a passage printing one cell per year (a table of
年度 columns: 「平成26年度: ○定期点検：道路橋192橋 / 平成27年度: ○定期点検：道路橋1,076橋、…」): the figure printed
right after the word said in the first year's cell, over the one in the second year's.

Both figures must be read, each the only one after that word in its year's cell, in the same unit; else
nothing is worked out (the caller says the ratio was not read, never a count of records as the ratio). The
answer is a search: both figures are shown with their passage, to be checked there."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_YEAR = r"(?:令和|平成|昭和|[RHS])\s*(?:元|\d{1,2})\s*年度?|(?:19|20)\d{2}\s*年度?"
_ASKED = compiled(r"(?P<a>" + _YEAR + r")\s*(?:の|で|は)?\s*(?P<what>[^、,。?？]{1,30}?)\s*(?:は|が)\s*"
                  r"(?P<b>" + _YEAR + r")\s*(?:の|と比べて|に比べて|と比べると|に比べると)?\s*(?:何|なん)\s*倍")
# A figure as a cell prints it: digits, then a counter (橋, 本, 件, 人, か所 …), not a year or a date.
_FIGURE_AFTER = r"\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*([一-龥ァ-ヶー]{1,2}|[%％])"


def asked(question: str) -> re.Match | None:
    """The two years and what is compared, when a ratio of one year's figure to another's is asked."""
    return _ASKED.search(nfkc(question))


def _year_key(said: str) -> str:
    """The year as a passage's label prints it, without its spaces and 度 (「平成27年度」→「平成27年」)."""
    return re.sub(r"\s|度$", "", said)


def _cells(body: str, years: tuple[str, str]) -> dict[str, str] | None:
    """Each year's own stretch of the passage: from its label to the next year label (or the end)."""
    labels = list(compiled(r"(?:" + _YEAR + r")\s*[:：]").finditer(body))
    out: dict[str, str] = {}
    for n, m in enumerate(labels):
        key = _year_key(m.group(0).rstrip(":："))
        end = labels[n + 1].start() if n + 1 < len(labels) else len(body)
        if key in years:
            if key in out:
                return None  # (a year labelled twice: which cell is meant is not plain)
            out[key] = body[m.end():end]
    return out if all(y in out for y in years) else None


def _words(what: str) -> list[str]:
    """The words a figure may be printed after, longest first: 「道路橋の点検数」→ 道路橋, 点検."""
    parts = [re.sub(r"(?:の)?(?:数|件数|総数)$", "", p) for p in re.split(r"の|における|での", what)]
    return sorted({p for p in parts if len(p) >= 2}, key=len, reverse=True)


def read(question: str, passages: list[dict]) -> tuple[float, str, dict, list[float]] | None:
    """(the ratio, how it was read, the passage, the two figures) from the first passage whose year cells each
    print one figure after the same word said, in one unit; None when none does."""
    m = asked(question)
    if m is None:
        return None
    years = (_year_key(m["a"]), _year_key(m["b"]))
    if years[0] == years[1]:
        return None
    for p in passages:
        cells = _cells(nfkc(str(p.get("text") or "")), years)
        if cells is None:
            continue
        for word in _words(m["what"]):
            found = [{(f.group(1), f.group(2)) for f in compiled(re.escape(word) + _FIGURE_AFTER).finditer(cells[y])}
                     for y in years]
            if not all(len(f) == 1 for f in found):
                continue
            (a, unit_a), (b, unit_b) = found[0].pop(), found[1].pop()
            if unit_a != unit_b or not float(b.replace(",", "")):
                continue
            fa, fb = float(a.replace(",", "")), float(b.replace(",", ""))
            how = f"{m['a']}は「{word}{a}{unit_a}」、{m['b']}は「{word}{b}{unit_b}」で、{fa / fb:.4g}倍です"
            return round(fa / fb, 4), how, p, [fa, fb]
    return None
