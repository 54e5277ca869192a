"""「（乳幼児育成支援事業ってどんな連携？）H17に倉敷市から岡山市へ何人行っている？」: of the one record just answered,
the figure its cells print for a movement from one place to another (「H17.04~倉敷市から岡山市へ9人、岡山市から倉敷
市へ1人」), in the unit asked. The places must be printed as said, in that order (「倉敷市から岡山市(曾根)へ4人」
is another movement, to one school). A year said keeps the figures printed right after that year, or those of the
cell that is that year's (a joint-project table's 今年度 column of H17). Only one figure so read is an answer; the
answer is a search (read from the text, shown with its cell, to be checked there). Otherwise None."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.year_figure_in_text import _year_spellings
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_PLACE = r"[一-龥ァ-ヶー]{1,10}?"
_ASKED = compiled(r"(?P<from>" + _PLACE + r")から\s*(?P<to>" + _PLACE + r")(?:へ|に|まで)\s*(?:は|って)?\s*何\s*(?P<unit>人|名|件|台|回|世帯)")
_SAME_UNIT = {"人": "人|名", "名": "人|名"}
# The cell of a joint project that is the table's own year (今年度に実施予定).
_YEAR_CELLS = {"joint_project": "planned"}


def answer(assistant: "Assistant", question: str) -> Answer | None:
    said = nfkc(question)
    asked = _ASKED.search(said)
    rows = list(assistant.context_rows or [])
    if asked is None or len({str(r.get("key")) for r in rows}) != 1:
        return None
    row = rows[0]
    kind = str(row.get("key", "")).partition(":")[0]
    units = _SAME_UNIT.get(asked.group("unit"), re.escape(asked.group("unit")))
    printed = compiled(re.escape(asked.group("from")) + r"\s*から\s*" + re.escape(asked.group("to"))
                       + r"\s*(?:へ|に|まで)\s*(\d[\d,]*)\s*(?:" + units + r")")
    years = [y for y in find_years(said[:asked.start()])]
    if len(years) > 1:
        return None
    year_cell = ""
    if years and kind in _YEAR_CELLS and years[0].label in assistant.parser.lex.joint_years:
        year_cell = _YEAR_CELLS[kind]
    spelled = compiled(_year_spellings(years[0].fiscal_year).replace(r"\s*年度?", r"(?:\s*年度?|\.)")) if years else None
    found: dict[str, str] = {}
    for fld, value in row.items():
        if not isinstance(value, str) or fld in ("key", "source", "code"):
            continue
        text = nfkc(value)
        for m in printed.finditer(text):
            if spelled is not None and fld != year_cell and not spelled.search(text[max(0, m.start() - 16):m.start()]):
                continue
            found.setdefault(m.group(1).replace(",", ""), fld)
    if len(found) != 1:
        return None
    figure, fld = next(iter(found.items()))
    from assistant.labels import field_label

    name = f"{row.get('code', '')} {row.get('title') or row.get('name') or ''}".strip()
    route = f"{asked.group('from')}から{asked.group('to')}へ"
    summary = (f"{name} の「{field_label(fld)}」に「{route}{figure}{asked.group('unit')}」とあります"
               f"（{row.get('source', '')} {row.get('line', '')}行目。本文から読んだ値です）。")
    return Answer(question=question, target=kind, status="search", count=1, rows=[row], value=int(figure),
                  summary=summary, excerpts=[{"source": row.get("source"), "line": row.get("line"), "text": row.get(fld)}],
                  understood=[{"field": fld, "op": "figure", "value": route,
                               "label": f"前の回答の記録の「{field_label(fld)}」の「{route}」の数（{asked.group('unit')}）"}])
