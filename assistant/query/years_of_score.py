"""「動物火葬場の廃止のシートで、効率性の自己評価が1点だった年度はいつといつ？」 of one record scored year by year in a
part of its own (a progress sheet's self-evaluation, one row per year, 進捗性・協働性・効率性・創造性・総合評価): the
years whose row carries the score said. The score said is read as a condition on the record's field of that name;
here it picks the years instead. A summary row (総括) is no year: it is shown apart. A question naming no single
record, or a kind with no such yearly part, is left to the rest of the engine (None)."""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Condition, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# 「いつといつ」「何年度」「どの年度」: the years are what is asked.
_YEARS_ASKED = compiled(r"いつ|何年度|どの年度|どの年|どちらの年度|年度は|年度を")


def _yearly_parts(assistant: "Assistant", target: str) -> list[tuple[str, list[str]]]:
    """The tables holding one row per year of a record of the target kind: (table, its columns)."""
    out = []
    for table in assistant.executor.tables:
        cols = [r[1] for r in assistant.db.execute(f"PRAGMA table_info([{table}])")]
        if table != target and "year" in cols and f"{target}_key" in cols:
            out.append((table, cols))
    return out


# 「効率性が初めて3になったのはどの年度？」: the first year whose row carries the score (the score said after 初めて is
# the condition, not the value asked).
_FIRST_REACHED = compiled(r"(?:初めて|はじめて|最初に)\s*(?P<n>\d{1,3})\s*(?:点)?\s*(?:に|と)\s*"
                          r"(?:なった|なっ|上がった|上がっ|達した|達し|到達した)(?:の)?")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question)
    first = _FIRST_REACHED.search(said)
    if first is not None and _YEARS_ASKED.search(said[first.end():]) and not q.aggregate:
        plain = said[:first.start()] + f"{first.group('n')}だった" + said[first.end():]
        got = answer(assistant, assistant.parser.parse(plain), plain)
        if got is None or got.status != "exact" or not got.count:
            return None
        years = [str(r.get("year")) for r in got.rows if find_years(str(r.get("year") or ""))]
        if not years:
            return None
        earliest = min(years, key=lambda y: (find_years(y)[0].fiscal_year, y))
        got.rows = [r for r in got.rows if str(r.get("year")) == earliest]
        got.count, got.value, got.question = 1, earliest, q.question
        got.summary = got.summary.replace(f"の年度は {'、'.join(years)} です", f"に初めてなった年度は {earliest} です", 1)
        got.query = q.to_dict()
        return got
    if not _YEARS_ASKED.search(said) or q.aggregate or q.value_field:
        return None
    ex = assistant.executor
    probe = ex.resolve(copy.copy(q))[0]
    # (「…で効率性が1だった年度」 read of a sheet: the score is its parent's field, 実践項目の効率性)
    lifted = {id(c): Condition(c.value["field"], "=", c.value["value"], c.label) for c in probe.conditions
              if str(c.field).startswith("@parent:") and isinstance(c.value, dict) and c.value.get("field")}
    kinds = [probe.target] + [str(c.field).split(":", 1)[1] for c in probe.conditions if id(c) in lifted]
    for kind in dict.fromkeys(kinds):
        for table, cols in _yearly_parts(assistant, kind):
            got = _years(assistant, q, probe, kind, table, cols, lifted)
            if got is not None:
                return got
    return None


def _years(assistant, q, probe, kind, table, cols, lifted) -> Answer | None:
    ex = assistant.executor
    said = [lifted.get(id(c), c) for c in probe.conditions]
    scores = [c for c in said if c.field in cols and c.field not in ("year", "code", "source", "line", kind)
              and c.op == "=" and not str(c.field).endswith("_key")]
    if not scores:
        return None
    rest = copy.copy(probe)
    # (a word left unread that only names the part, 「…のシートで」, is no condition on the record)
    rest.conditions = [c for c, s in zip(probe.conditions, said) if s not in scores
                       and not (c.field == "text" and c.op == "match" and c.value in probe.unused)]
    if not rest.conditions:
        return None
    rows = ex.select(rest)[0]
    dropped: list[str] = []
    if len(rows) != 1 and any(c.field == "text" for c in rest.conditions):
        # (words of the text that pick no record, 「シート」: the record named without them, the words said unread)
        bare = copy.copy(rest)
        bare.conditions = [c for c in rest.conditions if c.field != "text"]
        if bare.conditions:
            rows = ex.select(bare)[0]
            dropped = [str(c.value) for c in rest.conditions if c.field == "text"]
            rest = bare
    if len(rows) != 1:
        return None
    record = dict(rows[0])
    if kind != probe.target:
        owner = record.get(f"{kind}_key")
        found = list(assistant.db.query(f"SELECT * FROM [{kind}] WHERE key = ?", [owner])) if owner else []
        if len(found) != 1:
            return None
        record = dict(found[0])
    parts = [dict(r) for r in assistant.db.query(
        f"SELECT * FROM [{table}] WHERE [{kind}_key] = ? ORDER BY line, code", [record["key"]])]
    yearly = [p for p in parts if find_years(str(p.get("year") or ""))]
    if not yearly:
        return None

    def holds(part: dict) -> bool:
        return all(nfkc(str(part.get(c.field) if part.get(c.field) is not None else "")).upper()
                   == nfkc(str(c.value)).upper() for c in scores)

    hits = [p for p in yearly if holds(p)]
    others = [p for p in parts if p not in yearly]
    name = f"{record.get('code', '')} {record.get('title') or ''}".strip()
    what = "、".join(c.label or f"{c.field} = {c.value}" for c in scores)
    listed = "、".join(f"{p.get('year')} " + "・".join(str(p.get(c.field)) for c in scores) for p in yearly + others)
    years = [str(p.get("year")) for p in hits]
    unused = list(dict.fromkeys(list(probe.unused) + dropped))
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    if years:
        summary = f"{name} で「{what}」の年度は {'、'.join(years)} です（{listed}）。"
    else:
        summary = f"{name} で「{what}」の年度はありません（{listed}）。"
    understood = [c.to_dict() for c in rest.conditions] + [
        {"field": "year", "op": "which", "value": what, "label": f"{what}の年度を答える（年度ごとの記録から）"}]
    return Answer(question=q.question, target=table, rows=hits or [record], count=len(hits),
                  value="、".join(years) if years else None, summary=caveat + summary, caveat=caveat,
                  status="partial" if unused else "exact", unused=unused, understood=understood, query=q.to_dict())
