"""「図書館サービスの充実って、どの施策に統合されたんだっけ」: the record another was merged into, as a list's 備考 says it
(the named record's 「令和５年度から4-(2)に統合予定」, or another record's 「旧4-(3)を統合」). The record named is the one
merged away; the answer is the record(s) the notes name as taking it in, never the named record itself. Read only
where the notes name such a record; otherwise the rest of the engine answers."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_MERGE = r"(?:統合|合併|集約|吸収|一本化)"
# 「どの施策に統合された」「どこに統合」「何に吸収された」: the record taking the named one in, asked.
_ASKED = compiled(r"(?:どの|どこ|何|なに|なん)\s*(?:の)?\s*[一-龥]{0,4}\s*(?:に|へ)\s*" + _MERGE)


def _code(value) -> str:
    return re.sub(r"\s", "", nfkc(str(value or "")))


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not _ASKED.search(nfkc(question)):
        return None
    kind = q.target
    if not kind or "remarks" not in assistant.executor.columns.get(kind, []):
        return None
    naming = [c for c in q.conditions if c.field == "code" and c.op == "=" or c.field.startswith("@title")]
    if len(naming) != 1:
        return None

    def select(conditions: list) -> list[dict]:
        probe = copy.copy(q)
        probe.conditions = conditions
        probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = "", "", "", "", None
        probe = assistant.executor.resolve(probe)[0]
        return [dict(r) for r in assistant.executor.select(probe)[0]]

    scope = [c for c in q.conditions if c.field == "source"]
    found = select(naming + scope)
    if len(found) != 1:
        return None
    code = _code(found[0].get("code"))
    # (the records of the same documents: the named one's list)
    rows = [r for r in select(scope) if r.get("source") == found[0].get("source")]
    by_code = {_code(r.get("code")): r for r in rows}
    if code not in by_code:
        return None
    taking: dict[str, dict] = {}
    # (the named record's note: 「4-(2)に統合予定」)
    for m in re.finditer(r"([^\s、。；;（）()「」]{1,12}?)\s*(?:に|へ)\s*" + _MERGE, nfkc(by_code[code].get("remarks") or "")):
        said = _code(m.group(1)).removeprefix("施策").removeprefix("新")
        if said in by_code and said != code:
            taking[said] = by_code[said]
    # (another record's note: 「旧4-(3)を統合」)
    old = compiled(r"旧\s*" + re.escape(code) + r"(?![\d-])[^；;]{0,12}?" + _MERGE)
    for other, r in by_code.items():
        if other != code and old.search(_code(r.get("remarks"))):
            taking[other] = r
    if not taking:
        return None
    chosen = list(taking.values())
    merged = by_code[code]
    names = "、".join(f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in chosen)
    summary = (f"{merged.get('called') or kind_label(kind)} {merged.get('code', '')} {merged.get('title') or ''} は {names} に統合されました"
               f"（備考の記載から）。")
    understood = [c.to_dict() for c in q.conditions] + [
        {"field": "remarks", "op": "merged_into", "value": merged.get("code"), "label": f"備考で{merged.get('code')}を統合した記録"}]
    return Answer(question=q.question, target=kind, rows=chosen, count=len(chosen),
                  value=chosen[0].get("code") if len(chosen) == 1 else None, summary=summary, status="exact",
                  unused=[w for w in q.unused if not re.search(_MERGE, w)], understood=understood,
                  notes=[f"{merged.get('code')} の備考: {merged.get('remarks')}"] if merged.get("remarks") else [],
                  query=q.to_dict())
