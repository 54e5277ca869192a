"""A table numbering its rows only by a running serial (No. 1, 2, 3 … of the page) and naming them by a name that
other documents print too (指名停止's 業者名 among the bid results' 落札者): the name is what the row is called by
across the documents, so it keys the row, as a municipality's name keys a table of places (place_rows.py). Where
another document prints the same number beside the same name (団体番号 1 of 「…財団」 on its own sheet), the number is
the record's own code and stays."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc


def _said(value) -> str:
    return re.sub(r"\s+", "", nfkc(str(value or "")))


def _serial(t) -> bool:
    """Whether the table's numbering column is a bare serial 1 … n in row order."""
    if not t.number or not t.name or len(t.rows) < 3:
        return False
    return [_said(r["cells"].get(t.number)) for r in t.rows] == [str(n + 1) for n in range(len(t.rows))]


def mark_named_over_serial(tables: list) -> None:
    """Set `_named_over_serial`, in place, on each table whose serial-numbered rows are keyed by their names."""
    cells_of: dict[str, set[str]] = {}
    pairs_of: dict[str, set[tuple[str, str]]] = {}
    for t in tables:
        cells_of.setdefault(t.source, set()).update(
            _said(v) for r in t.rows for v in r["cells"].values() if v)
        if t.number and t.name:
            pairs_of.setdefault(t.source, set()).update(
                (_said(r["cells"].get(t.number)), _said(r["cells"].get(t.name))) for r in t.rows)
    for t in tables:
        if not _serial(t):
            continue
        names = [_said(r["cells"].get(t.name)) for r in t.rows]
        # (names of their own: no two rows alike, no number, long enough to name something: 株式会社北斗舗道)
        if len(set(names)) != len(names) or not all(len(n) >= 3 and not re.search(r"\d", n) for n in names):
            continue
        others = [s for s in cells_of if s != t.source]
        shared = sum(any(n in cells_of[s] for s in others) for n in names)
        paired = any(p in pairs_of.get(s, set()) for s in others
                     for p in zip([str(k + 1) for k in range(len(names))], names))
        if shared >= 2 and shared * 3 >= len(names) and not paired:
            try:
                object.__setattr__(t, "_named_over_serial", True)
            except Exception:
                pass


def name_of_row(t, r: dict) -> str:
    """The row's name where the table's rows are keyed by it (mark_named_over_serial); "" otherwise."""
    if not getattr(t, "_named_over_serial", False):
        return ""
    return _said(r["cells"].get(t.name))
