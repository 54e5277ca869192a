"""「施策2-3-1の令和6年度の実績は目標値の何％？」: one row's figure as a percentage of another figure of the same
row (its 実績 of the year said over its 目標値), both columns the table prints: 100 × the first ÷ the second.

The row is named by its code (the numbering column's value, whole) or by its name; the figure asked is the
column the words before は end with (of the year said, where the column is one of a series by year), the whole
the column the words before の何％ end with. Any doubt (no one row, no one column each, a blank or a word
printed in either cell) reads nothing here."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_SHARE = compiled(r"(?P<a>[一-龥ァ-ヶーa-z]{2,12})(?:は|が|って)[、,]?\s*(?P<b>[一-龥ァ-ヶーa-z]{2,12})の\s*"
                  r"(?:何|なん)\s*(?:%|％|パーセント|ぱーせんと)")


def _column(t, said: str, fy: int | None, other=None):
    """The one numeric column whose word the said words end with, of the year said where it is of a year."""
    found = [c for c in t.columns if c.numeric and c is not other
             and any(len(f) >= 2 and said.endswith(_key(f)) for f in (*c.forms, c.base) if f)]
    if fy is not None and any(c.year == fy for c in found):
        found = [c for c in found if c.year == fy or c.year is None and not c.base]
    bases = {c.base for c in found}
    if len(found) > 1 and len(bases) == 1:
        # (a series by year, no year said for it: one printed for a single year is that column, 目標値（令和7年度）)
        return None
    return found[0] if len(found) == 1 else None


def _row(t, qn: str) -> dict | None:
    rows = []
    if t.number:
        for r in t.rows:
            code = _key(nfkc(str(r["cells"].get(t.number) or "")).strip())
            if len(code) >= 2 and re.search(r"(?<![\d\-])" + re.escape(code) + r"(?![\d\-])", qn):
                rows.append(r)
    if not rows and t.name:
        rows = [r for r in t.rows if len(n := _key(str(r["cells"].get(t.name) or ""))) >= 3 and n in qn]
    return rows[0] if len(rows) == 1 else None


def answer_share_of_column(question: str, qn: str, tables: list) -> Answer | None:
    """The answer when the question asks one row's figure as a share of another of its figures; else None."""
    m = _SHARE.search(qn)
    if m is None:
        return None
    years = [y.fiscal_year for y in find_years(qn[:m.start("b")])]
    fy = years[-1] if years else None
    got = []
    for t in tables:
        row = _row(t, qn)
        if row is None:
            continue
        part = _column(t, m.group("a"), fy)
        whole = _column(t, m.group("b"), None, part) if part is not None else None
        if part is None or whole is None or part.base == whole.base:
            continue
        a, b = _number(row["cells"].get(part.header)), _number(row["cells"].get(whole.header))
        if a is None or not b:
            continue
        got.append((t, row, part, whole, a, b))
    if len(got) != 1:
        return None
    t, row, part, whole, a, b = got[0]
    share = round(100 * a / b, 1)
    name = str(row["cells"].get(t.name) or "") if t.name else ""
    code = str(row["cells"].get(t.number) or "") if t.number else ""
    who = " ".join(x for x in (code, name) if x) or f"{row['line']}行目"
    return Answer(question=question, target="table_row", count=1, value=share,
                  rows=[{"key": row["key"], "source": t.source, "line": row["line"],
                         **({"number": code} if code else {}), **row["cells"]}],
                  summary=(f"{who} の{part.header}は {row['cells'].get(part.header)}、{whole.header}は "
                           f"{row['cells'].get(whole.header)} で、{share:g}% です（{t.doc_title}）。"),
                  understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                              {"field": t.number or t.name, "op": "eq", "value": code or name,
                               "label": f"{t.number or t.name}が{code or name}"},
                              {"field": part.header, "op": "ratio", "value": whole.header,
                               "label": f"{part.header}÷{whole.header}×100"}])


def whole_is_a_column(t, qn: str) -> bool:
    """Whether 「…は目標値の何％」 says the whole as a figure column of the table (目標値): a share of that figure,
    not of the table's rows."""
    m = _SHARE.search(qn)
    return m is not None and any(c.numeric and any(len(f) >= 2 and m.group("b").endswith(_key(f)) for f in c.forms)
                                 for c in t.columns)
