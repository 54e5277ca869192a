"""Records like the one the previous answer was about: 「同じ取組項目の他の実践項目」「それと同じ点数の取組項目」.

The rule only says what is shared (a kind of record the previous one belongs to, or a field) and whether
that record itself is left out (他の, ほかの, 別の). The parser reads the shared value from the previous
answer's one record (parse.Parser._same_as_previous); without one record the words are reported unused.
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import KIND_WORDS, NUMERIC_FIELDS, VALUE_FIELDS

# Words for "the value" of the previous answer, whatever field it was (「それと同じ点数」 after 委員評価 4.6).
GENERIC = ("点数", "得点", "スコア", "数値", "評価", "値", "点")
# 「同じ課がやってる」: the short words for a department.
_FIELDS = {**dict(VALUE_FIELDS + NUMERIC_FIELDS), "課": "departments", "部署": "departments", "部局": "departments"}
_KINDS = dict(KIND_WORDS)
# Longest first, then in code-point order: the same text in every process (a set's order changes with
# the process's string hashing, and each new spelling is compiled and stored again; see compiled.py).
_WORDS = "|".join(re.escape(w) for w in sorted({*_FIELDS, *_KINDS, *GENERIC}, key=lambda w: (-len(w), w)))


def _same(m: re.Match, ctx: Context) -> Production | None:
    word, pointed = m.group("what"), bool(m.group("that"))
    value: dict = {"kind": _KINDS[word]} if word in _KINDS else {"field": _FIELDS.get(word, "@asked")}
    if pointed and word in GENERIC:
        value = {"field": "@asked"}  # 「それと同じ点数」: the value the previous answer gave
    # (「同じ課が担当してる実践項目はほかにある？」: 他に said after the records, as 他の before them)
    value["others"] = bool(m.group("other")) or bool(re.search(r"(?:他|ほか)(?:に|には)", m.string[m.end():]))
    label = m.group(0).rstrip("のでが")  # as said, for the unused words when there is no one record before
    return Production([Condition("@same", "=", value, label)])


RULES: list[Rule] = [
    Rule("same_as_previous",
         # 同じ begins the phrase: after a particle it compares two things of one record (R4とR5で同じ評価).
         r"(?:(?P<that>(?:それ|これ|あれ|その値|この値|その点数|この点数|その数値|この数値)と)|(?<![がはでともにの])(?<!全部)(?<!すべて)(?<!全て)(?<!みんな)(?<!どれも))(?:同じ|同一の?)(?P<what>" + _WORDS + r")(?:に(?:属する|属している|属す|含まれる|ある)|の|で"
         r"|が(?:やって(?:い)?る|担当して(?:い)?る|担当する|受け持って(?:い)?る|所管して(?:い)?る|所管する)?)"
         r"\s*(?:(?P<other>他|ほか|別)の?)?",
         _same,
         topic="same",
         examples=(("同じ取組項目の他の実践項目", {"conditions": [("@same", "=", {"kind": "initiative", "others": True})]}),
                   ("それと同じ点数の取組項目", {"conditions": [("@same", "=", {"field": "@asked", "others": False})]}),
                   ("その値と同じ委員評価の取組項目", {"conditions": [("@same", "=", {"field": "committee_score",
                                                                                 "others": False})]}),
                   ("同じ委員評価の取組項目", {"conditions": [("@same", "=", {"field": "committee_score",
                                                                           "others": False})]}),
                   ("同じ担当部署のほかの実践項目", {"conditions": [("@same", "=", {"field": "departments",
                                                                              "others": True})]}),
                   ("同じ取組項目に属するほかの実践項目", {"conditions": [("@same", "=", {"kind": "initiative", "others": True})]}),
                   ("同じ課がやってる他の実践項目", {"conditions": [("@same", "=", {"field": "departments", "others": True})]}),
                   ("同じ課が担当してる実践項目はほかにある", {"conditions": [("@same", "=", {"field": "departments", "others": True})]}),
                   ("同じような事業", None), ("R4とR5で同じ評価の実践項目", None), ("連携度と効率性が同じ点の実践項目", None),
                   ("担当課の名前が同じ連携事業", None),
                   # (「全部同じ部署が担当？」: whether the records share one department, no earlier answer's)
                   ("全部同じ部署が担当", None))),
    # 「（1-2-2の完了年度は？）同じ年度に完了した推進項目はほかにある？」: the year the previous record ended in.
    Rule("same_end_year",
         r"(?:(?:それ|これ|あれ|その年度|その年)と)?同じ(?:年度|年)に\s*(?:取組|取り組み)?(?:が|を)?\s*(?:完了|終了|終わ)(?:した|して(?:い)?る|してる|った|済み?)"
         r"\s*(?:(?P<other>他|ほか|別)の?)?",
         lambda m, ctx: Production([Condition("@same", "=", {"field": "ended", "others": bool(m.group("other")) or bool(
             re.search(r"(?:他|ほか)(?:に|には|の)", m.string[m.end():]))}, m.group(0))]),
         topic="same",
         examples=(("同じ年度に完了した実践項目はほかにある", {"conditions": [("@same", "=", {"field": "ended", "others": True})]}),
                   ("同じ年度に終了した実践項目", {"conditions": [("@same", "=", {"field": "ended", "others": False})]}))),
]
