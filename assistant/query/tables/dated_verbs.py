"""A column of days headed by what happened on them (契約日, 施行日, 開札日: a verbal noun and 日) is said by that
doing: 「令和６年10月以降に契約したもの」 bounds 契約日. Only the verb's done forms (契約した, 契約された, 契約している),
never the bare noun, which longer words hold (随意契約). Not where another column prints the noun as a value (状況:
完了 beside 完了日): 「完了した取組」 is that value, a condition on the rows, not the column of days."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

_DAY_OF = re.compile(r"^(?P<noun>[一-龥]{2})日$")
_DONE = ("した", "された", "している", "してる", "しました", "されました")


def dated_verb_forms(columns: list, rows: list = ()) -> list:
    """The columns, each column of days headed 「<verbal noun>日」 also said by the noun's done forms (unless a cell of
    another column of the rows begins with the noun: a value of a state, 完了)."""
    out = []
    for c in columns:
        m = _DAY_OF.match("".join(nfkc(c.header).split())) if c.dates else None
        if m is not None and _a_value(m.group("noun"), c.header, rows):
            m = None
        if m is None:
            out.append(c)
            continue
        said = tuple(m.group("noun") + v for v in _DONE if m.group("noun") + v not in c.forms)
        out.append(replace(c, forms=(*c.forms, *said)))
    return out


def _a_value(noun: str, header: str, rows) -> bool:
    """Whether a cell of a column other than header begins with the noun (状況: 完了)."""
    for r in rows:
        for h, v in (r.get("cells") or {}).items():
            if h != header and isinstance(v, str) and "".join(nfkc(v).split()).startswith(noun):
                return True
    return False
