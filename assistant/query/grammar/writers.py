"""Who wrote a citizen's excerpt, as the paper prints it over the excerpt (「No.12（60代・男性）【窓口サービス】」:
generic/numbered_opinions.tagged_opinions keeps `age_group` and `sex`): 「60代以上の人の意見」「男性の意見」「30代の」.

An age said is compared with the age groups the index holds, read as number ranges (60代 = 60–69, 70代以上 = 70–,
10・20代 = 10–29, 70歳以上 = 70–): 「60代以上」 takes every group starting at 60 or later; a group only partly inside
the range said (「65歳以上」 against 60代) makes the rule read nothing, so the word stays unused and the answer partial."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

_OPEN_END = re.compile(r"以上|超|より上")


def _span(group: str) -> tuple[int, float] | None:
    """60代 → (60, 69), 70代以上 → (70, inf), 10・20代 → (10, 29), 70歳以上 → (70, inf), 19歳以下 → (0, 19)."""
    nums = [int(n) for n in re.findall(r"\d{1,3}", group)]
    if not nums:
        return None
    decade = "代" in group
    low, high = nums[0], nums[-1] + (9 if decade else 0)
    if _OPEN_END.search(group):
        return low, float("inf")
    if re.search(r"以下|まで|未満", group):
        return 0, high - (1 if "未満" in group else 0)
    return low, high


def _age(m: re.Match, ctx: Context) -> Production | None:
    known = sorted(ctx.lex.closed_values.get("age_group", set()))
    if not known:
        return None
    n, unit, bound = int(m.group("n")), m.group("unit"), m.group("bound") or ""
    low, high = (n, n + 9) if unit == "代" else (n, n)
    if bound in ("以上", "より上"):
        want: tuple[float, float] = (low, float("inf"))
    elif bound in ("以下", "まで"):
        want = (0, high)
    elif bound == "未満":
        want = (0, low - 1)
    else:
        want = (low, high)
    inside, partly = [], []
    for group in known:
        span = _span(group)
        if span is None:
            continue
        if want[0] <= span[0] and span[1] <= want[1]:
            inside.append(group)
        elif span[0] <= want[1] and want[0] <= span[1]:
            partly.append(group)
    if partly and bound or not inside and not partly:
        return None  # (a group only partly in the range: which writers are meant cannot be said)
    chosen = inside or partly  # (「20代」 against 10・20代: the one group holding it)
    said = re.sub(r"(?:の(?:人|方|かた|市民)?|から|が|で)$", "", m.group(0))
    return Production([Condition("age_group", "in", chosen, f"年代が{said}（{'・'.join(chosen)}）")],
                      hints={"comment"})


def _sex(m: re.Match, ctx: Context) -> Production | None:
    value = "男性" if m.group("s").startswith("男") else "女性"
    if value not in ctx.lex.closed_values.get("sex", set()):
        return None
    return Production([Condition("sex", "=", value, f"性別 = {value}")], hints={"comment"})


def _excerpts(m: re.Match, ctx: Context) -> Production | None:
    if not (ctx.lex.closed_values.get("age_group") or ctx.lex.closed_values.get("sex")):
        return None  # (no excerpts with their writers printed: 自由記述 stays a word to search)
    return Production([Condition("writer", "not_empty", None, "市民の自由記述（抜粋）")], hints={"comment"})


RULES: list[Rule] = [
    # 「自由記述で紹介されてる意見」「自由記述の抜粋」「自由意見」: the citizens' excerpts (those printed with their
    # writer), as against a committee's opinions the index also holds.
    Rule("citizens_excerpts",
         r"(?:自由記述(?:欄)?(?:に|で|の|から)?|(?:市民の)?自由(?=意見)|市民の(?=意見))\s*"
         r"(?:(?:抜粋|紹介|掲載|取り上げ)(?:され(?:て(?:い)?る|た)|して(?:い)?る)?(?:もの)?(?:の|で|に)?)?",
         _excerpts,
         examples=(("自由記述で紹介されてる意見", None),  # (no excerpts' writers in the examples' index: nothing)
                   ("自由記述の抜粋で", None), ("LINEに触れてる自由意見", None))),
    # 「60代以上の人の意見」「30代の意見」「70歳以上の方から」: the writers' age group, as a range over those printed.
    Rule("writer_age",
         r"(?<![\d.])(?P<n>\d{1,2})\s*(?P<unit>代|歳)\s*(?P<bound>以上|以下|未満|まで|より上)?(?:の(?:人|方|かた|市民)?|から|が|で)?",
         _age,
         examples=(("60代以上の人の意見", None),  # (no excerpts' writers in the examples' index: nothing)
                   ("30代の意見", None))),
    # 「男性の意見」「女性から寄せられた」: the writers' sex, where the index holds it.
    Rule("writer_sex",
         r"(?P<s>男性|女性)(?:の(?:人|方|かた|市民)?|から|が|で)?",
         _sex,
         examples=(("男性の意見", None), ("女性から寄せられた意見", None))),
]
