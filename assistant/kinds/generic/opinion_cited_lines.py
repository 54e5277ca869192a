"""A committee's opinions numbered （１）（２）… each followed by a line saying what it is on and who said it
(「対象補助金：H-101、H-301　／　発言：委員長 柏木 道子」, or 「対象補助金：（全般）」): each opinion is a comment on
every record the line cites by code, keyed 「<code>-<k>」, the speaker's name and post kept (member, member_role), so
that 「副委員長が取り上げた補助金」「繰越金に触れている意見はどの補助金」「２回以上取り上げられた補助金」 read them as
comments; an opinion citing no code (「（全般）」) is a comment keyed by its own number, `cited` empty, as
numbered_opinions.py keeps them, so that 「特定の補助金を挙げずに述べた意見」 reads them.

Read by the layout alone: two opinions or more numbered 1, 2, 3 … in brackets, each with such a line right under it
whose first label's value is codes (letters, a hyphen, digits) or a bracket; never by the document's words or codes."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「（１）団体運営補助については、…されたい。」: an opinion, numbered in brackets, its text on the same line
_OPINION = re.compile(r"^[(（]\s*(?P<n>\d{1,2})\s*[)）]\s*(?P<text>\S.*)$")
# 「対象補助金：H-101、H-301　／　発言：委員長 柏木 道子」: what it is on, then (optionally) who said it
_CITED_LINE = re.compile(r"^(?P<label>[^\s:：／/]{1,12})\s*[:：]\s*(?P<cited>[^／/]+?)\s*"
                         r"(?:[／/]\s*(?P<who_label>[^\s:：]{1,8})\s*[:：]\s*(?P<who>.+?))?\s*$")
_CODE = re.compile(r"[A-Za-z]{1,3}\s*-\s*\d{1,4}")
_CODES = re.compile(r"[A-Za-z]{1,3}\s*-\s*\d{1,4}(?:\s*[、,・]\s*[A-Za-z]{1,3}\s*-\s*\d{1,4})*")
# 「委員長 柏木 道子」: the post printed before the name
_POST = re.compile(r"^(?P<post>副?(?:委員長|会長|座長|部会長|議長)|委員|会員|構成員)\s+(?P<name>\S.*)$")
_MIN_OPINIONS = 2


def _cited(value: str) -> list[str] | None:
    """The codes a citation line's value lists, [] for a bracket citing none (「（全般）」), None for other words."""
    said = value.replace("‐", "-").replace("−", "-").replace("－", "-").strip()
    if _CODES.fullmatch(said):
        return list(dict.fromkeys("".join(c.split()).upper() for c in _CODE.findall(said)))
    if re.fullmatch(r"[(（][^()（）]{1,12}[)）]", said):
        return []
    return None


def cited_line_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of numbered opinions each followed by its citation line (none where fewer than two are)."""
    found: list[tuple[int, int, str, list[str], str, str, str]] = []
    pending: tuple[int, int, str] | None = None
    for i, raw in enumerate(lines):
        line = clean(raw).strip()
        if not line:
            continue
        said = nfkc(line)
        opened = _OPINION.match(said)
        if opened:
            pending = (i + 1, int(opened.group("n")), opened.group("text").strip())
            continue
        if pending is None:
            continue
        m = _CITED_LINE.match(said)
        codes = _cited(m.group("cited")) if m else None
        if codes is None:
            pending = None  # (an opinion whose next line is prose: no opinion of this layout)
            continue
        who = (m.group("who") or "").strip()
        post = _POST.match(who)
        member, role = (post.group("name").strip(), post.group("post")) if post else (who, "")
        # (cited_as: the line's label with what it cites, 「対象補助金：（全般）」, saying what kind of record it names)
        found.append((*pending, codes, f"{m.group('label')}：{m.group('cited').strip()}", member, role))
        pending = None
    if len(found) < _MIN_OPINIONS or [f[1] for f in found] != list(range(1, len(found) + 1)):
        return []
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, n, text, codes, cited_as, member, role in found:
        for code in codes or [str(n)]:
            seen[code] = seen.get(code, 0) + 1
            # (an opinion citing none is on no record: 「副会長が取り上げた事業」 never lists its number)
            fields = {"initiative": code, "n": seen[code], "text": text, "member": member, "member_role": role,
                      "practice": "", "target_word": "", "about": "item" if codes else "", "policy": "",
                      "cited": code if codes else "", "cited_as": cited_as}
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no + 1))
    return out
