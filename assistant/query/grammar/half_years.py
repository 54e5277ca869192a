"""Half-year progress marks: a table splitting each year's block into the marks of its halves and the year's grade
(令和６年度 over 上期 │ 下期 │ 評価, kinds/plan_report/year_grade_table.py keeps them as r6_h1, r6_h2 …).
「令和7年度下期の進捗が◎」 asks one half's mark, 「上期・下期の進捗で一度でも×」 any half's, 「ずっと上期・下期とも◎か○」
every half the item was graded in (a dash: not evaluated that half, no mark). Read only where the index holds such
marks; otherwise nothing is read and the words stay unused (the answer says so)."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.grammar.grades import _grade
from assistant.query.grammar.years import mentions

_HALF = {"上期": "h1", "上半期": "h1", "前期": "h1", "下期": "h2", "下半期": "h2", "後期": "h2"}
_HALF_WORD = r"(?:上半期|下半期|上期|下期)"
_MARK = r"([◎○〇◯△×])"
_MARKS = _MARK.replace("(", "(?:") + r"(?:\s*(?:か|または|又は|・|や|、|と)\s*" + _MARK.replace("(", "(?:") + r")*"
_PROGRESS = r"(?:の)?\s*(?:進捗(?:状況)?|評価|進み具合)?"
# Both halves said together (「上期・下期」「上期と下期」「半期ごと」).
_BOTH = r"(?:上期\s*(?:・|と|、|／|/|及び|および)\s*下期|上半期\s*(?:・|と|、)\s*下半期|半期ごと|半期毎|各半期)"
_ANY = r"(?:一度でも|1度でも|一回でも|1回でも|いちどでも|どこかで|どちらかで)"
_NONE = r"(?:一度も|1度も|一回も|1回も|いちども)"


def _half_fields(ctx: Context, half: str = "") -> list[str]:
    fields = [f for f in ctx.all_fields if re.fullmatch(r"[rh]\d+_h[12]", f) and (not half or f.endswith(half))]
    return sorted(fields, key=lambda f: ("hr".index(f[0]), int(re.sub(r"\D", "", f.split("_")[0])), f))


def _label(fields: list[str]) -> str:
    from assistant.labels import field_label

    return "・".join(field_label(f) for f in fields)


def _one_half(m: re.Match, ctx: Context) -> Production | None:
    """「令和7年度下期の進捗が◎」: that year's half; with no year said, the half of any year."""
    half = _HALF[m.group("half")]
    mark = _grade(m.group("mark"))
    years = mentions(m.group("year"), ctx) if m.group("year") else []
    if years:
        fld = f"{years[0].label.lower()}_{half}"
        if fld not in ctx.all_fields:
            return None
        from assistant.labels import field_label

        return Production([Condition(fld, "=", mark, f"{field_label(fld)} = {mark}")], {"practice"})
    fields = _half_fields(ctx, half)
    if not fields:
        return None
    return Production([Condition("@grades", "any_eq", {"fields": fields, "grade": mark},
                                 f"{_label(fields)} のいずれかが {mark}")], {"practice"})


def _ever(m: re.Match, ctx: Context) -> Production | None:
    """「上期・下期の進捗で一度でも×がついた」 (any half of any year), 「一度も×がついていない」 (none)."""
    fields = _half_fields(ctx)
    if not fields:
        return None
    mark = _grade(m.group("mark"))
    if m.group("none"):
        return Production([Condition("@grades", "no_any_eq", {"fields": fields, "grade": mark},
                                     f"{_label(fields)} のどれも {mark} でない")], {"practice"})
    return Production([Condition("@grades", "any_eq", {"fields": fields, "grade": mark},
                                 f"{_label(fields)} のいずれかが {mark}")], {"practice"})


def _always(m: re.Match, ctx: Context) -> Production | None:
    """「評価対象の期間中ずっと上期・下期とも◎か○」: every half graded (a dash: not evaluated) with one of the marks."""
    fields = _half_fields(ctx)
    if not fields:
        return None
    marks = list(dict.fromkeys(_grade(ch) for ch in re.findall(r"[◎○〇◯△×]", m.group("marks"))))
    said = "か".join(marks)
    return Production([Condition("@grades", "graded_all_in", {"fields": fields, "grades": marks},
                                 f"{_label(fields)} の評価された半期がすべて {said}（－は評価対象外として除く）")],
                      {"practice"})


_SPAN_SAID = (r"(?:(?:評価(?:の)?対象(?:と|に)?なった|評価された|評価対象の)\s*(?:期間|年度|半期)(?:中|の間|の中)?\s*(?:は|で|に)?\s*[、,]?\s*)?")

RULES: list[Rule] = [
    Rule("half_year_mark",
         r"(?:(?P<year>{YEAR})(?:度)?\s*(?:の)?\s*)?(?P<half>" + _HALF_WORD + r")" + _PROGRESS
         + r"\s*(?:が|は|で|に)?\s*(?P<mark>[◎○〇◯△×])(?:\s*(?:だった|となった|になった|の))?",
         _one_half,
         examples=(("令和7年度下期の進捗が◎", None),)),  # (no half-year marks in the examples' index: nothing)
    Rule("half_year_ever",
         _BOTH + _PROGRESS + r"\s*(?:で|が|は|の|に)?\s*[、,]?\s*(?:(?P<any>" + _ANY + r")|(?P<none>" + _NONE + r"))\s*"
         + r"(?P<mark>[◎○〇◯△×])\s*(?:が|の|に|と)?\s*(?:つ(?:いた|いている|いてる)|付(?:いた|いている|いてる)|なった|だった"
         + r"|ついたことのある|付いたことのある|ついたことがある|ついてない|ついていない|付いていない|ついたことがない)?",
         _ever,
         examples=(("上期・下期の進捗で一度でも×がついた", None),)),
    Rule("half_year_always",
         _SPAN_SAID + r"(?:ずっと|いつも|常に|毎回|すべて|全て)\s*" + _BOTH + r"\s*(?:とも|ともに|ども|いずれも)?\s*(?:が|は)?\s*"
         + r"(?P<marks>" + _MARKS + r")\s*(?:だった|の|であった|のまま)?"
         + r"|" + _SPAN_SAID + _BOTH + r"\s*(?:とも|ともに|いずれも)?\s*(?:ずっと|いつも|常に|毎回|すべて|全て)\s*(?:が|は)?\s*"
         + r"(?P<marks2>" + _MARKS + r")\s*(?:だった|の|であった|のまま)?",
         lambda m, ctx: _always(_Both(m), ctx),
         examples=(("評価対象になった期間中ずっと上期・下期とも◎か○だった", None),)),
]


class _Both:
    """The match of half_year_always with its marks from whichever alternative matched."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def group(self, name: str) -> str:
        return self._m.group("marks") or self._m.group("marks2") if name == "marks" else self._m.group(name)
