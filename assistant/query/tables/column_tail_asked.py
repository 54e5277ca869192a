"""「評価点が一番高かった法人は？」 over 施設 | 評価点 | 選定法人 | 次点法人: a noun asked right after what picks
the row, which is the last word of a column's header and of no other word of the table, asks that column's value
(選定法人), not the row. Where several columns end in it, only the one whose first word the table's own title or
caption says (選定 of 「移管先法人の選定結果」) is taken; otherwise the word is left as it was."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# the noun asked, after a verb or adjective ending (高かった, 多い, 決まる) and before は / って / を
_ASKED = re.compile(r"(?<=[たいる])(?P<w>[一-龥ァ-ヶー]{2,4})(?=は|って|を|(?:の名前|の名称)は)")


def _tail_columns(t, word: str) -> list[str]:
    return [c.header for c in t.columns if not c.numeric and c.header != t.name
            and len(_key(c.header)) > len(word) and _key(c.header).endswith(word)]


def read_column_tail_asked(t, qn: str, free, take) -> None:
    own = {_key(f) for c in t.columns for f in c.forms} | {_key(t.row_word or "")}
    named = _key(nfkc(f"{t.doc_title} {t.caption}"))
    for m in _ASKED.finditer(qn):
        word = m.group("w")
        if word in own or not free(*m.span()):
            continue
        cols = _tail_columns(t, word)
        if len(cols) > 1:
            cols = [h for h in cols if _key(h)[:-len(word)] in named]
        if len(cols) == 1:
            take(m.start(), m.end(), "col", cols[0])
