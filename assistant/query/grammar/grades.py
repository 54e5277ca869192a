"""Grades of given fiscal years: one year, several years, a span, every year, never, changes."""
from __future__ import annotations

import re
import unicodedata

from assistant.labels import field_label
from assistant.query.answer import Condition
from assistant.query.grammar import GRADE, Context, Production, Rule, grade_word
from assistant.query.grammar.years import mentions
from assistant.text.wareki import find_years, fy_label, label_to_fy
from assistant.kinds.registry import is_year_field
from assistant.query.compiled import compiled
from assistant.kinds.plan_report.words import COMMITTEE

_RANK = {"A": 3, "B": 2, "C": 1, "D": 0}
_ONCE_NOT = r"(?:一度も|1度も|一回も|1回も|どの年度も|いずれの年度も|どの年も)"
# (「3年間すべてC」: すべて right after the years counted means every one of them; 「4年とも全部B」 says it twice)
_EVERY = r"(?:毎年度?|ずっと|(?<=[年間])とも(?:\s*(?:全部|すべて|全て|ぜんぶ))?|(?<=年間)(?:すべて|全て|全部)|全ての年度で?|すべての年度で?|全年度で?|各年度とも|どの年度でも|どの年度も|いずれの年度でも|いずれの年度も)"
# (「計画期間を通じて、×の評価を受けた」「計画期間中に×がついた」: some year of the whole period)
_ANY = r"(?:一度でも|1度でも|一回でも|いずれかの年度で?|どこかの年度で?|どれかの年度で?|どこかで|(?:計画期間|期間)(?:を通じて|を通して|中に|中で|中)[、,]?\s*)"
_NOT_END = r"[^、。？?\x1f]{0,10}?(?:ない|なくて|なかった|ず|ません)"
# An optional span of years before a condition over several years' grades (「R2〜R5の評価で」「R2からR5までの4年間、」).
_SPAN = (r"(?:(?P<y1>{YEAR})\s*(?:から|〜|~|～|-)\s*(?P<y2>{YEAR})\s*(?:まで)?\s*(?:の間|の\d+(?:か|ヵ|カ|ケ|ヶ)?年(?:間|度)?|\d+(?:か|ヵ|カ|ケ|ヶ)?年(?:間|度)?)?"
         r"(?:の評価で|の評価が|の評価は|の評価|の総合評価(?:で|が|は|に)?|のどこかで|のうち(?:で|に)?|の中で|の間で|の間に|のどの年度でも|のどの年度も|のいずれの年度でも|を通じて|を通して|の|で|に|は|[、,])*\s*)?")
_GRADE_G1 = GRADE.replace("([", "(?P<g1>[", 1)
_GRADE_G2 = GRADE.replace("([", "(?P<g2>[", 1)
_PER_YEAR = r"(?:(?:の)?(?:年度ごと|年度別|各年度|毎年度|年度毎|年度)(?:の)?評価(?:で|が|は|では|に|には)?[、,]?\s*)?"


def _grade(ch: str) -> str:
    # 〇 and ◯ are typed for the ○ a document prints; a grade word stands as its mark (grammar.grade_word)
    return grade_word(unicodedata.normalize("NFKC", ch).upper().replace("〇", "○").replace("◯", "○"))


def _cond(fld: str, op: str, value) -> Condition:
    sign = {"=": "=", "!=": "≠", "in": "∈", "not_in": "∉"}.get(op, op)
    shown = "/".join(value) if isinstance(value, list) else value
    return Condition(fld, op, value, f"{field_label(fld)} {sign} {shown}")


def _year_fields(text: str, ctx: Context, out: Production) -> list[str]:
    """The grade fields of the years in `text`; a year the index has no grades for is said, not dropped."""
    fields = []
    for y in mentions(text, ctx):
        fld = ctx.year_field(y.fiscal_year)
        if fld:
            fields.append(fld)
        elif ctx.grade_fields:
            # A year the report grades no item in (令和元年度, R6): a condition no record meets, said
            # as such by the executor, never dropped to answer with every record.
            fields.append(y.label.lower())
        else:
            out.notes.append(f"{y.label}の評価は索引にありません")
            out.unused.append(text[y.start:y.end])
    return fields


def _change(m: re.Match, ctx: Context) -> Production | None:
    out = Production(hints={"practice"})
    first, second = _year_fields(m.group(1), ctx, out), _year_fields(m.group(2), ctx, out)
    if not first or not second:
        return out
    word = m.group(3)
    if word.startswith(("上回", "下回")):  # 「R4の評価がR2を下回っている」: a comparison, said as a verb
        word = "高い" if word.startswith("上回") else "低い"
    elif word in ("高い", "低い", "良い", "悪い") and not re.search(r"より|比べ|比較", m.group(0)):
        return None  # 「R2とR4で評価が高い」 compares nothing
    if word.startswith(("変わら", "変化", "同じ", "変わって")) and re.search(r"まで|の間|年間|ずっと", m.group(0)):
        return None  # 「R2からR4まで評価が変わっていない」: every year of the span, read by grade_all_same
    negated = word.endswith(("なかった", "ない")) and not word.startswith(("変わら", "変化"))
    if word.startswith(("高い", "良い")):
        op = "grade_gt"
    elif word.startswith(("低い", "悪い")):
        op = "grade_lt"
    elif word.startswith(("上が", "良くな")):
        op = "grade_le" if negated else "grade_gt"
    elif word.startswith(("下が", "悪くな", "悪化")):
        op = "grade_ge" if negated else "grade_lt"
    elif word.startswith(("変わった", "変化した", "変化があった", "異な", "違")):
        op = "grade_ne"
    else:
        op = "grade_eq"
    a, b = second[0], first[0]
    sign = {"grade_gt": ">", "grade_lt": "<", "grade_eq": "=", "grade_ne": "≠", "grade_le": "≤", "grade_ge": "≥"}[op]
    # The order said is the one compared in: a letter scale of the index's own (S > A > B > C) when it has one.
    own = [g for g in ctx.grade_scale if g.isascii() and g.isalpha()]
    order = " > ".join(own) if any(g not in "ABCD" for g in own) else "A > B > C"
    marks = [g for g in ctx.grade_scale if not (g.isascii() and g.isalpha())]
    if len(marks) >= 2:  # (the marks of the index's legend are ranked too: ◎ > ○ > △ > ×)
        order += "、" + " > ".join(marks)
    out.conditions.append(Condition(a, op, b, f"{field_label(a)} {sign} {field_label(b)}（{order}）"))
    return out


def _span(m: re.Match, ctx: Context) -> Production | None:
    out = Production(hints={"practice"})
    ys = mentions(m.group(1), ctx) + mentions(m.group(2), ctx)
    if len(ys) != 2:
        return None
    lo, hi = sorted(y.fiscal_year for y in ys)
    grade = _grade(m.group(3))
    grades = _bounded(grade, m.group("cmp"), m.string, ctx.grade_scale, _held(ctx)) if m.group("cmp") else None
    if m.group("cmp") and grades is None:
        return None  # a mark no legend ranks: the bound is not read
    missing = []
    for fy in range(lo, hi + 1):
        fld = ctx.year_field(fy)
        if fld:
            out.conditions.append(_cond(fld, "in", grades) if grades is not None else _cond(fld, "=", grade))
        else:
            missing.append(fy)
    if not out.conditions:
        out.notes.append("その年度の評価は索引にありません")
        out.unused.append(m.group(0))
    elif missing:
        # 「R5からR7までずっとA」 of grades kept up to R5: the span's later years have no grade here, so the span
        # is not read whole (no answer of R5 alone as if it were)
        out.notes.append(f"{'・'.join(fy_label(fy) for fy in missing)}の評価は索引にありません")
        out.unused.append(m.group(0))
    return out


def _several(m: re.Match, ctx: Context) -> Production | None:
    out = Production(hints={"practice"})
    grade = _grade(m.group(2))
    either = [_grade(g) for g in re.findall(GRADE, m.group("either"))] if m.group("either") else []
    for fld in _year_fields(m.group(1), ctx, out):
        if either:
            grades = list(dict.fromkeys([grade, *either]))
            out.conditions.append(_cond(fld, "in", grades))
        else:
            out.conditions.append(_cond(fld, "=", grade))
    return out


def _from_or_until(m: re.Match, ctx: Context) -> Production | None:
    """「R3以降ずっとA」「R4までずっとB」: every graded year from (or up to) the year."""
    found = mentions(m.group(1), ctx)
    if not found:
        return None
    fy, grade = found[0].fiscal_year, _grade(m.group(3))
    since = m.group(2) in ("以降", "以後", "から")
    fields = [f for f in ctx.grade_fields if (_fy(f) >= fy if since else _fy(f) <= fy)]
    label = f"{'・'.join(field_label(f) for f in fields)} の評価がすべて {grade}（評価のない年度を除く）"
    return Production([Condition("@grades", "graded_all_eq", {"fields": fields, "grade": grade}, label)],
                      hints={"practice"})


def _fy(fld: str) -> int:
    """r3 → 2021 (a grade field is named by its year's era label)."""
    return label_to_fy(fld.upper()) or 0


def _any_from_or_until(m: re.Match, ctx: Context) -> Production | None:
    """「令和10年度以降で◎を取ったことがある」「R4までにCがついた」: some graded year from (or up to) the year has the grade."""
    found = mentions(m.group("s"), ctx)
    if not found:
        return None
    fy, grade = found[0].fiscal_year, _grade(m.group("g1"))
    since = m.group("range") in ("以降", "以後", "から後")
    fields = [f for f in ctx.grade_fields if (_fy(f) >= fy if since else _fy(f) <= fy)]
    if not fields:
        return None
    label = f"{'・'.join(field_label(f) for f in fields)} のいずれかが {grade}"
    return Production([Condition("@grades", "any_eq", {"fields": fields, "grade": grade}, label)], hints={"practice"})


def _span_fields(m: re.Match, ctx: Context) -> list[str]:
    """The grade fields of the span named before the condition, else every year field of the index."""
    if "y1" in m.re.groupindex and m.group("y1") and m.group("y2"):
        ys = mentions(m.group("y1"), ctx) + mentions(m.group("y2"), ctx)
        if len(ys) == 2:
            lo, hi = sorted(y.fiscal_year for y in ys)
            held = [_fy(f) for f in ctx.grade_fields]
            if not held or lo < min(held) or hi > max(held):
                return []  # 「R4〜R6」 over grades of R2…R5: a year no record is graded for is not this kind's span
            return [f for f in ctx.grade_fields if lo <= _fy(f) <= hi]
    return ctx.grade_fields


def _named_grade(m: re.Match) -> str:
    return _grade(next(m.group(g) for g in ("g1", "g2") if g in m.re.groupindex and m.group(g)))


def _never_span(m: re.Match, ctx: Context) -> Production | None:
    """「R2〜R5で一度もCがついていない」: no year of the span (else of the index) has the grade. The
    summary grade is not one of the years: 「一度もAを取ったことがない」 counts an item whose 総括 is A."""
    grade, fields = _named_grade(m), _span_fields(m, ctx)
    if not fields:
        return None
    label = f"{'・'.join(field_label(f) for f in fields)} のどれも {grade} でない"
    return Production(conditions=[Condition("@grades", "no_any_eq", {"fields": fields, "grade": grade}, label)],
                      hints={"practice"})


def _last_with_grade(m: re.Match, ctx: Context) -> Production | None:
    """「最後にAだったのがR3」「Aを最後に取ったのはR3」: the year said has the grade and no graded year after it has
    (the years before it may or may not)."""
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("y"), ctx, out)
    if len(fields) != 1 or fields[0] not in ctx.grade_fields:
        return None
    grade = _grade(m.group("g1") or m.group("g2"))
    after = [f for f in ctx.grade_fields if _fy(f) > _fy(fields[0])]
    out.conditions.append(_cond(fields[0], "=", grade))
    if after:
        out.conditions.append(Condition("@grades", "no_any_eq", {"fields": after, "grade": grade},
                                        f"{'・'.join(field_label(f) for f in after)} のどれも {grade} でない（{grade}は{fields[0].upper()}が最後）"))
    return out


def _never_several(m: re.Match, ctx: Context) -> Production | None:
    """「CもDも一度もついてない」: 一度も…ない said of each grade listed (each 「Xも」), 一度も before or after them."""
    fields = _span_fields(m, ctx)
    if not fields:
        return None
    out = []
    for g in re.findall(_MARKED, m.group("gs") or m.group("gs2") or m.group("gs3") or m.group("gs4")):
        grade = _grade(g)
        out.append(Condition("@grades", "no_any_eq", {"fields": fields, "grade": grade},
                             f"{'・'.join(field_label(f) for f in fields)} のどれも {grade} でない"))
    return Production(conditions=out, hints={"practice"})


def _never_other(m: re.Match, ctx: Context) -> Production | None:
    """「一度もA以外の評価がなかった」: every year of the span (else of the index) graded with the grade said
    (a year with no grade is not one graded with it, as 「毎年A」 reads it)."""
    grade, fields = _named_grade(m), _span_fields(m, ctx)
    if not fields:
        return None
    return Production(conditions=[_cond(f, "=", grade) for f in fields], hints={"practice"})


def _never_bound(m: re.Match, ctx: Context) -> Production | None:
    """「一度もＡ以上の評価を取れていない」: 一度も…ない said of every grade at or beyond the bound (S and A of S > A > B > C)."""
    said = m.group("g1") or m.group("g2")
    grades = _bounded(_grade(said), m.group("cmp") or m.group("cmp2"), m.string, ctx.grade_scale, _held(ctx))
    if not grades:
        return None
    fields = _span_fields(m, ctx)
    if not fields:
        return None
    return Production(conditions=[Condition("@grades", "no_any_eq", {"fields": fields, "grade": g},
                                            f"{'・'.join(field_label(f) for f in fields)} のどれも {g} でない")
                                  for g in grades], hints={"practice"})


# The question itself says the grades meant are the yearly ones (「年度ごとの評価で」「各年度の評価で」).
_YEARLY_SAID = compiled(r"年度(?:ごと|毎|別)|各年度|毎年度|年度の評価|年度評価")


def _any_span(m: re.Match, ctx: Context) -> Production | None:
    """「一度でもCがついた」: some year of the span has the grade. Over the whole history (no span, no
    word for the yearly grades) the summary grade (総括の総合評価) is a grade the record got, too."""
    grade, fields = _named_grade(m), _span_fields(m, ctx)
    whole = not (m.group("y1") and m.group("y2")) and not _YEARLY_SAID.search(m.string)
    if whole and ctx.grade_fields and "overall" in ctx.all_fields:
        fields = [*fields, "@overall"]
    label = f"{'・'.join('総合評価' if f == '@overall' else field_label(f) for f in fields)} のいずれかが {grade}"
    return Production(conditions=[Condition("@grades", "any_eq", {"fields": fields, "grade": grade}, label)],
                      hints={"practice"})


def _other_any_year(m: re.Match, ctx: Context) -> Production | None:
    """「A以外がついたことある」「一度でもA以外」: some year graded with a grade other than the one said (the
    summary grade too, over the whole history, as 「一度でもCがついた」 reads it)."""
    grade, fields = _grade(m.group("g")), _span_fields(m, ctx)
    if ctx.grade_fields and "overall" in ctx.all_fields and not _YEARLY_SAID.search(m.string):
        fields = [*fields, "@overall"]
    label = f"{'・'.join('総合評価' if f == '@overall' else field_label(f) for f in fields)} のいずれかが {grade} 以外"
    return Production(conditions=[Condition("@grades", "any_ne", {"fields": fields, "grade": grade}, label)],
                      hints={"practice"})


def _all_same(m: re.Match, ctx: Context) -> Production | None:
    """「R2からR5まで評価がずっと同じ」: every year of the span graded, all with one grade."""
    fields = _span_fields(m, ctx)
    label = f"{'・'.join(field_label(f) for f in fields)} がすべて同じ評価"
    return Production(conditions=[Condition("@grades", "all_equal", {"fields": fields}, label)], hints={"practice"})


def _every(m: re.Match, ctx: Context) -> Production | None:
    """「毎年A」「4年間ずっとB」: every graded year of the index (a number of years that is not the
    index's is left for the run rules)."""
    grade = _grade(m.group("g"))
    if m.group("years") and int(m.group("years")) != len(ctx.grade_fields):
        # Reports of other years in the index (R2–R5 beside R4–R7): the years each record's own report prints,
        # when they are that many (fewer than the index's; a number no report prints finds nothing).
        n = int(m.group("years"))
        if m.group("cmp") or n not in ctx.lex.years_graded:
            return None  # (「3年間ずっとB」 of four years: a run, read by the run rules)
        label = f"{n}年間（その記録の資料が評価する年度）すべて {grade}"
        return Production([Condition("@grades", "printed_all_eq", {"fields": ctx.grade_fields, "grade": grade, "n": n},
                                     label)], hints={"practice"})
    if m.group("cmp"):  # 「4年間ずっと○以上」: every year within the bound (a year without a grade is not)
        grades = _bounded(grade, m.group("cmp"), m.string, ctx.grade_scale, _held(ctx))
        if grades is None:
            return None
        return Production(conditions=[_cond(f, "in", grades) for f in ctx.grade_fields], hints={"practice"})
    return Production(conditions=[_cond(f, "=", grade) for f in ctx.grade_fields], hints={"practice"})


def _every_either(m: re.Match, ctx: Context) -> Production | None:
    """「毎年AかB」「2年とも△か×」: every year of the span (of the index, without one) graded one of the two. A number
    of years that is not the index's but one some report grades (「2年とも」 of a report of R5–R6 beside others of
    R2–R5) is every year each record's own report prints, as _every reads it."""
    grades = [_grade(m.group("g1")), _grade(m.group("g2"))]
    n = int(m.group("years")) if m.group("years") else 0
    if n and not (m.group("y1") and m.group("y2")) and n != len(ctx.grade_fields):
        if n not in ctx.lex.years_graded:
            return None
        label = f"{n}年間（その記録の資料が評価する年度）すべて {'か'.join(grades)}"
        return Production([Condition("@grades", "printed_all_in", {"fields": ctx.grade_fields, "grades": grades, "n": n},
                                     label)], hints={"practice"})
    fields = _span_fields(m, ctx)
    if not fields:
        return None
    return Production(conditions=[_cond(f, "in", grades) for f in fields], hints={"practice"})


def _never(m: re.Match, ctx: Context) -> Production | None:
    grade = _grade(m.group(1))
    return Production(conditions=[_cond(f, "!=", grade) for f in ctx.grade_fields], hints={"practice"})


def _any(m: re.Match, ctx: Context) -> Production | None:
    grade = _grade(m.group(1))
    fields = ctx.grade_fields
    label = f"{'・'.join(field_label(f) for f in fields)} のいずれかが {grade}"
    return Production(conditions=[Condition("@grades", "any_eq", {"fields": fields, "grade": grade}, label)],
                      hints={"practice"})


# Half of the years said as a share: 半分, 半数, 過半数 (more than half).
_HALF = r"過半数|半分|半数"


def _half_count(share: str, cmp: str, years: int) -> tuple[int, str] | None:
    """「半分以上」「過半数」「半分未満」 of `years` years as a whole number of them and its comparison; None where
    no whole number is said (「ちょうど半分」 of an odd number of years)."""
    if share == "過半数":
        return (years // 2 + 1, ">=") if cmp in ("=", ">=") else None
    half, odd = divmod(years, 2)
    if cmp == ">=":
        return half + odd, ">="
    if cmp == "<":
        return half + odd, "<"
    if cmp == "<=":
        return half, "<="
    return (half, "=") if not odd else None


def _times(m: re.Match, ctx: Context) -> Production | None:
    """「Aの評価を3回以上とった」「R3からR5で少なくとも2回はA」: the number of years of the span (else of the index)
    graded so, against a bound (以上, 以下, 未満, 少なくとも; exactly when none)."""
    grade = _grade(m.group("g1") or m.group("g2"))
    bound = m.group("cmp") or m.group("cmp2") or ""
    cmp = {"以上": ">=", "以下": "<=", "未満": "<"}.get(bound, ">=" if (m.group("least") or m.group("least2")) else "=")
    fields = _span_fields(m, ctx)
    if not fields:
        return None
    share = m.group("share") or m.group("share2")
    if share:  # 「4年度のうち半分以上で」: a share of the span's years, as the whole number of years it is
        found = _half_count(share, cmp, len(fields))
        if found is None:
            return None
        n, cmp = found
    else:
        n = int(m.group("n") or m.group("n2"))
    label = f"{grade} の年度数 {cmp.replace('>=', '≥').replace('<=', '≤')} {n}"
    if share:
        label += f"（{len(fields)}年度の{share}{bound}）"
    if fields != ctx.grade_fields:
        label = f"{'・'.join(field_label(f) for f in fields)} のうち " + label
    return Production(conditions=[Condition("@grades", "times", {"fields": fields, "grade": grade, "n": n, "cmp": cmp},
                                            label)], hints={"practice"})


_PLAN_SAID = r"(?P<y>{YEAR})(?:度)?\s*(?:の|に|で)?\s*(?:計画|予定|取組段階|段階)(?:欄)?(?:が|は|で|を)?\s*"
_PLAN_BEFORE_VALUE = None


def plan_field_before(text: str, ctx: Context) -> str | None:
    """The year's plan field (r5_plan) when `text` ends saying a year's plan before its value (「令和5年度の計画が」)
    and the index prints plans by year: the value after it is that field's, read by year_plan_stage."""
    global _PLAN_BEFORE_VALUE
    if _PLAN_BEFORE_VALUE is None:
        from assistant.query.grammar import PLACEHOLDERS

        _PLAN_BEFORE_VALUE = compiled(_PLAN_SAID.replace("{YEAR}", PLACEHOLDERS["YEAR"]) + r"$")
    m = _PLAN_BEFORE_VALUE.search(text)
    found = mentions(m.group("y"), ctx) if m else []
    fld = ctx.year_field(found[0].fiscal_year) if found else None
    return f"{fld}_plan" if fld and f"{fld}_plan" in ctx.all_fields else None


def _plan_stage(m: re.Match, ctx: Context) -> Production | None:
    """「令和5年度の計画が「検討」」: the stage a year's plan names, where the index's reports print each year's
    plan beside its result (a field r5_plan per year: plan_report)."""
    found = mentions(m.group("y"), ctx)
    fld = ctx.year_field(found[0].fiscal_year) if found else None
    if not fld or f"{fld}_plan" not in ctx.all_fields:
        return None
    stage = m.group("v")
    return Production([Condition(f"{fld}_plan", "=", stage, f"{field_label(f'{fld}_plan')} = {stage}")],
                      hints={"practice"})


def _committee_mark(m: re.Match, ctx: Context) -> Production | None:
    """「委員会の評価が◎」「委員会評価が○以上」「△の評価を受けた」 (of a committee): the committee's judgement of an
    initiative in marks of its paper's scale (委員会評価：○), ranked as the legend lists them (◎ > ○ > △); only
    a mark the index's judgements hold, and a bound only within a scale a legend ranks."""
    mark = _grade(m.group("g") or m.group("g2"))
    if m.group("g2") and not re.search(COMMITTEE, m.string):
        return None  # 「△の評価を受けた」 of no committee: the yearly grade's rules read it
    known = ctx.lex.closed_values.get("judgement", set())
    cmp = m.group("cmp")
    if not known or (mark not in known and not (cmp and mark in ctx.grade_scale)):
        return None
    if cmp:
        marks = _bounded(mark, cmp, m.string, ctx.grade_scale, _held(ctx))
        if marks is None or mark not in ctx.grade_scale:
            return None  # a bound no legend ranks: left unread
        marks = [g for g in marks if g in known] or marks
        return Production([Condition("judgement", "in", marks, f"委員会の判定 ∈ {'/'.join(marks)}")],
                          hints={"initiative"})
    return Production([Condition("judgement", "=", mark, f"委員会の判定 = {mark}")], hints={"initiative"})


def _run(m: re.Match, ctx: Context) -> Production | None:
    """「2年連続でA」: some run of that many consecutive years has the grade. 「3年間ずっと○以上」: each year of the
    run at or beyond the bound in the legend's order (a bound no legend ranks is left unread)."""
    n, grade = int(m.group(1)), _grade(m.group(2))
    fields = ctx.grade_fields
    if m.group("cmp"):
        grades = _bounded(grade, m.group("cmp"), m.string, ctx.grade_scale, _held(ctx))
        if not grades:
            return None
        label = f"{n}年連続で {'/'.join(grades)} のいずれか（{grade}{m.group('cmp')}）"
        return Production(conditions=[Condition("@grades", "sequence", {"fields": fields, "grades": [grades] * n}, label)],
                          hints={"practice"})
    label = f"{n}年連続で {grade}"
    return Production(conditions=[Condition("@grades", "run", {"fields": fields, "grade": grade, "n": n}, label)],
                      hints={"practice"})


def _sequence(m: re.Match, ctx: Context) -> Production | None:
    """「C→B→Aと2年続けて上がった」: three or more grades in turn over consecutive years, somewhere in the years
    graded (a count of moves said must be theirs; the verb said must fit every move)."""
    grades = [_grade(g) for g in re.findall(GRADE, m.group("seq"))]
    fields = ctx.grade_fields
    if len(grades) < 3 or len(grades) > len(fields):
        return None
    if m.group("n") and int(m.group("n")) != len(grades) - 1:
        return None
    verb = m.group("verb") or ""
    moves = [_worse(a, b, ctx.grade_scale) for a, b in zip(grades, grades[1:])]
    if verb.startswith("上が") and not all(w is True for w in moves) \
            or verb.startswith("下が") and not all(w is False for w in moves):
        return None  # (「A→B→Cと上がった」 says two things at odds: left unread)
    label = f"{'→'.join(grades)} と続いた年度がある（隣り合う{len(grades)}年度）"
    return Production(conditions=[Condition("@grades", "sequence", {"fields": fields, "grades": grades}, label)],
                      hints={"practice"})


def _pair_changed_some_year(m: re.Match, ctx: Context) -> Production | None:
    """「前の年はAかBだったのに、翌年度にCに下がった」: some year graded the first (either), the next the second."""
    first = [_grade(m.group("g1"))] + ([_grade(m.group("g1b"))] if m.group("g1b") else [])
    after = _grade(m.group("g2"))
    word = m.group("word")
    if word in ("上がった", "下がった") and not all(
            _worse(g, after, ctx.grade_scale) is (word == "上がった") for g in first):
        return None  # (「Cだったのに翌年度にAに下がった」 says two things at odds: left unread)
    fields = ctx.grade_fields
    if len(fields) < 2:
        return None
    said = first if len(first) > 1 else first[0]
    label = f"ある年度の {'か'.join(first)} が翌年度に {after}"
    return Production(conditions=[Condition("@grades", "sequence", {"fields": fields, "grades": [said, after]}, label)],
                      hints={"practice"})


def _transition(m: re.Match, ctx: Context) -> Production | None:
    """「BからAになった」 with no years: some year's grade follows the other in the next year; with
    the years said after it (「（R3→R4）」), those two years' grades."""
    named = set(m.re.groupindex.values())
    grades = [m.group(i) for i in range(1, m.re.groups + 1) if i not in named]
    before, after = _grade(grades[0]), _grade(grades[1])
    if m.group("y0"):
        # 「R5に評価がBからAに上がった」: A that year, B the year before it.
        out = Production(hints={"practice"})
        said = _year_fields(m.group("y0"), ctx, out)
        fields = ctx.grade_fields
        if said and said[0] in fields and fields.index(said[0]) > 0:
            out.conditions += [_cond(fields[fields.index(said[0]) - 1], "=", before), _cond(said[0], "=", after)]
            return out
        return None
    if m.group("y1") or m.group("y3"):
        out = Production(hints={"practice"})
        y1, y2 = (m.group("y1"), m.group("y2")) if m.group("y1") else (m.group("y3"), m.group("y4"))
        first, second = _year_fields(y1, ctx, out), _year_fields(y2, ctx, out)
        if first and second:
            out.conditions += [_cond(first[0], "=", before), _cond(second[0], "=", after)]
            return out
    fields = ctx.grade_fields
    label = f"ある年度の {before} が翌年度に {after}"
    return Production(conditions=[Condition("@grades", "transition", {"fields": fields, "from": before, "to": after},
                                            label)], hints={"practice"})


_GRADE_AFTER_YEAR = compiled(r"(?:度)?\s*(?:の評価|の総合評価)?(?:は|が|で|では|に|には)?\s*([A-DSＡ-ＤＳ◎○〇◯△×\ue000-\ue0ff])")


def _earlier_any(ctx: Context, fields: list[str], year: str, grade: str, scale: list[str],
                 rising: bool) -> list[Condition]:
    """「どこかでCがついた」→「そのうちR5にはAまで上がった」: the change starts from the grade some year
    before got (not from the year just before): that grade in one of the years before this one."""
    out: list[Condition] = []
    for c in (*(ctx.previous.conditions if ctx.previous else ()), *ctx.so_far):
        if c.op != "any_eq" or not isinstance(c.value, dict):
            continue
        before = _grade(str(c.value.get("grade", "")))
        if before not in scale or before == grade or (scale.index(before) > scale.index(grade)) != rising:
            continue
        prior = [f for f in c.value.get("fields", ()) if f in fields and fields.index(f) < fields.index(year)]
        if prior:
            label = f"{'・'.join(field_label(f) for f in prior)} のいずれかが {before}"
            out.append(Condition("@grades", "any_eq", {"fields": prior, "grade": before}, label))
    return out


def _reached(m: re.Match, ctx: Context) -> Production | None:
    """「R5にはAまで上がった」: that year's grade, and a change into it: from the earlier year a
    condition of this question or of the one before it gives a grade (「令和2年度にC」→「そのうち5年度
    にはAまで上がった」), else from the year before it. A change the grades contradict reads as nothing."""
    out = Production(hints={"practice"})
    said, fields = _year_fields(m.group("y"), ctx, out), ctx.grade_fields
    if not said or said[0] not in fields:
        return None
    year, grade = said[0], _grade(m.group("g"))
    rising = m.group("word").startswith(("上が", "改善", "良く", "向上"))
    scale = [g for g in ctx.grade_scale if g] or list("SABCD")
    if grade not in scale:
        scale = list("SABCD")
    earlier = [str(c.value) for c in (*(ctx.previous.conditions if ctx.previous else ()), *ctx.so_far)
               if c.op == "=" and c.field in fields and fields.index(c.field) < fields.index(year)]
    # (「R2はCだったのにR5にはAまで上がった」: the earlier year's grade said in this question, read by its own rule)
    said = m.string[:m.start()]
    earlier += [g.group(1) for y in find_years(said) if (g := _GRADE_AFTER_YEAR.match(said, y.end))]
    out.conditions.append(_cond(year, "=", grade))
    if not earlier and (some := _earlier_any(ctx, fields, year, grade, scale, rising)):
        out.conditions.extend(some)
        return out
    if earlier:
        before = _grade(earlier[-1])
        if before not in scale or (scale.index(before) > scale.index(grade)) != rising or before == grade:
            return None
        return out
    i = fields.index(year)
    if i == 0:
        return None
    op, sign = ("grade_gt", ">") if rising else ("grade_lt", "<")
    out.conditions.append(Condition(year, op, fields[i - 1], f"{field_label(year)} {sign} {field_label(fields[i - 1])}"))
    return out


def _pair_changed(m: re.Match, ctx: Context) -> Production | None:
    """Two years each with its grade and a word of change: the word must agree with the grades (a
    「上がった」 from A to B is a contradiction no condition should hide)."""
    befores = [_grade(g) for g in (m.group("g1"), m.group("g1b")) if g]
    afters, word = [_grade(g) for g in (m.group("g2"), m.group("g2b")) if g], m.group("word")
    rising = word.startswith(("上が", "改善", "向上"))
    falling = word.startswith(("下が", "悪化"))
    ranks = [_worse(b, a, ctx.grade_scale) for b in befores for a in afters]  # before worse than after: True
    if (any(r is None for r in ranks) or set(afters) & set(befores) or (rising and not all(ranks))
            or (falling and any(ranks))):
        return None  # a change the grades contradict (A to B 上がった), or grades no scale ranks
    out = Production(hints={"practice"})
    first, second = _year_fields(m.group("y1"), ctx, out), _year_fields(m.group("y2"), ctx, out)
    if not (first and second) or first[0] == second[0]:
        return None
    out.conditions += [_cond(first[0], "in", befores) if len(befores) > 1 else _cond(first[0], "=", befores[0]),
                       _cond(second[0], "in", afters) if len(afters) > 1 else _cond(second[0], "=", afters[0])]
    return out


def _worse(a: str, b: str, scale: tuple[str, ...]) -> bool | None:
    """Whether grade `a` ranks below `b`: letters S > A > B > C > D, marks by the index's legend (◎○△×,
    best first), else the marks' usual order; None when either is no grade of one scale."""
    for order in ("SABCD", "".join(scale), "◎○△×"):
        if a in order and b in order:
            return order.index(a) > order.index(b)
    return None


def _moved_every(m: re.Match, ctx: Context) -> Production | None:
    """「毎年上がり続けている」: every year the record's own report grades above (below) the year before it, over the
    span said (else every graded year of the index: another report's years are none of this record's)."""
    fields = _span_fields(m, ctx)
    if len(fields) < 2:
        return None
    word = m.group(m.re.groups)
    op = "rise_every" if word.startswith(("上が", "良く")) else "fall_every"
    what = "上がり続けている" if op == "rise_every" else "下がり続けている"
    label = f"{'→'.join(field_label(f) for f in fields)} で毎年{what}（その記録の資料が評価する年度）"
    return Production(conditions=[Condition("@grades", op, {"fields": fields}, label)], hints={"practice"})


def _moved(m: re.Match, ctx: Context) -> Production | None:
    """「評価が上がった」 with no years: from some year to the next (said in a note)."""
    word = m.group(1)
    op = "rise_any" if word.startswith("上が") else "fall_any"
    if word.endswith("なかった"):
        op = "no_" + op
    fields = ctx.grade_fields
    what = "上がった" if op.endswith("rise_any") else "下がった"
    label = f"いずれかの年度から翌年度に{what}" if not op.startswith("no_") else f"どの年度から翌年度にも{what}ことがない"
    note = f"年度の指定がないため「{word}」を{'・'.join(field_label(f) for f in fields)}の隣り合う年度の比較と解釈しました"
    return Production(conditions=[Condition("@grades", op, {"fields": fields}, label)], hints={"practice"},
                      notes=[note])


def _moved_both(m: re.Match, ctx: Context) -> Production | None:
    """「上がった年も下がった年も両方ある」: some year above its year before and some year below its own."""
    if m.group("w1") == m.group("w2") or len(ctx.grade_fields) < 3:
        return None
    fields = ctx.grade_fields
    return Production(conditions=[Condition("@grades", op, {"fields": fields}, f"いずれかの年度から翌年度に{what}")
                                  for op, what in (("rise_any", "上がった"), ("fall_any", "下がった"))], hints={"practice"})


def _moved_in_year(m: re.Match, ctx: Context) -> Production | None:
    """「R3に評価が下がった」「（令和2年度にAで）次の年に評価が下がった」: the grade of the year said against the year
    before it (that year's move, not a move of some year); a year with none before it reads nothing."""
    out = Production(hints={"practice"})
    said, fields = _year_fields(m.group("y"), ctx, out), ctx.grade_fields
    if len(said) != 1 or said[0] not in fields or fields.index(said[0]) == 0:
        return None
    year, before = said[0], fields[fields.index(said[0]) - 1]
    word = m.group("word")
    rising = word.startswith(("上が", "良く", "改善", "向上"))
    op, sign = ("grade_gt", ">") if rising else ("grade_lt", "<")
    if word.endswith("なかった"):
        op, sign = ("grade_le", "≤") if rising else ("grade_ge", "≥")
    out.conditions.append(Condition(year, op, before, f"{field_label(year)} {sign} {field_label(before)}"))
    return out


def _moved_since_year(m: re.Match, ctx: Context) -> Production | None:
    """「評価がR7より良くなった」: the latest graded year against the year said, where the latest is the very next
    one (R7 → R8); of a year further back the move could be to any later year, which is left unread."""
    out = Production(hints={"practice"})
    said, fields = _year_fields(m.group("y"), ctx, out), list(ctx.grade_fields)
    if len(said) != 1 or said[0] not in fields or fields.index(said[0]) != len(fields) - 2:
        return None
    year, after = said[0], fields[-1]
    rising = m.group("word").startswith(("上が", "良く", "改善"))
    op, sign = ("grade_gt", ">") if rising else ("grade_lt", "<")
    out.conditions.append(Condition(after, op, year, f"{field_label(after)} {sign} {field_label(year)}"))
    return out


def _one_year(m: re.Match, ctx: Context) -> Production | None:
    out = Production(hints={"practice"})
    fields = _year_fields(m.group(1), ctx, out)
    if not fields:
        return out
    grades = [_grade(m.group(2))] + ([_grade(m.group(3))] if m.group(3) else [])
    neg = bool(m.group(4))
    if m.group(5):  # 「A以外（BかC）」: the grades in brackets say what is meant (an ungraded year is not)
        grades, neg = [_grade(m.group(5))] + ([_grade(m.group(6))] if m.group(6) else []), False
    if len(grades) > 1:
        out.conditions.append(_cond(fields[0], "not_in" if neg else "in", grades))
    else:
        out.conditions.append(_cond(fields[0], "!=" if neg else "=", grades[0]))
    # 「R5ではAじゃなくなった」: a grade that became another that year (a change said of it): the year was graded
    # (an item no longer graded then, its cell 「-」, did not become anything).
    if neg and not m.group(5) and re.match(r"[\s\x1f]*(?:な[っりるら]|成[っりる])", m.string[m.end():]) \
            and re.search(r"(?:じゃ|では|で)なく$|でもなく$", m.group(4)):
        out.conditions.append(Condition(fields[0], "evaluated", None, f"{field_label(fields[0])} に評価あり"))
    return out


def _year_value(m: re.Match, ctx: Context) -> Production | None:
    out = Production()
    fields = _year_fields(m.group(1), ctx, out)
    if fields:
        out.value_field = fields[0]
    return out


def _overall(m: re.Match, ctx: Context) -> Production | None:
    """総合評価 (self_overall for initiatives): the grade field of the record itself."""
    grades = [_grade(m.group(2))] + ([_grade(m.group(3))] if m.group(3) else [])
    neg = bool(m.group(4))
    if len(grades) > 1:
        c = Condition("@overall", "not_in" if neg else "in", grades, f"総合評価 {'∉' if neg else '∈'} {'/'.join(grades)}")
    else:
        c = Condition("@overall", "!=" if neg else "=", grades[0], f"総合評価 {'≠' if neg else '='} {grades[0]}")
    # 自己評価 as the only grade a record has of itself is the 取組項目's (担当部署自己評価); a practice
    # item's is its 総合評価. Said with no kind word (「自己評価がAの取組」), it hints the 取組項目.
    return Production([c], hints={"initiative"} if m.group(1) in ("自己評価", "担当部署の自己評価") else set())


def _other_grade_words() -> dict[str, str]:
    """Word → field of the grade fields a kind declares besides its own 総合評価 (a summary list's 最終年度の評価)."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    return {w: f.name for rk in record_kinds().values() for f in rk.fields
            if isinstance(f, Field) and f.type == "grade" and f.name not in ("overall", "self_overall", "grade")
            for w in (f.label, *f.words) if len(w) >= 3}


_OTHER_GRADES = _other_grade_words()


def _named_grade_field(m: re.Match, ctx: Context) -> Production | None:
    """「最終年度の評価が◎」: a grade field of its own name, when the index holds it."""
    from assistant.labels import field_label

    fld = _OTHER_GRADES[m.group("f")]
    if fld not in ctx.all_fields:
        return None
    grades = [_grade(m.group(2))] + ([_grade(m.group(3))] if m.group(3) else [])
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    label = f"{field_label(fld)} = {'または'.join(grades)}"
    cond = Condition(fld, "=", grades[0], label) if len(grades) == 1 else Condition(fld, "in", grades, label)
    return Production([cond], hints=holders if len(holders) == 1 else set())


def _named_grade_bound(m: re.Match, ctx: Context) -> Production | None:
    """「最終評価が○以上」: the grades of the field's scale at or beyond the bound, when the index holds the field."""
    from assistant.labels import field_label

    fld = _OTHER_GRADES[m.group("f")]
    if fld not in ctx.all_fields:
        return None
    grades = _bounded(_grade(m.group("g")), m.group("cmp"), m.string, ctx.grade_scale, _held(ctx))
    if grades is None:
        return None
    holders = {k for k, cols in ctx.lex.columns.items() if fld in cols}
    return Production([Condition(fld, "in", grades, f"{field_label(fld)} ∈ {'/'.join(grades) or '（なし）'}")],
                      hints=holders if len(holders) == 1 else set())


def _grade_of_previous_groups(m: re.Match, ctx: Context) -> Production | None:
    prev = ctx.previous
    if prev is None or not re.fullmatch(r"[\x1f\s、,]*", m.string[:m.start()]):  # the grade is all the question says
        return None
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field
    from assistant.labels import field_label

    rk = record_kinds().get(prev.target)
    grade_fields = {f.name for f in getattr(rk, "fields", ()) if isinstance(f, Field) and f.type == "grade"}
    if prev.aggregate == "group" and prev.group_by in grade_fields:
        fld = prev.group_by
    elif not prev.aggregate and prev.value_field and (prev.value_field in grade_fields or is_year_field(prev.value_field)):
        # 「Nがつく実践項目、R5の評価見せて」→「Aのだけ」: a grade alone picks the rows of the grades just listed
        fld = prev.value_field
    else:
        return None
    g = _grade(m.group(1))
    return Production([Condition(fld, "=", g, f"{field_label(fld)} = {g}")])


def _grade_share(m: re.Match, ctx: Context) -> Production | None:
    if m.group("gap") and (ctx.query is None or ctx.query.aggregate != "ratio"):
        return None  # (what the share rule read is after it only when the question asks a share)
    earlier = list(ctx.so_far) + (list(ctx.previous.conditions) if ctx.previous is not None else [])
    years = {c.field for c in earlier if is_year_field(c.field) and c.op in ("evaluated", "not_empty")}
    fld = next(iter(years)) if len(years) == 1 else "@overall"
    from assistant.labels import field_label

    g = _grade(m.group(1))
    return Production([Condition(fld, "=", g, f"{field_label(fld) if fld != '@overall' else '総合評価'} = {g}")],
                      aggregate="ratio")


def _bare_grade(m: re.Match, ctx: Context) -> Production | None:
    """「A以外」「B評価」 with no field word: the 総合評価, or the grade of the one year the question
    is already about (「R4に評価がついてる実践項目のうち、Aじゃないのは」)."""
    years = {c.field for c in ctx.so_far if is_year_field(c.field) and c.op in ("evaluated", "not_empty")}
    fld, name = ("@overall", "総合評価") if len(years) != 1 else (next(iter(years)), "")
    if name == "":
        from assistant.labels import field_label
        name = field_label(fld)
    if m.group(4):
        return Production([Condition(fld, "=", _grade(m.group(4)), f"{name} = {_grade(m.group(4))}")])
    grades = [_grade(m.group(1))] + ([_grade(m.group(2))] if m.group(2) else [])
    if len(grades) > 1:
        return Production([Condition(fld, "not_in", grades, f"{name} ∉ {'/'.join(grades)}")])
    return Production([Condition(fld, "!=", grades[0], f"{name} ≠ {grades[0]}")])


# A yearly grade: a letter, or a mark of a report's own scale (◎○△×, ranked by the index's legends).
_MARKED = r"[A-DSＡ-ＤＳ◎○〇◯△×\ue000-\ue0ff]"
_BOUND = r"(?P<cmp>以上|以下|未満|より(?:上|下|良い|悪い|高い|低い)|を上回る|を下回る)"


def _bounded(grade: str, cmp: str, question: str, marks: tuple[str, ...] = (), held: frozenset[str] = frozenset(),
             ) -> list[str] | None:
    """The grades at or beyond a bound in the legend's order (A > B > C); D only when the question says it or the
    index holds items graded D (`held`: lexicon.letters_held).
    A mark of the index's own scale (`marks`, best first: ◎ > ○ > △ > ×) is bounded within that scale;
    a mark no legend ranks gives None (the bound is not read, never guessed)."""
    if grade in marks:  # (first: a letter scale of the index's own, S > A > B > C, ranks A second)
        scale = list(marks)
        ranks = {g: len(marks) - 1 - i for i, g in enumerate(marks)}
    elif grade in _RANK:
        scale = [g for g in _RANK if g != "D" or "D" in question.upper() or "D" in held]
        ranks = _RANK
    elif grade in marks:
        scale = list(marks)
        ranks = {g: len(marks) - 1 - i for i, g in enumerate(marks)}
    else:
        return None
    rank = ranks[grade]
    if cmp in ("以上",):
        return [g for g in scale if ranks[g] >= rank]
    if cmp in ("以下",):
        return [g for g in scale if ranks[g] <= rank]
    if cmp in ("未満",) or cmp.endswith(("下", "悪い", "低い", "下回る")):
        return [g for g in scale if ranks[g] < rank]
    return [g for g in scale if ranks[g] > rank]


def _held(ctx: Context) -> frozenset[str]:
    return getattr(getattr(ctx, "lex", None), "letters_held", frozenset())


def _overall_bound(m: re.Match, ctx: Context) -> Production | None:
    grades = _bounded(_grade(m.group("g")), m.group("cmp"), m.string, ctx.grade_scale, _held(ctx))
    if grades is None:
        return None
    return Production([Condition("@overall", "in", grades, f"総合評価 ∈ {'/'.join(grades) or '（なし）'}")])


def _year_bound(m: re.Match, ctx: Context) -> Production | None:
    grades = _bounded(_grade(m.group("g")), m.group("cmp"), m.string, ctx.grade_scale, _held(ctx))
    if grades is None:
        return None
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("year"), ctx, out)
    if fields:
        out.conditions.append(_cond(fields[0], "in", grades))
    if fields and m.group("rise"):
        # (risen from the year the question names before, else from the year before it)
        said = [y.fiscal_year for y in mentions((ctx.text or m.string)[:m.start()], ctx)]
        before = next((f for f in (ctx.year_field(fy) for fy in reversed(said)) if f and _fy(f) < _fy(fields[0])), None)
        if before is None and fields[0] in ctx.grade_fields and ctx.grade_fields.index(fields[0]) > 0:
            before = ctx.grade_fields[ctx.grade_fields.index(fields[0]) - 1]
        if before is None:
            return None
        out.conditions.append(Condition(fields[0], "grade_gt", before,
                                        f"{field_label(fields[0])} > {field_label(before)}"))
    return out


# 総合評価 and bare grades, applied after the departments and places (a letter may be part of a name).
OVERALL: list[Rule] = [
    # (before the record's own 総合評価: 「外部評価でＣ以下」 names its field, whose word ends in 評価)
    # 「最終評価が○以上」: a bound on a grade field of its own name, within the index's scale.
    Rule("named_grade_field_bound",
         r"(?P<f>" + "|".join(re.escape(w) for w in sorted(_OTHER_GRADES, key=len, reverse=True)) + r")(?:では|が|は|で|も)?"
         r"(?P<g>" + _MARKED + r")(?:評価)?" + _BOUND,
         _named_grade_bound,
         examples=(("最終評価が○以上", None),)),  # (no summary list in the examples' index: nothing)
    Rule("named_grade_field",
         r"(?P<f>" + "|".join(re.escape(w) for w in sorted(_OTHER_GRADES, key=len, reverse=True)) + r")(?:では|が|は|で|も)?{GRADE}"
         r"(?:(?:か|または|や|と|、|・|もしくは){GRADE})?(?:評価)?",
         _named_grade_field, negatable=True,
         examples=(("最終年度の評価がA", None),)),  # (no summary list in the examples' index: nothing)
    Rule("overall_grade_bound",
         r"(?:総合評価|総合ランク|総合判定|自己評価|担当部署の自己評価|評価|判定|ランク)(?:が|は|で|の)?(?P<g>[A-DSＡ-ＤＳ])(?:評価)?" + _BOUND,
         _overall_bound,
         examples=(("総合評価がB以下", {"conditions": [("@overall", "in", ["B", "C"])]}),
                   ("総合評価がB以上", {"conditions": [("@overall", "in", ["A", "B"])]}),
                   ("評価がBより下", {"conditions": [("@overall", "in", ["C"])]}),
                   ("総合評価がA未満", {"conditions": [("@overall", "in", ["B", "C"])]}))),
    Rule("overall_neither",
         r"(?:(?:総合評価|自己評価|評価|判定)(?:が|は)?)?{GRADE}(?:評価)?でも(?:なく)?[、,]?\s*{GRADE}(?:評価)?でも(?:ない|なく|なかった)",
         lambda m, ctx: Production([Condition("@overall", "not_in", [_grade(m.group(1)), _grade(m.group(2))],
                                              f"総合評価 ∉ {_grade(m.group(1))}/{_grade(m.group(2))}")]),
         examples=(("総合評価がAでもBでもない", {"conditions": [("@overall", "not_in", ["A", "B"])]}),)),
    Rule("overall_grade",
         # (「総括自己評価の総合評価がA」: the list's heading 総括自己評価 over the overall grade)
         r"(?:総括(?:自己評価)?の\s*)?(総合評価|総合ランク|総合判定|自己評価|担当部署の自己評価|評価|判定|ランク)(?:では|が|は|で|の|も)?{GRADE}"
         r"(?:(?:か|または|や|と|、|・|及び|および|もしくは){GRADE})?(?:評価)?({NEG})?",
         _overall, negatable=True,
         examples=(("総合評価がA以外", {"conditions": [("@overall", "!=", "A")]}),
                   ("総合評価ではAになった", {"conditions": [("@overall", "=", "A")]}),
                   ("総合評価がAかB", {"conditions": [("@overall", "in", ["A", "B"])]}),
                   ("総合評価がBじゃない", {"conditions": [("@overall", "!=", "B")]}),
                   ("総合評価がAじゃなくて", {"conditions": [("@overall", "!=", "A")]}),
                   ("評価がCではなかった", {"conditions": [("@overall", "!=", "C")]}),
                   ("自己評価もB", {"conditions": [("@overall", "=", "B")]}),
                   ("総括自己評価の総合評価がA", {"conditions": [("@overall", "=", "A")]}))),
    # 「総合評価の分布」→「そのうちAのものは？」: a grade alone picks that group of the distribution.
    Rule("grade_of_previous_groups",
         r"(?:^|(?<=[\x1f\s、,]))(?:では|じゃあ|その中で|そのうち|うち)?[、,]?[ 　]*{GRADE}(?:評価)?(?=(?:のもの|のだけ|の|のやつ|のは|は|だけ)?\s*(?:は|を|って)?\s*"
         r"(?:何件|いくつ|どれ|教えて|見せて|一覧)?[？?。]?\s*$)",
         _grade_of_previous_groups,
         examples=(("Aのもの", None),)),
    # 「令和5年度の評価がついてる実践項目のうち、Aは何％？」: the share of a grade alone (the share rule
    # read 「は何％」), of the one year the question or the answer before is about, else the 総合評価.
    Rule("grade_share",
         r"(?:^|(?<=[\x1f\s、,で])|(?<=うち))[ 　]*{GRADE}(?:評価)?"
         r"(?=(?:のもの|の|なの)?\s*(?P<gap>\x1f)|(?:のもの|の|なの)?(?:は|が)\s*(?:全体の)?\s*(?:何[％%割]|何パーセント))",
         _grade_share,
         examples=(("実践項目のうち、Aは何％", {"aggregate": "ratio", "conditions": [("@overall", "=", "A")]}),
                   ("そのうちBなのは何割", {"aggregate": "ratio", "conditions": [("@overall", "=", "B")]}),
                   ("Aの実践項目", None))),
    Rule("bare_grade",
         r"(?<![A-Za-z]){GRADE}(?:(?:か|または|や|、|・){GRADE})?(?:評価|判定|ランク)?({NEG})"
         r"|(?<![A-Za-z]){GRADE}(?:評価|判定|ランク)",
         _bare_grade,
         examples=(("A以外の", {"conditions": [("@overall", "!=", "A")]}),
                   ("B評価の", {"conditions": [("@overall", "=", "B")]}))),
]

_GRADE_AFTER = r"(?:の評価|の総合評価)?"
_CHANGE_WORD = (r"(上がった|上がらなかった|下がった|下がらなかった|良くな(?:った|っている)|悪くな(?:った|っている)|"
                r"変わらなかった|変わらない|変わっていない|変わってない|変わっていなかった|変わってなかった|変わった|同じ|変化(?:が|は)?な(?:い|かった)|変化した|変化があった|維持|"
                r"異なっている|異なった|異なる|違っている|違った|違う|"
                r"(?<=が|り|て|も)(?:高い|低い|良い|悪い)|(?<=を)(?:上回|下回)(?:っている|った|る))")

def _not_graded(m: re.Match, ctx: Context) -> Production | None:
    """「令和5年度の評価が付かなかった（「－」の）」: that year printed no grade (「-」 or blank)."""
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("year"), ctx, out)
    graded = m.group("graded") is not None
    if m.groupdict().get("excluded"):
        graded = not graded
    for fld in fields:
        if m.group("dash") and m.groupdict().get("excluded"):
            out.conditions.append(Condition(fld, "evaluated", None, f"{field_label(fld)} あり（「-」を除く）"))
            continue
        if m.group("dash"):  # 「4年度の自己評価欄が「-」」: the dash printed, not a blank cell (an item not yet added)
            out.conditions.append(Condition(fld, "in", list(_DASHES), f"{field_label(fld)} が「-」"))
            continue
        out.conditions.append(Condition(fld, "evaluated" if graded else "not_evaluated", None,
                                        f"{field_label(fld)} {'あり' if graded else 'なし（「-」または空欄）'}"))
    return out


_DASHES = ("-", "―", "‐", "ー", "－")


def _every_year_graded(m: re.Match, ctx: Context) -> Production | None:
    n = "一二三四五六七八九".find(m.group("n")) + 1 or int(m.group("n"))
    fields = ctx.grade_fields
    if n != len(fields):
        return None
    return Production([Condition(f, "evaluated", None, f"{field_label(f)} あり") for f in fields], hints={"practice"})


def _span_listed(m: re.Match, ctx: Context) -> Production | None:
    """「令和4年度から6年度まで3年とも載っている」: graded in every year of the span (a count said must be the span's)."""
    if len(mentions(m.group("y1"), ctx) + mentions(m.group("y2"), ctx)) != 2:
        return None
    fields = _span_fields(m, ctx)
    if m.group("n"):
        n = "一二三四五六七八九".find(m.group("n")) + 1 or int(m.group("n"))
        lo, hi = sorted(y.fiscal_year for y in mentions(m.group("y1"), ctx) + mentions(m.group("y2"), ctx))
        if n != hi - lo + 1:
            return None
    if not fields:
        return None
    return Production([Condition(f, "evaluated", None, f"{field_label(f)} あり（その年度の一覧に載っている）") for f in fields],
                      hints={"practice"})


def _span_graded(m: re.Match, ctx: Context) -> Production | None:
    """「R2からR4まで評価が空欄」: every year of the span printed no grade (or, said so, every one did)."""
    if not ("y1" in m.re.groupindex and len(mentions(m.group("y1"), ctx) + mentions(m.group("y2"), ctx)) == 2):
        return None
    graded = m.group("graded") is not None
    return Production([Condition(f, "evaluated" if graded else "not_evaluated", None,
                                 f"{field_label(f)} {'あり' if graded else 'なし（「-」または空欄）'}")
                       for f in _span_fields(m, ctx)], hints={"practice"})


# The record's overall grade as said beside a year's (総括の総合評価), and the words ranking one above the other.
_OVERALL_SAID = r"(?:総括の|全体の|最終的な|最終の)?総合評価"
_HIGHER_LOWER = r"高い|低い|良い|悪い|上|下|良く|悪く|高く|低く"  # (良くなった: better, said as a change)
_DASH = r"[\-―‐ー－]"
_DASH_NOTE = (r"(?:\s*[(（]\s*(?:[「『]?" + _DASH + r"[」』]?\s*(?:の|で|と)?(?:もの)?|(?:評価)?(?:なし|無し|未評価|空欄))\s*[)）])?")

def _year_vs_overall(m: re.Match, ctx: Context) -> Production | None:
    """「R4の評価と総括の総合評価が異なる」: a year's grade against the record's overall grade."""
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("year") or m.group("year2"), ctx, out)
    if not fields:
        return out
    cmp = m.group("cmp") or m.group("cmp2")
    same = re.match(r"同じ|一致(?!しない)|等し", cmp) is not None
    op = "grade_eq" if same else "grade_ne"
    out.conditions.append(Condition(fields[0], op, "overall",
                                    f"{field_label(fields[0])} {'=' if same else '≠'} 総合評価"))
    return out


def _year_above_overall(m: re.Match, ctx: Context) -> Production | None:
    """「R5の評価より総括の総合評価のほうが低い」「総合評価がR5より高い」: a year's grade ranked against the record's
    overall grade (each as the year's grade compared with it: R5評価 > 総合評価)."""
    out = Production(hints={"practice"})
    year = next(g for g in ("y1", "y2", "y3", "y4", "y5") if m.group(g))
    fields = _year_fields(m.group(year), ctx, out)
    if not fields:
        return out
    word = next(m.group(g) for g in ("c1", "c2", "c3", "c4", "c5") if m.group(g))
    higher = word.startswith(("高", "良", "上"))
    # (the overall grade said first, the year's after より: the year is the one said higher or lower)
    year_said_higher = higher if year in ("y2", "y4") else not higher  # (y5: the 総括 said higher or lower)
    op = "grade_gt" if year_said_higher else "grade_lt"
    own = [g for g in ctx.grade_scale if g.isascii() and g.isalpha()]
    order = " > ".join(own) if any(g not in "ABCD" for g in own) else "A > B > C"
    out.conditions.append(Condition(fields[0], op, "overall",
                                    f"{field_label(fields[0])} {'>' if op == 'grade_gt' else '<'} 総合評価（{order}）"))
    return out


def _either_year(m: re.Match, ctx: Context) -> Production | None:
    """「R4かR5のどちらかでC」: some one of the named years has the grade."""
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("years"), ctx, out)
    if len(fields) < 2:
        return None
    grade = _grade(m.group("g"))
    label = f"{'・'.join(field_label(f) for f in fields)} のいずれかが {grade}"
    out.conditions.append(Condition("@grades", "any_eq", {"fields": fields, "grade": grade}, label))
    return out


def _only_years_graded(m: re.Match, ctx: Context) -> Production | None:
    """「R5だけ評価がある」: that year graded, every other year of the index not."""
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("years"), ctx, out)
    if not fields:
        return None
    for f in ctx.grade_fields:
        graded = f in fields
        out.conditions.append(Condition(f, "evaluated" if graded else "not_evaluated", None,
                                        f"{field_label(f)} {'あり' if graded else 'なし（「-」または空欄）'}"))
    return out


def _names_kind_with_start(ctx: Context) -> bool:
    """Whether the question names a kind of records that print the year they began (開始年度) and grade no
    years: a start said of them is that field, not a first graded year of another kind."""
    from assistant.kinds import registry

    grades = set(ctx.grade_fields)
    for rk in registry.record_kinds().values():
        columns = ctx.lex.columns.get(rk.name, set())
        if "start_year" in columns and not columns & grades and any(w in ctx.text for w in (rk.label, *rk.words)):
            return True
    # (「そのうちR11から始まったものだけ」 after a list of such records: the kind the conversation is about)
    previous = ctx.previous.target if ctx.previous is not None else ""
    columns = ctx.lex.columns.get(previous, set()) if previous else set()
    return "start_year" in columns and not columns & grades


def _started_in(m: re.Match, ctx: Context) -> Production | None:
    """「R6から（新しく）始まった」: the item's first graded year is that one — graded then, and in no
    year of the index before it."""
    if _names_kind_with_start(ctx):
        return None  # (「令和8年度から始まる連携事業」: that kind's 開始年度, read by the starts rules)
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("year"), ctx, out)
    if len(fields) != 1:
        return None
    order = ctx.grade_fields
    earlier = order[:order.index(fields[0])] if fields[0] in order else []
    for f in earlier:
        out.conditions.append(Condition(f, "not_evaluated", None, f"{field_label(f)} なし（まだ始まっていない）"))
    out.conditions.append(Condition(fields[0], "evaluated", None, f"{field_label(fields[0])} あり（この年度に開始）"))
    return out


def _not_started_by(m: re.Match, ctx: Context) -> Production | None:
    """「令和元年度にはまだ始まってなかった」「R1に着手していない」: no grade that year nor any year
    before it (a list prints a blank, or 「-」, before an item starts). An item that ended earlier
    was graded before, so it is not one of them."""
    out = Production(hints={"practice"})
    fields = _year_fields(m.group("year"), ctx, out)
    if len(fields) != 1:
        return None
    order = ctx.grade_fields
    upto = order[:order.index(fields[0]) + 1] if fields[0] in order else fields
    for f in upto:
        out.conditions.append(Condition(f, "not_evaluated", None, f"{field_label(f)} なし（まだ始まっていない）"))
    return out


# Not started yet, as said of an item (始まってなかった, 着手していない, 未着手, 手を付けていない).
_NOT_STARTED = (r"(?:始ま(?:って)?(?:い)?な(?:い|かった)|始まらなかった|始まっておらず|着手(?:されて|して)?(?:い)?な(?:い|かった)|着手前|未着手"
                r"|開始(?:されて|して)(?:い)?な(?:い|かった)|手(?:を|が)?(?:付けて|つけて|着けて)(?:い)?な(?:い|かった))")


def _steps(m: re.Match, ctx: Context) -> Production | None:
    """「R2からR5で評価が2段階上がった」: the later year's grade at least n steps above (below) the earlier."""
    out = Production(hints={"practice"})
    first, second = _year_fields(m.group("y1"), ctx, out), _year_fields(m.group("y2"), ctx, out)
    if not first or not second:
        return None
    n = int(m.group("n"))
    up = m.group("dir").startswith(("上", "良"))
    op = "grade_rise_by" if up else "grade_fall_by"
    label = f"{field_label(first[0])}から{field_label(second[0])}で{n}段階以上{'上がった' if up else '下がった'}"
    out.conditions.append(Condition(second[0], op, [first[0], n], label))
    return out


def _steps_from_last_year(m: re.Match, ctx: Context) -> Production | None:
    """「前年度から評価が2段階以上上がった」: from the year before the latest graded year to that year. The latest
    year is the latest any report grades (the report of the newest year); the year before it is that report's
    own year before it. Said in a note; nothing read when no report grades two years."""
    from assistant.text.wareki import label_fiscal_year

    graded = [ys for ys, _ in ctx.lex.graded_years.values() if len(ys) >= 2]
    if not graded:
        return None
    latest = max(graded, key=lambda ys: (label_fiscal_year(ys[-1]) or 0, len(ys)))
    first, second = latest[-2].lower(), latest[-1].lower()
    if first not in ctx.grade_fields or second not in ctx.grade_fields:
        return None
    n = int(m.group("n"))
    up = m.group("dir").startswith(("上", "良"))
    op = "grade_rise_by" if up else "grade_fall_by"
    label = f"{field_label(first)}から{field_label(second)}で{n}段階以上{'上がった' if up else '下がった'}"
    out = Production([Condition(second, op, [first, n], label)], hints={"practice"})
    out.notes.append(f"「前年度から」を{latest[-2]}から{latest[-1]}（評価のある最新の年度）と読みました")
    return out


class _AgainstOther:
    """「令和5年度にBで、令和4年度より評価が下がった」: the base year in the match, the year compared
    written elsewhere in the question (exactly one other year, else nothing is read)."""

    def __init__(self, m: re.Match, other: str) -> None:
        self.m, self.other = m, other

    def group(self, n: int = 0) -> str:
        return {1: self.m.group("base"), 2: self.other, 3: self.m.group("word")}.get(n) or self.m.group(0)


def _change_against_other(m: re.Match, ctx: Context) -> Production | None:
    from assistant.query.grammar import YEAR

    others = {y.group(0).strip() for y in re.finditer(YEAR, m.string)
              if y.end() <= m.start() or y.start() >= m.end()}
    if len(others) != 1:
        return None
    return _change(_AgainstOther(m, others.pop()), ctx)


def _change_against_year_before(m: re.Match, ctx: Context) -> Production | None:
    """「令和5年度に前年より評価が下がった」: 前年 is the year before the one year the question says
    (exactly one, else nothing is read and 前年 stays unused)."""
    from assistant.query.grammar import YEAR

    prior = m.groupdict().get("prior")
    if prior:  # 「前年度（R5）より下がった」: the year before said in brackets; the year compared is the one after it
        years = {y.fiscal_year for y in mentions(prior)}
        if len(years) != 1:
            return None
        before = years.pop()
        return _change(_AgainstOther(_Based(m, fy_label(before)), fy_label(before + 1)), ctx)
    others = [y for y in re.finditer(YEAR, m.string) if y.end() <= m.start() or y.start() >= m.end()]
    said = {y.fiscal_year for o in others for y in mentions(o.group(0))}
    if not said and ctx.grade_fields and "judgement_previous" not in ctx.all_fields:
        # (a committee's judgement printed beside the year before's, 「（前年度：B）」, is compared by its own reading)
        # 「前年度より評価が上がった」 with no year: a move from some year to the next (the records of two years, the
        # last one's), the year meant left unsaid — answered, but not as exact (「前年度」 read loosely)
        word = m.group("word")
        op = "rise_any" if word.startswith(("上が", "良く", "改善")) else "fall_any"
        if word.endswith("なかった"):
            op = "no_" + op
        what = "上がった" if op.endswith("rise_any") else "下がった"
        label = f"いずれかの年度から翌年度に{what}" if not op.startswith("no_") else f"どの年度から翌年度にも{what}ことがない"
        said_base = re.match(r"(?:その)?(?:前年度?|前の年度?)", m.group(0))
        if m.groupdict().get("some") and not op.startswith("no_"):
            # 「前年度より上がった年がある」: each year against its own year before, said so: nothing read loosely
            return Production(conditions=[Condition("@grades", op, {"fields": ctx.grade_fields}, label)], hints={"practice"},
                              notes=[f"「{m.group(0)}」を、いずれかの年度で前年度より{what}ものと読みました"])
        return Production(conditions=[Condition("@grades", op, {"fields": ctx.grade_fields}, label)], hints={"practice"},
                          unused=[said_base.group(0)] if said_base else [],
                          notes=[f"年度の指定がないため「{m.group(0)}」を隣り合う年度の比較と解釈しました"])
    if len(said) != 1:
        return None
    year = said.pop()
    return _change(_AgainstOther(_Based(m, fy_label(year - 1)), fy_label(year)), ctx)


class _Based:
    """A match whose base year is given (the year before the one said), not written in it."""

    def __init__(self, m: re.Match, base: str) -> None:
        self.m, self.base = m, base

    def group(self, name: int | str = 0) -> str:
        return self.base if name == "base" else self.m.group(name)


def _dash_read_as(m: re.Match, ctx: Context) -> Production | None:
    """「（「-」の年度はA以外として扱う）」: how the asker reads a year with no grade. A year graded no
    letter is none of the grades, which is how every grade rule reads it: said so, nothing changes; read
    as a grade (「Cとみなす」), it cannot be applied and is said unused."""
    if _NO_GRADE_READING.fullmatch(m.group("as").strip()):
        return Production(notes=["「-」（評価なし）の年度は、どの評価にも当たらない年度として読みました"])
    return Production(unused=[m.group(0).strip("(（)） ")])


# What a no-grade year is read as, that is what the rules read it as: none of the grades, or no grade.
_NO_GRADE_READING = compiled(r"(?:" + _MARKED + r"(?:評価)?\s*(?:以外|でない|ではない|じゃない)(?:の年度|もの)?"
                             r"|評価なし|評価無し|未評価|評価がない|該当なし|対象外)")


RULES: list[Rule] = [
    # 「（完了済みで「－」のものは除いて）」 beside a year's figure: the items a dash stands for (the year after their
    # completion) have no figure of the year; leaving them out is what reading the year's figures does already.
    Rule("dashes_of_completed_left_out",
         r"[（(]?\s*(?:完了|終了)済み?(?:の項目)?(?:で|の)?\s*[「『]?" + _DASH + r"[」』]?\s*(?:の|に(?:なって|なった)(?:いる)?)?\s*(?:もの|項目|やつ)?\s*(?:は|を)\s*"
         r"(?:除いて|除く|除き|除外して|除外)\s*[）)]?",
         lambda m, ctx: Production(),
         examples=(("（完了済みで－のものは除いて）", {}), ("完了済みのもの", None))),
    # (a clarification said in brackets, 「「-」の年度はA以外として扱う」: how a dash year is read)
    Rule("dash_read_as",
         r"[(（]\s*[「『]?" + _DASH + r"[」』]?\s*(?:の年度|の年|の欄|の評価)?\s*(?:は|も)\s*(?P<as>[^()（）]{1,16}?)\s*"
         r"(?:として|と)\s*(?:扱う|扱い|扱って|扱います|扱った|みなす|みなし|見なす|数える|考える)\s*[)）]",
         _dash_read_as,
         examples=(("(「-」の年度はA以外として扱う)", {}),
                   ("(-の年はCとみなす)", {"unused": ["-の年はCとみなす"]}))),
    Rule("year_plan_stage",
         _PLAN_SAID + r"[「『\"]?(?!何|どう|いつ|いくつ)(?P<v>[一-龥ァ-ヶー]{1,8}?)[」』\"]?(?=だった|だ|です|の|と|に|で|な|[?？。、\s]|$)",
         _plan_stage,
         examples=(("令和5年度の計画が「検討」", None),)),  # (no year's plan in the examples' index: nothing)
    Rule("grade_of_year_bound",
         r"(?P<year>{YEAR})(?:度)?\s*(?:の)?(?:総合評価|自己評価|年度評価|評価|達成度|判定|ランク|グレード)?(?:で|が|は|に|も|の)?(?:は|が|も)?\s*"
         r"(?P<g>" + _MARKED + r")(?:評価|判定|ランク)?" + _BOUND + r"(?:\s*(?:に|へ|まで)\s*(?P<rise>上がった))?",
         _year_bound,
         examples=(("R4の評価がB以下", {"conditions": [("r4", "in", ["B", "C"])]}),
                   # 「…だったがR4にB以上に改善した」: the bound, and better than the year said before it
                   ("R3はCだったがR4にB以上に改善した", {"conditions": [("r4", "in", ["A", "B"]), ("r4", "grade_gt", "r3")]}),
                   # a report grading its years ◎○△× (its legend: ◎ best): bounded in that scale
                   ("R4の達成度が△以下", {"conditions": [("r4", "in", ["△", "×"])]}),
                   ("R3が◯以上", {"conditions": [("r3", "in", ["◎", "○"])]}),
                   ("令和3年度がB以上", {"conditions": [("r3", "in", ["A", "B"])]}),
                   ("R5の評価がAより下", {"conditions": [("r5", "in", ["B", "C"])]}))),
    Rule("grade_steps",
         r"(?P<y1>{YEAR})\s*(?:から|→|〜)\s*(?P<y2>{YEAR})\s*(?:で|に|まで|にかけて|の間に)?\s*(?:評価|ランク|判定)?(?:が|は)?\s*"
         r"(?P<n>\d)\s*(?:段階|ランク|つ)(?:も|以上)?\s*(?P<dir>上が|下が|良くな|悪くな)",
         _steps,
         examples=(("R2からR5で評価が2段階上がった", {"conditions": [("r5", "grade_rise_by", ["r2", 2])]}),)),
    # 「前年度から評価が2段階以上上がった」: no year said; the year before the latest graded year to that year.
    Rule("grade_steps_from_last_year",
         r"(?:前年度|前年|昨年度)\s*(?:から|より|と比べて|と比べ|に比べて|比で?)\s*(?:の)?\s*(?:評価|ランク|判定)?(?:が|は)?\s*"
         r"(?P<n>\d)\s*(?:段階|ランク|つ)(?:も|以上)?\s*(?P<dir>上が|下が|良くな|悪くな)",
         _steps_from_last_year,
         # (examples without two graded years read nothing: see test_points_graded_sheet.py)
         examples=(("前年度から評価が2段階以上上がった", None),)),
    Rule("grade_either_year",
         r"(?P<years>{YEAR}(?:\s*(?:か|または|又は|もしくは|、|・)\s*{YEAR})+)\s*(?:の)?\s*(?:どちらか|いずれか|どっちか)(?:の年度)?"
         r"(?:で|が|に|は)?\s*(?:の)?(?:評価|判定|ランク)?(?:が|は)?\s*(?P<g>[A-DSＡ-ＤＳ\ue000-\ue0ff])(?:評価|判定)?",
         _either_year,
         examples=(("R4かR5のどちらかでC", {"conditions": [("@grades", "any_eq", {"fields": ["r4", "r5"], "grade": "C"})]}),)),
    # 「令和5年度か令和6年度にC評価があった」: years said as alternatives (か, または) are the same question
    # as with どちらか.
    Rule("grade_alternative_years",
         r"(?P<years>{YEAR}(?:\s*(?:か|または|又は|もしくは)\s*{YEAR})+)\s*(?:に|で|の)\s*(?:の)?(?:評価|判定|ランク)?(?:が|は)?\s*"
         r"(?P<g>[A-DSＡ-ＤＳ\ue000-\ue0ff])(?:評価|判定)?",
         _either_year,
         examples=(("令和5年度か令和6年度にC評価があった", {"conditions": [("@grades", "any_eq", {"fields": ["r5", "r6"], "grade": "C"})]}),
                   ("R3またはR4の評価がB", {"conditions": [("@grades", "any_eq", {"fields": ["r3", "r4"], "grade": "B"})]}))),
    Rule("only_years_graded",
         r"(?P<years>{YEAR}(?:\s*(?:と|、|・)\s*{YEAR})*)\s*(?:だけ|のみ)(?:に|で)?\s*(?:評価|判定|ランク)(?:が|は)?\s*"
         r"(?:ある|あり|付いている|ついている|ついてる|付いてる|付いた|ついた)",
         _only_years_graded,
         examples=(("R5だけ評価がある", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                     ("r4", "not_evaluated", None), ("r5", "evaluated", None)]}),)),
    # 「R6から新しく始まった」「令和6年度から開始した」: started that year (graded then, not before).
    Rule("started_in_year",
         # (「R5から評価が始まった」: the grades begin that year, as the item does)
         r"(?P<year>{YEAR})(?:度)?\s*(?:から|より)\s*(?:新しく|新たに|新規に)?\s*(?:(?:評価|取組|取り組み)(?:が|は)\s*)?"
         r"(?:始ま(?:った|る|っている)|開始(?:した|された|する|している)|スタート(?:した|する|している)|始めた|始める)",
         _started_in,
         examples=(("R4から新しく始まった", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                        ("r4", "evaluated", None)]}),
                   ("R3から開始した", {"conditions": [("r2", "not_evaluated", None), ("r3", "evaluated", None)]}),
                   ("R5から評価が始まった", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                   ("r4", "not_evaluated", None), ("r5", "evaluated", None)]}),
                   ("R3からR5まで", None))),
    # 「令和元年度にはまだ始まってなかった」: no grade that year nor before (a blank before the item started).
    Rule("not_started_by_year",
         r"(?P<year>{YEAR})(?:度)?\s*(?:の時点で|時点で|の段階で|に|では|で)?\s*(?:は|も)?\s*(?:まだ)?\s*" + _NOT_STARTED,
         _not_started_by,
         examples=(("令和4年度にはまだ始まってなかった", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                                ("r4", "not_evaluated", None)]}),
                   ("R3に着手してなかった", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None)]}),
                   ("R4にはまだ始まってなかった", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                          ("r4", "not_evaluated", None)]}),
                   ("R2の時点で未着手", {"conditions": [("r2", "not_evaluated", None)]}),
                   ("R3から始まった", None))),
    Rule("year_grade_vs_overall",
         r"(?P<year>{YEAR})(?:の)?(?:年度)?評価と\s*(?:総括の|全体の|最終的な|最終の|担当部署の)?(?:総合評価|自己評価|担当部署評価)(?:が|は|と)?\s*"
         r"(?P<cmp>異なる|違う|違っている|異なっている|一致しない|同じ|一致する|一致している|等しい)"
         r"|(?:担当部署の|自己評価の)?(?:総合評価|自己評価|担当部署評価)と\s*(?P<year2>{YEAR})(?:の)?(?:年度)?評価(?:が|は|と)?\s*"
         r"(?P<cmp2>異なる|違う|違っている|異なっている|一致しない|同じ|一致する|一致している|等しい)",
         _year_vs_overall,
         examples=(("R4の評価と総括の総合評価が異なる", {"conditions": [("r4", "grade_ne", "overall")]}),
                   ("R5の評価と総合評価が同じ", {"conditions": [("r5", "grade_eq", "overall")]}),
                   ("自己評価の総合評価とR5の評価が違う", {"conditions": [("r5", "grade_ne", "overall")]}))),
    Rule("year_grade_above_overall",
         r"(?P<y1>{YEAR})(?:の)?(?:年度)?(?:評価)?(?:より|よりも|に比べて|と比べて)(?:も)?[、,]?\s*" + _OVERALL_SAID
         + r"(?:の方|のほう)?(?:が|は)\s*(?P<c1>" + _HIGHER_LOWER + r")"
         r"|" + _OVERALL_SAID + r"(?:より|よりも|に比べて|と比べて)(?:も)?[、,]?\s*(?P<y2>{YEAR})(?:の)?(?:年度)?(?:評価)?(?:の方|のほう)?(?:が|は)\s*"
         r"(?P<c2>" + _HIGHER_LOWER + r")"
         r"|" + _OVERALL_SAID + r"(?:が|は)\s*(?P<y3>{YEAR})(?:の)?(?:年度)?(?:評価)?(?:より|よりも)(?:も)?\s*(?P<c3>" + _HIGHER_LOWER + r")"
         r"|(?P<y4>{YEAR})(?:の)?(?:年度)?(?:評価)?(?:が|は)\s*" + _OVERALL_SAID + r"(?:より|よりも)(?:も)?\s*(?P<c4>" + _HIGHER_LOWER + r")"
         # (「総合評価がR5より総括のほうが上がってる」: the sheet's row of a year against its 総括 row, the 総合評価)
         r"|(?:総合評価|自己評価)(?:が|は|で)\s*(?P<y5>{YEAR})(?:の)?(?:年度)?(?:評価)?(?:より|よりも|に比べて|と比べて)(?:も)?[、,]?\s*"
         r"総括(?:の方|のほう)?(?:が|は|で)\s*(?P<c5>" + _HIGHER_LOWER + r"|上が(?:って(?:い)?る|った)|下が(?:って(?:い)?る|った|っちゃった))",
         _year_above_overall,
         examples=(("R5の評価より総括の総合評価のほうが低い", {"conditions": [("r5", "grade_gt", "overall")]}),
                   ("総合評価がR5の評価より高い", {"conditions": [("r5", "grade_lt", "overall")]}),
                   ("総合評価よりR4の評価のほうが良い", {"conditions": [("r4", "grade_gt", "overall")]}),
                   ("R3の評価が総合評価より低い", {"conditions": [("r3", "grade_lt", "overall")]}),
                   ("総合評価がR5より総括のほうが上がってる", {"conditions": [("r5", "grade_lt", "overall")]}),
                   ("総括の総合評価がR5の評価より良くなった", {"conditions": [("r5", "grade_lt", "overall")]}))),
    # 「4年とも評価がついてて」: every year of the index (as many as said) graded.
    Rule("every_year_graded",
         r"(?P<n>[1-9一二三四五六七八九])\s*(?:年度?|か年)(?:とも|全部|すべて|全て|分とも|分すべて)\s*(?:に)?(?:評価|判定)(?:が|は)?\s*"
         r"(?:付いて|ついて|入って|出て|あり|ある)",
         _every_year_graded,
         examples=(("4年とも評価がついてて", {"conditions": [("r2", "evaluated", None), ("r3", "evaluated", None),
                                                       ("r4", "evaluated", None), ("r5", "evaluated", None)]}),
                   ("3年とも評価がついて", None))),  # three of the index's four years: which, is not said
    # 「令和4年度から6年度まで3年とも載っている」: the items on every year's list of the span (graded each year of it).
    Rule("every_year_of_span_listed",
         r"(?P<y1>{YEAR})\s*(?:から|〜|～|~)\s*(?P<y2>{YEAR})\s*(?:まで)?(?:の間)?[、,]?\s*(?:(?P<n>[1-9一二三四五六七八九])\s*(?:年度?|か年)(?:間)?)?\s*"
         r"(?:とも|すべて|全て|全部|ずっと|毎年度?|いずれも|どの年度?にも)\s*(?:に)?(?:一覧に|表に|リストに)?\s*"
         r"(?:載って|のって|掲載されて|記載されて|出て|あ(?:る|った))",
         _span_listed,
         examples=(("令和4年度から令和5年度まで2年とも載っている", {"conditions": [("r4", "evaluated", None),
                                                                    ("r5", "evaluated", None)]}),
                   ("令和4年度から令和5年度まで3年とも載っている", None))),  # (a count the span does not have)
    # 「R2からR4まで-になってる」: the no-grade dash over a span, no word for 評価 said.
    Rule("dash_over_span",
         r"(?P<y1>{YEAR})\s*(?:から|〜|～|~)\s*(?P<y2>{YEAR})\s*(?:まで|にかけて)?(?:の間)?\s*(?:ずっと|すべて|全て|全部)?\s*(?:が|は)?\s*"
         r"[「『]?" + _DASH + r"[」』]?(?P<graded>(?!x)x)?(?=\s*(?:の|で|だった|と|[(（]|に(?:なって|なった|なる)|$))",
         lambda m, ctx: _span_graded(m, ctx),
         examples=(("R2からR4まで-になってる", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                         ("r4", "not_evaluated", None)]}),
                   ("R2からR4までA", None))),
    Rule("grades_not_given_over_span",
         r"(?P<y1>{YEAR})\s*(?:から|〜|～|~)\s*(?P<y2>{YEAR})\s*(?:まで|の間)?(?:の|に|で|は)?\s*(?:ずっと|いずれも|どれも|すべて|全て)?\s*"
         r"(?:評価|判定)(?:が|は)?\s*(?:ずっと|いずれも|どれも|すべて|全て)?\s*"
         r"(?:(?P<graded>付いている|ついている|付いてる|ついてる|ある|あり)|付いていない|ついていない|付いてない|ついてない"
         r"|含まれない|含まれていない|付かなかった"
         # (「R2からR4まで評価がなく、R5から…」: the clause joined on by its 連用形, as grade_not_given reads it)
         r"|つかなかった|なかった|ない|なし|無し|なく(?:て)?(?=[、,\s])|未評価|空欄|空白|[「『]?" + _DASH + r"[」』]?(?=\s*(?:の|で|だった|と|[(（]|に(?:なって|なった|なる)|$)))",
         lambda m, ctx: _span_graded(m, ctx),
         examples=(("R2からR4まで評価が空欄", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                         ("r4", "not_evaluated", None)]}),
                   ("R2からR4まで評価がなく、R5から", {"conditions": [("r2", "not_evaluated", None), ("r3", "not_evaluated", None),
                                                              ("r4", "not_evaluated", None)]}),
                   ("R3〜R5の評価がずっとついている", {"conditions": [("r3", "evaluated", None), ("r4", "evaluated", None),
                                                              ("r5", "evaluated", None)]}),
                   ("R2からR4まで評価がA", None))),
    Rule("grade_not_given",
         # (「R4 評価 -」: keyword style, the year and its grade word typed apart, the dash a word of its own)
         # (「令和5年度の総合評価の欄が「-」」: the grade's column named, its cell meant)
         r"(?P<year>{YEAR})(?:\s*(?:の|に|で|には|では|は|が|も)?(?:総合評価|自己評価|評価|グレード|判定)(?:の?(?:欄|セル|列))?(?:が|は|の|で)?|が|は|(?:に|には)(?=実施|取り組)"
         # (「2023年度には取組がなかった（－）」: a legend's 「－」 = 当該年度に取組がない)
         r"|(?:に|には|は|では|で)?(?:取組|取り組み|取組み|計画)(?:が|は)?(?=なかった|ない|なし|無し|なく(?:て)?[、,\s]))\s*"
         # (「評価が入っていない」 comes here as 含まれない, 「入っている」 as 含む: canon.py)
         # (a legend's 「―：当該年度に取組を実施していない」: a year not carried out is a year without a grade)
         r"(?:(?P<graded>付いた|ついた|付いている|ついている|付いてる|ついてる|ある|あり|含む(?=\s*(?:の|もの|実践|[?？]|$))"
         # (「2029年度に評価対象だった」: graded that year)
         r"|対象だった|対象であった|対象となった|対象になった|対象の(?=\S)"
         r"|実施した|取り組んだ|取り組んでいる)|実施していない|実施しなかった|実施されていない|取り組んでいない|取り組まなかった"
         r"|付かなかった|つかなかった"
         r"|付いていない|ついていない|付いてない|ついてない|含まれない|含まれていない|含まれなかった"
         # (「2023年度は評価の対象外」: a legend's 「－」 = 評価対象外)
         r"|付けられていない|なかった|ない|なし|無し|なく(?:て)?(?=[、,\s])|未評価|対象外|空欄|空白|(?P<dash>[「『]?" + _DASH + r"[」』]?)(?=\s*(?:の|で|だった|と|[(（]|に(?:なって|なった|なる)|$)|\s))" + _DASH_NOTE
         # (「（2029年度の評価がないものは除く）」: the records without it left out, i.e. those with it)
         + r"(?P<excluded>\s*(?:もの|項目|の|やつ)?\s*(?:は|を)\s*(?:除く|除いて|除き|除外して|除外する|除外))?",
         _not_graded,
         examples=(("令和5年度の評価が付かなかった（「-」の）", {"conditions": [("r5", "not_evaluated", None)]}),
                   ("令和5年度は実施していない（―）", {"conditions": [("r5", "not_evaluated", None)]}),
                   ("2023年度には取組がなかった（－）", {"conditions": [("r5", "not_evaluated", None)]}),
                   # (a year the item had no plan for prints 「－」 in every column)
                   ("令和5年度には計画がなく、", {"conditions": [("r5", "not_evaluated", None)]}),
                   ("令和5年度に取り組んだのに", {"conditions": [("r5", "evaluated", None)]}),
                   ("R4の評価がついていない", {"conditions": [("r4", "not_evaluated", None)]}),
                   ("R5の評価が入っていない（-の）", {"conditions": [("r5", "not_evaluated", None)]}),
                   ("R5の評価が入っている", {"conditions": [("r5", "evaluated", None)]}),
                   ("（R5の評価がないものは除く）", {"conditions": [("r5", "evaluated", None)]}),
                   ("R5に評価対象だった", {"conditions": [("r5", "evaluated", None)]}),
                   ("R3が「-」の", {"conditions": [("r3", "in", ["-", "―", "‐", "ー", "－"])]}),
                   ("R3の評価がある", {"conditions": [("r3", "evaluated", None)]}),
                   ("R3がAの", None), ("R4でない", None), ("R4に評価がついてる", {"conditions": [("r4", "evaluated", None)]}),
                   ("R4は評価なし(-)になってる", {"conditions": [("r4", "not_evaluated", None)]}),
                   ("R5が-になってるのは", {"conditions": [("r5", "in", ["-", "―", "‐", "ー", "－"])]}),
                   ("令和5年度の総合評価の欄が「-」になっている", {"conditions": [("r5", "in", ["-", "―", "‐", "ー", "－"])]}),
                   ("R4 評価 - 件数", {"conditions": [("r4", "in", ["-", "―", "‐", "ー", "－"])]}),
                   ("令和3年度は評価の対象外だった", {"conditions": [("r3", "not_evaluated", None)]}))),
    Rule("grade_change",
         r"({YEAR})" + _GRADE_AFTER + r"(?:より|から|に比べて|と比べて|と比較して|と)\s*({YEAR})"
         r"\s*(?:にかけて|まで|で|の|は|が|に|では|も)*(?:(?:のほうが|の方が|ほうが|方が)\s*)?"
         # (a grade printed as progress words, 順調 / やや遅れ: 「進捗の評価が下がった」「進捗状況が下がった」)
         r"(?:(?:進捗状況|進捗)(?:の)?)?(?:評価|総合評価|自己評価|年度評価|グレード|ランク|判定|点数|評価点)?"
         r"(?:が|は|も|を|のほうが|の方が)?\s*" + _CHANGE_WORD,
         _change,
         examples=(("R3よりR4の評価が上がった", {"conditions": [("r4", "grade_gt", "r3")]}),
                   # (「評価を下げた」: the record's own grade it lowered, said with を)
                   ("令和2年度から令和3年度にかけて評価を下がった", {"conditions": [("r3", "grade_lt", "r2")]}),
                   ("R6からR7にかけて進捗の評価が下がった", {"conditions": [("r7", "grade_lt", "r6")]}),
                   ("R5からR6にかけて進捗状況が上がった", {"conditions": [("r6", "grade_gt", "r5")]}),
                   ("R2とR5で評価変わってない", {"conditions": [("r5", "grade_eq", "r2")]}),
                   ("令和2年度より令和5年度のほうが点数が下がった", {"conditions": [("r5", "grade_lt", "r2")]}),
                   ("R4からR5で下がった", {"conditions": [("r5", "grade_lt", "r4")]}),
                   ("R2とR3で変わらなかった", {"conditions": [("r3", "grade_eq", "r2")]}),
                   ("R3とR4の評価が違う", {"conditions": [("r4", "grade_ne", "r3")]}),
                   ("R3とR4で評価が異なる", {"conditions": [("r4", "grade_ne", "r3")]}),
                   ("R3よりR4の評価が上がらなかった", {"conditions": [("r4", "grade_le", "r3")]}),
                   ("令和3年度から令和4年度にかけて評価が悪化した", {"conditions": [("r4", "grade_lt", "r3")]}),
                   ("R2よりR4の評価のほうが高い", {"conditions": [("r4", "grade_gt", "r2")]}),
                   ("R3よりR5の評価の方が低い", {"conditions": [("r5", "grade_lt", "r3")]}),
                   ("R3よりR5のほうが評価が低い", {"conditions": [("r5", "grade_lt", "r3")]}),
                   ("R2とR4で評価が高い", None),
                   ("R3からR4で自己評価が下がった", {"conditions": [("r4", "grade_lt", "r3")]}),
                   # (a fragment typed with a space: 「R3→R4 で評価上がったやつ」)
                   ("R3→R4 で評価上がったやつ", {"conditions": [("r4", "grade_gt", "r3")]}),
                   # (a learner's slips: を left out before くらべて, 上がるした for 上がった, グレード for 評価)
                   ("R4年度とR5年度くらべて、グレードが上がるした", {"conditions": [("r5", "grade_gt", "r4")]}))),
    Rule("grade_change_compared",
         r"({YEAR})" + _GRADE_AFTER + r"(?:が|は)\s*({YEAR})(?:の評価)?(?:より|を(?=上回|下回)|に比べて|と比べて|と比較して)(?:も)?\s*"
         + _CHANGE_WORD,
         lambda m, ctx: _change(_Swapped(m), ctx),
         examples=(("R4の評価がR3より悪くなった", {"conditions": [("r4", "grade_lt", "r3")]}),
                   ("R4の評価がR2より高い", {"conditions": [("r4", "grade_gt", "r2")]}),
                   ("令和5年度の評価が令和4年度より上がった", {"conditions": [("r5", "grade_gt", "r4")]}),
                   ("令和4年度の評価が令和2年度を下回っている", {"conditions": [("r4", "grade_lt", "r2")]}))),
    # 「令和7年度から令和9年度までの間に×がついた」: a grade some year within the span got (not every year: no
    # ずっと / すべて / 連続 said), read before grade_span, which would read the span as every year.
    Rule("grade_within_span",
         r"(?P<y1>{YEAR})\s*(?:から|〜|-)\s*(?P<y2>{YEAR})\s*(?:まで)?\s*(?:の間|のあいだ|の期間)(?:に|で)?\s*[、,]?\s*"
         r"(?:の?評価(?:で|に)?\s*)?(?P<g1>" + _MARKED + r")(?:評価|判定)?(?:が|を)?\s*"
         r"(?:(?:とっ|取っ|もらっ|受け|つい|付い)(?:て|た)|ある|あった)",
         _any_span,
         examples=(("R3からR5までの間にCがついた", {"conditions": [("@grades", "any_eq", {"fields": ["r3", "r4", "r5"],
                                                                                   "grade": "C"})]}),
                   ("令和2年度から令和3年度のあいだに△があった", {"conditions": [("@grades", "any_eq",
                                                                    {"fields": ["r2", "r3"], "grade": "△"})]}),
                   ("R2からR4までの間ずっとA", None))),
    Rule("grade_span",
         r"({YEAR})\s*(?:から|〜|-)\s*({YEAR})\s*(?:まで|にかけて)?\s*[、,]?\s*(?:の間|の\d+(?:か|ヵ|カ|ケ|ヶ)?年(?:間|度)?|\d+(?:か|ヵ|カ|ケ|ヶ)?年(?:間|度)?|の間に)?"
         # (「R2～R5の全年度を通じてA評価を維持した」: every year of the span said in words)
         r"(?:ずっと|すべて|全て|全部|毎年|\d+年度?連続で?|\d+年度?連続して|連続で?|連続して|続けて|一貫して|とも|年度評価|評価|の評価が|の評価は|が|は|に|で|の"
         r"|(?:全|全て|すべて|各)(?:の)?年度(?:を通じて|を通して|とも|で|に)?|を通じて|を通して|いずれの年度も|どの年度も"
         # (「R2からR3まではどちらもB」: both years of a span of two, said so)
         r"|どちらも|両方とも|いずれも"
         # (「R2年度からR5年度までの4か年、総合評価がすべてB」: the yearly grades the list heads 総合評価)
         r"|(?<=年)[、,]|総合評価(?=が|は|で|の))*"
         # (「R4からR5でBからAに上がった」: a grade followed by から and another is a change, grade_transition's)
         # (「…ずっとB以上」: a bound after the grade holds every year within it, never read as = B)
         r"\s*{GRADE}(?:評価|判定)?(?:" + _BOUND + r")?(?!(?:評価|判定)?(?:が|を|に|は)?\s*(?:一度|1度|一回|1回|いちど)|(?:評価)?(?:から|→)\s*[A-DSＡ-ＤＳ])",
         _span,
         examples=(("R2からR4までずっとA", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A")]}),
                   ("R2からR4まで、ずっとグレードAの", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A")]}),
                   ("R2からR3まではどちらもBで", {"conditions": [("r2", "=", "B"), ("r3", "=", "B")]}),
                   ("R2からR3までずっとB以上", {"conditions": [("r2", "in", ["A", "B"]), ("r3", "in", ["A", "B"])]}),
                   ("令和2年度から令和4年度まで3年間ずっと◯以上",
                    {"conditions": [("r2", "in", ["◎", "○"]), ("r3", "in", ["◎", "○"]), ("r4", "in", ["◎", "○"])]}),
                   ("R2からR4まで3年連続でA評価", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A")]}),
                   ("R2〜R4の年度評価が全部A", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A")]}),
                   ("R3〜R5の3年連続でB評価", {"conditions": [("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("R2からR5までの間にC評価が1回もない", None),
                   # 「4年ずっと」: a number of years, with or without 間, is the span's length
                   ("R2からR5まで4年ずっとB", {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"),
                                                          ("r5", "=", "B")]}),
                   ("R3からR5にかけてずっとBだった", {"conditions": [("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("R2からR4まで3か年続けてA評価", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A")]}),
                   ("R2年度からR4年度まで、3年度続けてB", {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B")]}),
                   ("令和3年度から令和5年度まで連続してB評価",
                    {"conditions": [("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("R2年度からR5年度までの4か年、総合評価がすべてB",
                    {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("R2～R5の全年度を通じてA評価を維持した",
                    {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A"), ("r5", "=", "A")]}))),
    Rule("grade_several_years",
         # (「令和2年度及び令和3年度の自己評価がともにC」: the yearly grades printed under 総合評価(自己評価))
         r"({YEAR}(?:\s*(?:と|も|、|・|及び|および)\s*{YEAR})+)(?:も)?\s*(?:の)?(?:総合評価|自己評価|評価)?(?:が|は|で|に|の)?"
         # (「令和4年度と令和5年度、2年続けてC」「R4とR5、2年ともC」: the number of the years just named)
         r"(?:[、,]?\s*(?:と)?\s*(?:(?:\d+(?:年度?|か年)間?)?(?:ともに|とも)|どちらも|いずれも|両方とも|両方|(?:\d+年度?間?)?連続で?|(?:\d+年度?間?)?連続して"
         r"|(?:\d+(?:年度?|か年)間?)?続けて"
         # (「R2・R3とも評価A」: the word 評価 may follow とも as well as precede it)
         r"|(?:\d+年度?)?(?:すべて|全て|全部)(?:で)?)(?:評価)?)?(?:が|は|で|に)?\s*{GRADE}(?:評価|判定)?"
         # (「2年連続で「遅れ」か「やや遅れ」」: either grade each year)
         r"(?P<either>(?:\s*[」』]?\s*(?:か|または|又は)\s*[「『]?\s*" + GRADE.replace("([", "(?:[", 1) + r")+)?",
         _several, negatable=True,
         examples=(("R2もR3もB評価ではない", {"conditions": [("r2", "!=", "B"), ("r3", "!=", "B")]}),("R2もR3もB評価だった", {"conditions": [("r2", "=", "B"), ("r3", "=", "B")]}),
                   ("R3とR4がともにA", {"conditions": [("r3", "=", "A"), ("r4", "=", "A")]}),
                   ("令和4年度と令和5年度のどちらもC", {"conditions": [("r4", "=", "C"), ("r5", "=", "C")]}),
                   ("R4とR5で連続してA", {"conditions": [("r4", "=", "A"), ("r5", "=", "A")]}),
                   ("R6とR7の2年連続で「B」か「C」", {"conditions": [("r6", "in", ["B", "C"]), ("r7", "in", ["B", "C"])]}),
                   ("R3、R4と2年連続でB", {"conditions": [("r3", "=", "B"), ("r4", "=", "B")]}),
                   ("令和4年度と令和5年度、2年続けてCだった", {"conditions": [("r4", "=", "C"), ("r5", "=", "C")]}),
                   ("R4とR5、2年ともC", {"conditions": [("r4", "=", "C"), ("r5", "=", "C")]}),
                   ("令和2年度と令和3年度の評価がどちらもA", {"conditions": [("r2", "=", "A"), ("r3", "=", "A")]}),
                   ("令和3年度と令和5年度、両方ともA評価", {"conditions": [("r3", "=", "A"), ("r5", "=", "A")]}),
                   ("令和2年度・令和3年度とも評価Aで", {"conditions": [("r2", "=", "A"), ("r3", "=", "A")]}),
                   ("R2とR3とも評価がA", {"conditions": [("r2", "=", "A"), ("r3", "=", "A")]}),
                   ("令和2年度及び令和3年度の自己評価がともにC", {"conditions": [("r2", "=", "C"), ("r3", "=", "C")]}))),
    # 「一度もA以外の評価がなかった」「B以外がついたことが一度もない」: no year graded other than the grade said,
    # that is every year of the span graded with it (not 「一度もAがない」: 以外 turns the grade round).
    Rule("grade_never_other",
         _SPAN + _PER_YEAR + r"(?:" + _ONCE_NOT + r"\s*(?:の)?(?:評価が|評価で|評価は)?\s*(?P<g1>[A-DＡ-Ｄ])(?:評価)?\s*以外"
         r"|(?P<g2>[A-DＡ-Ｄ])(?:評価)?\s*以外(?:の評価)?\s*(?:に|を|が|は)?[^、。？?\x1f]{0,12}?" + _ONCE_NOT + r")" + _NOT_END,
         lambda m, ctx: _never_other(m, ctx),
         examples=(("R2〜R5で一度もA以外の評価がなかった", {"conditions": [
                        ("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A"), ("r5", "=", "A")]}),
                   ("B以外がついたことは一度もない", {"conditions": [
                        ("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("R3からR5まで一度もA以外をとっていない", {"conditions": [
                        ("r3", "=", "A"), ("r4", "=", "A"), ("r5", "=", "A")]}))),
    # 「一度もＡ以上の評価を取れていない」「B以下が一度もない」: none of the grades at or beyond the bound in any year.
    Rule("grade_never_bound",
         _SPAN + _PER_YEAR + r"(?:" + _ONCE_NOT + r"\s*(?:の)?(?:評価が|評価で|評価は)?\s*(?P<g1>" + _MARKED + r")(?:評価)?\s*"
         + _BOUND + r"|(?P<g2>" + _MARKED + r")(?:評価)?\s*" + _BOUND.replace("cmp", "cmp2")
         + r"(?:の評価)?\s*(?:に|を|が|は)?\s*" + _ONCE_NOT + r")" + _NOT_END,
         lambda m, ctx: _never_bound(m, ctx),
         examples=(("一度もA以上の評価を取れていない", {"conditions": [
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "A"})]}),
                   ("B以下の評価が一度もない", {"conditions": [
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "B"}),
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "C"})]}))),
    # 「CもDも一度もついてない」「一度もBもCも取ったことがない」: none of the grades listed in any year.
    # 「最後にAだったのがR3」「Aを最後に取ったのはR3」「最後にAがついたのはR3の実践項目」: that year has the grade,
    # no later year has it.
    Rule("last_grade_year",
         r"(?:最後に\s*(?P<g1>" + _MARKED + r")\s*(?:評価)?\s*(?:だった|になった|を取った|をとった|を獲得した|がついた|が付いた|の)"
         r"|(?P<g2>" + _MARKED + r")\s*(?:評価)?\s*(?:を|が|に)?\s*最後に?\s*(?:だった|なった|取った|とった|獲得した|ついた|付いた))"
         r"\s*(?:の|年度?)\s*(?:が|は)\s*(?P<y>{YEAR})(?:年度)?",
         _last_with_grade,
         examples=(("最後にAだったのがR3の実践項目", {"conditions": [
                        ("r3", "=", "A"), ("@grades", "no_any_eq", {"fields": ["r4", "r5"], "grade": "A"})]}),
                   ("Aを最後に取ったのはR4", {"conditions": [
                        ("r4", "=", "A"), ("@grades", "no_any_eq", {"fields": ["r5"], "grade": "A"})]}),
                   ("最後にCがついたのはR5", {"conditions": [("r5", "=", "C")]}))),
    Rule("grades_never",
         _SPAN + r"(?:[0-9０-９]+年間\s*(?:で|の間|を通じて|を通して)?[、,]?\s*)?" + _PER_YEAR
         + r"(?:" + _ONCE_NOT + r"\s*(?P<gs>" + _MARKED + r"(?:評価)?\s*も(?:\s*" + _MARKED + r"(?:評価)?\s*も)+)"
         # (「一度も△や×がつかなかった」: 一度も before the grades joined by や / か / ・)
         + r"|" + _ONCE_NOT + r"\s*(?P<gs4>" + _MARKED + r"(?:評価)?(?:\s*(?:や|か|・|、|または|又は)\s*" + _MARKED + r"(?:評価)?)+)\s*(?:が|は|を|も)?"
         r"|(?P<gs2>" + _MARKED + r"(?:評価)?\s*も(?:\s*" + _MARKED + r"(?:評価)?\s*も)+)\s*" + _ONCE_NOT
         # (「△や×が一度もなかった」: the grades joined by や / か / ・, none of them in any year)
         + r"|(?P<gs3>" + _MARKED + r"(?:評価)?(?:\s*(?:や|か|・|、|または|又は)\s*" + _MARKED + r"(?:評価)?)+)\s*(?:が|は|を|も)?\s*" + _ONCE_NOT + r")" + _NOT_END,
         lambda m, ctx: _never_several(m, ctx),
         examples=(("CもDも一度もついてない", {"conditions": [
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "C"}),
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "D"})]}),
                   ("一度もBもCもついたことがない", {"conditions": [
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "B"}),
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "C"})]}),
                   ("4年間で一度も△や×がつかなかった", {"conditions": [
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "△"}),
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "×"})]}),
                   ("△や×が一度もなかった", {"conditions": [
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "△"}),
                        ("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4", "r5"], "grade": "×"})]}))),
    Rule("grade_never",
         # (a grade word: 「一度も目標を達成できず」, the goal it reaches said as its object)
         # (a mark of the report's own scale too: 「一度も×がついていない」)
         _SPAN + _PER_YEAR + _ONCE_NOT + r"\s*(?:の)?(?:評価が|評価で|評価は|目標を)?\s*(?P<g1>" + _MARKED + r")(?:評価|判定)?" + _NOT_END
         + r"|" + _SPAN.replace("y1", "y3").replace("y2", "y4") + _PER_YEAR
         + r"(?P<g2>" + _MARKED + r")(?:評価|判定)?(?:に|を|が|と|は)?" + _ONCE_NOT + _NOT_END,
         lambda m, ctx: _never_span(_Spans(m), ctx),
         examples=(("一度もAにならなかった", {"conditions": [("@grades", "no_any_eq",
                                                             {"fields": ["r2", "r3", "r4", "r5"], "grade": "A"})]}),
                   ("A評価を一度も取っていない", {"conditions": [("@grades", "no_any_eq",
                                                               {"fields": ["r2", "r3", "r4", "r5"], "grade": "A"})]}),
                   ("R2〜R4の評価で一回もCがついていない", {"conditions": [("@grades", "no_any_eq",
                                                                    {"fields": ["r2", "r3", "r4"], "grade": "C"})]}),
                   # (「…までの3か年で」: the span's years counted in か年)
                   ("令和2年度から令和4年度までの3か年で一度もA評価を得ていない",
                    {"conditions": [("@grades", "no_any_eq", {"fields": ["r2", "r3", "r4"], "grade": "A"})]}),
                   ("年度ごとの評価で一度もAを取ったことがない", {"conditions": [("@grades", "no_any_eq",
                                                                      {"fields": ["r2", "r3", "r4", "r5"],
                                                                       "grade": "A"})]}),
                   ("R2〜R4のどの年度でも一度もAを取っていない", {"conditions": [("@grades", "no_any_eq",
                                                            {"fields": ["r2", "r3", "r4"], "grade": "A"})]}),
                   ("R2からR5まで一度もAをとってなくて", {"conditions": [("@grades", "no_any_eq",
                                                            {"fields": ["r2", "r3", "r4", "r5"], "grade": "A"})]}),
                   ("R3からR5まで一度もAがない", {"conditions": [("@grades", "no_any_eq",
                                                            {"fields": ["r3", "r4", "r5"], "grade": "A"})]}),
                   # (「…の総合評価に」: the yearly grades the list heads 総合評価, the span still before them)
                   ("R2〜R5の総合評価に一度もAが付いてない", {"conditions": [("@grades", "no_any_eq",
                                                            {"fields": ["r2", "r3", "r4", "r5"], "grade": "A"})]}),
                   ("R2からR4の各年度評価で、B評価を一度も受けていない", {"conditions": [("@grades", "no_any_eq",
                                                            {"fields": ["r2", "r3", "r4"], "grade": "B"})]}),
                   ("一度も×がついていない", {"conditions": [("@grades", "no_any_eq",
                                                         {"fields": ["r2", "r3", "r4", "r5"], "grade": "×"})]}))),
    Rule("grade_all_same",
         # (「4年間評価が変わらなかった」: the years counted before the grade, as after it)
         _SPAN + r"(?:\d+年間\s*[、,]?\s*)?(?:(?:の)?(?:評価|総合評価|グレード)(?:が|は)?\s*(?:この)?(?:\d+年間)?(?:で|の間)?\s*(?:ずっと|毎年|一貫して|すべて|全て|変わらず|一度も|1度も|一回も|1回も|いちども)?\s*"
         r"(?:同じ|一定|変わらなかった|変わらない|変わっていない|変わってない|変わったことが(?:ない|なかった)|変化(?:が|は)?な(?:い|かった)"
         r"|変化していない|変化しなかった)"
         r"|(?:ずっと|毎年|毎年度|一貫して|どの年度も|各年度とも)\s*(?:同じ|同一|一定)(?:の)?(?:評価|総合評価|グレード))",
         _all_same,
         examples=(("R2からR5までの4年間、評価がずっと同じ", {"conditions": [("@grades", "all_equal",
                                                                      {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("評価がずっと同じ", {"conditions": [("@grades", "all_equal", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("評価が一度も変わらなかった", {"conditions": [("@grades", "all_equal", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("4年間評価が変わらなかった", {"conditions": [("@grades", "all_equal", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("R3〜R4の評価が変わらなかった", {"conditions": [("@grades", "all_equal", {"fields": ["r3", "r4"]})]}),
                   ("評価が4年間ずっと同じ", {"conditions": [("@grades", "all_equal",
                                                          {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("R2からR5まで毎年同じ評価", {"conditions": [("@grades", "all_equal",
                                                          {"fields": ["r2", "r3", "r4", "r5"]})]}))),
    Rule("grade_from_or_until_year",
         r"({YEAR})\s*(以降|以後|から|まで)(?:の評価)?(?:は|が|も)?\s*(?:ずっと|毎年|連続で?|連続して|一貫して|すべて|全て|続けて)"
         r"(?:の評価が|評価が|が|は|で)?\s*{GRADE}(?:評価|判定)?",
         _from_or_until,
         examples=(("R3以降ずっとA", {"conditions": [("@grades", "graded_all_eq",
                                                         {"fields": ["r3", "r4", "r5"], "grade": "A"})]}),
                   ("R2からずっとAだった", {"conditions": [("@grades", "graded_all_eq",
                                                         {"fields": ["r2", "r3", "r4", "r5"], "grade": "A"})]}),
                   ("令和3年度までずっとB評価", {"conditions": [("@grades", "graded_all_eq",
                                                              {"fields": ["r2", "r3"], "grade": "B"})]}))),
    # 「2027〜2029年度の3年間、毎年SかAの評価だった」: every year of the span (of the index, without one) graded one of
    # the grades said (a year without a grade is none of them).
    Rule("grade_every_year_either",
         _SPAN + r"(?:(?<![一-龥A-Za-z\d])(?P<years>\d+)年間?\s*[、,]?\s*)?" + _EVERY + r"\s*(?:の評価が|の評価は|評価が|が|は|で)?\s*(?P<g1>[A-ESＡ-ＥＳ◎○〇◯△×])\s*(?:評価)?\s*"
         r"(?:か|または|又は|もしくは|・|／|/)\s*(?P<g2>[A-ESＡ-ＥＳ◎○〇◯△×])(?:の|で)?(?:評価|判定)?",
         _every_either,
         examples=(("毎年AかBの評価", {"conditions": [("r2", "in", ["A", "B"]), ("r3", "in", ["A", "B"]), ("r4", "in", ["A", "B"]),
                                                       ("r5", "in", ["A", "B"])]}),
                   ("R3〜R5の3年間、毎年AかB", {"conditions": [("r3", "in", ["A", "B"]), ("r4", "in", ["A", "B"]),
                                                               ("r5", "in", ["A", "B"])]}),
                   # (marks of a legend as well as letters)
                   ("毎年△か×だった", {"conditions": [("r2", "in", ["△", "×"]), ("r3", "in", ["△", "×"]),
                                                  ("r4", "in", ["△", "×"]), ("r5", "in", ["△", "×"])]}))),
    Rule("grade_every_year",
         # (「自己評価が3年間すべてC」: a sheet's own grade said before the years, as 評価 is)
         # (「年度別評価がずっとA」「4年間の年度ごとの評価が」: the yearly grades named as such are the grades meant)
         r"(?:(?:年度別|年度ごと|年度毎|各年度)?(?:の)?(?:自己)?評価(?:が|は)\s*)?(?:(?<![一-龥A-Za-z\d])(?P<years>\d+)年間?"
         r"(?:の(?:年度別|年度ごと|年度毎|各年度)(?:の)?評価(?:が|は)|の評価が|の評価は|評価が|が|は|で|、)?\s*)?" + _EVERY + r"(?:の評価が|の評価は|評価が|が|は|で)?\s*(?P<g>"
         + _MARKED + r")(?:評価|判定)?" + "(?:" + _BOUND + ")?(?:の?まま)?",
         _every,
         examples=(("4年間の年度別評価がずっとAだった", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A"),
                                                                ("r5", "=", "A")]}),
                   ("4年間ずっと◯以上", {"conditions": [("r2", "in", ["◎", "○"]), ("r3", "in", ["◎", "○"]),
                                                        ("r4", "in", ["◎", "○"]), ("r5", "in", ["◎", "○"])]}),
                   ("どの年度でもAだった", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A"),
                                                          ("r5", "=", "A")]}),
                   ("毎年A評価", {"conditions": [("r2", "=", "A"), ("r3", "=", "A"), ("r4", "=", "A"), ("r5", "=", "A")]}),
                   ("4年間ずっとB評価", {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   # (「4年間全部Bが評価」: 全部 after the years is every one of them, as すべて is)
                   ("4年間全部Bが評価の項目", {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("4年ずっとB評価", {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("3年間ずっとB評価", None),
                   ("4年とも全部Bだった", {"conditions": [("r2", "=", "B"), ("r3", "=", "B"), ("r4", "=", "B"), ("r5", "=", "B")]}),
                   ("4年間ともCのまま", {"conditions": [("r2", "=", "C"), ("r3", "=", "C"), ("r4", "=", "C"), ("r5", "=", "C")]}),
                   ("自己評価が4年間すべてC", {"conditions": [("r2", "=", "C"), ("r3", "=", "C"), ("r4", "=", "C"), ("r5", "=", "C")]}))),
    Rule("grade_other_any_year",
         _SPAN + r"(?:" + _ANY + r"\s*(?:の評価が|評価が|が|は|で)?\s*)?(?P<g>[A-DＡ-Ｄ])(?:評価)?\s*以外(?:の評価)?\s*(?:が|を|の)?\s*"
         r"(?:" + _ANY + r"\s*)?(?:(?:とっ|取っ|もらっ|受け|つい|付い|なっ)(?:た|て(?:い)?る)(?:こと)?(?:が|は)?(?:ある|あった)?|ある|あった)",
         _other_any_year,
         examples=(("A以外ついたことある", {"conditions": [("@grades", "any_ne", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                             "grade": "A"})]}),
                   ("一度でもA以外がついた", {"conditions": [("@grades", "any_ne", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                              "grade": "A"})]}))),
    # 「令和10年度以降で◎を取ったことがある」「R4までにCがついた」: some year of the open span has the grade.
    Rule("grade_any_from_or_until",
         r"(?P<s>{YEAR})\s*(?P<range>以降|以後|から後|まで|以前)\s*(?:に|で|の間に?|の間で|のうちに?)?\s*(?:の評価で|の評価が|評価で|評価が)?\s*"
         r"(?:一度でも|1度でも|一回でも)?\s*(?P<g1>" + _MARKED + r")(?:評価|判定)?\s*(?:を|が|に)\s*(?:一度でも|1度でも|一回でも)?\s*"
         r"(?:(?:とっ|取っ|もらっ|受け|つい|付い|なっ)(?:て|た)|ある|あった)",
         _any_from_or_until,
         examples=(("R3以降でAを取ったことがある", {"conditions": [("@grades", "any_eq", {"fields": ["r3", "r4", "r5"], "grade": "A"})]}),
                   ("R3までにCがついた", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3"], "grade": "C"})]}))),
    Rule("grade_any_year",
         # (「一度でも評価Cがついた」: the grade said after its word, 達成度C as a report heads it)
         _SPAN + _PER_YEAR + _ANY + r"(?:の評価が|評価が|の評価|評価|が|は|で)?\s*(?:一度でも|1度でも|一回でも)?\s*(?P<g1>" + _MARKED + r")(?:評価|判定)?"
         # (「未着手の年が一度でもある」: the years holding the grade, said as such)
         r"|(?P<g2>" + _MARKED + r")(?:評価|判定)?(?:の(?:年度?|回)|が(?:つい|付い)た(?:年度?|回))?(?:を|が|に)\s*" + _ANY + r"\s*(?:(?:とっ|取っ|もらっ|受け|つい|付い|なっ)(?:て|た)|ある|あった)",
         _any_span,
         examples=(("Cが一度でもある", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                            "grade": "C"})]}),
                   # (「×がついた年度が一度でもある」: the years holding the grade, said by the grade given)
                   ("×がついた年度が一度でもある", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                                   "grade": "×"})]}),
                   ("一度でもC評価", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                           "grade": "C"})]}),
                   ("一度でも評価Cがついた", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                              "grade": "C"})]}),
                   ("これまでに一回でもC評価がついたことのある", {"conditions": [("@grades", "any_eq",
                                                                      {"fields": ["r2", "r3", "r4", "r5", "@overall"], "grade": "C"})]}),
                   ("C評価を一度でも受けたことがある", {"conditions": [("@grades", "any_eq",
                                                                {"fields": ["r2", "r3", "r4", "r5", "@overall"], "grade": "C"})]}),
                   ("計画期間を通じて、Cの評価を受けた", {"conditions": [("@grades", "any_eq",
                                                                {"fields": ["r2", "r3", "r4", "r5", "@overall"], "grade": "C"})]}),
                   ("各年度の評価で一度でもCがついた", {"conditions": [("@grades", "any_eq",
                                                                {"fields": ["r2", "r3", "r4", "r5"], "grade": "C"})]}),
                   # (the span, then the word for the yearly grades: every year of the span, none required graded)
                   ("R2からR4の年度ごとの評価で、一度でもCがついた", {"conditions": [("@grades", "any_eq",
                                                                {"fields": ["r2", "r3", "r4"], "grade": "C"})]}),
                   ("R2〜R4のどこかで一度でもCがついた", {"conditions": [("@grades", "any_eq",
                                                                  {"fields": ["r2", "r3", "r4"], "grade": "C"})]}),
                   ("Cの年が一度でもある", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                               "grade": "C"})]}),
                   # (a mark of the report's own scale, ×, as a letter)
                   ("一度でも×がついた", {"conditions": [("@grades", "any_eq", {"fields": ["r2", "r3", "r4", "r5", "@overall"],
                                                                             "grade": "×"})]}))),
    Rule("grade_times",
         # (「R3からR5の3か年で少なくとも2回はA」: the span said before, the count before the grade)
         _SPAN + _PER_YEAR
         + r"(?:" + _GRADE_G1 + r"(?:評価)?(?:の評価)?\s*(?:を|が|は)?\s*(?P<least>少なくとも|最低(?:でも)?)?\s*(?:ちょうど)?\s*"
         r"(?:(?P<n>\d+)\s*(?:回|度|年度|年|か年|カ年)|(?:年度の)?(?P<share>" + _HALF + r")(?:の年度)?)\s*(?P<cmp>以上|以下|未満)?"
         r"(?:\s*(?:とった|取った|獲得した|受けた|ついた|付いた|もらった|とっている|取っている|ついている|付いている))?"
         r"|(?P<least2>少なくとも|最低(?:でも)?)?\s*(?:ちょうど)?\s*(?:(?<![\d.年和成元RrHh])(?P<n2>\d+)\s*(?:回|度)|(?P<share2>" + _HALF + r")(?:の年度)?)"
         r"\s*(?P<cmp2>以上|以下|未満)?\s*(?:(?<=[上下満])の年度)?\s*(?:は|だけ|で|に)?\s*"
         + _GRADE_G2 + r"(?:評価)?\s*(?:だった|になった|を取った|をとった|を獲得した|がついた|が付いた|を受けた|の))",
         _times,
         examples=(("Aの評価を3回以上とった", {"conditions": [("@grades", "times", {"fields": ["r2", "r3", "r4", "r5"],
                                                                             "grade": "A", "n": 3, "cmp": ">="})]}),
                   ("Bが2回ついた", {"conditions": [("@grades", "times", {"fields": ["r2", "r3", "r4", "r5"], "grade": "B",
                                                                      "n": 2, "cmp": "="})]}),
                   ("R3からR5の3か年で少なくとも2回はAだった", {"conditions": [("@grades", "times", {"fields": ["r3", "r4", "r5"],
                                                                        "grade": "A", "n": 2, "cmp": ">="})]}),
                   ("R2〜R4で2回以上Bがついた", {"conditions": [("@grades", "times", {"fields": ["r2", "r3", "r4"],
                                                                        "grade": "B", "n": 2, "cmp": ">="})]}),
                   ("D評価が1年度以下", {"conditions": [("@grades", "times", {"fields": ["r2", "r3", "r4", "r5"],
                                                                        "grade": "D", "n": 1, "cmp": "<="})]}),
                   # (a share of the span's years: half of 4 is 2, more than half of 3 is 2)
                   ("R2〜R5の4年度のうち半分以上でC評価だった", {"conditions": [("@grades", "times", {
                       "fields": ["r2", "r3", "r4", "r5"], "grade": "C", "n": 2, "cmp": ">="})]}),
                   ("R2〜R4のうち過半数でAだった", {"conditions": [("@grades", "times", {
                       "fields": ["r2", "r3", "r4"], "grade": "A", "n": 2, "cmp": ">="})]}),
                   ("Bの評価が半分未満", {"conditions": [("@grades", "times", {
                       "fields": ["r2", "r3", "r4", "r5"], "grade": "B", "n": 2, "cmp": "<"})]}),
                   ("半分以上の年度でBだった", {"conditions": [("@grades", "times", {
                       "fields": ["r2", "r3", "r4", "r5"], "grade": "B", "n": 2, "cmp": ">="})]}),
                   # (half of three years is no whole number of them)
                   ("R2〜R4のうちちょうど半分でAだった", None))),
    Rule("committee_mark",
         r"(?:" + COMMITTEE + r")(?:の)?(?:評価|判定)(?:が|は|で|の)?\s*[「『]?(?P<g>[◎○〇◯△×])[」』]?(?:評価|判定)?\s*" + _BOUND + "?"
         r"|(?<![A-Za-z一-龥])[「『]?(?P<g2>[◎○〇◯△×])[」』]?\s*(?:の)?(?:評価|判定)を(?:受けた|受けている|得た|もらった|された)",
         _committee_mark,
         examples=(("委員会の評価が◎", None),  # (no committee judgement in the examples' index: nothing)
                   ("委員会評価が○以上", None))),
    Rule("grade_run",
         r"(?<![一-龥A-Za-z\d])(\d+)(?:年(?:度)?連続(?:で|して)?|年間?(?:ずっと|連続で?|続けて)|年(?:度)?続けて|年(?:度)?続いて)\s*(?:の評価が|評価が|が|は)?\s*{GRADE}(?:評価|判定)?"
         r"(?:\s*(?P<cmp>以上|以下|未満))?",
         _run,
         examples=(("2年連続でA", {"conditions": [("@grades", "run", {"fields": ["r2", "r3", "r4", "r5"], "grade": "A",
                                                                      "n": 2})]}),
                   ("3年間ずっとA", {"conditions": [("@grades", "run", {"fields": ["r2", "r3", "r4", "r5"], "grade": "A",
                                                                       "n": 3})]}),
                   ("3年ずっとA", {"conditions": [("@grades", "run", {"fields": ["r2", "r3", "r4", "r5"], "grade": "A",
                                                                     "n": 3})]}),
                   # (a bound after the grade: every year of the run at B or better)
                   ("3年間ずっとB以上", {"conditions": [("@grades", "sequence", {"fields": ["r2", "r3", "r4", "r5"],
                                                                             "grades": [["A", "B"]] * 3})]}))),
    # 「C→B→Aと2年続けて評価が上がった」: three grades or more in turn, over consecutive years somewhere (read before
    # grade_transition, which would take the first two only).
    Rule("grade_sequence",
         r"(?P<seq>{GRADE}(?:評価)?(?:\s*(?:→|->|から)\s*{GRADE}(?:評価)?){2,5})\s*(?:と|へと|に|へ)?\s*[、,]?\s*"
         r"(?:(?P<n>\d)\s*年度?\s*(?:続けて|連続で?|連続して)\s*)?(?:評価が|評価は)?\s*"
         r"(?P<verb>上がった|下がった|上がって(?:い)?る|下がって(?:い)?る|なった|変わった|推移した)",
         _sequence,
         examples=(("C→B→Aと2年続けて評価が上がった", {"conditions": [
                       ("@grades", "sequence", {"fields": ["r2", "r3", "r4", "r5"], "grades": ["C", "B", "A"]})]}),
                   ("A→B→Cと下がった", {"conditions": [
                       ("@grades", "sequence", {"fields": ["r2", "r3", "r4", "r5"], "grades": ["A", "B", "C"]})]}),
                   ("C→B→Aと3年続けて上がった", None),
                   ("A→B→Cと上がった", None))),
    Rule("grade_transition",
         r"(?:(?P<y0>{YEAR})(?:度)?\s*(?:に|で|には|では)\s*(?:評価|総合評価)?(?:が|は)?\s*"
         # 「R4からR5でBからAに上がった」: the two years said before the change, in its order
         r"|(?P<y3>{YEAR})\s*(?:から|→|〜)\s*(?P<y4>{YEAR})\s*(?:で|に|にかけて|の間に|の間で)?[、,]?\s*(?:評価|総合評価)?(?:が|は)?\s*)?"
         r"{GRADE}(?:評価)?(?:から|→)\s*{GRADE}(?:評価)?(?:に|へ)?(?:なった|上がった|下がった|変わった|改善|向上|悪化)"
         r"(?:[^(（]{0,12}?[(（]\s*(?P<y1>{YEAR})\s*(?:→|から|->|〜|-)\s*(?P<y2>{YEAR})\s*[)）])?",
         _transition,
         examples=(("BからAに上がった", {"conditions": [("@grades", "transition",
                                                         {"fields": ["r2", "r3", "r4", "r5"], "from": "B", "to": "A"})]}),
                   ("CからBに上がった実践項目(R3→R4)", {"conditions": [("r3", "=", "C"), ("r4", "=", "B")]}),
                   ("R5に評価がBからAに上がった", {"conditions": [("r4", "=", "B"), ("r5", "=", "A")]}),
                   ("R4からR5でBからAに上がった", {"conditions": [("r4", "=", "B"), ("r5", "=", "A")]}),
                   ("R3からR4にかけて評価がAからBに下がった", {"conditions": [("r3", "=", "A"), ("r4", "=", "B")]}))),
    # 「前の年はAかBだったのに、翌年度にCに下がった」: a year and the one after it, neither named: some pair of
    # consecutive years graded so (the change word agreeing with every pair of grades said).
    Rule("grade_pair_changed_some_year",
         r"(?:(?:その|ある)?前の?年度?|ある年度?|どこかの年度?)\s*(?:の評価)?(?:は|が|で|に)?\s*(?P<g1>" + _MARKED + r")(?:評価)?"
         r"(?:(?:か|または|や|・)(?P<g1b>" + _MARKED + r")(?:評価)?)?"
         r"(?:だった|で|であった)?(?:のに|けど|けれど|けれども|が|ものの)?[、,]?\s*"
         r"(?:その)?(?:翌年度?|次の年度?|次年度)\s*(?:には|に|は)?(?:評価が|評価は)?\s*(?P<g2>" + _MARKED + r")(?:評価)?(?:に|へ)?\s*"
         r"(?P<word>上がった|下がった|なった|変わった)",
         lambda m, ctx: _pair_changed_some_year(m, ctx),
         examples=(("前の年はAかBだったのに、翌年度にCに下がった", {"conditions": [
                       ("@grades", "sequence", {"fields": ["r2", "r3", "r4", "r5"], "grades": [["A", "B"], "C"]})]}),
                   ("ある年度にBで、翌年度にAに上がった", {"conditions": [
                       ("@grades", "sequence", {"fields": ["r2", "r3", "r4", "r5"], "grades": ["B", "A"]})]}),
                   ("前の年はCだったのに、翌年度にAに下がった", None))),
    # 「令和2年度はCだったのに3年度にはBに上がった」: each year with its grade, the change word agreeing.
    Rule("grade_pair_changed",
         r"(?P<y1>{YEAR})(?:度)?\s*(?:の評価|の総合評価)?(?:は|が|で|では|に|には)?\s*(?P<g1>" + _MARKED + r")(?:評価)?"
         # (「令和5年度は△か×だったのに」: either of two grades that year)
         r"(?:(?:か|または|や|・)(?P<g1b>" + _MARKED + r")(?:評価)?)?"
         r"(?:だった|で|であった)?(?:のに|けど|けれど|けれども|が|ものの|のが|ものが)?[、,]?\s*"
         r"(?P<y2>{YEAR})(?:度)?\s*(?:には|では|に|で|は)?(?:評価が|評価は)?\s*(?:いきなり|一気に|急に|すぐに)?\s*(?P<g2>" + _MARKED + r")(?:評価)?"
         # (「令和4年度にBかCへ下がった」: either of two grades the next year)
         r"(?:(?:か|または|や|・)(?P<g2b>" + _MARKED + r")(?:評価)?)?(?:に|へ)?\s*"
         r"(?P<word>上がった|下がった|なった|変わった|改善した|向上した|悪化した|上がっている|下がっている)",
         lambda m, ctx: _pair_changed(m, ctx),
         examples=(("令和2年度はCだったのに令和3年度にはBに上がった", {"conditions": [("r2", "=", "C"), ("r3", "=", "B")]}),
                   ("R3がBでR4にAになった", {"conditions": [("r3", "=", "B"), ("r4", "=", "A")]}),
                   ("R2にCで、R3にいきなりAへ上がった", {"conditions": [("r2", "=", "C"), ("r3", "=", "A")]}),
                   ("R2はAだったけどR3はBに上がった", None),
                   ("令和5年度は△か×だったのに令和8年度に◎になった", {"conditions": [("r5", "in", ["△", "×"]), ("r8", "=", "◎")]}),
                   ("R5は◎だったのにR8に×に上がった", None),
                   ("令和3年度にAであったものが、令和4年度にBかCへ下がった",
                    {"conditions": [("r3", "=", "A"), ("r4", "in", ["B", "C"])]}),
                   ("R3にBで、R4にAかCに下がった", None))),
    # 「5年度にはAまで上がった」「R4にBに下がった」: a year's grade reached by a change (after the pairs, which
    # say both years' grades in one question).
    Rule("grade_reached",
         r"(?P<y>{YEAR})(?:度)?\s*(?:には|に|では|で|は|の評価(?:は|が)|の)?\s*(?:評価|総合評価)?(?:が|は)?\s*"
         r"(?P<g>[A-DSＡ-ＤＳ◎○〇◯△×\ue000-\ue0ff])(?:評価|判定)?\s*(?:まで|に|へ)\s*"
         r"(?P<word>上がった|上がっている|上がってる|改善した|改善された|良くなった|向上した|下がった|下がっている|下がってる|悪化した|悪くなった)",
         _reached,
         examples=(("R5にはAまで上がった", {"conditions": [("r5", "=", "A"), ("r5", "grade_gt", "r4")]}),
                   ("R4にCまで下がった", {"conditions": [("r4", "=", "C"), ("r4", "grade_lt", "r3")]}),
                   ("R2にAまで上がった", None),
                   ("R2はCだったのにR5ではAまで上がった", {"conditions": [("r5", "=", "A")]}))),
    Rule("grade_change_against_year_said",
         r"(?P<base>{YEAR})(?:の時|のとき|の頃|の年)?(?:の評価)?(?:より|に比べて|と比べて|と比較して)(?:も)?\s*(?:評価|総合評価|グレード|点数|評価点)?(?:が|は|を)?\s*"
         r"(?P<word>上がった|下がった|良くなった|悪くなった|悪化した|改善した|上がらなかった|下がらなかった)",
         _change_against_other,
         examples=(("令和5年度に評価がBで、令和4年度より評価が下がった", {"conditions": [("r5", "grade_lt", "r4")]}),
                   ("R4でR3の時より評価を下がった", {"conditions": [("r4", "grade_lt", "r3")]}),
                   ("R4より評価が上がった", None))),
    Rule("grade_change_against_year_before",
         # (「前年度（R5）より」: the year before named in brackets, the year compared the one after it)
         r"(?:その)?(?:前年度?|前の年度?)(?:\s*[(（]\s*(?P<prior>{YEAR})(?:度)?\s*[)）])?(?:の評価)?(?:より|から|に比べて|と比べて|と比較して|比で|比)(?:も)?[、,]?\s*(?:評価|総合評価|グレード|点数|評価点)?(?:が|は|を)?\s*"
         r"(?P<word>上がった|下がった|良くなった|悪くなった|悪化した|改善した|上がらなかった|下がらなかった)"
         # (「…上がった年が一度でもある」: a year said to have moved so against its own year before: no loose 前年度)
         r"(?P<some>\s*年度?\s*(?:が|も|の)\s*(?:一度でも|1度でも|一回でも|1回でも|少なくとも一度)?\s*(?:ある|あった|あり))?",
         _change_against_year_before,
         examples=(("令和5年度に前年より評価が下がった", {"conditions": [("r5", "grade_lt", "r4")]}),
                   ("令和5年度に前年度より点数が下がった", {"conditions": [("r5", "grade_lt", "r4")]}),
                   ("R4は前年度と比べて評価が上がった", {"conditions": [("r4", "grade_gt", "r3")]}),
                   # (「前年度から評価を落とした」「前年比で評価が上がった」: the year before as where it moved from)
                   ("令和3年度に前年度から評価を下がった", {"conditions": [("r3", "grade_lt", "r2")]}),
                   ("2022年度に前年比で評価が上がった", {"conditions": [("r4", "grade_gt", "r3")]}),
                   ("前年度（R5）より評価が下がった", {"conditions": [("r6", "grade_lt", "r5")]}),
                   ("前年度(令和4年度)と比べて評価が上がった", {"conditions": [("r5", "grade_gt", "r4")]}),
                   # (no year said: a move from some year to the next, read with the year left unsaid: partial)
                   ("前年より評価が下がった", {"conditions": [("@grades", "fall_any", {"fields": ["r2", "r3", "r4", "r5"]})],
                                            "unused": ["前年"]}),
                   ("総括評価が前の年より上がった", {"conditions": [("@grades", "rise_any", {"fields": ["r2", "r3", "r4", "r5"]})],
                                              "unused": ["前年"]}),
                   # (a year that moved so said to exist: the year before is each one's own, nothing left loose)
                   ("前年度より評価が上がった年が一度でもある", {"conditions": [("@grades", "rise_any", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("前年度より評価が下がった年がある", {"conditions": [("@grades", "fall_any", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("前年度より評価が下がった年のある実践項目", {"conditions": [("@grades", "fall_any", {"fields": ["r2", "r3", "r4", "r5"]})]}))),
    # 「評価がR7より良くなった」「R7より評価が上がった」: one year said as where the move started; the year it moved to
    # is the next graded one, read only where that is also the latest (then 「より」 can mean nothing else)
    Rule("grade_moved_since_year",
         r"(?:(?:総合評価|自己評価|年度評価|評価|グレード)(?:が|は)\s*)?(?P<y>{YEAR})(?:度)?\s*(?:の評価)?\s*(?:より|に比べて|と比べて|と比較して)(?:も)?\s*"
         r"(?:(?:総合評価|自己評価|年度評価|評価|グレード)(?:が|は)?\s*)?"
         r"(?P<word>上がった|下がった|上がっている|下がっている|上がってる|下がってる|良くなった|悪くなった|悪化した|改善した)",
         _moved_since_year,
         examples=(("評価がR4より良くなった", {"conditions": [("r5", "grade_gt", "r4")]}),
                   ("R4より評価が下がった", {"conditions": [("r5", "grade_lt", "r4")]}),
                   ("評価がR3より上がった", None))),
    # 「R2にAだったのにR3に評価が下がった」: a move said with the one year it happened in is that year's against the
    # year before it (read before grade_moved_some_year, which would read a move of any year)
    Rule("grade_moved_in_year",
         r"(?<!終了)(?P<y>{YEAR})(?:度)?\s*(?:に|で|には|では|は)\s*[、,]?\s*(?:総合評価|自己評価|年度評価|評価|グレード)?(?:が|は|を)?\s*"
         r"(?P<word>上がった|下がった|上がっている|下がっている|上がってる|下がってる|良くなった|悪くなった|悪化した|改善した|上がらなかった|下がらなかった)",
         _moved_in_year,
         examples=(("R2にAだったのにR3に評価が下がった", {"conditions": [("r3", "grade_lt", "r2")]}),
                   ("令和4年度に評価が上がった", {"conditions": [("r4", "grade_gt", "r3")]}),
                   ("R2に評価が下がった", None))),
    # 「評価が毎年上がり続けている」「年々評価が下がっている」: from each year the record's report grades to the next.
    Rule("grade_moved_every_year",
         _SPAN + r"(?:(?:の)?(?:総合評価|年度評価|評価|グレード)(?:が|は)?\s*)?(?:毎年度?|年々|年ごとに|一貫して|ずっと)\s*"
         r"(?:(?:総合評価|年度評価|評価|グレード)(?:が|は)?\s*)?(上がり続け|下がり続け|上が(?:って(?:い)?る|った)|下が(?:って(?:い)?る|った)"
         r"|良くなり続け|悪くなり続け|良くなって(?:い)?る|悪くなって(?:い)?る)",
         lambda m, ctx: _moved_every(m, ctx),
         examples=(("評価が毎年上がり続けている", {"conditions": [("@grades", "rise_every", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("年々評価が下がっている", {"conditions": [("@grades", "fall_every", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("R3からR5まで毎年評価が上がった", {"conditions": [("@grades", "rise_every", {"fields": ["r3", "r4", "r5"]})]}))),
    # 「評価が上がった年も下がった年も両方ある」: a move each way, each in some year (two conditions, both held).
    Rule("grade_moved_both_ways",
         r"(?:(?:総合評価|自己評価|年度評価|評価|グレード)(?:が|は)?\s*)?(?P<w1>上がった|下がった)\s*年度?\s*も[、,]?\s*"
         r"(?P<w2>上がった|下がった)\s*年度?\s*も\s*(?:両方|どちらも|ともに)?\s*(?:ある|あった|あり)",
         lambda m, ctx: _moved_both(m, ctx),
         examples=(("評価が上がった年も下がった年も両方ある", {"conditions": [
                       ("@grades", "rise_any", {"fields": ["r2", "r3", "r4", "r5"]}),
                       ("@grades", "fall_any", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("上がった年も上がった年もある", None))),
    Rule("grade_moved_some_year",
         r"(?:総合評価|自己評価|年度評価|評価|グレード)(?:が|は)?\s*(?:一度でも|一度も|1度も|どこかで|途中で)?\s*(上がった|下がった|上がらなかった|下がらなかった)",
         _moved,
         examples=(("評価が上がった", {"conditions": [("@grades", "rise_any", {"fields": ["r2", "r3", "r4", "r5"]})]}),
                   ("評価が一度も下がらなかった", {"conditions": [("@grades", "no_fall_any",
                                                            {"fields": ["r2", "r3", "r4", "r5"]})]}))),
    Rule("grade_of_year",
         # (「取組終了R6で総合評価B」: a year said as the end of the items is no year of their grades)
         r"(?<!終了)(?<!終了\s)(?<!終了が)(?<!終了は)(?<!終了年度)(?<!終了年度が)(?<!終了年度は)({YEAR})(?:度)?\s*(?:の|で|に|では|には)?(?:総合評価|自己評価|年度評価|評価|判定|ランク|グレード|進捗状況|進捗)?(?:で|が|は|に|も|の)?(?:は|が|も)?\s*{GRADE}"
         r"(?:評価|判定|ランク)?(?:か|または|や|、|・|でも(?:なく)?[、,]?\s*)?([A-DS◎○〇◯△×\ue000-\ue0ff])?(?:評価)?({NEG})?"
         r"(?:\s*[(（]\s*([A-DSＡ-ＤＳ\ue000-\ue0ff])(?:評価)?(?:か|または|や|、|・)?([A-DSＡ-ＤＳ\ue000-\ue0ff])?(?:評価)?(?:のみ|だけ)?\s*[)）])?"
         # (「令和2年度にA取ってた」: the grade said as one a record got, 取った・もらった・獲得した)
         r"(?:\s*を?\s*(?:取って(?:い)?た|取ってる|取っている|取った|とって(?:い)?た|とった|もらって(?:い)?た|もらった|獲得した))?",
         _one_year, negatable=True,
         examples=(("R3がB", {"conditions": [("r3", "=", "B")]}),
                   ("令和2年度にA取ってた", {"conditions": [("r2", "=", "A")]}),
                   ("R4に◎がついた", {"conditions": [("r4", "=", "◎")]}),
                   # (a scale of marks: two of them, either)
                   ("R7の評価が△か×", {"conditions": [("r7", "in", ["△", "×"])]}),
                   ("令和3年度に×だった", {"conditions": [("r3", "=", "×")]}),
                   # (the yearly grades called by the word heading them: 「年度別進捗状況」)
                   ("令和2年度の進捗が×だった", {"conditions": [("r2", "=", "×")]}),
                   ("令和2年度はA評価", {"conditions": [("r2", "=", "A")]}),
                   ("R4にAかB", {"conditions": [("r4", "in", ["A", "B"])]}),
                   ("R5がC以外", {"conditions": [("r5", "!=", "C")]}),
                   ("R5ではAじゃなくなった", {"conditions": [("r5", "!=", "A"), ("r5", "evaluated", None)]}),
                   ("R4でBではなくなった", {"conditions": [("r4", "!=", "B"), ("r4", "evaluated", None)]}),
                   ("R5の評価がA以外(BかC)", {"conditions": [("r5", "in", ["B", "C"])]}),
                   ("R9がA", {"conditions": [("r9", "=", "A")]}),
                   ("R4で評価がA", {"conditions": [("r4", "=", "A")]}),
                   ("R4の評価がAでもBでもない", {"conditions": [("r4", "not_in", ["A", "B"])]}),
                   ("R4の評価がA・B以外", {"conditions": [("r4", "not_in", ["A", "B"])]}),
                   ("取組終了R6で総合評価B", None))),
    Rule("grade_of_year_asked",
         # 「それぞれのR4評価」: at the end of the question the particle may be left out
         r"({YEAR})の?(?:総合)?評価(?:(?:は|を|って)(?=[\s\x1f]*(?:何|どう|[?？。]|$))|(?=[?？。]?$))",
         _year_value,
         examples=(("R4の評価は？", {"value_field": "r4"}), ("それぞれのR4評価", {"value_field": "r4"}),
                   ("R4評価がAの実践項目", None))),
    # 「「書かない窓口の導入」は令和5年度どうだった？」: how a named item did that year is its grade of the year
    Rule("grade_of_year_how",
         r"({YEAR})(?:は|に|で|には|では)?\s*(?:どう|どんな)(?:だった|でした|なった|なっていた|でしたか|ですか)?(?=[\s\x1f]*[?？。]?\s*$)",
         _year_value,
         examples=(("令和5年度どうだった？", {"value_field": "r5"}), ("R4はどうでしたか", {"value_field": "r4"}),
                   ("R4はどうだった評価", None))),
]


class _Alt:
    """A match of a two-branch pattern seen as one: group(1) is whichever grade matched."""

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def group(self, n: int = 0) -> str:
        if n == 0:
            return self.m.group(0)
        found = [g for g in self.m.groups() if g]
        return found[n - 1]


class _Swapped:
    """「R4の評価がR3より…」: the later year is written first; groups 1 and 2 trade places."""

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def group(self, n: int = 0) -> str:
        return self.m.group({1: 2, 2: 1}.get(n, n))


class _Spans:
    """A match of a two-branch pattern with a year span in each branch, seen with one set of names."""

    def __init__(self, m: re.Match) -> None:
        self.m, self.re, self.string = m, m.re, m.string

    def group(self, name: int | str = 0) -> str | None:
        if name in ("y1", "y2") and not self.m.group(name):
            return self.m.group({"y1": "y3", "y2": "y4"}[name])
        return self.m.group(name)
