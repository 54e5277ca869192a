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
# (another town's minutes print no speaker mark: 「檜垣委員　Ⅰ-1-①の通いの場が…」, the name and title then a full-width space)
_BARE_TURN = re.compile(r"^(?P<name>[一-龥々ヶノ]{1,6}?)\s*(?P<role>副?委員長|副?座長|副?会長|委員)\u3000+(?P<text>\S.*)$")
# (minutes printed as a list of terms, <dt>委員（佐伯）</dt><dd>…</dd>, read as 「委員（佐伯）：…」: the title, the name
# in brackets, then the words after a colon)
_TITLED_TURN = re.compile(r"^(?P<role>副?委員長|副?座長|副?会長|委員)\s*[(（](?P<name>[一-龥々ヶノ]{1,6})[)）]\s*[:：]\s*(?P<text>\S.*)$")
# (another town's minutes mark the turn and print the title, the name in brackets, then the words after a space:
# 「○委員（山科）　歳入-1の…」; 「○委員長（大貫）」 opens and closes, naming no code)
_MARKED_TITLED_TURN = re.compile(r"^[○◯〇]\s*(?P<role>副?委員長|副?座長|副?会長|委員)\s*[(（](?P<name>[一-龥々ヶノ]{1,6})[)）]"
                                 r"[\s\u3000]+(?P<text>\S.*)$")
# (an item coded by its group's word and one number, 「歳入-1」「組織-6」, where the plan numbers its items per 区分)
_WORD_ITEM = re.compile(r"(?<![一-龥ァ-ヶーA-Za-z\d\-])([一-龥]{2,4}-\d{1,2})(?![\d\-])")
# A practice item's code: a number, then parts joined by hyphens (「(3)」, a number, a kana, a circled digit).
# (a vision's project numbers lead with their field's short word, its kana ending too: 「生活-1-(2)」「マネ-2-(1)」「結び-4-(1)」)
_ITEM = re.compile(r"(?<![\d\-])((?:(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{1,4}[ぁ-ん]?-)?\d{1,2}(?:\s*-\s*(?:\(\d{1,2}\)|\d{1,2}|[ア-ン]|[①-⑳]))+)(?![\dア-ン])")
# (or led by the plan's pillar as a Roman numeral, 「Ⅱ-2-③」, matched as printed: the code the plan's table prints)
_ROMAN_ITEM = re.compile(r"(?<![A-Za-zⅠ-Ⅻ\d\-])([Ⅰ-Ⅻ](?:\s*[-‐－]\s*(?:\d{1,2}|[０-９]{1,2}|[①-⑳]|[ア-ン]))+)(?![\dア-ン０-９①-⑳])")
# A goal named by the plan's word for it, then its number (「基本目標3」「基本方針 2」「施策の柱1」「柱2」).
# (「政策分野２全体として」: a vision's fields of policy, numbered as its goals are)
_GOAL = re.compile(r"(?:基本目標|基本方針|重点目標|施策の柱|政策目標|推進方針|政策分野|施策分野|柱)\s*(\d{1,2})(?![\d\-])")
# (another town's minutes print the speaker on a line of its own, 「○桐生委員」, the speech in the paragraph under it)
_HEAD_TURN = re.compile(r"^[○◯〇]\s*(?P<name>[一-龥々ヶノ]{1,6}?)\s*(?P<role>副?委員長|副?座長|副?会長|委員)\s*$")
# (an opinion paper heads each member's opinion 「【岡部委員】意見」, the opinion in the paragraph(s) under it, the city's
# reply after it in a paragraph opening 「（回答）」)
_BRACKET_HEAD_TURN = re.compile(r"^【\s*(?P<name>[一-龥々ヶノ]{1,6}?)\s*(?P<role>副?委員長|副?座長|副?会長|委員)\s*】\s*(?:の?意見)?\s*$")
_BRACKET_REPLY = re.compile(r"^[(（]\s*(?:回答|市の回答|市回答|対応|市の対応)\s*[)）]\s*(?P<text>\S.*)$")
# A line closing a speech: the next speaker, or a note of the proceedings in brackets (「（休憩　午後３時１０分）」).
_SPEECH_END = re.compile(r"^\s*(?:[○◯〇△▲□◇]|[(（])")
_MEETING = re.compile(r"第\s*\d{1,2}\s*回")
# The staff's reply after a member's turn (「△事務局（交通政策課）　令和８年４月のダイヤ改正で…」): the response to it,
# the office in brackets the one that answered.
_REPLY = re.compile(r"^(?:[△▲□◇]|(?=事務局|説明員|担当課))\s*(?P<who>[一-龥々ァ-ヶー]{1,12}?)\s*(?:[(（](?P<office>[^()（）]{1,20})[)）])?(?:[\s\u3000]+|\s*[:：]\s*)(?P<text>\S.*)$")
# (or marked as the members' turns are, the staff's title its speaker: 「○総務課長　中止理由と代替策につきましては…」)
_MARKED_REPLY = re.compile(r"^[○◯〇]\s*(?P<who>[一-龥々ァ-ヶー]{1,10}?(?:課長|部長|局長|室長|係長|事務局長|主幹|参事))"
                           r"(?:[(（](?P<office>[^()（）]{1,20})[)）])?[\s\u3000]+(?P<text>\S.*)$")
_MIN_TURNS = 2
# (a meeting of officials, 行政改革推進本部会議: every speaker is a post, 「○本部長　…」「○副本部長」「○教育長」
# 「○総務課長　…」, each turn naming items by code the meeting's word on them; read only where no member speaks)
_OFFICIAL_TURN = re.compile(r"^[○◯〇]\s*(?P<role>[一-龥々ヶノ]{0,8}?長)[\s\u3000]+(?P<text>\S.*)$")
# The day a meeting was held, printed under its heading (「開催日時　令和７年８月２２日（金）」「日時：2025年8月22日」).
_HELD_ON = re.compile(r"(?:開催日|日時|開催日時|日\s*時)[^\d令平R]{0,4}(?:(?P<era>令和|平成|R|H)\s*(?P<ey>\d{1,2}|元)|(?P<y>(?:19|20)\d{2}))"
                      r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def held_on(line: str) -> str:
    """The ISO day a line of a meeting's particulars says it was held on, or ""."""
    from assistant.text.normalize import wareki_to_year

    m = _HELD_ON.search(nfkc(line))
    if m is None:
        return ""
    year = int(m.group("y")) if m.group("y") else wareki_to_year(m.group("era"), 1 if m.group("ey") == "元" else int(m.group("ey")))
    return f"{year:04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def _codes(text: str) -> list[str]:
    said = nfkc(text).replace("‐", "-").replace("－", "-")
    found: list[tuple[int, str]] = []
    for m in _ITEM.finditer(said):
        found.append((m.start(), re.sub(r"\s+", "", m.group(1))))
    for m in _WORD_ITEM.finditer(said):
        found.append((m.start(), m.group(1)))
    for m in _ROMAN_ITEM.finditer(clean(text)):  # (clean keeps Ⅱ, which NFKC would make II)
        found.append((m.start(), re.sub(r"\s+", "", m.group(1)).replace("‐", "-").replace("－", "-")))
    for m in _GOAL.finditer(said):
        found.append((m.start(), m.group(1)))
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


def _reply_after(lines: list[str], i: int) -> re.Match | None:
    """The staff's reply printed on the next line written after the turn at `i`, if it is one."""
    for j in range(i + 1, len(lines)):  # (by index: a slice would copy the rest of the file for every line)
        line = clean(lines[j]).strip()
        if line:
            return _REPLY.match(line) or _MARKED_REPLY.match(line)
    return None


def turn_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the members' turns naming a code (none where fewer than two turns do)."""
    turns: list[tuple[int, str, str, str, str, list[str]]] = []
    meeting = ""
    head_turns = False
    dates: dict[str, str] = {}  # meeting heading → the day it was held
    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        if not line:
            continue
        if meeting and meeting not in dates and held_on(line):
            dates[meeting] = held_on(line)
        m = _TURN.match(line) or _TITLED_TURN.match(nfkc(line)) or _MARKED_TITLED_TURN.match(line)
        head = _HEAD_TURN.match(line) if m is None else None
        bracket = _BRACKET_HEAD_TURN.match(nfkc(line)) if m is None and head is None else None
        if bracket is not None:
            said, reply = [], None
            for j in range(i + 1, len(lines)):
                below = clean(lines[j]).strip()
                if not below:
                    continue
                if _BRACKET_HEAD_TURN.match(nfkc(below)) or below.startswith("【"):
                    break
                if (answered := _BRACKET_REPLY.match(nfkc(below))) is not None:
                    reply = answered
                    break
                said.append(below)
            text = "".join(said)
            codes = _codes(text)
            if codes:
                turns.append((i + 1, bracket.group("name"), bracket.group("role"), text, meeting, codes, reply))
                head_turns = True
            continue
        if head is not None:
            # (the speech is the paragraph(s) under the speaker's line, up to the next speaker or note in brackets)
            said = []
            for j in range(i + 1, len(lines)):
                below = clean(lines[j]).strip()
                if not below:
                    continue
                if _SPEECH_END.match(below) or _HEAD_TURN.match(below):
                    break
                said.append(below)
            text = "".join(said)
            codes = _codes(text)
            if codes:
                turns.append((i + 1, head.group("name"), head.group("role"), text, meeting, codes, None))
                head_turns = True
            continue
        if m is None and _reply_after(lines, i) is not None:
            # (an unmarked turn only where the staff's reply follows it: a paragraph opening with a name is no turn)
            m = _BARE_TURN.match(raw.strip())  # (clean makes the full-width space a plain one)
        if m is None:
            if _MEETING.search(nfkc(line)) and len(line) <= 80 and not line.endswith("。"):
                meeting = line
            continue
        codes = _codes(m.group("text"))
        if codes:
            turns.append((i + 1, m.group("name"), m.group("role"), m.group("text").strip(), meeting, codes,
                          _reply_after(lines, i)))
    if not turns:
        turns = _official_turns(lines)
    if len(turns) < _MIN_TURNS:
        return []
    roster = _roster(lines)
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, name, role, text, said_at, codes, reply in turns:
        # (the members' list of the minutes, 氏名 | 所属団体等 | 区分 | 役職: what it says of the member beyond the name)
        role = roster.get(name) or role
        for code in codes:
            seen[code] = seen.get(code, 0) + 1
            fields = {"initiative": code, "n": seen[code], "text": text, "member": name, "member_role": role,
                      "about": "practice" if "-" in code else "initiative"}
            if head_turns and "-" in code:
                fields["practice"] = code  # (the item's code as its list prints it: the comment is on that practice item)
            if reply is not None:
                fields["response"] = nfkc(reply.group("text")).strip()  # (as questions are read: 令和8年度)
                if reply.re is _BRACKET_REPLY:
                    pass  # (「（回答）…」: the city answered, no office named)
                elif reply.group("office"):
                    fields["responder"] = reply.group("office").strip()
                elif reply.re is _MARKED_REPLY:
                    fields["responder"] = reply.group("who").strip()  # (「○総務課長」: the title is who answered)
            if said_at:
                # (the meeting by its number, as a table of opinions prints its 開催回: 「第2回」)
                number = _MEETING.search(nfkc(said_at))
                fields["meeting"] = "".join(number.group(0).split()) if number else said_at
                if dates.get(said_at):
                    fields["meeting_date"] = dates[said_at]
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no))
    return out


def _official_turns(lines: list[str]) -> list[tuple]:
    """The turns of minutes where every speaker is marked by a post (「○本部長」「○総務課長」), those naming a code;
    the post is the speaker's name and role (no member's name is printed)."""
    turns: list[tuple] = []
    meeting = ""
    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        if not line:
            continue
        m = _OFFICIAL_TURN.match(line)
        if m is None:
            if _MEETING.search(nfkc(line)) and len(line) <= 80 and not line.endswith("。"):
                meeting = line
            continue
        codes = _codes(m.group("text"))
        if codes:
            turns.append((i + 1, m.group("role"), m.group("role"), m.group("text").strip(), meeting, codes, None))
    return turns


_NAME_HEADS = ("氏名", "委員名", "名前")
_NUMBER_HEADS = ("番号", "No", "NO", "No.", "№")
_BLANK = {"", "－", "-", "―", "ー", "—", "−"}


def _roster(lines: list[str]) -> dict[str, str]:
    """Surname → the member's row of a members' table (a tab-separated table headed 氏名): its cells beyond the
    number and the name, joined (「鴗ヶ原町医師会 保健医療関係者 副会長」); a surname two rows share is left out."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    header: list[str] = []
    name_col = -1
    for raw in lines:
        if "\t" not in raw:
            header, name_col = [], -1
            continue
        cells = [clean(c).strip() for c in raw.split("\t")]
        heads = ["".join(nfkc(c).split()) for c in cells]
        if any(h in _NAME_HEADS for h in heads):
            header, name_col = heads, next(j for j, h in enumerate(heads) if h in _NAME_HEADS)
            continue
        if name_col < 0 or name_col >= len(cells) or not cells[name_col]:
            continue
        surname = cells[name_col].split()[0]
        role = " ".join(c for j, c in enumerate(cells) if j != name_col and nfkc(c).strip() not in _BLANK
                        and not (j < len(header) and header[j] in _NUMBER_HEADS))
        if surname in out:
            shared.add(surname)
        out[surname] = role
    return {k: v for k, v in out.items() if k not in shared and v}
