"""A committee's opinions numbered ①②③ under a heading per record (an evaluation committee's 意見書: 「第２ 団体別の
意見」, then 「（１）公益財団法人○○財団（団体番号１）」 and one paragraph per opinion 「①…」「②…」): each
paragraph is the committee's comment on the record the heading names, keyed 「<code>-<k>」 (k the circled number),
so that 「意見が３つ以上ついている団体」「意見は全部で何件」「○○財団への意見の②」 read them as comments.

Read by the layout alone: a section heading saying 意見 (「第２ 団体別の意見」), up to the next heading of its level
(「第３ おわりに」); inside it headings numbered （ｎ）, the code the number a bracket at the heading's end gives
(「（団体番号１）」「（No.３）」) else the （ｎ） itself; two such headings or more, each followed by circled
paragraphs. Opinions carry no number of their own beyond the circle, so the record's code keys them."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「第２ 団体別の意見」「２ 委員会の意見」: the section the opinions stand in, and the next of its level ending it
_SECTION = re.compile(r"^(?P<mark>第\s*\d{1,2}|\d{1,2}\s*[.．、]?|[一二三四五六七八九十]{1,2}\s*[、.．])\s*(?P<title>\S.{0,30})$")
# 「（１）公益財団法人○○財団（団体番号１）」: the record's heading, its own number in the closing bracket if printed
_HEAD = re.compile(r"^[(（]\s*(?P<n>\d{1,3})\s*[)）]\s*(?P<name>\S.{0,60}?)"
                   r"(?:\s*[(（]\s*[^()（）\d]{0,8}?(?:番号|No\.?|NO\.?|№)\s*[:：]?\s*(?P<code>\d{1,4})\s*[)）])?$")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def circled_opinions(lines: list[str], source: str) -> list[Record]:
    out: list[Record] = []
    inside = False
    code = ""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        section = _SECTION.match(nfkc(line)) if line[0] not in _CIRCLED else None
        if section and not _HEAD.match(nfkc(line)) and len(line) <= 30 and not line.endswith("。"):
            inside, code = "意見" in section.group("title"), ""
            continue
        if not inside:
            continue
        head = _HEAD.match(nfkc(line))
        if head and not line.endswith("。"):
            code = head.group("code") or head.group("n")
            continue
        if code and line[0] in _CIRCLED:
            k = _CIRCLED.index(line[0]) + 1
            said = line[1:].strip()
            fields = {"initiative": code, "n": k, "text": said, "member": "", "member_role": "", "practice": "",
                      "target_word": "", "about": "item"}
            out.append(Record("comment", f"{code}-{k}", fields, source, i + 1, i + 1))
    keys = [r.key for r in out]
    if len({r.fields["initiative"] for r in out}) < 2 or len(keys) != len(set(keys)):
        return []  # (one record's opinions, or numbers repeated: not a paper of opinions per record)
    return out
