"""「夜間が－の部屋」「効果額が「―」のもの」: a dash said as a cell's value is a condition like any word, though no
morpheme carries it. An answer whose understood conditions read no dash is not given as certain: the dash is
listed unused (status partial), never dropped silently."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_DASHES = "-‐‑–—―−－ーｰ─━"
# In quotes, or bare after が・は・の・で with a particle or the question's end after it: no code's or range's hyphen
# (「1-2」「R5-R6」) and no katakana word's long vowel (bare ー is left out).
_SAID = re.compile(rf"(?<=[「『\"])[{_DASHES}](?=[」』\"])"
                   r"|(?<=[がはので])[-‐‑–—―−－─━](?=に|と|の|で|だ|です|な|[?？、,。\s]|$)")


# A bracketed aside (「（「-」の年度はA以外として扱う）」) says how to read a dash, not a condition: the grammar's
# rules read it (grades.py dash_read_as) or list it unused themselves.
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def said(question: str) -> bool:
    """Whether the question says a dash as a value (outside a bracketed aside)."""
    return bool(_SAID.search(_ASIDE.sub("", nfkc(question))))


def _read(c: dict) -> bool:
    words = f"{c.get('label') or ''} {c.get('value') if isinstance(c.get('value'), (str, list, tuple)) else ''}"
    return c.get("op") == "dash" or any(d in words for d in _DASHES)


def unread_dash(question: str, answer) -> None:
    """Mark the answer partial when the question says a dash and none of its conditions reads one."""
    if answer.status != "exact" or not said(question):
        return
    if any(isinstance(c, dict) and _read(c) for c in answer.understood):
        return
    from assistant.query.conversation import settle

    settle(answer, ["－"])
