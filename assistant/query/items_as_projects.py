"""Numbered blocks of a page that are also read as joint projects (kinds/generic/labelled_projects.py): an answer
listing such blocks as the page's items (「苫田見市と一緒にやっているものは？」 answered from the items' 構成団体)
shows each under the joint project's key (joint_project:広域-01), the record it is, with the item's key as `record`.
Only the keys shown change: the rows, their order and what a follow-up narrows stay the items'."""
from __future__ import annotations

import sqlite3


def show_as_projects(conn, answer) -> None:
    """Set answer.shown_keys for item rows (and excerpts) that are a joint project's block, in place."""
    if answer is None:
        return
    keyed = [item for item in (*answer.rows, *answer.excerpts)
             if isinstance(item, dict) and str(item.get("key", "")).startswith(("item:", "table_row:"))
             and item.get("source") and isinstance(item.get("line"), int)]
    if not keyed:
        return
    sources = sorted({str(item["source"]) for item in keyed})
    marks = ",".join("?" * len(sources))
    try:
        found = conn.execute(f"SELECT source, line, code FROM joint_project WHERE source IN ({marks})",
                             sources).fetchall()
    except sqlite3.OperationalError:
        return
    at = {(str(s), int(n)): str(c) for s, n, c in found}
    for item in keyed:
        code = at.get((str(item["source"]), item["line"]))
        if code:
            answer.shown_keys[str(item["key"])] = f"joint_project:{code}"


def rows_of_tabled_projects(conn, answer) -> list[str]:
    """The table rows' keys (as read_tables keys them) of an answer's joint projects when every one of them is a
    table's row (kinds/generic/tabled_projects.py); [] otherwise."""
    if answer is None or answer.target != "joint_project" or not answer.rows:
        return []
    from assistant.query.tables.read import read_tables

    at = {(str(r.get("source")), r.get("line")) for r in answer.rows if isinstance(r, dict)}
    sources = {s for s, _ in at}
    keys = [row["key"] for t in read_tables(conn) if t.source in sources for row in t.rows
            if (t.source, row.get("line")) in at]
    return keys if len(keys) == len(answer.rows) else []
