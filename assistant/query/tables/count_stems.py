"""「待機児童が20人を下回る年度」 over 待機児童数: a count column (…数) is said by what it counts, without 数, when
that is a noun of three letters or more that no other column is said by and no cell holds (待機児童, 参加者…). Shorter
stems (件, 施設) are words of too many things to name one column."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc


def count_stem_forms(columns: list, rows: list) -> list:
    said = {f for c in columns for f in c.forms} | {c.base for c in columns}
    cells = {nfkc(str(v or "")).strip() for r in rows for v in r["cells"].values()}
    stems = {}
    for c in columns:
        m = re.fullmatch(r"(?P<stem>[一-龥ァ-ヶー]{3,8})数", c.base or "") if c.numeric and c.year is None else None
        if m and m.group("stem") not in said and not any(m.group("stem") in v for v in cells):
            stems.setdefault(m.group("stem"), []).append(c.header)
    own = {hs[0]: s for s, hs in stems.items() if len(hs) == 1}
    columns = [replace(c, forms=(*c.forms, own[c.header])) if c.header in own else c for c in columns]
    return done_by_people_forms(columns)


# a count of the people who did something, named by the doing (参加者数 of 参加, 応募者数 of 応募): two kanji, then 者数
_DOERS = re.compile(r"(?P<verb>[一-龥]{2})者数")


def done_by_people_forms(columns: list) -> list:
    """「何人参加した」 over 参加者数: how many people did it is that column, where it is the table's one count of doers
    of that doing."""
    said = {f for c in columns for f in c.forms}
    doers: dict[str, list] = {}
    for c in columns:
        m = _DOERS.fullmatch(c.base or "") if c.numeric else None
        if m:
            doers.setdefault(m.group("verb"), []).append(c.header)
    own = {hs[0]: ["何人" + w for w in (v, *_COMING.get(v, ())) if "何人" + w not in said]
           for v, hs in doers.items() if len(hs) == 1}
    return [replace(c, forms=(*c.forms, *own[c.header])) if own.get(c.header) else c for c in columns]


# 「何人来た」「何人集まった」 over 参加者数 (or 出席者数): coming to it is taking part in it
_COMING = {"参加": ("来", "集ま"), "出席": ("来", "集ま")}


# 「差押えが300件を超えた」 over 差押件数: what is done (差押え, its kana ending dropped), then a figure in the
# counter of a count column named by that doing and that counter (差押 + 件数).
_ACT_COUNTED = re.compile(r"(?P<act>[一-龥]{2,4})[ぁ-ん]?(?=(?:が|は|も|の数が|の数は)\s*\d[\d,]*(?:\.\d+)?\s*(?P<counter>件|人|台|回))")


def read_count_said_by_act(t, qn: str, free, take) -> None:
    """Take the doing said before a figure in a counter as the table's one count column of that doing."""
    for m in _ACT_COUNTED.finditer(qn):
        act, counter = m.group("act"), m.group("counter")
        counts = [c.header for c in t.columns if c.numeric and c.year is None
                  and nfkc(c.base or "") in (f"{act}{counter}数", f"{act}数")]
        if len(counts) == 1 and free(m.start(), m.start() + len(act)) \
                and not _within_a_longer_form(t, qn, m.start(), m.start() + len(act)):
            take(m.start(), m.end(), "col", counts[0])


def _within_a_longer_form(t, qn: str, start: int, end: int) -> bool:
    """Whether a longer form of a column said covers the doing: 「県派遣の常勤職員が２人以上」 says the part column
    うち県派遣 by its whole's word (read.py's _part_forms), not the whole 常勤職員数."""
    for c in t.columns:
        for form in getattr(c, "forms", ()) or ():
            if len(form) <= end - start:
                continue
            for f in re.finditer(re.escape(form), qn):
                if f.start() <= start and end <= f.end():
                    return True
    return False
