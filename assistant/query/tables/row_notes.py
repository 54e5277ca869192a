"""The notes under a table that speak of one of its rows (「※2 No.6「窓口のオンライン化」は令和3年度調査から
追加した分野のため、令和元年度は「―」とした」): a cell asked that prints only a dash is answered with the
note that says why, found by the row's number or name, never by words of one document."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

# A note starts at its mark (※, ※1, 注2) and runs to the next one.
_NOTE_START = compiled(r"(?=※\s*\d{0,2}|注\s*\d{1,2}[\s.:：)）])")
# The row's number said in a note: No.25, No 25, 番号25, №25 (not 125, nor No.250).
# (「(7)の効果額は…」: an item numbered as the document prints it, in brackets, is named so too)
# (「取組8の効果額は…」: the word a plan numbers its measures with, before the number, names it too)
# (「C-04 は令和5年度新規事業」: a code of letters and digits is said bare)
_NUMBER_SAID = r"(?:(?:no\.?|番号|№|取組|事業|項目|施策)\s*{0}(?!\d)|[(（]\s*{0}\s*[)）])"
_BARE_CODE = compiled(r"[A-Za-z]{1,3}\s*[-‐－]\s*\d{1,4}|[A-Za-z]{1,3}\d{1,4}")
# A page number printed after the last note (「－ 2 －」) is no part of it.
_PAGE_TAIL = compiled(r"\s*[-－―‐]\s*\d{1,4}\s*[-－―‐]\s*$")
# 「※令和6年度は決算見込額。…場合がある。5 委員会の所見 公営住宅では…」: a PDF's note run together with the next
# numbered section; the section (its number after a sentence's end, then its heading) is no part of the note, and the
# rows its text names are not the note's.
_SECTION_AFTER = compiled(r"(?<=。)\s*(?:\d{1,2}|[(（]\d{1,2}[)）])\s+[一-龥ぁ-んァ-ヶ]")


def note_of_row(db, t: Table, row: dict) -> str:
    """The first note of the table's document naming the row, as printed; "" when none does."""
    number = nfkc(str(row["cells"].get(t.number) or "")).strip() if t.number else ""
    name = _key(nfkc(str(row["cells"].get(t.name) or ""))) if t.name else ""
    said = _NUMBER_SAID.format(re.escape(number))
    if _BARE_CODE.fullmatch(number):
        said += rf"|(?<![A-Za-z0-9]){re.escape(number)}(?![\d])"
    by_number = re.compile(said, re.IGNORECASE) if number else None
    for (text,) in db.execute("SELECT text FROM passages WHERE source = ? AND field = 'text'", [t.source]):
        for note in _NOTE_START.split(nfkc(text or "")):
            note = _PAGE_TAIL.sub("", note).strip()
            if not note.startswith(("※", "注")):
                continue
            if (by_number and by_number.search(note)) or (len(name) >= 3 and name in _key(note)):
                return note
    return ""


# 「9,860※」「1,250※2」「420*」: a figure printed with the mark of a note, the mark after it.
# (a cell holding the mark alone, 備考 「※2」, points at the note as well)
# (「消防車両　※2」: a name printed with the mark after it points at the note ※2 too)
_MARKED = compiled(r"(?:^|[\d,.]+)\s*(※\s*\d{0,2}|\*\d{0,2})\s*$|(?<=[^\s※\d])\s*(※\s*\d{1,2})\s*$")


def note_of_mark(db, t: Table, cell) -> str:
    """The note of the table's document whose mark the cell prints after its figure (「9,860※」 → the
    paragraph 「※ 令和6年度の事業費は…」), as printed; "" when the cell has no mark or no note has it.
    A bare ※ is the note printed with a bare ※ (the first such); ※2 the note ※2."""
    m = _MARKED.search(nfkc(str(cell or "")))
    if m is None:
        return ""
    mark = re.sub(r"\s+", "", m.group(1) or m.group(2)).replace("*", "※")
    for (text,) in db.execute("SELECT text FROM passages WHERE source = ? AND field = 'text' ORDER BY line", [t.source]):
        for note in _NOTE_START.split(nfkc(text or "")):
            note = _PAGE_TAIL.sub("", note).strip()
            own = re.match(r"※\s*(\d{0,2})", note)
            if own and "※" + own.group(1) == mark:
                return note
    return ""


# 「対象から外れている」「除外された」: left out of what the note's 対象外 says
_LEFT_OUT = compiled(r"外れ[ぁ-ん]*|はずれ[ぁ-ん]*|除外[ぁ-ん]*|外さ[ぁ-ん]*")


def rows_noted(db, t: Table, words: list[str]) -> list[tuple[dict, str]]:
    """「休館していたのはどこ」: words no column of the table reads, said by notes under it that name
    rows (「※2 松本市老人福祉センターは…通年休館」): each such row with its note, in the table's order.
    Every word must be in the note; a row is named by its whole name (three characters or more) or its
    number."""
    keyed = [_key(w) for w in words if len(_key(w)) >= 2]
    if not keyed:
        return []
    notes = []
    for (text,) in db.execute("SELECT text FROM passages WHERE source = ? AND field = 'text' ORDER BY line", [t.source]):
        for note in _NOTE_START.split(nfkc(text or "")):
            note = _PAGE_TAIL.sub("", note).strip()
            note = note[:m.start()] if (m := _SECTION_AFTER.search(note)) else note
            if note.startswith(("※", "注")) and all(w in _key(note) or _LEFT_OUT.fullmatch(w) and "対象外" in _key(note)
                                                      for w in keyed):
                notes.append(note)
    found = []
    for row in t.rows:
        marked = {note_of_mark(db, t, v) for v in row["cells"].values()} - {""}
        own = next((n for n in notes if n in marked or note_of_row(db, t, row) == n or (
            t.name and len(_key(str(row["cells"].get(t.name) or ""))) >= 3
            and _key(str(row["cells"].get(t.name) or "")) in _key(n))), "")
        if own:
            found.append((row, own))
    return found


_DASH_QUOTED = compiled(r"[「『]\s*[-‐‑–—―−－ーｰ─━]\s*[」』]")


def note_of_dash(db, t: Table, row: dict, header: str) -> str:
    """Why the row's cell under `header` prints a dash: the note naming both the row and the column,
    else the note saying what a dash in that column means (「※2 延床面積の「―」は屋外施設のため該当なし」),
    else the note naming the row; "" when none."""
    column = _key(t.column(header).base) if header in {c.header for c in t.columns} else ""
    own = note_of_row(db, t, row)
    if own and column and column in _key(own):
        return own
    for (text,) in db.execute("SELECT text FROM passages WHERE source = ? AND field = 'text' ORDER BY line", [t.source]):
        for note in _NOTE_START.split(nfkc(text or "")):
            note = _PAGE_TAIL.sub("", note).strip()
            if note.startswith(("※", "注")) and column and column in _key(note) and _DASH_QUOTED.search(note):
                return note
    return own
