"""A target a document states in its prose, over its table (「女性委員の登用率を…35％以上とすることを目標と
しています」, 「…基準年度比で20％削減することを目標としています」, 「保有台数を１４台とすることを目標とする」),
asked as a figure (「登用目標って何パーセント」「計画の目標台数って何台」): the sentence stating it, with a figure
in the unit asked, answers, shown as a search. The figure is the document's words, not a value the
engine read from a table, so it is never stated as `exact`; the sentence is the answer to read.
"""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「目標って何パーセント」「削減目標は基準年度比で何％」「何%を目標に」: a target asked as a percentage.
_PERCENT_UNIT = r"パーセント|ぱーせんと|[%％]|割"
# 「目標台数って何台」「年間何件を目標に」: a target asked as a count of things, the counter saying which figure
# of the sentence is meant. Only asked of a table's column read in every row (see conversation): 「目標は何件」
# alone also counts rows of targets.
_COUNTER_UNIT = r"台|人|名|件|か所|箇所|校|施設|団体|回"


def _asked(units: str):
    return compiled(rf"目標[^。？?]{{0,16}}?(?:何|なん)\s*(?P<a>{units})"
                    rf"|(?:何|なん)\s*(?P<b>{units})[^。？?]{{0,6}}目標")


_ASKED = _asked(_PERCENT_UNIT)
_ASKED_ANY = _asked(f"{_PERCENT_UNIT}|{_COUNTER_UNIT}")
_PERCENT = compiled(r"\d+(?:\.\d+)?\s*[%％]|\d+割")
_STATES = compiled(r"目標(?:と|に|として|を)")


def asks_stated_target(question: str, counts: bool = False) -> bool:
    return bool((_ASKED_ANY if counts else _ASKED).search(nfkc(question)))


def _figure_asked(question: str):
    """The pattern of a figure in the unit the question asks (a percentage, or 「１４台」 for 何台)."""
    m = _ASKED_ANY.search(nfkc(question))
    unit = m.group("a") or m.group("b")
    if re.fullmatch(_PERCENT_UNIT, unit):
        return _PERCENT
    return re.compile(rf"\d+\s*{re.escape(unit)}")


def stated_target(db, question: str, sources: list[str], words: list[str]) -> Answer | None:
    """The sentence of these documents' prose stating a target with a percentage, the one sharing the
    most of the question's words (the first in the document on a tie); None when none states one."""
    if not sources or not asks_stated_target(question, counts=True):
        return None
    figure = _figure_asked(question)
    marks = ",".join("?" * len(sources))
    best: tuple[int, int, dict, str] | None = None
    for n, r in enumerate(db.query(f"SELECT key, source, line, field, text FROM passages WHERE source IN ({marks}) "
                                   "AND field = 'text' ORDER BY source, line", sources)):
        for sentence in re.split(r"(?<=。)", str(r["text"] or "")):
            said = nfkc(sentence)
            if not (_STATES.search(said) and figure.search(said)):
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
                    {"field": "text", "op": "match", "value": "目標", "label": "本文で目標を述べた文（数値つき）"}],
        notes=["目標の値は表ではなく本文の記載です。文をそのまま示します"],
    )
