"""A committee's evaluation of a plan by its upper groups (基本目標), as a PDF: a table a row per 観点 — the group's
cell (「基本目標1市民サービスの質の向上」, printed on the group's first row only, empty on the rows after it and on
those a page break carries over), the 観点 (進捗度 │ 成果 │ 効率性 │ 発展性), its points (in full-width digits:
「４」) and the reason — closed per group by a 小計 row 「１６／２０」 with the overall letter in the reason's cell
(「総合評価 Ａ」); the header repeated on the next page. The opinions follow under a heading per group
(「■ 基本目標1 市民サービスの質の向上（合計 16点／20点 総合評価 Ａ）」), each a bullet naming the initiative it is
on in brackets (「・【1-3】…」), maybe wrapped over lines.

Each group is an initiative record of the committee's evaluation under the label it prints (no 「基本目標1」, its
name as title, its policy 「基本目標1 <名称>」 as the plan's list names the group), its points under the fields
declared for their 観点 (進捗度, 効率性) or kept under the document's word (axes: {"成果": 4}), the 小計 as its
total out of the printed scale, the letter as the committee's judgement. Each bullet is a comment on the
initiative its brackets name (「1-3」: the plan's own initiative), under its group's policy. The 観点's reasons
and the closing 総評 are text, no opinion. The layout is known by its shape — a header naming 観点 and a column of
points, 小計 rows of 「N／M」 — and by the document naming the body that evaluates (cells.COMMITTEE)."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import COMMITTEE, cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

_FIELDS = {"進捗度": "progress", "進捗": "progress", "連携度": "collaboration", "効率性": "efficiency", "創造性": "creativity"}
# 「基本目標1市民サービスの質の向上」: the group's word, number and name (NFKC).
_GROUP_RE = re.compile(r"^(?P<word>\S{0,6}?(?:目標|方針|の柱|政策|分野))\s*(?P<no>\d{1,2})\s*(?P<title>\S.*)$")
_SUBTOTAL_RE = re.compile(r"^(?P<points>\d{1,3})\s*[/／]\s*(?P<scale>\d{1,3})$")
_LETTER_RE = re.compile(r"([SA-E])\s*$")
# 「■ 基本目標1 市民サービスの質の向上（合計 16点／20点 総合評価 Ａ）」
_HEADING_RE = re.compile(r"^[■◆●□]\s*(?P<word>\S{0,6}?(?:目標|方針|の柱|政策|分野))\s*(?P<no>\d{1,2})\s+(?P<title>[^（(]+?)\s*(?:[（(].*[)）])?\s*$")
# 「・【1-3】オンライン化した…」
_BULLET_RE = re.compile(r"^[・･]\s*【\s*(?P<code>\d{1,2}(?:-\d{1,2}){0,2})\s*】\s*(?P<text>.+)$")
_COMMITTEE_RE = re.compile(COMMITTEE)
_PAGE_RE = re.compile(r"^[-－―‐\s]*\d{1,3}[-－―‐\s]*$")


def _header(line: str) -> tuple[int, int, int] | None:
    """(group, 観点, points) columns of a header row 「基本目標 │ 観点 │ 評点（5点満点） │ 評点の主な理由」."""
    if "\t" not in line:
        return None
    head = [no_spaces(nfkc(c)) for c in cells(line)]
    view = next((j for j, c in enumerate(head) if c == "観点"), -1)
    points = next((j for j, c in enumerate(head) if c.startswith(("評点", "点数", "得点")) and "理由" not in c), -1)
    if view <= 0 or points <= view or not head[0]:
        return None
    return 0, view, points


def _table(lines: list[str]) -> list[dict]:
    groups: list[dict] = []
    layout = None
    for i, line in enumerate(lines):
        found = _header(line)
        if found is not None:
            layout = found
            continue
        if layout is None or "\t" not in line:
            continue
        row = [nfkc(c).strip() for c in cells(line)]
        _, view, points = layout
        if len(row) <= points:
            continue
        if row[0]:
            said = _GROUP_RE.match(row[0])
            if not said:
                continue
            groups.append({"word": said.group("word"), "no": said.group("no"), "title": clean(said.group("title")),
                           "line": i + 1, "points": {}, "total": None, "scale": None, "letter": ""})
        if not groups:
            continue
        name = no_spaces(row[view])
        value = no_spaces(row[points])
        subtotal = _SUBTOTAL_RE.match(value)
        if subtotal:
            groups[-1]["total"], groups[-1]["scale"] = int(subtotal.group("points")), int(subtotal.group("scale"))
            rest = " ".join(row[points + 1:])
            letter = _LETTER_RE.search(rest)
            groups[-1]["letter"] = letter.group(1) if letter else ""
        elif name and value.isdigit():
            groups[-1]["points"][name] = int(value)
    return [g for g in groups if g["points"] and g["total"] is not None]


def detect(text: str) -> bool:
    if "観点" not in text or "\t" not in text or not _COMMITTEE_RE.search(text):
        return False
    return len(_table(text.splitlines())) >= 2


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    doc = ParsedDocument(kind="plan_report", title=title)
    groups = _table(lines)
    policies: dict[str, str] = {}
    for g in groups:
        no = f"{g['word']}{g['no']}"
        policy = f"{no} {g['title']}"
        policies[g["no"]] = policy
        fields: dict = {"no": no, "title": g["title"], "themes": [], "policy": policy, "called": g["word"], "total": g["total"],
                        # (the committee's score of the group is its total, out of the printed scale)
                        "committee_score": g["total"],
                        "committee_scale": g["scale"], "judgement": g["letter"], "n_comments": 0}
        axes = {}
        for name, value in g["points"].items():
            if name in _FIELDS:
                fields[_FIELDS[name]] = value
            else:
                axes[name] = value
        if axes:
            fields["axes"] = axes
        g["fields"] = fields
    # The opinions: bullets under each group's heading, a bullet's wrapped lines joined to it.
    comments: list[dict] = []
    policy = ""
    for i, line in enumerate(lines):
        text = nfkc(line).strip()
        if "\t" in line or not text or _PAGE_RE.match(text):
            continue
        heading = _HEADING_RE.match(text)
        if heading:
            policy = policies.get(heading.group("no"), f"{heading.group('word')}{heading.group('no')} {clean(heading.group('title'))}")
            continue
        bullet = _BULLET_RE.match(text)
        if bullet and policy:
            comments.append({"initiative": bullet.group("code"), "text": clean(bullet.group("text")), "line": i + 1,
                             "policy": policy, "last": i})
            continue
        if comments and policy and comments[-1]["last"] == i - 1 and not comments[-1]["text"].endswith("。"):
            # (a bullet wrapped over lines: its next line, before the sentence ends)
            comments[-1]["text"] += clean(line)
            comments[-1]["last"] = i
            continue
        policy = ""  # (a heading of another section, the 総評: no group's opinions)
    counts: dict[str, int] = {}
    for c in comments:
        n = counts[c["initiative"]] = counts.get(c["initiative"], 0) + 1
        key = f"{c['initiative']}-{n}"
        doc.records.append(Record("comment", key, {"initiative": c["initiative"], "n": n, "text": c["text"],
                                                   "policy": c["policy"]}, source, c["line"]))
        doc.passages.append(Passage(f"comment:{key}", "text", c["text"], source, c["line"]))
    for g in groups:
        g["fields"]["n_comments"] = sum(1 for c in comments if c["policy"] == g["fields"]["policy"])
        doc.records.append(Record("initiative", g["fields"]["no"], g["fields"], source, g["line"]))
        doc.passages.append(Passage(f"initiative:{g['fields']['no']}", "title", g["title"], source, g["line"]))
    taken = {k for c in comments for k in range(c["line"], c["last"] + 2)}
    for i, line in enumerate(lines):
        if line.strip() and i + 1 not in taken and "\t" not in line:
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line), source, i + 1))
        elif "\t" in line:
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line.replace("\t", " ")), source, i + 1))
    return doc
