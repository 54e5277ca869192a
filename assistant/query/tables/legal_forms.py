"""「株式会社が指定管理者になっている施設」: a legal form said where a column names bodies (指定管理者): the rows
whose body is registered so (its name carries the form, before or after it)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

_FORMS = ("社会福祉法人", "公益財団法人", "一般財団法人", "公益社団法人", "一般社団法人", "特定非営利活動法人", "NPO法人",
          "学校法人", "医療法人", "株式会社", "有限会社", "合同会社")
_SAID = re.compile("(?P<form>" + "|".join(map(re.escape, _FORMS)) + r")(?:が|の|で|である)")
_NEGATED = re.compile(r"[^、。?？]{0,16}?(?:じゃない|ではない|でない|以外)")


def read_legal_form(question: str, reading) -> bool:
    """Add the condition (in place) when exactly one column prints bodies of the form said."""
    qn = nfkc(question)
    m = _SAID.search(qn)
    if m is None:
        return False
    t = reading.table
    form = m.group("form")
    holders = [c.header for c in t.columns if not c.numeric and any(
        form in nfkc(str(r["cells"].get(c.header) or "")) for r in t.rows)]
    if len(holders) != 1 or any(c.header == holders[0] and c.op == "contains" for c in reading.conds):
        return False
    header = holders[0]
    if _NEGATED.match(qn, m.end()):
        return False  # (「株式会社じゃない」: no condition of the kind here; the word stays unused, said so)
    reading.conds.append(Cond(header, "contains", form, f"{header}が{form}"))
    at = _key(question).find(_key(form))
    if at >= 0:
        reading.spans.append((at, at + len(_key(form))))
    return True
