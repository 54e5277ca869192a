"""「…研修について、実施日及び参加者数、満足度をお示しください」 answered with one of the things asked (the date) and the
others left unread (参加者, 満足度): where an excerpt shown prints each of those words as a label with one figure after
it (「参加者 ： 19 名」「満足度（平均） ： ８５点」), the summary says what it prints. The words stay unused and the
answer keeps its status: the figures are quoted from the excerpt, not read as conditions."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_UNIT = r"(?:名|人|点|件|回|%|％|円|千円|万円|団体|社)"
_WORD = compiled(r"[一-龥ァ-ヶー]{2,8}")


def said_from_excerpts(answer: Answer) -> None:
    if answer.error or answer.status != "partial" or not answer.unused or not answer.excerpts or len(answer.rows) != 1:
        return
    shown: list[str] = []
    texts = [nfkc(str(e.get("text") or "")) for e in answer.excerpts[:5]]
    for word in answer.unused:
        if not _WORD.fullmatch(word):
            continue
        label = compiled(r"(" + re.escape(word) + r"[^\s：:、。]{0,8}?)\s*[：:]\s*(\d[\d,]*(?:\.\d+)?)\s*(" + _UNIT + r")")
        found = {(m.group(1), m.group(2) + m.group(3)) for t in texts for m in label.finditer(t)}
        if len(found) == 1:
            name, figure = found.pop()
            shown.append(f"{name}: {figure}")
    if shown:
        answer.summary += f" 抜粋には {'、'.join(shown)} とあります（抜粋で確かめてください）。"
