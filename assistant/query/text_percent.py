"""「運用コストの削減見込みは何％」: 何％ right after a word the records' text is searched for asks a figure that
text states (「6町村全体で34%の運用コスト削減見込み」), not the share of the records holding the word. A share is
asked of what is counted (「Aは何％」「終わったのは何％」「実践項目は全体の何％」), never of a searched phrase."""
from __future__ import annotations

import re

from assistant.query.answer import Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_ASKED = r"(?:は|が|って)\s*(?:何|なん)\s*(?:%|パーセント)"


def figure_asked(q: Query) -> bool:
    """Whether the share the grammar read is a figure of the text asked instead."""
    if q.aggregate != "ratio":
        return False
    said = nfkc(q.question or "")
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"]
    return any(len(w) >= 2 and compiled(re.escape(w) + _ASKED).search(said) for w in words)
