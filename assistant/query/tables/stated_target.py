"""A target a document states in its prose, over its table (「女性委員の登用率を…35％以上とすることを目標と
しています」, 「…基準年度比で20％削減することを目標としています」), asked as a figure (「登用目標って何パーセント」):
the sentence stating it answers, shown as a search. The figure is the document's words, not a value the
engine read from a table, so it is never stated as `exact`; the sentence is the answer to read.
"""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「目標って何パーセント」「削減目標は基準年度比で何％」「何%を目標に」: a target asked as a percentage.
_ASKED = compiled(r"目標[^。？?]{0,16}?(?:何|なん)\s*(?:パーセント|ぱーせんと|[%％]|割)"
                  r"|(?:何|なん)\s*(?:パーセント|[%％]|割)[^。？?]{0,6}目標")
_PERCENT = compiled(r"\d+(?:\.\d+)?\s*[%％]|\d+割")
_STATES = compiled(r"目標(?:と|に|として|を)")


def asks_stated_target(question: str) -> bool:
    return bool(_ASKED.search(nfkc(question)))


def stated_target(db, question: str, sources: list[str], words: list[str]) -> Answer | None:
    """The sentence of these documents' prose stating a target with a percentage, the one sharing the
    most of the question's words (the first in the document on a tie); None when none states one."""
    if not sources or not asks_stated_target(question):
        return None
    marks = ",".join("?" * len(sources))
    best: tuple[int, int, dict, str] | None = None
    for n, r in enumerate(db.query(f"SELECT key, source, line, field, text FROM passages WHERE source IN ({marks}) "
                                   "AND field = 'text' ORDER BY source, line", sources)):
        for sentence in re.split(r"(?<=。)", str(r["text"] or "")):
            said = nfkc(sentence)
            if not (_STATES.search(said) and _PERCENT.search(said)):
                continue
            score = sum(1 for w in words if len(w) >= 2 and nfkc(w) in said)
            if best is None or score > best[0]:
                best = (score, n, dict(r), sentence.strip())
    if best is None:
        return None
    _, _, row, sentence = best
    title = next((t["title"] for t in db.query("SELECT title FROM documents WHERE source = ?", [row["source"]])), "") \
        or row["source"]
    excerpt = {"key": row["key"], "source": row["source"], "line": row["line"], "field": row["field"], "text": sentence}
    return Answer(
        question=question, target="passage", status="search", count=1, excerpts=[excerpt],
        summary=(f"目標は資料の本文に次のとおり書かれています（{title}、{row['line']}行目）:「{sentence}」"),
        understood=[{"field": "source", "op": "in", "value": list(sources), "label": "文書: " + title},
                    {"field": "text", "op": "match", "value": "目標", "label": "本文で目標を述べた文（割合つき）"}],
        notes=["目標の値は表ではなく本文の記載です。文をそのまま示します"],
    )
