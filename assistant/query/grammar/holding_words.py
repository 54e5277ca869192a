"""Phrasings of a group said to hold items (「C評価の取組を抱えている柱」「…の実践項目を抱える取組項目」): holding them is
having them, as 「…の実践項目がある取組項目」 says it (the items' condition is then the group's: execute's @child)."""
from __future__ import annotations


def holding_phrasings():
    """The phrasings (a function: phrasings.py imports this module while it defines Phrasing)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("holding_is_having",
                 r"を\s*(?:抱えて(?:いる|る)|抱える|抱えた|抱え込んで(?:いる|る))(?=\s*[一-龥ァ-ヶ])",
                 "がある",
                 examples=(("C評価の取組を抱えている柱", "C評価の取組がある柱"),
                           ("D評価の実践項目を抱える取組項目", "D評価の実践項目がある取組項目"))),
    )
