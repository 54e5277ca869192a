"""「北部の保育園で民営化するのは」 over a list whose 施設名 are 北野保育園, 本町保育園 … (the title says 保育所): the
ending every row's name shares (保育園, 小学校, 公民館, センター) is what users call the rows, so it names them and is
no condition left unread. Read from the names themselves, never from a list of facility words."""
from __future__ import annotations

import os

from assistant.text.normalize import nfkc

# A shared ending shorter than this is a letter (館, 所), which would make any word ending in it the rows' word.
_SHORTEST = 2


def _word_ending(suffix: str) -> str:
    """The shared ending cut back to whole letters of one script (ヶ谷中央保育園 of two towns' names stays whole;
    「ー保育園」 loses the stray prolonged mark)."""
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
    return tail
