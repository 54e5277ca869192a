"""People said by what they did, in a verb whose kanji heads one numeric column (「降りた人」 over 乗車 │ 降車,
「乗った人は」): the question said with that column's word. The kanji is read from the documents' headers, so a
verb no header begins with, or one that begins several, is left as said."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「降りた人」「乗った方」「降りる人の数」: a one-kanji verb stem in the past or plain form, of people.
_DID_PEOPLE = compiled(r"(?P<k>[一-龥])(?:り|っ|き|い|し|れ)?(?:た|る)(?:人|方|人数|人の数|方の数)")


def as_verb_column(question: str, tables) -> str:
    """The question with 「降りた人」 said as the one numeric column, counted in people, whose header opens with
    the verb's kanji followed by another (降車); as it is when no such column, or more than one, is found."""
    text = nfkc(question)
    for m in _DID_PEOPLE.finditer(text):
        heads = {nfkc(c.header).strip() for t in tables for c in t.columns
                 if c.numeric and re.fullmatch(re.escape(m.group("k")) + r"[一-龥]", nfkc(c.header).strip())
                 and "人" in nfkc(f"{c.unit or ''}{t.caption or ''}")}
        if len(heads) == 1:
            return text[:m.start()] + heads.pop() + text[m.end():]
    return question
