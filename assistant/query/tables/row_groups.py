"""Rows printed as one group: a table whose naming cell spans several rows (rowspan), one row per member taking
part in the thing named (「共-1 | 休日夜間急患センター | 蕨ヶ汀市 62.0 / 鹿籠町 12.5 / …」). Each row holds the group's
cells and one member's; the thing is the group, not the row.

So 「鹿籠町が入っていない…」 (a value said absent from the column that differs inside the groups) excludes every group
where one of its rows holds it, not only the row holding it: the group's other rows still name a thing that member
is in."""
from __future__ import annotations

from collections import defaultdict


def _group_of(t, r) -> str:
    return str((r.get("cells") or {}).get(t.number) or "").strip() if t.number else ""


def varies_in_groups(t, header: str) -> bool:
    """Whether `header` differs between rows of the same group (rows sharing the table's number)."""
    if not t.number or header == t.number:
        return False
    seen: dict[str, set[str]] = defaultdict(set)
    for r in t.rows:
        g = _group_of(t, r)
        if g:
            seen[g].add(str((r.get("cells") or {}).get(header) or ""))
    return any(len(v) > 1 for v in seen.values())


def groups_without(t, rows: list[dict], conds, holds) -> list[dict]:
    """`rows` less those whose group has a row failing a 「…以外」 (ne) condition on a column that differs inside
    the groups: that group holds the value said absent."""
    negated = [c for c in conds if c.op == "ne" and varies_in_groups(t, c.header)]
    if not negated:
        return rows
    failing = {_group_of(t, r) for r in t.rows for c in negated if not holds(r, t, c)} - {""}
    return [r for r in rows if _group_of(t, r) not in failing]
