"""A committee's opinions numbered （１）（２）… one paragraph each, maybe classed by a tag and always closing with who
said it (minutes: 「（２）【指摘】施設番号303（みなと緑地）は、…見直しを求める。（野々村副会長）」): each opinion is a
comment on every record its text cites by a numbered label (「施設番号301及び303」「事業番号R6-06」「No.7」), keyed
「<code>-<k>」, else on itself, keyed by its own number with `cited` empty; the speaker's name and post are kept
(member, member_role) and the tag as the paper's class of it (excerpt_class), so that 「【指摘】になってる意見」
「要望の意見は何件」「野々村副会長の意見」「特定の施設を挙げてない意見」 read them as comments.

Read by the layout alone: three opinions or more numbered 1, 2, 3 … in brackets, each ending in a bracket that names a
member by a post (委員, 会長, 副委員長 …); never by the document's words or codes."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc

# 「（２）【指摘】本文（野々村副会長）」: the number, an optional tag, the text, the speaker in the closing bracket
# (「（外部委員（中小企業診断士））」「（委員長（副市長））」: the post, then in a bracket of its own what else the member is)
_OPINION = re.compile(r"^[(（]\s*(?P<n>\d{1,2})\s*[)）]\s*(?:【(?P<tag>[^】]{1,8})】)?\s*(?P<text>\S.*?)\s*"
                      r"[(（](?P<who>[^()（）]{1,20})(?:[(（](?P<also>[^()（）]{1,16})[)）])?[)）]\s*[。.]?$")
# 「野々村副会長」「高畑委員」「委員長 柏木」: a name and a post, in either order
# (a staff committee's members by their office: 「企画財政部長」「総務部長」, the 部 their name)
_POST = r"副?(?:委員長|会長|座長|部会長|議長)|委員|部長|局長"
_NAME_POST = re.compile(r"^(?P<name>[^\s()（）、・]{1,8}?)\s*(?P<post>" + _POST + r")$")
_POST_NAME = re.compile(r"^(?P<post>" + _POST + r")\s+(?P<name>\S.{0,10})$")
# a record cited by a numbered label in the text: 「施設番号101」「事業番号R6-06」「No.7」, and lists of them
# (「施設番号301及び303」「No.3・No.5」)
_CODE = r"[A-Za-z]{0,3}-?\d{1,4}(?:-\d{1,3})?"
_CITED = re.compile(r"(?P<label>[一-龥ァ-ヶー]{0,6}(?:番号|No\.?))\s*(?P<codes>" + _CODE + r"(?:\s*(?:及び|および|並びに|ならびに|と|・|、|,)\s*(?:No\.?)?\s*"
                    + _CODE + r")*)(?![\d\-])")
_ONE = re.compile(_CODE)
_MIN_OPINIONS = 3


def _speaker(who: str) -> tuple[str, str] | None:
    """(name, post) of a closing bracket naming a member, None for another bracket (「（総合体育館）」)."""
    said = who.strip()
    if re.fullmatch(_POST, said):  # (「（委員長（副市長））」: the post alone, the one holding it said after)
        return "", said
    m = _NAME_POST.match(said) or _POST_NAME.match(said)
    return (m.group("name").strip(), m.group("post")) if m else None


def _held_by(who: tuple[str, str], also: str) -> tuple[str, str]:
    """(member, post) of a speaker whose name is no person's: 「（委員長（副市長））」 the post held by the one the bracket
    names (副市長, 委員長); 「（企画財政部長）」 an office, and 「（外部委員（大学教授））」 a class of members with what each
    is, both kept whole as the member (企画財政部長, 外部委員: as the question says them), the bracket joining the post
    (委員（大学教授）, what 「大学教授の委員」 reads)."""
    name, post = who
    if not name:
        return (also.strip(), post) if also else who
    if post in ("部長", "局長"):
        return name + post, post
    if also:
        return name + post, f"{post}（{also.strip()}）"
    return who


def _cited(text: str) -> tuple[list[str], str]:
    """The codes the text cites, and the citations as printed (「施設番号301及び303」: what kind of record they name)."""
    out: list[str] = []
    said: list[str] = []
    for m in _CITED.finditer(text):
        said.append(m.group(0))
        for code in _ONE.findall(m.group("codes")):
            code = code.upper()
            if code not in out:
                out.append(code)
    return out, "、".join(said)


def speaker_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of numbered opinions each closing with its speaker (none unless three or more, in order)."""
    found: list[tuple[int, int, str, str, str, str]] = []  # (line no, number, tag, text, name, post)
    for i, raw in enumerate(lines):
        said = nfkc(clean(raw)).strip()
        m = _OPINION.match(said)
        if not m:
            continue
        who = _speaker(m.group("who"))
        if who is None:
            continue
        who = _held_by(who, m.group("also") or "")
        found.append((i + 1, int(m.group("n")), m.group("tag") or "", m.group("text").strip(), *who))
    if len(found) < _MIN_OPINIONS or [f[1] for f in found] != list(range(1, len(found) + 1)):
        return []
    out: list[Record] = []
    seen: dict[str, int] = {}
    for line_no, n, tag, text, member, role in found:
        codes, cited_as = _cited(text)
        for code in codes or [str(n)]:
            seen[code] = seen.get(code, 0) + 1
            # (an opinion citing none is on no record: 「副会長が取り上げた施設」 never lists its number)
            fields = {"initiative": code, "n": seen[code], "text": text, "member": member, "member_role": role,
                      "practice": "", "target_word": "", "about": "item" if codes else "", "policy": "",
                      "cited": code if codes else "", "cited_as": cited_as, "excerpt_class": tag}
            out.append(Record("comment", f"{code}-{seen[code]}", fields, source, line_no, line_no))
    return out
