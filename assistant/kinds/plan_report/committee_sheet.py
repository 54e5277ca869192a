"""A committee's evaluation of a plan's initiatives laid out as one table (a workbook sheet): a row per
initiative — its number, its name, the committee's score on each 観点 the sheet names itself (妥当性 │ 有効性 │
効率性 │ 進捗度, a scale it may state in its title: 「各観点5点満点」), their sum (合計) and the committee's opinion
(several sentences in one cell) — maybe followed by other tables (a sheet of members' 総評: 委員名 │ 役職 │ 総評).

Each row is an initiative under the number it prints (the index joins it to the plan's own initiatives:
store/joins), its scores under the fields declared for them (効率性, 進捗度, 合計) or, for a 観点 no field is, kept
under the sheet's word (axes: {"妥当性": 4}); its opinion is the initiative's comment. The rows of the other
tables are passages of the document, one a row, each cell under its header. The layout is known by its shape —
a header naming a number, a name, two score columns or more and an opinion column, three rows or more whose
every score is a number — and by the document naming the body that evaluates (cells.COMMITTEE)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.plan_report.cells import COMMITTEE, cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

# Declared fields a score column's header names (records.py: INITIATIVE's PROGRESS, EFFICIENCY, … and TOTAL).
_FIELDS = {"進捗度": "progress", "進捗": "progress", "連携度": "collaboration", "効率性": "efficiency",
           "創造性": "creativity", "合計": "total", "合計点": "total", "総合点": "total", "計": "total"}
_NUMBER_HEADS = ("No.", "No", "番号", "柱", "柱No.", "項目番号")
_OPINION_RE = re.compile(r"意見|所見|コメント|講評")
_SCORE_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
_COMMITTEE_RE = re.compile(COMMITTEE)


@dataclass
class Table:
    header: int
    no: int
    title: int
    scores: list[int]
    opinion: int
    rows: list[tuple[int, list[str]]]


def _table(lines: list[str]) -> Table | None:
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        opinion = next((j for j, c in enumerate(head) if _OPINION_RE.search(c)), -1)
        if opinion < 0 or len(head) < 5:
            continue
        rows = []
        for k in range(index + 1, len(lines)):
            row = [nfkc(c).strip() for c in cells(lines[k])]
            if "\t" not in lines[k] or not row or not re.fullmatch(r"\d{1,2}", row[0]):
                break
            rows.append((k, row))
        if len(rows) < 3:
            continue
        no = 0 if head[0] in _NUMBER_HEADS or head[0].endswith(("No.", "番号")) or len(head[0]) <= 4 else -1
        if no < 0:
            continue
        scores = [j for j in range(1, len(head)) if j != opinion and head[j]
                  and all(j < len(r) and _SCORE_RE.match(r[j]) for _, r in rows)]
        titles = [j for j in range(1, len(head)) if j not in scores and j != opinion
                  and all(j < len(r) and r[j] and not _SCORE_RE.match(r[j]) for _, r in rows)]
        if len(scores) < 2 or not titles:
            continue
        return Table(index, no, titles[0], scores, opinion, rows)
    return None


def detect(text: str) -> bool:
    if "\t" not in text or not _COMMITTEE_RE.search(text):
        return False
    return _table(text.splitlines()) is not None


def _number(cell: str) -> int | float:
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    table = _table(lines)
    assert table is not None  # detect() found it
    head = [clean(c) for c in cells(lines[table.header])]
    # What the sheet calls its initiatives: the name column's header when it ends with the number's (柱 │ 改革の柱).
    word = no_spaces(nfkc(head[table.title]))
    if not word.endswith(no_spaces(nfkc(head[table.no]))) or len(word) < 2:
        word = ""
    doc = ParsedDocument(kind="plan_report", title=title)
    for at, row in table.rows:
        no = str(int(row[table.no]))
        name = clean(row[table.title])
        fields: dict = {"no": no, "title": name, "themes": [], "called": word}
        axes = {}
        for j in table.scores:
            said = no_spaces(nfkc(head[j]))
            field = _FIELDS.get(said)
            if field:
                fields[field] = _number(row[j])
            else:
                axes[said] = _number(row[j])
        if axes:
            fields["axes"] = axes
        opinion = clean(row[table.opinion]) if table.opinion < len(row) else ""
        fields["n_comments"] = 1 if opinion else 0
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", name, source, at + 1))
        if opinion:
            doc.records.append(Record("comment", f"{no}-1", {"initiative": no, "n": "1", "text": opinion}, source, at + 1))
            doc.passages.append(Passage(f"comment:{no}-1", "text", opinion, source, at + 1))
    _other_rows(doc, source, lines, table)
    return doc


def _other_rows(doc: ParsedDocument, source: str, lines: list[str], table: Table) -> None:
    """The lines outside the score table: a row of another table as one passage (each cell under its header),
    a line of text as its own."""
    inside = {table.header, *(k for k, _ in table.rows)}
    header: list[str] = []
    for i, line in enumerate(lines):
        if i in inside or not line.strip():
            if not line.strip():
                header = []
            continue
        if "\t" not in line:
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line), source, i + 1))
            continue
        row = [clean(c) for c in cells(line)]
        if not header:
            header = row
            continue
        text = " / ".join(f"{h}: {c}" if h else c for h, c in zip(header, row) if c)
        doc.passages.append(Passage(f"doc:{source}", "text", text, source, i + 1))
