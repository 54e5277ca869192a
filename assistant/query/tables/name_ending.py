"""「北部の保育園で民営化するのは」 over a list whose 施設名 are 北野保育園, 本町保育園 … (the title says 保育所): the
ending every row's name shares (保育園, 小学校, 公民館, センター) is what users call the rows, so it names them and is
no condition left unread. Read from the names themselves, never from a list of facility words."""
from __future__ import annotations

import os
import re

from assistant.text.normalize import nfkc

# a number just before the shared ending: the names are years or counts (令和5年度, 第2回), not things of one kind
_COUNTED = re.compile(r"[\d０-９元〇一二三四五六七八九十]$")
# A shared ending shorter than this is a letter (館, 所), which would make any word ending in it the rows' word.
_SHORTEST = 2


def _word_ending(suffix: str) -> str:
    """The shared ending without a stray mark or space at its start (「・保育園」 → 保育園)."""
    s = suffix.lstrip("ー・ 　")
    return s


def name_ending(t) -> str:
    """The ending (2–6 letters) every row's name ends in, where three rows or more have names longer than it; ""
    otherwise (names sharing nothing, or a name that is the ending alone)."""
    if not t.name:
        return ""
    names = [nfkc(str(r["cells"].get(t.name) or "")).strip() for r in t.rows]
    if len(names) < 3 or not all(names):
        return ""
    tail = os.path.commonprefix([n[::-1] for n in names])[::-1]
    tail = _word_ending(tail)
    if not _SHORTEST <= len(tail) <= 6 or any(len(n) <= len(tail) for n in names):
        return ""
    if not re.fullmatch(r"[一-龥ァ-ヶー]+", tail) or any(_COUNTED.search(n[:-len(tail)]) for n in names):
        return ""  # (令和5年度 | 令和6年度, 第1回会議 | 第2回会議: a year or a count said before, no word for the rows)
    return tail
