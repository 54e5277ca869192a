"""The plan that follows a named one, read from the sentence that introduces it:
「令和7年4月から、行政改革プランとICT推進プランを統合した新計画である『とまこまい行革創成プラン』がスタートしております。」

Asked 「…プランの次の計画は何という名前で、いつスタートした？」 (grammar/successor_plans.py): in the documents titled
with the plan, or passages naming it, a sentence calling a bracketed name the new plan (新計画, 次期計画, 後継計画)
and saying from when it runs gives both. One such sentence (one name, one start) is answered; none or several
leave the question to the engine."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.grammar.canon import canonicalise
from assistant.query.grammar.successor_plans import SUCCESSOR_ASKED
from assistant.text.normalize import nfkc, notation_key

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

_NEW = compiled(r"(?:新計画|新たな計画|新しい計画|次期計画|後継計画|新プラン|次期プラン|後継プラン)\s*(?:である|として|の|、)?\s*"
                r"[『「](?P<new>[^』」]{2,40})[』」]")
_FROM = compiled(r"(?P<when>(?:令和|平成)\s*(?:元|\d{1,2})\s*年(?:度|\s*\d{1,2}\s*月)?|(?:19|20)\d{2}\s*年(?:度|\s*\d{1,2}\s*月)?)\s*(?:から|より)")
_SENTENCE = compiled(r"[^。\n]+")


def answer(db: IndexReader, question: str) -> Answer | None:
    from assistant.query.parse import normalize_question

    m = SUCCESSOR_ASKED.regex.search(canonicalise(normalize_question(question)).text)
    if m is None:
        return None
    name = notation_key(nfkc(m.group("name")))
    parts = [p for p in name.split("の") if p]
    titled = {d["source"] for d in db.query("SELECT source, title FROM documents")
              if all(p in notation_key(d["title"] or "") for p in parts)}
    found = []
    for p in db.query("SELECT key, source, line, text, field FROM passages WHERE text LIKE '%計画%' OR text LIKE '%プラン%'"):
        text = nfkc(p["text"] or "")
        if p["source"] not in titled and not all(part in notation_key(text) for part in parts):
            continue
        for sentence in _SENTENCE.findall(text):
            new, when = _NEW.search(sentence), _FROM.search(sentence)
            if new is None or when is None or name in notation_key(new.group("new")):
                continue
            found.append((new.group("new").strip(), "".join(when.group("when").split()), sentence.strip(), p))
    if len({(n, w) for n, w, _, _ in found}) != 1:
        return None
    new, when, sentence, p = found[0]
    excerpt = {"key": p["key"], "source": p["source"], "line": p["line"], "text": p["text"], "field": p["field"],
               "highlights": []}
    return Answer(question=question, target="passage", status="exact", count=1, value=new,
                  understood=[{"field": "successor", "op": "=", "value": new,
                               "label": f"「{m.group('name')}」の次の計画として書かれた計画"}],
                  rows=[{"key": p["key"], "title": new, "excerpt": sentence}], columns=["title", "excerpt"],
                  excerpts=[excerpt],
                  summary=(f"「{m.group('name')}」の次の計画は『{new}』で、{when}からスタートしています"
                           f"（{p['source']} {p['line']}行目：「{sentence}」）。"))
