"""Rows printed as one group: a table whose naming cell spans several rows (rowspan), one row per member taking
part in the thing named (「共-1 | 休日夜間急患センター | 蕨ヶ汀市 62.0 / 鹿籠町 12.5 / …」). Each row holds the group's
cells and one member's; the thing is the group, not the row.

So 「鹿籠町が入っていない…」 (a value said absent from the column that differs inside the groups) excludes every group
where one of its rows holds it, not only the row holding it: the group's other rows still name a thing that member
is in."""
from __future__ import annotations

import re
from collections import defaultdict


def _cell(r, header: str) -> str:
    return str((r.get("cells") or {}).get(header) or "").strip() if header else ""


def _groups(t) -> dict[int, int]:
    """Each row's group (by id of the row): a run of rows next to each other sharing the table's number and name
    (the cells a rowspan prints once). The same number further on is another group: a workbook whose sheets
    (部 by 部) each number their rows from 1 repeats the numbers, naming other things."""
    out: dict[int, int] = {}
    prev, gid = None, -1
    for i, r in enumerate(t.rows):
        n = _cell(r, t.number)
        if not n:
            prev = None
            continue
        here = (n, _cell(r, t.name) if t.name != t.number else "")
        if here != prev:
            gid = i
        out[id(r)] = gid
        prev = here
    return out


def _group_of(t, r, groups: dict[int, int] | None = None) -> int | None:
    if not t.number:
        return None
    return (groups if groups is not None else _groups(t)).get(id(r))


def varies_in_groups(t, header: str) -> bool:
    """Whether `header` differs between rows of the same group (a run of rows sharing the table's number)."""
    if not t.number or header == t.number:
        return False
    groups = _groups(t)
    seen: dict[int, set[str]] = defaultdict(set)
    for r in t.rows:
        g = groups.get(id(r))
        if g is not None:
            seen[g].add(_cell(r, header))
    return any(len(v) > 1 for v in seen.values())


def groups_without(t, rows: list[dict], conds, holds) -> list[dict]:
    """`rows` less those whose group has a row failing a 「…以外」 (ne) condition on a column that differs inside
    the groups: that group holds the value said absent. Only where the group is the thing: rows naming each a thing
    of their own (「特定健康診査事業」「がん検診事業」 under one 施策, 「ア 未利用財産の売却」 under one heading) are
    no group's members, and a 「…以外」 keeps each such row that holds it."""
    if t.name and varies_in_groups(t, t.name):
        return rows
    # (a year's column, 令和6年度実績 of 実施 | 検討, is each row's own stage — a record over two rows of two 担当係
    # has not done it that year if either row has not: 「実績が「実施」になっていない」 keeps that row)
    yearly = {c.header for c in t.columns if c.year is not None}
    negated = [c for c in conds if c.op == "ne" and c.header not in yearly and varies_in_groups(t, c.header)]
    if not negated:
        return rows
    groups = _groups(t)
    failing = {groups.get(id(r)) for r in t.rows for c in negated if not holds(r, t, c)} - {None}
    return [r for r in rows if groups.get(id(r)) is None or groups.get(id(r)) not in failing]


# 「参加している町村の中で…一番大きいのはどこ？」「…が最も多い市町村は？」: which member of the group is asked.
_WHICH_MEMBER = re.compile(r"(?:は|って)\s*(?:どこ|だれ|誰)|(?:どこ|どの)の?\s*(?:市町村|町村|市町|市|町|村)|(?<![一-龥])(?:市町村|町村|市町)(?:は|って)")
# A municipality's name: the member column of such groups.
_MUNICIPALITY = re.compile(r"^[一-龥ぁ-んァ-ヶー]{1,8}[市町村]$")
# 「町村の中で」「町村のうち」: towns and villages, the city (市) left out.
_TOWNS = re.compile(r"(?<![市一-龥])町村(?:の中|のうち|で|の)")


def member_asked(t, qn: str) -> str:
    """The column naming each group's members (municipalities, differing inside the groups), where the question
    asks which member (どこ, どの町村): the answer is that cell of the row, not the group's number."""
    if not _WHICH_MEMBER.search(qn):
        return ""
    cols = [c.header for c in t.columns if not c.numeric and varies_in_groups(t, c.header)
            and all(_MUNICIPALITY.match(str(r["cells"].get(c.header) or "").strip()) for r in t.rows
                    if str(r["cells"].get(c.header) or "").strip())]
    return cols[0] if len(cols) == 1 else ""


def towns_only(qn: str, rows: list[dict], member: str) -> list[dict]:
    """「町村の中で」: the rows of members named 町 or 村 (the 市 left out)."""
    if not member or not _TOWNS.search(qn):
        return rows
    return [r for r in rows if re.search(r"[町村]$", str(r["cells"].get(member) or "").strip())]
