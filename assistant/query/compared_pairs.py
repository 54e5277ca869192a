"""「窓口サービス課と行政監理室、担当してる実践項目はどっちが多い？」「実践項目28と31の合計点の差は？」「取組項目1と16、
委員評価は同じ？」: a comparison frame of the grammar (grammar/compared_pairs.py) executed by asking each named side
alone and comparing the two answers (two_named.compare). A side said by its number alone takes the other's kind
word (取組項目3と5 → 取組項目5). None where no frame matches or a side is not read exactly."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.grammar.compared_pairs import BARE_NUMBER, COUNT_SAID, COUNT_WORD, FRAMES, KIND_AND_NUMBER
from assistant.text.normalize import nfkc

_LONGEST = 200


def sides_said(a: str, b: str) -> tuple[str, str]:
    """The two sides as each is asked alone: a bare number after a kind and number takes that kind word."""
    kind = KIND_AND_NUMBER.match(a)
    if kind and BARE_NUMBER.match(b) and not BARE_NUMBER.match(a):
        b = f"{kind['k']}{b}"
    return a, b


def frame_of(question: str):
    """The first frame whose pattern reads the question, with its match; else (None, None)."""
    if not isinstance(question, str) or len(question) > _LONGEST:
        return None, None
    said = nfkc(question)
    for frame in FRAMES:
        m = frame.compiled.match(said)
        if m is not None:
            return frame, m
    return None, None


def answer(conv, question: str) -> Answer | None:
    from assistant.query import two_named

    frame, m = frame_of(question)
    if frame is None:
        return None
    a, b = sides_said(m["a"].strip(), m["b"].strip())
    what, way = m["what"].strip(), (m["dir"] if "dir" in m.groupdict() else "") or ""
    counted = None
    if COUNT_SAID.search(what):  # (「実践項目数の差」「担当している実践項目の数は同じ？」: a count of each side's records)
        what, counted = COUNT_WORD.sub("", what), True
    elif frame.mode != "winner":
        counted = False
    return two_named.compare(conv, question, a, b, what, way, mode=frame.mode, counted=counted)
