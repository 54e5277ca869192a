"""「次点がさくら福祉会だった」 over 選定法人 | 次点法人: columns of words ending in the same word (法人) are told apart
by what comes before it, so that word alone (次点) says its column, where no other column starts with it or is
said by it (選定 of 選定法人 beside 選定年度 stays unsaid). Only columns naming who (法人, 団体, 業者…): a head of
other words (事業 of 事業主体 | 実施主体) is too common a word to name one column; nor a head the title says."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.query.facts import _key

# the last word shared: who the cells name
_WHO = ("法人", "団体", "業者", "事業者", "企業", "会社")


def shared_tail_forms(columns: list, title: str = "") -> list:
    words = [c for c in columns if not c.numeric and c.year is None and re.fullmatch(r"[一-龥]{4,8}", _key(c.base or ""))]
    heads: dict[str, str] = {}
    for c in words:
        key = _key(c.base)
        for o in words:
            if o is c or o.base == c.base:
                continue
            other = _key(o.base)
            for tail in _WHO:
                n = len(tail)
                if len(key) - n >= 2 and len(other) - n >= 2 and key.endswith(tail) and other.endswith(tail):
                    heads.setdefault(c.header, key[:-n])
    out = columns
    for header, head in heads.items():
        taken = head in _key(title or "") or any(o.header != header and (_key(o.base or "").startswith(head) or head in {_key(f) for f in o.forms})
                    for o in columns)
        if not taken:
            out = [replace(c, forms=(*c.forms, head)) if c.header == header and head not in c.forms else c for c in out]
    return out
