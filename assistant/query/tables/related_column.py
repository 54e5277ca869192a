"""A value said with 「に関連する」 over a table whose column of that word prints it (a list of online procedures
with a column 関連取組 naming the plan's item each belongs to): 「DX-1-04に関連する手続」 is the rows whose 関連取組
is DX-1-04, said 「関連取組がDX-1-04の手続」 as the tables' reader reads a column and its value. The verb said must
be the column's own word (関連 of 関連取組, 関係 of 関係課): a value printed in a column of another word is left as
said (the question is then searched, never narrowed by a column it did not name)."""
from __future__ import annotations

import re

from assistant.query.tables.per_table import printed_cells
from assistant.text.normalize import nfkc

# 「…に関連する」「…に関係している」「…に関連した」「…関連の」: the verb of being related, its stem kept to find the column.
_RELATED = re.compile(r"\s*(?:に|と)(?P<stem>関連|関係)(?:する|している|してる|した|して(?:いる|る)?|の|が(?:ある|あった))")


def as_related_column(question: str, tables) -> str:
    """The question with 「Xに関連する」 said 「<column>がXの」 where one table's column headed with the verb's
    word prints X (the longest such value said right before the verb)."""
    text = nfkc(question)
    for verb in _RELATED.finditer(text):
        before = text[:verb.start()]
        for t in tables:
            for c in t.columns:
                head = nfkc(c.header).strip()
                if verb.group("stem") not in head or head == verb.group("stem"):
                    continue
                values = sorted({v for v in printed_cells(t, c.header) if len(v) >= 2 and before.endswith(v)},
                                key=len, reverse=True)
                if values:
                    value = values[0]
                    return f"{text[:verb.start() - len(value)]}{head}が{value}の{text[verb.end():]}"
    return question
