"""Numeric fields (進捗度, 合計点, 委員評価, counts of child records): values, ranges, value lists,
comparisons with the average, and scores written without a field word (「10点以上」)."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.query.answer import Condition
from assistant.query.compiled import compiled
from assistant.query.grammar import NUM, Context, Production, Rule
from assistant.query.vocabulary import NUMERIC_FIELDS

_CMP_WORDS = [
    ("以上", ">="), ("以下", "<="), ("未満", "<"), ("超え", ">"), ("超", ">"), ("を超える", ">"),
    ("を上回る", ">"), ("を下回る", "<"), ("より高い", ">"), ("より大きい", ">"), ("より上", ">"),
    ("より多い", ">"), ("より低い", "<"), ("より小さい", "<"), ("より下", "<"), ("より少ない", "<"),
    # Verbs of comparison as people write them: 4.0を下回っている, 10点に届いていない, に満たない.
    ("を下回っている", "<"), ("を下回った", "<"), ("を上回っている", ">"), ("を上回った", ">"),
    ("を超えている", ">"), ("を超えた", ">"), ("に届いていない", "<"), ("に届かない", "<"),
    ("に届かなかった", "<"), ("に満たない", "<"), ("に達していない", "<"),
    # (「4.0点に満たなかった」「に達しなかった」: the past as an auditor writes it)
    ("に満たなかった", "<"), ("に満たず", "<"), ("に達しなかった", "<"),
    # ... and as they are said (超えてる, 届いてない).
    ("を超えてる", ">"), ("を上回ってる", ">"), ("を下回ってる", "<"), ("に届いてない", "<"), ("に達してない", "<"),
    # (「100％を切った」「90％を割った」: fell below it)
    ("を切った", "<"), ("を切っている", "<"), ("を切ってる", "<"), ("を切る", "<"), ("を割った", "<"), ("を割っている", "<"),
    ("を割り込んだ", "<"), ("を割る", "<"),
    # (「4.0に届かんやった」「届いとらん」「届いてへん」「満たん」: the negative as spoken in the regions)
    ("に届かん", "<"), ("に届いとらん", "<"), ("に届いとらへん", "<"), ("に届いてへん", "<"), ("に届かへん", "<"),
    ("に届いていません", "<"), ("に届きません", "<"), ("に届いてません", "<"), ("に届かず", "<"),
    ("に達しとらん", "<"), ("に達してへん", "<"), ("に満たん", "<"), ("に満たへん", "<"),
]
CMP = "(" + "|".join(re.escape(w) for w, _ in sorted(_CMP_WORDS, key=lambda t: -len(t[0]))) + ")?"
_OPS = dict(_CMP_WORDS)
_SIGN = {"=": "=", "!=": "≠", ">=": "≥", "<=": "≤", ">": ">", "<": "<"}
# Field words in the vocabulary's order (longest first where one contains another).
_WORDS = "|".join(re.escape(k) for k, _ in NUMERIC_FIELDS)
_FIELDS = dict(NUMERIC_FIELDS)
_SEP = r"\s*(?:では|が|は|の|で|も|を)?\s*"  # (「委員評価 4.0以上」: a space said for a particle)
# (「項目が5つ以上ある取組」: 項目 alone, never the end of a longer word, 評価項目, is the items)
_CHILD = r"(実践項目|(?<![一-龥々ァ-ヶー])項目|委員の意見|委員意見|意見|コメント)(?:の数)?(?:が|は|数が|を)?"


def number(s: str) -> float | int:
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v


def field_kind(fld: str) -> str:
    return "initiative" if fld in ("committee_score", "n_practice", "n_comments") else "practice"


def cond(fld: str, op: str, value) -> Condition:
    return Condition(fld, op, value, f"{field_label(fld)} {_SIGN.get(op, op)} {value}")


def _child_field(word: str) -> str:
    return "n_practice" if word in ("実践項目", "項目") else "n_comments"


def _children_range(m: re.Match, ctx: Context) -> Production | None:
    fld = _child_field(m.group(1))
    lo, hi = sorted((int(float(m.group(2))), int(float(m.group(3)))))
    return Production([Condition(fld, "between", [lo, hi], f"{field_label(fld)} が {lo}〜{hi}")], {"initiative"})


def _children(m: re.Match, ctx: Context) -> Production | None:
    fld = _child_field(m.group(1))
    return Production([cond(fld, _OPS.get(m.group(3) or "", "="), int(float(m.group(2))))], {"initiative"})


def _several_fields(m: re.Match, ctx: Context) -> Production | None:
    op = _OPS.get(m.group(3) or "", "=")
    names = re.findall(_WORDS, m.group(1))
    return Production([cond(_FIELDS[n], op, number(m.group(2))) for n in names],
                      {field_kind(_FIELDS[n]) for n in names})


def _some_of_fields(m: re.Match, ctx: Context) -> Production | None:
    op = _OPS.get(m.group(3) or "", "=")
    names = list(dict.fromkeys(re.findall(_WORDS, m.group(1))))
    fields = list(dict.fromkeys(_FIELDS[n] for n in names))
    kinds = {field_kind(f) for f in fields}
    if len(fields) < 2 or len(kinds) != 1:
        return None
    n = number(m.group(2))
    label = f"{'・'.join(field_label(f) for f in fields)} のいずれかが {n}" + ("" if op == "=" else f"（{_SIGN[op]}）")
    return Production([Condition("@grades", "any_cmp", {"fields": fields, "op": op, "n": n}, label)], kinds)


def _both_ends(m: re.Match, ctx: Context) -> Production | None:
    f = _FIELDS[m.group(1)]
    return Production([cond(f, ">=" if m.group(3) == "以上" else ">", number(m.group(2))),
                       cond(f, "<=" if m.group(5) == "以下" else "<", number(m.group(4)))], {field_kind(f)})


def _range(m: re.Match, ctx: Context) -> Production | None:
    f = _FIELDS[m.group(1)]
    lo, hi = sorted((number(m.group(2)), number(m.group(3))))
    return Production([Condition(f, "between", [lo, hi], f"{field_label(f)} が {lo}〜{hi}")], {field_kind(f)})


def _values(m: re.Match, ctx: Context) -> Production | None:
    f = _FIELDS[m.group(1)]
    values = [number(m.group(2))] + [number(v) for v in re.findall(r"[\d.]+", m.group(3))]
    return Production([Condition(f, "in", values, f"{field_label(f)} ∈ {'/'.join(map(str, values))}")],
                      {field_kind(f)})


def _value(m: re.Match, ctx: Context) -> Production | None:
    f = _FIELDS[m.group(1)]
    return Production([cond(f, _OPS.get(m.group(3) or "", "="), number(m.group(2)))], {field_kind(f)})


def _givers() -> dict[str, str]:
    """Who gives a score, from its field words (審議会評価 → 審議会 gives committee_score)."""
    out: dict[str, str] = {}
    for word, fld in NUMERIC_FIELDS:
        if word.endswith("評価") and len(word) > 3 and not word.endswith("の評価"):
            out.setdefault(word[:-2], fld)
    return out


_GIVER_FIELDS = _givers()
_GIVERS = "|".join(re.escape(w) for w in sorted(_GIVER_FIELDS, key=len, reverse=True)) or "(?!)"


def _from_giver(m: re.Match, ctx: Context) -> Production | None:
    f = _GIVER_FIELDS[m.group("who")]
    return Production([cond(f, _OPS.get(m.group(3) or "", "="), number(m.group(2)))], {field_kind(f)})


def _stored_average(m: re.Match, ctx: Context) -> Production | None:
    f = _FIELDS[m.group(1)]
    op, v = _OPS.get(m.group(3) or "", "="), number(m.group(2))
    return Production([Condition(f, op, v, f"{field_label(f)}(平均) {_SIGN[op]} {v}")], {"initiative"})


# 「22取組の平均」「全実践項目の平均」「全体の平均」: the records the mean is over, said before it (the number
# of them is no value of the score). The mean is the one of every record asked of; the number said is noted.
_POPULATION_AFTER_NUMBER = r"\s*(?:つの|個の)?\s*(?:取組項目|取組|取り組み|実践項目|項目|件|個|事業)(?:全体|すべて|全部)?の\s*平均"
_POPULATION = (r"(?:(?:全|全体の|全部の|すべての|全ての)?\s*(?:\d+\s*(?:つの|個の)?)?\s*"
               r"(?:取組項目|取組|取り組み|実践項目|項目|件|個|事業)?(?:の?(?:全体|すべて|全部))?の\s*(?=平均)|全体(?=平均))?")
# 「全体の平均（約4.07）」: the mean as the asker reckons it, glossed in brackets (the mean is computed all the same)
_MEAN_GLOSSED = r"(?:\s*[（(]\s*(?:約|およそ|だいたい)?\s*\d+(?:\.\d+)?\s*(?:点)?\s*(?:くらい|程度|ほど)?\s*[)）])?"
_POPULATION_NUMBER = compiled(r"(\d+)\s*(?:つの|個の)?\s*(?:取組項目|取組|取り組み|実践項目|項目|件|個|事業)")


def _vs_average(m: re.Match, ctx: Context) -> Production | None:
    f = _FIELDS.get(m.group(1) or "", "")
    low = (m.group(2) or "") in ("低い", "小さい", "下", "下回る", "少ない") or (m.group(2) or "").startswith("下回") \
        or "未満" in m.group(0) or "以下" in m.group(0)
    label = f"{field_label(f) if f else '{default}'} が平均より{'低い' if low else '高い'}"
    said = _POPULATION_NUMBER.search(m.group(0))
    if said:
        ctx.notes.append(f"「{said.group(0)}の平均」は、その種類のすべての記録の平均とみなしました（{said.group(1)}は記録の数で、点数ではありません）")
    return Production([Condition(f or "@default", "below_avg" if low else "above_avg", None, label)],
                      {field_kind(f)} if f else set())


def _number_value(m: re.Match, ctx: Context) -> Production | None:
    from assistant.kinds.registry import record_kinds

    f = _PAIR_FIELDS[m.group("f")]
    if f in _FIELDS.values():
        return None  # a score: field_value reads it
    kinds = [name for name, rk in record_kinds().items() if any(getattr(x, "name", "") == f for x in rk.fields)]
    unit = next((getattr(x, "unit", "") for rk in record_kinds().values() for x in rk.fields if getattr(x, "name", "") == f), "")
    if (m.group("u") or "")[-1:] in ("間", "年") and unit != "年":
        return None  # 「3年間」 is no value of a field not counted in years
    return Production([cond(f, _OPS.get(m.group(4) or "", "="), number(m.group(2)))], set(kinds[:1]))


def _goal_not_reached(m: re.Match, ctx: Context) -> Production | None:
    """「令和6年度に目標値を達成できなかった施策」: of items whose parts of each year print a target and a rate (a sheet's
    目標値 │ 実績値 │ 達成率 under each year), the year's rate below 100 (「達成した」: 100 or more). Only where the index
    holds such rates and a year is said (the item's own state or grade word, 未達成, is read by the rules of those)."""
    from assistant.query.grammar import YEAR

    if "rate" not in (ctx.lex.columns.get("sheet_value") or ()) or not re.search(YEAR, m.string):
        return None
    reached = not m.group("not")
    return Production([Condition("rate", ">=" if reached else "<", 100,
                                 f"達成率 {'≥' if reached else '<'} 100（目標{'を達成' if reached else '未達成'}）")])


def _number_both_ends(m: re.Match, ctx: Context) -> Production | None:
    """「達成率が100%以上110%未満」: both bounds of a number field of any kind (scores have field_both_ends)."""
    from assistant.kinds.registry import record_kinds

    f = _PAIR_FIELDS[m.group("f")]
    if f in _FIELDS.values():
        return None
    kinds = [name for name, rk in record_kinds().items() if any(getattr(x, "name", "") == f for x in rk.fields)]
    return Production([cond(f, ">=" if m.group("lo_cmp") == "以上" else ">", number(m.group("lo"))),
                       cond(f, "<=" if m.group("hi_cmp") == "以下" else "<", number(m.group("hi")))], set(kinds[:1]))


def _score_range(m: re.Match, ctx: Context) -> Production | None:
    lo, hi = sorted((number(m.group(1)), number(m.group(2))))
    return Production([Condition("@score", "between", [lo, hi], f"{{score}} が {lo}〜{hi}")])


def _points_after_grade_word(m: re.Match, ctx: Context) -> Production | None:
    if not ctx.lex.point_years:
        return None
    op, v = _OPS.get(m.group("cmp") or "", "="), number(m.group("n"))
    return Production([Condition("@score", op, v, f"{{score}} {_SIGN[op]} {v}")])


def _score(m: re.Match, ctx: Context) -> Production | None:
    op, v = _OPS.get(m.group(2) or "", "="), number(m.group(1))
    return Production([Condition("@score", op, v, f"{{score}} {_SIGN[op]} {v}")])


# List fields counted by their number of values (「担当課が2つ以上」): words to move into the kinds'
# declarations with the rest of the vocabulary.
_LIST_WORDS = {"担当部署": "departments", "担当課": "departments", "部署": "departments", "テーマ": "themes",
               "自治体": "places"}
_LIST = "|".join(sorted(_LIST_WORDS, key=len, reverse=True))


def _list_length(m: re.Match, ctx: Context) -> Production | None:
    fld, n = _LIST_WORDS[m.group(1)], int(m.group(2))
    op = _OPS.get(m.group(3) or "", "=")
    if m.group(4):  # 「2つ以上ある」「1つしかない」
        op = "=" if "しか" in m.group(4) else op
    return Production([Condition(fld, "len" + op, n, f"{field_label(fld)}の数 {_SIGN[op]} {n}")])


def _list_length_extreme(m: re.Match, ctx: Context) -> Production | None:
    """「テーマの○の数が一番多い取組項目（同数なら全部）」: the records whose list holds the most (fewest) values, all
    of them when several tie (the executor reads the extreme over the records the other conditions leave)."""
    fld, most = _LIST_WORDS[m.group("w")], m.group("how") == "多い"
    if fld not in ctx.all_fields:
        return None
    label = f"{field_label(fld)}の数が最{'多' if most else '少'}（同数はすべて）"
    return Production([Condition(fld, "len_max" if most else "len_min", None, label)])


_SEVERAL_OF = {"課": "departments", "部署": "departments", "担当課": "departments", "担当部署": "departments",
               "所属": "departments", "部局": "departments", "テーマ": "themes"}


def _several_values(m: re.Match, ctx: Context) -> Production | None:
    fld = _SEVERAL_OF.get(m.group("w1") or "") or _LIST_WORDS.get(m.group("w2") or "") or "departments"
    one = bool(m.group("one"))
    op, n = ("=", 1) if one else (">=", 2)
    return Production([Condition(fld, "len" + op, n, f"{field_label(fld)}の数 {_SIGN[op]} {n}")])


def _departments_sharing(m: re.Match, ctx: Context) -> Production | None:
    n = {"二": 2, "ふた": 2, "三": 3, "みっ": 3}.get(m.group("n")) or int(m.group("n"))
    if n < 2:
        return None
    return Production([Condition("departments", "len=", n, f"{field_label('departments')}の数 = {n}")])


CHILDREN: list[Rule] = [
    # 「複数の課が担当している」「担当部署が複数」「一つの課だけで担当」: the number of values, said in words.
    Rule("list_several",
         r"(?:(?P<many>複数|いくつか|二つ以上|2つ以上|ふたつ以上)|(?P<one>一つ|1つ|ひとつ|単独|一)(?=の(?:課|部署|担当課|担当部署|所属|部局)(?:だけ|のみ)))"
         r"の(?P<w1>担当部署|担当課|部署|課|所属|部局|テーマ)(?:だけ|のみ)?(?:が|で|に|にまたがる|にまたがって|にわたる)?"
         r"(?=\s*(?:担当|所管|共同|関わ|かかわ|関係|またが|わた|の|に|が|は|で))"
         r"|(?P<w2>" + _LIST + r")(?:が|は)\s*複数(?:ある|の|になっている|にまたがる)?",
         _several_values,
         examples=(("複数の課が担当している", {"conditions": [("departments", "len>=", 2)]}),
                   ("担当部署が複数ある", {"conditions": [("departments", "len>=", 2)]}),
                   ("一つの課だけで担当している", {"conditions": [("departments", "len=", 1)]}),
                   ("複数のテーマにまたがる", {"conditions": [("themes", "len>=", 2)]}),
                   ("複数回", None))),
    # 「2つの部署の連名で担当」「二つの課が共管している」: that many departments sharing the item.
    Rule("departments_sharing",
         r"(?P<n>\d|二|三|ふた|みっ)(?:つ)?の(?:担当部署|担当課|部署|課|部局)(?:の|が|で|による)?\s*(?P<how>連名|共管|共同|合同)",
         _departments_sharing,
         examples=(("2つの部署の連名で担当している", {"conditions": [("departments", "len=", 2)]}),
                   ("二つの課が共管している", {"conditions": [("departments", "len=", 2)]}))),
    Rule("list_length",
         # (「テーマの丸が1個しかついてない」: the marks the table prints for each value, counted)
         # (「テーマに○が5つ付いている」: the marks said as put on the list)
         r"(" + _LIST + r")(?:(?:の|に)\s*(?:丸|○|〇|◯|印|マーク|チェック))?(?:が|は|の数が|の数は)?\s*(\d+)\s*(?:つ|課|件|個|部署|か所)" + CMP
         + r"(しか(?:ない|ついてない|付いてない|ついていない|付いていない|つかない|付かない)|ある|の)?",
         _list_length,
         examples=(("担当課が2つ以上ある", {"conditions": [("departments", "len>=", 2)]}),
                   ("テーマが1つしかない", {"conditions": [("themes", "len=", 1)]}),
                   ("テーマの丸が1個しかついてない", {"conditions": [("themes", "len=", 1)]}),
                   ("テーマに○が5つ付いている", {"conditions": [("themes", "len=", 5)]}))),
    # 「テーマの○の数が一番多い」「担当部署の数が最も少ない」: the count of a list's values at its extreme (before the
    # summaries, whose extreme would read 一番多い of a score and drop the list said)
    Rule("list_length_extreme",
         r"(?P<w>" + _LIST + r")(?:の\s*(?:丸|○|〇|◯|印|マーク|チェック))?\s*(?:の)?(?:数|個数)\s*(?:が|は)\s*(?:一番|いちばん|最も|もっとも)\s*(?P<how>多い|少ない)",
         _list_length_extreme,
         examples=(("テーマの○の数が一番多い", {"conditions": [("themes", "len_max", None)]}),
                   ("担当部署の数が最も少ない", {"conditions": [("departments", "len_min", None)]}))),
    Rule("child_count_range",
         _CHILD + NUM + r"(?:件|個|つ)?(?:以上|から|〜|-)\s*" + NUM + r"(?:件|個|つ)(?:以下|まで)?",
         _children_range,
         examples=(("実践項目が2〜4件", {"conditions": [("n_practice", "between", [2, 4])]}),)),
    # 「意見が一つもない」「実践項目が1件もない」: none at all.
    Rule("child_none",
         _CHILD + r"\s*(?:一つも|ひとつも|1つも|一件も|1件も|いっこも|全く|まったく)\s*"
         r"(?:ない|無い|なし|ついていない|ついてない|付いていない|出ていない|寄せられていない|寄せられなかった)",
         lambda m, ctx: Production([cond(_child_field(m.group(1)), "=", 0)], {"initiative"}),
         examples=(("意見が一つもない", {"conditions": [("n_comments", "=", 0)]}),
                   ("委員の意見が1件もない", {"conditions": [("n_comments", "=", 0)]}))),
    # (「実践項目数が5項目以上」: the items counted in their own word)
    # (項目 only before a comparison: 「実践項目は95項目中いくつ」 counts out of all, no condition)
    # (「実践項目が1つしかない」: しか…ない is "only that many", the count equal to it, not a negation left unread)
    Rule("child_count", _CHILD + NUM + r"(?:件|個|つ|項目(?=(?:" + CMP[1:-2] + r")))" + CMP
         + r"(?:\s*しか(?:ない|無い|なかった|ついていない|ついてない|付いていない|付いてない))?", _children,
         examples=(("委員の意見が9件ある", {"conditions": [("n_comments", "=", 9)]}),
                   ("実践項目が1つしかない取組項目", {"conditions": [("n_practice", "=", 1)]}),
                   ("委員の意見が2件しかなかった", {"conditions": [("n_comments", "=", 2)]}),
                   ("実践項目数が5項目以上の取組項目", {"conditions": [("n_practice", ">=", 5)]}),
                   ("実践項目は95項目中いくつ", None),
                   ("実践項目が5件以上", {"conditions": [("n_practice", ">=", 5)]}),
                   ("項目が5つ以上ある取組", {"conditions": [("n_practice", ">=", 5)]}),
                   ("評価項目が5つ以上", None))),
]
_HIGHER = ("高い", "大きい", "上", "良い", "多い", "上回")
_FIELD_OP_SIGN = {"field_gt": ">", "field_lt": "<", "field_eq": "=", "field_ne": "≠"}


def _fields_compared(m: re.Match, ctx: Context) -> Production | None:
    """「進捗度が創造性より高い」「効率性が連携度を上回ってる」「連携度と効率性が同じ」: two fields
    of one record compared."""
    a, b = _PAIR_FIELDS[m.group("a")], _PAIR_FIELDS[m.group("b")]
    if a == b:
        return None
    word = m.group("cmp")
    if word in ("同じ", "等しい", "同点", "一致", "同一"):
        op = "field_eq"
    elif word in ("違う", "異なる", "違っている", "異なっている"):
        op = "field_ne"
    else:
        op = "field_gt" if word.startswith(_HIGHER) else "field_lt"
    label = f"{_label_of(a)} {_FIELD_OP_SIGN[op]} {_label_of(b)}"
    hint = {"plan": "indicator", "actual": "indicator", "goal": "indicator"}.get(a, field_kind(a))
    return Production([Condition(a, op, b, label)], hints={hint})


def _label_of(fld: str) -> str:
    """The label users said for the field (計画値, not another kind's 取組予定)."""
    return next((w for w, f in _PAIR_FIELDS.items() if f == fld and len(w) > 2), field_label(fld))


def _all_equal_to(m: re.Match, ctx: Context) -> Production | None:
    """「進捗度と連携度と効率性と創造性がぜんぶ3」: each named field has the value."""
    names = re.findall(_PAIR_WORDS, m.group("list"))
    fields = list(dict.fromkeys(_PAIR_FIELDS[n] for n in names))
    if len(fields) < 2 or (m.group("many") and int(m.group("many")) != len(fields)):
        return None
    value = number(m.group("n"))
    return Production([cond(f, "=", value) for f in fields], hints={field_kind(fields[0])})


def _all_same(m: re.Match, ctx: Context) -> Production | None:
    """「…が4つとも同じ点」: each field named equal to the next (so all to one another)."""
    if m.group("list"):
        fields = list(dict.fromkeys(_PAIR_FIELDS[n] for n in re.findall(_PAIR_WORDS, m.group("list"))))
    else:
        fields = _axes()
        said = {"四": 4, "三": 3, "二": 2}.get(m.group("many_axes")) or int(m.group("many_axes"))
        if said != len(fields):
            return None
    if len(fields) < 2 or (m.group("many") and int(m.group("many")) != len(fields)):
        return None
    return Production([Condition(a, "field_eq", b, f"{_label_of(a)} = {_label_of(b)}") for a, b in zip(fields, fields[1:])],
                      hints={field_kind(fields[0])})


def _axes() -> list[str]:
    """The fields a record is scored on each year and summed up on (進捗度・連携度・効率性・創造性): the score fields
    a kind shares with its yearly part's rows (a progress sheet's self-evaluation), in declaration order."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    kinds = record_kinds()
    scored = {k: [f.name for f in rk.fields if isinstance(f, Field) and f.type == "score"] for k, rk in kinds.items()}
    best: list[str] = []
    for k, fields in scored.items():
        for other, theirs in scored.items():
            shared = [f for f in fields if f in theirs]
            if other != k and len(shared) >= 2 and set(theirs) == set(shared) and len(shared) > len(best):
                best = shared
    return best


def _all_axes_equal_to(m: re.Match, ctx: Context) -> Production | None:
    """「総括の4項目がすべて2」: each field the records are scored on has the value, the number of fields said
    being theirs."""
    axes = _axes()
    many = {"四": 4, "三": 3, "二": 2}.get(m.group("many")) or int(m.group("many"))
    if not axes or many != len(axes):
        return None
    value = number(m.group("n"))
    return Production([cond(f, "=", value) for f in axes], hints={field_kind(axes[0])})


def _number_words() -> tuple[str, dict[str, str]]:
    """Words of the numeric fields (scores, counts, values planned and achieved) for comparing two."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field
    from assistant.query.vocabulary import VALUE_FIELDS

    numeric = {f.name for rk in record_kinds().values() for f in rk.fields
               if isinstance(f, Field) and f.type in ("score", "number", "money")}
    pairs = {w: f for w, f in VALUE_FIELDS if f in numeric}
    return "|".join(re.escape(w) for w in sorted(pairs, key=len, reverse=True)), pairs


_PAIR_WORDS, _PAIR_FIELDS = _number_words()

_FIELD_PAIR_RULES: list[Rule] = [
    Rule("fields_compared",
         r"(?P<a>" + _PAIR_WORDS + r")(?:の平均(?:値|点)?|の点数|の点|の値)?(?:が|は|の方が|のほうが)\s*(?P<b>" + _PAIR_WORDS + r")(?:の平均(?:値|点)?|の点数|の点|の値)?(?:より|よりも|に比べて|と比べて)(?:も)?\s*"
         r"(?P<cmp>高い|大きい|上|良い|多い|低い|小さい|下|悪い|少ない)"
         r"|(?P<a2>" + _PAIR_WORDS + r")(?:の平均(?:値|点)?|の点数|の点|の値)?(?:が|は)\s*(?P<b2>" + _PAIR_WORDS + r")(?:の平均(?:値|点)?|の点数|の点|の値)?を\s*(?P<cmp2>上回|下回)"
         r"|(?P<b3>" + _PAIR_WORDS + r")(?:より|よりも|に比べて|と比べて)\s*(?P<a3>" + _PAIR_WORDS + r")(?:の方が|のほうが|が|は|の(?=点|値|評価))\s*"
         r"(?:(?:点数|点|値|評価)(?:の方が|のほうが|が|は))?\s*(?P<cmp3>高い|大きい|上|良い|多い|低い|小さい|下|悪い|少ない)",
         lambda m, ctx: _fields_compared(_Pair(m), ctx), negatable=True,
         examples=(("進捗度が創造性より高い", {"conditions": [("progress", "field_gt", "creativity")]}),
                   ("効率性が連携度を上回ってる", {"conditions": [("efficiency", "field_gt", "collaboration")]}),
                   ("創造性が進捗度を下回る", {"conditions": [("creativity", "field_lt", "progress")]}),
                   ("進捗度より創造性のほうが点数が高い", {"conditions": [("creativity", "field_gt", "progress")]}),
                   ("連携度より効率性の点が高い", {"conditions": [("efficiency", "field_gt", "collaboration")]}),
                   ("進捗度よりも創造性の点数のほうが高い", {"conditions": [("creativity", "field_gt", "progress")]}),
                   ("計画値より実績値が多かった", {"conditions": [("actual", "field_gt", "plan")]}),
                   ("進捗度の平均が創造性の平均を上回ってる", {"conditions": [("progress", "field_gt", "creativity")]}),
                   ("効率性の点数が連携度より高い", {"conditions": [("efficiency", "field_gt", "collaboration")]}),
                   ("進捗度の点数が連携度を上回っている", {"conditions": [("progress", "field_gt", "collaboration")]}))),
    # 「交付件数が目標を上回った」: the subject is the indicator itself (a word of its name), not a field,
    # so what went over its target or plan is its achieved value.
    Rule("achieved_against_target",
         # (「目標に届かなかった」「計画に達していない」: below it, said as not reaching it)
         r"(?:が|は)\s*(?P<f>計画値|目標値|計画|目標)(?:の値)?(?:を\s*(?P<cmp>上回|下回|超え)"
         r"|に\s*(?P<short>届かな|届いていな|届いてな|届かず|達しな|達していな|達せず|満たな|満たず))",
         lambda m, ctx: Production([Condition(
             "actual", "field_gt" if m.group("cmp") in ("上回", "超え") else "field_lt",
             {"計画値": "plan", "計画": "plan", "目標値": "goal", "目標": "goal"}[m.group("f")],
             f"実績値 {'>' if m.group('cmp') in ('上回', '超え') else '<'} {m.group('f')}")], hints={"indicator"}),
         examples=(("交付件数が目標を上回った", {"conditions": [("actual", "field_gt", "goal")]}),
                   ("利用者数が計画を下回った年度", {"conditions": [("actual", "field_lt", "plan")]}),
                   ("運行便数が目標に届かなかった年度", {"conditions": [("actual", "field_lt", "goal")]}),
                   ("利用者数が計画に達していない", {"conditions": [("actual", "field_lt", "plan")]}))),
    Rule("fields_same",
         r"(?P<a>" + _PAIR_WORDS + r")と(?P<b>" + _PAIR_WORDS + r")(?:が|は|の点数が|の値が|の点が)\s*(?:同じ|等しい|同点|一致|同一|違う|異なる)",
         lambda m, ctx: _fields_compared(_Pair(m, same=True), ctx), negatable=True,
         examples=(("連携度と効率性が同じ", {"conditions": [("collaboration", "field_eq", "efficiency")]}),
                   ("進捗度と創造性が違う", {"conditions": [("progress", "field_ne", "creativity")]}))),
    Rule("axes_all_equal_to",
         r"(?:総括|評価|自己評価)?(?:の)?\s*(?P<many>[2-9２-９二三四])\s*(?:つの|個の)?\s*(?:評価)?(?:項目|観点|指標|評価|区分)"
         r"(?:の点数|の点|の評価)?(?:が|は|の)?\s*(?:全部|すべて|全て|いずれも|どれも|ともに|とも|そろって|揃って|全部とも)\s*"
         r"(?P<n>\d+(?:\.\d+)?)(?:点)?",
         _all_axes_equal_to,
         examples=(("総括の4項目がすべて2", {"conditions": [("progress", "=", 2), ("collaboration", "=", 2),
                                                   ("efficiency", "=", 2), ("creativity", "=", 2)]}),
                   ("4つの評価観点が全部3点", {"conditions": [("progress", "=", 3), ("collaboration", "=", 3),
                                                    ("efficiency", "=", 3), ("creativity", "=", 3)]}),
                   ("3項目がすべて2", None))),
    # 「合計点が12点満点（4つとも3点）」: how many scores and the points each has, said with no word for the scores
    # (the number must be how many the records are scored on; a point is said).
    Rule("axes_all_equal_to_unnamed",
         r"(?<![\d０-９])(?P<many>[2-9２-９二三四])\s*(?:つ|個)\s*(?:とも|ともに|全部|すべて|全て|いずれも|どれも)\s*(?:が)?\s*"
         r"(?P<n>\d+(?:\.\d+)?)\s*点",
         _all_axes_equal_to,
         examples=(("合計点が12点満点（4つとも3点）", {"conditions": [("progress", "=", 3), ("collaboration", "=", 3),
                                                          ("efficiency", "=", 3), ("creativity", "=", 3)]}),
                   ("3つとも2点", None))),
    # 「進捗度・連携度・効率性・創造性が4つとも同じ点」「総括の4項目が全部同じ点数」: the fields named (or the ones the
    # records are scored on, their number said) equal to one another, whatever the value.
    Rule("fields_all_same",
         r"(?:(?P<list>(?:" + _PAIR_WORDS + r")(?:\s*(?:と|・|、|,|も)\s*(?:" + _PAIR_WORDS + r"))+)"
         r"|(?:総括|評価|自己評価)?(?:の)?\s*(?P<many_axes>[2-9２-９二三四])\s*(?:つの|個の)?\s*(?:評価)?(?:項目|観点|指標|区分))"
         r"(?:の点数|の点|の値)?(?:が|は|の)?\s*(?:(?P<many>\d)\s*(?:つ|個|項目|観点)\s*)?(?:が|は)?\s*"
         r"(?:全部|すべて|全て|いずれも|どれも|ともに|とも|そろって|揃って|みんな|全部とも)?\s*"
         r"(?:同じ|等しい|同点|一緒|一致|同一|そろ|揃)(?:点数|点|値|評価)?",
         lambda m, ctx: _all_same(m, ctx),
         examples=(("進捗度・連携度・効率性・創造性が4つとも同じ点", {"conditions": [
                        ("progress", "field_eq", "collaboration"), ("collaboration", "field_eq", "efficiency"),
                        ("efficiency", "field_eq", "creativity")]}),
                   ("連携度と効率性と創造性が全部同じ", {"conditions": [
                        ("collaboration", "field_eq", "efficiency"), ("efficiency", "field_eq", "creativity")]}),
                   ("総括の4項目が全部同じ点数", {"conditions": [
                        ("progress", "field_eq", "collaboration"), ("collaboration", "field_eq", "efficiency"),
                        ("efficiency", "field_eq", "creativity")]}),
                   # (a number of fields other than those named: not read as this)
                   ("進捗度と連携度が3つとも同じ点", None))),
    Rule("fields_all_equal_to",
         r"(?P<list>(?:" + _PAIR_WORDS + r")(?:\s*(?:と|・|、|,|も)\s*(?:" + _PAIR_WORDS + r"))+)(?:が|は|も|の)?\s*"
         # (「…が4つとも2点」: how many fields were named, said before the quantifier)
         r"(?:(?P<many>\d)\s*(?:つ|個|項目|観点)\s*(?=とも|ともに|すべて|全て|全部|いずれも|どれも|が|は|の))?(?:が|は|の)?\s*"
         r"(?:全部|すべて|全て|いずれも|どれも|ともに|とも|そろって|揃って|みんな|全部とも)?\s*(?P<n>\d+(?:\.\d+)?)(?:点)?"
         r"(?![\d.]|\s*(?:つ|個|項目|観点))",  # (「4つとも同じ」: the number of fields, not their value)
         _all_equal_to,
         examples=(("進捗度と連携度と効率性と創造性が全部3", {"conditions": [("progress", "=", 3), ("collaboration", "=", 3),
                                                            ("efficiency", "=", 3), ("creativity", "=", 3)]}),
                   ("進捗度・連携度・効率性・創造性が4つとも2点", {"conditions": [("progress", "=", 2), ("collaboration", "=", 2),
                                                                ("efficiency", "=", 2), ("creativity", "=", 2)]}),
                   # (a number of fields other than those named: not read as this)
                   ("進捗度と連携度が3つとも2点", None))),
]


class _Pair:
    """The two fields and the comparison word, from whichever alternative matched."""

    def __init__(self, m: re.Match, same: bool = False) -> None:
        self.m, self.same = m, same

    def group(self, name: str):
        m = self.m
        if name == "cmp":
            if self.same:
                return "同じ" if re.search(r"同じ|等しい|同点|一致|同一", m.group(0)) else "違う"
            return m.group("cmp") or m.group("cmp2") or m.group("cmp3")
        d = m.groupdict()
        return d.get(name) or d.get(name + "2") or d.get(name + "3")


def _bound_on_asked(m: re.Match, ctx: Context) -> Production | None:
    """「取組項目の委員評価を一覧で」→「4.5以上のものだけ」: a bound alone bounds the field just asked."""
    prev = ctx.previous
    numeric = {f for _, f in NUMERIC_FIELDS}
    fld = (prev.value_field or prev.agg_field) if prev is not None else ""
    if not fld and prev is not None:
        # 「委員評価4.0以上は何件？」→「じゃあ4.0未満のほうは？」: the field the one bound before was on.
        bounded = {c.field for c in prev.conditions if c.field in numeric and c.op in ("<", "<=", ">", ">=", "=")}
        fld = bounded.pop() if len(bounded) == 1 else ""
    if fld not in numeric or not re.fullmatch(r"[\x1f\s、,]*", m.string[:m.start()]):
        return None
    return Production([cond(fld, _OPS[m.group("cmp")], number(m.group("n")))])


def _points_never(m: re.Match, ctx: Context) -> Production | None:
    """「4年間一度も3点以上を取れなかった」: no year a report grades in points (a number a year, lexicon's
    point_years) reached the bound; a record with no points at all is no such record. Read only where
    the index has points a year, and a number of years said must be the index's (else which is unsaid)."""
    fields = [f for f in ctx.grade_fields if f in ctx.lex.point_years]
    if not fields or (m.group("years") and int(m.group("years")) != len(fields)):
        return None
    op, n = _OPS.get(m.group("cmp") or "", "="), number(m.group("n"))
    label = f"{'・'.join(field_label(f) for f in fields)} のどれも {n}点{m.group('cmp') or ''}でない（点数のある年度のうち）"
    return Production([Condition("@grades", "no_any_cmp", {"fields": fields, "op": op, "n": n}, label)],
                      hints={"practice"})


_NEVER_ONCE = r"(?:一度も|1度も|一回も|1回も|いちども|どの年度も|いずれの年度も)"

RULES: list[Rule] = [
    # (before score_value: 「3点以上」 here is each year's points, never a total)
    Rule("points_never_reached",
         r"(?:(?<![\d.])(?P<years>\d+)\s*(?:年間|か年|年度間|年)(?:で|の間|の間に|の評価で|、)?\s*)?" + _NEVER_ONCE
         + r"\s*(?P<n>\d+(?:\.\d+)?)\s*点\s*(?P<cmp>以上|以下|未満|超え|超)?(?:の評価)?\s*(?:を|が|に|は|も)?\s*"
         r"(?:取れ|とれ|取っ|とっ|つい|付い|もらえ|もらっ|届い|届か|なっ|なら|達し|獲得し|取ら|とら)?[^、。？?\x1f]{0,8}?(?:ない|なくて|なかった|ず|ません)",
         _points_never,
         # (examples without points a year in the index read nothing: see test_points_of_years_followed_up.py)
         examples=(("4年間一度も3点以上を取れなかった", None), ("一度も3点以上を取れなかった", None))),
] + _FIELD_PAIR_RULES + [
    Rule("bound_on_asked_field",
         r"(?:^|(?<=[\x1f\s、,]))(?:そのうち|その中で|うち|では|じゃあ)?[、,]?[ 　]*(?P<n>\d+(?:\.\d+)?)[ 　]*点?[ 　]*"
         r"(?P<cmp>" + "|".join(re.escape(w) for w, _ in sorted(_CMP_WORDS, key=lambda t: -len(t[0]))) + r")"
         r"(?=(?:のもの|のほう|の方|の|のやつ)?(?:だけ|のみ)?(?:は|を)?[ 　]*(?:何件|いくつ|どれ|教えて|見せて)?[？?。]?[ 　]*$)",
         _bound_on_asked,
         examples=(("4.5以上のものだけ", None),)),  # only after a field was asked: see tests/query/test_p24_kinds.py
    # 「進捗度・連携度・効率性・創造性のどれか一つでも1点がある」: some one of the scores named holds the value.
    Rule("some_of_several_fields",
         rf"((?:(?:{_WORDS})\s*(?:・|、|,|と|や|か|または|又は|あるいは)\s*)+(?:{_WORDS}))\s*(?:の)?\s*(?:うち)?\s*"
         rf"(?:どれか|いずれか|どれ|どこか)\s*(?:1つ|1個|ひとつ|一つ)?\s*(?:でも|だけでも)?\s*(?:が|に|で|は)?\s*{NUM}\s*(?:点)?{CMP}",
         _some_of_fields,
         examples=(("進捗度・連携度・効率性・創造性のどれか1つでも1点がある", {"conditions": [("@grades", "any_cmp", {
             "fields": ["progress", "collaboration", "efficiency", "creativity"], "op": "=", "n": 1})]}),
                   ("進捗度と創造性のいずれかが3以上", {"conditions": [("@grades", "any_cmp", {
                       "fields": ["progress", "creativity"], "op": ">=", "n": 3})]}))),
    Rule("several_fields_one_value",
         rf"((?:(?:{_WORDS})(?:も|と|、|,|・)){{1,3}}(?:{_WORDS}))(?:も|が|は|とも|ともに)?"
         rf"(?:どちらも|いずれも|ともに|とも|両方とも|両方|全て|すべて)?(?:が|に)?{NUM}(?:点)?{CMP}",
         _several_fields,
         examples=(("進捗度も連携度も3", {"conditions": [("progress", "=", 3), ("collaboration", "=", 3)]}),)),
    Rule("field_both_ends",
         rf"({_WORDS}){_SEP}{NUM}(?:点)?(以上|超|より上)\s*(?:で|、|かつ)?\s*{NUM}(?:点)?(以下|未満)",
         _both_ends,
         examples=(("委員評価が4以上4.3以下", {"conditions": [("committee_score", ">=", 4),
                                                              ("committee_score", "<=", 4.3)]}),)),
    # 「委員評価が3点台」: from N up to, not including, N+1.
    Rule("field_band",
         rf"({_WORDS}){_SEP}(\d+)\s*(?:点台|台)",
         lambda m, ctx: Production([cond(_FIELDS[m.group(1)], ">=", int(m.group(2))),
                                    cond(_FIELDS[m.group(1)], "<", int(m.group(2)) + 1)]),
         examples=(("委員評価が3点台", {"conditions": [("committee_score", ">=", 3), ("committee_score", "<", 4)]}),)),
    Rule("field_range",
         rf"({_WORDS}){_SEP}{NUM}(?:点)?(?:〜|から|-|ー|～)\s*{NUM}(?:点)?(?:まで|の間|の範囲)?",
         _range,
         examples=(("合計点が8〜10", {"conditions": [("total", "between", [8, 10])]}),)),
    Rule("field_values",
         rf"({_WORDS}){_SEP}{NUM}(?:点)?((?:\s*(?:又は|または|あるいは|もしくは|か|、|や)\s*[\d.]+(?:点)?)+)",
         _values, negatable=True,
         examples=(("委員評価が3.4又は3.7", {"conditions": [("committee_score", "in", [3.4, 3.7])]}),)),
    Rule("field_value",
         rf"({_WORDS}){_SEP}(?:満点の)?{NUM}(?!\s*番目)(?![\d.]|{_POPULATION_AFTER_NUMBER})(?:点満点|点)?\s*{CMP}",
         _value, negatable=True,
         examples=(("創造性が2", {"conditions": [("creativity", "=", 2)]}),
                   ("委員評価が4.5以上", {"conditions": [("committee_score", ">=", 4.5)]}),
                   ("委員評価 4.0以上", {"conditions": [("committee_score", ">=", 4.0)]}),
                   ("委員評価 4.0 未満", {"conditions": [("committee_score", "<", 4.0)]}),
                   # 委員会の評価 is the committee's score, as 審議会の評価 is
                   ("委員会の評価が4.0以上", {"conditions": [("committee_score", ">=", 4.0)]}),
                   ("創造性が3ではない", {"conditions": [("creativity", "!=", 3)]}),
                   ("委員評価が4.0を下回っている", {"conditions": [("committee_score", "<", 4.0)]}),
                   ("合計が10を超えてる", {"conditions": [("total", ">", 10)]}),
                   ("合計点が10点に届いていない", {"conditions": [("total", "<", 10)]}),
                   ("委員評価では4.0点に満たなかった", {"conditions": [("committee_score", "<", 4.0)]}),
                   ("委員評価が4.0に届かんやった", {"conditions": [("committee_score", "<", 4.0)]}),
                   # 満点 with its number says the number (the scale's top is the document's, not ours)
                   ("委員評価が満点の5の", {"conditions": [("committee_score", "=", 5)]}),
                   ("合計点が12点満点の", {"conditions": [("total", "=", 12)]}))),
    # 「達成率が100%」「計画値が12以上」: a number field of any kind (the scores have the rule above),
    # with its unit when the unit is the stored one's (千円 or 万円 would scale the number: left alone).
    # A number followed by 年 is a year said after the field (「総事業費は2022年度から2023年度で」), no value.
    Rule("number_field_both_ends",
         rf"(?P<f>{_PAIR_WORDS}){_SEP}\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:%|％|パーセント)?\s*(?P<lo_cmp>以上|超|より上)\s*(?:で|、|,|かつ)?\s*"
         rf"(?P<hi>\d+(?:\.\d+)?)\s*(?:%|％|パーセント)?\s*(?P<hi_cmp>以下|未満)",
         _number_both_ends,
         examples=(("達成率が100%以上110%未満の", {"conditions": [("rate", ">=", 100), ("rate", "<", 110)]}),
                   ("達成率が90以上で100以下", {"conditions": [("rate", ">=", 90), ("rate", "<=", 100)]}),
                   ("委員評価が4以上4.3以下", None))),
    Rule("goal_not_reached",
         r"目標値?(?:を|に)?\s*(?:(?P<not>達成でき(?:なかった|ていない|てない|ず)|達成していない|達成してない|達成しなかった|届かなかった|"
         r"届いていない|届いてない|届かず)|(?:達成した|達成できた|クリアした))",
         _goal_not_reached,
         # (no yearly rates in the examples' index: nothing)
         examples=(("令和6年度に目標値を達成できなかった", None),)),
    Rule("number_field_value",
         # (a length in years, 「取組期間が3年間」, only of a field counted in years)
         rf"(?P<f>{_PAIR_WORDS}){_SEP}\s*{NUM}\s*(?P<u>%|％|パーセント|件|人|回|か所|箇所|個|年間|か年|カ年|ヶ年|年(?!度|\d))?{CMP}(?![\d.万千億円年])",
         _number_value, negatable=True,
         examples=(("達成率が100%の", {"conditions": [("rate", "=", 100)]}),
                   ("取組期間が3年間の", {"conditions": [("period_years", "=", 3)]}),
                   ("実施期間が2年の", {"conditions": [("period_years", "=", 2)]}),
                   ("達成率が3年間", None),
                   ("計画値が12以上", {"conditions": [("plan", ">=", 12)]}),
                   ("委員評価が4.5以上", None), ("事業費が100万円以上", None),
                   ("総事業費は2022年度から2023年度で", None))),
    Rule("stored_average",
         # (「委員会評価で平均が4.0未満」: the score named first, the mean its paper prints said after it)
         rf"({_WORDS})(?:の|で|は)?[、,]?\s*平均(?:値|点)?(?:が|は)?{NUM}(?:点)?{CMP}",
         _stored_average,
         examples=(("創造性の平均が3.0", {"conditions": [("creativity", "=", 3.0)]}),
                   ("委員会評価で平均が4.0未満", {"conditions": [("committee_score", "<", 4.0)]}))),
    Rule("compared_with_average_field_after",
         rf"平均(?:値|点)?より(?:も)?({_WORDS}){_SEP}(高い|大きい|上|上回る|多い|低い|小さい|下|下回る|少ない)",
         _vs_average,
         examples=(("平均より委員評価が低い", {"conditions": [("committee_score", "below_avg", None)]}),)),
    Rule("compared_with_average",
         rf"(?:({_WORDS}){_SEP})?{_POPULATION}平均(?:値|点)?" + _MEAN_GLOSSED + r"(?:より|以上|以下|未満|を(?=上回|下回))(?:も)?"
         r"(高い|大きい|上回(?:る|って(?:いる|る|た|いた)?|った)|上|多い|低い|小さい|下回(?:る|って(?:いる|る|た|いた)?|った)|下|少ない)?",
         _vs_average,
         examples=(("委員評価が平均より高い", {"conditions": [("committee_score", "above_avg", None)]}),
                   ("合計点が平均未満", {"conditions": [("total", "below_avg", None)]}),
                   # 「22取組の平均」: how many records the mean is over, no score
                   ("委員評価が22取組の平均を下回っている", {"conditions": [("committee_score", "below_avg", None)]}),
                   ("合計点が全実践項目の平均より高い", {"conditions": [("total", "above_avg", None)]}),
                   ("審議会評価平均が22取組全体の平均（約4.07）を上回っている", {"conditions": [("committee_score", "above_avg", None)]}),
                   ("審議会評価平均が全体平均（約4.07）を上回ってる", {"conditions": [("committee_score", "above_avg", None)]}),
                   ("合計点が全体平均を下回った", {"conditions": [("total", "below_avg", None)]}))),
    # 「審議会から何点もらってる？」: the score that body gave, asked.
    Rule("score_asked_of_its_giver",
         rf"(?P<who>{_GIVERS})(?:から|からは|では|で|は|の)(?:評価(?:は|で)?)?\s*(?:何点|なん点|いくつ|どのくらい|どれくらい)(?:の評価)?",
         lambda m, ctx: Production(value_field=_GIVER_FIELDS[m.group("who")], hints={field_kind(_GIVER_FIELDS[m.group("who")])}),
         examples=(("審議会から何点", {"value_field": "committee_score"}),)),
    # 「審議会では4以上ついた」「委員会から4点以上もらった」: the body that gives a score, with the score.
    Rule("score_from_its_giver",
         # (「…協議会で、2024年度以降に」: a year said after the body, no score)
         rf"(?P<who>{_GIVERS})(?:で|では|から|からは|からの|の|は|が)(?:評価|評価で|評価は)?[、,]?\s*{NUM}(?![\d.]|\s*年)点?{CMP}"
         r"(?:の(?:評価|点数|点))?(?:が|を)?(?:つい|付い|もらっ|貰っ|とっ|取っ|受け|得|だっ)?",
         _from_giver,
         examples=(("審議会では4以上ついた", {"conditions": [("committee_score", ">=", 4)]}),
                   ("委員会から4点以上もらった", {"conditions": [("committee_score", ">=", 4)]}),
                   ("審議会の評価で3.5未満", {"conditions": [("committee_score", "<", 3.5)]}),
                   ("審議会は4.0に届かなかった", {"conditions": [("committee_score", "<", 4.0)]}),
                   ("協議会で、2024年度以降に始まった", None))),
    Rule("score_range", rf"{NUM}点?(?:〜|から|-|～){NUM}点(?:まで|の間)?", _score_range,
         examples=(("8〜10点", {"conditions": [("@score", "between", [8, 10])]}),)),
    # 「R6の評価が2以下」「評価5だった」: a bare number after 評価 is the year's points where the index grades its
    # years in points (lexicon.point_years; parse._points_of_year puts it on the year said). Nowhere else.
    Rule("points_after_grade_word",
         r"(?<=評価)\s*(?:が|は|で|も|を)?\s*(?P<n>\d{1,2}(?:\.\d{1,2})?)(?![\d.]|\s*(?:点|段階|件|つ|個|年|月|日|%|％|位|番|人|回|か所|箇所|ヶ|カ|項目|割))"
         r"\s*" + CMP.replace("(", "(?P<cmp>", 1),
         _points_after_grade_word,
         # (examples without points a year in the index read nothing: see test_points_graded_sheet.py)
         examples=(("R6の評価が2以下", None), ("評価5だった", None))),
    Rule("score_value", rf"{NUM}点{CMP}", _score,
         examples=(("10点以上", {"conditions": [("@score", ">=", 10)]}),)),
]
# 「審議会評価平均が22取組全体の平均を上回る」: a score compared with the mean of the records, read before a number after
# the score is taken for its value (22 counts the records the mean is over).
_FIRST = [r for r in RULES if r.name in ("compared_with_average", "compared_with_average_field_after")]
_AT = min(i for i, r in enumerate(RULES) if r.name in ("field_value", "number_field_value", "stored_average"))
RULES[:] = RULES[:_AT] + _FIRST + [r for r in RULES[_AT:] if r not in _FIRST]
