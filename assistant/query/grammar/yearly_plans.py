"""The stage a yearly plan names (年次計画 over Ｒ５ │ Ｒ６ …: 検討 / 試行 / 実施, a practice's r5_plan …): 「年次計画でR7に
「試行」をする予定」 asks that year's stage, 「R7は計画上もう実施の年」 the same said the other way round, 「年次計画で初年度が
「検討」」 the plan's first year, 「年次計画に試行が入ってる」 any year's, and 「R8になってから実施に移る予定」 a stage the
plan names that year and not the year before. A stage is read only when the index's plans name it (Lexicon.plan_stages);
otherwise nothing is read and the words stay unused (the answer says so)."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.query.answer import Condition
from assistant.query.grammar import GRADE, Context, Production, Rule, grade_word
from assistant.query.grammar.years import mentions

# (計画上 reads 計画値 once canonical: grammar/canon)
_PLAN = r"(?:年次計画|年度計画|年度別計画|実施計画|計画上|計画値|計画)"
_STAGE = (r"[「『\"]?(?P<v>[一-龥ァ-ヶー]{1,6}?)(?=[」』\"（(\s]|を|に|の|と|が|で|へ|$)[」』\"]?"
          r"\s*(?:[（(][^）)]{0,20}[）)])?")


def _plan_fields(ctx: Context) -> list[str]:
    fields = [f for f in ctx.all_fields if re.fullmatch(r"[rh]\d+_plan", f)]
    return sorted(fields, key=lambda f: ("hr".index(f[0]), int(re.sub(r"\D", "", f.split("_")[0]))))


def _stage(m: re.Match, ctx: Context) -> str | None:
    stage = m.group("v")
    return stage if stage in ctx.lex.plan_stages else None


def _year_field(m: re.Match, ctx: Context) -> str | None:
    """The plan field of the year said (a plan runs past the years graded: R8 of a plan graded to R7)."""
    found = mentions(m.group("y"), ctx)
    fld = f"{found[0].label.lower()}_plan" if found else None
    return fld if fld and fld in ctx.all_fields else None


def _in_year(m: re.Match, ctx: Context) -> Production | None:
    """「年次計画でR7に「試行」をする予定」「R7は計画上もう実施の年」: the year's stage."""
    stage, fld = _stage(m, ctx), _year_field(m, ctx)
    if not stage or not fld:
        return None
    conds = [Condition(fld, "=", stage, f"{field_label(fld)} = {stage}")]
    if m.group("marks"):
        graded = fld.removesuffix("_plan")
        if graded not in ctx.all_fields:
            return None
        grades = list(dict.fromkeys(grade_word(ch) or ch for ch in re.findall(GRADE, m.group("marks"))))
        conds.append(Condition(graded, "in", grades, f"{field_label(graded)} ∈ {'/'.join(grades)}"))
    return Production(conds, hints={"practice"})


def _first_year(m: re.Match, ctx: Context) -> Production | None:
    """「年次計画で初年度が「検討」」: the stage of the first year the index's plans print."""
    stage, fields = _stage(m, ctx), _plan_fields(ctx)
    if not stage or not fields:
        return None
    return Production([Condition(fields[0], "=", stage, f"{field_label(fields[0])}（計画の初年度） = {stage}")],
                      hints={"practice"})


def _any_year(m: re.Match, ctx: Context) -> Production | None:
    """「年次計画に試行が入ってる」: some year's plan names the stage."""
    stage, fields = _stage(m, ctx), _plan_fields(ctx)
    if not stage or not fields:
        return None
    label = f"{'・'.join(field_label(f) for f in fields)} のいずれかが {stage}"
    return Production([Condition("@grades", "any_eq", {"fields": fields, "grade": stage}, label)], hints={"practice"})


def _moves_in_year(m: re.Match, ctx: Context) -> Production | None:
    """「R8になってから実施に移る予定」: the year's plan names the stage and the year before's does not."""
    stage, fld = _stage(m, ctx), _year_field(m, ctx)
    fields = _plan_fields(ctx)
    if not stage or not fld or fields.index(fld) == 0:
        return None
    before = fields[fields.index(fld) - 1]
    return Production([Condition(fld, "=", stage, f"{field_label(fld)} = {stage}"),
                       Condition(before, "!=", stage, f"{field_label(before)} ≠ {stage}（{field_label(fld)}から{stage}）")],
                      hints={"practice"})


RULES: list[Rule] = [
    Rule("plan_moves_in_year",
         r"(?:最終年度の|最終年の)?\s*(?P<y>{YEAR})(?:度)?\s*(?:になって|に入って)(?:から|はじめて|初めて)\s*" + _STAGE
         + r"\s*(?:に|へ)\s*(?:移る|移行する|移行|入る|なる)\s*(?:予定|計画)?",
         _moves_in_year,
         examples=(("R8になってから実施に移る予定", None),)),  # (no yearly plans in the examples' index: nothing)
    Rule("plan_stage_of_year",
         _PLAN + r"\s*(?:で|では|の|に)?\s*[、,]?\s*(?P<y>{YEAR})(?:度)?\s*(?:に|は|が|の|で)?\s*(?:もう|すでに|既に)?\s*" + _STAGE
         + r"\s*(?:を|に|の|と|が)?\s*(?:する|行う|やる|実施する)?\s*(?:予定|年|段階|なって|になって)"
         + r"|(?P<y2>{YEAR})(?:度)?\s*(?:は|が)\s*" + _PLAN + r"\s*(?:で|では|の|上)?\s*(?:もう|すでに|既に)?\s*"
         + _STAGE.replace("?P<v>", "?P<v2>") + r"\s*(?:の|を|に)?\s*(?:年|予定|段階)"
         # (the year said once as the topic governs the grade said after it: 「R7は計画上もう実施の年なのに、進捗が遅れ」)
         + r"(?:(?:なのに|のに|なのだが|だが|だけど|なんだけど)\s*[、,]?\s*(?:進捗状況|進捗|評価)\s*(?:が|は)\s*"
         + r"(?P<marks>" + GRADE.replace("([", "(?:[", 1) + r"(?:\s*(?:か|や|・|、|または|又は)\s*" + GRADE.replace("([", "(?:[", 1)
         + r")*))?",
         lambda m, ctx: _in_year(_Either(m), ctx),
         examples=(("年次計画でR7に「試行」をする予定", None),  # (no yearly plans in the examples' index: nothing)
                   ("R7は計画上もう実施の年なのに、進捗がBかC", None))),
    Rule("plan_stage_first_year",
         _PLAN + r"\s*(?:で|では|の)?\s*[、,]?\s*(?:初年度|最初の年度|1年目|一年目)\s*(?:が|は|に|の)?\s*" + _STAGE
         + r"\s*(?:に|と)?\s*(?:なって|の|だ|で)?",
         _first_year,
         examples=(("年次計画で初年度が「検討」になってる", None),)),
    Rule("plan_stage_any_year",
         _PLAN + r"\s*(?:に|で|の中に|のどこかに|のうち)\s*" + _STAGE
         + r"\s*(?:が|の)?\s*(?:入って|入る|ある|含まれ|含む|予定されて)",
         _any_year,
         examples=(("年次計画に試行が入ってる", None),)),
]


class _Either:
    """The match of plan_stage_of_year with its year and stage from whichever alternative matched."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def group(self, name: str) -> str:
        if name in ("y", "v"):
            return self._m.group(name) or self._m.group(f"{name}2")
        if name == "marks":
            return self._m.group("marks")
        return self._m.group(name)
