"""「それはいつから始まったの？」 after one row was answered, over a table counting each row by year (オンライン申請
件数 令和4年度 | 令和5年度 | 令和6年度, 「－」 where nothing was done yet): the first year whose cell holds a
figure after years of dashes, with the row's own note when it says so too (「令和6年度開始」)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _content_words, _key
from assistant.query.tables.cells import _EMPTY, _number
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_BEGAN_ASKED = compiled(r"いつ(?:から|ごろから|頃から)|いつ(?:始ま|はじま|開始|スタート)")
_BEGAN_WORD = compiled(r"始ま|はじま|開始|スタート|対応|実施|でき")
_BEGAN_NOTE = compiled(r"開始|から実施|スタート|導入")


def began_of_row(question: str, context) -> Answer | None:
    """The year the one row of the answer before began, read from its yearly figures; None when the
    question asks no beginning, the table has no one series of years, or the row's first year holds one."""
    if context is None or len(context.rows) != 1 or not _BEGAN_ASKED.search(nfkc(question)):
        return None
    t, row = context.table, context.rows[0]
    # (only of the row itself: 「料金改定っていつから」 names what is asked, a column or a thing of its own)
    rows_word = {f for f in (t.column(t.name).forms if t.name else ())}
    if any(not _BEGAN_WORD.match(w) and _key(w) not in rows_word for w in _content_words(question)):
        return None
    bases = {c.base for c in t.columns if c.year is not None and c.numeric}
    if len(bases) != 1:
        return None
    series = sorted((c for c in t.columns if c.base in bases and c.year is not None), key=lambda c: c.year)
    if len(series) < 2:
        return None
    cells = [nfkc(str(row["cells"].get(c.header) or "")).strip() for c in series]
    first = next((i for i, v in enumerate(cells) if v not in _EMPTY and _number(v) is not None), None)
    if not first or any(v not in _EMPTY for v in cells[:first]):
        return None  # (a figure in the first year: it began then or before, the table does not say)
    year = series[first].year
    name = str(row["cells"].get(t.name) or row["key"])
    notes = [(h, nfkc(str(v))) for h, v in row["cells"].items()
             if h not in {c.header for c in series} and _BEGAN_NOTE.search(nfkc(str(v or "")))
             and any(y.fiscal_year == year for y in find_years(nfkc(str(v)), calendar=True))]
    said = "".join(f"。{h}にも「{v}」とあります" for h, v in notes[:1])
    before = "・".join(fy_text(c.year) for c in series[:first])
    measure = re.split(r"[(（]", nfkc(series[0].header))[0] or series[0].base  # (as printed, not its key)
    return Answer(question=question, target="table_row", status="exact" if notes else "search", count=1,
                  value=fy_text(year),
                  rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                  summary=(f"{name} は {fy_text(year)} からです（{measure}が{before}は「－」、"
                           f"{fy_text(year)}に {cells[first]}{said}）（{t.doc_title}）。"),
                  understood=[{"field": series[first].header, "op": "first_year", "value": year,
                               "label": f"{measure}が最初に記載された年度"}],
                  notes=["前の回答の行の年度ごとの値から、最初に値のある年度を答えています"])
