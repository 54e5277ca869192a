"""A column that prints 必要 where a thing is needed and nothing where it is not (a list of procedures whose items
carry 【マイナンバーカードが必要】, read as the column マイナンバーカード): 「マイナンバーカードが要らない」「不要な」
「いらない」 say the value is not 必要, as 「必要でない」 reads it (「必要以外」), never the column listed whole."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.text.normalize import nfkc

_NOT_NEEDED = r"(?:不要(?:な|の|です|だ)?|要らない|いらない|必要(?:ない|なし|としない|じゃない|ではない))"


def as_needed_words(question: str, tables) -> str:
    """The question with 「Xが要らない」 said 「Xが必要でない」 where a table's column X holds only 必要 and blanks."""
    text = nfkc(question)
    for t in tables:
        for c in t.columns:
            values = set(printed_cells(t, c.header))
            head = nfkc(c.header).strip()
            if values != {"必要", ""} or len(head) < 2 or head not in text:
                continue
            said = re.sub(re.escape(head) + r"\s*(が|は|の)\s*" + _NOT_NEEDED, head + r"\1必要でない", text)
            if said != text:
                return said
    return question
