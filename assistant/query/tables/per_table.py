"""`per_table`: a reader's work on the table alone, done once per table instead of once per question."""
from __future__ import annotations

import functools

from assistant.text.normalize import nfkc


def per_table(func):
    """Keep func(t) in the table's memo. A table is read once per index and never changed afterwards (a copy made
    with dataclasses.replace starts with an empty memo), so what is worked out of its columns and cells alone is the
    same for every question; over another city's tables such work was done for each table at every question. The
    value is shared: callers only read it."""
    key = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def wrapper(t):
        memo = memo_of(t)
        if key in memo:
            return memo[key]
        value = memo[key] = func(t)
        return value

    return wrapper


def memo_of(t) -> dict:
    """The table's memo; a fresh dict for an object standing in for a table without one (the tests' small tables),
    which is then read anew at each call, as before."""
    memo = getattr(t, "memo", None)
    return memo if memo is not None else {}


def printed_cells(t, header: str) -> tuple[str, ...]:
    """Each row's cell of the column as the readers compare it (NFKC, stripped; "" for none), in the rows' order.
    Readers looked at every cell of every column of every table for each question: a warm pass over made84's
    questions called nfkc about 998,000 times, 565,000 with each column normalised once per table here (and the
    per_table readers)."""
    memo = memo_of(t).setdefault("printed_cells", {})
    if header not in memo:
        memo[header] = tuple(nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows)
    return memo[header]


def document_text(db, source: str) -> str:
    """The text of a document as the index holds it, read once per open index (readers of notes and legends asked
    it for each of its tables at every question, and hashed it again for their caches each time)."""
    memo = getattr(db, "memo", None)
    if memo is not None and ("document_text", source) in memo:
        return memo[("document_text", source)]
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    text = (row[0] if row else "") or ""
    if memo is not None:
        memo[("document_text", source)] = text
    return text
