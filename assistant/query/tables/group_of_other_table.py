"""「総務部で削減見込がゼロの業務」 over a sheet of tasks whose 課 column names no 部: another document's table lists
the same 課 under headings of their 部 (「１ 総務部」 over 総務課, 職員課; its 見出し column), so the 部 said is the
rows whose 課 that table prints under it. Read only where the group is printed in no cell of the table asked, the
other table's rows are named by the header of a column of this one, and every name it lists there is one of that
column's values (the two documents speak of the same 課)."""
from __future__ import annotations

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# The column of the heading a table's rows sit under (read.py keeps it under this name).
_HEADING = "見出し"


def group_rows(db, t, qn: str, free) -> tuple[str, list[str], tuple[int, int]] | None:
    """(what the group is said to be, the keys of this table's rows in it, its span in qn), or None."""
    from assistant.query.tables.read import read_tables

    printed = {_key(str(v)) for r in t.rows for v in r["cells"].values() if v}
    for other in read_tables(db, dedicated=True):
        if other.source == t.source or not other.name or not any(c.header == _HEADING for c in other.columns):
            continue
        name = _key(other.name)
        mine = next((c.header for c in t.columns if _key(c.header) == name), "")
        if not mine:
            continue
        values = {_key(str(r["cells"].get(mine) or "")) for r in t.rows} - {""}
        groups: dict[str, set[str]] = {}
        for r in other.rows:
            group = nfkc(str(r["cells"].get(_HEADING) or "")).strip()
            named = _key(str(r["cells"].get(other.name) or ""))
            if group and named:
                groups.setdefault(group, set()).add(named)
        listed = set().union(*groups.values()) if groups else set()
        # (the same names on both sides, two groups or more: the other table groups this one's rows)
        if len(groups) < 2 or len(listed) < 2 or not listed <= values:
            continue
        for group, names in sorted(groups.items(), key=lambda g: -len(g[0])):
            said = _said_of(group, groups, qn)
            if len(said) < 2 or said in printed:
                continue
            at = qn.find(said)
            if at < 0 or not free(at, at + len(said)):
                continue
            keys = [r["key"] for r in t.rows if _key(str(r["cells"].get(mine) or "")) in names]
            shown = "・".join(sorted({str(r["cells"].get(mine)) for r in t.rows if r["key"] in keys}))
            return (f"{group}（{other.doc_title or other.source}の表で{group}の{mine}: {shown}）", keys,
                    (at, at + len(said)))
    return None


def _said_of(group: str, groups: dict[str, set[str]], qn: str) -> str:
    """How the question says the group: its name whole, else that name with its middle left out (学校施設 of
    学校教育系施設, as staff shorten it) where no other group's name shortens so; "" when neither is said."""
    whole = _key(group)
    if whole in qn:
        return whole
    from assistant.query.tables.question import _clipped

    others = {c for g in groups if g != group for c in [_key(g), *_clipped(_key(g))]}
    return next((c for c in sorted(_clipped(whole), key=len, reverse=True) if c in qn and c not in others), "")
