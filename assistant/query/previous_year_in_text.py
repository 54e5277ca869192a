"""「改善提案の応募は前の年度から何件増えた？」: a change a text states in one sentence as a figure and the previous
year's beside it (「136件の応募がありました（前年度は98件）」), read as the one minus the other.

Only where exactly one passage holding every word of the question (or its document's title holding the word, a
newsletter named) states such a pair in the unit asked; answered as a search (the value shown with its passage, to
be checked there). Questions of another shape, or passages stating no such pair or several, are left to the rest of
the engine (None).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_PREVIOUS = r"(?:前の年度|前年度|前年|昨年度|昨年)"
_ASKED = compiled(_PREVIOUS + r"\s*(?:から|より|と比べて|に比べて|と比べると)\s*(?:は)?\s*何\s*(件|人|名|回|台|か所|箇所|団体|社)\s*"
                  r"(?P<verb>増え|増加|伸び|減っ|減少|減り)")
_SAME_UNIT = {"名": "人|名", "人": "人|名"}


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    asked = _ASKED.search(said)
    if asked is None or q.aggregate not in ("", "count"):
        return None
    units = _SAME_UNIT.get(asked.group(1), re.escape(asked.group(1)))
    # 「136件の応募がありました（前年度は98件）」「…は1,240人で、前年度の1,010人から…」: this year's figure, then the previous one's
    pair = compiled(r"(\d[\d,]*)\s*(?:" + units + r")[^。\n]{0,30}?" + _PREVIOUS + r"\s*(?:は|の|が|:|：)?\s*(\d[\d,]*)\s*(?:" + units + r")")
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"
             and not re.fullmatch(_PREVIOUS + r"?", str(c.value))]
    if not words or any(c.field != "text" and not c.field.startswith("@document") for c in q.conditions):
        return None
    db = assistant.db
    titles = {r[0]: nfkc(r[1] or "") for r in db.execute("SELECT source, title FROM documents")}
    found: dict[tuple[int, int], dict] = {}
    rows = db.execute("SELECT key, source, line, text FROM passages WHERE " + " AND ".join(
        ["(instr(text, ?) > 0 OR source IN (SELECT source FROM documents WHERE instr(title, ?) > 0))"] * len(words)),
        [w for word in words for w in (word, word)])
    for key, source, line, text in rows:
        for m in pair.finditer(nfkc(text or "")):
            now, before = (int(g.replace(",", "")) for g in m.groups())
            found.setdefault((now, before), {"key": key, "source": source, "line": line, "text": text, "field": "text"})
    if len(found) != 1:
        return None
    (now, before), excerpt = next(iter(found.items()))
    change = now - before if asked.group("verb") in ("増え", "増加", "伸び") else before - now
    summary = (f"本文に「{now}{asked.group(1)}（前年度は{before}{asked.group(1)}）」とあり、前年度からの差は {change}{asked.group(1)} です"
               f"（{excerpt['source']} {excerpt['line']}行目: 「{str(excerpt['text'])[:120]}」。抜粋から読んだ値です）。")
    understood = [c.to_dict() for c in q.conditions] + [
        {"field": "text", "op": "figure", "value": asked.group(0), "label": f"本文の数値と前年度の数値の差（{asked.group(1)}）"}]
    title = titles.get(excerpt["source"], "")
    return Answer(question=q.question, target="passage", status="search", count=1,
                  rows=[{"key": excerpt["key"], "title": title, "source": excerpt["source"], "line": excerpt["line"]}],
                  excerpts=[excerpt], value=change, summary=summary, understood=understood, query=q.to_dict())
