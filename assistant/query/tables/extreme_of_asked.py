"""「（南部の市町村の実質公債費比率を教えて）一番低いのは？」: a bare superlative after the values of one column were
answered is of that column, said by its name (the question is rewritten so); never of another numeric column the
table happens to hold (人口 of the same rows)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# the whole follow-up: a superlative and what is asked, no column of its own
_BARE_EXTREME = re.compile(r"^\s*(?:じゃあ|では|で、|その中で|そのうち|中でも)?[、,]?\s*(?P<sup>(?:一番|いちばん|最も|もっとも)\s*"
                           r"(?:高|低|大き|小さ|多|少な)(?:い|かった))\s*(?:のは|ところは|団体は|ところ|の|もの|市町村は)?"
                           r"\s*(?:どこ|どれ|誰)?\s*(?:ですか|でしょうか)?\s*[?？]?\s*$")


def extreme_of_asked(question: str, context) -> str:
    """The question with the column answered before said before its superlative, where it says no column; as
    it is otherwise."""
    asked = context.asked
    t = context.table
    m = _BARE_EXTREME.match(nfkc(question))
    if m is None or not asked or asked not in {c.header for c in t.columns} or not t.column(asked).numeric \
            or len(context.rows) < 2:
        return question
    text = nfkc(question)
    col = t.column(asked)
    # (its name without the year where no other column is called so: 実質公債費比率 of 「実質公債費比率 (R6決算)」, whose
    # bracketed year would read as a year of other columns; 経常収支比率R6決算 as printed, its R5 beside it)
    others = {f for c in t.columns if c.header != asked for f in c.forms}
    said = col.base if col.base and col.base in col.forms and col.base not in others else asked
    return text[:m.start("sup")] + f"{said}が" + text[m.start("sup"):]
