"""A survey's answer printed as two columns under one heading (やや不満 over 割合 │ 人数): which of the pair a question
asks is said by its counter (「「やや不満」と答えた人は何人」 the 人数), the answer's name alone naming neither."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# The lower labels of a pair: the share of those answering, and their number.
_SHARE = ("割合", "構成比", "比率", "率", "%", "％")
_COUNT = ("人数", "回答数", "実数", "件数", "人")
# How a figure of people is asked (何人, 何名, 人数は).
_ASKS_COUNT = re.compile(r"何\s*(?:人|名)|人数|何件")
# What may follow the answer's name before the counter (「」と答えた人は」「の人数は」「が」).
_BETWEEN = re.compile(r"[」』\"']?\s*(?:(?:と|って)\s*(?:答え|こたえ|回答し|回答)た?\s*(?:人(?!数)|方|者|市民)?\s*(?:の|は|が|って)?"
                      r"|の|は|が|って)?\s*")


def pairs(columns: list) -> dict[str, tuple[str, str]]:
    """The answers printed as a pair, each with its share column's header and its count column's (by the columns'
    names: the upper label followed by one lower label of each kind)."""
    by_base = {nfkc(c.base).strip(): c for c in columns if c.numeric and c.year is None}
    out: dict[str, tuple[str, str]] = {}
    for base, c in by_base.items():
        for s in _SHARE:
            if base.endswith(s) and len(base) > len(s):
                group = base[: -len(s)]
                count = next((by_base[group + k] for k in _COUNT if group + k in by_base), None)
                if count is not None and group not in by_base:
                    out[group] = (c.header, count.header)
                break
    return out


def pair_asked(columns: list, qn: str, free) -> tuple[int, int, str] | None:
    """Where the question names the answer of a pair, up to the counter saying which of the two it asks, and that
    column's header; None where no pair is said or the question says no counter right after it."""
    found = pairs(columns)
    for group in sorted(found, key=len, reverse=True):
        key = group.lower()
        for m in re.finditer(re.escape(key), qn):
            if not free(m.start(), m.end()) or re.match(r"[一-龥ァ-ヶー]", qn[m.end():m.end() + 1] or " "):
                continue  # (part of a longer word: 「不満」 inside 「やや不満」 or 「不満度」)
            if m.start() and re.match(r"[一-龥ァ-ヶーぁ-ん]", qn[m.start() - 1]) and qn[m.start() - 1] not in "のでとはがも「『":
                continue
            between = _BETWEEN.match(qn, m.end())
            at = between.end() if between else m.end()
            if (c := _ASKS_COUNT.match(qn, at)) is not None:
                return m.start(), c.end(), found[group][1]
            # (a share asked is left to the share column's own forms, 「やや不満の割合」: said so, the answer's name
            # alone is the share a table of shares prints too, and both documents are read alike)
    return None
