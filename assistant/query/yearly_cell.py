"""One year's part of a cell that keeps a value per year: 「岡山市(H16)・倉敷市(H17)」 asked 「17年度の部会長は」.

A loader keeps such a cell whole (the 部会 names one chair per year); the year said with the question picks
the part printed with that year, and the year word is then used, not left unread. A year said without its
era (「17年度」) picks the part whose year has that number, when exactly one does; a year no part is printed
with picks nothing (the whole cell stays, the year unread and said so)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import label_to_fy

# 「倉敷市(H17)」「岡山市（平成16年度）」: a value and the year printed after it in brackets.
_PART = compiled(r"\s*(?P<v>[^()（）・、,]+?)\s*[(（]\s*(?P<y>(?:令和|平成|昭和|[RHS])\s*(?:元|\d{1,2})(?:\s*年度?)?|(?:19|20)\d{2}\s*年度?)\s*[)）]\s*")
_SEP = compiled(r"[・、,]")
# A year said in the question: with its era, or its number alone (「17年度」).
_YEAR_WORD = compiled(r"(?:(?:令和|平成|昭和|[RHS])\s*(?:元|\d{1,2})|(?:19|20)\d{2}|\d{1,2})\s*(?:年度|年)?")


def parts_by_year(value) -> list[tuple[str, str]]:
    """(value, year as printed) of each part, or [] when the cell is not a list of values with years."""
    if not isinstance(value, str) or not _SEP.search(value):
        return []
    out = []
    for piece in _SEP.split(nfkc(value)):
        m = _PART.fullmatch(piece)
        if m is None:
            return []
        out.append((m.group("v"), m.group("y")))
    return out if len(out) >= 2 else []


def _number(label: str) -> int | None:
    m = re.search(r"(元|\d{1,2})(?!\d)", label)
    return None if m is None else (1 if m.group(1) == "元" else int(m.group(1)))


def part_of_year(value, unused: list[str]) -> tuple[str, str, str] | None:
    """(the part's value, the year word of the question it answers, the year as the cell prints it), or None."""
    parts = parts_by_year(value)
    if not parts:
        return None
    for word in unused:
        said = nfkc(word).strip()
        if not _YEAR_WORD.fullmatch(said):
            continue
        fy = label_to_fy(said)
        if fy is not None:
            hits = [(v, y) for v, y in parts if label_to_fy(y) == fy]
        else:  # (「17年度」: the number alone, matched against the number each part's year prints)
            n = _number(said)
            hits = [(v, y) for v, y in parts if _number(y) == n and not re.match(r"(?:19|20)\d{2}", nfkc(y))]
        if len(hits) == 1:
            return hits[0][0], word, hits[0][1]
    return None
