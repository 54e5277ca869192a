"""Columns of one measure before and after a revision (補助率 over 見直し前 | 見直し後, 改定前 | 改定後):
「補助率が下がった」「上限額が引き上げられた」「上限額の下げ幅がいちばん大きい」 compare the two, as a change
between two years' columns is compared."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「補助率見直し前」「上限額(千円)見直し後」「使用料改定前」: the measure, the revision's word, its side.
_SIDE = re.compile(r"^(?P<base>.+?)\s*(?P<word>見直し|改定|改正|変更|改訂)\s*(?P<side>前|後)$")
# 「職員数 旧 | 新」 under one merged label (a 新旧対照表's figures): the measure, then its side.
_OLD_NEW = re.compile(r"^(?P<base>[^\s旧新]{2,}?)\s*(?P<side>旧|新)$")
# 「改編前（R7.4.1）職員数 | 改編後（R8.4.1予定）職員数」: the side first, a date in brackets, then the measure.
_SIDE_FIRST = re.compile(r"^(?P<word>改編|見直し|改定|改正|変更|改訂|再編)(?P<side>前|後)\s*(?:[(（][^()（）]{0,20}[)）])?\s*[※*]?\s*(?P<base>\S{2,})$")
_SIDES = {"旧": "前", "新": "後", "前": "前", "後": "後"}


def before_after_pairs(t) -> dict[str, tuple[str, str]]:
    """{measure: (header before, header after)} of the table's before/after columns."""
    sides: dict[tuple[str, str], dict[str, str]] = {}
    for c in t.columns:
        h = nfkc(c.header).strip()
        m = _SIDE.match(h) or _SIDE_FIRST.match(h)
        if m:
            sides.setdefault((m.group("base").strip(), m.group("word")), {})[m.group("side")] = c.header
        elif h in ("旧", "新") and c.numeric:
            # (旧 | 新 bare under a caption naming the measure, 「部別管理職数」: the table's one pair)
            sides.setdefault(("", "新旧"), {})[_SIDES[h]] = c.header
        elif (m := _OLD_NEW.match(h)) and c.numeric:
            sides.setdefault((m.group("base").strip(), "新旧"), {})[_SIDES[m.group("side")]] = c.header
    return {base: (s["前"], s["後"]) for (base, _), s in sides.items() if "前" in s and "後" in s}


def said_pair(t, qn: str, before: int) -> tuple[str, tuple[str, str]] | None:
    """The pair whose measure the question says before the change word (「上限額の下げ幅」 → 上限額(千円)),
    or the table's only pair."""
    pairs = before_after_pairs(t)
    said = [(base, p) for base, p in pairs.items()
            if (k := _key(re.sub(r"\s*[(（][^()（）]*[)）]\s*", "", nfkc(base)))) and k in qn[:before]]
    if len(said) == 1:
        return said[0]
    if not said and len(pairs) == 1:
        return next(iter(pairs.items()))
    return None


def number_ranks(t, headers: tuple[str, ...], number) -> dict[str, float]:
    """The two columns' values that are numbers, by size: a row printing 廃止 or ― there is no change."""
    values = {_key(str(r["cells"].get(h) or "").strip()) for r in t.rows for h in headers} - {""}
    return {v: n for v in values if (n := number(v)) is not None}
