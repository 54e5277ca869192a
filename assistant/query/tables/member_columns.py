"""Columns of one thing per member, and the town's own column, said in plain words.

「蔦見町が負担していない共同処理」 over 負担割合（％） printed for each member (棗ノ郷町・蔦見町・…), a member
not taking part printed 「－」: the member's column of the verb's noun (負担 → 負担割合蔦見町) holds the dash.
「町の負担額」「うちの町の負担額」 over 「本町負担額」: the town's own figure is the column of 本町 (本市, 当町 …)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_PLACE_END = "町村市区"
# 「蔦見町が負担していない」「蔦見町は参加していない」: a member not doing what the columns say
_NOT_DOING = re.compile(r"(?P<who>[一-龥ァ-ヶー]{1,8}[町村市区])(?:が|は)(?P<verb>[一-龥]{2})(?:して|し)?(?:いない|いません|ない|してない|なかった)")
_OWN = re.compile(r"^(?:本|当)(?P<place>[町村市区])(?P<rest>.+)$")
_UNIT = re.compile(r"[(（][^()（）]*[)）]")


def _plain(header: str) -> str:
    text = nfkc(header)
    for y in sorted(find_years(text), key=lambda y: -y.start):
        text = text[:y.start] + text[y.end:]
    return "".join(_UNIT.sub("", text).split())


def as_member_columns(read: str, tables) -> str:
    """The question with a member's not doing said as its column's dash, and the town's own figure said as
    the 本町 column's word; unchanged where no table has such columns."""
    headers = {_plain(c.header) for t in tables for c in t.columns if getattr(c, "numeric", False)}
    m = _NOT_DOING.search(read)
    if m is not None:
        who, verb = m.group("who"), m.group("verb")
        held = [h for h in headers if h.endswith(who) and h.startswith(verb) and len(h) > len(who) + len(verb)]
        # the member's column, headed by the verb's noun (負担割合 of 負担割合蔦見町)
        names = {h[:-len(who)] for h in held}
        if len(names) == 1:
            read = read[:m.start()] + f"{who}の{names.pop()}が「－」" + read[m.end():]
    for h in sorted(headers, key=len, reverse=True):
        own = _OWN.match(h)
        if own is None or len(own.group("rest")) < 2:
            continue
        said = re.compile(r"(?:(?:うちの|わが|我が|この)?(?<![一-龥ァ-ヶー])" + own.group("place") + r"の)" + re.escape(own.group("rest")))
        read = said.sub(h, read)
    return read


# 「令和３年４月の基準と比べて、職員数が減った」 over 「増減（実績－基準）」 and 「基準 令和３年４月１日」: the change
# column already compares with the base, so the words saying it are its own.
_FROM_BASE = re.compile(r"(?:(?P<d>(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)(?:時点)?の)?"
                        r"基準(?:時点)?(?:と|から|に)(?:比べ(?:て|ると)|比較して)[、,]?\s*")


def as_change_from_base(read: str, tables) -> str:
    """The question without its comparing with the base (基準), where a table's change column is taken from it
    (増減（実績－基準）) and the date said, if any, is the base column's."""
    m = _FROM_BASE.search(nfkc(read))
    if m is None:
        return read
    for t in tables:
        heads = ["".join(nfkc(c.header).split()) for c in t.columns]
        if not any(("増減" in h or "差" in h) and "基準" in h for h in heads):
            continue
        date = "".join((m.group("d") or "").split())
        if date and not any("基準" in h and date in h for h in heads):
            continue
        n = nfkc(read)
        return n[:m.start()] + n[m.end():]
    return read


# 「※経費負担は、令和６年度決算における本市（鸛ノ江市）の負担額です。」: a note saying a column is the town's own
# share; 「本市の負担額」「うちの市の経費負担」「鸛ノ江市の負担額」 then say that column.
_OWN_NOTE = re.compile(r"(?P<head>[一-龥ァ-ヶー]{2,10})(?:[(（][^()（）]{0,6}[)）])?(?:欄)?は[、,]?[^。]{0,30}?(?:本|当)(?P<place>[市町村区])"
                       r"(?:[（(](?P<name>[^()（）]{1,10})[)）])?の(?P<word>[一-龥]{2,6}?)(?:です|である|を|。|$)")


def _own_notes(db, source: str) -> list[str] | None:
    """The passages of a document that say 本市, 当町 and the like (NFKC), None when they cannot be read; kept in
    the open index's memo (a connection never sees a rebuilt index: every question over tables asks this)."""
    memo = getattr(db, "memo", None)
    notes = memo.get(("own_notes", source)) if memo is not None else None
    if notes is None:
        try:
            notes = [nfkc(str(r[0] or "")) for r in db.execute(
                "SELECT text FROM passages WHERE source = ? AND (text LIKE '%本市%' OR text LIKE '%本町%' OR "
                "text LIKE '%当市%' OR text LIKE '%当町%' OR text LIKE '%本村%')", [source]).fetchall()]
        except Exception:
            return None
        if memo is not None:
            memo[("own_notes", source)] = notes
    return notes


def as_own_share(db, read: str, tables) -> str:
    """The question with the town's share said as the column a note of its table says holds it; unchanged otherwise."""
    for t in tables:
        headers = {_plain(c.header): c for c in t.columns if getattr(c, "numeric", False)}
        if not headers:
            continue
        notes = _own_notes(db, t.source)
        if notes is None:
            return read
        for note in notes:
            for m in _OWN_NOTE.finditer(note):
                head = m.group("head")
                if head not in headers:
                    continue
                place, word = m.group("place"), m.group("word")
                who = [rf"(?:本|当|うちの|わが|我が|この){place}", rf"(?<![一-龥ァ-ヶー]){place}"]
                if m.group("name"):
                    who.append(re.escape(m.group("name")))
                said = re.compile(rf"(?:{'|'.join(who)})\s*の\s*(?:{re.escape(word)}|{re.escape(head)})")
                read = said.sub(head, read)
    return read
