"""Phrasings of a group said to hold items (「C評価の取組を抱えている柱」「…の実践項目を抱える取組項目」): holding them is
having them, as 「…の実践項目がある取組項目」 says it (the items' condition is then the group's: execute's @child)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled


# (「いちばん多くの事業を抱えている部会」: how many are held is asked, read by the aggregates' own rule: kept)
_HOW_MANY_BEFORE = compiled(r"(?:いちばん|一番|最も|もっとも|多く|少な|何件|いくつ)[^、。,]{0,12}$")


def _having(m: re.Match) -> str:
    return m.group(0) if _HOW_MANY_BEFORE.search(m.string[:m.start()]) else "がある"


def holding_phrasings():
    """The phrasings (a function: phrasings.py imports this module while it defines Phrasing)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("holding_is_having",
                 r"を\s*(?:抱えて(?:いる|る)|抱える|抱えた|抱え込んで(?:いる|る))(?=\s*[一-龥ァ-ヶ])",
                 _having,
                 examples=(("C評価の取組を抱えている柱", "C評価の取組がある柱"),
                           ("D評価の実践項目を抱える取組項目", "D評価の実践項目がある取組項目"),
                           ("Cの取組を抱えている柱で、いちばん多くの事業を抱えている部会",
                            "Cの取組がある柱で、いちばん多くの事業を抱えている部会"))),
        # 「改革項目を5つ以上抱えてる取組項目」: a number of them held is that number had (持っている).
        Phrasing("holding_a_number",
                 r"((?:\d{1,3}|[一二三四五六七八九十])\s*(?:つ|件|個|項目)\s*(?:以上|以下|未満|超)?)\s*(?:抱えて(?:いる|る)|抱える|抱えた|かかえて(?:いる|る))",
                 r"\1持っている",
                 examples=(("改革項目を5つ以上抱えてる取組項目", "改革項目を5つ以上持っている取組項目"),)),
    )
