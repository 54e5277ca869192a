"""「R6で利用者１人あたりの指定管理料がいちばん高いのはどこ？」 over one document's two tables of the same rows by year,
each captioned by its measure (表１ 利用者数の推移（単位：人） and 表２ 指定管理料の推移（単位：千円）, both 施設番号 │
施設名 │ 令和2年度 … 令和6年度): each row's figure of the year said in the measure's table divided by its count of
people in the other (matched by the rows' number), and the row where that is highest (or lowest).

Only where the question says the people (利用者 of 利用者数), the measure, one fiscal year and an extreme, every
other word being the asking or the rows' own word (施設 of 施設名), and exactly one pair of tables of one document
reads so; None otherwise (the engine's own reading stands: no table of one measure answers it)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.tables.cells import _number
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_PER_PERSON = compiled(r"(?P<people>[一-龥ァ-ヶー]{1,8}?)\s*(?:1|一)\s*人\s*(?:あたり|当たり|あたま)\s*の?\s*"
                       r"(?P<measure>[一-龥ァ-ヶー]{2,10}?)\s*(?:が|は|の)?\s*(?:いちばん|一番|最も|もっとも)?\s*"
                       r"(?P<ext>高い|多い|大きい|低い|少ない|安い|小さい)")
_LOW = {"低い", "少ない", "安い", "小さい"}
# The asking, and the words a year is said with: no condition of their own.
_ASKING = compiled(r"(?:の|は|で|って|が)|どこ|どれ|何|なに|教えて|ですか|でしょうか|か|[?？。、,\s]")
# 「（単位：千円）」: the unit of a table's figures, as its caption says.
_UNIT = re.compile(r"単位\s*[:：]\s*([^\s)）]+)")


def _squeezed(text) -> str:
    return "".join(nfkc(str(text or "")).split())


class _Part:
    """One captioned table of the index's table rows (a document may print several under one set of headers, which
    the tables' reader joins under their headings): its rows by their number, its year columns, its unit."""

    def __init__(self, source: str, caption: str, rows: list[dict]):
        self.source, self.caption, self.rows = source, caption, rows
        headers = [h for h in rows[0]["cells"] if h != "見出し"]
        self.years = {}
        for h in headers:
            found = find_years(nfkc(h))
            if len(found) == 1 and all(_number(r["cells"].get(h)) is not None or _squeezed(r["cells"].get(h)) in _DASHES
                                       for r in rows):
                self.years.setdefault(found[0].fiscal_year, []).append(h)
        others = [h for h in headers if not any(h in hs for hs in self.years.values())]
        self.number = next((h for h in others if len({_squeezed(r["cells"].get(h)) for r in rows} - {""}) == len(rows)), "")
        self.name = next((h for h in others if h != self.number and _squeezed(h).endswith("名")), "")
        unit = _UNIT.search(nfkc(caption))
        self.unit = unit.group(1) if unit else ""

    def year_column(self, fy: int) -> str:
        cols = self.years.get(fy, [])
        return cols[0] if len(cols) == 1 else ""

    def by_code(self) -> dict[str, dict]:
        return {_squeezed(r["cells"].get(self.number)): r for r in self.rows}


_DASHES = {"", "-", "－", "―", "ー", "—"}


def _parts(db) -> list[_Part]:
    import json

    groups: dict[tuple, list[dict]] = {}
    for r in db.query('SELECT key, source, line, "table", cells FROM table_row ORDER BY source, line'):
        caption = str(r["table"] or "")
        if _UNIT.search(nfkc(caption)):  # (only tables whose caption says their unit: what their figures are)
            groups.setdefault((r["source"], caption), []).append(
                {"key": r["key"], "line": r["line"], "cells": json.loads(r["cells"] or "{}")})
    return [_Part(s, c, rows) for (s, c), rows in groups.items() if len(rows) >= 3]


def _pairs(db, people: str, measure: str, fy: int) -> list[tuple]:
    """(table of the counts of people, table of the measure) of one document, the same rows by number."""
    parts = [p for p in _parts(db) if p.number and p.year_column(fy)]
    counts = [p for p in parts if f"{people}数" in _squeezed(p.caption) and p.unit == "人"]
    measures = [p for p in parts if measure in _squeezed(p.caption) and f"{people}数" not in _squeezed(p.caption)]
    return [(a, b) for a in counts for b in measures
            if a.source == b.source and a.number == b.number and set(a.by_code()) == set(b.by_code())]


def _title(db, source: str) -> str:
    row = db.execute("SELECT title FROM documents WHERE source = ?", [source]).fetchone()
    return str(row[0] or source) if row else source


def _rows_word(t) -> str:
    """施設 of 施設名: what the table's naming column calls its rows."""
    name = _squeezed(t.name)
    return name[:-1] if name.endswith("名") and len(name) >= 2 else ""


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    qn = _squeezed(question)
    m = _PER_PERSON.search(qn)
    years = find_years(qn)
    if m is None or len({y.fiscal_year for y in years}) != 1:
        return None
    fy = years[0].fiscal_year
    pairs = _pairs(assistant.db, m.group("people"), m.group("measure"), fy)
    if len(pairs) != 1:
        return None
    counts, measures = pairs[0]
    said = list(qn)  # (the question with the years and the per-person phrase blanked: what is left is asking)
    for start, end in [(y.start, y.end) for y in years] + [m.span()]:
        said[start:end] = "、" * (end - start)
    rest = "".join(said)
    word = _rows_word(measures)
    if word:
        rest = rest.replace(word, "、")
    if _ASKING.sub("", rest):
        return None  # (a word this reading does not use: not answered here)
    of_people, of_measure = counts.year_column(fy), measures.year_column(fy)
    people_by_code = counts.by_code()
    scale, shown_unit = (1000, "円") if measures.unit == "千円" else (1, measures.unit)
    per: list[tuple[float, dict]] = []
    for code, r in measures.by_code().items():
        a, b = _number(r["cells"].get(of_measure)), _number(people_by_code[code]["cells"].get(of_people))
        if a is not None and b:
            per.append((a * scale / b, r))
    if len(per) < 2:
        return None
    per.sort(key=lambda x: x[0], reverse=m.group("ext") not in _LOW)
    value, top = per[0]
    if per[1][0] == value:
        return None  # (two rows alike: no one row is the answer)
    header = f"{fy_text(fy)} {m.group('people')}1人当たり{m.group('measure')}" + (f"({shown_unit}/人)" if shown_unit else "")
    name = str(top["cells"].get(measures.name) or "")
    row = {"key": top["key"], "source": measures.source, "line": top["line"], "title": name,
           "number": _squeezed(top["cells"].get(measures.number)), **top["cells"], header: f"{value:,.0f}"}
    how = f"「{measures.caption}」の{of_measure}÷「{counts.caption}」の{of_people}"
    most = "最も低い" if m.group("ext") in _LOW else "最も高い"
    return Answer(question=question, target="table_row", rows=[row], count=len(per), value=name, status="exact",
                  columns=[measures.number, measures.name, of_measure, header],
                  understood=[{"field": "source", "op": "in", "value": [measures.source], "label": f"文書: {_title(assistant.db, measures.source)}"},
                              {"field": header, "op": "min" if m.group("ext") in _LOW else "max", "value": None,
                               "label": f"{header}（{how}）の{most}もの"}],
                  summary=f"{header}が{most}のは {name}（約{value:,.0f}{shown_unit}）です（{how}、同じ{measures.number}の行で計算）。")
