"""「いま公募してる物件」 over a column printing 公募中 / 不調 / 売却済: the value X中 said as the verb Xする in
its progressive form (Xしている, Xしてる, Xされている) before the noun it describes is said as that value (「公募中の
物件」), so that the table reading takes it as the cell's value. Only where a table holds such a value."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「公募してる」「公募している」「公募されている」「公募しています」, then the noun described (物件, 土地 …);
# 今・いま・現在 before it say the same as 中 does.
_DOING = (r"(?:(?:いま|今|現在)\s*)?(?P<stem>{stem})\s*(?:し|され)\s*て\s*(?:い)?\s*(?:る|ます)\s*(?:の)?"
          r"(?=\s*[一-龥ァ-ヶー])")
# (kept compiled: tried on every cell of every text column, and re's own lookup of a pattern by its text on each
# call was a part of every question over tables)
_ONGOING = re.compile(r"[一-龥]{2,6}中")


def ongoing_values(tables) -> set[str]:
    """The cells X中 (X two or more kanji) of the tables' text columns."""
    out: set[str] = set()
    for t in tables:
        for c in t.columns:
            if c.numeric:
                continue
            for r in t.rows:
                v = nfkc(str(r["cells"].get(c.header) or "")).strip()
                if _ONGOING.fullmatch(v):
                    out.add(v)
    return out


def as_ongoing_value(question: str, tables) -> str:
    """The question with 「Xしてる物件」 said as 「X中の物件」 for each value X中 a table holds; as it is otherwise."""
    for value in sorted(ongoing_values(tables), key=len, reverse=True):
        pattern = re.compile(_DOING.format(stem=re.escape(value[:-1])))
        question = pattern.sub(f"{value}の", question)
    return question
