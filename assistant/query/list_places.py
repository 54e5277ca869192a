"""The records at a place in the list their document prints (grammar/list_places.py): 「最後の取組項目」 is the last
row of its document's list, 「3番目の実践項目」 the third row as printed (1, 2, 3, N1, 4 …), never the third
number. Several documents holding such a list give a place in each, which the answer must say."""
from __future__ import annotations

import re


def placed_keys(db, kind: str, spec: dict, sources: list[str] | None = None) -> dict[str, list[str]]:
    """source -> the keys of the records of `kind` at the place `spec` says ({"from": "first"|"last", "start": n,
    "count": k, "by": "number"?}), each source's records in the order its lines print them (by their numbers when
    "by" says so: only records numbered with a plain number are then in the list)."""
    sql = f"SELECT key, code, source, line FROM [{kind}]"
    params: list = []
    if sources:
        sql += f" WHERE source IN ({', '.join('?' * len(sources))})"
        params = list(sources)
    lists: dict[str, list[tuple]] = {}
    for key, code, source, line in db.execute(sql + " ORDER BY source, line, rowid", params).fetchall():
        lists.setdefault(source, []).append((key, str(code or ""), line))
    out: dict[str, list[str]] = {}
    for source, rows in lists.items():
        if spec.get("by") == "number":
            rows = sorted((r for r in rows if re.fullmatch(r"\d+", r[1])), key=lambda r: int(r[1]))
        keys = [r[0] for r in rows]
        if spec.get("from") == "last":
            keys = keys[::-1]
        start, count = int(spec.get("start", 1)), int(spec.get("count", 1))
        picked = keys[start - 1:start - 1 + count]
        if spec.get("from") == "last":
            picked = picked[::-1]
        if picked:
            out[source] = picked
    return out
