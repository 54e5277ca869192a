"""「全部の項目を同じ課が担当している分野ってある？」: the groups (initiatives) all of whose items (practice) one department
is in charge of — a department every item of the group lists (an item shared by several lists each) — read over
the items, not a field of the group's own.

Read where the question asks for the groups, says 全部 / すべて of the items and 同じ課 (部署) with 担当 (所管); any
other condition is left to the rest of the engine (None), so nothing said is dropped.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Condition
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_GROUP, _PART = "initiative", "practice"
_DEPT = r"(?:課|部署|部局|担当課|所管課)"
_IN_CHARGE = r"(?:担当|所管|受け持)"
# 「全部の項目を同じ課が担当している」「すべて同じ部署の所管」「項目が全部同じ課」
_SAME = compiled(r"(?:全部|すべて|全て|いずれも|どれも)(?:の)?\s*(?:項目|実践項目|取組|取り組み|事業)?\s*(?:を|が|は|の)?\s*同じ\s*"
                 + _DEPT + r"\s*(?:が|の|で)?\s*" + _IN_CHARGE
                 + r"|(?:項目|実践項目|取組|事業)\s*(?:を|が|は)?\s*(?:全部|すべて|全て)\s*同じ\s*" + _DEPT)


def _departments(value) -> set[str]:
    try:
        names = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        names = [value]
    return {nfkc(str(n)).strip() for n in (names or []) if str(n).strip()}


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    if q.target != _GROUP or _PART not in assistant.executor.tables or not isinstance(question, str):
        return None
    said = nfkc(question)
    m = _SAME.search(said)
    part_cols = assistant.executor.columns.get(_PART, [])
    if m is None or "departments" not in part_cols or "initiative_key" not in part_cols:
        return None
    if any(c.field != "source" for c in q.conditions) or q.aggregate not in ("", "count") or q.order_by or q.limit:
        return None
    if any(not m.start() <= said.find(nfkc(w)) < m.end() for w in q.unused):
        return None  # (a word of another condition the parser could not read, outside this reading: not dropped here)
    sources = next((c.value for c in q.conditions if c.field == "source" and c.op == "in"), None)
    where, params = "", []
    if sources:
        where = f" WHERE source IN ({', '.join('?' * len(sources))})"
        params = list(sources)
    by_group: dict[str, list[set[str]]] = {}
    for r in assistant.db.query(f"SELECT initiative_key, departments FROM [{_PART}]{where}", params):
        if r["initiative_key"]:
            by_group.setdefault(str(r["initiative_key"]), []).append(_departments(r["departments"]))
    groups, shared = [], {}
    for key, depts in by_group.items():
        common = set.intersection(*depts) if len(depts) >= 2 and all(depts) else set()
        if not common:
            continue
        found = list(assistant.db.query(f"SELECT * FROM [{_GROUP}] WHERE key = ?", [key]))
        if not found:
            return None  # (a group its items name that the index does not hold: not guessed)
        groups.append(dict(found[0]))
        shared[key] = "・".join(sorted(common))
    groups.sort(key=lambda g: (str(g.get("source") or ""), int(g.get("line") or 0)))
    part, group = kind_label(_PART), kind_label(_GROUP)
    label = f"すべての{part}を同じ部署が担当している"
    understood = [Condition("@group", "one_department", None, label).to_dict()]
    shown = "、".join(f"{g.get('code', '')} {g.get('title') or ''}（{shared[g['key']]}）" for g in groups)
    summary = f"{label}{group}は {len(groups)}件です" + (f"（{shown}）。" if groups else "。")
    return Answer(question=q.question, target=_GROUP, rows=groups, count=len(groups),
                  value=len(groups) if q.aggregate == "count" else None, summary=summary, status="exact",
                  understood=understood, query=q.to_dict(),
                  notes=[f"{group}ごとに、その{part}の担当部署を見ました（{part}が2件以上の{group}だけです）"])
