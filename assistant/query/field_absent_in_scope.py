"""「令和７年度時点で完了している取組の数は？」 over a report scoped by its own word for its items: a condition on a
field that no record of the asked kind in the scoped documents holds (取組終了, a field of another plan's items)
can only empty the answer, and 「0件です」 stated exact would be a wrong answer given with confidence. The answer
is made partial and says first which field those documents do not print."""
from __future__ import annotations

from assistant.labels import field_label
from assistant.query.answer import Answer, Condition, Query

# Conditions that are no field of the records: scope, text, the count asked, links to other records.
_NOT_FIELDS = {"source", "text", "*", "key", "code"}


def said_absent(executor, answer: Answer) -> None:
    target = answer.target
    if answer.status != "exact" or answer.error or (answer.count or 0) > 0 or answer.value not in (None, 0) \
            or target not in executor.tables:
        return
    said = [Condition(u["field"], u["op"], u.get("value"), u.get("label", "")) for u in answer.understood or []
            if isinstance(u, dict) and "field" in u and "op" in u]
    scope = [c for c in said if c.field == "source" and c.op == "in"]
    if not scope or not executor.count(Query(question="", target=target, conditions=scope)):
        return
    absent = []
    for c in said:
        if c.field in _NOT_FIELDS or c.field.startswith("@") or c.op in ("empty", "count"):
            continue
        try:
            held = executor.count(Query(question="", target=target, conditions=[*scope, Condition(c.field, "not_empty", None, "")]))
        except Exception:  # noqa: BLE001 - a field the table cannot test: left as it was
            continue
        if held == 0:
            absent.append(c)
    if not absent:
        return
    names = "」「".join(dict.fromkeys(field_label(c.field, target) for c in absent))
    answer.status = "partial"
    answer.caveat = f"「{names}」はこの資料の記録にない項目のため、その条件では確かめられません。"
    answer.summary = answer.caveat + answer.summary
    answer.unused = list(dict.fromkeys([*answer.unused, *(field_label(c.field, target) for c in absent)]))
