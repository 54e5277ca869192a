"""The opening lines of a meeting's record (日時・場所・出席者・欠席者…) read as label → value, even when a
Word file's paragraphs arrive run together (「…午後3時30分場 所：市役所…出席者：本部長 …」) and the
labels are spaced out with an ideographic space (日　時, 場　所)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.names import ABBREVIATIONS
from assistant.text.normalize import nfkc

# A label of a record's head, as printed: two kanji may be spaced apart (日　時), longer ones are not.
_LABEL = compiled(r"(日\s?時|開催日時?|場\s?所|会\s?場|出席者|出席委員|欠席者|欠席委員|説明員|事務局|傍聴者|議\s?題|次\s?第)\s*[:：]")


def head_lines(text: str) -> dict[str, str]:
    """{label (spaces removed): its value} of the labelled lines in a passage of a record's head."""
    t = nfkc(text)
    found = list(_LABEL.finditer(t))
    out: dict[str, str] = {}
    for n, m in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(t)
        value = t[m.end():end].strip()
        # (「説明員：… ／ 事務局：…」: a separator printed between two labels on one line)
        value = re.sub(r"\s*[/／]\s*$", "", value)
        out.setdefault(re.sub(r"\s", "", m.group(1)), value)
    return out


def people_of(value: str) -> list[str]:
    """「本部長（市長） 大西 誠、副本部長（副市長） 黒田 和彦、…」 → one entry per person listed."""
    return [p.strip() for p in re.split(r"[、,，]", value) if p.strip()]


# 「（R7第2回）」「R7年度第2回」: which meeting, said in the short form staff write.
_SHORT_WHICH = compiled(r"[（(]?\s*R\s*(\d{1,2})\s*(?:年度)?\s*の?\s*(第\d{1,2}回)\s*[)）]?")


def spelled_meeting(question: str) -> str:
    """The question with a short 「R7第2回」 said as 「令和7年度の第2回」 and 「行革」 as its full word, so that the
    words of a record's title can be matched."""
    q = _SHORT_WHICH.sub(lambda m: f"、令和{m.group(1)}年度の{m.group(2)}", nfkc(question))
    for short, fulls in ABBREVIATIONS:
        if short == "行革" and short in q and "行政改革" not in q:
            q = q.replace(short, fulls[0], 1)
    return q
