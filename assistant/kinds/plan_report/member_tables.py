"""A committee's paper scoring each initiative in a table of its own, a row per member: under each initiative's
heading (「第1　デジタル技術による業務変革」), a header 委員 │ <観点> … │ 計, one row per member (石川委員 │ 4 │ 3 … │ 18)
and a row of their means (平均 │ 3.50 … │ 17.00), then the members' opinions (委員意見), each paragraph followed by
the name of the member who gave it (a web page's <blockquote><p>…</p><cite>石川委員</cite></blockquote>).

Each heading is an initiative under the number it prints (the index joins it to the plan's own initiatives);
the mean of the 計 column is the committee's score, and each member's 計 is kept under the name the table
prints (axes: {"石川委員": 18}) and each member's score on each 観点 (member_points), as member_scores.py keeps the scores of a paper printing members side by side;
a 観点 a declared field is (進捗, 効率性) keeps the members' mean under that field. Each member's row is a
passage (「石川委員: 進捗 4 / 効果 4 / … / 計 18」), so that one member's score on one 観点 is found in the
document's own words. Each opinion is a comment, the member's name kept after it (「…（大西委員）」)."""
from __future__ import annotations

import re
from typing import Any

from assistant.kinds.plan_report.cells import COMMITTEE
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

# 「第1　デジタル技術による業務変革」「柱2 …」「取組3 …」: the initiative's number and its title.
_HEAD_RE = re.compile(r"^[■□◆◇●◎]?\s*(?P<word>第|[^\d\s:：.．()（）\t]{1,6}?)\s*(?P<no>\d{1,2})\s*(?:の柱)?[\s　:：.．]+(?P<title>\S.{0,60})$")
_MEMBER_HEADS = ("委員", "委員名", "氏名", "評価者")
_TOTAL_HEADS = ("計", "合計", "合計点", "総合点")
_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
_OPINIONS_RE = re.compile(r"^(?:委員(?:の)?意見|" + COMMITTEE + r"の?意見|(?:主な)?意見)$")
# 「改革の柱ごとに…評価した」: what the paper calls the initiatives it scores (the headings print only 第1).
_CALLED_RE = re.compile(r"([一-龥]{1,4}の[一-龥]{1,2}|[一-龥]{2,4})ごとに")
_SCALE_RE = re.compile(r"(?:計|合計)[^。]{0,20}?(\d{1,3})\s*点満点")
# A 観点 a declared field of the initiative is (records.py: PROGRESS, EFFICIENCY, …): the members' mean kept there.
_FIELDS = {"進捗": "progress", "進捗度": "progress", "効率性": "efficiency", "連携度": "collaboration", "創造性": "creativity"}
_COMMITTEE_RE = re.compile(COMMITTEE)
# The date the paper is signed with, or 「以上」: the paper's own closing, no opinion.
_CLOSING_RE = re.compile(r"^(?:以上|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*)$")


def _cells(line: str) -> list[str]:
    return [no_spaces(nfkc(c)) for c in line.split("\t")]


def _number(cell: str) -> float | int | None:
    if not _NUMBER_RE.match(cell):
        return None
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def _table(lines: list[str], start: int, stop: int) -> tuple[int, list[str], dict[str, list], list] | None:
    """The member table under a heading: (its header's line, its header, {member: cells}, the mean row's cells)."""
    for i in range(start, min(stop, start + 6)):
        if "\t" not in lines[i]:
            continue
        head = _cells(lines[i])
        if head[0] not in _MEMBER_HEADS or head[-1] not in _TOTAL_HEADS or len(head) < 3:
            return None
        members: dict[str, list] = {}
        mean: list = []
        for j in range(i + 1, stop):
            if "\t" not in lines[j]:
                break
            row = _cells(lines[j])
            values = [_number(c) for c in row[1:len(head)]]
            if len(row) < len(head) or any(v is None for v in values):
                break
            if "平均" in row[0]:
                mean = values
                break
            members[row[0]] = values
        return (i, head, members, mean) if len(members) >= 2 and mean else None
    return None


def _heads(lines: list[str]) -> list[int]:
    """The headings each followed by a member table (two or more)."""
    heads = [i for i, line in enumerate(lines) if "\t" not in line and _HEAD_RE.match(nfkc(line).strip())]
    found = []
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        if _table(lines, h + 1, stop):
            found.append(h)
    return found if len(found) >= 2 else []


def detect(text: str) -> bool:
    return bool(_COMMITTEE_RE.search(text[:3000])) and bool(_heads(text.splitlines()))


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND, _narrative

    raw = text.splitlines()
    heads = _heads(raw)
    title = next((clean(line) for line in raw if line.strip()), "")
    doc = ParsedDocument(kind=KIND, title=title)
    scale_said = _SCALE_RE.search(nfkc(text[:3000]))
    called = _CALLED_RE.search(nfkc("\n".join(raw[:heads[0]])))
    word = _HEAD_RE.match(nfkc(raw[heads[0]]).strip()).group("word")
    for n, start in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(raw)
        head = _HEAD_RE.match(nfkc(raw[start]).strip())
        no = str(int(head.group("no")))
        at, header, members, mean = _table(raw, start + 1, stop)
        fields: dict[str, Any] = {"no": int(no), "title": clean(head.group("title")), "committee_score": mean[-1],
                                  "axes": {m: values[-1] for m, values in members.items()}, "n_comments": 0,
                                  "member_points": {m: dict(zip(header[1:-1], values[:-1])) for m, values in members.items()}}
        if word not in ("第", "取組"):  # (the word the kind knows is no word of the paper's own)
            fields["called"] = word
        elif called:
            fields["called"] = called.group(1)
        if scale_said:
            fields["committee_scale"] = float(scale_said.group(1))
        for k, name in enumerate(header[1:-1]):
            if name in _FIELDS:
                fields[_FIELDS[name]] = mean[k]
        key = f"initiative:{no}"
        rows_end = at + 1 + len(members) + 1
        opinions, last = _opinions(raw, rows_end, stop, set(members))
        fields["n_comments"] = len(opinions)
        doc.records.append(Record("initiative", no, fields, source, start + 1, stop))
        doc.passages.append(Passage(key, "title", fields["title"], source, start + 1))
        for j, (member, values) in enumerate(members.items()):
            said = " / ".join(f"{h} {v}" for h, v in zip(header[1:], values))
            doc.passages.append(Passage(key, "axes", f"{fields['title']} {member}: {said}", source, at + 2 + j))
        for k, (line, opinion) in enumerate(opinions, start=1):
            code = f"{no}-{k}"
            doc.records.append(Record("comment", code, {"initiative": no, "n": k, "text": opinion}, source, line))
            doc.passages.append(Passage(f"comment:{code}", "text", opinion, source, line))
    _narrative(doc, source, raw, [(0, heads[0]), (last, len(raw))])
    return doc


def _opinions(lines: list[str], start: int, stop: int, members: set[str]) -> tuple[list[tuple[int, str]], int]:
    """The opinions after the table: each paragraph, with the member named on the line after it (「…（大西委員）」),
    and the line they end at (the paper's closing, or the next heading)."""
    out: list[tuple[int, str]] = []
    named = True  # (the opinion before has its member: a name line after it names no other)
    for j in range(start, stop):
        line = clean(lines[j]).strip()
        if _CLOSING_RE.match(nfkc(line)):
            return out, j
        if not line or _OPINIONS_RE.match(no_spaces(nfkc(line))):
            continue
        if no_spaces(nfkc(line)) in members:
            if out and not named:
                out[-1] = (out[-1][0], f"{out[-1][1]}（{line}）")
                named = True
            continue
        out.append((j + 1, line))
        named = False
    return out, stop
