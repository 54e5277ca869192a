"""A year said as the scope of a list, not a row of a table of years: 「令和６年度に不調になった入札」 beside
「令和６年度 入札結果一覧」 (a list of that year's bids, one 落札者 「不調」) and 「入札結果 年度別集計」 (年度 │
入札件数 │ 不調件数 …). The summary reads the words only by parts of its headers (入札 of 入札件数), picking its
令和6年度 row; the list reads a value said as a condition on its rows, and its title is of that very year. The
question asks for the list's rows; the summary's row would answer another figure with confidence. Likewise
「随意契約って何件あった？」, no year said: the rows of the one year's list with that value are counted, not the
summary's 随意契約件数 of every year."""
from __future__ import annotations

from assistant.query.tables.whole_header_said import said_in_part
from assistant.query.tables.year_label_rows import _year_column
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years


def _year_rows_pick(r) -> set[int] | None:
    """The years a reading of a table of years picks its rows by (empty: every row), None where the reading is
    anything else: a condition on another column, a ranking or a figure of rows."""
    header = _year_column(r.table)
    if not header or r.aggregate or r.measure or not r.asked:
        return None
    years: set[int] = set()
    for c in r.conds:
        if c.header != header or c.op != "fy_eq" or not isinstance(c.value, int):
            return None
        years.add(c.value)
    return years


def _title_year(r) -> int | None:
    """The one fiscal year a table's document title is of (「令和６年度 鷲ノ沢町 入札結果一覧」), None otherwise."""
    found = {y.fiscal_year for y in find_years(nfkc(r.table.doc_title or ""))}
    return found.pop() if len(found) == 1 else None


def _reads_value(r, qn: str) -> bool:
    """Whether a reading holds a condition of a value the question says as printed (落札者 「不調」)."""
    return any(c.op in ("eq", "in") and isinstance(c.value, str) and len(c.value) >= 2 and nfkc(c.value) in qn
               for c in r.conds)


def scope_not_row(r, readings: list, unused: dict, qn: str) -> bool:
    """Whether reading r, a pick of a table of years by its columns said only in part, gives way to another
    table's list of one of those years, reading a value said as a condition on its rows and leaving no more words
    unread."""
    years = _year_rows_pick(r)
    if years is None or len(years) > 1 or not said_in_part(r, qn):
        return False
    listed = {y for row in r.table.rows if (y := _row_year(r.table, row)) is not None}
    for o in readings:
        if o is r or o.table.source == r.table.source or _year_column(o.table):
            continue
        year = _title_year(o)
        if year is None or year not in listed or (years and year not in years):
            continue
        if _reads_value(o, qn) and len(unused.get(id(o), [])) <= len(unused.get(id(r), [])):
            return True
    return False


def _row_year(t, row) -> int | None:
    found = find_years(nfkc(str(row["cells"].get(_year_column(t)) or "")))
    return found[0].fiscal_year if found else None
