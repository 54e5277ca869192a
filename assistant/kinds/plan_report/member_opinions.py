"""A committee's opinions published member by member (委員意見集, a text file): a block per member headed
【氏名】 with the member's role after it (「会長／…大学 教授」), then one line per initiative, 「（柱N）評点X　opinion」
— the initiative named by the plan's own word (柱, 取組 …) and its number, the member's score of it, and the
opinion (「特になし」 where the member had none).

Each line becomes a comment on initiative N (code 「N-k」, k the member's place in the paper), keeping the member's
name, role and score; the initiatives themselves are the plan report's (the numbers tie them). Found by shape:
two member blocks or more, each with such lines.
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc

# 「【大久保 晴美】　会長／白樺野大学経済学部 教授」: the name in brackets, what follows it the role.
_MEMBER_RE = re.compile(r"^\s*【\s*(?P<name>[^【】\d]{2,12}?)\s*】\s*(?P<role>.*)$")
# 「（柱3）評点4　opinion」: the initiative's word and number, the score, the opinion.
_LINE_RE = re.compile(r"^\s*[(（]\s*(?P<word>[^\s\d()（）]{1,6}?)\s*(?P<no>\d{1,2})\s*[)）]\s*"
                      r"(?:(?P<label>評点|点数|評価|得点)\s*[:：]?\s*(?P<score>\d+(?:\.\d+)?)\s*点?)?\s*(?P<text>.*)$")
# The member's chair or vice-chair, printed first in the role (「会長／…」「副会長、…」).
_ROLE_SPLIT_RE = re.compile(r"\s*[／/、,]\s*")


def _blocks(lines: list[str]) -> list[tuple[int, str, str, list[tuple[int, re.Match]]]]:
    out: list[tuple[int, str, str, list[tuple[int, re.Match]]]] = []
    for i, line in enumerate(lines):
        text = nfkc(clean(line)) if line.strip() else ""
        member = _MEMBER_RE.match(line)
        if member:
            out.append((i, clean(member.group("name")), clean(member.group("role")), []))
            continue
        item = _LINE_RE.match(text)
        if out and item and item.group("score") is not None:
            out[-1][3].append((i, item))
    return [b for b in out if b[3]]


def detect(text: str) -> bool:
    """Two member blocks or more, each with lines scoring an initiative."""
    blocks = _blocks(text.splitlines()[:400])
    return len(blocks) >= 2 and sum(len(b[3]) for b in blocks) >= 4


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND

    lines = text.splitlines()
    title = next((clean(line) for line in lines if line.strip()), source)
    doc = ParsedDocument(kind=KIND, title=title)
    for k, (_, name, role, items) in enumerate(_blocks(lines), start=1):
        for i, item in items:
            no = str(int(item.group("no")))
            score = float(item.group("score"))
            opinion = clean(item.group("text"))
            fields = {"initiative": no, "n": k, "text": opinion, "member": name, "member_role": role,
                      "member_score": int(score) if score.is_integer() else score}
            code = f"{no}-{k}"
            doc.records.append(Record("comment", code, fields, source, i + 1, i + 1))
            doc.passages.append(Passage(f"comment:{code}", "text", opinion, source, i + 1))
    return doc
