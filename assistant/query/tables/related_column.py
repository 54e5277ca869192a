"""A value said with 「に関連する」 over a table whose column of that word prints it (a list of online procedures
with a column 関連取組 naming the plan's item each belongs to): 「DX-1-04に関連する手続」 is the rows whose 関連取組
is DX-1-04, said 「関連取組がDX-1-04の手続」 as the tables' reader reads a column and its value (else the code, printed
by the plan's own tables as their 取組番号 too, names no one table and the question was searched). The column must be
headed with the verb's word (関連取組, 関係計画: 関連 and 関係 are one): a value printed in a column of another word is
left as said (never narrowed by a column the question did not name)."""
from __future__ import annotations

import re

from assistant.query.tables.per_table import printed_cells
from assistant.text.normalize import nfkc

# The column's word: 関連 and 関係 say one thing (「関係計画」 is asked 「…に関連する」 as well).
_RELATED_HEAD = re.compile(r"関連|関係")

# 「…に関連する」「…に関係している」「…と関連した」: the verb of being related.
_RELATED = re.compile(r"\s*(?:に|と)(?:関連|関係)(?:する|している|してる|した|して(?:いる|る)?|が(?:ある|あった))")


def as_related_column(question: str, tables) -> str:
    """The question with 「Xに関連する」 said 「<column>がXの」 where a table's column headed 関連/関係 prints X (the
    longest such value said right before the verb)."""
    text = nfkc(question)
    for verb in _RELATED.finditer(text):
        before = text[:verb.start()]
        for t in tables:
            for c in t.columns:
                head = nfkc(c.header).strip()
                if not _RELATED_HEAD.search(head) or _RELATED_HEAD.fullmatch(head):
                    continue
                values = sorted({v for v in printed_cells(t, c.header) if len(v) >= 2 and before.endswith(v)},
                                key=len, reverse=True)
                if values:
                    value = values[0]
                    return f"{text[:verb.start() - len(value)]}{head}が{value}の{text[verb.end():]}"
    return question
