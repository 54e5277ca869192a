"""Query → SQL over the record tables and the full-text indexes → Answer."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # either reader; the build passes a sqlite-utils Database
    from assistant.store.reader import IndexReader

import copy
import json
import re
from dataclasses import dataclass, field


from assistant.kinds import registry
from assistant.labels import field_label, kind_label
from assistant.query.answer import Condition, Query
from assistant.query.list_places import placed_keys
from assistant.query.lexicon import Lexicon, grade_rank_sql, grade_scale, strip_bureau
from assistant.text.normalize import nfkc, notation_key
from assistant.query.vocabulary import FIELD_ALIASES, LINKS, STANCE_OF, WIDER_SCOPE, scheme_forms as _scheme_forms
from assistant.store.records import DOCUMENT_ORDER, LIST_FIELDS, by_key, decoded, field_names, selected
from assistant.store.schema import record_tables
from assistant.query import sheet_grades
from assistant.query.printed_within import sibling_parts, within_clause
from assistant.store.search import (find_passages, has_kind_index, highlight_spans, occurrences, passage_sources,
                                    literal_keys, passage_sql, passage_texts, word_keys)
from assistant.kinds.registry import is_year_field, year_fields
from assistant.text.wareki import label_to_fy
from assistant.query.compiled import compiled
from assistant.query.items_called_torikumi import items_called_torikumi
from assistant.query.grammar import INVERT
from assistant.query.set_operations import sides_of

# 「推進項目がすべて完了した施策」: every part said to meet the condition, not some.
_EVERY_PART = compiled(r"(?:が|は)\s*(?:すべて|全て|全部|どれも|いずれも|みな|みんな)\s*(?!の)")

# A year cell that holds no grade: blank, a dash (after the item ended), or the legend's 「未」 (before it
# started, as own_words.py keeps it): 「R6から始まった」 is graded in R6 and in none of these before.
_NO_GRADE = "'', '-', '未'"

_LIST_FIELDS = LIST_FIELDS
_SHEET_KINDS = {"sheet", "sheet_entry", "self_eval", "challenge"}
_MAX_EXCERPTS = 20


_GRADE_OPS = {"grade_gt": ">", "grade_lt": "<", "grade_eq": "=", "grade_ne": "<>", "grade_le": "<=", "grade_ge": ">="}
# Two numeric fields of one record compared (進捗度が創造性より高い); a record lacking either is left out.
# The figure a year was planned to reach, named 計画値 or 目標値 by the records holding only one of the two.
_SAME_FIGURE = {"plan": "goal", "goal": "plan"}
def keep_main_department(q, answer) -> None:
    """Mark (in place) the query's department conditions the answer read as the main department only, so that
    the query kept for a follow-up (「そのうち…」) reads them so again."""
    main = {n for u in answer.understood if u.get("field") == "@dept" and isinstance(u.get("value"), dict)
            and u["value"].get("main_only") for n in u["value"].get("names", ())}
    for c in q.conditions:
        names = c.value.get("names", ()) if isinstance(c.value, dict) else c.value if isinstance(c.value, list) else [c.value]
        if c.field == "@dept" and main and set(map(str, names)) <= main and _MAIN_SAID not in str(c.label):
            c.label = f"{c.label}{_MAIN_SAID}"


def _figure_of(name: object, cols) -> str:
    """The field of `cols` a compared figure names: itself, or the plan's figure under its other name (計画値 / 目標値)."""
    if name in cols:
        return str(name)
    return _SAME_FIGURE[name] if name in _SAME_FIGURE and _SAME_FIGURE[name] in cols else ""


_FIELD_OPS = {"field_gt": ">", "field_lt": "<", "field_eq": "=", "field_ne": "<>", "field_le": "<=", "field_ge": ">="}


# Conditions on which municipalities take part in a joint project (its table's cell per municipality).
_MEMBER_OPS = ("city_column", "cities_count", "all_cities", "not_all_cities", "city_empty", "city_not_empty",
               "city_mark", "city_not_mark", "all_cities_mark")


def _grades_sql(op: str, v: dict, cols: list[str], scale: tuple[str, ...] = (), table: str = "") -> str:
    """Conditions over every per-year grade field: some year has it (any_eq), some run of n years has
    it (run), some year's grade is followed by another the next year (transition). A grade is compared in
    upper case: a report printing a–d (its legend's lower-case letters) grades as A–D."""
    fields = [f for f in v["fields"] if f in cols]
    if op in ("any_cmp", "no_any_cmp"):  # points a year (a number): some year within the bound, or none
        if not fields:
            return "0"
        points = [f"(t.[{f}] GLOB '[0-9]*' AND CAST(t.[{f}] AS REAL) {v['op']} ?)" for f in fields]
        anyone = "(" + " OR ".join(points) + ")"
        if op == "any_cmp":
            return anyone
        # none within the bound, of a record some year gave points to (no points at all is not 「取れなかった」)
        graded = "(" + " OR ".join(f"t.[{f}] GLOB '[0-9]*'" for f in fields) + ")"
        return f"({graded} AND NOT {anyone})"
    if op.startswith("no_"):
        return f"coalesce({_grades_sql(op[3:], v, cols, scale, table)}, 0) = 0"  # a year without a grade rules nothing out
    if op in ("rise_any", "fall_any"):
        rank = grade_rank_sql("upper(t.[{}])", scale)  # (the index's own marks ranked by their legend)
        sign = ">" if op == "rise_any" else "<"
        pairs = [f"{rank.format(b)} {sign} {rank.format(a)}" for a, b in zip(fields, fields[1:])]
        return "(" + " OR ".join(pairs) + ")" if pairs else "0"
    if op in ("rise_every", "fall_every"):
        # Each year to the next over the years the record's own report prints (a year column no record of its
        # document fills is another report's), every printed year graded, and some two years compared.
        rank = grade_rank_sql("upper(t.[{}])", scale)
        sign = ">" if op == "rise_every" else "<"
        unprinted = ("(NOT EXISTS (SELECT 1 FROM [" + table + "] o WHERE o.source = t.source "
                     "AND coalesce(o.[{f}], '') != ''))") if table else "(t.[{f}] IS NULL)"
        pairs = [f"({rank.format(b)} {sign} {rank.format(a)} OR {unprinted.format(f=a)} OR {unprinted.format(f=b)})"
                 for a, b in zip(fields, fields[1:])]
        some = [f"({rank.format(b)} {sign} {rank.format(a)})" for a, b in zip(fields, fields[1:])]
        return f"(coalesce({' AND '.join(pairs)}, 0) AND coalesce({' OR '.join(some)}, 0))" if pairs else "0"
    if op == "any_eq":
        return "(" + " OR ".join(f"upper(t.[{f}]) = ?" for f in fields) + ")" if fields else "0"
    if op == "any_ne":  # some year graded with another grade (a blank or ― is no grade)
        return "(" + " OR ".join(f"coalesce(upper(t.[{f}]), '') NOT IN (?, '', '-', '―', 'ー', '未')" for f in fields) + ")" \
            if fields else "0"
    if op == "printed_all_eq":  # every year the record's own report prints has the grade, and it prints n
        printed = ("EXISTS (SELECT 1 FROM [" + table + "] o WHERE o.source = t.source AND o.[{f}] IS NOT NULL)") \
            if table else "(t.[{f}] IS NOT NULL)"
        if not fields:
            return "0"
        each = " AND ".join(f"(upper(t.[{f}]) = ? OR NOT {printed.format(f=f)})" for f in fields)
        count = " + ".join(f"({printed.format(f=f)})" for f in fields)
        return f"({each} AND ({count}) = {int(v['n'])})"
    if op == "printed_all_in":  # every year the record's own report prints has one of the grades, and it prints n
        printed = ("EXISTS (SELECT 1 FROM [" + table + "] o WHERE o.source = t.source AND o.[{f}] IS NOT NULL)") \
            if table else "(t.[{f}] IS NOT NULL)"
        if not fields:
            return "0"
        marks = ", ".join("?" * len(v["grades"]))
        each = " AND ".join(f"(upper(t.[{f}]) IN ({marks}) OR NOT {printed.format(f=f)})" for f in fields)
        count = " + ".join(f"({printed.format(f=f)})" for f in fields)
        return f"({each} AND ({count}) = {int(v['n'])})"
    if op == "graded_all_eq":  # every graded year has the grade, and some year is graded
        if not fields:
            return "0"
        each = " AND ".join(f"coalesce(upper(t.[{f}]), '') IN (?, '', '-')" for f in fields)
        return f"({each} AND (" + " OR ".join(f"upper(t.[{f}]) = ?" for f in fields) + "))"
    if op == "graded_all_in":  # every graded field has one of the grades (a dash: not graded), and some field is graded
        if not fields:
            return "0"
        marks = ", ".join("?" * len(v["grades"]))
        each = " AND ".join(f"coalesce(upper(t.[{f}]), '') IN ({marks}, '', '-')" for f in fields)
        return f"({each} AND (" + " OR ".join(f"upper(t.[{f}]) IN ({marks})" for f in fields) + "))"
    if op == "all_equal":  # every year graded, all with one grade
        if not fields:
            return "0"
        # Over the years the record's own report prints: a year column no record of its document fills is
        # another report's year (one year left open in its own report still rules the record out).
        first = "coalesce(" + ", ".join(f"upper(t.[{f}])" for f in fields) + ")" if len(fields) > 1 else f"upper(t.[{fields[0]}])"
        unprinted = ("(t.[{f}] IS NULL AND NOT EXISTS (SELECT 1 FROM [" + table + "] o WHERE o.source = t.source "
                     "AND o.[{f}] IS NOT NULL))") if table else "0"
        return "(" + " AND ".join([f"{first} IN ('A', 'B', 'C', 'D')"]
                                  + [f"(upper(t.[{f}]) = {first} OR {unprinted.format(f=f)})" for f in fields]) + ")"
    if op == "run":
        n = v["n"]
        windows = [fields[i:i + n] for i in range(len(fields) - n + 1)]
        return "(" + " OR ".join("(" + " AND ".join(f"upper(t.[{f}]) = ?" for f in w) + ")" for w in windows) + ")" \
            if windows else "0"
    if op == "sequence":  # 「C→B→A」: the grades in turn over some run of consecutive years (a list: any of them)
        grades = v["grades"]
        n = len(grades)
        windows = [fields[i:i + n] for i in range(len(fields) - n + 1)]

        def cell(f: str, g) -> str:
            return f"upper(t.[{f}]) IN ({', '.join('?' * len(g))})" if isinstance(g, list) else f"upper(t.[{f}]) = ?"
        return "(" + " OR ".join("(" + " AND ".join(cell(f, g) for f, g in zip(w, grades)) + ")" for w in windows) + ")" \
            if windows else "0"
    if op == "transition":
        pairs = list(zip(fields, fields[1:]))
        return "(" + " OR ".join(f"(upper(t.[{a}]) = ? AND upper(t.[{b}]) = ?)" for a, b in pairs) + ")" if pairs else "0"
    if op == "times":  # how many years have the grade, against a bound (the bound is a parameter)
        if not fields:
            return "0"
        cmp = v["cmp"] if v["cmp"] in (">=", "<=", "<", "=") else "="
        return "((" + " + ".join(f"coalesce(upper(t.[{f}]) = ?, 0)" for f in fields) + f") {cmp} ?)"
    return "0"


def record_sources(db, target: str) -> set[str]:
    """The documents holding records of `target`, with those whose sheets a record holds (store/sheet_joins)."""
    own = {r[0] for r in db.execute(f"SELECT DISTINCT source FROM [{target}]").fetchall()}
    if "attached" in {r[1] for r in db.execute(f"PRAGMA table_info([{target}])").fetchall()}:
        own |= {r[0] for r in db.execute(f"SELECT DISTINCT j.value FROM [{target}] t, json_each(CASE WHEN "
                                         f"json_valid(t.attached) THEN t.attached ELSE '[]' END) j").fetchall()}
    return own


_GRADE_FIELDS: set[str] | None = None


def _grade_fields() -> set[str]:
    """Names of the fields a kind declares grades (yearly grades r5 …, 総合評価, 年度別評価)."""
    global _GRADE_FIELDS
    if _GRADE_FIELDS is None:
        from assistant.kinds.spec import Field

        _GRADE_FIELDS = {f.name for rk in registry.record_kinds().values() for f in rk.fields
                         if isinstance(f, Field) and f.type == "grade"}
    return _GRADE_FIELDS


def _grades_params(op: str, v: dict, cols: list[str]) -> list:
    fields = [f for f in v["fields"] if f in cols]
    if op in ("any_cmp", "no_any_cmp"):
        return [v["n"]] * len(fields)
    if op.startswith("no_"):
        return _grades_params(op[3:], v, cols)
    if op in ("any_eq", "any_ne"):
        return [v["grade"]] * len(fields)
    if op == "graded_all_eq":
        return [v["grade"]] * (2 * len(fields))
    if op == "graded_all_in":
        return [str(g) for g in v["grades"]] * (2 * len(fields))
    if op == "printed_all_eq":
        return [v["grade"]] * len(fields)
    if op == "printed_all_in":
        return [str(g) for g in v["grades"]] * len(fields)
    if op == "run":
        n = v["n"]
        return [v["grade"]] * (n * max(0, len(fields) - n + 1))
    if op == "sequence":
        n = len(v["grades"])
        flat = [str(x) for g in v["grades"] for x in (g if isinstance(g, list) else [g])]
        return flat * max(0, len(fields) - n + 1)
    if op == "transition":
        return [v["from"], v["to"]] * max(0, len(fields) - 1)
    if op == "times":
        return [v["grade"]] * len(fields) + [int(v["n"])] if fields else []
    return []


_BUREAU_RE = compiled(r"^[(（][^)）]+[)）]")


def _bureau_carried(values: list, written: set[str]) -> list:
    """「(総)情報政策課、職員課」: a department written without its bureau after one with it is counted
    with the (総)職員課 other rows write; one no row writes with that bureau (「(市)市民課、デジタル推進室」
    where デジタル推進室 stands alone elsewhere) stays as written."""
    out: list = []
    bureau = ""
    for x in values:
        if isinstance(x, str):
            m = _BUREAU_RE.match(x)
            if m:
                bureau = m.group()
            elif bureau and bureau + x in written:
                x = bureau + x
        out.append(x)
    return out


def item_bureaus(values) -> list[str]:
    """The bureau marks of one record's departments, each once: 「(健)こども育成課、健康支援課」 is one
    bureau, the mark written once before the departments that follow it in the same cell; a department
    written with none before any mark (議会事務局) has no bureau."""
    out: list[str] = []
    for x in values if isinstance(values, list) else [values]:
        m = _BUREAU_RE.match(nfkc(x)) if isinstance(x, str) else None
        if m and m.group() not in out:
            out.append(m.group())
    return out


def group_counts(rows: list[dict], fld: str) -> tuple[list[tuple[str, int]], int]:
    """Value counts, most first, and how many rows had no value (a blank end year is 継続中)."""
    from collections import Counter

    counter: Counter[str] = Counter()
    blank = 0
    written = {x for r in rows if isinstance(r.get(fld), list) for x in r[fld] if isinstance(x, str)}
    for r in rows:
        v = r.get(fld)
        if fld == "members" and isinstance(v, str) and v.startswith("{"):
            try:
                v = json.loads(v)
            except ValueError:
                pass
        if isinstance(v, dict) and fld == "members":
            # (members by their mark, 北浜市 → ○, "" where not taking part: the members marked)
            v = [k for k, x in v.items() if x]
        elif isinstance(v, dict):  # departments per municipality: a record counts once per department
            v = list(dict.fromkeys(v.values()))
        values = [x for x in (v if isinstance(v, list) else [v]) if x not in (None, "")]
        if isinstance(v, list):
            values = _bureau_carried(values, written)
        if not values and fld == "ended":
            values = ["継続中"]
        if not values:
            blank += 1
        for item in values:
            counter[str(item)] += 1
    return sorted(counter.items(), key=lambda t: (-t[1], t[0])), blank


# How a bound on a group's size is said (「2件以上の部会」).
BOUND_WORDS = {">=": "以上", "<=": "以下", ">": "より多い", "<": "未満", "=": "ちょうど"}


def group_names(rows: list[dict], fld: str) -> dict[str, str]:
    """A group value with the title its records carry beside it (initiative 11 → 「11 公共施設マネジメント
    の推進」), so that a group of a parent record reads as that record."""
    title = f"{fld}_title"
    return {str(r[fld]): f"{r[fld]} {r[title]}" for r in rows
            if r.get(title) and isinstance(r.get(fld), (str, int))}


def _printed_bureau(record: dict) -> str:
    """The 部 a record's document prints for it (a form's 所管部 box), '' where it prints none."""
    value = record.get("bureau")
    return nfkc(value).strip() if isinstance(value, str) else ""


def _record_bureaus(record: dict, group_by: str) -> list[str]:
    """The bureaus a record is of: the 部 its document prints for it, else its departments' marks ((総)職員課 → (総)):
    a form stating 所管部 健康福祉部 names its bureau, which no mark before its section's name does."""
    printed = _printed_bureau(record)
    return [printed] if printed else list(item_bureaus(record.get(group_by)))


def groups_left_out(q: Query) -> list[Condition]:
    """「行政監理室と窓口サービス課を除くと、実践項目がいちばん多い課」: the departments left out of a question over
    the departments' groups are groups left out, not records: an item two offices share still counts for the other."""
    if q.group_by != "departments" or q.aggregate not in ("distinct", "top_group", "groups_having") \
            or "bureau" in q.agg_parts:
        return []
    return [c for c in q.conditions if c.field == "@dept" and c.op == "!=" and _office_names(c.value)]


def _office_names(value) -> list[str]:
    """The names a condition on the offices holds: one name, or the names of no one municipality's cell."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and not value.get("city"):
        return [str(n) for n in value.get("names") or ()]
    return []


def _kept_groups(groups: list[tuple[str, int]], q: Query) -> list[tuple[str, int]]:
    """The groups but those left out (a name said without its bureau's mark leaves out every bureau's office)."""
    out = {nfkc(n) for c in groups_left_out(q) for n in _office_names(c.value)}
    return [(g, n) for g, n in groups if nfkc(str(g)) not in out and strip_bureau(nfkc(str(g))) not in out]


def aggregate_answer(q: Query, rows: list[dict]) -> dict:
    """The aggregates over groups and over aggregates (distinct, top_group, diff): the Answer's
    summary, value, count, rows and columns."""
    import statistics

    kind = kind_label(q.target)
    if q.aggregate in ("distinct", "top_group"):
        label = field_label(q.group_by, q.target)
        groups = _kept_groups(group_counts(rows, q.group_by)[0], q)
        bureaus = [str(c.value) for c in q.conditions if c.field == "@bureau" and c.op == "=" and isinstance(c.value, str)]
        if bureaus and q.group_by == "departments":
            # 「（財）の担当部署は何種類」: the bureau's departments, not those listed beside them on its records
            groups = [(g, n) for g, n in groups
                      if any(nfkc(g).startswith(f"({b})") for b in bureaus)]
        if "bureau" in q.agg_parts:
            # 「部局の略称は何種類」「担当が一番多い部」: each department's bureau mark ((総)職員課 → (総)); one
            # written with none has no bureau. A record counts once for each bureau its departments are of.
            marks: dict[str, int] = {}
            for r in rows:
                for mark in _record_bureaus(r, q.group_by):
                    marks[mark] = marks.get(mark, 0) + 1
            groups = sorted(marks.items(), key=lambda t: (-t[1], t[0]))
            label = "所管部" if any(_printed_bureau(r) for r in rows) else "部局の略称"
        if q.aggregate == "distinct":
            listed = "、".join(f"{g} {n}件" for g, n in groups[:8]) + (" …" if len(groups) > 8 else "")
            return {"summary": f"{kind} {len(rows)}件の{label}は全部で {len(groups)}種類です（{listed}）。",
                    "value": len(groups), "count": len(groups), "columns": ["group", "count"],
                    "rows": [{"key": f"group:{g}", "group": g, "count": n} for g, n in groups]}
        if not groups:
            return {"summary": f"{label}の値を持つ{kind}がありません。", "value": None, "count": 0, "rows": [],
                    "columns": []}
        best = groups[0][1] if q.descending else min(n for _, n in groups)
        word = "最も多い" if q.descending else "最も少ない"
        ranked = next((p for p in q.agg_parts if p.startswith(("after:", "rank:"))), "")
        if ranked:
            # 「R6の次に多いのは」「2番目に多いのは」: the size next after the named group's (or at the rank said)
            sizes = sorted({n for _, n in groups}, reverse=q.descending)
            if ranked.startswith("after:"):
                named = [n for g, n in groups if nfkc(str(g)) == ranked[6:]]
                later = [n for n in sizes if named and (n < named[0] if q.descending else n > named[0])]
                if not named or not later:
                    return {"summary": f"{label}別の件数で「{ranked[6:]}」の次の区分を決められませんでした（"
                                       + "、".join(f"{g} {n}件" for g, n in groups[:8]) + "）。",
                            "value": None, "count": len(groups), "columns": ["group", "count"],
                            "rows": [{"key": f"group:{g}", "group": g, "count": n} for g, n in groups]}
                best, word = later[0], f"{ranked[6:]}の次に{word[2:]}"
            else:
                k = int(ranked[5:])
                if k > len(sizes):
                    return {"summary": f"{label}別の件数は{len(sizes)}通りしかありません。", "value": None,
                            "count": len(groups), "columns": ["group", "count"],
                            "rows": [{"key": f"group:{g}", "group": g, "count": n} for g, n in groups]}
                best, word = sizes[k - 1], f"{k}番目に{word[2:]}"
        top = [g for g, n in groups if n == best]
        # (the records counted for a group: a department written without its bureau read as group_counts reads it)
        written = {x for r in rows if isinstance(r.get(q.group_by), list) for x in r[q.group_by] if isinstance(x, str)}
        members = [r for r in rows if any(str(x) in top for x in (_bureau_carried(r[q.group_by], written) if isinstance(
            r.get(q.group_by), list) else [r.get(q.group_by)]))]
        if "bureau" in q.agg_parts:  # (the records of the bureau: any of their departments of its mark)
            members = [r for r in rows if set(_record_bureaus(r, q.group_by)) & set(top)]
        value = best if "count" in q.agg_parts else "、".join(
            _BUREAU_RE.sub("", nfkc(g)) if "section" in q.agg_parts else g for g in top)
        names = group_names(rows, q.group_by)
        return {"summary": f"{kind}が{word}{label}は {'・'.join(names.get(g, g) for g in top)} で、{best}件です。",
                "value": value, "count": len(members), "rows": members, "columns": []}
    if q.aggregate == "groups_having":
        part, op, bound = q.agg_parts[0], q.agg_parts[1], int(q.agg_parts[2])
        label = field_label(q.group_by, q.target)
        names = group_names(rows, q.group_by)
        test = {">=": bound.__le__, "<=": bound.__ge__, ">": bound.__lt__, "<": bound.__gt__, "=": bound.__eq__}[op]
        passed = [(names.get(g, g), n) for g, n in _kept_groups(group_counts(rows, q.group_by)[0], q) if test(n)]
        sign = BOUND_WORDS[op]
        listed = "、".join(f"{g}（{n}件）" for g, n in passed)
        summary = (f"{kind}が{bound}件{sign}の{label}は {len(passed)}件です" + (f"（{listed}）。" if passed else "。"))
        if part == "members":  # 「…部会の事業はどれ」: the records of those groups
            held = {g for g, n in group_counts(rows, q.group_by)[0] if test(n)}
            members = [r for r in rows if any(str(x) in held for x in (r.get(q.group_by) if isinstance(
                r.get(q.group_by), list) else [r.get(q.group_by)]))]
            return {"summary": summary + f"その{kind}は {len(members)}件です。", "value": None, "count": len(members),
                    "rows": members, "columns": []}
        # (the value is the groups' names, as for the largest group: their counts are in the summary and the rows)
        return {"summary": summary, "value": len(passed) if part == "count" else ("、".join(g for g, _ in passed) or None),
                "count": len(passed), "columns": ["group", "count"],
                "rows": [{"key": f"group:{g}", "group": g, "count": n} for g, n in passed]}
    values = [float(r[q.agg_field]) for r in rows if _is_number(r.get(q.agg_field))]
    label = field_label(q.agg_field, q.target)
    if not values:
        return {"summary": f"{label}の値を持つ{kind}がありません。", "value": None, "count": 0, "rows": [],
                "columns": []}
    calc = {"max": max, "min": min, "avg": statistics.fmean}
    names = {"max": "最高", "min": "最低", "avg": "平均"}
    members = _members_scores(rows) if len(values) == 1 and q.agg_field == "committee_score" else {}
    if members:
        # 「重点項目Ⅰの最高点と最低点は何点差」: of the one record's committee, its members' scores (委員A …), not
        # its one average.
        a, b = (calc[p](members.values()) for p in q.agg_parts[:2])
        diff = round(abs(a - b), 2)
        shown = [int(x) if float(x).is_integer() else round(x, 2) for x in (a, b, diff)]
        return {"summary": f"委員ごとの点数（{'、'.join(f'{k} {int(v) if v.is_integer() else v}' for k, v in members.items())}）の"
                           f"{names[q.agg_parts[0]]} {shown[0]} と{names[q.agg_parts[1]]} {shown[1]} の差は {shown[2]} です。",
                "value": shown[2], "count": 1, "rows": rows, "columns": []}
    a, b = (calc[p](values) for p in q.agg_parts[:2])
    diff = round(abs(a - b), 2)
    shown = [int(x) if float(x).is_integer() else round(x, 2) for x in (a, b, diff)]
    if "both" in q.agg_parts[2:]:  # 「最高点と最低点は？」: the two asked, no one value
        return {"summary": f"{kind} {len(values)}件の{label}の{names[q.agg_parts[0]]}は {shown[0]}、"
                           f"{names[q.agg_parts[1]]}は {shown[1]} です。",
                "value": None, "count": len(values), "rows": rows, "columns": []}
    return {"summary": f"{kind} {len(values)}件の{label}の{names[q.agg_parts[0]]} {shown[0]} と"
                       f"{names[q.agg_parts[1]]} {shown[1]} の差は {shown[2]} です。",
            "value": shown[2], "count": len(values), "rows": rows, "columns": []}


def _members_scores(rows: list[dict]) -> dict[str, float]:
    """The members' scores (axes: {"委員A": 9, …}) of the one row holding a committee score, {} when it has none."""
    row = next((r for r in rows if _is_number(r.get("committee_score"))), None)
    axes = row.get("axes") if row else None
    if isinstance(axes, str):
        try:
            axes = json.loads(axes)
        except ValueError:
            return {}
    if not isinstance(axes, dict):
        return {}
    scores = {str(k): float(v) for k, v in axes.items() if _is_number(v)}
    return scores if len(scores) >= 2 and len(scores) == len(axes) else {}


def _is_number(v) -> bool:
    try:
        float(v)
    except (TypeError, ValueError):
        return False
    return v not in (None, "")


# The words of a state per year that end a record's run (終了) or begin it (新規): the state or its legend's meaning.
_END_STATE = compiled(r"終了|廃止|完了|終わ")
_START_STATE = compiled(r"新規|開始|新た|始ま")


# A department said to take any part in the records, main or sub (「関わっている」「主・副どちらも」「副担当も含めて」).
# 「主担当課が…」「…が主に担当」「主管課」: the main department only, where a record lists several.
_MAIN_ROLE = compiled(r"主担当|主に(?:担当|所管|受け持)|主管課|主所管")
_MAIN_SAID = "（主担当）"
_ANY_ROLE = compiled(r"関わ|携わ|主[・/／、と]副|主副|副(?:担当)?(?:課)?も(?:含|入)|(?:主|副)(?:担当)?[^。？?]{0,4}(?:どちらも|両方|いずれも)")


# A state that says a record is over: 終了, 完了, 廃止, 実施済み (not 終了予定).
_OVER_STATE = compiled(r"^(?:終了|完了|廃止|解散|事業終了)(?:済み?|した)?$")


_IN_THE_NAME = compiled(r"名前|名称|タイトル|件名|項目名|取組名")


# Kinds whose records are statements about the record they belong to (a member's comment on a 取組項目): its
# scores are the parent's, so 「その中で委員評価が高いほう」 orders them by it. A 実践項目 is scored of its own, and
# ordered by its 取組項目's score it would answer another question (「実践項目の委員評価の上位3件」 is said unread).
_ORDERED_BY_PARENT = {"comment"}


@dataclass
class _Sql:
    """A WHERE clause being built: its parts and their parameters."""
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)


def _year_num(expr: str) -> str:
    """SQL turning a fiscal year label into its western year (R4 → 2022, H27 → 2015; "" → NULL) so
    that years of two eras compare as years (H27 is before R1)."""
    from assistant.text.wareki import _ERA_BASE

    eras = " ".join(f"WHEN '{era}' THEN {base}" for era, base in _ERA_BASE.items() if len(era) == 1)
    label = f"(CASE upper(substr({expr}, 1, 1)) {eras} ELSE NULL END + CAST(substr({expr}, 2) AS INTEGER))"
    # A year kept as the sheet prints it (令和4年度(2022年度), 平成3年度, 元年度, 2022年度) compares as that year.
    n = f"(CASE WHEN substr({expr}, 3, 1) = '元' THEN 1 ELSE CAST(substr({expr}, 3) AS INTEGER) END)"
    named = " ".join(f"WHEN {expr} LIKE '{era}%' THEN {base} + {n}" for era, base in _ERA_BASE.items() if len(era) == 2)
    printed = (f"(CASE {named} WHEN {expr} GLOB '[12][0-9][0-9][0-9]年*' THEN CAST(substr({expr}, 1, 4) AS INTEGER)"
               f" ELSE NULL END)")
    return f"coalesce({label}, {printed})"


class Executor:
    def __init__(self, db: IndexReader, lexicon: Lexicon | None = None) -> None:
        self.db = db
        self.lexicon = lexicon
        # Pairs of words said as one phrase in this conversation (「支払いのキャッシュレス化」): a follow-up keeps
        # reading them so.
        self.phrases: set[tuple[str, str]] = set()
        memo = getattr(db, "memo", None)
        shape = memo.get("executor_shape") if memo is not None else None
        if shape is None:  # read once per connection: the index does not change under it
            tables = set(record_tables(db))
            columns = {t: list(db[t].columns_dict) for t in tables}
            # Kinds whose departments are an object municipality → department (joint projects), not a list.
            by_municipality = {
                t for t in tables if "departments" in columns[t] and db.execute(
                    f"SELECT 1 FROM [{t}] WHERE CASE WHEN json_valid(departments) THEN json_type(departments) END"
                    " = 'object' LIMIT 1").fetchone()}
            shape = (tables, columns, by_municipality)
            if memo is not None:
                memo["executor_shape"] = shape
        tables, columns, by_municipality = shape
        self.tables = set(tables)
        self.columns = {t: list(c) for t, c in columns.items()}
        self.departments_by_municipality = set(by_municipality)
        self._probed: dict[tuple, bool] = {}  # see exists

    # ------------------------------------------------------------------ resolution
    def _placed(self, q: Query, target: str, c: Condition, notes: list[str]) -> Condition | None:
        """A place in a printed list → the keys of the records there (of the target itself, or of the records the
        target's belong to). A place no list has, or one read in several documents' lists, leaves the answer partial
        and says so; a kind the target does not belong to is a condition not used, said too."""
        kind = c.field.split(":", 1)[1]
        if kind == target:
            field = "key"
        elif (kind, target) in LINKS and f"{LINKS[(kind, target)]}_key" in self.columns.get(target, ()):
            field = f"{LINKS[(kind, target)]}_key"
        else:
            field = ""
        if not field or kind not in self.tables:
            notes.append(f"「{c.label}」は{kind_label(target)}の条件にならないため使いませんでした")
            q.unused.append(c.label)
            q.dropped.append(c.label)
            return None
        sources = sorted({s for x in q.conditions if x.field == "source" and x.op in ("in", "=")
                          for s in (x.value if isinstance(x.value, list) else [x.value])})
        by_source = placed_keys(self.db, kind, c.value, sources or None)
        want = int(c.value.get("count", 1))
        whole = {s: keys for s, keys in by_source.items() if len(keys) == want}
        if not whole:
            notes.append(f"「{c.label}」に当たる{kind_label(kind)}が一覧にありません")
            q.unused.append(c.label)
            q.dropped.append(c.label)
            return Condition(field, "in", [], c.label)
        if len(whole) > 1:
            # (two towns' lists: the place is read in each, and the answer says it could not tell which list)
            notes.append(f"「{c.label}」は{len(whole)}つの資料の一覧それぞれで数えました（どの資料の一覧か決まりません）")
            q.unused.append(c.label)
        return Condition(field, "in", [k for keys in whole.values() for k in keys], c.label)

    def _over_states(self, target: str) -> list[str]:
        """The states a kind's 状況 column prints that say a record is over (終了, 完了, 廃止)."""
        return [v for (v,) in self.db.execute(f"SELECT DISTINCT status FROM [{target}] WHERE status IS NOT NULL")
                if isinstance(v, str) and _OVER_STATE.match(nfkc(v).replace(" ", ""))]

    def _linked_title_sources(self, q: Query, target: str) -> None:
        """「公共施設の最適化の改革項目で…取組は」: an initiative named by its title is pinned to the documents that
        print it (資料 = the committee's paper); the items asked are those the index links to it (initiative_key),
        printed in another document of the same plan (the plan report's tables): those documents are the scope too."""
        link = f"{LINKS[('initiative', target)]}_key" if ("initiative", target) in LINKS else ""
        if not link or link not in self.columns.get(target, ()):
            return
        for i, c in enumerate(q.conditions[:-1]):
            scope = q.conditions[i + 1]
            if c.field != "@title:initiative" or c.op not in ("=", "~=") or scope.field != "source" or scope.op != "in" \
                    or not str(scope.label).startswith("資料 = ") or not isinstance(scope.value, list):
                continue
            keys = [k for (k,) in self.db.execute(
                f"SELECT key FROM initiative WHERE code = ? AND source IN ({', '.join('?' * len(scope.value))})",
                [str(c.value), *scope.value]).fetchall()]
            if not keys:
                continue
            linked = [s for (s,) in self.db.execute(
                f"SELECT DISTINCT source FROM [{target}] WHERE [{link}] IN ({', '.join('?' * len(keys))})", keys).fetchall()]
            more = [s for s in linked if s not in scope.value]
            if more:
                q.conditions[i + 1] = Condition("source", "in", [*scope.value, *more],
                                                f"資料 = {'・'.join([*scope.value, *more])}")

    def resolve(self, q: Query) -> tuple[Query, list[str]]:
        """Pseudo-fields (@no, @dept, @overall, ...) → real fields of the target kind."""
        q = copy.deepcopy(q)  # the conversation keeps the unresolved query as context
        notes: list[str] = []
        target = q.target
        if not target:
            target = "practice" if q.conditions or q.aggregate else ""
        q.target = target
        if target in ("", "passage"):
            return q, notes
        named = [c.field.split(":", 1)[1] for c in q.conditions if c.field.startswith("@title:") and c.op == "="]
        if named and not any(self._title_applies(k, target) for k in named) and named[0] in self.tables:
            # 「埼玉県東南部…事業の課題」: the named record decides; 課題 becomes its 課題 cell.
            notes.append(f"「{kind_label(target)}」ではなく名前の挙がった{kind_label(named[0])}について答えます")
            asked = {"challenge": "issues", "sheet": "notes"}.get(target, "")
            target = q.target = named[0]
            if asked in self.columns.get(target, []) and not q.value_field:
                q.value_field = asked
        holder = self._holder_of_aggregated(q, target)
        if holder:
            # 「（ICTのテーマの実践項目のあと）そのテーマの審議会評価平均は？」: a figure only the records the target's
            # belong to hold, over those records, the conditions being theirs too.
            notes.append(f"「{field_label(q.agg_field, holder)}」は{kind_label(holder)}の項目のため、{kind_label(holder)}について計算しました")
            target = q.target = holder
        cols = set(self.columns.get(target, []))
        out: list[Condition] = []
        city = next((c.value for c in q.conditions if c.field == "@city_dept"), None)
        asked = any(c.field == "@city_dept" and c.op == "ask" for c in q.conditions)
        if city and target in self.departments_by_municipality and q.value_field in ("", "departments") \
                and (asked or not any(c.field == "@dept" for c in q.conditions)):
            # 「…について、岡山市の担当部署を教えて」: that municipality's department is the value asked for.
            q.value_field, q.value_part = "departments", city
        self._linked_title_sources(q, target)
        figure_years: set[str] = set()  # (years said that the figure of a part's year took: 「R6の達成率」)
        for c in q.conditions:
            f = c.field
            if f == "@set":  # (two sides joined by a set operation: each side resolved as conditions of its own)
                sides = []
                for side in sides_of(c):
                    one, said = self.resolve(Query(question=q.question, target=target, conditions=list(side)))
                    notes += said
                    q.unused += [u for u in one.unused if u not in q.unused]
                    q.dropped += [u for u in one.dropped if u not in q.dropped]
                    sides.append(one.conditions)
                out.append(Condition(f, c.op, sides, c.label))
                if c.op in ("xor", "and_not") and self._words_grouped_by(target, out[-1]):
                    parent = registry.record_kinds()[target].parent[1]
                    notes.append(f"{kind_label(target)}は{kind_label(parent)}ごとにまとめて、どの語が出てくるかを見ました")
                continue
            kid = next((k for (p, k) in LINKS if p == target and _names_kind(items_called_torikumi(q.question, self.lexicon), k)
                        and all(x == "@overall" or x in self.columns.get(k, ()) for x in c.value.get("fields", ()))),
                       "") if f == "@grades" and isinstance(c.value, dict) and isinstance(q.question, str) else ""
            if kid:
                # 「×の評価を受けた取組が一つもない重点項目」: the yearly grades of the parts the question names, not the
                # groups' own (the groups holding at least one such part; none, said with 一つもない)
                fields = [("overall" if "overall" in self.columns.get(kid, ()) else "") if x == "@overall" else x
                          for x in c.value["fields"]]
                out.append(Condition(f"@child:{kid}", c.op, {"link": LINKS[target, kid], "field": "@grades",
                                                             "value": {**c.value, "fields": [x for x in fields if x]}},
                                     f"{c.label}の{kind_label(kid)}を含む"))
                continue
            if f == "@city_dept":
                if target in self.departments_by_municipality and "departments" in cols:
                    # 「北山町の担当課」: only a table with a column for that municipality has its department
                    # (another table's project of the same number is no answer).
                    out.append(Condition("departments", "city_column", c.value, f"{c.value}の担当課の欄がある表"))
                continue
            if f.startswith("@place:"):  # 「最後の取組項目」「3番目の実践項目」: grammar/list_places.py
                placed = self._placed(q, target, c, notes)
                if placed is not None:
                    out.append(placed)
                continue
            if f == "@no":
                f = {"practice": "initiative", "comment": "initiative", "sheet": "initiative"}.get(target, "code")
                headed = self._numbers_with_word_head(c.value) if c.op == "=" and f in ("code", "initiative") \
                    and target in ("initiative", "practice", "comment", "sheet") else []
                if headed:
                    # 「重点取組2」 of a document printing its number with its word's head (重点2): that code too
                    c = Condition(c.field, "in", [c.value, *headed], c.label)
                if target in _SHEET_KINDS - {"sheet"}:
                    c = Condition("@practice_of_initiative", c.op, c.value, c.label)
                    f = c.field
            elif f.startswith("@title:"):
                kind = f.split(":", 1)[1]
                c = Condition(f, c.op if c.op in ("in", "not_in", "!=") else "=", c.value, c.label)
                if kind == target:
                    f = "code"
                elif kind == "initiative" and "initiative" in cols:
                    f = "initiative"
                elif kind == "initiative" and "practice" in cols:
                    f = "@practice_of_initiative"
                elif kind == "practice" and "practice" in cols:
                    f = "practice"
                elif kind == "practice" and target == "initiative":
                    f = "@initiative_of_practice"
                elif kind == "program" and "program" in cols:
                    f = "program"
                else:
                    notes.append(f"「{c.label}」は{kind_label(target)}の条件にならないため使いませんでした")
                    continue
            elif f == "@document_named":
                sources = self._sources_naming(target, c.value)
                if not sources:
                    notes.append(f"「{c.value}」は{kind_label(target)}の資料に出てこないため、その条件なしで答えます")
                    q.unused.append(c.value)
                    continue
                c = Condition("source", "in", sources, c.label)
                f = "source"
            elif f == "@overall":
                f = {"initiative": "self_overall"}.get(target, "overall")
                if f not in cols and any(child == target and "self_overall" in self.columns.get(p, ())
                                         for (p, child) in LINKS):
                    f = "self_overall"  # comments of an initiative graded B: their 取組項目's grade
            elif f == "@grades" and "@overall" in c.value.get("fields", ()):
                overall = {"initiative": "self_overall"}.get(target, "overall")
                fields = [overall if x == "@overall" else x for x in c.value["fields"]]
                c = Condition(f, c.op, {**c.value, "fields": fields}, c.label)
            elif f in ("@score", "@default") and (points := self._points_year(target, q.conditions)):
                # 「2025年度に5点」 of a report grading its years in points: the year's grade, not a total.
                f = points
                c = Condition(f, c.op, c.value, c.label.replace("{score}", field_label(f, target))
                              .replace("{default}", field_label(f, target)))
            elif f in ("@score", "@default"):
                f = self._score_field(target, c.value, q.conditions)
            elif f == "@dept" and isinstance(c.value, dict):  # a municipality's own cell, said with its name
                out.append(c)
                continue
            elif f == "@dept":
                names = c.value if isinstance(c.value, list) else [c.value]
                op = c.op if c.op in ("!=", "only") else "="
                of = None if asked else city  # (the city whose department is asked is not the condition's)
                label = f"{of}の{c.label}" if of and target in self.departments_by_municipality else c.label
                value = {"names": names, "city": of}
                # (「令和4年度に企画課が担当していた」: each year said, where records name each year's department;
                # 「令和5年度から令和8年度までずっと」 says both ends)
                years = [y.field for y in q.conditions if y.op == "evaluated" and is_year_field(y.field)]
                if years and all(f"{y}_dept" in cols for y in years):
                    value["years"] = years
                    label = f"{'・'.join(y.upper() for y in years)}の{label}"
                if op == "=" and "departments" in cols and target not in self.departments_by_municipality and (
                        _MAIN_SAID in str(c.label) or isinstance(q.question, str) and _MAIN_ROLE.search(nfkc(q.question))
                        and not _ANY_ROLE.search(nfkc(q.question))):
                    # (「主担当課が人事課」「人事課が主に担当」 of a cell listing several, the main one first: that one;
                    # said in the condition's label, which a follow-up carrying it reads so too)
                    value["main_only"] = True
                    if _MAIN_SAID not in str(c.label):
                        c.label = f"{c.label}{_MAIN_SAID}"
                        label = f"{label}{_MAIN_SAID}"
                if "related" in cols and op == "=" and isinstance(q.question, str) and _ANY_ROLE.search(nfkc(q.question)):
                    # (「資産経営課が関わってる取組（主・副どちらも）」: the sub department's column too)
                    value["with_related"] = True
                    label = f"{label}（副担当・関係課を含む）"
                out.append(Condition("@dept", op, value, label))
                continue
            if f not in cols and (alias := next((a for a in FIELD_ALIASES.get(f, ()) if a in cols), None)):
                # 「財務部が所管する取組」: the field of this kind that means the same (the initiatives' 所管部)
                f = alias
                c = Condition(f, c.op, c.value, c.label)
            label = c.label.replace("{score}", field_label(f, target)).replace("{default}", field_label(f, target))
            said_child = next((k for (p, k) in LINKS if p == target and f in self.columns.get(k, ())
                               and (_names_kind(items_called_torikumi(q.question, self.lexicon), k)
                                    # (「ぶら下がる施策が」: the word a document calls those items by, read from the index)
                                    or any(word in q.question and table == k for word, (table, _) in
                                           getattr(self.lexicon, "item_word_sources", {}).items()))), "") \
                if f not in cols and is_year_field(f) and isinstance(q.question, str) else ""
            if said_child and c.op not in {**_FIELD_OPS, **_GRADE_OPS}:
                # 「令和13年度にC以下の評価がついた取組を抱えている柱」: a year the groups have no grades for, of the
                # items the question names: the groups holding at least one item graded so.
                # (「ぶら下がる施策がすべてAかB」: every one of them)
                every = c.op in INVERT and bool(_EVERY_PART.search(nfkc(q.question)))
                out.append(Condition(f"@child:{said_child}", c.op, {"link": LINKS[target, said_child], "field": f,
                                                                     "value": c.value, **({"all": True} if every else {})},
                                     f"{label}の{kind_label(said_child)}{'のみ（すべてが当てはまる）' if every else 'を含む'}"))
                continue
            if f not in cols and is_year_field(f) and year_fields(cols):
                # A year this kind has no grades for: no record has that grade.
                notes.append(f"{f.upper()}の評価は索引にありません（評価がある年度: "
                             + "・".join(x.upper() for x in year_fields(cols)) + "）")
                out.append(Condition("@never", c.op, c.value, label))
                continue
            if f in ("ended", "start_year", "started") and f not in cols and "states_by_year" in cols \
                    and (state := self._year_state(target, f, c.op, c.value, label)) is not None:
                # 「令和4年度末で終わる」「令和4年度に新しく始まった」 of projects whose sheets print each year's 状況
                # (新規/実施中/終了): the year's state that says so, as the legend words it.
                out.append(state)
                continue
            if f == "ended" and f not in cols and c.op in ("not_empty", "empty") and "status" in cols \
                    and (over := self._over_states(target)):
                # 「終了した連携事業」 of a list printing each project's 状況 (実施中 / 検討中 / 終了), no end year: the
                # states that say it is over
                out.append(Condition("status", "in" if c.op == "not_empty" else "not_in", over,
                                     f"状況 = {'・'.join(over)}" if c.op == "not_empty" else f"状況 ≠ {'・'.join(over)}"))
                continue
            if c.op in ("grade_rise_by", "grade_fall_by") and c.value[0] not in cols:
                notes.append(f"「{label}」は{kind_label(target)}にない項目なので使いませんでした")
                q.unused.append(label)
                q.dropped.append(label)
                continue
            if c.op in _GRADE_OPS and c.value not in cols:  # 「…と総合評価」 of a kind whose 総合評価 is another field
                alias = next((a for a in FIELD_ALIASES.get(str(c.value), ()) if a in cols), None)
                if alias:
                    c = Condition(c.field, c.op, alias, c.label)
            parent = next((p for (p, child) in LINKS if child == target and f in self.columns.get(p, ())), "") \
                if f not in cols and not f.startswith("@") and c.op not in {**_FIELD_OPS, **_GRADE_OPS} else ""
            if parent:  # 「取組終了が令和4年9月の進捗状況シート」: a field of the record the part belongs to
                out.append(Condition(f"@parent:{parent}", c.op, {"link": LINKS[parent, target], "field": f, "value": c.value},
                                     f"{label}（{kind_label(parent)}の項目）"))
                continue
            yearly = next((k for (p, k) in LINKS if p == target and f in self.columns.get(k, ())
                           and "year" in self.columns.get(k, ())
                           # (「実績が目標を下回った」: two figures of the same part compared, both of the part's fields)
                           and (c.op not in _FIELD_OPS or _figure_of(c.value, self.columns.get(k, ())))), "") \
                if f not in cols and not f.startswith("@") and f != "text" \
                and c.op not in _GRADE_OPS else ""
            said_years = [y.field for y in q.conditions if y.op == "evaluated" and is_year_field(y.field)]
            if not said_years and yearly:
                # (「Ｒ６に目標を達成した事業」 of records with no yearly grades of their own: the year said is read as
                # the year whose parts to prefer, @part_year; it is the year of the figure too)
                said_years = [str(y.value).lower() for y in q.conditions if y.field == "@part_year" and y.op == "="
                              and isinstance(y.value, str) and is_year_field(y.value.lower())]
            if yearly and c.op in _FIELD_OPS:
                c = Condition(f, c.op, _figure_of(c.value, self.columns.get(yearly, ())), c.label)
            if yearly and len(said_years) == 1:
                # 「2024年度の達成率が100%以上の施策」: a figure the records' parts of each year hold (目標値・実績値・
                # 達成率 of a measure sheet's year), of the one year said: the records whose part of that year meets it.
                year = said_years[0].upper()
                out.append(Condition(f"@child:{yearly}", c.op, {"link": LINKS[target, yearly], "field": f,
                                                                 "value": c.value, "year": year},
                                     f"{year}の{label}"))
                figure_years.add(said_years[0])
                continue
            # (or the parts whose text the question's words are sought in as their parent's: 「蓮見委員の意見」→「その中で研修に
            # 触れているのはどの重点項目」 keeps the member of the opinions it searches)
            holders = [k for (p, k) in LINKS if p == target and f in self.columns.get(k, ())]
            child = next((k for k in holders
                          if (_names_kind(items_called_torikumi(q.question, self.lexicon), k) or _words_sought_in(k, f, q)
                              # (「解決方法に「研修」とある実践項目」: words in a column only one part of the records has)
                              or (c.op == "contains" and len(holders) == 1)
                              # (「丹羽さんの意見は…」→「柏木さんのは？」: a name of a closed list no kind but the one part
                              # holds, the member of an opinion, can only be said of the parts)
                              or (len(holders) == 1 and c.op in ("=", "in") and _closed_field(holders[0], f)
                                  and not any(f in kc for kn, kc in self.columns.items() if kn != holders[0])))),
                         "") if f not in cols and not f.startswith("@") and f != "text" \
                and c.op not in {**_FIELD_OPS, **_GRADE_OPS} else ""  # (words are sought in parts by q.scope)
            if child:
                # 「R4に終了した実践項目は、取組項目でいうと何種類」: a field of the parts the question names
                # too; the records holding at least one part that meets it.
                # (「ぶら下がる推進項目がすべて完了した施策」: every part of the record meets it)
                every = isinstance(q.question, str) and c.op in INVERT and bool(_EVERY_PART.search(nfkc(q.question)))
                said = (f"{kind_label(child)}の{label}" if c.op == "contains" and not every else
                        f"{label}の{kind_label(child)}{'のみ（すべてが当てはまる）' if every else 'を含む'}")
                out.append(Condition(f"@child:{child}", c.op, {"link": LINKS[target, child], "field": f, "value": c.value,
                                                                **({"all": True} if every else {})}, said))
                continue
            if c.op in _FIELD_OPS and c.value in _SAME_FIGURE and c.value not in cols and _SAME_FIGURE[c.value] in cols:
                # (「実績が計画を上回った」 over figures that print a year's 目標値 only: the plan's figure is that target,
                # a 区分 column naming the row 計画 beside 実績)
                c = Condition(f, c.op, _SAME_FIGURE[c.value], label)
            if f == "departments" and c.op in _MEMBER_OPS and "members" in cols:
                pass  # a table of ○ marks keeps who takes part in members (read for departments below)
            elif f not in cols and not f.startswith("@") and f != "text" or (c.op in _FIELD_OPS and c.value not in cols) \
                    or (c.op in _GRADE_OPS and c.value not in cols):
                notes.append(f"「{label}」は{kind_label(target)}にない項目なので使いませんでした")
                q.unused.append(label)  # a stated condition left out: the answer must say so first
                q.dropped.append(label)
                continue
            out.append(Condition(f, c.op, c.value, label))
            if getattr(c, "literal", False):  # (a quoted word, sought as written: parse.py)
                out[-1].literal = True
        if figure_years:
            # (the year said was the year of a part's figure, 「R6の達成率」: it asks no grade of the record's own in
            # that year, which records of a form printing one grade and yearly figures do not have)
            out = [c for c in out if not (c.op == "evaluated" and c.field in figure_years)]
        q.conditions = _none_of_the_parts(out, target)
        if q.order_by == "@score":
            q.order_by = self._score_field(target, None)
        if q.agg_field == "@score":
            q.agg_field = self._score_field(target, None)
        if q.value_field == "@score":  # (「重点取組１の平均は？」 of one record: query/mean_of_one.py)
            q.value_field = self._score_field(target, None)
        if q.agg_field and q.agg_field not in cols:
            notes.append(f"「{field_label(q.agg_field, q.target)}」は{kind_label(target)}にない項目です")
            q.unused.append(field_label(q.agg_field, q.target))
            q.agg_field = self._score_field(target, None)
        if q.group_by and q.group_by not in cols:
            q.group_by = next((a for a in FIELD_ALIASES.get(q.group_by, ()) if a in cols), q.group_by)
        if q.group_by == "ended" and "ended" not in cols and "year" in cols:
            q.group_by = "year"  # 「年度ごとに」 of records that each belong to one year (指標, 取組内容)
            if q.agg_parts == ["list"]:  # nothing asked to count them: each year's record is shown
                q.aggregate, q.group_by, q.agg_parts = "", "", []
        if q.group_by == "initiative" and target == "initiative":
            # (「委員の点数は取組項目ごとに付いてる」: the records grouped by themselves, one a group: nothing left unread)
            q.group_by = ""
            q.aggregate = ""
        if q.group_by and q.group_by not in cols and not q.group_by.startswith("@"):
            notes.append(f"「{field_label(q.group_by, q.target)}」は{kind_label(target)}にない項目です")
            q.unused.append(field_label(q.group_by, q.target))
        compared = {c.value.get("field") for c in q.conditions if c.field.startswith("@child:") and c.op in _FIELD_OPS
                    and isinstance(c.value, dict)}
        if q.value_field and q.value_field not in cols and q.value_field in compared:
            # (「実績が目標を下回ったのは」: the figure read as asked is the subject of the comparison of the records'
            # parts, a condition used, not a value to answer)
            q.value_field = ""
        if q.value_field and q.value_field in cols and self._named_heads_year(target, q):
            # (「未利用市有地の売却・貸付のR6の進捗は？」: the item's own document heads its yearly grades with the word
            # said, 進捗状況, and holds no figure of the field of that name: the year's grade is asked)
            q.value_field = self._year_result(q.value_field, target, q) or q.value_field
        if q.value_field and q.value_field not in cols:
            asked = q.value_field
            q.value_field = _alias_said(asked, cols, target, q.question) or self._year_result(asked, target, q)
            if not q.value_field:  # the asked field is said, never silently dropped
                notes.append(f"「{field_label(asked)}」は{kind_label(target)}にない項目です")
                q.unused.append(field_label(asked))
        return q, notes

    def _holder_of_aggregated(self, q: Query, target: str) -> str:
        """The kind holding the records of `target` (its parent) that has the field aggregated (avg, sum, max, min)
        and every plain field the conditions name, when the target has not that field; "" otherwise."""
        if q.aggregate not in ("avg", "sum", "max", "min") or not q.agg_field or q.agg_field.startswith("@") \
                or q.agg_field in self.columns.get(target, ()) or q.group_by:
            return ""
        plain = {c.field for c in q.conditions if not c.field.startswith("@") and c.field not in ("text", "source")}
        if any(c.field.startswith("@") for c in q.conditions):
            return ""  # (a condition the engine reads per kind: its meaning for the parent is not checked here)
        for parent, child in LINKS:
            cols = set(self.columns.get(parent, ()))
            if child == target and parent in self.tables and q.agg_field in cols and plain <= cols:
                return parent
        return ""

    def _year_state(self, target: str, f: str, op: str, value, label: str) -> Condition | None:
        """An end (or start) year asked of records keeping a state per year: the years (of those the records print)
        whose state is the legend's word for ending (終了, 廃止, 完了) or beginning (新規, 開始); None when the
        legend has no such word or the year is no label."""
        if op == "between" and isinstance(value, (list, tuple)) and len(value) == 2 \
                and all(isinstance(x, str) and label_to_fy(x) is not None for x in value):
            low, high = label_to_fy(value[0]), label_to_fy(value[1])
        elif op not in ("=", "<=", ">=", "<", ">") or not isinstance(value, str) or label_to_fy(value) is None:
            return None
        words = _END_STATE if f == "ended" else _START_STATE
        states, years = set(), set()
        for legend, by_year in self.db.execute(f"SELECT state_legend, states_by_year FROM [{target}] "
                                               "WHERE coalesce(states_by_year, '') NOT IN ('', '{}')"):
            try:
                states |= {k for k, meaning in json.loads(legend or "{}").items() if words.search(f"{k} {meaning}")}
                years |= set(json.loads(by_year))
            except (TypeError, ValueError):
                continue
        fy = label_to_fy(value) if op != "between" else None
        cmp = {"=": lambda y: y == fy, "<=": lambda y: y <= fy, ">=": lambda y: y >= fy, "<": lambda y: y < fy,
               ">": lambda y: y > fy, "between": lambda y: low <= y <= high}[op]
        chosen = sorted(y for y in years if label_to_fy(y) is not None and cmp(label_to_fy(y)))
        if not states:
            return None
        said = "・".join(sorted(states))
        return Condition("states_by_year", "year_state_in", {"years": chosen, "states": sorted(states)},
                         f"{label}（年度別の状況が「{said}」）")

    def _titled_year_sources(self, target: str, fld: str) -> list[str]:
        """The documents of `target` that grade their records in no year at all and whose title names the year
        of `fld` (「令和６年度 …委員会 判定結果」): a year said of their records is the document's year."""
        if not is_year_field(fld):
            return []
        memo = getattr(self.db, "memo", None)
        key = ("titled_year_sources", target, fld)
        if memo is not None and key in memo:
            return memo[key]
        from assistant.text.wareki import find_years

        years = [c for c in self.columns.get(target, []) if is_year_field(c)]
        graded = " OR ".join(f"coalesce(t.[{c}], '') NOT IN ({_NO_GRADE})" for c in years) or "0"
        out = []
        for source, title in self.db.execute(
                f"SELECT d.source, d.title FROM documents d WHERE d.source IN (SELECT DISTINCT source FROM [{target}]) "
                f"AND NOT EXISTS (SELECT 1 FROM [{target}] t WHERE t.source = d.source AND ({graded}))"):
            if any(y.label.lower() == fld for y in find_years(nfkc(title or ""))):
                out.append(source)
        if memo is not None:
            memo[key] = out
        return out

    def _named_heads_year(self, target: str, q: Query) -> bool:
        """Whether the one record a question names by its code heads its grades with a word (result_word) and
        leaves the asked field blank."""
        cols = set(self.columns.get(target, []))
        codes = [c.value for c in q.conditions if c.field == "code" and c.op == "=" and isinstance(c.value, str)]
        if len(codes) != 1 or "result_word" not in cols or q.value_field not in cols:
            return False
        row = self.db.execute(f"SELECT result_word, [{q.value_field}] FROM [{target}] WHERE code = ?", [codes[0]]).fetchall()
        return len(row) == 1 and bool(row[0][0]) and row[0][1] in (None, "")

    def _year_result(self, asked: str, target: str, q: Query) -> str:
        """「個別取組12の令和6年度の実績は？」: the year's grade field, when the one year said is graded in the target's
        records and their document heads that year's grade with the word said for the asked field (a report
        printing 計画 │ 実績 under each year: result_word); "" otherwise."""
        cols = set(self.columns.get(target, []))
        years = [c.field for c in q.conditions if c.op == "evaluated" and is_year_field(c.field) and c.field in cols]
        if len(years) != 1 or "result_word" not in cols:
            return ""
        from assistant.query.vocabulary import VALUE_FIELDS

        words = [w for w in {field_label(asked), *(w for w, name in VALUE_FIELDS if name == asked)} if w and w in q.question]
        for word in sorted(words, key=len, reverse=True):
            # (or the head said short: 「進捗」 for a block headed 進捗状況)
            if self.db.execute(f"SELECT 1 FROM [{target}] WHERE result_word = ? OR result_word = ? || '状況' LIMIT 1",
                               [word, word]).fetchone():
                return years[0]
        return ""

    def _numbers_with_word_head(self, value) -> list[str]:
        """Initiative codes printing the number `value` after a part of what their document calls them
        (重点2 where the initiatives are called 重点取組): what 「重点取組2」 names there."""
        if not isinstance(value, str) or not value.isdigit() or "initiative" not in self.tables \
                or "called" not in self.columns.get("initiative", ()):
            return []
        rows = self.db.execute("SELECT DISTINCT code, called FROM initiative WHERE code LIKE ? AND code != ?",
                               [f"%{value}", value]).fetchall()
        return sorted({code for code, called in rows for head in [re.fullmatch(rf"(\D{{1,4}}){value}", code or "")]
                       if head and called and head.group(1) in nfkc(called)})

    def _sources_naming(self, target: str, name: str) -> list[str]:
        """The documents holding records of `target` whose title or text contains the name."""
        own = record_sources(self.db, target)
        titled = {r[0] for r in self.db.execute("SELECT source FROM documents WHERE instr(title, ?) > 0", [name])}
        # (「推進委員会の意見書」: a document whose own name says it — title or file name — before one that only
        # mentions the body in its text)
        named = own & {r[0] for r in self.db.execute("SELECT source FROM documents WHERE instr(title, ?) > 0 "
                                                     "OR instr(source, ?) > 0", [name, name])}
        if named:
            return sorted(named)
        return sorted(own & (titled | set(passage_sources(self.db, name))))

    def _title_applies(self, kind: str, target: str) -> bool:
        """Whether a record named by its title can be a condition on records of `target`."""
        cols = set(self.columns.get(target, []))
        return kind == target or kind in cols or (kind == "initiative" and "practice" in cols) or \
            (kind == "practice" and target == "initiative")

    def _points_year(self, target: str, conditions: list[Condition]) -> str:
        """The one fiscal year a question dates its points with (「2025年度に5点」), when the target's
        records grade that year in points (a number, as a legend of 5段階 defines them); "" otherwise."""
        years = [c.field for c in conditions if c.op == "evaluated" and is_year_field(c.field)]
        if len(years) != 1 or years[0] not in self.columns.get(target, ()):
            return ""
        memo = getattr(self.db, "memo", None)
        key = ("points_year", target, years[0])
        if memo is not None and key in memo:
            return memo[key]
        # (a group's figure of the year, the mean of its items' points, 3.4, is read the same)
        found = self.db.execute(f"SELECT 1 FROM [{target}] WHERE [{years[0]}] GLOB '[0-9]' "
                                f"OR [{years[0]}] GLOB '[0-9][0-9]' OR [{years[0]}] GLOB '[0-9].[0-9]*' LIMIT 1").fetchone()
        out = years[0] if found else ""
        if memo is not None:
            memo[key] = out
        return out

    def _own_text_fields(self, kind: str) -> list[str]:
        """The text fields of a kind none of whose records has a passage (the word is sought in the
        cells instead); [] for a kind with passages, whose text search is the passages'."""
        memo = getattr(self.db, "memo", None)
        key = ("own_text_fields", kind)
        if memo is not None and key in memo:
            return memo[key]
        from assistant.kinds.spec import Field

        out: list[str] = []
        rk = registry.record_kinds().get(kind)
        if rk is not None and kind in self.tables \
                and self.db.execute("SELECT 1 FROM passages WHERE key >= ? AND key < ? LIMIT 1",  # (by the key index)
                                (kind + ":", kind + ";")).fetchone() is None:
            out = [f.name for f in rk.fields if isinstance(f, Field) and f.type == "text"
                   and f.name in self.columns.get(kind, [])]
        if memo is not None:
            memo[key] = out
        return out

    def _holds(self, kind: str, word: str) -> bool:
        """Whether any record of the kind holds the word (or a word of its stance) in its own passages."""
        return any(word_keys(self.db, w, kind) not in (None, "[]") for w in STANCE_OF.get(word, (word,)))

    def _score_field(self, target: str, value, conditions: list[Condition] = ()) -> str:
        if target == "initiative":
            # Committee scores are out of 5; a larger number can only be a total, unless the documents asked
            # score out of more (「10点満点」: committee_scale) and print no total.
            if value is None or float(value) <= 5:
                return "committee_score"
            return "committee_score" if self._scored_out_of(float(value), conditions) else "total"
        return {"practice": "total", "self_eval": "progress", "indicator": "rate"}.get(target, "total")

    def _scored_out_of(self, value: float, conditions) -> bool:
        """Whether the initiatives in the question's scope (its documents, when it names them) are scored by a
        committee out of `value` points or more and hold no total of their own."""
        cols = self.columns.get("initiative", [])
        if "committee_scale" not in cols:
            return False
        where, params = ["committee_scale >= ?"], [value]
        scope = next((c.value for c in conditions if c.field == "source" and c.op == "in" and c.value), None)
        if scope:
            where.append(f"source IN ({','.join('?' * len(scope))})")
            params += list(scope)
        if "total" in cols:
            where.append("total IS NULL")
        return self.db.execute(f"SELECT 1 FROM initiative WHERE {' AND '.join(where)} LIMIT 1", params).fetchone() is not None

    # ------------------------------------------------------------------ SQL
    def _words_grouped_by(self, target: str, c: Condition) -> str:
        """The field linking remarks to the record they are on (a comment's initiative), when a set operation of
        `c` asks only which words a remark holds: the remarks on one record read together (text_of_parent), as
        its 委員の意見 is one section of the report. "" otherwise."""
        rk = registry.record_kinds().get(target)
        if not (rk and rk.parent and getattr(rk, "text_of_parent", False)) or rk.parent[0] not in self.columns.get(target, []):
            return ""
        if not all(part.field == "text" for side in sides_of(c) for part in side):
            return ""
        return rk.parent[0]

    def condition_sql(self, target: str, c: Condition, sql: _Sql, scope: list[str] | None = None) -> None:
        if c.field == "@set":
            # (set_operations.py: each side all its conditions, 0 where it holds none; NULL is not holding)
            held = []
            for side in sides_of(c):
                one = _Sql()
                for part in side:
                    self.condition_sql(target, part, one, scope)
                held.append(("coalesce((" + " AND ".join(f"({w})" for w in one.where) + "), 0)" if one.where else "1",
                             one.params))
            (a, pa), (b, pb) = held
            link = self._words_grouped_by(target, c)
            if link and c.op in ("xor", "and_not"):
                # (remarks on one record: whether the words are there is a matter of all its remarks together, the
                # remarks shown being those holding a word that decided it)
                group = "((t.[{0}], t.source) IN (SELECT t.[{0}], t.source FROM [{1}] t WHERE {2}))"
                ga, gb = group.format(link, target, a), group.format(link, target, b)
                if c.op == "xor":
                    sql.where.append(f"({ga} <> {gb}) AND ({a} OR {b})")
                    sql.params.extend([*pa, *pb, *pa, *pb])
                else:
                    sql.where.append(f"{ga} AND NOT {gb} AND {a}")
                    sql.params.extend([*pa, *pb, *pa])
                return
            joint = {"xor": f"({a} <> {b})", "or": f"({a} OR {b})", "and_not": f"({a} AND NOT {b})"}[c.op]
            sql.where.append(joint)
            sql.params.extend([*pa, *pb])
            return
        col = f"t.[{c.field}]" if not c.field.startswith("@") else ""
        if col and (c.field in _grade_fields() or is_year_field(c.field)):
            col = f"upper({col})"  # (a report printing lower-case grades, a–d, is asked in A–D)
        op, v = c.op, c.value
        if c.field == "@ran_in" and {"start_year", "end_year"} <= set(self.columns.get(target, [])):
            # 「令和13年度に実施されていなかった」 of projects printed with a period (R11～, R11～R13, R12): the year
            # falls in it when it began by then and has no end, or ended then or later.
            start, end = _year_num("t.[start_year]"), _year_num("t.[end_year]")
            ran = f"({start} <= ? AND (coalesce(t.[end_year], '') = '' OR {end} >= ?))"
            # (a project printing no period is neither: only those whose start is printed are compared)
            sql.where.append("coalesce(t.[start_year], '') <> ''")
            sql.where.append(ran if op == "=" else f"coalesce({ran}, 0) = 0")
            sql.params.extend([label_to_fy(str(v))] * 2)
            return
        if op == "after_first" and col:
            # 「途中の年度から始まった」: a year after the earliest any record of the same document holds
            first = f"(SELECT min({_year_num('p.[' + c.field + ']')}) FROM [{target}] p WHERE p.source = t.source)"
            sql.where.append(f"({_year_num(col)} > {first})")
            return
        if op == "differs_between":
            # (a field kept per year where it changed: its values of the two years are both printed and differ)
            a, b = (f"json_extract(t.[{c.field}], '$.{y}')" for y in v[:2])
            sql.where.append(f"({a} IS NOT NULL AND {b} IS NOT NULL AND {a} <> {b})")
            return
        if op == "year_state_in":
            # (the years whose state is one of the words: 「令和4年度末で終わる」 → R4 終了)
            ors = [f"json_extract(t.[{c.field}], '$.{y}') IN ({','.join('?' * len(v['states']))})" for y in v["years"]]
            sql.where.append("(" + " OR ".join(ors) + ")" if ors else "0")
            for _ in v["years"]:
                sql.params.extend(v["states"])
            return
        if op in ("state_is", "state_is_not") and not c.field.startswith("@child:"):
            # (「終了した取組がひとつもない重点項目」: the items' state, read below through the items)
            # 「完了した」: the 状況 a document states (完了), or, for an item of a document stating none, its end
            # year (written: ended; blank: going on), so that two reports' items are asked alike.
            cols = self.columns.get(target, [])
            ended = "coalesce(t.[ended], '') GLOB '*[0-9０-９元]*'" if "ended" in cols else "0"
            fallback = {"ended": ended, "going_on": f"NOT {ended}"}.get(v.get("else", ""), "0")
            clause = f"(coalesce({col}, '') = ? OR (coalesce({col}, '') = '' AND {fallback}))"
            sql.where.append(clause if op == "state_is" else f"NOT {clause}")
            sql.params.append(v["word"])
            return
        if c.field == "text" and op == "match_any":
            # 「RPAかAIの」 (the words joined by |): any of them, each sought as one word alone is (in the
            # records' own passages, else in those of their related records when their own hold it nowhere).
            parts = _Sql()
            for word in str(v).split("|"):
                one = Condition("text", "match", str(word), "")
                wider = scope or ([target] if self._holds(target, str(word)) else [target, *WIDER_SCOPE.get(target, [])])
                self.condition_sql(target, one, parts, wider)
            sql.where.append("(" + " OR ".join(parts.where) + ")" if parts.where else "0")
            sql.params.extend(parts.params)
            return
        if c.field == "text":
            clauses = []
            for kind in scope or [target]:
                if kind != target and ((target, kind) not in LINKS or kind not in self.tables):
                    continue
                # The records whose passages hold the word (or any word of its stance: 心配・懸念…),
                # read once per open index (store/search.py).
                # (match_any: words said as alternatives, 「高齢者や高齢化」, joined by |)
                words = str(v).split("|") if op in ("match_any", "not_match_any") else STANCE_OF.get(str(v), _scheme_forms(str(v)))
                if getattr(c, "literal", False):  # (a quoted word: as written, parse.py)
                    found_keys = [k for k in [literal_keys(self.db, str(v), kind)] if k is not None]
                else:
                    found_keys = [k for word in words if (k := word_keys(self.db, word, kind)) is not None]
                if kind == target and (own := self._own_text_fields(kind)):
                    # A kind whose records have no passages of their own (a sheet's yearly values): the
                    # word is sought in its text cells (「対象手続数」 in the indicator's name).
                    clauses.append("(" + " OR ".join(f"instr(coalesce(t.[{f}], ''), ?) > 0" for f in own) + ")")
                    sql.params.extend([str(v)] * len(own))
                if not found_keys:
                    continue
                keys = found_keys[0] if len(found_keys) == 1 else \
                    json.dumps(sorted({x for k in found_keys for x in json.loads(k)}), ensure_ascii=False)
                hits = "SELECT value FROM json_each(?)"
                if kind == target and not scope:
                    # (a sheet's block of lines holds its yearly entries: the word printed there is the sheet's,
                    # printed_within.py)
                    for part, parent_col in sibling_parts(target, self.columns):
                        part_keys = [k for word in words if (k := word_keys(self.db, word, part)) is not None]
                        if part_keys:
                            clauses.append(within_clause(part, parent_col))
                            sql.params.append(json.dumps(sorted({x for k in part_keys for x in json.loads(k)}),
                                                         ensure_ascii=False))
                if kind == target:
                    clauses.append(f"t.key IN ({hits})")
                else:
                    # The linked record of the same document: two reports both number their
                    # initiatives 1, 2, … and a remark of one must not name the other's.
                    clauses.append(f"(t.code, t.source) IN (SELECT r.[{LINKS[target, kind]}], r.source FROM [{kind}] r "
                                   f"WHERE r.key IN ({hits}))")
                    link = registry.link_column(kind)
                    if link and link in self.columns.get(kind, []):
                        # (or linked by key from another document: a paper of the members' opinions names its
                        # report's initiatives by number only, store/member_paper_links.py)
                        clauses[-1] = (f"({clauses[-1]} OR t.key IN (SELECT r.[{link}] FROM [{kind}] r "
                                       f"WHERE r.source <> t.source AND r.key IN ({hits})))")
                        sql.params.append(keys)
                sql.params.append(keys)
            if op == "not_match" and "title" in self.columns.get(target, []):
                # 「RPAのは除いて」: the items of the 取組項目 named so are about it too, whatever their own words
                # (records with names of their own; a comment is only its words).
                for (parent, child) in LINKS:
                    if child != target or parent not in self.tables or LINKS[parent, child] not in self.columns.get(target, []):
                        continue
                    keys = word_keys(self.db, str(v), parent)
                    if keys is None:
                        continue
                    clauses.append(f"(t.[{LINKS[parent, child]}], t.source) IN (SELECT p.code, p.source FROM [{parent}] p "
                                   f"WHERE p.key IN (SELECT value FROM json_each(?)) AND instr(coalesce(p.title, ''), ?) > 0)")
                    sql.params.extend([keys, str(v)])
            found = "(" + " OR ".join(clauses) + ")" if clauses else "0"
            sql.where.append(f"NOT {found}" if op in ("not_match", "not_match_any") else found)
            return
        if op in ("same_values", "not_same_values"):  # every side of a record (municipality → value) the same
            obj = f"json_each(CASE WHEN json_valid({col}) AND json_type({col}) = 'object' THEN {col} ELSE '{{}}' END)"
            same = (f"((SELECT count(DISTINCT j.value) FROM {obj} j) = 1 AND (SELECT count(*) FROM {obj} j) >= 2 "
                    f"AND (SELECT min(j.value) FROM {obj} j) <> '')")
            sql.where.append(f"NOT {same}" if op.startswith("not_") else same)
            return
        if c.field == "@part_times":  # 「効率性が1の年が3回以上」: how many of the record's yearly parts have the value
            part, link = v["part"], v["link"]
            if part not in self.tables or v["field"] not in self.columns.get(part, []):
                sql.where.append("0" if op == "part_times" else "1")
                return
            # (the rows of a year only: a part's summing-up row, 総括, is no year — lexicon.year_words)
            others = sorted(getattr(self.lexicon, "year_words", {}).get(part, set())) if self.lexicon else []
            skip = f" AND coalesce(p.[year], '') NOT IN ({', '.join('?' * len(others))})" if others else ""
            count = (f"(SELECT count(*) FROM [{part}] p WHERE p.[{link}] = t.code AND p.source = t.source{skip} "
                     f"AND CAST(p.[{v['field']}] AS REAL) = ?)")
            cmp = {">=": ">=", "<=": "<=", "<": "<", ">": ">", "=": "="}[v.get("cmp", ">=")]
            clause = f"{count} {cmp} ?"
            sql.where.append(clause if op == "part_times" else f"NOT ({clause})")
            sql.params.extend([*others, v["value"], v["n"]])
            return
        if c.field == "@dated_text":  # a month written in the record's text in any of its forms
            from assistant.kinds.spec import Field

            rk = registry.record_kinds().get(target)
            cols = [f.name for f in getattr(rk, "fields", ()) if isinstance(f, Field) and f.type == "text"
                    and f.name in self.columns.get(target, [])]
            clauses = [f"instr(coalesce(t.[{col}], ''), ?) > 0" for col in cols for _ in v]
            sql.where.append("(" + " OR ".join(clauses) + ")" if clauses else "0")
            sql.params.extend(form for _ in cols for form in v)
            return
        if c.field.startswith("@parent:"):  # a field of the record each row belongs to
            parent, inner = c.field.split(":", 1)[1], _Sql()
            self.condition_sql(parent, Condition(v["field"], op, v["value"], c.label), inner)
            # (the record of the same document: a second report numbers its 取組項目 as the first does)
            where = ' AND '.join(inner.where) or '1'
            if f"{v['link']}_key" in self.columns.get(target, []):
                # A report split in two documents: the item's own link to its parent's key (initiative:2@paper)
                # names the parent printed in the other document.
                sql.where.append(f"(t.[{v['link']}_key] IN (SELECT t.key FROM [{parent}] t WHERE {where}) OR "
                                 f"(t.[{v['link']}], t.source) IN (SELECT t.code, t.source FROM [{parent}] t WHERE {where}))")
                sql.params.extend(inner.params * 2)
            else:
                sql.where.append(f"(t.[{v['link']}], t.source) IN (SELECT t.code, t.source FROM [{parent}] t "
                                 f"WHERE {where})")
                sql.params.extend(inner.params)
            return
        if c.field.startswith("@child:"):  # a field of the records that belong to each row (one of them meets it)
            child, inner = c.field.split(":", 1)[1], _Sql()
            self.condition_sql(child, Condition(v["field"], op, v["value"], c.label), inner)
            if v.get("year"):  # (a figure of one year: that year's part only)
                inner.where.append("upper(t.[year]) = ?")
                inner.params.append(v["year"])
            where = ' AND '.join(inner.where) or '1'
            clause = f"(t.code, t.source) IN (SELECT t.[{v['link']}], t.source FROM [{child}] t WHERE {where})"
            params = list(inner.params)
            if f"{v['link']}_key" in self.columns.get(child, []):
                # (parts read from one document whose groups are another's records, 「重点項目Ⅰ」 of a committee's
                # paper: each part keeps the key of the record it belongs to)
                clause = f"({clause} OR t.key IN (SELECT t.[{v['link']}_key] FROM [{child}] t WHERE {where}))"
                params += list(inner.params)
            if v.get("all"):
                # (every part meets it: some part, and none that does not)
                other = _Sql()
                self.condition_sql(child, Condition(v["field"], INVERT[op], v["value"], c.label), other)
                rest = ' AND '.join(other.where) or '1'
                clause = (f"((t.code, t.source) IN (SELECT t.[{v['link']}], t.source FROM [{child}] t) AND "
                          f"(t.code, t.source) NOT IN (SELECT t.[{v['link']}], t.source FROM [{child}] t WHERE {rest}))")
                params = list(other.params)
            sql.where.append(f"NOT {clause}" if v.get("none") else clause)
            sql.params.extend(params)
            return
        if c.field == "@issue":  # 「Vol.8のモデル事業」: the records of the newsletters of that issue
            if "volume" in self.columns.get(target, []) and "article" in self.tables:
                # (a bulletin of several issues in one file: each record's own issue, 43 or 第43号; a newsletter of
                # one issue: every record of it)
                held = ("(t.volume IN (?, ?) OR (t.source IN (SELECT source FROM article WHERE volume = ?)"
                        " AND (SELECT COUNT(DISTINCT a.volume) FROM article a WHERE a.source = t.source) <= 1))")
                sql.where.append(held if op == "=" else f"NOT {held}")
                sql.params.extend([str(v), f"第{v}号", str(v)])
                return
            has = "article" in self.tables
            sql.where.append(("t.source IN (SELECT source FROM article WHERE volume = ?)" if has else "0")
                             if op == "=" else ("t.source NOT IN (SELECT source FROM article WHERE volume = ?)" if has else "1"))
            sql.params.extend([str(v)] if has else [])
            return
        if c.field == "@part_year":  # which part of the record to read first; no condition on records
            sql.where.append("1")
            return
        if c.field == "@never":  # a grade of a year the index has none for: no record (negated: every one)
            sql.where.append("0")
            return
        if c.field == "@bureau":  # a department of the bureau: its name starts with the prefix
            cols = set(self.columns.get(target, []))
            has = ("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({col}) THEN {col} ELSE '[]' END) j "
                   "WHERE j.value LIKE ? OR j.value LIKE ?)")
            own = next((c for c in ("departments", "bureau") if c in cols), "")  # (an initiative's 所管部)
            if op in ("unmarked", "several"):
                # 「部の略称が付いていない」: no department written with a mark; 「違う部の課が一緒に」: marks of two
                # bureaus or more (a department written without one after one with it is of that bureau)
                col = f"t.{own}"
                marks = (f"(SELECT count(DISTINCT substr(replace(replace(j.value, '（', '('), '）', ')'), 1, "
                         f"instr(replace(replace(j.value, '（', '('), '）', ')'), ')'))) "
                         f"FROM json_each(CASE WHEN json_valid({col}) THEN {col} ELSE '[]' END) j "
                         f"WHERE j.value LIKE '(%)%' OR j.value LIKE '（%）%')")
                if not own or target in self.departments_by_municipality:
                    sql.where.append("0")
                else:
                    sql.where.append(f"({col} IS NOT NULL AND {col} NOT IN ('', '[]') AND {marks} = 0)"
                                     if op == "unmarked" else f"({marks} >= 2)")
                return
            # (op in: 「(民)か(政)が担当」, marks said as alternatives: a department of any of them)
            marks = [str(m) for m in v] if op == "in" and isinstance(v, (list, tuple)) else [v]
            if op == "in" and isinstance(v, (list, tuple)):
                has = ("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({col}) THEN {col} ELSE '[]' END) j WHERE "
                       + " OR ".join(["j.value LIKE ? OR j.value LIKE ?"] * len(marks)) + ")")
            if own and target not in self.departments_by_municipality:
                clause = has.format(col=f"t.{own}")
            elif target == "initiative" and "practice" in self.tables:
                clause = f"t.code IN (SELECT p.initiative FROM practice p WHERE {has.format(col='p.departments')})"
            else:
                clause = "0"
            sql.where.append(f"NOT {clause}" if op == "!=" else clause)
            if clause != "0":
                for mark in marks:
                    sql.params.extend([f"({mark})%", f"（{mark}）%"])
            return
        if c.field == "@dept_suffix":
            # 「倉敷市側の担当部署が「〜課」ではない」: a department name of the cell (or of the record's departments)
            # ending in the word; negated, the cell names departments and none of them ends so.
            if "departments" not in self.columns.get(target, []):
                sql.where.append("0")
                return
            cells = (f"json_each(CASE WHEN json_valid(t.departments) THEN t.departments "
                     f"WHEN coalesce(t.departments, '') = '' THEN '[]' ELSE json_array(t.departments) END) j")
            city = " AND j.key = ?" if v.get("city") else ""
            words = "(' ' || replace(replace(replace(j.value, '　', ' '), '、', ' '), ',', ' ') || ' ')"
            ending = f"EXISTS (SELECT 1 FROM {cells} WHERE {words} LIKE ?{city})"
            named = f"EXISTS (SELECT 1 FROM {cells} WHERE trim(coalesce(j.value, '')) <> ''{city})"
            if op == "has_suffix":
                sql.where.append(ending)
                sql.params.extend([f"%{v['suffix']} %"] + ([v["city"]] if city else []))
            else:
                sql.where.append(f"({named} AND NOT {ending})")
                sql.params.extend(([v["city"]] if city else []) + [f"%{v['suffix']} %"] + ([v["city"]] if city else []))
            return
        if c.field == "@dept":
            clauses, params = [], []
            for name in v["names"]:
                each = []
                for year in v.get("years") or [""]:  # (each year said must name the department)
                    clause, args = self._dept_sql(target, name, v["city"], year)
                    each.append(clause)
                    params.extend(args)
                if v.get("main_only"):
                    # (the first department the record lists is its main one, as a cell of several prints it)
                    spellings = self._dept_spellings(name)
                    first = "json_extract(CASE WHEN json_valid(t.departments) THEN t.departments ELSE json_array(t.departments) END, '$[0]')"
                    each.append(f"({first} IN ({', '.join('?' * len(spellings))}) OR {first} LIKE ?)")
                    params.extend([*spellings, f"%){name}"])
                clauses.append("(" + " AND ".join(each) + ")")
            if v.get("with_related"):
                for name in v["names"]:
                    clauses.append("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(t.related) THEN t.related "
                                   "ELSE '[]' END) j WHERE j.value = ? OR j.value LIKE ?)")
                    params.extend([name, f"%){name}"])
            joined = "(" + " OR ".join(clauses) + ")"
            sql.where.append(f"NOT {joined}" if op == "!=" else joined)
            sql.params.extend(params)
            if op == "only" and "departments" in self.columns.get(target, []) \
                    and target not in self.departments_by_municipality:
                sql.where.append("json_array_length(CASE WHEN json_valid(t.departments) THEN t.departments ELSE '[]' END) = 1")
            return
        if op.startswith("not_") and op[4:] in ("<", "<=", ">", ">=", "between"):
            # A negated range holds where the value is blank too (not ended by R4 = continuing or later).
            inner = _Sql()
            self.condition_sql(target, Condition(c.field, op[4:], v, c.label), inner, scope)
            sql.where.append(f"coalesce(({' AND '.join(inner.where)}), 0) = 0")
            sql.params.extend(inner.params)
            return
        if op in _GRADE_OPS or op in ("grade_rise_by", "grade_fall_by"):
            rank = grade_rank_sql("{}", grade_scale(self.db))  # (the index's own marks ranked by their legend)
        if op in _GRADE_OPS:
            sql.where.append(f"{rank.format(col)} {_GRADE_OPS[op]} {rank.format(f'upper(t.[{v}])')}")
            return
        if op in ("grade_rise_by", "grade_fall_by"):  # 「R2からR5で2段階上がった」: by at least n steps
            step = f"{rank.format(col)} - {rank.format(f'upper(t.[{v[0]}])')}"
            sql.where.append(f"({step}) >= ?" if op == "grade_rise_by" else f"-({step}) >= ?")
            sql.params.append(int(v[1]))
            return
        if op in _FIELD_OPS:
            other = f"t.[{v}]"
            sql.where.append(f"coalesce({col}, '') <> '' AND coalesce({other}, '') <> '' AND "
                             f"CAST({col} AS REAL) {_FIELD_OPS[op]} CAST({other} AS REAL)")
            return
        if c.field == "@grades":
            sql.where.append(_grades_sql(op, v, self.columns.get(target, []), grade_scale(self.db), target))
            sql.params.extend(_grades_params(op, v, self.columns.get(target, [])))
            return
        if op == "any_empty" and c.field == "@cells":
            # 「…か…のどちらかが空欄」: one of the cells said is blank.
            cells = [f for f in v if f in self.columns.get(target, [])] or ["rowid"]
            sql.where.append("(" + " OR ".join(f"coalesce(t.[{f}], '') = ''" for f in cells) + ")")
            return
        if op == "any":
            marks = ", ".join("?" * len(v))
            sql.where.append(f"coalesce(t.[{c.field}], '') IN ({marks})")
            sql.params.extend(str(x) for x in v)
            return
        if c.field in ("@practice_of_initiative", "@initiative_of_practice"):
            values = [str(x) for x in (v if isinstance(v, list) else [v])]
            marks = ", ".join("?" * len(values))
            sql.where.append(f"t.practice IN (SELECT code FROM practice WHERE initiative IN ({marks}))"
                             if c.field == "@practice_of_initiative" else
                             f"t.code IN (SELECT initiative FROM practice WHERE code IN ({marks}))")
            sql.params.extend(values)
            return
        if op.startswith("yen") and (unit := _unit_field(c.field)) in self.columns.get(target, []):
            # 「事業費が100万円未満」: each amount in yen by the unit its table prints (a record stating none: no match).
            scale = (f"(CASE coalesce(t.[{unit}], '') WHEN '円' THEN 1 WHEN '千円' THEN 1000 WHEN '万円' THEN 10000 "
                     "WHEN '百万円' THEN 1000000 WHEN '億円' THEN 100000000 END)")
            sql.where.append(f"(CAST({col} AS REAL) * {scale}) {'=' if op == 'yen=' else op[3:]} ?")
            sql.params.append(v)
            return
        if op == "distinct>=" and target == "comment":
            # 「複数の委員から意見が出た」: the comments on a code that two or more members (of one document) spoke of
            sql.where.append(f"t.initiative IN (SELECT c2.initiative FROM comment c2 WHERE c2.source = t.source "
                             f"GROUP BY c2.initiative HAVING count(DISTINCT c2.[{c.field}]) >= ?)")
            sql.params.append(v)
            return
        if op == "chair_sole":  # the chair named alone in the cell (no chair per year)
            sql.where.append(f"coalesce({col}, '') = ?")
            sql.params.append(str(v))
            return
        if op == "chair_by_year":  # a chair named per year: 「岡山市(H16)・倉敷市(H17)」
            sql.where.append(f"(coalesce({col}, '') LIKE '%(%)%' OR coalesce({col}, '') LIKE '%（%）%')")
            return
        if op == "chair_in_year":  # the chair that year: named with that year, or plainly in that year's table
            said = f"(coalesce({col}, '') LIKE ?)"
            plain = f"(coalesce({col}, '') = ?)" if v.get("plain") else "0"
            sql.where.append(f"({said} OR {plain})")
            sql.params.append(f"%{v['city']}({v['year']})%")
            if v.get("plain"):
                sql.params.append(v["city"])
            return
        if op in _MEMBER_OPS and c.field == "departments" and "members" in self.columns.get(target, []):
            # A table marking each municipality's part with ○ keeps it in members, not in departments.
            other = col if "departments" in self.columns.get(target, []) else "NULL"
            col = f"(CASE WHEN json_valid(t.[members]) AND json_type(t.[members]) = 'object' THEN t.[members] ELSE {other} END)"
        if op == "city_column":  # a joint project whose table has a column for that municipality
            sql.where.append(f"(CASE WHEN json_valid({col}) THEN json_type({col}, '$.\"' || ? || '\"') END) IS NOT NULL")
            sql.params.append(str(v))
            return
        if op in ("cities_count", "all_cities", "not_all_cities"):
            # The municipalities of a joint project's table (its departments, one key per municipality):
            # how many the table has (「4市町の」), and whether every one of them takes part (no blank cell).
            members = f"(CASE WHEN json_valid({col}) AND json_type({col}) = 'object' THEN {col} END)"
            if op == "cities_count":
                sql.where.append(f"(SELECT count(*) FROM json_each({members})) = ?")
                sql.params.append(int(v))
            else:
                blank = f"EXISTS (SELECT 1 FROM json_each({members}) WHERE coalesce(value, '') = '')"
                sql.where.append(f"{members} IS NOT NULL AND {'NOT ' if op == 'all_cities' else ''}{blank}")
            return
        if op == "all_cities_mark":  # 「4市町村すべてが実施済み」: every member's cell holds one of those marks
            members = f"(CASE WHEN json_valid({col}) AND json_type({col}) = 'object' THEN {col} END)"
            sql.where.append(f"{members} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM json_each({members}) WHERE "
                             f"coalesce(value, '') NOT IN ({', '.join('?' * len(v['marks']))}))")
            sql.params.extend(v["marks"])
            return
        if op in ("city_mark", "city_not_mark"):
            # 「鶫野村が実施予定」: one municipality's cell holds one of the marks the legend gives that meaning (or, negated,
            # holds none of them: only a table with a column for that municipality answers).
            cell = f"coalesce(CASE WHEN json_valid({col}) THEN json_extract({col}, '$.\"' || ? || '\"') END, '')"
            sql.where.append(f"(CASE WHEN json_valid({col}) THEN json_type({col}, '$.\"' || ? || '\"') END) IS NOT NULL")
            sql.params.append(str(v["city"]))
            sql.where.append(f"{cell} {'NOT ' if op == 'city_not_mark' else ''}IN ({', '.join('?' * len(v['marks']))})")
            sql.params.extend([str(v["city"]), *v["marks"]])
            return
        if op in ("city_empty", "city_not_empty"):  # one municipality's cell of a joint project
            cell = f"coalesce(CASE WHEN json_valid({col}) THEN json_extract({col}, '$.\"' || ? || '\"') END, '')"
            if op == "city_empty":
                # Only a table with a column for that municipality has a blank cell of it: another
                # table's projects (of other municipalities) are no answer.
                sql.where.append(f"(CASE WHEN json_valid({col}) THEN json_type({col}, '$.\"' || ? || '\"') END) IS NOT NULL")
                sql.params.append(str(v))
            sql.where.append(f"{cell} {'=' if op == 'city_empty' else '<>'} ''")
            sql.params.append(str(v))
            return
        if op in ("changed", "not_changed"):
            # 「担当課が変わった」: the departments each year names (r6_dept …) are not all one (years naming none left out).
            years = [f for f in self.columns.get(target, []) if re.fullmatch(r"[rh]\d+_dept", f)]
            named = " UNION ".join(f"SELECT t.[{f}] AS v" for f in years)
            count = f"(SELECT COUNT(DISTINCT v) FROM ({named}) WHERE coalesce(v, '') NOT IN ('', '[]'))"
            # (a record naming no year's department is neither: its document does not say)
            sql.where.append("0" if not years else f"{count} > 1" if op == "changed" else f"{count} = 1")
            return
        if c.field in _LIST_FIELDS and op.startswith("len"):  # the number of values of a list field
            sql.where.append(f"json_array_length({_as_list(col)}) {op[3:]} ?")
            sql.params.append(v)
            return
        if c.field not in _LIST_FIELDS and op in ("has_suffix", "not_has_suffix"):
            # 「…がいちばん多い町村」: a name ending in 町 or 村 (the kinds said joined by |).
            ends = " OR ".join(f"coalesce({col}, '') LIKE ?" for _ in str(v).split("|"))
            sql.where.append(f"({ends})" if op == "has_suffix" else f"NOT ({ends})")
            sql.params.extend(f"%{part}" for part in str(v).split("|"))
            return
        if c.field in _LIST_FIELDS and op in ("has_suffix", "not_has_suffix"):
            # 「町の事例」: a value of the list ending in 町 (a place's kind by its name's last character).
            has = f"EXISTS (SELECT 1 FROM json_each({_as_list(col)}) j WHERE j.value LIKE ?)"
            sql.where.append(has if op == "has_suffix" else f"NOT {has}")
            sql.params.append(f"%{v}")
            return
        if c.field in _LIST_FIELDS and op in ("empty", "not_empty"):
            # A list with no value, or a table's cells by municipality (a joint project's 担当課) with a
            # blank one: 「担当課が空欄」 is a blank cell on either side, not only a row with none at all.
            blank = (f"(coalesce({col}, '') IN ('', '[]', '{{}}') OR (json_valid({col}) AND json_type({col}) = 'object' "
                     f"AND EXISTS (SELECT 1 FROM json_each({col}) j WHERE coalesce(j.value, '') = '')))")
            sql.where.append(blank if op == "empty" else f"NOT {blank}")
            return
        if c.field in _LIST_FIELDS:
            def each(item) -> str:
                sql.params.extend(_list_has_params(item))
                return _list_has(col, item)

            if op in ("contains", "not_contains") and isinstance(v, str) and v.strip():
                # 「担当部署に「政策推進課」と書かれている」: words written in one of the list's values
                # ((政)政策推進課 holds them), not only a value said whole.
                said = re.sub(r"\s", "", v)
                sql.where.append(f"{'NOT ' if op == 'not_contains' else ''}EXISTS (SELECT 1 FROM json_each({_as_list(col)}) j "
                                 f"WHERE replace(replace(coalesce(j.value, ''), ' ', ''), '　', '') LIKE ?)")
                sql.params.append(f"%{said}%")
            elif op in ("has", "=", "contains"):
                sql.where.append(each(v))
            elif op in ("not_has", "!="):
                sql.where.append(f"NOT {each(v)}")
            elif op == "has_any":
                sql.where.append("(" + " OR ".join(each(item) for item in v) + ")")
            elif op in ("only", "has_all"):
                for item in v:
                    sql.where.append(each(item))
                if op == "only":
                    sql.where.append(f"json_array_length({_as_list(col)}) = ?")
                    sql.params.append(len(v))
            return
        if is_year_field(c.field) and isinstance(v, (int, float)) and not isinstance(v, bool) \
                and op in ("=", "!=", "<", "<=", ">", ">="):
            # A year's grade in points (「2点以下」): only a cell holding a number is graded in points.
            # (a group's figure of the year, 3.4, the mean of its items' points, is a number too)
            sql.where.append(f"(({col} GLOB '[0-9]' OR {col} GLOB '[0-9][0-9]' OR {col} GLOB '[0-9].[0-9]*') AND CAST({col} AS REAL) "
                             f"{'<>' if op == '!=' else op} ?)")
            sql.params.append(v)
            return
        if op in ("ym<", "ym<=", "ym>", "ym>=") and c.field in self.columns.get(target, []):
            # 「令和5年4月以降に始まった」: a printed month (令和5年4月) compared as year*100+month; a fiscal year
            # printed alone (R5, 令和5年度) only where every month of it (April to March) meets the bound.
            cmp = op[2:]
            num = _year_num(col)
            dated = f"(coalesce({col}, '') LIKE '%年%月%' OR coalesce({col}, '') GLOB '*[0-9].[0-9]*')"
            month = (f"CAST(CASE WHEN {col} LIKE '%年%月%' THEN substr({col}, instr({col}, '年') + 1) "
                     f"ELSE substr({col}, instr({col}, '.') + 1) END AS INTEGER)")
            first, last = f"({num} * 100 + 4)", f"(({num} + 1) * 100 + 3)"
            bound = first if cmp.startswith(">") else last
            fiscal = f"({bound} {cmp} ? AND {('(' + last + ')' if cmp.startswith('>') else first)} {cmp} ?)"
            sql.where.append(f"(CASE WHEN {dated} THEN ({num} * 100 + {month}) {cmp} ? ELSE {fiscal} END)")
            sql.params.extend([v, v, v])
            return
        if op in ("<", "<=", ">", ">=", "between") and c.field in registry.fiscal_year_fields(target) \
                and all(label_to_fy(str(x)) for x in (v if op == "between" else [v])):
            num = _year_num(col)
            if op == "between":
                sql.where.append(f"{num} BETWEEN ? AND ?")
                sql.params.extend(label_to_fy(str(x)) for x in v)
            else:
                sql.where.append(f"{num} {op} ?")
                sql.params.append(label_to_fy(str(v)))
            return
        if op in ("empty", "not_empty") and c.field in registry.fiscal_year_fields(target):
            # A year cell printing なし or 未定 states no year: 「終了した」 is a year written there.
            dated = f"coalesce({col}, '') GLOB '*[0-9０-９元]*'"
            sql.where.append(f"NOT {dated}" if op == "empty" else dated)
        elif op == "empty":
            sql.where.append(f"coalesce({col}, '') = ''")
        elif op == "not_empty":
            sql.where.append(f"coalesce({col}, '') <> ''")
        elif op == "evaluated":
            titled = self._titled_year_sources(target, c.field)
            if titled:
                # (「令和6年度の外部評価委員会で…」: records whose document grades no year, titled with the year said)
                sql.where.append(f"(coalesce({col}, '') NOT IN ({_NO_GRADE}) OR t.source IN ({', '.join('?' * len(titled))}))")
                sql.params.extend(titled)
            else:
                sql.where.append(f"coalesce({col}, '') NOT IN ({_NO_GRADE})")
        elif op == "not_evaluated":
            sql.where.append(f"coalesce({col}, '') IN ({_NO_GRADE})")
        elif op in ("added", "not_added"):
            # Items added in a later year of the plan: numbered N… (苫小牧市) or marked 【R9新規】 (tags).
            tagged = " OR coalesce(t.[tags], '') LIKE '%新規%'" if "tags" in self.columns.get(target, ()) else ""
            # (or a card saying the year it was added: 「（令和5年度追加項目のため対象外）」, grid_cards.py)
            tagged += " OR coalesce(t.[added], '') <> ''" if "added" in self.columns.get(target, ()) else ""
            # (or numbered after a kanji mark the report gives its added items: 追1, 新2)
            marked = (f" OR (unicode(substr({col}, 1, 1)) BETWEEN 19968 AND 40959"
                      f" AND substr({col}, 2) GLOB '[0-9]*' AND substr({col}, 2) <> '')")
            sql.where.append(f"{'NOT ' if op == 'not_added' else ''}({col} LIKE ?{tagged}{marked})")
            sql.params.append(f"{v}%")
        elif op in ("prefix", "not_prefix"):
            sql.where.append(f"{col} {'NOT ' if op == 'not_prefix' else ''}LIKE ?")
            sql.params.append(f"{v}%")
        elif op in ("contains", "not_contains"):
            # Spacing is the document's layout, not the name's (「CAP おかやま」 is CAPおかやま).
            neg = "NOT " if op == "not_contains" else ""
            sql.where.append(f"replace(replace(coalesce({col}, ''), ' ', ''), '　', '') {neg}LIKE ?")
            sql.params.append("%" + re.sub(r"\s", "", str(v)) + "%")
        elif op in ("in", "not_in") and c.field == "source" and "attached" in self.columns.get(target, []):
            # (records that hold another document's sheets, store/sheet_joins, are that document's records too)
            marks = ", ".join("?" * len(v))
            attached = f"json_each(CASE WHEN json_valid(t.attached) THEN t.attached ELSE '[]' END)"
            sql.where.append(f"{'NOT ' if op == 'not_in' else ''}(coalesce(t.source, '') IN ({marks}) OR "
                             f"EXISTS (SELECT 1 FROM {attached} WHERE value IN ({marks})))")
            sql.params.extend([str(x) for x in v] * 2)
        elif op in ("in", "not_in"):
            marks = ", ".join("?" * len(v))
            neg = "NOT " if op == "not_in" else ""
            if all(isinstance(x, (int, float)) for x in v):
                sql.where.append(f"CAST({col} AS REAL) {neg}IN ({marks})")
                sql.params.extend(v)
            else:
                sql.where.append(f"coalesce({col}, '') {neg}IN ({marks})")
                sql.params.extend(str(x) for x in v)
        elif op in ("below_avg", "above_avg"):
            sign = "<" if op == "below_avg" else ">"
            sql.where.append(f"CAST({col} AS REAL) {sign} (SELECT avg(CAST([{c.field}] AS REAL)) FROM [{target}])")
        elif op == "date_between":  # ISO dates compared as written; a record with no date is outside
            sql.where.append(f"(coalesce({col}, '') <> '' AND substr({col}, 1, 10) BETWEEN ? AND ?)")
            sql.params.extend(v)
        elif op == "between":
            sql.where.append(f"CAST({col} AS REAL) BETWEEN ? AND ?")
            sql.params.extend(v)
        elif op == "month_between":  # end months as written; an item with none, by its end year wholly inside
            lo, hi, whole = v
            clause = f"(coalesce({col}, '') <> '' AND {col} BETWEEN ? AND ?)"
            sql.params.extend([lo, hi])
            if whole:
                clause = f"({clause} OR (coalesce({col}, '') = '' AND coalesce(t.[ended], '') IN ({', '.join('?' * len(whole))})))"
                sql.params.extend(whole)
            sql.where.append(clause)
        elif op in ("in_month", "not_in_month", "other_month", "not_other_month"):
            # A month of the year (「3月以外の月に終わった」): an item with no end month is in neither reading.
            same = op in ("in_month", "not_other_month")
            clause = f"(coalesce({col}, '') <> '' AND substr({col}, 6, 2) {'=' if same else '<>'} ?)"
            sql.where.append(clause if not op.startswith("not_") else f"NOT {clause}")
            sql.params.append(str(v))
        elif op in ("<", "<=", ">", ">=") and c.field == "ended_month":  # "2022-09": compared as written
            sql.where.append(f"(coalesce({col}, '') <> '' AND {col} {op} ?)")
            sql.params.append(str(v))
        elif op in ("<", "<=", ">", ">="):
            sql.where.append(f"CAST({col} AS REAL) {op} ?")
            sql.params.append(v)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            sql.where.append(f"CAST({col} AS REAL) {'<>' if op == '!=' else '='} ?")
            sql.params.append(v)
        else:
            sql.where.append(f"coalesce({col}, '') {'<>' if op == '!=' else '='} ?")
            sql.params.append(str(v))

    def _dept_spellings(self, name: str) -> list[str]:
        """Every spelling of a department in the index (ゼロごみ/ゼロゴミ推進課), with and without its
        bureau prefix unless the user wrote one."""
        key = notation_key(strip_bureau(name))
        prefixed = name != strip_bureau(name)
        known = self.lexicon.department_spellings.get(key, ()) if self.lexicon else ()
        out = {d for d in known if not prefixed or notation_key(d) == notation_key(name)}
        if not prefixed:
            out.add(name)
        return sorted(out or {name})

    def other_copies(self, name: str) -> list[dict]:
        """Records whose reconciled departments lack `name` although another printed copy has it
        (the lists say 水道窓口課 where the progress sheet, which wins, kept the old name 営業課)."""
        texts = [f'"{n}"' for n in self._dept_spellings(name)]
        if name == strip_bureau(name):
            texts.append(f'){name}"')
        # instr() is LIKE '%text%' where LIKE has nothing to do (no ASCII letter to fold, no wildcard).
        plain = [not re.search("[A-Za-z%_]", t) for t in texts]
        where = " OR ".join('instr("values", ?) > 0' if p else '"values" LIKE ?' for p in plain)
        params = [t if p else f"%{t}%" for t, p in zip(texts, plain)]
        # Read once per open index (it does not change under it): the query reads every departments
        # conflict, thousands on a large index.
        memo = getattr(self.db, "memo", None)
        key = ("other_copies", where, tuple(params))
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = [dict(r) for r in self.db.query(
                f"SELECT key, chosen, \"values\" FROM conflicts WHERE field = 'departments' AND ({where})", params)]
            if memo is not None:
                memo[key] = found
        return [dict(r) for r in found]

    def _answered_by_office(self, target: str) -> bool:
        """Whether any of the target's records names the office that answered it (minutes' replies)."""
        try:
            return self.db.execute(f"SELECT 1 FROM [{target}] WHERE coalesce(responder, '') <> '' LIMIT 1").fetchone() is not None
        except Exception:
            return False

    def _dept_sql(self, target: str, name: str, city: str | None, year: str = "") -> tuple[str, list]:
        cols = set(self.columns.get(target, []))
        if year:
            # The year's own department where the record names one (a table of years), else its departments.
            clause, args = self._dept_sql(target, name, city)
            own, own_args = self._dept_sql(target, name, city)
            col = f"t.[{year}_dept]"
            own = own.replace("t.departments", col)
            return (f"(CASE WHEN coalesce({col}, '') NOT IN ('', '[]') THEN {own} ELSE {clause} END)",
                    own_args + args)
        names = self._dept_spellings(name)
        if name != strip_bureau(name):  # (健)健康支援課 also where a list prints 健康支援課 without its bureau
            names = names + [n for n in self._dept_spellings(strip_bureau(name))
                             if n == strip_bureau(n) and n not in names]
        marks = ", ".join("?" * len(names))
        # Every value json_each finds holds one of `names` (LIKE ignores ASCII case: lower() for names
        # with ASCII letters), and the cell's
        # JSON text holds it as json.dumps wrote it: that substring test first spares parsing the
        # JSON of every row of the table (exact: it only drops rows the EXISTS would drop too).
        written = [json.dumps(n, ensure_ascii=False)[1:-1] for n in names]
        holds = "(" + " OR ".join("instr(lower({col}), lower(?)) > 0" if re.search("[A-Za-z]", n) else "instr({col}, ?) > 0"
                                  for n in names) + ")"
        has = (f"({holds} AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({{col}}) THEN {{col}} ELSE '[]' END) j "
               f"WHERE j.value IN ({marks})" + (" OR j.value LIKE ?))" if name == strip_bureau(name) else "))"))
        args = written + names + ([f"%){name}"] if name == strip_bureau(name) else [])
        if target in self.departments_by_municipality:
            # A cell may hold two departments (「収税課 税制課」), so a name is sought as a whole word
            # of it (総務課 is not 保健総務課); a municipality named in the question (「倉敷市の担当部署が…」)
            # selects its own cell.
            words = " OR ".join("(' ' || j.value || ' ') LIKE ?" for _ in names)
            where = f"({words})" + (" AND j.key = ?" if city else "")
            clause = (f"({holds.format(col='t.departments')} AND EXISTS (SELECT 1 FROM json_each(CASE WHEN "
                      f"json_valid(t.departments) THEN t.departments ELSE '{{}}' END) j WHERE {where}))")
            return clause, written + [f"% {n} %" for n in names] + ([city] if city else [])
        if "departments" in cols:
            if "bureau" in cols:  # a bureau named (総務部) holds its sections' items: a report's 所管部 column
                return f"({has.format(col='t.departments')} OR coalesce(t.bureau, '') IN ({marks}))", args + names
            return has.format(col="t.departments"), args
        held = [col for col in ("department", "section") if col in cols]
        if held:
            # (a sheet printing only its 担当課 leaves 担当部 blank: the name is sought in either)
            return "(" + " OR ".join(f"coalesce(t.[{col}], '') LIKE ?" for col in held) + ")", [f"%{name}%"] * len(held)
        if "responder" in cols and self._answered_by_office(target):
            # (opinions in minutes, each answered by an office: 「△事務局（交通政策課）」, generic/minutes_turns.py)
            return "coalesce(t.responder, '') LIKE ?", [f"%{name}%"]
        if "practice" in cols and "practice" in self.tables:
            sub = has.format(col="p.departments")
            return f"t.practice IN (SELECT p.code FROM practice p WHERE {sub})", args
        if target == "initiative" and "practice" in self.tables:
            sub = has.format(col="p.departments")
            of_items = f"t.code IN (SELECT p.initiative FROM practice p WHERE {sub})"
            if "bureau" in cols:  # an edition naming each initiative's own 所管部: that, else its items'
                own = "CASE WHEN json_valid(t.bureau) THEN t.bureau ELSE '[]' END"
                return (f"(CASE WHEN json_array_length({own}) > 0 THEN {has.format(col='t.bureau')} "
                        f"ELSE {of_items} END)"), args + args
            return of_items, args
        return "0", []

    def _where(self, q: Query) -> _Sql:
        sql = _Sql()
        words = [c for c in q.conditions if c.field == "text" and c.op == "match"]
        # (only of words said as one phrase, 「支払いのキャッシュレス化」, the first qualifying the second: words
        # listed apart, 「民間委託 窓口」, are each the record's own; not of a kind without names of its own,
        # 委員の意見, nor when the words are said to be in the name)
        said = str(q.question or "")
        pairs = {(str(a.value), str(b.value)) for a in words for b in words if a is not b}
        self.phrases |= {(a, b) for a, b in pairs if f"{a}の{b}" in said}
        parent = self._titled_parent(q.target) if len(words) >= 2 and "title" in self.columns.get(q.target, []) \
            and not _IN_THE_NAME.search(said) and bool(pairs & self.phrases) else None
        extremes = [c for c in q.conditions if c.op in ("len_max", "len_min")]
        for c in q.conditions:
            if parent is not None and c in words or c in extremes:
                continue
            self.condition_sql(q.target, c, sql, q.scope)
        if parent is not None:
            # 「支払いのキャッシュレス化をやってる実践項目」: each word in the record's own text or in the title
            # of the record it belongs to (市税のキャッシュレス化 under 支払方法の多様化), one at least in its own.
            owns = []
            for c in words:
                own = _Sql()
                self.condition_sql(q.target, c, own, q.scope)
                owns.append((own, str(c.value)))
            titled = (f"(t.[{LINKS[parent, q.target]}], t.source) IN (SELECT p.code, p.source FROM [{parent}] p "
                      "WHERE p.key IN (SELECT value FROM json_each(?)))")
            if all(len(own.where) == 1 for own, _ in owns):
                for own, word in owns:
                    sql.where.append(f"({own.where[0]} OR {titled})")
                    sql.params.extend([*own.params, self._title_keys(word, parent)])
                sql.where.append("(" + " OR ".join(own.where[0] for own, _ in owns) + ")")
                sql.params.extend(p for own, _ in owns for p in own.params)
            else:
                for own, _ in owns:
                    sql.where.extend(own.where)
                    sql.params.extend(own.params)
        for c in extremes:
            # 「テーマの数が一番多い（同数なら全部）」: the list's length at its extreme among the records the other
            # conditions leave (read in the same query), every record reaching it
            if c.field not in self.columns.get(q.target, []) or c.field not in _LIST_FIELDS:
                sql.where.append("0")
                continue
            length = f"json_array_length({_as_list(f't.[{c.field}]')})"
            inner = " AND ".join(sql.where) or "1"
            sql.where.append(f"{length} = (SELECT {'MAX' if c.op == 'len_max' else 'MIN'}({length}) FROM [{q.target}] t WHERE {inner})")
            sql.params.extend(list(sql.params))
        cols = self.columns.get(q.target, [])
        if sheet_grades.said(self.db, q.target, cols, q.question):
            sql.where = [sheet_grades.swap(self.db, w, q.target, cols) for w in sql.where]
        return sql

    def _title_keys(self, word: str, kind: str) -> str:
        """The keys of the records of `kind` whose title holds the word, as written or as its words'
        dictionary forms (支払い in 支払方法の多様化: 支払う)."""
        from assistant.text.tokenize import morphemes

        def forms(text: str) -> set[str]:
            return {m.normalized_form() for m in morphemes(text)
                    if m.part_of_speech()[0] in ("名詞", "動詞", "形容詞") and len(m.surface()) > 1 or m.surface().isascii()}

        memo = self.db.memo.setdefault("title_forms", {})
        if kind not in memo:
            memo[kind] = [(key, title, forms(title)) for key, title in self.db.execute(
                f"SELECT key, coalesce(title, '') FROM [{kind}]")]
        wanted = forms(word)
        keys = [key for key, title, held in memo[kind] if word in title or (wanted and wanted <= held)]
        return json.dumps(sorted(keys), ensure_ascii=False)

    def _titled_parent(self, target: str) -> str | None:
        """The kind whose titled records the target's records belong to (実践項目 → 取組項目), if one."""
        for (parent, child), link in LINKS.items():
            if child == target and parent in self.tables and link in self.columns.get(target, []) \
                    and "title" in self.columns.get(parent, []):
                return parent
        return None

    def parent_holding(self, target: str, field: str) -> str:
        """The kind that the records of `target` belong to and that holds `field` when `target` does not
        (「委員評価」 of a comment is its 取組項目's), else ""."""
        if target not in _ORDERED_BY_PARENT or not field or field.startswith("@") or field in self.columns.get(target, []):
            return ""
        return next((p for (p, child) in LINKS if child == target and p in self.tables
                     and field in self.columns.get(p, []) and LINKS[p, child] in self.columns.get(target, [])), "")

    def parent_value(self, target: str, field: str, row: dict):
        """The value of `field` in the parent record of `row` (see parent_holding), or None."""
        parent = self.parent_holding(target, field)
        if not parent:
            return None
        got = self.db.execute(f"SELECT [{field}] FROM [{parent}] WHERE code = ? AND source = ? LIMIT 1",
                              (row.get(LINKS[parent, target]), row.get("source"))).fetchone()
        return got[0] if got else None

    def count(self, q: Query) -> int:
        """How many records match, without fetching them (probes and explanations)."""
        if q.target not in self.tables:
            return 0
        sql = self._where(q)
        where = " AND ".join(sql.where) or "1"
        return self.db.execute(f"SELECT count(*) FROM [{q.target}] t WHERE {where}", sql.params).fetchone()[0]

    def exists(self, q: Query) -> bool:
        if q.target not in self.tables:
            return False  # (an index of other cities' documents only holds no 委員意見 records: none exist)
        sql = self._where(q)
        where = " AND ".join(sql.where) or "1"
        text = f"SELECT EXISTS (SELECT 1 FROM [{q.target}] t WHERE {where})"
        # One question probes the same conditions more than once (which kind holds the words, which
        # words to keep, whether to scope): each distinct probe is read once per conversation.
        key = (text, tuple(sql.params))
        found = self._probed.get(key)
        if found is None:
            if len(self._probed) > 1000:
                self._probed.clear()
            found = self._probed[key] = bool(self.db.execute(text, sql.params).fetchone()[0])
        return found

    def select(self, q: Query) -> tuple[list[dict], str, list]:
        if q.target not in self.tables:
            return [], "", []  # (an index of other towns' documents holds no 実践項目: none are selected)
        sql = self._where(q)
        where = " AND ".join(sql.where) or "1"
        order = DOCUMENT_ORDER
        if q.order_by and q.order_by in self.columns.get(q.target, []):
            order = f"CAST(t.[{q.order_by}] AS REAL) {'DESC' if q.descending else 'ASC'}, {DOCUMENT_ORDER}"
            rk = registry.record_kinds().get(q.target)
            if q.order_by == "ended_month" and "ended" in self.columns.get(q.target, []):
                # (when each ended: the sheet's month, else the end of the fiscal year the lists give; going on last)
                year = _year_num("t.[ended]")
                when = (f"(CASE WHEN coalesce(t.[ended_month], '') <> '' THEN t.[ended_month] WHEN {year} IS NOT NULL "
                        f"THEN printf('%04d-03', {year} + 1) END)")
                order = f"{when} IS NULL, {when} {'DESC' if q.descending else 'ASC'}, {DOCUMENT_ORDER}"
            elif rk is not None and any(getattr(f, "name", "") == q.order_by and getattr(f, "type", "") == "year" for f in rk.fields):
                # (a fiscal-year label, H29 before R1, ordered as its year; a record printing none last)
                year = _year_num(f"t.[{q.order_by}]")
                order = f"{year} IS NULL, {year} {'DESC' if q.descending else 'ASC'}, {DOCUMENT_ORDER}"
        elif q.order_by and self.parent_holding(q.target, q.order_by):
            # 「（委員の意見のうち）委員評価が高いほう」: a field of the record each row belongs to orders the rows
            # (a comment by its 取組項目's committee score); rows whose parent holds no value last.
            parent = self.parent_holding(q.target, q.order_by)
            value = (f"(SELECT CAST(p.[{q.order_by}] AS REAL) FROM [{parent}] p WHERE p.code = t.[{LINKS[parent, q.target]}] "
                     f"AND p.source = t.source LIMIT 1)")
            order = f"{value} IS NULL, {value} {'DESC' if q.descending else 'ASC'}, {DOCUMENT_ORDER}"
        text = f"SELECT t.* FROM [{q.target}] t WHERE {where} ORDER BY {order}"
        # The rows chosen in SQL by rowid (the same plan: only the index on key can serve either
        # form), taken from the rows the connection has decoded (at scale thousands a question).
        rows = selected(self.db, q.target, f"WHERE {where}", order, sql.params)
        cols = self.columns.get(q.target, [])
        if sheet_grades.said(self.db, q.target, cols, q.question):
            rows = sheet_grades.view(self.db, q.target, cols, rows)
        return rows, text, sql.params

    @staticmethod
    def _decode(row: dict, fields=_LIST_FIELDS) -> dict:
        """The row with its list fields (those of `fields` it has) decoded, in place (every caller
        passes a row of its own)."""
        return decoded(row, fields)

    # ------------------------------------------------------------------ excerpts
    def excerpts(self, target: str, keys: list[str], words: list[str], scope: list[str] | None = None) -> list[dict]:
        """The passages that made each row match (its own text or its linked records' text)."""
        if not words or not keys:
            return []
        order = {k: i for i, k in enumerate(keys)}
        plans = []  # (kind, link, linked record -> its row) of each kind whose passages can show
        for kind in scope or [target]:
            link = LINKS.get((target, kind)) if kind != target else None
            if kind != target and (link is None or kind not in self.tables):
                continue
            # Only the rows' own passages, or those of the records linked to them, are read (no other
            # passage can show): the linked records are found by their link (keys are unique), each
            # with its row (as _linked_key would read it, one query a passage).
            stored = f"{link}_key"  # the parent's stored key: practice:15@<source> of a second report
            if link is None:
                row_of = {}
            elif registry.link_columns().get(stored) == target and self._has_column(kind, stored):
                row_of = {r[0]: r[1] for r in self.db.execute(
                    f"SELECT key, [{stored}] FROM [{kind}] WHERE [{stored}] IN (SELECT value FROM json_each(?))",
                    [json.dumps(keys, ensure_ascii=False)]).fetchall()}
            else:
                row_of = {r[0]: f"{target}:{r[1]}" for r in self.db.execute(
                    f"SELECT key, [{link}] FROM [{kind}] WHERE ? || [{link}] IN (SELECT value FROM json_each(?))",
                    [f"{target}:", json.dumps(keys, ensure_ascii=False)]).fetchall()}
            plans.append((kind, link, row_of))
        # Excerpts go by row first, so the rows are read a slice at a time (20, 40, 80 … rows): once
        # the slices read have _MAX_EXCERPTS passages, no later row's passage can come before them.
        # The same excerpts as reading every row (at scale a word is in thousands of their passages).
        found: dict[int, dict] = {}
        start, size = 0, _MAX_EXCERPTS if len(order) == len(keys) else len(keys)  # a repeated key: all at once
        while start < len(keys) and len(found) < _MAX_EXCERPTS:
            rows = keys[start:start + size]
            start, size = start + size, size * 2
            wanted = set(rows)
            for kind, link, row_of in plans:
                own = rows if link is None else [k for k, row in row_of.items() if row in wanted]
                for word in words:
                    for p in find_passages(self.db, word, kinds=[kind], keys=own):
                        row_key = p["key"] if link is None else row_of[p["key"]]
                        if row_key not in order:
                            continue
                        entry = found.setdefault(p["id"], {**p, "row": row_key, "words": [], "own": link is None})
                        entry["words"].append(word)
        # (as many words in the row's own text as in a linked record's: its own passage first — a committee
        # opinion asked, not the initiative's sheet that says the same)
        ranked = sorted(found.values(), key=lambda p: (order[p["row"]], -len(p["words"]), not p["own"], p["line"]))
        return [_excerpt(p) for p in ranked[:_MAX_EXCERPTS]]

    def _has_column(self, table: str, column: str) -> bool:
        cache = self.__dict__.setdefault("_table_columns", {})
        if table not in cache:
            cache[table] = {r[1] for r in self.db.execute(f"PRAGMA table_info([{table}])").fetchall()}
        return column in cache[table]

    def _linked_key(self, target: str, kind: str, link: str, key: str) -> str:
        row = self.db.execute(f"SELECT [{link}] FROM [{kind}] WHERE key = ?", [key]).fetchone()
        return f"{target}:{row[0]}" if row else ""

    def passage_search(self, words: list[str], kinds: list[str] | None = None, question: str = "",
                       rows: bool = True, sources: list[str] | None = None) -> tuple[list[dict], list[dict], bool]:
        """Free-text mode: the records whose passages contain the most of the words, best first.
        Returns (rows, excerpts, all_words_found); without `rows` the records are not read (a
        caller after the excerpts alone). With the `question`, the excerpts are ranked by
        how well they answer it (assistant/query/rank.py), the passages holding the words among them.
        `sources`: only these documents' passages (a question scoped to a city's documents)."""
        hits: dict[int, dict] = {}
        for word in words:
            for p in find_passages(self.db, word, kinds=kinds, with_text=False):
                if sources is None or p["source"] in sources:
                    hits.setdefault(p["id"], {**p, "words": []})["words"].append(word)
        if not hits:
            # A compound of common words (計画期間) may be said otherwise; a name (マイナンバーカード) not
            # found is the answer: it is not there.
            plain = question and all(_PLAIN_COMPOUND.fullmatch(w) for w in words)
            return self._unheld_words(question, kinds, rows, sources) if plain else ([], [], False)
        by_key: dict[str, set[str]] = {}
        for p in hits.values():
            by_key.setdefault(p["key"], set()).update(p["words"])
        best = max(len(v) for v in by_key.values())
        keys = [k for k, v in by_key.items() if len(v) == best]
        if best < len(words):
            # 「動物火葬場の件、令和7年度はどうする」: one record's words may be spread over it and its
            # parts (the item's title, its progress sheet's note): that record holds them all.
            family = self._families(by_key, len(words))
            if family:
                keys, best = family, len(words)
        else:
            family = []
        first_line = {}
        for p in hits.values():
            first_line[p["key"]] = min(first_line.get(p["key"], (p["source"], p["line"])), (p["source"], p["line"]))
        keys.sort(key=lambda k: first_line[k])
        wanted = set(keys)  # made once: with a common word, hundreds of hits are tested
        chosen = [p for p in hits.values() if p["key"] in wanted]
        # Excerpts go by the number of words first: only the passages holding as many words as the
        # _MAX_EXCERPTS-th most can be among them, and only their text is read (on a large index a
        # common word is in thousands of passages). The same first excerpts as ranking them all.
        counts = sorted((len(p["words"]) for p in chosen), reverse=True)
        least = counts[min(len(counts), _MAX_EXCERPTS) - 1]
        chosen = [p for p in chosen if len(p["words"]) >= least]
        texts = passage_texts(self.db, [p["id"] for p in chosen])
        for p in chosen:
            p["text"] = texts[p["id"]]
        ranked = sorted(chosen, key=lambda p: (-len(p["words"]), -_occurrences(p), p["source"], p["line"]))
        found_rows = self.record_rows(keys) if rows else []
        excerpts = [_excerpt(p) for p in ranked[:_MAX_EXCERPTS]]
        if question:
            from assistant.query.rank import ranker  # only fact questions need it

            r = ranker(self.db)
            excerpts = r.rank(r.need(question), excerpts, kinds=kinds, limit=_MAX_EXCERPTS)
            if family:  # the record holding the words between its parts answers, not another's passage
                excerpts = [e for e in excerpts if e["key"] in wanted] or excerpts
                # The words the record's own text holds name it; its part holding the others answers.
                children = {child for (parent, child) in LINKS if parent != "initiative"}
                naming = set().union(*(by_key[k] for k in family if k.partition(":")[0] not in children))
                asked = [w for w in words if w not in naming]
                excerpts.sort(key=lambda e: not any(occurrences(e["text"], w) for w in asked))
        return found_rows, excerpts, best == len(words)

    def _families(self, by_key: dict[str, set[str]], n: int) -> list[str]:
        """The keys of the records that, with their parts (a practice item's sheets, an initiative's
        comments), hold all `n` words between them; each record's keys in its parts' order."""
        parts = {child: (parent, link) for (parent, child), link in LINKS.items()
                 if parent != "initiative" and child in self.tables}  # (an initiative's comments are statements of their own)
        root: dict[str, str] = {}
        for child, (parent, link) in parts.items():
            some = [k for k in by_key if k.startswith(child + ":")]
            if some:
                for key, code in self.db.execute(
                        f"SELECT key, [{link}] FROM [{child}] WHERE key IN (SELECT value FROM json_each(?))",
                        [json.dumps(some, ensure_ascii=False)]).fetchall():
                    root[key] = f"{parent}:{code}"
        held: dict[str, set[str]] = {}
        for key, got in by_key.items():
            held.setdefault(root.get(key, key), set()).update(got)
        whole = {r for r, got in held.items() if len(got) == n}
        return [k for k in by_key if root.get(k, k) in whole]

    def _unheld_words(self, question: str, kinds: list[str] | None, rows: bool,
                      sources: list[str] | None) -> tuple[list[dict], list[dict], bool]:
        """No passage holds a word as written (計画期間, 問い合わせ先): the question's Sudachi terms
        (計画, 期間; 問い合わせ) find where it is answered, ranked; never all the words found."""
        from assistant.query.rank import ranker

        r = ranker(self.db)
        excerpts = [e for e in r.rank(r.need(question), [], kinds=kinds, limit=_MAX_EXCERPTS * 3)
                    if sources is None or e["source"] in sources][:_MAX_EXCERPTS]
        keys = list(dict.fromkeys(e["key"] for e in excerpts))
        return (self.record_rows(keys) if rows else []), excerpts, False

    def record_rows(self, keys: list[str]) -> list[dict]:
        """record_row of each key, the records of each kind read together (at scale a word's
        records are hundreds, each a query of its own before)."""
        of_kind: dict[str, list[str]] = {}
        for key in keys:
            of_kind.setdefault(key.partition(":")[0], []).append(key)
        got: dict[str, dict] = {}
        for kind, some in of_kind.items():
            if kind in self.tables:
                got.update(by_key(self.db, kind, some))
        return [got.pop(k) if k in got else self.record_row(k) for k in keys]

    def record_row(self, key: str) -> dict:
        kind, _, code = key.partition(":")
        if kind in self.tables:
            row = self.db.execute(f"SELECT * FROM [{kind}] WHERE key = ? LIMIT 1", [key]).fetchone()
            if row:
                cols = self.columns[kind]
                return self._decode(dict(zip(cols, row)))
        p = self.db.execute("SELECT source, line, text FROM passages WHERE key = ? ORDER BY line LIMIT 1",
                            [key]).fetchone()
        return {"key": key, "source": p[0] if p else "", "line": p[1] if p else 0, "text": p[2] if p else ""}


# Kanji words with okurigana, ending in kanji (計画期間, 問い合わせ先): no katakana or Latin name.
_PLAIN_COMPOUND = compiled(r"[一-龥々](?:[ぁ-ん]{0,2}[一-龥々])+")


def _occurrences(p: dict) -> int:
    return sum(occurrences(p["text"], w) for w in p["words"])


def _excerpt(p: dict) -> dict:
    """A passage with its hits; `line` is the line of the first hit (passages span several lines)."""
    spans: list[tuple[int, int]] = []
    for word in p.get("words", []):
        spans.extend(highlight_spans(p["text"], word))
    spans = sorted(set(spans))
    line = p["line"] + (p["text"][: spans[0][0]].count("\n") if spans else 0)
    return {"key": p["key"], "source": p["source"], "line": line, "text": p["text"],
            "field": p.get("field", ""), "highlights": spans}


def _closed_field(kind: str, name: str) -> bool:
    """Whether a kind declares the field a closed list of names (a committee member: Field.closed)."""
    from assistant.kinds.registry import record_kinds

    declared = record_kinds().get(kind)
    f = declared.field(name) if declared is not None else None
    return bool(getattr(f, "closed", False))


def _names_kind(question: str, kind: str) -> bool:
    """Whether the question says a word of the kind (実践項目 for practice), read longest word first
    (項目 inside 取組項目 is no word of its own)."""
    from assistant.query.vocabulary import KIND_WORDS

    for word, k in sorted(KIND_WORDS, key=lambda t: -len(t[0])):
        if word in question:
            if k == kind:
                return True
            question = question.replace(word, "\x1f")
    return False


def _list_has(col: str, item) -> str:
    """SQL: the JSON list in `col` holds `item` (parameters: _list_has_params). A text item is first
    sought in the cell's JSON text as json.dumps wrote it, which spares parsing the JSON of rows
    that cannot hold it (exact: a list holding the item holds that text)."""
    each = f"EXISTS (SELECT 1 FROM json_each({_as_list(col)}) j WHERE j.value = ?)"
    return f"(instr({col}, ?) > 0 AND {each})" if isinstance(item, str) else each


def _as_list(col: str) -> str:
    """SQL: the cell as a JSON list; a text cell (a practice item's one 所管部) is a list of its value."""
    return f"(CASE WHEN json_valid({col}) THEN {col} WHEN coalesce({col}, '') = '' THEN '[]' ELSE json_array({col}) END)"


def _list_has_params(item) -> list:
    return [json.dumps(item, ensure_ascii=False)[1:-1], item] if isinstance(item, str) else [item]


def display_columns(target: str, rows: list[dict]) -> list[str]:
    present = field_names(rows)
    cols = registry.display_columns(target, present)
    if cols:
        return [c for c in cols if c in present] if rows else cols
    if not rows:
        return []
    skip = {"key", "source", "line", "end_line"}
    return [c for c in rows[0] if c not in skip][:10]


def _alias_said(asked: str, cols: set[str], target: str, question: str) -> str:
    """The field of `target` meaning the asked one: the one whose printed label or word the question
    says (a sheet printing 担当部署 and 担当課 apart answers 「担当課は」 with the 課), else the first."""
    from assistant.query.grammar.phrasings import rephrase

    aliases = [a for a in FIELD_ALIASES.get(asked, ()) if a in cols]
    # (as the grammar read it too: 「課で言うと？」 is 担当課は？)
    question = question + "\n" + rephrase(question)
    rk = registry.record_kinds().get(target)
    fields = {f.name: f for f in getattr(rk, "fields", ()) if hasattr(f, "words")}

    def said(a: str) -> int:
        f = fields.get(a)
        return max((len(w) for w in ((f.label, *f.words) if f else ()) if w and w in question), default=0)

    return max(aliases, key=said, default="") if any(said(a) for a in aliases) else (aliases or [""])[0]


# The field counting a record's parts of each kind (「実践項目が一つもない」: n_practice = 0).
_PARTS_COUNTED = {"practice": "n_practice", "comment": "n_comments"}


def _none_of_the_parts(conditions: list[Condition], target: str) -> list[Condition]:
    """「終了した取組がひとつもない重点項目」: none of the parts (count 0) said with a condition on them is no part
    meeting it (the parts may be many), not no parts at all and one that meets it."""
    out = list(conditions)
    for c in conditions:
        if not c.field.startswith("@child:"):
            continue
        child = c.field.split(":", 1)[1]
        none = next((n for n in out if n.field == _PARTS_COUNTED.get(child) and n.op == "=" and n.value == 0), None)
        if none is None:
            continue
        out.remove(none)
        at = out.index(c)
        label = c.label[:-3] + "を含まない" if c.label.endswith("を含む") else f"{c.label}（該当なし）"
        out[at] = Condition(c.field, c.op, {**c.value, "none": True}, label)
    return out


def _words_sought_in(kind: str, fld: str, q: Query) -> bool:
    """The question's words are sought in these parts' text as their parent's (a comment's text is its initiative's:
    text_of_parent): a condition of the parts said with them (who said it, not which year's part) holds of the parts
    those words are found in."""
    rk = registry.record_kinds().get(kind)
    if "year" in fld or is_year_field(fld):
        return False
    return bool(getattr(rk, "text_of_parent", False)) and any(c.field == "text" for c in q.conditions)


def _unit_field(field: str) -> str:
    """The field holding the unit a record prints this amount in (効果額（千円）: effect_unit)."""
    from assistant.query.grammar.amounts import UNIT_FIELD
    return UNIT_FIELD.get(field, "cost_unit")
