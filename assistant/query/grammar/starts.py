"""開始年度 (`start_year`): the year a record began, said as 「2021年度に始まった」「令和2年度以前に開始した」.

Only where the index holds such a field (a joint-projects table printing 開始年度, a program sheet): a
year with a start verb elsewhere stays unread and is said so. A start said with から of a report grading
its years (「R6から新しく始まった」) is read by the grade rules first (grades.started_in_year).
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.grammar.years import labels
from assistant.text.wareki import label_to_fy
from assistant.query.vocabulary import FIELD_ALIASES, KIND_WORDS

FIELD = "start_year"
# (「始まる予定」: a start still to come is a start that year, as a table printing 令和8年度開始予定 says)
# (「令和5年度以降に取組を始めた」: what was begun said before the verb; 「取組が始まった」 its subject)
_VERB = (r"(?:に|で|から)?\s*(?:新しく|新たに)?\s*(?:(?:取組|取り組み|取組み)[をが]\s*)?(?:始ま(?:る予定|る見込み|った|る|っている|ってる)|開始(?:した|された|する|している|予定|の予定)"
         r"|スタート(?:した|する|している)|始めた|始めている)")
# (「令和3年度以降に導入した」: a table's 導入年度 is the year the thing began, said as a range only: 「平成28年に
# 導入した町村」 is the year a case study's text prints (自治体クラウド), sought as words, as before 導入 was a verb here)
_VERB_OR_INTRODUCED = _VERB[:-1] + r"|導入(?:した|された|している|してる))"
_RANGE = {"以降": ">=", "以後": ">=", "より後": ">", "から後": ">", "以前": "<=", "まで": "<=", "までに": "<=",
          "より前": "<"}
_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _kinds(ctx: Context) -> set[str]:
    """The kinds of the index whose records print the year they began."""
    # (or a field said to mean the same: a practice item's 開始年度 read from a list's first year, `started`)
    # (or a state printed per year, 新規 among them: a joint-projects workbook of a sheet per year, year_sheets.py)
    fields = {FIELD, *FIELD_ALIASES.get(FIELD, ()), "states_by_year"}
    return {kind for kind, columns in ctx.lex.columns.items() if fields & set(columns)}


def _hints(ctx: Context) -> set[str]:
    kinds = _kinds(ctx)
    return kinds if len(kinds) == 1 else set()


def _one(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group("year"), ctx)
    if not found or not _kinds(ctx):
        return None
    # (a range of one year: a year kept as printed, 令和4年度(2022年度), compares as a year too)
    return Production([Condition(FIELD, "between", [found[0], found[0]], f"開始年度 = {found[0]}")], _hints(ctx))


def _range(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group("year"), ctx)
    if not found or not _kinds(ctx):
        return None
    op = _RANGE[m.group("range")]
    return Production([Condition(FIELD, op, found[0], f"開始年度 {_SIGN[op]} {found[0]}")], _hints(ctx))


def _several(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group("years"), ctx)
    if len(found) < 2 or not _kinds(ctx):
        return None
    return Production([Condition(FIELD, "in", found, f"開始年度 ∈ {'/'.join(found)}")], _hints(ctx))


def _between(m: re.Match, ctx: Context) -> Production | None:
    found = labels(m.group("a"), ctx) + labels(m.group("b"), ctx)
    if len(found) != 2 or not _kinds(ctx):
        return None
    return Production([Condition(FIELD, "between", found, f"開始年度 = {found[0]}〜{found[1]}")], _hints(ctx))


# An era said without a year (「平成のうちに始まった」「令和になってから始まった」): a year printed in that era. The
# era is read as the table prints it (令和元年度 is 令和, however close to 平成31年度), so the label's letter.
_ERAS = {"平成": "H", "令和": "R"}


def _era(m: re.Match, ctx: Context) -> Production | None:
    if not _kinds(ctx):
        return None
    era = m.group("era")
    return Production([Condition(FIELD, "prefix", _ERAS[era], f"開始年度が{era}（{era}の年度に始まった）")], _hints(ctx))


def _ran_in(m: re.Match, ctx: Context) -> Production | None:
    """「令和13年度に実施されていなかった」: of records printed with a period (開始年度 and, once over, 終了年度: a
    joint projects list's 「R11～」「R11～R13」「R12」), the year falls outside it; said without the negation, inside."""
    from assistant.kinds import registry

    kinds = {kind for kind, columns in ctx.lex.columns.items() if {FIELD, "end_year"} <= set(columns)}
    # (two kinds so printed, a program sheet's and a joint projects list's: the one the question names)
    said = {k for k in kinds if k in registry.record_kinds()
            and any(w in (ctx.text or m.string) for w in (registry.record_kinds()[k].label, *registry.record_kinds()[k].words))}
    if not said and any(k not in kinds for w, k in KIND_WORDS if len(w) >= 3 and w in (ctx.text or m.string)):
        return None  # (「…実践項目の中でR4も実施してた」: records of another kind, with no period printed)
    kinds = said or kinds
    found = labels(m.group("year"), ctx)
    if len(kinds) != 1 or len(found) != 1:
        return None
    neg = bool(m.group("neg"))
    return Production([Condition("@ran_in", "!=" if neg else "=", found[0],
                                 f"{found[0]}に実施{'されていない（実施年度の外）' if neg else 'されていた（実施年度の内）'}")], kinds)


def _midway(m: re.Match, ctx: Context) -> Production | None:
    """「途中の年度から始まった」: a record begun after the first year any record of its document began (the plan's)."""
    if not _kinds(ctx):
        return None
    return Production([Condition(FIELD, "after_first", None, "開始年度が資料の最初の年度より後（途中から開始）")], _hints(ctx))


def _begun_by(m: re.Match, ctx: Context) -> Production | None:
    """「2020年度には始まっていた」「R3にはもう取り組んでいた」: already going on in the year. Where the records print
    the year they began, begun in it or before; where they print a grade for each year instead (a plan's items,
    no start year), graded that year: the item was being worked on then."""
    found = labels(m.group("year"), ctx)
    if not found:
        return None
    fy = label_to_fy(found[0])
    fld = ctx.year_field(fy) if fy else None
    kinds = _kinds(ctx)
    said = {k for w, k in KIND_WORDS if len(w) >= 2 and w in (ctx.text or m.string)}
    if kinds and (not fld or "practice" in kinds or said & kinds):
        return Production([Condition(FIELD, "<=", found[0], f"開始年度 ≤ {found[0]}")], _hints(ctx))
    if not fld:
        return None
    return Production([Condition(fld, "evaluated", None, f"{found[0]} に評価あり（その年度に取組中）")], {"practice"},
                      notes=[f"「{m.group(0)}」を{found[0]}に評価があるもの（その年度に取り組まれていたもの）と読みました"])


_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}


def _since_month(m: re.Match, ctx: Context) -> Production | None:
    """「令和5年4月以降に始まった」: a start compared by the calendar month (令和6年1月 is after 令和5年4月), where the
    records print the month they began (開始 令和5年4月); one printing a fiscal year only is compared by the months
    that year spans, and left out where the year holds the month said (it cannot be told)."""
    if FIELD not in {c for cols in ctx.lex.columns.values() for c in cols}:
        return None
    era, y, month = m.group("era"), m.group("y"), int(m.group("mo"))
    if not 1 <= month <= 12:
        return None
    n = 1 if y == "元" else int(y)
    year = _ERA_BASE[era.upper()] + n if era else n
    if not 1900 < year < 2200:
        return None
    op = _RANGE[m.group("range")]
    said = m.group(0)[:m.end("mo") - m.start() + 1]
    return Production([Condition(FIELD, "ym" + op, year * 100 + month, f"開始 {_SIGN[op]} {said}（{year}年{month}月）")],
                      _hints(ctx), notes=["開始を月まで比べています（年度だけの記載は、その年度の月がすべて条件に合うときだけ含めます）"])


RULES: list[Rule] = [
    # 「令和5年4月以降に始まった」「2023年10月より前に開始した」: a month said, compared as a calendar month.
    Rule("started_since_month",
         r"(?P<era>令和|平成|(?<![A-Za-z])[RrHh])?\s*(?P<y>元|\d{1,4})\s*年\s*(?P<mo>\d{1,2})\s*月\s*(?:の)?\s*"
         r"(?P<range>以降|以後|より後|から後|までに|まで|以前|より前)" + _VERB,
         _since_month,
         examples=(("令和5年4月以降に始まった", {"conditions": [("start_year", "ym>=", 202304)]}),
                   ("2023年10月より前に開始した", {"conditions": [("start_year", "ym<", 202310)]}))),
    # 「2020年度には始まっていた」「R2にはもう取り組んでいた」: going on in that year already (the state, not the start).
    Rule("begun_by_year",
         r"(?P<year>{YEAR})\s*(?:の時点で|時点で|に|で)?\s*(?:は|も)?\s*(?:もう|すでに|既に)?\s*"
         r"(?:始まって(?:い)?た|始まって(?:い)?る|開始(?:されて|して)(?:い)?(?:た|る)|取り組んで(?:い)?た|取組んで(?:い)?た)",
         _begun_by,
         examples=(("令和13年度には始まっていた", {"conditions": [("start_year", "<=", "R13")]}),)),

    # 「途中の年度から始まった」「計画期間の途中から開始した」: after the first year of the records' document.
    Rule("started_midway",
         r"(?:計画期間の|期間の)?途中(?:の年度|の年)?(?:から|で)" + _VERB,
         _midway,
         examples=(("途中の年度から始まった", {"conditions": [("start_year", "after_first", None)]}),
                   ("計画期間の途中から開始した", {"conditions": [("start_year", "after_first", None)]}))),
    # (before the start rules: 実施 said of a year is the period's, not a start)
    Rule("ran_in_year_of_period",
         r"(?P<year>{YEAR})\s*(?:に|中に|の間に|の時点で|時点で)?\s*(?:は|も)?\s*(?:実施|実行)"
         r"(?:(?P<neg>されて(?:い)?なかった|されて(?:い)?ない|されなかった|して(?:い)?なかった|して(?:い)?ない|しなかった)"
         r"|されて(?:い)?た|されて(?:い)?る|して(?:い)?た|された)",
         _ran_in,
         # (the rules' lexicon holds no records printed with a period: nothing)
         examples=(("令和13年度に実施されていなかった", None),)),
    Rule("started_in_era",
         # (「平成のうちに」「令和になってから」 are 「平成期に」「令和期に」 here: the phrasing era_of_start)
         r"(?P<era>平成|令和)期" + _VERB,
         _era,
         examples=(("平成のうちに始まった", {"conditions": [("start_year", "prefix", "H")]}),
                   ("平成の間に開始した", {"conditions": [("start_year", "prefix", "H")]}),
                   ("平成に始まった", {"conditions": [("start_year", "prefix", "H")]}),
                   ("令和になってから始まった", {"conditions": [("start_year", "prefix", "R")]}),
                   ("平成30年度に始まった", None))),
    Rule("started_between",
         r"(?P<a>{YEAR})\s*(?:から|〜|-|より)\s*(?P<b>{YEAR})\s*(?:まで|の間|にかけて)?(?:の間)?" + _VERB,
         _between,
         examples=(("2020年度から2022年度までに始まった", {"conditions": [("start_year", "between", ["R2", "R4"])]}),)),
    Rule("started_since_until",
         r"(?P<year>{YEAR})\s*(?:の)?\s*(?P<range>以降|以後|より後|から後|までに|まで|以前|より前)" + _VERB_OR_INTRODUCED,
         _range,
         examples=(("令和2年度以前に始まった", {"conditions": [("start_year", "<=", "R2")]}),
                   ("2021年度以降に開始した", {"conditions": [("start_year", ">=", "R3")]}),
                   ("R3より前に始まった", {"conditions": [("start_year", "<", "R3")]}),
                   ("令和5年度以降に取組を始めた", {"conditions": [("start_year", ">=", "R5")]}),
                   ("令和9年度以降に取組が始まった", {"conditions": [("start_year", ">=", "R9")]}),
                   ("令和３年度以降に導入したのはどこ", {"conditions": [("start_year", ">=", "R3")]}))),
    # 「2022年度より前から取り組んでいる」「令和3年度以前から取り組んでいる」: going on since before the year, begun before it.
    Rule("going_since_before",
         r"(?P<year>{YEAR})\s*(?:の)?\s*(?P<range>以前|より前)から\s*(?:ずっと)?\s*(?:取り組んで|取組んで|実施して|続けて|やって)"
         r"(?:いる|る|きた|います|いた)",
         _range,
         examples=(("2022年度より前から取り組んでいる", {"conditions": [("start_year", "<", "R4")]}),
                   ("令和3年度以前から取り組んでいる", {"conditions": [("start_year", "<=", "R3")]}))),
    Rule("started_in_years",
         r"(?P<years>{YEAR}(?:\s*(?:と|か|、|・|又は|または|もしくは|や)\s*{YEAR})+)\s*(?:の)?(?:いずれか|どちらか)?" + _VERB,
         _several,
         examples=(("2020年度か2021年度に始まった", {"conditions": [("start_year", "in", ["R2", "R3"])]}),)),
    Rule("started_in_year_of_field",
         r"(?P<year>{YEAR})\s*(?:中)?" + _VERB,
         _one,
         examples=(("2021年度に始まった", {"conditions": [("start_year", "between", ["R3", "R3"])]}),
                   ("令和4年度に開始した", {"conditions": [("start_year", "between", ["R4", "R4"])]}),
                   ("2027年度から始まる", {"conditions": [("start_year", "between", ["R9", "R9"])]}),
                   ("令和8年度から始まる予定", {"conditions": [("start_year", "between", ["R8", "R8"])]}),
                   ("R4に新しく始まった", {"conditions": [("start_year", "between", ["R4", "R4"])]}))),
    # 「開始年度が2021年度の」「開始年度は令和2年度以前」: the field said with its year.
    Rule("start_field_year",
         r"(?:開始年度|開始した年度|開始時期|始まった年度)(?:が|は)\s*(?P<year>{YEAR})\s*(?P<range>以降|以後|より後|以前|まで|より前)?"
         r"(?=\s*(?:の|で|だ|です|と|、|な(?:の|もの)|$))",
         lambda m, ctx: _range(m, ctx) if m.group("range") else _one(m, ctx),
         examples=(("開始年度が2021年度の", {"conditions": [("start_year", "between", ["R3", "R3"])]}),
                   ("開始年度は令和2年度以前の", {"conditions": [("start_year", "<=", "R2")]}))),
]
