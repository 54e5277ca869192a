"""Opinions that each open with the speaker's post and the record cited in brackets, under a section on 意見 of
each agenda item (a meeting report: 「議題３　…」, 「（２）本部員からの主な意見」, then 「○福祉課長（P-3-06関係）　介護・
福祉関係手続は…」): each opinion is a comment on the cited record, keyed 「<code>-<k>」 (k counting that record's
opinions in order), the post kept as who said it (member, member_role: 「福祉課長が意見を言ったのは」) and the agenda
item's number as the part of the meeting it was said under (agenda: 「議題３」).

Read by the layout alone: two lines or more opening with a mark (○ ◯ ● ・), a post of a few characters, a bracket
citing codes of letters and digits joined by hyphens (P-3-06, R6-02) with 関係／関連 or nothing, then the opinion's text;
never by the document's posts or codes."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

_CODE = r"[A-Za-z]{1,3}\d{0,2}(?:\s*[-‐－]\s*\d{1,4}){1,3}"
_OPINION = re.compile(r"^[○◯〇●・]\s*(?P<who>[^\s()（）○◯〇●・、。]{2,16}?)\s*[(（]\s*(?P<codes>" + _CODE
                      + r"(?:\s*[、,・]\s*" + _CODE + r")*)\s*(?:関係|関連|について)?\s*[)）]\s*(?P<text>\S.*)$")
# 「議題３　電子申請手続の拡充について」: the agenda item the opinions under it were said on
_AGENDA = re.compile(r"^(?P<n>議題\s*\d{1,2}|第\s*\d{1,2}\s*号議案)\s*(?P<title>\S.{0,40})?$")
_MIN_OPINIONS = 2


def _codes(said: str) -> list[str]:
    return list(dict.fromkeys(re.sub(r"\s*[-‐－]\s*", "-", c).upper() for c in re.findall(_CODE, said)))


def post_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of opinions 「○役職（CODE関係）　本文」 (none where fewer than two lines read so)."""
    out: list[Record] = []
    seen: dict[str, int] = {}
    agenda = ""
    for i, raw in enumerate(lines):
        said = nfkc(raw).strip()
        if not said:
            continue
        head = _AGENDA.match(said)
        if head:
            agenda = "".join(head.group("n").split())
            continue
        m = _OPINION.match(said)
        if m is None:
            continue
        who = m.group("who")
        for code in _codes(m.group("codes")):
            seen[code] = seen.get(code, 0) + 1
            fields = {"initiative": code, "n": seen[code], "text": m.group("text").strip(), "member": who,
                      "member_role": who, "practice": "", "target_word": "", "about": "item"}
            if agenda:
                fields["agenda"] = agenda
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, i + 1, i + 1))
    if len({r.line for r in out}) < _MIN_OPINIONS:
        return []
    return out
