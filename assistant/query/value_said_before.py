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


# 「同室が単独で所管しているもの」「同課の…」: the department the question before named, said again formally
# (同 and the last character of its name: 室, 課, 部, 局, 係, センター).
_SAME_OFFICE = compiled(r"(?<![一-龥ァ-ヶー])(?:同|当該)(?P<tail>室|課|部|局|係|所|センター|部署|担当課|担当部署)(?=\s*(?:が|は|の|で|に|を|と|単独|のみ|だけ))")


def office_said_before(question: str, context) -> str:
    """The question with 「同室」「同課」 replaced by the one department the question before named (its condition
    on the departments), when that department's name ends as the word says; else as it is."""
    if context is None or not isinstance(question, str):
        return question
    m = _SAME_OFFICE.search(question)
    if m is None:
        return question
    names = []
    for c in getattr(context, "conditions", ()) or ():
        if c.field == "@dept" and c.op in ("=", "only"):
            names += [str(n) for n in c.value.get("names") or ()] if isinstance(c.value, dict) else [str(c.value)]
        elif c.field in _DEPARTMENT_FIELDS and c.op in ("=", "contains") and isinstance(c.value, str):
            names.append(c.value)
    tail = m.group("tail")
    if tail not in ("部署", "担当課", "担当部署"):
        names = [n for n in names if n.endswith(tail)]
    if len(set(names)) != 1:
        return question  # (none or several named before: which one is meant is unsaid, the word stays unread)
    return question[:m.start()] + names[0] + question[m.end():]
