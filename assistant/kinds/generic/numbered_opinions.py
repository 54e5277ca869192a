"""A committee's opinions numbered on their own (a 所管事務調査報告書 or 意見書: 「意見３　（事業番号Ｒ６－０６「…」）…」,
「意見２　（取組(1)関係）【評価】」 then its paragraph, 「意見９　新たな返礼品の…」): each opinion is the committee's
comment on the record its opening bracket cites by code, else on itself, keyed by its own number, so that
「委員会の意見は全部で何件」「特定の事業を挙げずに出された意見」「返礼品番号を挙げた意見」 read them as comments.

Read by the layout alone: three lines or more opening 「意見ｎ」, numbered 1, 2, 3 … without a gap or a repeat. The
opinion's text is the rest of its line, else the paragraph under it; a heading of brackets above the opinions
(「【返礼品について】」) is the opinion's topic (policy), as the paper groups them. An opinion whose bracket names a
member (「意見１（山田委員）」) is a member's turn: headed_turns.py reads those."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「意見３　（…）…」「意見９　本文」: the opinion's own number, then a space or its bracket
_OPENING = re.compile(r"^意見\s*(?P<n>\d{1,3})(?:\s+|(?=[(（]))(?P<rest>.*)$")
# The bracket citing what the opinion is on, at the start of the rest (「（事業番号R6-06「…」）」「（取組(1)関係）」)
_CITED = re.compile(r"^[(（](?P<inside>(?:[^()（）]|[(（][^()（）]*[)）])*)[)）]")
# A code in the bracket: letters and digits, a hyphen, a number (R6-06, M-10, J-0103), or a bracketed number ((1))
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,3}\d{0,2}-\d{1,4}|\(\d{1,2}\))(?![\d\-])")
# 「【返礼品について】」: the topic heading over a group of opinions (a 【評価】 tag after the bracket is no heading)
_TOPIC = re.compile(r"^【(?P<topic>[^】]{2,30})】$")
_MEMBER = re.compile(r"(?:委員|委員長|会長|座長)$")
_MIN_OPINIONS = 3


def numbered_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of the opinions numbered 意見１, 意見２ …; none unless three or more are numbered in order."""
    found: list[tuple[int, int, str, str, str, str]] = []  # (line index, number, code cited, text, topic, bracket)
    topic = ""
    for i, raw in enumerate(lines):
        line = nfkc(raw).strip()
        if not line:
            continue
        head = _TOPIC.match(line)
        if head:
            topic = head.group("topic")
            continue
        m = _OPENING.match(line)
        if not m:
            continue
        rest = m.group("rest").strip()
        code = bracket = ""
        cited = _CITED.match(rest)
        if cited:
            inside = cited.group("inside").replace("‐", "-").replace("−", "-").strip()
            if _MEMBER.search(inside):
                return []  # (a member's numbered turn: not the committee's own opinions)
            codes = [c.group(1) for c in _CODE.finditer(inside)]
            code = codes[0] if codes else ""
            bracket = inside
            rest = rest[cited.end():].strip()
        rest = re.sub(r"^(?:【[^】]{1,8}】\s*)+", "", rest).strip()  # (a tag 【評価】: the paper's own class of it)
        if not rest:  # (the opinion as a heading, its paragraph the next line)
            rest = next((nfkc(l).strip() for l in lines[i + 1:i + 4] if l.strip()), "")
            if _OPENING.match(rest):
                rest = ""
        found.append((i, int(m.group("n")), code, rest, topic, bracket))
    if len(found) < _MIN_OPINIONS or [n for _, n, *_ in found] != list(range(1, len(found) + 1)):
        return []
    out: list[Record] = []
    seen: dict[str, int] = {}
    for i, n, cited, text, topic, bracket in found:
        code = cited or str(n)
        seen[code] = seen.get(code, 0) + 1
        # (cited: the code the opinion names, "" where it names none, so that 「どの取組にも触れていない意見」 reads
        # them; cited_as: the bracket as printed, 事業番号R6-01「…」 or 計画全般, saying what kind of record it names)
        fields = {"initiative": code, "n": seen[code], "text": text, "member": "", "member_role": "",
                  "practice": "", "target_word": "", "about": "item", "policy": topic,
                  "cited": cited, "cited_as": bracket}
        out.append(Record("comment", f"{code}-{seen[code]}", fields, source, i + 1, i + 1))
    return out
