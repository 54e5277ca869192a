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
# 「重点取組1」: the initiative an opinion is on, by the plan's word and its number (NFKC).
_NAMED_NO_RE = re.compile(r"^[一-龥ァ-ヶー]{1,6}?(\d{1,2})$")
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
    k = index + 1
    while k < len(lines):
        row = [nfkc(c).strip() for c in cells(lines[k])]
        if "\t" not in lines[k] or no >= len(row) or not _NO_RE.match(no_spaces(row[no])):
            # (a table over a page break: the page's number and running head, then the header printed again, and the
            # rows go on under it)
            again = next((j for j in range(k, min(k + 6, len(lines))) if lines[j].strip() == lines[index].strip()), -1)
            if rows and again > k and all("\t" not in lines[j] for j in range(k, again)):
                k = again + 1
                continue
            break
        rows.append((k, row))
        k += 1
    return rows


# 「委員長 │ 篠原 律子 │ 県立北央大学 法学部 教授」: the paper's list of members (役職 │ 氏名 │ 所属等).
_ROLE_HEADS = ("役職", "職名", "区分")
_NAME_HEADS = ("氏名", "委員名", "委員氏名", "名前")
_AFFILIATION_HEADS = ("所属等", "所属", "所属・役職", "選出区分", "団体名", "所属団体")


def roster(lines: list[str]) -> list[tuple[str, str, str]]:
    """(name as printed, role, affiliation) of each member the paper lists in a table 役職 │ 氏名 │ 所属等."""
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        name = next((j for j, c in enumerate(head) if c in _NAME_HEADS), -1)
        role = next((j for j, c in enumerate(head) if c in _ROLE_HEADS), -1)
        where = next((j for j, c in enumerate(head) if c in _AFFILIATION_HEADS), -1)
        if name < 0 or (role < 0 and where < 0) or len(head) > 5:
            continue
        out = []
        for k in range(index + 1, len(lines)):
            row = [clean(c) for c in cells(lines[k])]
            if "\t" not in lines[k] or name >= len(row) or not row[name]:
                break
            out.append((row[name], row[role] if 0 <= role < len(row) else "", row[where] if 0 <= where < len(row) else ""))
        if len(out) >= 2:
            return out
    return []


def _listed(head: str, members: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The member a column or a row names (a surname heading 「篠原」, the full name 「篠原 律子」)."""
    said = no_spaces(head)
    found = [m for m in members if no_spaces(m[0]) == said or (len(said) >= 1 and no_spaces(m[0]).startswith(said)
                                                                  and m[0].split()[0] == said)]
    return found[0] if len(found) == 1 else None


def _scores(lines: list[str]) -> Scores | None:
    listed = roster(lines)
    for index, line in enumerate(lines):
        if "\t" not in line or ("委員" not in line and not listed):
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        no = next((j for j, c in enumerate(head) if c in _NUMBER_HEADS), -1)
        average = next((j for j, c in enumerate(head) if c in _AVERAGE_HEADS), -1)
        members = [j for j, c in enumerate(head) if _MEMBER_RE.match(c)]
        if len(members) < 3:
            # (columns headed by the members' own names, 「篠原 │ 丹羽 │ …」, as the paper's list of members prints them)
            members = [j for j, c in enumerate(head) if listed and _listed(c, listed) is not None]
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
        # (a column naming the initiative each opinion is on, 「重点取組１」, beside a serial No.: its number is the one)
        body = [[nfkc(c).strip() for c in cells(lines[k])] for k in range(index + 1, min(index + 4, len(lines)))
                if "\t" in lines[k]]
        named = next((j for j in range(len(head)) if j not in (no, member, opinion) and body
                      and all(j < len(r) and _NAMED_NO_RE.match(no_spaces(r[j])) for r in body)), -1)
        for k in range(index + 1, len(lines)):
            row = [nfkc(c).strip() for c in cells(lines[k])]
            if "\t" not in lines[k] or opinion >= len(row) or not row[opinion]:
                break
            said = no_spaces(row[no]) if no < len(row) else ""
            if named >= 0:
                m = _NAMED_NO_RE.match(no_spaces(row[named])) if named < len(row) else None
                said = m.group(1) if m else ""
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
    if len(word) > 3 and word.endswith(("名", "名称")):
        word = re.sub(r"名称?$", "", word)  # (「重点取組名」: the names of the 重点取組)
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
    listed = roster(lines)
    for no, items in said.items():
        for n, (k, member, text) in enumerate(items, start=1):
            # (the member's role and what they stand for, as the paper's list of members prints them: 委員（公募町民）)
            who = _listed(member, listed) if listed else None
            role = "（".join(p for p in (who[1], who[2]) if p) + ("）" if who[1] and who[2] else "") if who else ""
            doc.records.append(Record("comment", f"{no}-{n}", {"initiative": no, "n": n, "text": text, "member": member,
                                                               "member_role": role}, source, k + 1))
            doc.passages.append(Passage(f"comment:{no}-{n}", "text", text, source, k + 1))
    for i, line in enumerate(lines):
        if i not in used and line.strip():
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line.replace("\t", " ")), source, i + 1))
    return doc
