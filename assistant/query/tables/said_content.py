"""「使われていない公民館を売ったらという意見」 for the row 「ほとんど使われていない地区公民館がある。売却して
…」: a row whose name is a sentence (a citizen's question, an opinion) called by what it says, in the
asker's words. The clause before という意見／って声 is compared with each such name by the runs of text
they share; one row sharing clearly the most is the one meant."""
from __future__ import annotations

import re

from assistant.query.facts import _key

# The clause said, then what it is: 「…という意見」「…って声」「…との要望」.
_SAID_AS = re.compile(r"([^、。,，?？!！]{4,60}?)(?:という|といった|との|って|っていう)(?:意見|声|要望|質問|提案|ご意見|相談|苦情|指摘)")
_CONTENT = re.compile(r"[一-龥ァ-ヶー]")
_SENTENCE_NAME = 15  # a name this long on average is a sentence, not a title


def _shared(clause: str, name: str) -> int:
    """Characters of the clause in runs the name holds: 2 or more kanji, 3 or more with a kanji, 4 or more
    of kana."""
    covered = [False] * len(clause)
    n = len(clause)
    for i in range(n):
        for j in range(n, i + 1, -1):
            piece = clause[i:j]
            # (kana runs of 4 or more count: the search form spells katakana in hiragana, キャッシュレス too)
            if len(piece) < 2 or (len(piece) < 4 and not _CONTENT.search(piece)):
                continue
            if len(piece) == 2 and not re.fullmatch(r"[一-龥ァ-ヶー]{2}", piece):
                continue
            if piece in name:
                for k in range(i, j):
                    covered[k] = True
                break
    return sum(covered)


def rows_by_content(t, qn: str, free) -> list[tuple[float, tuple[int, int], dict, str]]:
    """(score, span, row, name) of the one row whose sentence-long name the question's clause says."""
    if not t.name or not t.rows:
        return []
    names = [(r, str(r["cells"].get(t.name) or "")) for r in t.rows]
    if sum(len(n) for _, n in names) / len(names) < _SENTENCE_NAME:
        return []
    for m in _SAID_AS.finditer(qn):
        start = m.start(1)
        while start < m.end(1) and not free(start, m.end(1)):
            start += 1  # (a place said first, 「千種野市の」, is not the clause)
        clause = qn[start:m.end(1)]
        if len(clause) < 4:
            continue
        scored = sorted(((_shared(clause, _key(name)), r, name) for r, name in names), key=lambda s: -s[0])
        best = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0
        if best[0] >= max(4, len(clause) // 3) and best[0] >= 2 * second:
            return [(90.0, (start, m.end()), best[1], best[2])]
    return []
