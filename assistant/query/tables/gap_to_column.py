"""「財政力指数、類似団体平均よりどれだけ低い？」 over 指標 | 本村 | 類似団体平均 | 差: how far the named row's own
figure is below (above) the column said with より — the one other figure column of the table (a printed 差 or
増減 column is the gap itself, no figure compared). The gap is given positive, as asked; a row not lower
(higher) than said, or a table of more figure columns (which one is compared is not said), gives no answer."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.query.tables.read import Table
from assistant.query.tables.row_years import _row_named
from assistant.text.normalize import nfkc

GAP_ASKED = compiled(r"(?P<col>[一-龥ァ-ヶーA-Za-z]{2,12})(?:より|と比べて|に比べて|と比較して)\s*(?:は|で)?\s*"
                     r"(?:どれだけ|どれくらい|どのくらい|どの程度|いくら|何ポイント)\s*(?P<way>低|高|少な|多|小さ|大き)")
_GAP_COLUMN = re.compile(r"^(?:差|増減|比較|対比|乖離)")


def _decimals(text: str) -> int:
    part = nfkc(text).replace(",", "").partition(".")[2]
    return len(re.match(r"\d*", part).group(0))


def answer_gap_to_column(question: str, qn: str, tables: list[Table]) -> Answer | None:
    m = GAP_ASKED.search(qn)
    if m is None:
        return None
    said = _key(m.group("col"))
    hits = []
    for t in tables:
        against = [c for c in t.columns if c.numeric and len(_key(c.header)) >= 2 and said.endswith(_key(c.header))]
        others = [c for c in t.columns if c.numeric and c not in against and c.year is None
                  and not _GAP_COLUMN.match(nfkc(c.header).strip())]
        if len(against) != 1 or len(others) != 1 or any(c.year is not None for c in against):
            continue
        row = _row_named(t, qn[:m.start()])
        if row is not None:
            hits.append((t, against[0], others[0], row))
    if len(hits) != 1:
        return None
    t, against, own, row = hits[0]
    a_text, o_text = (str(row["cells"].get(c.header) or "") for c in (against, own))
    a, o = _number(a_text), _number(o_text)
    if a is None or o is None:
        return None
    lower = m.group("way") in ("低", "少な", "小さ")
    gap = round(a - o if lower else o - a, max(_decimals(a_text), _decimals(o_text)))
    if gap <= 0:
        return None  # (not lower, or not higher, than said: the question's premise does not hold)
    name = str(row["cells"].get(t.name) or "")
    word = "低い" if lower else "高い"
    unit = next((str(row["cells"].get(c.header) or "") for c in t.columns if nfkc(c.header).strip() == "単位"), "")
    summary = (f"{name}の{own.header}（{o_text}）は{against.header}（{a_text}）より {gap:g}{unit} {word}です"
               f"（{t.doc_title}「{t.caption}」の表）。")
    understood = [{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                  {"field": t.name, "op": "eq", "value": name, "label": f"{t.name}が{name}"},
                  {"field": f"{against.header}|{own.header}", "op": "diff", "value": None,
                   "label": f"{against.header}と{own.header}の差（{own.header}が{word}分）"}]
    base = {"key": row["key"], "source": t.source, "line": row["line"], "title": name, **row["cells"]}
    return Answer(question=question, target="table_row", status="exact", count=1, rows=[base], value=gap,
                  columns=[c.header for c in t.columns], understood=understood, summary=summary)
