"""A column of days headed by what happened on them (契約日, 施行日, 開札日: a verbal noun and 日) is said by that
doing: 「令和６年10月以降に契約したもの」 bounds 契約日. Only the verb's done forms (契約した, 契約された, 契約している),
never the bare noun, which longer words hold (随意契約)."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

_DAY_OF = re.compile(r"^(?P<noun>[一-龥]{2})日$")
_DONE = ("した", "された", "している", "してる", "しました", "されました")


def dated_verb_forms(columns: list) -> list:
    """The columns, each column of days headed 「<verbal noun>日」 also said by the noun's done forms."""
    out = []
    for c in columns:
        m = _DAY_OF.match("".join(nfkc(c.header).split())) if c.dates else None
        if m is None:
            out.append(c)
            continue
        said = tuple(m.group("noun") + v for v in _DONE if m.group("noun") + v not in c.forms)
        out.append(replace(c, forms=(*c.forms, *said)))
    return out
