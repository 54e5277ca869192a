"""「公共施設等総合管理計画の改訂が△」 over a column 「資産管理｜公共施設等総合管理計画改訂」 (a group header over the
column's own, joined into one header): the column's own words said with の between them name the column, read as
its whole header. Only where the words run together at the end of one column's header and of no other's, the
first of four characters or more."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_SAID = re.compile(r"([一-龥ァ-ヶーA-Za-z・]{4,})の([一-龥ァ-ヶー]{2,})")


def _squeezed(text: str) -> str:
    return "".join(nfkc(text).split())


def as_header_said_with_no(question: str, tables: list) -> str:
    """The question with 「XのY」 said as the one header ending in 「XY」 (X's end at least four characters); as it
    is otherwise."""
    text = nfkc(question)
    headers = {_squeezed(c.header) for t in tables for c in t.columns}
    out, at = [], 0
    for m in _SAID.finditer(text):
        x, y = m.group(1), m.group(2)
        hit = None
        for k in range(len(x), 3, -1):
            for n in range(len(y), 1, -1):
                ending = [h for h in headers if h.endswith(x[-k:] + y[:n]) and h != x[-k:] + y[:n]]
                if len(ending) == 1 and not any(x[-k:] + y[:n] in h for h in headers if h not in ending):
                    hit = (k, n, ending[0])
                    break
            if hit:
                break
        if hit is None:
            continue
        k, n, header = hit
        start = m.start(1) + len(x) - k
        out.append(text[at:start] + header)
        at = m.start(2) + n
    out.append(text[at:])
    return "".join(out)
