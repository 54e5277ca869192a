"""Minutes whose members' turns name the plan's items by code (「○久慈委員　取組1-(3)-アの施設予約の…」「○真鍋座長
基本目標２は達成率が…」): each member's turn is a comment on what it names, so that questions about who said what on
which item (「久慈委員が意見を言った取組」「座長が言及した基本目標」) read the turns as the plan's comments.

The layout is known by its shape alone: lines opening with a speaker mark (○/◯/〇) and a member's name and title
(委員, 座長, 会長, 委員長 and their vices; the staff's turns, 事務局・課長 …, are replies, no opinions), the turn's words
after a space; at least two such turns naming a code. A code is a practice item's number with its parts
(「1-(3)-ア」「2-1-3」) or a goal's (「基本目標2」「基本方針３」「柱2」: the word, then the number, read as the bare number,
as a plan's initiatives are coded). A turn naming no code (the chair's closing words) is no comment. Each comment
keeps the member's name as printed (the surname), the title as the member's role and the meeting it was said at
(the last heading naming 第N回 above it).
"""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

_TURN = re.compile(r"^[○◯〇]\s*(?P<name>[一-龥々]{1,6}?)\s*(?P<role>副?委員長|副?座長|副?会長|委員)[\s\u3000]+(?P<text>\S.*)$")
# A practice item's code: a number, then parts joined by hyphens (「(3)」, a number, a kana, a circled digit).
# (a vision's project numbers lead with their field's short word, its kana ending too: 「生活-1-(2)」「マネ-2-(1)」「結び-4-(1)」)
_ITEM = re.compile(r"(?<![\d\-])((?:(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{1,4}[ぁ-ん]?-)?\d{1,2}(?:\s*-\s*(?:\(\d{1,2}\)|\d{1,2}|[ア-ン]|[①-⑳]))+)(?![\dア-ン])")
# A goal named by the plan's word for it, then its number (「基本目標3」「基本方針 2」「施策の柱1」「柱2」).
# (「政策分野２全体として」: a vision's fields of policy, numbered as its goals are)
_GOAL = re.compile(r"(?:基本目標|基本方針|重点目標|施策の柱|政策目標|推進方針|政策分野|施策分野|柱)\s*(\d{1,2})(?![\d\-])")
_MEETING = re.compile(r"第\s*\d{1,2}\s*回")
# The staff's reply after a member's turn (「△事務局（交通政策課）　令和８年４月のダイヤ改正で…」): the response to it,
# the office in brackets the one that answered.
_REPLY = re.compile(r"^[△▲□◇]\s*(?P<who>[一-龥々ァ-ヶー]{1,12}?)\s*(?:[(（](?P<office>[^()（）]{1,20})[)）])?[\s\u3000]+(?P<text>\S.*)$")
_MIN_TURNS = 2


def _codes(text: str) -> list[str]:
    said = nfkc(text).replace("‐", "-").replace("－", "-")
    found: list[tuple[int, str]] = []
    for m in _ITEM.finditer(said):
        found.append((m.start(), re.sub(r"\s+", "", m.group(1))))
    for m in _GOAL.finditer(said):
        found.append((m.start(), m.group(1)))
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


def _reply_after(lines: list[str], i: int) -> re.Match | None:
    """The staff's reply printed on the next line written after the turn at `i`, if it is one."""
    for raw in lines[i + 1:]:
        line = clean(raw).strip()
        if line:
            return _REPLY.match(line)
    return None


def turn_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the members' turns naming a code (none where fewer than two turns do)."""
    turns: list[tuple[int, str, str, str, str, list[str]]] = []
    meeting = ""
    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        if not line:
            continue
        m = _TURN.match(line)
        if m is None:
            if _MEETING.search(nfkc(line)) and len(line) <= 80 and not line.endswith("。"):
                meeting = line
            continue
        codes = _codes(m.group("text"))
        if codes:
            turns.append((i + 1, m.group("name"), m.group("role"), m.group("text").strip(), meeting, codes,
                          _reply_after(lines, i)))
    if len(turns) < _MIN_TURNS:
        return []
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, name, role, text, said_at, codes, reply in turns:
        for code in codes:
            seen[code] = seen.get(code, 0) + 1
            fields = {"initiative": code, "n": seen[code], "text": text, "member": name, "member_role": role,
                      "about": "practice" if "-" in code else "initiative"}
            if reply is not None:
                fields["response"] = nfkc(reply.group("text")).strip()  # (as questions are read: 令和8年度)
                if reply.group("office"):
                    fields["responder"] = reply.group("office").strip()
            if said_at:
                # (the meeting by its number, as a table of opinions prints its 開催回: 「第2回」)
                number = _MEETING.search(nfkc(said_at))
                fields["meeting"] = "".join(number.group(0).split()) if number else said_at
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no))
    return out
