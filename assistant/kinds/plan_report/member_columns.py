"""A committee's evaluation of a plan's initiatives as a workbook whose score table has a column per member: a header
(maybe under an upper row 「委員評価（５段階）」 spanning the members) naming the number, the initiative (its word:
重点取組), maybe the department (所管部), the members (委員Ａ │ 委員Ｂ …) and their mean (平均), maybe more columns after
it (前年度平均, 増減), a row per initiative under the number it prints (重点1, as the plan's own list prints it); then an
opinion table, a row per opinion: the initiative's number (printed on the first row of each merged cell only, the
rows after it blank), its name, the member and the opinion.

Each score row is an initiative (the index joins it to the plan's own initiatives: store/joins), its members' points
kept under the members' names (axes: {"委員A": 4}), the mean as the committee's score, the department as its bureau.
Each opinion row is a comment on its initiative with the member as printed. The layout is known by its shape — a
header naming a number, a name, three member columns or more whose every cell is a number and an average column —
and by the document naming the body that evaluates (cells.COMMITTEE)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.plan_report.cells import COMMITTEE, cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

_NUMBER_HEADS = ("番号", "No.", "No", "項番")
# 「重点1」「1」「II」: an initiative's number as its document prints it (NFKC).
_NO_RE = re.compile(r"^(?:[一-龥ァ-ヶー]{1,4})?\d{1,2}$|^[IVX]{1,4}$")
_SCORE_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
# 「委員A」「委員Ｄ」「青木委員」: a member's column (NFKC).
_MEMBER_RE = re.compile(r"^委員[A-ZＡ-Ｚ\d]{1,2}$|^[一-龥]{1,4}委員$")
_AVERAGE_HEADS = ("平均", "平均点", "委員平均", "平均値")
_BUREAU_HEADS = ("所管部", "担当部", "所管部局", "担当部局")
_MEMBER_HEADS = ("委員", "委員名", "氏名", "発言者", "委員氏名")
_OPINION_RE = re.compile(r"意見|所見|コメント")
_COMMITTEE_RE = re.compile(COMMITTEE)


@dataclass
class Scores:
    header: int
    no: int
    title: int
    bureau: int
    members: list[int]
    average: int
    rows: list[tuple[int, list[str]]]


def _rows(lines: list[str], index: int, no: int) -> list[tuple[int, list[str]]]:
    rows = []
    for k in range(index + 1, len(lines)):
        row = [nfkc(c).strip() for c in cells(lines[k])]
        if "\t" not in lines[k] or no >= len(row) or not _NO_RE.match(no_spaces(row[no])):
            break
        rows.append((k, row))
    return rows


def _scores(lines: list[str]) -> Scores | None:
    for index, line in enumerate(lines):
        if "\t" not in line or "委員" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        no = next((j for j, c in enumerate(head) if c in _NUMBER_HEADS), -1)
        average = next((j for j, c in enumerate(head) if c in _AVERAGE_HEADS), -1)
        members = [j for j, c in enumerate(head) if _MEMBER_RE.match(c)]
        if no < 0 or average < 0 or len(members) < 3 or any(_OPINION_RE.search(c) for c in head):
            continue
        rows = _rows(lines, index, no)
        if len(rows) < 3 or not all(j < len(r) and _SCORE_RE.match(r[j]) for _, r in rows for j in [*members, average]):
            continue
        titles = [j for j in range(len(head)) if j not in (no, average, *members) and head[j]
                  and all(j < len(r) and r[j] and not _SCORE_RE.match(r[j]) for _, r in rows)]
        if not titles:
            continue
        bureau = next((j for j in titles if head[j] in _BUREAU_HEADS), -1)
        title = next((j for j in titles if j != bureau), -1)
        if title < 0:
            continue
        return Scores(index, no, title, bureau, members, average, rows)
    return None


def _opinions(lines: list[str], after: int) -> tuple[int, int, int, int, list[tuple[int, str, list[str]]]] | None:
    """(header, number column, member column, opinion column, rows with the number each is under) of the opinion
    table: a number cell left blank continues the number above it (a merged cell)."""
    for index in range(after, len(lines)):
        if "\t" not in lines[index]:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(lines[index])]
        no = next((j for j, c in enumerate(head) if c in _NUMBER_HEADS), -1)
        member = next((j for j, c in enumerate(head) if c in _MEMBER_HEADS), -1)
        opinion = next((j for j, c in enumerate(head) if _OPINION_RE.search(c)), -1)
        if min(no, member, opinion) < 0:
            continue
        rows: list[tuple[int, str, list[str]]] = []
        current = ""
        for k in range(index + 1, len(lines)):
            row = [nfkc(c).strip() for c in cells(lines[k])]
            if "\t" not in lines[k] or opinion >= len(row) or not row[opinion]:
                break
            said = no_spaces(row[no]) if no < len(row) else ""
            if said:
                if not _NO_RE.match(said):
                    break
                current = said
            if not current:
                break
            rows.append((k, current, row))
        if len(rows) >= 2:
            return index, no, member, opinion, rows
    return None


def detect(text: str) -> bool:
    if "\t" not in text or not _COMMITTEE_RE.search(text):
        return False
    return _scores(text.splitlines()) is not None


def _number(cell: str) -> int | float:
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    table = _scores(lines)
    assert table is not None  # detect() found it
    head = [no_spaces(nfkc(c)) for c in cells(lines[table.header])]
    # What the sheet calls its initiatives: the name column's header when it is a word, not 名称 (重点取組).
    word = head[table.title] if head[table.title] not in ("名称", "名", "項目名", "取組名") else ""
    doc = ParsedDocument(kind="plan_report", title=title)
    used = {table.header, *(k for k, _ in table.rows)}
    said: dict[str, list[tuple[int, str, str]]] = {}
    opinions = _opinions(lines, table.rows[-1][0] + 1)
    if opinions:
        at, _, member, opinion, rows = opinions
        used |= {at, *(k for k, _, _ in rows)}
        for k, no, row in rows:
            said.setdefault(no, []).append((k, row[member] if member < len(row) else "", clean(row[opinion])))
    for at, row in table.rows:
        no = no_spaces(row[table.no])
        fields: dict = {"no": no, "title": clean(row[table.title]), "themes": [], "called": word,
                        "committee_score": _number(row[table.average]), "n_comments": len(said.get(no, [])),
                        "axes": {head[j]: _number(row[j]) for j in table.members}}
        if table.bureau >= 0 and row[table.bureau]:
            fields["bureau"] = [clean(row[table.bureau])]
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", fields["title"], source, at + 1))
        # (the row as a whole too: columns no field holds, 前年度平均 │ 増減, are found by search)
        text = " / ".join(f"{h}: {c}" for h, c in zip(head, row) if h and c)
        doc.passages.append(Passage(f"doc:{source}", "text", text, source, at + 1))
    for no, items in said.items():
        for n, (k, member, text) in enumerate(items, start=1):
            doc.records.append(Record("comment", f"{no}-{n}", {"initiative": no, "n": n, "text": text, "member": member,
                                                               "member_role": ""}, source, k + 1))
            doc.passages.append(Passage(f"comment:{no}-{n}", "text", text, source, k + 1))
    for i, line in enumerate(lines):
        if i not in used and line.strip():
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line.replace("\t", " ")), source, i + 1))
    return doc
