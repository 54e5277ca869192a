"""「効果額はどれくらいと見込んでた？」 after one row was answered (an agenda item of minutes, its speakers' turns
as its cells): a word that is no column of the table but that one sentence of the row's cells says is asked
of that sentence. The sentence is shown as found (status search), never as a value of the table."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _content_words, _key
from assistant.text.normalize import nfkc

_ASKS = compiled(r"どれくらい|どのくらい|どれぐらい|いくら|いつ|何[^?？]{0,3}[?？]?$|どう|どこ|だれ|誰")


def said_in_row(question: str, context) -> Answer | None:
    """The one sentence of the row the conversation is on holding the question's word, or None."""
    if context is None or len(context.rows) != 1 or not _ASKS.search(nfkc(question)):
        return None
    t, row = context.table, context.rows[0]
    qn = _key(question)
    if any(len(f) >= 2 and f in qn for c in t.columns for f in c.forms):
        return None  # (a column said: the table's reading answers)
    words = [w for w in _content_words(question) if len(_key(w)) >= 2]
    if not words:
        return None
    hits = []
    for h, v in row["cells"].items():
        for sentence in re.split(r"(?<=。)", nfkc(str(v or ""))):
            if sentence.strip() and all(_key(w) in _key(sentence) for w in words[:1]):
                hits.append((h, sentence.strip()))
    if len(hits) != 1:
        return None
    header, sentence = hits[0]
    name = str(row["cells"].get(t.name) or row["key"])
    return Answer(question=question, target="table_row", status="search", count=1,
                  rows=[{"key": row["key"], "source": t.source, "line": row["line"], **row["cells"]}],
                  summary=f"{name}の「{header}」にこうあります：「{sentence}」（{t.doc_title}）。",
                  excerpts=[{"key": row["key"], "source": t.source, "line": row["line"], "field": "text",
                             "text": sentence, "highlights": []}],
                  notes=["表の欄の値ではなく、前の回答の行の文から答えています"])
