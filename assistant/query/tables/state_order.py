"""The order of states a column prints in words (達成 / 一部達成 / 未着手, 完了 / 実施中 / 未実施), read from the
words themselves: 「未」「不」 not begun or not done, 「一部」「概ね」「…中」 part way, the plain done word done.
「前年度より状況が悪くなった」 compares two years' states by it."""
from __future__ import annotations

import re

_NOT = re.compile(r"^(?:未|不|非)|着手前|なし$|できていない$")
_PART = re.compile(r"^(?:一部|一部分|概ね|おおむね|やや|部分)|(?:中|途中)$")
_DONE = re.compile(r"(?:達成|完了|終了|実施済み?|済み?|実現|反映済み?|完成)$")


def state_ranks(values: set[str]) -> dict[str, float]:
    """{value: rank}, higher better, when every value is such a state word and they are of two levels or
    more; else {} (no order can be read)."""
    ranks: dict[str, float] = {}
    for v in values:
        if _NOT.search(v):
            ranks[v] = 0.0
        elif _PART.search(v):
            ranks[v] = 1.0
        elif _DONE.search(v):
            ranks[v] = 2.0
        else:
            return progress_ranks(values)
    return ranks if len(set(ranks.values())) >= 2 else progress_ranks(values)


# A plan's progress said as on track or behind (順調 / 概ね順調 / やや遅れ / 遅れ): the plain words the two ends, a
# hedge (概ね) just short of the good word, a softener (やや) just above the bad one.
_ON_TRACK = re.compile(r"^(?:順調|良好|十分|計画通り|計画どおり)$")
_BEHIND = re.compile(r"^(?:遅れ|遅延|停滞|不十分|低調)$")
_SHORT_OF = re.compile(r"^(?:概ね|おおむね|ほぼ)")
_SOFTER = re.compile(r"^(?:やや|少し|若干|一部)")


def progress_ranks(values: set[str]) -> dict[str, float]:
    """{value: rank} of progress words (遅れ < やや遅れ < 概ね順調 < 順調), when every value is one; else {}."""
    ranks: dict[str, float] = {}
    for v in values:
        if _ON_TRACK.match(v):
            ranks[v] = 3.0
        elif _SHORT_OF.match(v) and _ON_TRACK.match(_SHORT_OF.sub("", v)):
            ranks[v] = 2.0
        elif _SOFTER.match(v) and _BEHIND.match(_SOFTER.sub("", v)):
            ranks[v] = 1.0
        elif _BEHIND.match(v):
            ranks[v] = 0.0
        else:
            return {}
    return ranks if len(set(ranks.values())) >= 2 else {}
