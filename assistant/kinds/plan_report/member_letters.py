"""A committee's opinion paper on a plan's initiatives (a PDF): its members listed by letter with their roles
(「Ａ委員　学識経験者（委員長）」), a score table of a row per initiative under a two-row header — the initiative's
word (重点取組) over nothing, an upper cell naming the members' block (委員評価) over the members' letters (Ａ │ Ｂ …),
the mean (平均) — each row's first cell the initiative's number and name together (「１ デジタル化による…」), the
header printed again where a page break splits the table; then the opinions under a heading per initiative
(「【重点取組１】デジタル化による…」), each a bullet 「・…（Ａ委員）」 naming its member at its end, maybe wrapped over
lines (the member's bracket too).

Each score row is an initiative (the index joins it to the plan's own initiatives by number), its members' points
kept under the members' names as the paper names them (axes: {"A委員": 8}), the mean as the committee's score, the
number of opinions on it. Each bullet is a comment on the initiative its heading names, with its member and the
member's role. The layout is known by its shape — the header's member letters under one upper cell, every row's
member cells and mean numbers, bullets closed by a member's bracket — and by the document naming the body that
evaluates (cells.COMMITTEE)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.plan_report.cells import COMMITTEE, cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

_AVERAGE_HEADS = ("平均", "平均点", "委員平均", "平均値")
_LETTER_RE = re.compile(r"^[A-Z]$")
_SCORE_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
# 「1 デジタル化による行政サービスの向上」: the number and the name in one cell (NFKC).
_ROW_HEAD_RE = re.compile(r"^(?P<no>\d{1,2})\s*[.．、]?\s*(?P<title>\S.*)$")
# 「A委員 学識経験者(委員長)」: a member by letter and the member's role (NFKC).
_MEMBER_LINE_RE = re.compile(r"^(?P<name>[A-Z]委員)\s+(?P<role>\S.*)$")
# 「【重点取組1】デジタル化による…」: the opinions' heading per initiative (NFKC).
_HEADING_RE = re.compile(r"^【\s*(?P<word>[^\d\s】]{1,8}?)\s*(?P<no>\d{1,2})\s*】\s*(?P<title>.*)$")
# An opinion's member at its end: 「…（A委員）」 (NFKC, spaces left out).
_BY_RE = re.compile(r"[(（](?P<member>[A-Z]委員)[)）]$")
_BULLETS = ("・", "･", "○", "◯", "●")
_COMMITTEE_RE = re.compile(COMMITTEE)


@dataclass
class Scores:
    word: str
    letters: dict[int, str]  # column → letter
    average: int
    rows: list[tuple[int, str, str, list[str]]]  # (line, number, title, cells)
    used: set[int]


def _header(lines: list[str], i: int) -> tuple[str, dict[int, str], int] | None:
    if "\t" not in lines[i] or i + 1 >= len(lines) or "\t" not in lines[i + 1]:
        return None
    head = [no_spaces(nfkc(c)) for c in cells(lines[i])]
    sub = [no_spaces(nfkc(c)) for c in cells(lines[i + 1])]
    average = next((j for j, c in enumerate(head) if c in _AVERAGE_HEADS), -1)
    letters = {j: c for j, c in enumerate(sub) if _LETTER_RE.match(c)}
    if average < 0 or len(letters) < 3 or not head or not head[0] or (sub and sub[0]):
        return None
    upper = head[min(letters)] if min(letters) < len(head) else ""
    if "委員" not in upper:
        return None
    return head[0], letters, average


def _scores(lines: list[str]) -> Scores | None:
    found: Scores | None = None
    i = 0
    while i < len(lines):
        header = _header(lines, i)
        if header is None:
            i += 1
            continue
        word, letters, average = header
        if found is not None and (letters, average) != (found.letters, found.average):
            break
        if found is None:
            found = Scores(word, letters, average, [], set())
        found.used |= {i, i + 1}
        k = i + 2
        while k < len(lines) and "\t" in lines[k]:
            row = [nfkc(c).strip() for c in cells(lines[k])]
            said = _ROW_HEAD_RE.match(clean(row[0])) if row and row[0] else None
            if not said or not all(j < len(row) and _SCORE_RE.match(row[j]) for j in [*letters, average]):
                break
            found.rows.append((k, said.group("no"), clean(said.group("title")), row))
            found.used.add(k)
            k += 1
        i = k
    if found is None or len(found.rows) < 3:
        return None
    return found


def _members(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        said = _MEMBER_LINE_RE.match(nfkc(clean(line))) if "\t" not in line else None
        if said:
            out.setdefault(said.group("name"), clean(said.group("role")))
    return out


def _opinions(lines: list[str], start: int) -> list[tuple[int, str, str, str]]:
    """(line, initiative number, member, text) of each bullet under a heading 【重点取組N】."""
    out: list[tuple[int, str, str, str]] = []
    current: str | None = None
    bullet: list[str] = []
    at = -1

    def close() -> None:
        if current is None or not bullet:
            return
        text = "".join(bullet)
        said = _BY_RE.search(no_spaces(nfkc(text)))
        if said:
            body = re.sub(r"\s*[(（]\s*[A-ZＡ-Ｚ]\s*委\s*員\s*[)）]\s*$", "", text)
            out.append((at, current, said.group("member"), clean(body)))

    for i in range(start, len(lines)):
        text = clean(lines[i]) if lines[i].strip() else ""
        if not text or "\t" in lines[i]:
            continue
        heading = _HEADING_RE.match(nfkc(text))
        if heading:
            close()
            bullet, current = [], heading.group("no")
            continue
        if current is None:
            continue
        if text.startswith(_BULLETS):
            close()
            bullet, at = [text[1:].strip()], i
        elif bullet and not _BY_RE.search(no_spaces(nfkc("".join(bullet)))):
            bullet.append(text)  # (a bullet wrapped over lines, its member's bracket too)
        else:
            close()
            bullet = []
            if re.match(r"^[0-9０-９]{1,2}\s", text):
                current = None  # (the next numbered section: the opinions end)
    close()
    return out


def detect(text: str) -> bool:
    if "\t" not in text or not _COMMITTEE_RE.search(text):
        return False
    lines = text.splitlines()
    table = _scores(lines)
    return table is not None and len(_opinions(lines, max(k for k, *_ in table.rows) + 1)) >= 2


def _number(cell: str) -> int | float:
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    table = _scores(lines)
    assert table is not None  # detect() found it
    doc = ParsedDocument(kind="plan_report", title=title)
    members = _members(lines)
    opinions = _opinions(lines, max(k for k, *_ in table.rows) + 1)
    counts: dict[str, int] = {}
    for _, no, _, _ in opinions:
        counts[no] = counts.get(no, 0) + 1
    used = set(table.used)
    for at, no, name, row in table.rows:
        fields: dict = {"no": no, "title": name, "themes": [], "called": table.word,
                        "committee_score": _number(row[table.average]), "n_comments": counts.get(no, 0),
                        "axes": {f"{letter}委員": _number(row[j]) for j, letter in table.letters.items()}}
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", name, source, at + 1))
    seen: dict[str, int] = {}
    for at, no, member, text in opinions:
        seen[no] = seen.get(no, 0) + 1
        n = seen[no]
        doc.records.append(Record("comment", f"{no}-{n}", {"initiative": no, "n": n, "text": text, "member": member,
                                                           "member_role": members.get(member, "")}, source, at + 1))
        doc.passages.append(Passage(f"comment:{no}-{n}", "text", text, source, at + 1))
        used.add(at)
    for i, line in enumerate(lines):
        if i not in used and line.strip():
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line.replace("\t", " ")), source, i + 1))
    return doc
