"""「福祉センター系の施設」 over rows grouped under headings (【４ 福祉施設】 above 総合福祉センター, 老人福祉センター …):
a word said with 系 that only the names of rows under one heading hold calls that heading's rows, the kind of thing
those names are. When the rows holding the word sit under several headings, or no row's name holds it, nothing
is read here (the word is left to the rest of the reading, or said unused), never a guess at one of them."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_KIND_SAID = re.compile(r"([一-龥ァ-ヶーぁ-ん]{2,12}?)系")


def kind_of_named_words(t, qn: str) -> list[tuple[str, str, object]]:
    """The words 「X系」 of the question (its keyed form) that name one heading's rows: (word, "value", (heading,
    {"見出し"})), as a heading's own word is read."""
    if not t.name or not any(c.header == "見出し" for c in t.columns):
        return []
    found = []
    for m in _KIND_SAID.finditer(qn):
        word = m.group(1)
        under = {_key(str(r["cells"].get("見出し") or "")) for r in t.rows
                 if word in _key(nfkc(str(r["cells"].get(t.name) or "")))}
        if len(under) == 1 and "" not in under:
            found.append((m.group(0), "value", (next(iter(under)), {"見出し"})))
    return found
