"""A committee's paper grading each initiative member by member with marks: under each initiative's heading
(「重点項目１　市民サービスの向上」), a table a row per member (役職 │ 氏名 │ …) whose header of two rows names the
grades of the paper's scale (「評価」 over 「S │ A │ B │ C」) and whose row marks the member's grade with ○ in its
column, then the members' opinions, each opening with the member's name and role in brackets
(「【鳴海委員長】行政手続のオンライン化は…」); a member roster (役職 │ 氏名 │ 所属等) may stand before them.

Each heading is an initiative under the number it prints (the index joins it to the plan's own initiatives); each
member's grade is a passage of the initiative (「鳴海 透: A」) and each opinion is a comment of its
initiative keeping the member's name and role. The layout is known by its shape: two headed blocks or more, each
with a table of marks under a header of letters, and opinions in brackets."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

# 「重点項目１　市民サービスの向上」: the initiatives' word, its number, its title (a line of its own).
_HEAD_RE = re.compile(r"^(?P<word>[^\d\s:：.．()（）\t【】]{2,8}?)\s*(?P<no>\d{1,2})\s+(?P<title>\S.{0,60})$")
# 「【鳴海委員長】…」: the member's name and role in brackets, the opinion after them.
_OPINION_RE = re.compile(r"^【(?P<who>[^【】]{2,16})】\s*(?P<text>\S.*)$")
_ROLES = ("副委員長", "委員長", "副会長", "会長", "副座長", "座長", "委員")
_SECTION_RE = re.compile(r"^\d{1,2}\s+\S{1,12}$")
_MARKS = ("○", "◯", "〇", "●")
_LETTER_RE = re.compile(r"^[SA-E][+＋-]?$")


def _blocks(lines: list[str]) -> list[dict]:
    blocks: list[dict] = []
    closed = False
    for i, line in enumerate(lines):
        if "\t" not in line:
            text = nfkc(clean(line))
            head = _HEAD_RE.match(text)
            if head and not text.endswith("。") and not _OPINION_RE.match(text):
                closed = False
                blocks.append({"line": i, "word": head.group("word"), "no": str(int(head.group("no"))),
                               "title": clean(head.group("title")), "grades": {}, "opinions": []})
                continue
            if _SECTION_RE.match(text):  # (「４　総括」: a numbered section of the paper ends the last block)
                closed = True
                continue
            said = _OPINION_RE.match(clean(line))
            if said and blocks and not closed:
                blocks[-1]["opinions"].append((i, clean(said.group("who")), clean(said.group("text"))))
            continue
        if not blocks:
            continue
        row = [no_spaces(nfkc(c)) for c in cells(line)]
        letters = [j for j, c in enumerate(row) if _LETTER_RE.match(c)]
        if len(letters) >= 3 and len(letters) == len(row) - min(letters):
            blocks[-1]["scale"] = {j: row[j] for j in letters}
            blocks[-1]["name_col"] = next((j for j, c in enumerate(row) if c in ("氏名", "委員名", "委員")), 0)
            continue
        scale = blocks[-1].get("scale")
        if scale:
            marked = [j for j, c in enumerate(row) if c in _MARKS]
            if len(marked) == 1 and marked[0] in scale:
                name = clean(cells(line)[blocks[-1]["name_col"]])
                blocks[-1]["grades"][name] = (scale[marked[0]], i)
    return [b for b in blocks if b["grades"]]


def detect(text: str) -> bool:
    """Two headed blocks or more, each grading members with marks under letters, with opinions in brackets."""
    if "【" not in text or "\t" not in text:
        return False
    blocks = _blocks(text.splitlines())
    return len(blocks) >= 2 and sum(len(b["opinions"]) for b in blocks) >= 2


def _member(who: str, names: list[str]) -> tuple[str, str]:
    """(name, role) of 「鳴海委員長」: the name the tables print that it opens with, the role after it."""
    role = next((r for r in _ROLES if who.endswith(r)), "")
    short = who[: len(who) - len(role)] if role else who
    name = next((n for n in names if no_spaces(n).startswith(short)), short)
    return name, role


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND

    lines = text.splitlines()
    title = next((clean(line) for line in lines if "意見書" in line and "\t" not in line and len(clean(line)) <= 60),
                 next((clean(line) for line in lines if line.strip()), source))
    doc = ParsedDocument(kind=KIND, title=title)
    used: set[int] = set()
    for block in _blocks(lines):
        no = block["no"]
        grades = {name: grade for name, (grade, _) in block["grades"].items()}
        # (each member's mark as a value, {"鳴海 透": "A"}: asked by query/member_grades.py)
        doc.records.append(Record("initiative", no, {"no": no, "title": block["title"], "themes": [],
                                                     "called": block["word"], "member_grades": grades},
                                  source, block["line"] + 1))
        used.update({block["line"], *(at for _, at in block["grades"].values())})
        doc.passages.append(Passage(f"initiative:{no}", "title", block["title"], source, block["line"] + 1))
        for name, (grade, at) in block["grades"].items():
            doc.passages.append(Passage(f"initiative:{no}", "member_grade", f"{name}: {grade}", source, at + 1))
        for k, (at, who, opinion) in enumerate(block["opinions"], start=1):
            name, role = _member(who, list(grades))
            code = f"{no}-{k}"
            fields = {"initiative": no, "n": k, "text": opinion, "member": name, "member_role": role}
            doc.records.append(Record("comment", code, fields, source, at + 1, at + 1))
            doc.passages.append(Passage(f"comment:{code}", "text", opinion, source, at + 1))
            used.add(at)
    # The rest (the letter, the member roster 「副委員長 │ 砂川 みどり │ …」, the scale, the closing remarks) is the
    # paper's own text, searched as any document's.
    for i, line in enumerate(lines):
        if i not in used and line.strip():
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line.replace("\t", " ")), source, i + 1))
    return doc
