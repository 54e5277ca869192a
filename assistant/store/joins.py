"""A plan report published as two documents is joined in the index: its evaluation list (practice items
and the initiatives' own table) and its committee's opinion paper (each initiative's judgement and the
opinions). Each document is read on its own (kinds/plan_report/evaluation_list, opinion_paper); here the
initiatives both print under one number become one record, the paper's, holding what either states, so
that 「自己評価がBで委員会の判定が概ね十分の取組」 is one question and nothing is counted twice.

The pair is found by what the documents print: the same plan's name opening both titles, and the same
initiative titles under the same numbers. Each side's own rows are kept aside (joined_originals) so that
when either document is ingested again the join is made afresh from both.

A plan's summary list of its items and its document of a page per item are joined the same way, item by item
(join_item_lists): the page's record stays, taking what only the list states."""
from __future__ import annotations

import json
import os
from typing import Any

from assistant.kinds import registry
from assistant.store import sheet_joins
from assistant.store.schema import record_tables
from assistant.text.normalize import notation_key

_STASH = "joined_originals"
# Columns that say where a row is, never what it states.
_PLACE = {"key", "code", "source", "line", "end_line"}
# The shortest plan name two titles must open with (a city and its plan: 「○○市行政改革プラン」).
_MIN_PLAN_NAME = 6


def forget(conn, source: str) -> None:
    """A document deleted or read again: its kept rows go too (the join is made afresh)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (_STASH,)).fetchone():
        conn.execute(f"DELETE FROM {_STASH} WHERE source = ?", (source,))
    sheet_joins.forget(conn, source)


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == "[]"


def _rows(conn, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def join_split_reports(db) -> int:
    """Join every evaluation list with its plan's opinion paper; returns how many initiatives were joined."""
    conn = db.conn
    # (progress sheets of a listed plan's items first: the lists below are then the items' only reading)
    sheet_joins.attach_sheets(db)
    tables = set(record_tables(db))
    if not {"initiative", "practice", "comment"} <= tables:
        return 0
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_STASH} (source TEXT, key TEXT, row TEXT, PRIMARY KEY (source, key))")
    titles = {r["source"]: r["title"] or "" for r in _rows(conn, "SELECT source, title FROM documents WHERE kind = 'plan_report'")}
    if len(titles) < 2:
        return 0
    stashed: dict[str, dict[str, dict]] = {}
    for r in _rows(conn, f"SELECT source, row FROM {_STASH}"):
        row = json.loads(r["row"])
        stashed.setdefault(r["source"], {})[str(row["code"])] = row
    originals: dict[str, dict[str, dict]] = {}
    for source in titles:
        live = {str(r["code"]): r for r in _rows(conn, "SELECT * FROM initiative WHERE source = ?", (source,))}
        originals[source] = stashed.get(source) or live
    with_practices = {r["source"] for r in _rows(conn, "SELECT DISTINCT source FROM practice")}
    with_comments = {r["source"] for r in _rows(conn, "SELECT DISTINCT source FROM comment")}
    lists = [s for s in titles if s in with_practices and s not in with_comments and originals[s]]
    papers = [s for s in titles if s in with_comments and s not in with_practices and originals[s]]
    joined = _join_covered(conn, titles, with_practices - with_comments, papers)
    for paper in papers:
        best = max(((len(os.path.commonprefix([titles[paper], titles[s]])), s) for s in lists
                    if _same_initiatives(originals[paper], originals[s])), default=(0, ""))
        if best[0] < _MIN_PLAN_NAME:
            # A committee's paper titled by its own body (「○○町行政改革懇話会 評価結果」) is the
            # plan's when exactly one list prints every one of its initiatives, and no other, under the same
            # numbers and titles.
            same = [s for s in lists if _all_initiatives(originals[paper], originals[s])]
            if len(same) != 1:
                continue
            best = (0, same[0])
        joined += _join(conn, paper, best[1], originals, stashed)
    return joined


def _all_initiatives(a: dict[str, dict], b: dict[str, dict]) -> bool:
    return set(a) == set(b) and len(a) >= _MIN_SHARED and _same_initiatives(a, b)


# The fewest initiatives a paper and a list titled apart must share to be one plan's.
_MIN_SHARED = 3


def _same_initiatives(a: dict[str, dict], b: dict[str, dict]) -> bool:
    shared = set(a) & set(b)
    return len(shared) >= 2 and all(notation_key(a[c].get("title") or "") == notation_key(b[c].get("title") or "")
                                    for c in shared)


def _join(conn, paper: str, listing: str, originals: dict[str, dict[str, dict]], stashed: dict) -> int:
    for source in (paper, listing):
        if source not in stashed:
            conn.executemany(f"INSERT OR REPLACE INTO {_STASH} (key, source, row) VALUES (?, ?, ?)",
                             [(row["key"], source, json.dumps(row, ensure_ascii=False)) for row in originals[source].values()])
    columns = [r[1] for r in conn.execute("PRAGMA table_info(initiative)").fetchall()]
    link = registry.link_column("practice")
    count = 0
    for code, own in originals[paper].items():
        other = originals[listing].get(code)
        if other is None:
            continue
        merged = {k: (v if not _blank(v) or _blank(other.get(k)) else other.get(k)) for k, v in own.items()
                  if k not in _PLACE and k in columns}
        merged.update({k: v for k, v in other.items() if k not in _PLACE and k in columns and k not in merged})
        conn.execute(f"UPDATE initiative SET {', '.join(f'[{k}] = ?' for k in merged)} WHERE key = ?",
                     (*merged.values(), own["key"]))
        conn.execute("DELETE FROM initiative WHERE key = ? AND source = ?", (other["key"], listing))
        conn.execute("UPDATE passages SET key = ? WHERE key = ? AND source = ?", (own["key"], other["key"], listing))
        if link:
            conn.execute(f"UPDATE practice SET [{link}] = ? WHERE source = ? AND initiative = ?", (own["key"], listing, code))
        count += 1
    return count


def _join_covered(conn, titles: dict[str, str], lists: set[str], papers: list[str]) -> int:
    """A paper naming the items each initiative covers (「対象推進事項：1～5」, initiative.covers) ties the
    items of its plan's list that no initiative holds (a progress list without initiatives: long_list): each
    item gets the initiative's number, title and key. The list is the one whose title opens with the same
    plan's name and that holds every covered number; nothing is tied when that is not one list."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(initiative)").fetchall()}
    if "covers" not in columns:
        return 0
    link = registry.link_column("practice")
    count = 0
    for paper in papers:
        covering = [r for r in _rows(conn, "SELECT key, code, title, covers FROM initiative WHERE source = ?", (paper,))
                    if not _blank(r["covers"])]
        if not covering:
            continue
        wanted = {str(c) for r in covering for c in json.loads(r["covers"])}
        found = []
        for listing in lists:
            if len(os.path.commonprefix([titles[paper], titles.get(listing, "")])) < _MIN_PLAN_NAME:
                continue
            # (an item tied before, by this paper read earlier, is free to be tied again)
            keys = {r["key"] for r in covering}
            free = {str(r["code"]) for r in _rows(conn, "SELECT * FROM practice WHERE source = ?", (listing,))
                    if _blank(r["initiative"]) or (link and r.get(link) in keys)}
            if wanted <= free:
                found.append(listing)
        if len(found) != 1:
            continue
        for r in covering:
            for code in json.loads(r["covers"]):
                sets = {"initiative": str(r["code"]), "initiative_title": r["title"] or ""}
                if link:
                    sets[link] = r["key"]
                conn.execute(f"UPDATE practice SET {', '.join(f'[{k}] = ?' for k in sets)} WHERE source = ? AND code = ?",
                             (*sets.values(), found[0], str(code)))
            count += 1
    return count


def join_item_lists(db) -> int:
    """A plan's summary list of its items (kinds/plan_report/summary_list) and the same plan's document of a page
    per item (item_pages) print the same items: each item of the list becomes the page's record, which takes
    what only the list states (最終年度の評価), so that an item is never counted twice. The pair is found by
    what they print: titles opening with the same plan's name, and every item of the list under the same
    number with the same name on the other side. Returns how many items were joined."""
    conn = db.conn
    if "practice" not in set(record_tables(db)):
        return 0
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_STASH} (source TEXT, key TEXT, row TEXT, PRIMARY KEY (source, key))")
    titles = {r["source"]: r["title"] or "" for r in _rows(conn, "SELECT source, title FROM documents WHERE kind = 'plan_report'")}
    if len(titles) < 2:
        return 0
    stashed: dict[str, list[dict]] = {}
    for r in _rows(conn, f"SELECT source, key, row FROM {_STASH} WHERE key LIKE 'practice:%'"):
        stashed.setdefault(r["source"], []).append(json.loads(r["row"]))
    columns = [r[1] for r in conn.execute("PRAGMA table_info(practice)").fetchall()]
    with_sheets = {r["source"] for r in _rows(conn, "SELECT DISTINCT source FROM grade")} \
        if "grade" in set(record_tables(db)) else set()
    lists = [s for s in titles if s not in with_sheets]
    count = 0
    for listing in lists:
        own = stashed.get(listing) or _rows(conn, "SELECT * FROM practice WHERE source = ?", (listing,))
        if not own:
            continue
        best, rows = "", {}
        for other in with_sheets & set(titles):
            if len(os.path.commonprefix([titles[listing], titles[other]])) < _MIN_PLAN_NAME:
                continue
            # (the pages' own rows as read, when a join before added the list's values to them)
            theirs = {str(r["code"]): r for r in stashed.get(other)
                      or _rows(conn, "SELECT * FROM practice WHERE source = ?", (other,))}
            if all(str(r["code"]) in theirs and notation_key(r.get("title") or "") == notation_key(theirs[str(r["code"])].get("title") or "")
                   for r in own):
                if best:
                    best = ""  # (two documents of pages print them: which one is meant is unsaid)
                    break
                best, rows = other, theirs
        if not best:
            continue
        for source, kept in ((listing, own), (best, list(rows.values()))):
            if source not in stashed:
                conn.executemany(f"INSERT OR REPLACE INTO {_STASH} (key, source, row) VALUES (?, ?, ?)",
                                 [(r["key"], source, json.dumps(r, ensure_ascii=False)) for r in kept])
        for r in own:
            target = rows[str(r["code"])]
            # (what the pages state wins; what only the list states is taken, afresh on every join)
            sets = {k: v for k, v in r.items() if k not in _PLACE and k in columns and not _blank(v) and _blank(target.get(k))}
            if sets:
                conn.execute(f"UPDATE practice SET {', '.join(f'[{k}] = ?' for k in sets)} WHERE key = ?",
                             (*sets.values(), target["key"]))
            conn.execute("DELETE FROM practice WHERE key = ? AND source = ?", (r["key"], listing))
            conn.execute("UPDATE passages SET key = ? WHERE key = ? AND source = ?", (target["key"], r["key"], listing))
            count += 1
    return count
