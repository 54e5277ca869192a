"""Minutes whose members' opinions are paragraphs under a line naming the member with a mark before and the
member's affiliation in brackets after (「■森岡 千尋委員（東嶺県立大学 地域情報学部 教授）」, 「◆山田委員（商工会）」),
or numbering the opinion with the member in brackets (「意見１（山田委員）」, a reply 【町の考え方】 on the next lines),
the paragraph naming the records it is on by code (「ON-403 道路占用許可申請は…」, 「重点5の評価が…」), the
secretariat's reply run on after an arrow (「→事務局：令和8年度に…」): each opinion is a comment of its member on
every record it names, keyed 「<code>-<k>」, so that questions about who said what on which record (「森岡委員が
取り上げた項目」「商工会の委員の意見」「事務局が令和8年度に触れて回答している意見」) read them as comments.

Read by the layout alone: two or more such paragraphs naming a code — letters, a hyphen, a number (ON-403, F-03),
or a plan's word for its headings then a number (重点5, 基本目標2, 柱3). A paragraph naming no code is no comment.
The member keeps the name as printed (森岡 千尋), the affiliation is the member's role, the meeting the last line
naming 第N回 above it."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「■森岡 千尋委員（東嶺県立大学 地域情報学部 教授）」: a mark, the name and title, the affiliation in brackets
# (「◯Ａ委員」「◯委員長」: a member named by a letter, or the chair by the title alone)
_HEAD = re.compile(r"^(?:[■◆●◇□○◯〇・]|[(（]\d{1,2}[)）])\s*(?P<name>[一-龥々ァ-ヶーぁ-んA-Z\s]{1,12}?|(?=副?委員長|副?座長|副?会長))\s*"
                   r"(?P<title>副?委員長|副?座長|副?会長|委員)"
                   r"\s*(?:[(（](?P<role>[^()（）]{1,40})[)）])?\s*$")
# 「意見１（山田委員）」: an opinion's own number, the member who gave it in brackets (a heading of the paragraph)
_HEAD_NUMBERED = re.compile(r"^(?:[■◆●◇□○◯〇・]\s*)?意見\s*\d{1,3}\s*[(（]\s*(?P<name>[一-龥々ァ-ヶーぁ-ん\s]{1,12}?)\s*"
                            r"(?P<title>副?委員長|副?座長|副?会長|委員)\s*[)）]\s*(?P<role>)$")
# 「佐藤委員（老人クラブ連合会）：C-4北山線を…」: the member, the affiliation in brackets, then the opinion on the same
# line after a colon (a summary's paragraphs); the secretariat's 「事務局：…」 is no member's
_HEAD_INLINE = re.compile(r"^(?:[■◆●◇□○◯〇・]\s*)?(?P<name>[一-龥々ァ-ヶーぁ-ん]{1,8}?|(?=副?委員長|副?座長|副?会長))\s*"
                          r"(?P<title>副?委員長|副?座長|副?会長|委員)\s*(?:[(（](?P<role>[^()（）]{1,40})[)）])?\s*[:：]\s*"
                          r"(?P<text>\S.*)$")
# 「議題１　令和６年度路線別実績の評価について」: the agenda item the opinions under it were said on
_AGENDA = re.compile(r"^(?P<n>議題\s*\d{1,2})(?:\s|$)")
# A record's code: letters, a hyphen, a number (ON-403, F-03), no longer code's part
# (「窓-2」「デ-4」: a word of one or two kanji or katakana before the hyphen, as a table of items prints it)
_CODE = re.compile(r"(?<![A-Za-z0-9\-一-龥ァ-ヶ])([A-Za-z]{1,3}-\d{1,4}|[一-龥ァ-ヶ]{1,2}-\d{1,3})(?![\d\-])")
# 「◯住民課長」: a speaker's line of someone not a member (the secretariat), ending the member's turn before it
_OTHER_HEAD = re.compile(r"^[○◯〇]\s*[一-龥々ァ-ヶーA-Z]{1,12}$")
# A plan's heading word then its number (重点5, 基本目標2): the word kept, as the plan prints its headings
_GOAL = re.compile(r"(?<![一-龥])((?:重点(?:項目|取組|分野|目標)?|基本目標|基本方針|施策の柱|柱)\s*\d{1,2})(?![\d\-])")
# A plan's numbered measure (施策番号 1-2-1, or 「施策2-3」 with the word before it): digits joined by hyphens
_NUMBERED = re.compile(r"(?<![\d\-.,/])(\d{1,2}-\d{1,2}-\d{1,2}|(?<=施策)\d{1,2}-\d{1,2})(?![\d\-])")
# The secretariat's reply run on in the paragraph (「→事務局：…」「⇒事務局回答：…」)
_REPLY = re.compile(r"[→⇒]\s*(?P<who>[一-龥々ァ-ヶー]{1,12}?)(?:回答)?\s*[:：]\s*(?P<text>.*)$")
# 「【町の考え方】…」「【事務局回答】…」: the reply as a bracketed label opening its own paragraph
_REPLY_LABEL = re.compile(r"^【(?P<who>[^】]{0,8}?)(?:の考え方|回答|の回答|見解)】\s*(?P<text>.*)$")
_MEETING = re.compile(r"第\s*\d{1,2}\s*回")
_MIN_TURNS = 2


def _codes(text: str) -> list[str]:
    said = nfkc(text).replace("‐", "-").replace("－", "-").replace("−", "-")
    found = sorted([(m.start(), m.group(1)) for m in _CODE.finditer(said)]
                   + [(m.start(), "".join(m.group(1).split())) for m in _GOAL.finditer(said)]
                   + [(m.start(), m.group(1)) for m in _NUMBERED.finditer(said)])
    out: list[str] = []
    for _, code in found:
        if code not in out:
            out.append(code)
    return out


def headed_turn_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the members' paragraphs under their heading lines naming a code (none where fewer than
    two do)."""
    turns: list[tuple] = []
    meeting = ""
    head: re.Match | None = None
    block: list[tuple[int, str]] = []  # (the lines of the paragraph under the head, up to the reply)
    reply = responder = ""
    agenda = ""

    def close() -> None:
        nonlocal head, block, reply, responder
        if head is not None and block:
            text = "".join(t for _, t in block)
            codes = _codes(text)
            if codes:
                # (「◯Ａ委員」: a member named by a letter is named so, Ａ委員, as the papers listing members by letter
                # print them; 「◯委員長」: the chair by the title)
                name = " ".join(head.group("name").split())
                name = name + head.group("title") if re.fullmatch(r"[A-Z]?", name) else name
                turns.append((block[0][0], name, (head.group("role") or "").strip(),
                              text, meeting, (reply, responder), codes, agenda))
        head, block, reply, responder = None, [], "", ""

    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        if not line:
            continue
        said = nfkc(line)
        if (a := _AGENDA.match(said)) is not None:
            close()
            agenda = "".join(a.group("n").split())
            continue
        inline = _HEAD_INLINE.match(said)
        if inline is not None:
            # (the opinion is this line's own text: its turn ends with it)
            close()
            head, block = inline, [(i + 1, inline.group("text").strip())]
            close()
            continue
        m = _HEAD.match(said) or _HEAD_NUMBERED.match(said)
        if m is not None:
            close()
            head = m
            continue
        if _OTHER_HEAD.match(said):
            close()
            continue
        if _MEETING.search(said) and len(line) <= 80 and not line.endswith("。"):
            close()
            meeting = line
            continue
        if head is None:
            continue
        r = _REPLY.search(said) or _REPLY_LABEL.match(said)
        if r is not None and r.start() == 0 and not block:
            continue  # (a reply with no opinion before it)
        if reply == "-" and r is None:
            reply = line  # (「【町の考え方】」 alone on its line: the reply is the paragraph under it)
            continue
        if reply:
            close()  # (after the reply, the minutes' own text)
            continue
        if r is not None:
            if r.start() > 0:
                block.append((i + 1, line[:r.start()].strip()))
            reply, responder = r.group("text").strip() or "-", r.group("who")
            continue
        block.append((i + 1, line))
    close()
    if len(turns) < _MIN_TURNS:
        return []
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, name, role, text, said_at, (reply, responder), codes, agenda_said in turns:
        for code in codes:
            seen[code] = seen.get(code, 0) + 1
            fields = {"initiative": code, "n": seen[code], "text": text, "member": name, "member_role": role,
                      "practice": "", "target_word": "", "about": "item"}
            if reply:
                fields["response"] = reply
                fields["responder"] = responder
            if agenda_said:
                fields["agenda"] = agenda_said  # (「議題１で委員から意見が出た路線」)
            if said_at:
                number = _MEETING.search(nfkc(said_at))
                fields["meeting"] = "".join(number.group(0).split()) if number else said_at
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no))
    return out
