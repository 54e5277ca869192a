"""Questions answered from a table's row of ratios (ratio_rows.py: 「前年度比 │ 94.2% │ 101.3% │ 96.8% │ 95.4%」 under
the rows of 本庁舎 │ 北支所 │ 南支所 │ 計):

* 「南支所の前年度比は何％」: the ratio row named and a column said — that column's cell;
* 「来庁者数が前の年度より増えた庁舎はどこ」: of a row comparing with the year before, the columns whose ratio is over
  100% (増えた) or under it (減った), the total column (計, 合計) no place of its own. Asked only where the question
  names the table (its title line's measure or the ratio row's label), so that another table's rises are not read
  from it."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.tables.cells import _number
from assistant.query.tables.title_line_measure import measure_forms
from assistant.text.normalize import nfkc

_BEFORE = re.compile(r"(?:前年度|前年|前の年度|昨年度|昨年)(?:と比べて|と比較して|より|から|比で)、?\s*"
                     r"(?:[一-龥ァ-ヶー]{1,8}(?:が|は))?\s*(?P<v>増え|増加し|多くなっ|伸び|減っ|減少し|少なくなっ)")
_TOTAL = re.compile(r"^(?:合計|総計|計|全体)$")
_PERCENT_ASKED = re.compile(r"何\s*[%％]|何パーセント|いくつ|どれくらい|どのくらい|[はって]\s*[?？]?\s*$")


def _label(row: dict, t) -> str:
    first = next(iter(row["cells"].values()), "")
    return nfkc(str(first or "")).replace(" ", "").strip()


def answer_ratio_asked(db, question: str, tables) -> tuple[Answer, list[dict], object] | None:
    """The ratio cell, or the columns rising or falling against the year before, or None when neither is asked."""
    text = nfkc(question)
    found = []
    for t in tables:
        for row in getattr(t, "ratios", ()) or ():
            label = _label(row, t)
            heads = [c.header for c in t.columns if c.numeric and nfkc(c.header) in row["cells"] or c.header in row["cells"]]
            heads = [h for h in heads if h in row["cells"] and _number(row["cells"].get(h)) is not None]
            found.append((t, row, label, heads))
    if not found:
        return None
    said_label = [f for f in found if f[2] and f[2] in text]
    if len(said_label) == 1:
        t, row, label, heads = said_label[0]
        said = [h for h in heads if nfkc(h) in text and not _TOTAL.match(nfkc(h))] or [h for h in heads if nfkc(h) in text]
        if len(said) == 1 and _PERCENT_ASKED.search(text):
            h = said[0]
            cell = nfkc(str(row["cells"][h])).strip()
            summary = f"{h}の{label}は {cell} です（{t.doc_title}の表）。"
            return Answer(question=question, target="table_row", status="exact", count=1, value=_number(cell),
                          summary=summary,
                          understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                                      {"field": h, "op": "value", "value": label, "label": f"{h}の{label}"}],
                          rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                          columns=list(row["cells"])), [row], t
    m = _BEFORE.search(text)
    if m is None:
        return None
    from assistant.query.tables.title_line_measure import title_line_measure

    named = []
    for t, row, label, heads in found:
        if not re.match(r"^(?:対)?前年度?比$", label):
            continue
        words = [label, *measure_forms(t.memo.get("title_line_measure") or title_line_measure(db, t))]
        if any(w and w in text for w in words):
            named.append((t, row, label, heads))
    if len(named) != 1:
        return None
    t, row, label, heads = named[0]
    places = [h for h in heads if not _TOTAL.match(nfkc(h))]
    if any(nfkc(h) in text for h in places):
        return None  # (a column said: the question is of that column, read by the table's reading)
    rise = m.group("v")[0] in "増多伸"
    picked = [h for h in places if (n := _number(row["cells"][h])) is not None and (n > 100 if rise else n < 100)]
    shown = "、".join(f"{h}（{nfkc(str(row['cells'][h])).strip()}）" for h in picked)
    way = "100%を上回る（前の年度より増えた）" if rise else "100%を下回る（前の年度より減った）"
    summary = (f"{label}が{way}のは {shown} です（{t.doc_title}の表、{label}の行から）。" if picked
               else f"{label}が{way}ものはありません（{t.doc_title}の表）。")
    return Answer(question=question, target="table_row", status="exact", count=len(picked),
                  value=picked[0] if len(picked) == 1 else None, summary=summary,
                  understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                              {"field": label, "op": "gt" if rise else "lt", "value": 100, "label": f"{label}が100%{'超' if rise else '未満'}"}],
                  rows=[{"key": f"{row['key']}#{h}", "source": t.source, "line": row["line"], "列": h, label: row["cells"][h]}
                        for h in picked],
                  columns=["列", label]), [row], t
