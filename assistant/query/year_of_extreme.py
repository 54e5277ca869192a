"""「ガバメントクラウドファンディングの進捗度の自己評価、R2〜R5で一番低かったのはどの年度？」 of one record scored year by
year in a part of its own (a progress sheet's self-evaluation, one row per year): the year (or years, when tied) whose
row holds the lowest (highest) figure of the score said, within the span of years said. A summary row (総括) is no year.
A question naming no single record, no year asked, or a score no yearly part holds, is left to the rest of the engine
(None)."""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field, record_kinds
from assistant.kinds.spec import Field
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, label_to_fy

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_YEAR_ASKED = compiled(r"何年度|どの年度|どの年|どちらの年度|(?<=[たい])\s*年度\s*(?:は|って|を教えて)|いつ(?:の年度)?(?:だった|でした|です|\s*[?？]|$)")
_SUPERLATIVE = compiled(r"(?:いちばん|一番|最も|もっとも)\s*(?P<how>高|低|大き|小さ|良|悪)|最(?P<how2>高|低)")
_PART_WORDS = ("自己評価", "進捗状況シート", "シート")


def _parts_of(assistant: "Assistant", kind: str) -> list[tuple[str, list[str]]]:
    out = []
    for table in assistant.executor.tables:
        cols = [r[1] for r in assistant.db.execute(f"PRAGMA table_info([{table}])")]
        if table != kind and "year" in cols and f"{kind}_key" in cols:
            out.append((table, cols))
    return out


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question)
    sup = _SUPERLATIVE.search(said)
    if sup is None or not _YEAR_ASKED.search(said):
        return None
    ex = assistant.executor
    owners = [q.target] + [k for k in ex.tables if k != q.target and f"{k}_key" in ex.columns.get(q.target, ())]
    for kind in dict.fromkeys(owners):
        for table, cols in _parts_of(assistant, kind):
            got = _extreme_year(assistant, q, said, sup, kind, table, cols)
            if got is not None:
                return got
    return None


def _extreme_year(assistant, q: Query, said: str, sup, kind: str, table: str, cols: list[str]) -> Answer | None:
    ex = assistant.executor
    spec = record_kinds().get(table)
    asked = [f for f in getattr(spec, "fields", ()) if isinstance(f, Field) and f.type in ("number", "score") and f.name in cols
             and any(w and nfkc(w) in said for w in (f.label, *f.words))]
    if len(asked) != 1:
        return None
    fld = asked[0]
    words = {nfkc(w) for w in (fld.label, *fld.words) if w} | set(_PART_WORDS)
    probe = copy.copy(q)
    probe.target, probe.alternatives = kind, []
    probe.aggregate = probe.agg_field = probe.value_field = probe.order_by = ""
    probe.limit = None
    # (the years said bound the span of the parts, no condition of the record; the score's and the part's words name
    # what is compared, no words of its text)
    probe.conditions = [c for c in q.conditions if not (is_year_field(str(c.field)) or c.field == "year")
                        and not (c.field == "text" and c.op == "match" and nfkc(str(c.value)) in words)
                        and not str(c.field).startswith("@score") and c.field != fld.name]
    if not probe.conditions:
        return None
    try:
        probe = ex.resolve(probe)[0]
        rows = ex.select(probe)[0]
    except Exception:  # (conditions the record's kind cannot take: not a question of this shape)
        return None
    if len(rows) != 1:
        return None
    record = dict(rows[0])
    parts = [dict(r) for r in assistant.db.query(f"SELECT * FROM [{table}] WHERE [{kind}_key] = ? ORDER BY line, code",
                                                 [record["key"]])]
    yearly = [p for p in parts if find_years(str(p.get("year") or "")) and isinstance(p.get(fld.name), (int, float))]
    span = sorted({label_to_fy(y.label) for y in find_years(said)} - {None})
    if len(span) >= 2:
        yearly = [p for p in yearly if span[0] <= (label_to_fy(find_years(str(p["year"]))[0].label) or 0) <= span[-1]]
    if not yearly:
        return None
    low = (sup.group("how") or sup.group("how2")) in ("低", "小さ", "悪")
    best = (min if low else max)(p[fld.name] for p in yearly)
    hits = [p for p in yearly if p[fld.name] == best]
    years = [str(p["year"]) for p in hits]
    name = f"{record.get('code', '')} {record.get('title') or ''}".strip()
    listed = "、".join(f"{p['year']} {p[fld.name]}" for p in yearly)
    word = "最も低い" if low else "最も高い"
    unused = [w for w in q.unused if nfkc(w) not in words]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    summary = f"{name} の{fld.label}が{word}年度は {'、'.join(years)}（{best}）です（{listed}）。"
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": fld.name, "op": "min" if low else "max", "value": None,
         "label": f"{fld.label}が{word}年度を答える（年度ごとの記録から）"}]
    return Answer(question=q.question, target=table, rows=hits, count=len(hits), value="、".join(years),
                  summary=caveat + summary, caveat=caveat, status="partial" if unused else "exact", unused=unused,
                  understood=understood, query=q.to_dict())
