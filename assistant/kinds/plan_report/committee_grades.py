"""A committee's evaluation of a plan's initiatives as a workbook of two tables (its sheets): a score table, a row per
initiative — its number (Ⅰ, 1), its name, the committee's points on each 観点 the sheet names itself (必要性 │ 有効性 │
効率性) and an overall letter (総合: S / A / B / C) — and an opinion table, a row per opinion: the initiative's number
(repeated on each row, as a merged cell reads), the member (「石川会長」「中村委員」) and the opinion.

Each score row is an initiative under the number it prints (NFKC: Ⅰ → I; the index joins it to the plan's own
initiatives), its points under the fields declared for them (効率性) or kept under the sheet's word (axes: {"有効性": 3}),
its letter as the committee's judgement, ranked by the scale a note under the table lists (「S（…）・A（…）・B（…）・C（…）」,
best first). Each opinion row is a comment on its initiative with the member as printed and the role the name ends
with (会長, 委員). The layout is known by its shape — a header naming a number, a name, two score columns or more and a
column of one letter; a header naming a number, a member and an opinion — and by the document naming the body that
evaluates (cells.COMMITTEE)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.plan_report.cells import COMMITTEE, cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

_FIELDS = {"進捗度": "progress", "進捗": "progress", "連携度": "collaboration", "効率性": "efficiency",
           "創造性": "creativity", "合計": "total", "合計点": "total", "総合点": "total"}
_NO_RE = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})$")
_SCORE_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
_LETTER_RE = re.compile(r"^[SA-E][+\-]?$")
_MEMBER_HEADS = ("委員", "委員名", "氏名", "発言者", "委員氏名")
_OPINION_RE = re.compile(r"意見|所見|コメント")
_ROLE_RE = re.compile(r"^(?P<name>.+?)(?P<role>副会長|会長|副委員長|委員長|委員)$")
_COMMITTEE_RE = re.compile(COMMITTEE)


@dataclass
class Scores:
    header: int
    title: int
    scores: list[int]
    letter: int
    rows: list[tuple[int, list[str]]]


def _rows(lines: list[str], index: int) -> list[tuple[int, list[str]]]:
    rows = []
    for k in range(index + 1, len(lines)):
        row = [nfkc(c).strip() for c in cells(lines[k])]
        if "\t" not in lines[k] or not _NO_RE.match(row[0]):
            break
        rows.append((k, row))
    return rows


def _scores(lines: list[str]) -> Scores | None:
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        if len(head) < 4 or any(_OPINION_RE.search(c) for c in head):
            continue
        rows = _rows(lines, index)
        if len(rows) < 3:
            continue
        def every(j: int, pattern: re.Pattern) -> bool:
            return all(j < len(r) and pattern.match(r[j]) for _, r in rows)
        scores = [j for j in range(1, len(head)) if head[j] and every(j, _SCORE_RE)]
        letters = [j for j in range(1, len(head)) if head[j] and every(j, _LETTER_RE)]
        titles = [j for j in range(1, len(head)) if j not in scores and j not in letters
                  and all(j < len(r) and r[j] and not _SCORE_RE.match(r[j]) for _, r in rows)]
        if len(scores) >= 2 and len(letters) == 1 and titles:
            return Scores(index, titles[0], scores, letters[0], rows)
    return None


def _opinions(lines: list[str]) -> tuple[int, int, int, list[tuple[int, list[str]]]] | None:
    """(header, member column, opinion column, rows) of the opinion table."""
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        member = next((j for j, c in enumerate(head) if c in _MEMBER_HEADS), -1)
        opinion = next((j for j, c in enumerate(head) if _OPINION_RE.search(c)), -1)
        if member <= 0 or opinion <= 0:
            continue
        rows = [(k, r) for k, r in _rows(lines, index) if opinion < len(r) and r[opinion]]
        if len(rows) >= 2:
            return index, member, opinion, rows
    return None


def detect(text: str) -> bool:
    if "\t" not in text or not _COMMITTEE_RE.search(text):
        return False
    lines = text.splitlines()
    return _scores(lines) is not None


def _scale(lines: list[str], letters: set[str]) -> list[str]:
    """The letters, best first, as a note lists them (「総合はS（…）・A（…）・B（…）・C（…）の4段階」); [] if none does."""
    for line in lines:
        if "\t" in line:
            continue
        found = re.findall(r"(?<![A-Za-z])([SA-E][+\-]?)\s*[（(]", nfkc(line))
        if len(found) >= 3 and letters <= set(found):
            return found
    return []


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    table = _scores(lines)
    assert table is not None  # detect() found it
    head = [clean(c) for c in cells(lines[table.header])]
    word = no_spaces(nfkc(head[0]))
    scale = _scale(lines, {r[table.letter] for _, r in table.rows})
    doc = ParsedDocument(kind="plan_report", title=title)
    used = {table.header, *(k for k, _ in table.rows)}
    opinions = _opinions(lines)
    said: dict[str, list] = {}
    if opinions:
        at, member, opinion, rows = opinions
        used |= {at, *(k for k, _ in rows)}
        for k, row in rows:
            said.setdefault(row[0], []).append((k, row[member], clean(row[opinion])))
    for at, row in table.rows:
        no = row[0]
        fields: dict = {"no": no, "title": clean(row[table.title]), "themes": [], "called": word,
                        "judgement": row[table.letter], "n_comments": len(said.get(no, []))}
        if scale:
            fields["judgement_scale"] = scale
        axes = {}
        for j in table.scores:
            value = float(row[j])
            value = int(value) if value.is_integer() and "." not in row[j] else value
            name = no_spaces(nfkc(head[j]))
            if name in _FIELDS:
                fields[_FIELDS[name]] = value
            else:
                axes[name] = value
        if axes:
            fields["axes"] = axes
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", fields["title"], source, at + 1))
    for no, items in said.items():
        for n, (k, member, text) in enumerate(items, start=1):
            role = _ROLE_RE.match(member)
            fields = {"initiative": no, "n": n, "text": text, "member": member,
                      "member_role": role.group("role") if role else ""}
            doc.records.append(Record("comment", f"{no}-{n}", fields, source, k + 1))
            doc.passages.append(Passage(f"comment:{no}-{n}", "text", text, source, k + 1))
    for i, line in enumerate(lines):
        if i not in used and line.strip():
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line.replace("\t", " ")), source, i + 1))
    return doc
