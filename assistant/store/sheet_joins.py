"""Progress sheets of items a list of the same plan already holds are attached to those items, not read as
items a second time. A 進行管理表 printing one table per item (kinds/plan_report/sheet_tables) is read on its
own as practice items; when another document of the same plan (its title opening with the same plan's name)
lists every one of those items under the same number and name, the sheets are that list's items seen again:
each item keeps the list's record, and gains what only the sheet states — its yearly grade beside the list's
own (r5_self …, under the word the sheet heads it with, sheet_grade_word), its 今後の方向性, its departments,
and the sheet's yearly entries (計画・実績) as its children. The sheet's document is kept in `attached`, so
that 「進行管理表で…」 still reaches the items.

Decided by what the documents hold, in whatever order they were read: every join is undone from the rows kept
aside (attached_originals) and made afresh after each ingest, so reading either document again (or deleting
it) leaves no stale half."""
from __future__ import annotations

import json
import os

from assistant.kinds import registry
from assistant.store.schema import record_tables
from assistant.text.normalize import notation_key

_STASH = "attached_originals"
# The shortest plan name two titles must open with (a city and its plan: 「○○市行政改革プラン」).
_MIN_PLAN_NAME = 6


def forget(conn, source: str) -> None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (_STASH,)).fetchone():
        conn.execute(f"DELETE FROM {_STASH} WHERE source = ?", (source,))


def _rows(conn, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _blank(value) -> bool:
    return value is None or value == "" or value == "[]"


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _put(conn, table: str, row: dict) -> None:
    have = set(_columns(conn, table))
    row = {k: v for k, v in row.items() if k in have}
    conn.execute(f"DELETE FROM [{table}] WHERE key = ?", (row["key"],))
    conn.execute(f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in row)}) VALUES ({', '.join('?' * len(row))})",
                 tuple(row.values()))


def _undo(conn, live: set[str]) -> None:
    """Every attachment made before, undone: the lists' items as they were read, the sheets' items back."""
    link = registry.link_column("sheet_entry")
    for r in _rows(conn, f"SELECT * FROM {_STASH}"):
        if r["source"] not in live:
            continue
        row = json.loads(r["row"])
        _put(conn, r["kind"], row)
        if r["kind"] == "practice" and r["merged_key"]:
            if link:
                conn.execute(f"UPDATE sheet_entry SET [{link}] = ? WHERE source = ? AND [{link}] = ?",
                             (row["key"], r["source"], r["merged_key"]))
            for kind, own in _figures(conn):
                conn.execute(f"UPDATE [{kind}] SET [{own}] = ? WHERE source = ? AND [{own}] = ?",
                             (row["key"], r["source"], r["merged_key"]))
            conn.execute("UPDATE passages SET key = ? WHERE source = ? AND key = ?", (row["key"], r["source"], r["merged_key"]))
    conn.execute(f"DELETE FROM {_STASH}")


def _figures(conn) -> list[tuple[str, str]]:
    """(table, link column) of the sheets' other parts linked to their item: its measure's yearly figures."""
    link = registry.link_column("sheet_value")
    return [("sheet_value", link)] if link and "sheet_value" in _tables(conn) else []


def _items(conn, source: str) -> dict[str, dict]:
    return {str(r["code"]): r for r in _rows(conn, "SELECT * FROM practice WHERE source = ?", (source,))}


def _sheet_documents(conn, sources: list[str]) -> list[str]:
    """Documents made of progress sheets only: items each with its yearly entries, no initiatives, no opinions."""
    link = registry.link_column("sheet_entry")
    out = []
    for source in sources:
        items = _items(conn, source)
        if len(items) < 2 or not link:
            continue
        if any(conn.execute(f"SELECT 1 FROM [{t}] WHERE source = ? LIMIT 1", (source,)).fetchone()
               for t in ("initiative", "comment") if t in _tables(conn)):
            continue
        entered = {r[0] for r in conn.execute(f"SELECT DISTINCT [{link}] FROM sheet_entry WHERE source = ?", (source,))}
        if all(r["key"] in entered for r in items.values()):
            out.append(source)
    return out


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _list_of(conn, sheets: str, titles: dict[str, str], sheet_docs: list[str]) -> str | None:
    """The one other document of the same plan holding every sheet's item under its number and name."""
    own = _items(conn, sheets)
    found = []
    for source, title in titles.items():
        if source == sheets or len(os.path.commonprefix([titles[sheets], title])) < _MIN_PLAN_NAME:
            continue
        items = _items(conn, source)
        if source in sheet_docs and set(items) <= set(own):
            continue  # (sheets of the same items again: neither is the other's list)
        if all(code in items and notation_key(items[code]["title"] or "") == notation_key(r["title"] or "")
               for code, r in own.items()):
            found.append(source)
    return found[0] if len(found) == 1 else None


def _ensure(conn, names: list[str]) -> None:
    have = {c.lower() for c in _columns(conn, "practice")}
    for name in names:
        if name.lower() not in have:
            conn.execute(f"ALTER TABLE practice ADD COLUMN [{name}] TEXT")
            have.add(name.lower())


def attach_sheets(db) -> int:
    """Attach every sheets-only document to its plan's list; returns how many items were attached."""
    conn = db.conn
    if not {"practice", "sheet_entry"} <= set(record_tables(db)):
        return 0
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_STASH} (source TEXT, kind TEXT, key TEXT, row TEXT, merged_key TEXT, "
                 "PRIMARY KEY (source, kind, key))")
    titles = {r["source"]: r["title"] or "" for r in _rows(conn, "SELECT source, title FROM documents WHERE kind = 'plan_report'")}
    _undo(conn, set(titles))
    sheet_docs = _sheet_documents(conn, sorted(titles))
    count = 0
    for sheets in sheet_docs:
        listing = _list_of(conn, sheets, titles, sheet_docs)
        if listing is not None:
            count += _attach(db, sheets, listing)
    return count


def _stash(conn, source: str, kind: str, row: dict, merged_key: str = "") -> None:
    conn.execute(f"INSERT OR IGNORE INTO {_STASH} (source, kind, key, row, merged_key) VALUES (?, ?, ?, ?, ?)",
                 (source, kind, row["key"], json.dumps(row, ensure_ascii=False), merged_key))


def _attach(db, sheets: str, listing: str) -> int:
    conn = db.conn
    own, items = _items(conn, sheets), _items(conn, listing)
    years = sorted({k for r in own.values() for k, v in r.items() if registry.is_year_field(k) and not _blank(v)})
    _ensure(conn, [f"{y}_self" for y in years] + ["sheet_grade_word", "attached", "future_policy"])
    if hasattr(db, "memo"):
        db.memo.clear()  # (new columns)
    entry_link, grade_link = registry.link_column("sheet_entry"), registry.link_column("grade")
    for code, sheet in own.items():
        item = items[code]
        _stash(conn, listing, "practice", item)
        _stash(conn, sheets, "practice", sheet, item["key"])
        sets = {f"{y}_self": sheet[y] for y in years if not _blank(sheet.get(y))}
        for name in ("future_policy", "sheet_grade_word"):
            if _blank(item.get(name)) and not _blank(sheet.get(name)):
                sets[name] = sheet[name]
        departments = json.loads(item["departments"] or "[]")
        departments += [d for d in json.loads(sheet["departments"] or "[]") if d not in departments]
        attached = json.loads(item.get("attached") or "[]")
        sets.update({"departments": json.dumps(departments, ensure_ascii=False),
                     "attached": json.dumps(attached + [sheets], ensure_ascii=False)})
        conn.execute(f"UPDATE practice SET {', '.join(f'[{k}] = ?' for k in sets)} WHERE key = ?", (*sets.values(), item["key"]))
        conn.execute("DELETE FROM practice WHERE key = ?", (sheet["key"],))
        if grade_link and "grade" in _tables(conn):
            # (the sheet's yearly grades are the item's r5_self …: a grade record per year is the list's)
            for g in _rows(conn, f"SELECT * FROM grade WHERE source = ? AND [{grade_link}] = ?", (sheets, sheet["key"])):
                _stash(conn, sheets, "grade", g)
                conn.execute("DELETE FROM grade WHERE key = ?", (g["key"],))
        if entry_link:
            conn.execute(f"UPDATE sheet_entry SET [{entry_link}] = ? WHERE source = ? AND [{entry_link}] = ?",
                         (item["key"], sheets, sheet["key"]))
        for kind, link in _figures(conn):
            conn.execute(f"UPDATE [{kind}] SET [{link}] = ? WHERE source = ? AND [{link}] = ?", (item["key"], sheets, sheet["key"]))
        conn.execute("UPDATE passages SET key = ? WHERE source = ? AND key = ?", (item["key"], sheets, sheet["key"]))
    return len(own)
