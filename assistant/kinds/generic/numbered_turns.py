"""Minutes whose opinions are paragraphs opening with their own number in brackets and the speaker
(「【1-1】委員長：…」「【2-3】委員B：…」, under 「第２回 …委員会」): each opinion is a comment of that member,
keyed by its own number (the opinions cite no record), with the meeting it was said at, so that 「委員Aが出した
意見」「委員長の発言はいくつ」「第２回以降の意見」「周知について触れた意見」 read them as comments.

Read by the layout alone: three or more such paragraphs, their numbers each once. The member is kept as printed
(委員A, 委員長); the member's role is what a members' table says of that mark (marked_turns._roles); the meeting is
the last heading 「第ｎ回」 above the opinion.

Another layout brackets the speaker too and may cite a record before the words, the secretariat's reply in the paragraph
below (「〔2-1〕【委員】［関連事業 下-2-01］…」 then 「【事務局】…検討します。」): an opinion citing a record is a comment on
that record (keyed by its code, `cited` holding it), one citing none is keyed by its own number; the reply is its
`response`, so that 「特定の事業番号を挙げていない意見」「事務局が検討すると回答した意見」 read them."""
from __future__ import annotations

import re

from assistant.kinds.generic.marked_turns import _roles
from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「【1-1】委員長：…」「［2-3］委員B：…」 (NFKC): the opinion's number, the speaker, a colon, the opinion
_TURN = re.compile(r"^[【\[](?P<code>\d{1,2}\s*[-‐]\s*\d{1,3})[】\]]\s*(?P<who>[^:：\s]{1,12}?)\s*[:：]\s*(?P<text>\S.*)$")
# 「〔2-1〕【委員】［関連事業 下-2-01］…」 (NFKC): the number in tortoise-shell brackets, the speaker in lenticular ones, maybe
# the record the opinion is on in square brackets (a label, then its code), then the opinion
_BRACKETED = re.compile(r"^[〔【\[](?P<code>\d{1,2}\s*[-‐]\s*\d{1,3})[〕】\]]\s*【(?P<who>[^【】\s]{1,12})】\s*"
                        r"(?:[\[［](?P<label>[^\[\]［］\d]{0,8}?)\s*(?P<cited>[^\s\[\]［］]{0,8}\d[^\s\[\]［］]{0,8})[\]］])?\s*(?P<text>\S.*)$")
# 「【事務局】…」「（事務局）…」: the staff's reply in the paragraph below an opinion
_REPLY = re.compile(r"^[【(（](?P<who>事務局|市|町|村|担当課|説明員)[】)）]\s*(?P<text>\S.*)$")
# 「第２回 樫ノ浦市組織検討委員会」「第3回」: the meeting a part of the minutes is of (a heading, no sentence)
_MEETING = re.compile(r"第\s*\d{1,2}\s*回")
# (a speaker is a member, a chair or a secretariat: a person's mark, not a word of the opinion before a colon)
_SPEAKER = re.compile(r"(?:副?委員長|委員[A-Za-zＡ-Ｚ0-9]{0,3}|[A-Za-z]委員|副?会長|副?座長|事務局|[一-龥]{1,4}委員|[一-龥]{1,4}課長?)")
_TITLES = ("委員長", "副委員長", "会長", "副会長", "座長", "副座長")
_MIN_TURNS = 3


def numbered_turn_comments(lines: list[str], source: str) -> list[Record]:
    """Comment records of the numbered turns (none where fewer than three, or a number repeats)."""
    turns: list[tuple[int, str, str, str, str]] = []
    meeting = ""
    for i, raw in enumerate(lines):
        line = nfkc(clean(raw)).strip()
        if not line:
            continue
        m = _TURN.match(line) or _BRACKETED.match(line)
        if m is None:
            said = _MEETING.search(line)
            if said and len(line) <= 60 and not line.endswith("。") and "\t" not in raw:
                meeting = "".join(said.group(0).split())
            continue
        who = "".join(m.group("who").split())
        if not _SPEAKER.fullmatch(who):
            continue
        code = re.sub(r"\s*[-‐]\s*", "-", m.group("code"))
        cited = m.groupdict().get("cited") or ""
        # (the citation as printed, 「関連事業 下-2-01」: the word the paper cites records by)
        cited_as = f"{m.group('label').strip()} {cited}".strip() if cited else ""
        turns.append((i + 1, code, who, m.group("text").strip(), meeting, cited, cited_as, _reply(lines, i)))
    codes = [code for _, code, *_ in turns]
    if len(turns) < _MIN_TURNS or len(set(codes)) != len(codes):
        return []
    roles = _roles(lines, {who for _, _, who, *_ in turns})
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, code, who, text, meeting, cited, cited_as, reply in turns:
        # (an opinion citing a record is on that record, counted among the opinions on it; one citing none on itself)
        key = cited or code
        seen[key] = seen.get(key, 0) + 1
        fields = {"initiative": key, "n": seen[key], "text": text, "member": who,
                  # (「委員長」 holds its title beside what the roster says of it: 「委員長の意見」 reads the role)
                  "member_role": " ".join(x for x in ((who if who in _TITLES else ""), roles.get(who, "")) if x),
                  "practice": "", "target_word": "", "cited": cited, "cited_as": cited_as,
                  # (where the layout cites records, an opinion citing none is on no record: 「特定の事業を挙げていない意見」)
                  "about": "item" if cited or not any(t[5] for t in turns) else ""}
        if meeting:
            fields["meeting"] = meeting
        if reply:
            fields["responder"], fields["response"] = reply
        out.append(Record("comment", f"{key}-{seen[key]}", fields, source, line_no, line_no))
    return out


def _reply(lines: list[str], i: int) -> tuple[str, str] | None:
    """(who, words) of the staff's reply in the next non-blank paragraph below line i, or None."""
    for raw in lines[i + 1:i + 3]:
        line = nfkc(clean(raw)).strip()
        if line:
            m = _REPLY.match(line)
            return (m.group("who"), m.group("text").strip()) if m else None
    return None
