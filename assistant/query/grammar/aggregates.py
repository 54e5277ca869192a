"""Aggregates the records cannot give one by one: distinct counts, the top group, differences of
aggregates, distributions."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import GROUP_WORDS, VALUE_FIELDS


def _alternation(words: list[tuple[str, str]], skip: set[str] = frozenset()) -> str:
    return "|".join(re.escape(w) for w, f in sorted(words, key=lambda t: -len(t[0])) if f not in skip)


# Placeholders are filled in when a rule is first compiled (the vocabulary is read at that time).
_GROUP = _alternation(GROUP_WORDS)
# A kind word is never the group of 「…がいちばん多い取組項目」: that asks for the item itself.
_TOP_GROUP = _alternation(GROUP_WORDS, skip={"initiative"})
_VALUE = _alternation(VALUE_FIELDS)
_AGG_WORDS = {"最高": "max", "最大": "max", "最も高い": "max", "一番高い": "max", "いちばん高い": "max",
              "最低": "min", "最小": "min", "最も低い": "min", "一番低い": "min", "いちばん低い": "min",
              "平均": "avg"}
_AGG = "|".join(sorted(_AGG_WORDS, key=len, reverse=True))


def _group_field(word: str) -> str:
    return dict(GROUP_WORDS)[word]


def _distinct(m: re.Match, ctx: Context) -> Production | None:
    return Production(aggregate="distinct", group_by=_group_field(m.group(1)))


def _top_group(m: re.Match, ctx: Context) -> Production | None:
    asks = m.group(3) or ""
    part = "count" if re.match(r"何件|いくつ|何個|何項目|件数|何事業|何本", asks) else "name"
    return Production(aggregate="top_group", group_by=_group_field(m.group(2)), descending=m.group(1) == "多い",
                      agg_parts=[part])


def _difference(m: re.Match, ctx: Context) -> Production | None:
    a, b = _AGG_WORDS[m.group(2)], _AGG_WORDS[m.group(3)]
    if a == b:
        return None
    fld = dict(VALUE_FIELDS).get(m.group(1) or "", "@score")
    return Production(aggregate="diff", agg_field=fld, agg_parts=[a, b])


def _spread(m: re.Match, ctx: Context) -> Production | None:
    fld = dict(VALUE_FIELDS).get(m.group(1) or "", "@score")
    return Production(aggregate="diff", agg_field=fld, agg_parts=["max", "min"])


def _distribution(m: re.Match, ctx: Context) -> Production | None:
    return Production(aggregate="group", group_by=_group_field(m.group(1)))


RULES: list[Rule] = [
    Rule("distinct_count",
         r"(" + _GROUP + r")(?:は|が|の)?(?:全部で|合わせて|全体で|合計で|全体として)?\s*"
         r"(?:何種類|何通り|何種|種類数|種類の数|いくつの種類|どれだけの種類)(?:ある|あります)?",
         _distinct,
         examples=(("テーマは全部で何種類", {"aggregate": "distinct", "group_by": "themes"}),
                   ("部会は何種類", {"aggregate": "distinct", "group_by": "subcommittee"}))),
    Rule("distinct_count_of",
         r"(" + _TOP_GROUP + r")(?:の(?:数|種類))(?:は|が)?\s*(?:全部で|合わせて|全体で|合計で)?\s*(?:いくつ|何個|何つ|どれくらい)"
         r"|(" + _TOP_GROUP + r")(?:は|が)\s*(?:全部で|合わせて|全体で)\s*(?:いくつ|何個|何つ)",
         lambda m, ctx: Production(aggregate="distinct", group_by=_group_field(m.group(1) or m.group(2))),
         examples=(("部会の数は全部でいくつ", {"aggregate": "distinct", "group_by": "subcommittee"}),
                   ("テーマは全部でいくつ", {"aggregate": "distinct", "group_by": "themes"}),
                   ("取組項目の数はいくつ", None))),
    Rule("top_group",
         r"(?:が|の)?(?:いちばん|一番|最も|最)(多い|少ない)(" + _TOP_GROUP + r")(?:は|って|で)?\s*"
         r"(何件|いくつ|何個|何項目|件数|何事業|何本|どこ|どれ|何)?",
         _top_group,
         examples=(("がいちばん多い部会は何件", {"aggregate": "top_group", "group_by": "subcommittee",
                                                 "descending": True, "agg_parts": ["count"]}),
                   ("が最も多い担当課はどこ", {"aggregate": "top_group", "group_by": "departments",
                                               "descending": True, "agg_parts": ["name"]}),
                   ("実践項目が最も多い取組項目", None))),
    Rule("difference_of_aggregates",
         r"(?:(" + _VALUE + r")(?:で|の|は|が)?[、,]?\s*)?(" + _AGG + r")(?:値|点)?(?:と|から)\s*(" + _AGG + r")"
         r"(?:値|点)?(?:の|との)?(?:差|開き|違い|差分|隔たり)(?:は|を|が)?",
         _difference,
         examples=(("合計点で、最高と最低の差", {"aggregate": "diff", "agg_field": "total", "agg_parts": ["max", "min"]}),
                   ("委員評価の最大と最小の差", {"aggregate": "diff", "agg_field": "committee_score",
                                                "agg_parts": ["max", "min"]}),
                   ("平均と最高の差", {"aggregate": "diff", "agg_field": "@score", "agg_parts": ["avg", "max"]}))),
    Rule("spread",
         r"(" + _VALUE + r")(?:の)?(?:幅|レンジ|最大差)(?:は|を|が)?",
         _spread,
         examples=(("合計点の幅", {"aggregate": "diff", "agg_field": "total", "agg_parts": ["max", "min"]}),)),
    Rule("distribution",
         r"(" + _GROUP + r")(?:の|別の|ごとの|別)?\s*(?:分布|内訳|構成|ばらつき|分かれ方)(?:は|を|が)?",
         _distribution,
         examples=(("総合評価の分布", {"aggregate": "group", "group_by": "overall"}),
                   ("テーマの内訳", {"aggregate": "group", "group_by": "themes"}))),
]
