"""What a list of the same items prints beside them, given to items whose own document leaves it blank. A progress
workbook may print each item's number, name and grades but no department, while a page of the same plan lists
every item under the same number and name beside its 担当部 │ 担当課, and a CSV lists some items' amounts of each
fiscal year (効果額 under 令和５年度 │ 令和６年度 …): tables read as table rows (kinds/generic). The items then take
the list's department (and bureau) as their own, so 「総務部が担当の取組」 reaches them, and the list's yearly amounts
as their costs_by_year (in the unit the table states), so 「R7の効果額の合計」 is answered (query/yearly_costs);
an item the amounts' list leaves out keeps none (not 0: the list did not reckon it).

Only when every row of the list is one item of one document, by its number and its name, and only fields the
item leaves blank are filled. As the other joins, undone from the values kept aside and made afresh after each
ingest, so reading either document again (or deleting it) leaves no stale half."""
from __future__ import annotations

import json
import re

from assistant.store.schema import record_tables
from assistant.text.normalize import nfkc, no_spaces, notation_key
from assistant.text.wareki import year_label

_STASH = "listed_column_fills"
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


# 「（単位：千円）」: the unit a table states for its figures (its caption or heading, read in NFKC).
_UNIT_RE = re.compile(r"単位\s*[:：]\s*(千円|百万円|万円|円)")
_FIGURE_RE = re.compile(r"^[▲△-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[▲△-]?\d+(?:\.\d+)?$")


def _amount(cell: str) -> int | float | None:
    value = no_spaces(nfkc(cell or ""))
    if not _FIGURE_RE.match(value):
        return None
    sign = -1 if value[0] in "▲△-" else 1
    number = float(value.lstrip("▲△-").replace(",", ""))
    return sign * (int(number) if number.is_integer() else number)


def _undo(conn) -> None:
    for r in _rows(conn, f"SELECT key, fields FROM {_STASH}"):
        before = json.loads(r["fields"])
        conn.execute(f"UPDATE practice SET {', '.join(f'[{n}] = ?' for n in before)} WHERE key = ?",
                     (*before.values(), r["key"]))
    conn.execute(f"DELETE FROM {_STASH}")


def _ensure(conn, names: list[str]) -> set[str]:
    have = {r[1] for r in conn.execute("PRAGMA table_info(practice)").fetchall()}
    for name in names:
        if name not in have:
            conn.execute(f"ALTER TABLE practice ADD COLUMN [{name}] TEXT")
            have.add(name)
    return have


def fill_from_lists(db) -> int:
    """Fill the blank departments and yearly amounts of items a list of the same items prints; returns how many
    items were filled."""
    conn = db.conn
    if not {"practice", "table_row"} <= set(record_tables(db)):
        return 0
    columns = {r[1] for r in conn.execute("PRAGMA table_info(practice)").fetchall()}
    if not {"departments", "bureau", "code", "title"} <= columns:
        return 0
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_STASH} (key TEXT PRIMARY KEY, fields TEXT)")
    _undo(conn)
    items: dict[str, dict[str, dict]] = {}
    have = _ensure(conn, [])
    picked = ", ".join(f"[{n}]" for n in ("key", "source", "code", "title", "departments", "bureau", "costs_by_year", "cost_unit")
                       if n in have)
    for r in _rows(conn, f"SELECT {picked} FROM practice"):
        items.setdefault(r["source"], {})[no_spaces(nfkc(str(r["code"] or "")))] = r
    tables: dict[tuple[str, str], list[dict]] = {}
    units: dict[tuple[str, str], str] = {}
    for r in _rows(conn, "SELECT source, [table], heading, cells FROM table_row"):
        try:
            cells = json.loads(r["cells"] or "{}")
        except ValueError:
            continue
        if isinstance(cells, dict):
            tables.setdefault((r["source"], r["table"] or ""), []).append(cells)
            unit = _UNIT_RE.search(nfkc(f"{r['table'] or ''} {r['heading'] or ''}"))
            if unit:
                units[(r["source"], r["table"] or "")] = unit.group(1)
    filled = 0
    for at, rows in tables.items():
        first = rows[0]
        code, name = _head(first, _CODE_HEADS), _head(first, _NAME_HEADS)
        dept, bureau = _head(first, _DEPT_HEADS), _head(first, _BUREAU_HEADS)
        # (the columns naming a fiscal year each, 令和５年度 │ 令和６年度, whose cells are all figures: amounts)
        years = {head: label for head in first for label in [year_label(no_spaces(nfkc(head)))]
                 if label and all(_amount(str(c.get(head) or "")) is not None for c in rows)}
        if len(years) < 2 or at not in units:
            years = {}
        if not code or not name or not (dept or bureau or years) or len(rows) < _MIN_ROWS:
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
            if years and _blank(item.get("costs_by_year")):
                sets["costs_by_year"] = json.dumps({label: {"total_cost": _amount(str(c[head]))}
                                                    for head, label in years.items()}, ensure_ascii=False)
                sets["cost_unit"] = units[at]
            if not sets:
                continue
            _ensure(conn, list(sets))
            # (the values as read, kept once per field: a second list filling other fields of the same item adds its own)
            kept = conn.execute(f"SELECT fields FROM {_STASH} WHERE key = ?", (item["key"],)).fetchone()
            before = {**{n: item.get(n) for n in sets}, **(json.loads(kept[0]) if kept else {})}
            conn.execute(f"INSERT OR REPLACE INTO {_STASH} (key, fields) VALUES (?, ?)",
                         (item["key"], json.dumps(before, ensure_ascii=False)))
            item.update(sets)
            conn.execute(f"UPDATE practice SET {', '.join(f'[{n}] = ?' for n in sets)} WHERE key = ?",
                         (*sets.values(), item["key"]))
            filled += 1
    if filled and hasattr(db, "memo"):
        db.memo.clear()
    return filled
