"""「町全体の可燃ごみ、R6は何トン？」 over a table whose one printed total row is labelled by the whole (町全体, 全庁,
合計 — read.py keeps it apart from the rows as t.totals): the question says that label, one year and one measure of
that year, and asks an amount: the total row's own figure, as printed.

Without this the label named no row (the total is no 地区), and the question fell to a text search. Read only where
the label said is the first cell of the table's only total row, no row of the table is named, one column of the
year said is named by its measure, an asked counter agrees with the column's unit, and the question says nothing
else (no change, order or comparison); any doubt reads nothing here."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.query.tables.read import Table
from assistant.query.tables.share_of_total import _column, _row
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_ASKED = compiled(r"何(?P<counter>トン|t|kg|キロ|千円|万円|円|人|件)?|いくら|どれ(?:くらい|ぐらい|だけ)")
# Words that make the question other than the total's figure (a change, an order, a comparison, a share).
_OTHER_ASK = compiled(r"増|減|伸び|差|比べ|比較|平均|割合|%|％|順|多い|少な|最|一番|いちばん|上位|下位|以上|以下|未満|超")
_UNITS = {"トン": "t", "t": "t", "kg": "kg", "キロ": "kg", "千円": "千円", "万円": "万円", "円": "円", "人": "人", "件": "件"}
# What may be said besides the label, the measure and the year: particles, asking words, the measure's own noun
# when the document's title holds it (ごみ of 地区別ごみ排出量).
_SAYS_NOTHING = compiled(r"[ぁ-ゖ、,。?？!！()（）\s]|年度|年|何|いくら|トン|どれ")


def answer_total_row_value(question: str, tables: list[Table], context=None) -> tuple[Answer, list[dict], Table] | None:
    text = nfkc(question)
    asked = _ASKED.search(text)
    years = find_years(text)
    if asked is None or len(years) != 1 or _OTHER_ASK.search(text):
        return None
    qn = _key(question)
    fy = years[0].fiscal_year
    got = []
    for t in ([context.table] if context is not None else tables):
        if len(t.totals) != 1 or not t.columns or _row(t, qn) is not None:
            continue
        label = _key(str(t.totals[0]["cells"].get(t.columns[0].header) or ""))
        if len(label) < 2 or label not in qn:
            continue
        column = _column(t, qn, fy)
        if column is None or column.year != fy:
            continue
        counter = asked.group("counter")
        if counter and _UNITS.get(counter) != column.unit:
            continue
        # (a word left beyond these would be a condition dropped: nothing answered here)
        rest = text[:years[0].start] + " " + text[years[0].end:]
        rest = _key(rest).replace(label, " ", 1).replace(_key(column.base), " ", 1)
        title = _key(t.doc_title)
        if [w for w in re.findall(r"[一-龥ァ-ヶーa-z0-9]{2,}", _SAYS_NOTHING.sub(" ", rest)) if w not in title]:
            continue
        figure = _number(t.totals[0]["cells"].get(column.header))
        if figure is not None:
            got.append((t, label, column, figure))
    if len(got) != 1:
        return None
    t, label, column, figure = got[0]
    shown = f"{figure:,.0f}" if float(figure).is_integer() else f"{figure:,}"
    summary = f"{t.totals[0]['cells'].get(t.columns[0].header)}（表の合計の行）の{column.header}は {shown}{column.unit} です（{t.doc_title}の表）。"
    rows = [{"key": t.totals[0]["key"], "source": t.source, "line": t.totals[0]["line"], **t.totals[0]["cells"]}]
    ans = Answer(question=question, target="table_row", status="exact", count=1,
                 value=int(figure) if float(figure).is_integer() else figure, summary=summary,
                 understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                             {"field": column.header, "op": "ask", "value": fy,
                              "label": f"合計の行（{label}）の{fy_text(fy)}の{column.base}"}],
                 rows=rows, columns=[c.header for c in t.columns])
    return ans, rows, t
