"""Case studies laid out as a numbered outline (a Word collection with numbered headings): topics
「1 業務改革」, cases 「1.1 AI議事録作成の全庁導入（東山県桜台市）」 naming their organisations in the
closing brackets, then labelled parts 「（1）取組内容 …」「（2）成果 …」 (or 【取組】/【効果】 lines).
The cases are read into the loader's _Case, their heading worded as the ★/〈…〉 layout's
(「東山県桜台市の取組事例:AI議事録作成の全庁導入」) so the places and the title are read the same way.

A case is known by what it holds, not by its numbers alone: its heading's brackets must name a
place (a prefecture or a 市町村), and the collection must label what each case did and achieved.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean

# 「2 公共施設マネジメント」: a topic, a short heading with one number and no sentence.
_TOPIC_RE = re.compile(r"^(\d{1,2})[.．]?\s+([^\s。].{0,39})$")
# 「2.1 小学校と公民館の複合化（北陵県白石市）」: a case, numbered under its topic, places in brackets.
_CASE_RE = re.compile(r"^(\d{1,2}[.．]\d{1,2})[.．]?\s+(\S.*?)\s*[（(]([^（）()]{2,60})[）)]$")
# 「（1）取組内容　…」「（2）成果　…」「【効果】」: a part's label, its text after it on the same line.
_PART_RE = re.compile(r"^(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}[)）]|[【［\[])?\s*"
                      r"(取組内容|取組の内容|取組概要|取組|内容|概要|成果|効果|取組の効果|導入効果|成果・効果)"
                      r"\s*(?:[】］\]]\s*)?(?:[:：]\s*|\s+|$)(.*)$")
_PARTS = {"取組内容": "measures", "取組の内容": "measures", "取組概要": "measures", "取組": "measures",
          "内容": "measures", "概要": "measures"}  # every other label is the effects


def _case(line: str, parse_places) -> re.Match | None:
    match = _CASE_RE.match(line)
    return match if match and parse_places(clean(match.group(3))) else None


def detect(text: str, parse_places) -> bool:
    """Two outline-numbered cases or more naming their places, with labelled parts for each."""
    lines = [clean(line) for line in text.splitlines()]
    heads = sum(1 for line in lines if _case(line, parse_places))
    parts = sum(1 for line in lines if _PART_RE.match(line))
    return heads >= 2 and parts >= heads and "事例" in text[:2000]


def cases(lines: list[str], case_type, parse_places) -> list[tuple[str, object]]:
    """(printed number, case) of every case, in order. `case_type` is the loader's _Case."""
    out: list[tuple[str, object]] = []
    topic = ""
    current = None
    for index, raw in enumerate(lines):
        stripped = clean(raw)
        line_no = index + 1
        if not stripped:
            continue
        case = _case(stripped, parse_places)
        topic_match = None if case else _TOPIC_RE.match(stripped)
        part = _PART_RE.match(stripped) if current is not None else None
        if case:
            places, title = clean(case.group(3)), clean(case.group(2))
            current = case_type(line=line_no, heading=f"{places}の取組事例:{title}", topic=topic)
            current.end_line = line_no
            out.append((case.group(1).replace("．", "."), current))
        elif topic_match and not part:
            topic, current = clean(topic_match.group(2)), None
        elif current is None:
            continue
        elif part:
            current.part = _PARTS.get(part.group(1), "effects")
            if part.group(2).strip():
                current.parts[current.part].append((line_no, clean(part.group(2))))
            current.end_line = line_no
        else:
            current.parts[current.part].append((line_no, stripped))
            current.end_line = line_no
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str, parse_places) -> None:
    """The lines before the first case or topic (the title, the publisher and date): the document's own text."""
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _case(stripped, parse_places) or _TOPIC_RE.match(stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
