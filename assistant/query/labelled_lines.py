"""「基金の令和6年度末の残高は？」「経費は寄附額の何％？」 answered by a search whose best passage is a list of
labelled figures, one a line (「令和６年度末残高　　148,320」「寄附受入額に対する経費の割合　48.3%」): the figure of
the one line whose label holds the question's words (the year said, when a label says a year, the same) or,
when a unit is asked (何％), the one line printed in that unit. The answer stays a search (the value is read
from the text, which the excerpt shows); a list with no such single line leaves it as it is."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「令和６年度末残高　　148,320」: a label, spaces, a figure (▲ a minus), maybe its unit.
_LINE = compiled(r"^(?P<label>[^\d\s▲△+\-−][^\t]*?)\s+(?P<fig>[▲△\-−]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|％|千円|万円|円|件|人)?$")
_VALUE_ASKED = compiled(r"(?:いくら|何\s*(?:%|％|パーセント|円|千円|万円|件|人)|(?:は|って)\s*(?:どれくらい|どのくらい)?\s*[?？]?\s*$)")
_PERCENT_ASKED = compiled(r"何\s*(?:%|％|パーセント)")
_SECTION = compiled(r"^\s*[【\[■◆●]")


def _lines(db, source: str, line: int) -> list[tuple[int, str]]:
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    text = (row[0] if row else "") or ""
    out: list[tuple[int, str]] = []
    for n, raw in enumerate(text.split("\n")[line - 1:line + 40], start=line):
        said = nfkc(raw).strip()
        if out and (_SECTION.match(said) or (not said and len(out) > 1)):
            break
        out.append((n, said))
    return out


def read_labelled_figure(db, question: str, words: list[str], answer) -> None:
    """Set the answer's value (in place) from the labelled figure its best passage prints."""
    if answer.error or answer.value is not None or answer.status != "search" or not answer.excerpts:
        return
    qn = nfkc(question)
    if not _VALUE_ASKED.search(qn):
        return
    first = answer.excerpts[0]
    source, line = str(first.get("source") or ""), first.get("line")
    if not source or not isinstance(line, int):
        return
    found = [(n, m) for n, said in _lines(db, source, line) if (m := _LINE.match(said))]
    if len(found) < 2:
        return  # (one figure is no list of labelled figures)
    years = {y.fiscal_year for y in find_years(qn)}
    keys = [nfkc(w) for w in words if w and not find_years(w) and not re.fullmatch(r"[\d,.]+", w)]

    def year_fits(label: str) -> bool:
        said = {y.fiscal_year for y in find_years(label)}
        return not said or not years or bool(said & years)

    pool = [(n, m) for n, m in found if year_fits(m.group("label"))]
    if _PERCENT_ASKED.search(qn):
        pool = [(n, m) for n, m in pool if m.group("unit") in ("%", "％")]
    else:
        scored = [(sum(len(k) for k in keys if k in nfkc(m.group("label"))), n, m) for n, m in pool]
        best = max((s for s, _, _ in scored), default=0)
        pool = [(n, m) for s, n, m in scored if s == best and s > 0]
    if len(pool) != 1:
        return
    n, m = pool[0]
    fig = m.group("fig")
    number = float(re.sub(r"[▲△−\-,]", "", fig))
    if fig[0] in "▲△−-":
        number = -number
    answer.value = int(number) if number.is_integer() and "." not in fig else number
    answer.summary = (f"{source} {n}行目に「{m.group('label')} {fig}{m.group('unit') or ''}」とあります"
                      "（本文の見出し付きの数の並びから読んだ値です）。" + answer.summary)
