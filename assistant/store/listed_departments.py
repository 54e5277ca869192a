"""Departments a list of the same items names, given to items whose own document names none. A progress workbook
may print each item's number, name and grades but no department, while a page of the same plan lists every item
under the same number and name beside its 担当部 │ 担当課 (a table read as table rows: kinds/generic). The items
then take the list's department (and its bureau) as their own, so 「総務部が担当の取組」 reaches them.

Only when every row of the list is one item of one document, by its number and its name, and only fields the
item leaves blank are filled. As the other joins, undone from the values kept aside and made afresh after each
ingest, so reading either document again (or deleting it) leaves no stale half."""
from __future__ import annotations

import json

from assistant.store.schema import record_tables
from assistant.text.normalize import nfkc, no_spaces, notation_key

_STASH = "listed_department_fills"
_CODE_HEADS = ("番号", "No.", "No", "NO.", "項番", "取組番号", "コード")
_NAME_HEADS = ("取組名", "取組", "名称", "項目名", "事業名", "実施項目", "推進項目名")
_DEPT_HEADS = ("担当課", "所管課", "担当部署", "所管部署", "担当課名", "課")
_BUREAU_HEADS = ("担当部", "所管部", "担当部局", "所管部局", "部局", "部")
# A list of fewer rows is no list of a plan's items (a table of two figures that happen to share a number).
_MIN_ROWS = 3


def _rows(conn, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _blank(value) -> bool:
    return value is None or value == "" or value == "[]"


def _head(cells: dict, heads: tuple[str, ...]) -> str | None:
    return next((name for name in cells if no_spaces(nfkc(name)) in heads), None)


def _undo(conn) -> None:
    for r in _rows(conn, f"SELECT key, departments, bureau FROM {_STASH}"):
        conn.execute("UPDATE practice SET departments = ?, bureau = ? WHERE key = ?", (r["departments"], r["bureau"], r["key"]))
    conn.execute(f"DELETE FROM {_STASH}")


def fill_departments(db) -> int:
    """Fill the blank departments of items a list of the same plan names; returns how many items were filled."""
    conn = db.conn
    if not {"practice", "table_row"} <= set(record_tables(db)):
        return 0
    columns = {r[1] for r in conn.execute("PRAGMA table_info(practice)").fetchall()}
    if not {"departments", "bureau", "code", "title"} <= columns:
        return 0
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_STASH} (key TEXT PRIMARY KEY, departments TEXT, bureau TEXT)")
    _undo(conn)
    items: dict[str, dict[str, dict]] = {}
    for r in _rows(conn, "SELECT key, source, code, title, departments, bureau FROM practice"):
        items.setdefault(r["source"], {})[no_spaces(nfkc(str(r["code"] or "")))] = r
    tables: dict[tuple[str, str], list[dict]] = {}
    for r in _rows(conn, "SELECT source, [table], cells FROM table_row"):
        try:
            cells = json.loads(r["cells"] or "{}")
        except ValueError:
            continue
        if isinstance(cells, dict):
            tables.setdefault((r["source"], r["table"] or ""), []).append(cells)
    filled = 0
    for rows in tables.values():
        first = rows[0]
        code, name = _head(first, _CODE_HEADS), _head(first, _NAME_HEADS)
        dept, bureau = _head(first, _DEPT_HEADS), _head(first, _BUREAU_HEADS)
        if not code or not name or not (dept or bureau) or len(rows) < _MIN_ROWS:
            continue
        listed = {no_spaces(nfkc(str(c.get(code) or ""))): c for c in rows}
        owners = [source for source, own in items.items()
                  if all(k in own and notation_key(own[k]["title"] or "") == notation_key(str(c.get(name) or ""))
                         for k, c in listed.items())]
        if len(owners) != 1:
            continue  # (no document, or two, holding every listed item under its number and name)
        for k, c in listed.items():
            item = items[owners[0]][k]
            sets = {}
            if dept and _blank(item["departments"]) and str(c.get(dept) or "").strip():
                sets["departments"] = json.dumps([str(c[dept]).strip()], ensure_ascii=False)
            if bureau and _blank(item["bureau"]) and str(c.get(bureau) or "").strip():
                sets["bureau"] = str(c[bureau]).strip()
            if not sets:
                continue
            conn.execute(f"INSERT OR IGNORE INTO {_STASH} (key, departments, bureau) VALUES (?, ?, ?)",
                         (item["key"], item["departments"], item["bureau"]))
            conn.execute(f"UPDATE practice SET {', '.join(f'[{n}] = ?' for n in sets)} WHERE key = ?",
                         (*sets.values(), item["key"]))
            filled += 1
    if filled and hasattr(db, "memo"):
        db.memo.clear()
    return filled
