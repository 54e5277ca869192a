"""「…の自己評価は？」→「じゃあR4は？」: one record of a kind whose records each carry one grade (a year's
self-evaluation, a year's grade) is answered by that grade, as a person reading the row would."""
from __future__ import annotations

from assistant.query.answer import Answer


def _grade_field(kind: str) -> str:
    """The one field of type grade a kind declares ("" when it has none or several)."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    rk = record_kinds().get(kind)
    grades = [f.name for f in rk.fields if isinstance(f, Field) and f.type == "grade"] if rk else []
    return grades[0] if len(grades) == 1 else ""


def its_grade(answer: Answer) -> None:
    q = answer.query or {}
    if answer.status != "exact" or answer.value is not None or len(answer.rows) != 1 or answer.error \
            or q.get("value_field") or q.get("aggregate") or not isinstance(answer.rows[0], dict):
        return
    if q.get("order_by") and q.get("limit") == 1 and answer.rows[0].get("code"):
        # 「その2つのうち実践項目数が多いほうは？」: which record an order puts first is asked, its number the answer
        answer.value = answer.rows[0]["code"]
        return
    name = _grade_field(answer.target)
    value = answer.rows[0].get(name) if name else None
    if value in (None, ""):
        return
    from assistant.labels import field_label, kind_label

    row = answer.rows[0]
    answer.value = value
    answer.summary = f"{kind_label(answer.target)} {row.get('code', '')} の{field_label(name, answer.target)}は {value} です。" + answer.summary
