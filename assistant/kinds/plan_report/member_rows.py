"""A committee paper whose members' scores are one table turned sideways: a header 委員 │ <word>1 │ <word>2 … (the
initiatives as columns, named by the paper's own word: 重点取組１), one row per member (今井委員 │ 4 │ 3 …) and a last
row of their means (平均 │ 4.50 │ 2.75 …); the initiatives' names in a paragraph of their own (「（重点取組の名称）
１ デジタル行政の推進、２ 公共施設の最適化、…」), and the opinions as paragraphs naming the initiative they are on
(「○（重点取組３）ふるさと納税の寄附額は…」).

Each column is an initiative under the number it prints (the index joins it to the plan's own initiatives, as
member_tables.py's); the printed mean is the committee's score, each member's score kept under the name the row
prints (axes: {"今井委員": 4}); each opinion is a comment of its initiative (code 3-1, 3-2 …)."""
from __future__ import annotations

import re
from typing import Any

from assistant.kinds.plan_report.cells import COMMITTEE
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

_MEMBER_HEADS = ("委員", "委員名", "氏名", "評価者")
_MEAN_HEADS = ("平均", "平均点", "委員平均")
# A column head: the initiatives' word and its number (重点取組1, 取組方針2, 柱3).
_COLUMN_RE = re.compile(r"^(?P<word>[^\d\s:：.．()（）]{1,8}?)(?:No\.?)?(?P<no>\d{1,2})$")
_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
# 「（重点取組３）…」「○(重点取組3) …」: an opinion on the initiative it names.
_OPINION_RE = re.compile(r"^[・●○◯〇◆■□◇-]?\s*[(（]\s*(?P<word>[^\d\s()（）]{1,8}?)\s*(?P<no>\d{1,2})\s*[)）]\s*(?P<text>\S.*)$")
# 「１ デジタル行政の推進、２ 公共施設の最適化」: the names the paper gives its initiatives, by number.
_NAME_RE = re.compile(r"(?:^|[、,，;；\s)）])\s*(?P<no>\d{1,2})\s*[\s.．:：]\s*(?P<title>[^、,，;；]+?)\s*(?=$|[、,，;；])")
_SCALE_RE = re.compile(r"(\d{1,3})\s*点満点")
_COMMITTEE_RE = re.compile(COMMITTEE)


def _cells(line: str) -> list[str]:
    return [no_spaces(nfkc(c)) for c in line.split("\t")]


def _number(cell: str) -> float | int | None:
    if not _NUMBER_RE.match(cell):
        return None
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def _table(lines: list[str]) -> tuple[int, str, list[str], dict[str, list], list] | None:
    """(the header's line, the initiatives' word, their numbers, {member: scores}, the means) of the first
    sideways member table; None when there is none."""
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = _cells(line)
        if head[0] not in _MEMBER_HEADS or len(head) < 3:
            continue
        columns = [_COLUMN_RE.match(c) for c in head[1:]]
        if not all(columns) or len({m.group("word") for m in columns}) != 1:
            continue
        numbers = [str(int(m.group("no"))) for m in columns]
        if len(set(numbers)) != len(numbers):
            continue
        members: dict[str, list] = {}
        mean: list = []
        for j in range(i + 1, len(lines)):
            if "\t" not in lines[j]:
                if lines[j].strip():
                    break
                continue
            row = _cells(lines[j])
            values = [_number(c) for c in row[1:len(head)]]
            if len(row) < len(head) or any(v is None for v in values):
                break
            if row[0] in _MEAN_HEADS:
                mean = values
                break
            members[row[0]] = values
        if len(members) >= 2 and mean:
            return i, columns[0].group("word"), numbers, members, mean
    return None


def detect(text: str) -> bool:
    return bool(_COMMITTEE_RE.search(text[:3000])) and _table(text.splitlines()) is not None


def _names(lines: list[str], word: str, numbers: list[str]) -> dict[str, str]:
    """The initiatives' names from the paragraph listing them all by number (the one naming the most)."""
    best: dict[str, str] = {}
    for line in lines:
        if "\t" in line:
            continue
        text = nfkc(clean(line)).strip()
        text = re.sub(r"^[(（][^()（）]*[)）]\s*", "", text)  # (「（重点取組の名称）」: the paragraph's own label)
        found = {str(int(m.group("no"))): clean(m.group("title")) for m in _NAME_RE.finditer(text)}
        found = {no: title for no, title in found.items() if no in numbers}
        if len(found) > len(best) and len(found) >= 2:
            best = found
    return best


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND, _narrative

    raw = text.splitlines()
    at, word, numbers, members, mean = _table(raw)
    title = next((clean(line) for line in raw if line.strip()), "")
    doc = ParsedDocument(kind=KIND, title=title)
    names = _names(raw, word, numbers)
    scale_said = _SCALE_RE.search(nfkc(text[:3000]))
    opinions: dict[str, list[tuple[int, str]]] = {no: [] for no in numbers}
    used: list[int] = []
    for j, line in enumerate(raw):
        m = _OPINION_RE.match(nfkc(clean(line)).strip())
        if m and no_spaces(m.group("word")) == word and str(int(m.group("no"))) in opinions:
            # (the text as printed, its bracketed head cut)
            printed = clean(line).strip()
            cut = re.search(r"[)）]", printed)
            opinions[str(int(m.group("no")))].append((j + 1, printed[cut.end():].strip() if cut else m.group("text")))
            used.append(j)
    for k, no in enumerate(numbers):
        fields: dict[str, Any] = {"no": int(no), "title": names.get(no, ""), "committee_score": mean[k],
                                  "axes": {member: values[k] for member, values in members.items()},
                                  "n_comments": len(opinions[no]), "called": word}
        if scale_said:
            fields["committee_scale"] = float(scale_said.group(1))
        key = f"initiative:{no}"
        doc.records.append(Record("initiative", no, fields, source, at + 1, at + 2 + len(members)))
        if fields["title"]:
            doc.passages.append(Passage(key, "title", fields["title"], source, at + 1))
        said = " / ".join(f"{member} {values[k]}" for member, values in members.items())
        doc.passages.append(Passage(key, "axes", f"{word}{no} {fields['title']}: {said} / 平均 {mean[k]}", source, at + 1))
        for n, (line, opinion) in enumerate(opinions[no], start=1):
            code = f"{no}-{n}"
            doc.records.append(Record("comment", code, {"initiative": no, "n": n, "text": opinion}, source, line))
            doc.passages.append(Passage(f"comment:{code}", "text", opinion, source, line))
    table_end = at + 2 + len(members)
    ranges = [(0, at)]
    start = table_end + 1
    for j in sorted(used):
        if j > start:
            ranges.append((start, j))
        start = j + 1
    ranges.append((start, len(raw)))
    _narrative(doc, source, raw, [r for r in ranges if r[1] > r[0]])
    return doc
