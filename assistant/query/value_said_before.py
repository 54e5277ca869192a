"""「救急車適正利用の推進を担当しているのはどこの課？」→「その課が担当している実践項目は？」: the one value
the answer before gave (a record's 担当部署) put in for 「その課」「その部署」, so the follow-up asks of that
department's records, not of the one record it was read from."""
from __future__ import annotations

from assistant.query.compiled import compiled

# 「その課」「その部署」「そこ」 opening the follow-up, before a particle (as conversation._THAT_GROUP).
_THAT = compiled(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?P<that>(?:その|この)\s*(?:部署|課|担当課|担当部署|所管課|部局))"
                 r"(?=\s*(?:の|が|で|は|に)(?!うち|中))")
# The fields whose value is a department said so.
_DEPARTMENT_FIELDS = ("departments", "department")


def value_said_before(question: str, context, rows: list[dict]) -> str:
    """The question with 「その課」 replaced by the one department the answer before was asked for, or as it is."""
    m = _THAT.match(question)
    if m is None or context is None or getattr(context, "aggregate", None) \
            or getattr(context, "value_field", None) not in _DEPARTMENT_FIELDS or len(rows) != 1:
        return question
    value = rows[0].get(context.value_field)
    values = value if isinstance(value, list) else [value]
    values = [str(v) for v in values if v not in (None, "")]
    if len(values) != 1:
        return question  # (a record several departments share: which one is meant is unsaid)
    return question[:m.start("that")] + values[0] + question[m.end("that"):]
