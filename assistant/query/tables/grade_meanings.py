"""Grades printed with their meaning (「A（順調に進んでいる）」「B（概ね順調）」): the cell's grade is the letter;
its meaning is what the legend says of it, kept in the row's text."""
from __future__ import annotations


from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

_GRADE_WITH_MEANING = compiled(r"^([A-ES]{1,2}[+-]?)\s*[(（]([^()（）]{1,20})[)）]$")


def letters_of_graded(headers: list[str], rows: list[dict]) -> None:
    """Rewrite a column whose every filled cell is a letter grade with its meaning to the letters
    (in place): 「評価は何？」 is answered A, and 「C以下」 ranks the letters."""
    for h in headers:
        values = [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows]
        filled = [v for v in values if v]
        if len(filled) < 2 or not all(_GRADE_WITH_MEANING.match(v) for v in filled):
            continue
        for r, v in zip(rows, values):
            if v:
                r["cells"] = {**r["cells"], h: _GRADE_WITH_MEANING.match(v).group(1)}
