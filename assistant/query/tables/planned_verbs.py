"""A column printing what is planned for a row as a noun and 予定 (「R8委託予定」「統合予定」, a year before it or not):
「委託する予定がある」「委託される予定の」 say that value, as 「委託予定の」 reads it. Only a noun some cell of a table
prints with 予定 is read so; 「予定」 said of anything else stays for the other readings (held_as.py, asked_by_verb.py)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「R8委託予定」「令和8年度統合予定」「委託予定」: the noun planned, a year before it or none
_PLANNED_CELL = re.compile(r"(?:(?:R|令和|平成)\s*\d{1,2}\s*(?:年度?)?)?\s*([一-龥]{2,4})予定")
# 「委託する予定がある」「委託される予定の」「委託を行う予定」: the noun said as a verb before 予定
_VERB = r"\s*(?:する|される|を行う|が行われる|を実施する)\s*予定"


def as_planned_value(question: str, tables) -> str:
    """The question with 「Xする予定」 said 「X予定」 where a table's cell prints X予定 (a year before it or not)."""
    text = nfkc(question)
    nouns = {m.group(1) for t in tables for c in t.columns if not c.numeric for r in t.rows
             if (m := _PLANNED_CELL.fullmatch(nfkc(str(r["cells"].get(c.header) or "")).strip()))}
    for noun in sorted(nouns, key=len, reverse=True):
        said = re.sub(re.escape(noun) + _VERB, noun + "予定", text)
        if said != text:
            return said
    return question
