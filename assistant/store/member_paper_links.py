"""A paper of the committee members' own opinions (kinds/plan_report/member_opinions.py) names the plan's
initiatives only by number (「（柱3）」); the initiatives are another document's, the plan report's. Here each
of its comments is linked to that initiative (the comment's initiative key), so that 「その柱について…委員の
意見」 after an initiative reaches them, as a committee paper joined to its list does (joins.py).

The report is found by what both print: titles opening with the same plan name (the city and its 行政経営改革…,
six characters at least) and every number the paper names being one of the report's initiatives; nothing is
linked unless exactly one report so fits.
"""
from __future__ import annotations

import os
import re

from assistant.store.schema import record_tables

_MIN_PLAN_NAME = 6


def _rows(conn, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _bare(title: str) -> str:
    return re.sub(r"\s", "", title or "")


def link_member_papers(db) -> int:
    """Link each member paper's comments to its report's initiatives; returns how many were linked."""
    conn = db.conn
    tables = set(record_tables(db))
    if not {"initiative", "comment"} <= tables:
        return 0
    columns = [r[1] for r in conn.execute("PRAGMA table_info(comment)").fetchall()]
    if "initiative_key" not in columns:
        return 0
    titles = {r["source"]: _bare(r["title"]) for r in _rows(conn, "SELECT source, title FROM documents WHERE kind = 'plan_report'")}
    with_initiatives: dict[str, dict[str, str]] = {}
    for r in _rows(conn, "SELECT source, code, key FROM initiative"):
        with_initiatives.setdefault(r["source"], {})[str(r["code"])] = r["key"]
    member = "coalesce(member, '') <> ''" if "member" in columns else "0"
    papers = {r["source"] for r in _rows(conn, f"SELECT DISTINCT source FROM comment WHERE {member}")}
    # (a committee's paper evaluating the plan's upper groups holds initiatives of its own, 基本目標1 …, while its
    # opinions name the plan's initiatives, 【1-3】: goal_points.py; it is linked the same way)
    own = {r["source"] for r in _rows(conn, "SELECT DISTINCT c.source FROM comment c JOIN initiative i ON i.source = c.source")}
    papers |= {s for s in own if not {str(r["initiative"]) for r in _rows(
        conn, "SELECT DISTINCT initiative FROM comment WHERE source = ?", (s,))} & set(with_initiatives.get(s, {}))}
    linked = 0
    for paper in sorted(papers):
        numbers = {str(r["initiative"]) for r in _rows(conn, "SELECT DISTINCT initiative FROM comment WHERE source = ?", (paper,))}
        if (paper in with_initiatives and numbers & set(with_initiatives[paper])) or paper not in titles:
            continue
        fits = [s for s, codes in with_initiatives.items() if s in titles and s != paper and numbers <= set(codes)
                and len(os.path.commonprefix([titles[paper], titles[s]])) >= _MIN_PLAN_NAME]
        if len(fits) != 1:
            continue
        codes = with_initiatives[fits[0]]
        for number in numbers:
            cur = conn.execute("UPDATE comment SET initiative_key = ? WHERE source = ? AND initiative = ? "
                               "AND coalesce(initiative_key, '') = ''", (codes[number], paper, number))
            linked += cur.rowcount
    return linked
