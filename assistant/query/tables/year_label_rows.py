"""A table of one row per fiscal year, naming and numbering its rows by nothing but the year (年度 │ 入札件数 │ …:
令和4年度, 令和5年度 …): each row is called by its year as printed (「令和5年度」), not by its place in the file."""
from __future__ import annotations

from assistant.query.tables.year_rows import _year_said
from assistant.text.normalize import nfkc


def _year_column(t) -> str:
    """The column whose cells are each one year, a different one per row; "" where the table has none or already
    names or numbers its rows."""
    if t.name or t.number or len(t.rows) < 2:
        return ""
    for c in t.columns:
        said = [_year_said(r["cells"].get(c.header)) for r in t.rows]
        if all(said) and len({s[0] for s in said}) == len(said):
            return c.header
    return ""


def year_of_row(t, r: dict) -> str:
    """The year the row is of, as printed (spaces aside), where the table's rows are its years; "" otherwise."""
    header = t.memo.get("year_label_column") if hasattr(t, "memo") and isinstance(t.memo, dict) else None
    if header is None:
        header = _year_column(t)
        if hasattr(t, "memo") and isinstance(t.memo, dict):
            t.memo["year_label_column"] = header
    return "".join(nfkc(str(r["cells"].get(header) or "")).split()) if header else ""
