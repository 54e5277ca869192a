"""Case studies laid out as numbered cases under marked topic headings (a ministry's collection as a
web page): 「■ 窓口業務の民間委託」 over 「事例1 市民課窓口業務の包括的民間委託」, the organisations on
the line under it (山形県酒田市, 宮崎県小林市・えびの市・高原町), then 【取組】 and 【効果】. The cases
are read into the same _Case the ★/〈…〉 layout gives (loader.py), their heading worded as that
layout's (「山形県酒田市の取組事例:…」) so that the places and the title are read the same way."""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean

_TOPIC_RE = re.compile(r"^[■□◆◇●]\s*(\S.*)$")
_CASE_RE = re.compile(r"^事例\s*(\d{1,3})\s*[:：.．]?\s+(\S.*)$")


def detect(text: str) -> bool:
    """Two numbered cases or more, each with its 【取組】, under marked topic headings."""
    lines = [clean(line) for line in text.splitlines()]
    heads = sum(1 for line in lines if _CASE_RE.match(line))
    return heads >= 2 and sum(1 for line in lines if line == "【取組】") >= heads \
        and any(_TOPIC_RE.match(line) for line in lines)


def _is_places(line: str, parse_places) -> bool:
    """The line under a case's heading names its organisations (a short line, no sentence)."""
    return bool(line) and len(line) <= 40 and "。" not in line and not line.startswith("【") and bool(parse_places(line))


def cases(lines: list[str], case_type, parse_places) -> list[tuple[str, object]]:
    """(printed number, case) of every case, in order. `case_type` is the loader's _Case."""
    out: list[tuple[str, object]] = []
    topic = ""
    current = None
    index = 0
    while index < len(lines):
        stripped = clean(lines[index])
        line_no = index + 1
        index += 1
        if not stripped:
            continue
        heading = _TOPIC_RE.match(stripped)
        case = _CASE_RE.match(stripped)
        if heading:
            topic, current = clean(heading.group(1)), None
        elif case:
            places = ""
            following = next((j for j in range(index, len(lines)) if clean(lines[j])), None)
            if following is not None and _is_places(clean(lines[following]), parse_places):
                places = clean(lines[following])
                index = following + 1
            title = clean(case.group(2))
            current = case_type(line=line_no, heading=f"{places}の取組事例:{title}" if places else "", topic=topic)
            current.end_line = line_no
            if not places:
                current.notes.append("団体名の記載なし")
            out.append((case.group(1), current))
        elif current is None:
            continue
        elif stripped == "【取組】":
            current.part = "measures"
        elif stripped == "【効果】":
            current.part = "effects"
        else:
            current.parts[current.part].append((line_no, stripped))
            current.end_line = line_no
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines before the first topic (the title, 「（令和6年3月29日公表）」, the list of cases): the
    document's own text, as its passages."""
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _TOPIC_RE.match(stripped) or _CASE_RE.match(stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
