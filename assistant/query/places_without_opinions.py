"""「通学区域について一つも意見が出なかった地区はどこ？」: of the places a meeting record's opinions were heard in
(comment.place, generic/section_bullets.py: 「（１）東部地区」 over its bullets), those where no opinion says the word.

Only where the question says the word, opinions (意見・発言・要望・質問) negated (出なかった, なかった …) and the places'
own word (地区 of 東部地区 …); the opinions with places all of one document; some place's opinions saying the word
(else the word is not what the opinions say, and none is read here). Words before the topic must be that document's
title's (「懇談会で」); None otherwise, left to the rest of the engine."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_ASKED = compiled(r"^(?:(?P<pre>[一-龥ァ-ヶーぁ-ん]{1,12}?)(?:で|では|の中で|において)[、,]?)?"
                  r"(?P<topic>[一-龥ァ-ヶー]{2,12}?)(?:について|に関して|に関する|に触れた|の)"
                  r"(?:一つも|1つも|ひとつも|一度も|1度も|一件も|1件も|何も)?(?:意見|発言|要望|質問)(?:が|は|も)?"
                  r"(?:出なかった|出ていない|出てない|出されなかった|出されていない|なかった|ない)"
                  r"(?P<word>[一-龥]{1,3})(?:は|って)?(?:どこ|どれ|何|なに)?(?:ですか|でしょうか|か)?[?？。]?$")


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    m = _ASKED.match("".join(nfkc(question).split()))
    if m is None:
        return None
    try:
        rows = [dict(r) for r in assistant.db.query(
            "SELECT source, place, text FROM comment WHERE coalesce(place, '') <> '' ORDER BY source, line")]
    except Exception:  # (an index of no placed opinions has no such column)
        return None
    word, topic = m.group("word"), m.group("topic")
    rows = [r for r in rows if str(r["place"]).endswith(word)]
    sources = {r["source"] for r in rows}
    if len(sources) != 1:
        return None  # (no placed opinions, or of two documents: which is meant is unsaid)
    source = sources.pop()
    if m.group("pre"):
        titles = [r["title"] for r in assistant.db.query("SELECT title FROM documents WHERE source = ?", [source])]
        if not any(m.group("pre") in nfkc(str(t or "")) for t in titles):
            return None  # (a word before the topic that is not the document's: a condition not read here)
    places = list(dict.fromkeys(str(r["place"]) for r in rows))
    saying = {str(r["place"]) for r in rows if topic in nfkc(str(r["text"] or ""))}
    if not saying:
        return None
    without = [p for p in places if p not in saying]
    said = [p for p in places if p in saying]
    out = [{"place": p, "source": source} for p in without]
    summary = (f"「{topic}」に触れた意見が一つもなかった{word}は {len(without)}件です：{'、'.join(without)}。"
               f"（触れた意見があったのは {'、'.join(said)}）") if without else \
        f"どの{word}でも「{topic}」に触れた意見が出ています（{'、'.join(said)}）。"
    return Answer(question=question, target="comment", rows=out, count=len(without), value=None, status="exact",
                  understood=[{"field": "text", "op": "not_match", "value": topic,
                               "label": f"「{topic}」に触れた意見がない{word}"},
                              {"field": "place", "op": "value", "value": None, "label": f"{word}を答える"}],
                  summary=summary)
