"""Records whose place in a list or count hangs on a value the document prints differently in its copies.

A plan report prints one item's grade in several places (the lists, the progress sheet); when they
disagree the loader keeps one and records the others in the conflicts table. When most copies do not
print the kept value, a list or count on that field counts the item by a doubtful copy:
「R2とR3がどちらもA」 leaves out an item the lists grade A in R3 because its progress sheet prints '-'.
Such an answer is not certain: it says first which records, what each copy prints, and whether they
are in or out, and is `partial`. (A kept value most copies print is the document's own statement;
`gyokaku check` lists the odd copy.)
"""
from __future__ import annotations

import json
import sqlite3

from assistant.conflict_labels import copies_printed, value_text
from assistant.labels import field_label, kind_label
from assistant.query.answer import Answer, Condition, Query


def _conflicts_of(db, target: str) -> list[dict]:
    """The conflicts of one kind's records (read once per open index: the index does not change)."""
    memo = getattr(db, "memo", None)
    cached = memo.get(("disputed", target)) if memo is not None else None
    if cached is not None:
        return cached
    if "conflicts" not in db.table_names():
        found: list[dict] = []
    else:
        found = [dict(r) for r in db.query(
            'SELECT key, field, chosen, "values" FROM conflicts WHERE key LIKE ? ORDER BY rowid', [f"{target}:%"])]
    if memo is not None:
        memo[("disputed", target)] = found
    return found


def _in_doubt(db, target: str, conflicts: list[dict]) -> list[tuple[dict, dict, list]]:
    """(conflict, its record's row, the copies) of the conflicts whose kept value leaves the record in doubt,
    worked out once per open index (the index does not change; most conflicts are one copy's misprint, and
    reading each one's row for every question cost most of this module's time)."""
    memo = getattr(db, "memo", None)
    cached = memo.get(("disputed_rows", target)) if memo is not None else None
    if cached is not None:
        return cached
    found = []
    for conflict in conflicts:
        fld = conflict["field"]
        cur = db.execute(f"SELECT * FROM [{target}] WHERE key = ?", [conflict["key"]])
        raw = cur.fetchone()
        if raw is None:
            continue
        row = dict(zip([d[0] for d in cur.description], raw))
        if fld not in row:
            continue
        copies = json.loads(conflict["values"] or "[]")
        main = [c for c in copies if c.get("where") == "main_list"]
        if sum(_stored(c.get("value")) == row[fld] for c in copies) * 2 > len(copies) \
                and all(_stored(c.get("value")) == row[fld] for c in main):
            # The value kept is what most copies print (one place misprints it): the document's own
            # statement, and `gyokaku check` lists the odd copy. Only a kept value most copies do not
            # print (the sheet's '-' against the lists' A), or one the main list (本編の一覧, what a reader
            # counts from) does not print, leaves the record in doubt.
            continue
        found.append((conflict, row, copies))
    if memo is not None:
        memo[("disputed_rows", target)] = found
    return found


def _stored(value):
    """A copy's value as the record's column stores it (lists and objects as JSON text)."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _matches(db, target: str, row: dict, where: str, params: list) -> bool | None:
    """Whether the record, with its columns as in `row`, meets the question's conditions (None: the
    conditions cannot be read over one row, e.g. they name the table's rowid)."""
    cols = list(row)
    derived = ", ".join(f"? AS [{c}]" for c in cols)
    # (a bound LIKE pattern, `x LIKE ?`, makes SQLite prepare the statement anew on every run, in case the
    # pattern lets an index serve it: some 60 µs, most of a one-row test, and a list over departments makes a
    # dozen. `LIKE +?` is the same comparison, a unary + leaving its value as it is, never prepared again.)
    where = where.replace("LIKE ?", "LIKE +?")
    try:
        return bool(db.execute(f"SELECT EXISTS (SELECT 1 FROM (SELECT {derived}) t WHERE {where})",
                               [row[c] for c in cols] + list(params)).fetchone()[0])
    except sqlite3.Error:
        return None


def _ran(answer: Answer) -> Query | None:
    """The query the answer's rows were selected with (resolved: its conditions are the SQL's)."""
    d = answer.query
    if not isinstance(d, dict) or not d.get("target"):
        return None
    try:
        return Query(**{**d, "conditions": [Condition(**c) for c in d.get("conditions") or []]})
    except TypeError:
        return None


def disputed_membership(db, executor, answer: Answer) -> None:
    """Say first, and make the answer `partial`, when a record is in (or out of) the answer's rows only
    because of the copy of a disputed field the index kept (see the module's docstring)."""
    q = _ran(answer)
    if q is None or answer.error or answer.status not in ("exact", "partial", "no_match") \
            or q.target not in executor.tables or answer.target != q.target:
        return
    if len(answer.rows) == 1 and q.value_field:
        return  # one record's value: said by the answer itself (conversation._copies_disagree)
    conflicts = _conflicts_of(db, q.target)
    if not conflicts:
        return
    if q.aggregate == "top_group" and "bureau" in q.agg_parts:
        _bureau_disputed(db, q, answer, conflicts)
        return
    doubtful = _in_doubt(db, q.target, conflicts)
    if not doubtful:
        return  # (no record of the kind is in doubt: nothing the conditions read can say otherwise)
    try:
        sql = executor._where(q)
    except (TypeError, KeyError, ValueError, sqlite3.Error):
        return  # (a condition only the executor's own steps read: nothing is claimed of it)
    where = " AND ".join(sql.where) or "1"
    shown = {str(r.get("key", "")) for r in answer.rows}
    said: list[str] = []
    for conflict, row, copies in doubtful:
        fld = conflict["field"]
        # Only a field the conditions read (or the groups are made by) can move a record in or out.
        if f"t.[{fld}]" not in where and f"t.{fld})" not in where and q.group_by != fld:
            continue
        kept = _matches(db, q.target, row, where, sql.params)
        if kept is None or kept != (conflict["key"] in shown):
            continue  # the answer's rows were not chosen by these conditions alone: nothing to say of them
        flips = []
        for copy_ in copies:
            value = _stored(copy_.get("value"))
            if value == row[fld]:
                continue
            other = _matches(db, q.target, {**row, fld: value}, where, sql.params)
            grouped = q.group_by == fld and kept
            if (other is not None and other != kept) or grouped:
                flips.append(copy_)
        if not flips:
            continue
        prints = copies_printed(copies)
        code = conflict["key"].partition(":")[2].split("@", 1)[0]
        how = ("数えています（ほかの記載どおりなら別の区分です）" if q.group_by == fld and kept else
               "含めていません（ほかの記載どおりなら当てはまります）" if not kept else
               "含めています（ほかの記載どおりなら当てはまりません）")
        said.append(f"{kind_label(q.target)}{code}の{field_label(fld, q.target)}は資料の中で記載が食い違っています"
                    f"（{prints}）。索引の値「{value_text(row[fld]) or '空欄'}」で{how}")
    _say_disputed(answer, said)


def _say_disputed(answer: Answer, said: list[str]) -> None:
    """The disagreements said first, and the answer `partial`."""
    if not said:
        return
    caveat = "。".join(said) + "。確かな件数は資料で確かめてください。"
    answer.status = "partial"
    answer.caveat = caveat + (answer.caveat or "")
    if not answer.summary.startswith(answer.caveat):
        answer.summary = caveat + answer.summary


def _bureau_disputed(db, q: Query, answer: Answer, conflicts: list[dict]) -> None:
    """「担当が一番多い部」: a record whose departments' bureau (their mark) one copy prints otherwise moves
    a count of the bureau the answer names; said first, and the answer is `partial`."""
    from assistant.query.execute import item_bureaus

    shown = [set(item_bureaus(r.get(q.group_by))) for r in answer.rows]
    top = set.intersection(*shown) if shown else set()
    said = []
    for conflict in conflicts:
        if conflict["field"] != q.group_by:
            continue
        kept = json.loads(conflict["chosen"]) if str(conflict["chosen"] or "").startswith("[") else conflict["chosen"]
        mine = set(item_bureaus(kept))
        copies = json.loads(conflict["values"] or "[]")
        moved = [c for c in copies if set(item_bureaus(c.get("value"))) != mine
                 and (set(item_bureaus(c.get("value"))) ^ mine) & top]
        if not moved:
            continue
        prints = copies_printed(copies)
        code = conflict["key"].partition(":")[2].split("@", 1)[0]
        said.append(f"{kind_label(q.target)}{code}の{field_label(q.group_by, q.target)}は資料の中で記載が食い違っています"
                    f"（{prints}）。索引の値「{value_text(kept) or '空欄'}」で数えています（ほかの記載どおりなら件数が変わります）")
    _say_disputed(answer, said)


def rotating_chairs(executor, answer: Answer) -> None:
    """「西市が部会長の連携事業」 with no year: rows whose cell names one chair per year (東市(H16)・
    西市(H17)) were left out, since the city chairs them in one year and not in another. The answer
    says so first, with what counting them would give, and is `partial`."""
    q = _ran(answer)
    if q is None or answer.error or answer.status not in ("exact", "partial", "no_match") \
            or q.target not in executor.tables or answer.target != q.target:
        return
    sole = [c for c in q.conditions if c.op == "chair_sole"]
    if not sole:
        return
    shown = {str(r.get("key", "")) for r in answer.rows}
    if q.aggregate:  # (the rows shown are groups or a figure: the records counted are those selected)
        try:
            shown = {str(r.get("key", "")) for r in executor.select(q)[0]}
        except (TypeError, KeyError, ValueError, sqlite3.Error):
            return
    said = []
    total = len(shown)
    for c in sole:
        wider = Query(**{**q.__dict__, "conditions": [
            Condition(c.field, "contains", c.value, c.label) if x is c else x for x in q.conditions]})
        try:
            rows = executor.select(wider)[0]
        except (TypeError, KeyError, ValueError, sqlite3.Error):
            continue
        extra = [r for r in rows if str(r.get("key", "")) not in shown]
        if not extra:
            continue
        total += len(extra)
        cells: dict[str, list[str]] = {}
        for r in extra:
            cell = f"{r.get('subcommittee') or ''}（{r.get(c.field)}）"
            cells.setdefault(cell, []).append(str(r.get("code", "")))
        which = "、".join(f"{cell}の{'・'.join(codes)}" for cell, codes in cells.items())
        said.append(f"部会長が年度で交代する{kind_label(q.target)}（{which}）は、{c.value}が部会長の年度とそうでない年度が"
                    f"あるため含めていません")
    if not said:
        return
    caveat = "。".join(said) + f"（含めると{total}件）。年度を付けて聞くと、その年度の部会長で答えます。"
    answer.status = "partial"
    answer.caveat = caveat + (answer.caveat or "")
    if not answer.summary.startswith(answer.caveat):
        answer.summary = caveat + answer.summary
