"""「進行管理表で2025年度の自己評価がC」 over items whose progress sheets were attached to a list of the same plan
(store/sheet_joins): each such item holds two grades of a year, the list's (r7) and the sheet's (r7_self). The
word the sheets head their grade with (自己評価, read from the index) said in the question names the sheet's,
for the records of the documents those sheets were attached to; any other record keeps its own year grade."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

_YEAR_COLUMN = compiled(r"\b([a-z])\.\[([rh]\d+)\]")


def sheet_words(db, target: str, columns: list[str]) -> tuple[str, ...]:
    if "attached" not in columns or "sheet_grade_word" not in columns:
        return ()
    memo = getattr(db, "memo", {})
    key = ("sheet_grade_words", target)
    if key not in memo:
        memo[key] = tuple(sorted((r[0] for r in db.execute(
            f"SELECT DISTINCT sheet_grade_word FROM [{target}] WHERE attached IS NOT NULL AND attached <> '[]' "
            "AND coalesce(sheet_grade_word, '') <> ''").fetchall()), key=len, reverse=True))
    return memo[key]


def said(db, target: str, columns: list[str], question) -> bool:
    return isinstance(question, str) and any(w in question for w in sheet_words(db, target, columns)) \
        and bool(holding(db, target, columns))


def holding(db, target: str, columns: list[str]) -> list[str]:
    """The documents whose records hold sheets, unless the document calls its own year grades by the sheets'
    word (「年度別評価（担当課自己評価）」: its grades are the 自己評価 asked, the sheets' only a few items')."""
    memo = getattr(db, "memo", {})
    key = ("sheet_grade_sources", target)
    if key not in memo:
        words = sheet_words(db, target, columns)
        sources = [r[0] for r in db.execute(f"SELECT DISTINCT source FROM [{target}] WHERE attached IS NOT NULL "
                                            "AND attached <> '[]' ORDER BY source").fetchall()]
        kept = []
        for source in sources:
            text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
            if not any(w in (text[0] if text else "") for w in words):
                kept.append(source)
        memo[key] = kept
    return memo[key]


def swap(db, where: str, target: str, columns: list[str]) -> str:
    """A clause over year grades (t.[r7], o.[r7]) read over the sheets' grades where the record holds sheets."""
    have = set(columns)
    sources = ", ".join("'" + s.replace("'", "''") + "'" for s in holding(db, target, columns))

    def one(m: re.Match) -> str:
        alias, field = m.group(1), m.group(2)
        if f"{field}_self" not in have:
            return m.group(0)
        return f"(CASE WHEN {alias}.source IN ({sources}) THEN {alias}.[{field}_self] ELSE {alias}.[{field}] END)"

    return _YEAR_COLUMN.sub(one, where)


def view(db, target: str, columns: list[str], rows: list) -> list:
    """The rows as the question reads them: each year grade of a record holding sheets is the sheet's (the rest
    of the records of those documents hold no such grade, and none is shown)."""
    fields = [c[:-len("_self")] for c in columns if c.endswith("_self") and c[:-len("_self")] in columns]
    sources = set(holding(db, target, columns))
    out = []
    for row in rows:
        if row.get("source") in sources:
            row = dict(row)
            row.update({f: row.get(f"{f}_self") for f in fields})
        out.append(row)
    return out
