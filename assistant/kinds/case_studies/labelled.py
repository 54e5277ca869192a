"""Case studies as numbered, bracketed headings with labelled parts (a prefecture's collection as plain text):
「【事例3】保健師の共同採用」 opens a case, then 「【自治体】黒田村・赤坂町」 names who did it, 「【概要】…」 what was
done and 「【成果】…」 what it achieved. Other editions say 【団体名】【実施団体】, 【取組内容】, 【効果】, bracket with
［］〔〕 or print a label before a colon (「自治体：…」); a label may stand on its own line, its text under it.

The cases are read into the loader's _Case, their heading worded as the ★/〈…〉 layout's
(「黒田村・赤坂町の取組事例:保健師の共同採用」) so that the places and the title are read the same way. A case is
known by its shape — a numbered case heading followed by a label naming places — never by its names.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean, nfkc

# 「【事例3】保健師の共同採用」「［事例 3］…」「〔事例3〕…」「事例3：…」: a case's number and title.
# (「■事例3 …」: a mark before it; the unbracketed number then ends at a colon or a space)
_CASE_RE = re.compile(r"^[■□◆◇●▼▽]?\s*(?:[【［\[〔(（]\s*事例\s*(\d{1,3})\s*[】］\]〕)）]|事例\s*(\d{1,3})\s*(?:[:：.．]|\s))\s*(\S.*)?$")
# 「保健師の共同採用（黒田村・赤坂町）」: the places in brackets after the title, when no label names them.
_PLACES_AFTER_RE = re.compile(r"^(.+?)\s*[（(]([^()（）]{2,40})[)）]$")
# A part's label in brackets (【自治体】) or before a colon (自治体：), its text after it on the line or under it.
_LABEL_RE = re.compile(r"^(?:[【［\[〔]\s*([^】］\]〕]{1,8}?)\s*[】］\]〕]|([^\s:：【】]{1,8}?)\s*[:：])\s*(.*)$")
_PLACE_LABELS = ("自治体", "団体名", "団体", "実施団体", "自治体名", "市町村", "市町村名", "実施自治体")
_EFFECT_LABELS = ("成果", "効果", "取組の効果", "取組の成果", "主な成果", "主な効果", "導入効果", "成果・効果")
_MEASURE_LABELS = ("概要", "取組概要", "取組の概要", "取組内容", "取組の内容", "取組", "内容", "事業概要")


def _case(line: str) -> re.Match | None:
    return _CASE_RE.match(nfkc(line).strip())


def _label(line: str) -> tuple[str, str] | None:
    """(part, text after the label) of a labelled line: part "places", "measures" or "effects"; None otherwise."""
    match = _LABEL_RE.match(nfkc(line).strip())
    if not match:
        return None
    name = match.group(1) or match.group(2)
    for part, names in (("places", _PLACE_LABELS), ("effects", _EFFECT_LABELS), ("measures", _MEASURE_LABELS)):
        if name in names:
            return part, clean(match.group(3))
    return None


def _places_after(title: str, parse_places) -> tuple[str, str]:
    """(title, places) of a heading naming its places in brackets after the title; (title, "") otherwise."""
    match = _PLACES_AFTER_RE.match(title)
    if match and parse_places(match.group(2)) and all(parse_places(p) for p in re.split(r"[・、,，]", match.group(2)) if p):
        return clean(match.group(1)), clean(match.group(2))
    return title, ""


def detect(text: str, parse_places) -> bool:
    """Two numbered cases or more, each naming its places under a label of its own."""
    lines = [clean(line) for line in text.splitlines()]
    heads = sum(1 for line in lines if _case(line))
    named = sum(1 for line in lines if (label := _label(line)) and label[0] == "places"
                and (not label[1] or parse_places(label[1])))
    named += sum(1 for line in lines if (head := _case(line)) and _places_after(head.group(3) or "", parse_places)[1])
    parts = sum(1 for line in lines if (label := _label(line)) and label[0] in ("measures", "effects"))
    return heads >= 2 and named >= heads and parts >= heads


def cases(lines: list[str], case_type, parse_places) -> list[tuple[str, object]]:
    """(printed number, case) of every case, in order. `case_type` is the loader's _Case."""
    out: list[tuple[str, object]] = []
    current = None
    title = ""
    part = ""
    for index, raw in enumerate(lines):
        stripped = clean(raw)
        line_no = index + 1
        if not stripped:
            continue
        head = _case(stripped)
        if head:
            title, places = _places_after(clean(head.group(3) or ""), parse_places)
            current = case_type(line=line_no, topic=title)
            current.end_line = line_no
            if places:
                current.heading = f"{places}の取組事例:{title}"
            else:
                current.notes.append("団体名の記載なし")  # (until a label names them)
            out.append((head.group(1) or head.group(2), current))
            part = ""
            continue
        if current is None:
            continue
        label = _label(stripped)
        if label:
            part, text = label
        else:
            text = stripped
        if part == "places":
            if text and parse_places(text):
                current.heading = f"{text}の取組事例:{title}"
                current.notes = [n for n in current.notes if n != "団体名の記載なし"]
                part = ""
        elif part in ("measures", "effects") and text:
            current.parts[part].append((line_no, text))
        elif text:
            current.parts["details"].append((line_no, text))
        current.end_line = line_no
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines before the first case (the title, the issuer, the foreword): the document's own text."""
    for index, line in enumerate(lines):
        stripped = clean(line.replace("\t", " "))
        if _case(stripped):
            break
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
