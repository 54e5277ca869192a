"""A plan's period, read where the documents print it as a span of years called its period:
「令和2年度から令和6年度までの5年間の取組期間」「計画期間：令和3年度～令和7年度」.

Asked 「…プランの計画期間は何年度から何年度まで？」 (grammar/plan_periods.py): the passages of a document whose
title names the plan, or any passage naming it, are read for a span joined to a word of period (計画期間,
取組期間, 期間). One span only is answered; spans of other plans in the same document leave only those the
plan's name is printed with, and two spans still differing leave the question to the engine."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.grammar.canon import canonicalise
from assistant.query.grammar.plan_periods import PERIOD_ASKED
from assistant.text.normalize import nfkc, notation_key
from assistant.text.wareki import label_to_fy

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

_Y = r"(?:(?:令和|平成)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年度"
_PERIOD = r"(?:計画|取組|取り組み|実施|推進)?期間"
# the span, then (within a few characters: 「までの5年間の」) the word of period; or that word, then the span
_SPAN = compiled(r"(?P<y1>" + _Y + r")\s*(?:から|～|〜|~|－|-|―)\s*(?P<y2>" + _Y + r")(?:\s*まで)?(?=[^。、]{0,10}?" + _PERIOD + r")"
                 r"|" + _PERIOD + r"\s*(?:は|[:：])?\s*(?P<y3>" + _Y + r")\s*(?:から|～|〜|~|－|-|―)\s*(?P<y4>" + _Y + r")")


def _fy(label: str) -> int | None:
    label = "".join(label.split())
    return label_to_fy(label.replace("元年", "1年"))


def answer(db: IndexReader, question: str) -> Answer | None:
    from assistant.query.parse import normalize_question

    m = PERIOD_ASKED.regex.search(canonicalise(normalize_question(question)).text)
    if m is None:
        return None
    name = notation_key(nfkc(m.group("name")))
    parts = [p for p in name.split("の") if p]
    titled = {d["source"] for d in db.query("SELECT source, title FROM documents")
              if all(p in notation_key(d["title"] or "") for p in parts)}
    spans = []  # (first, last, passage, names the plan)
    for p in db.query("SELECT key, source, line, text, field FROM passages WHERE text LIKE '%期間%'"):
        text = nfkc(p["text"] or "")
        names = all(part in notation_key(text) for part in parts)
        if p["source"] not in titled and not names:
            continue
        for s in _SPAN.finditer(text):
            first, last = s.group("y1") or s.group("y3"), s.group("y2") or s.group("y4")
            if _fy(first) is not None and _fy(last) is not None and _fy(first) <= _fy(last):
                spans.append(("".join(first.split()), "".join(last.split()), p, names))
    if len({(a, b) for a, b, _, _ in spans}) > 1:
        spans = [s for s in spans if s[3]]  # (other plans' periods in the document: the one printed with the name)
    if len({(a, b) for a, b, _, _ in spans}) != 1:
        return None
    first, last, p, _ = spans[0]
    years = _fy(last) - _fy(first) + 1
    excerpt = {"key": p["key"], "source": p["source"], "line": p["line"], "text": p["text"], "field": p["field"],
               "highlights": []}
    value = f"{first}から{last}まで"
    length = "何年間" in m.group(0)  # (「取組期間は何年間」: the number of years is the value asked)
    return Answer(question=question, target="passage", status="exact", count=1, value=years if length else value,
                  understood=[{"field": "period", "op": "=", "value": value,
                               "label": f"「{m.group('name')}」の期間として印刷された年度の範囲"}],
                  rows=[{"key": p["key"], "title": m.group("name"), "excerpt": p["text"]}], columns=["title", "excerpt"],
                  excerpts=[excerpt],
                  summary=(f"「{m.group('name')}」の期間は {first}から{last}まで（{years}年間）です"
                           f"（{p['source']} {p['line']}行目）。"))
