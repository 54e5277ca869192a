"""Numbers said with a unit of scale: amounts in yen (「事業費が100万円未満」「予算額が1億円以上」), compared with what
each record prints in the unit its table states (千円, 万円), never with the printed number as if it were the same
unit; and counts said in 万 (「人口10万人以上」), compared as the number of people they are."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.grammar.scores import _CMP_WORDS, _PAIR_FIELDS, _SEP, number

_MONEY_WORDS = {w: f for w, f in _PAIR_FIELDS.items() if f in ("total_cost", "city_burden", "full_cost",
                                                                "general_revenue", "specific_revenue", "effect_amount",
                                                                # (a joint project's own share, 本市負担金（千円）)
                                                                "own_share")}
# The field holding the unit each record prints an amount in (効果額（千円）: effect_unit; the rest: cost_unit).
UNIT_FIELD = {"effect_amount": "effect_unit", "own_share": "own_share_unit"}
_WORDS = "|".join(re.escape(w) for w in sorted(_MONEY_WORDS, key=len, reverse=True))
_CMP = "|".join(re.escape(w) for w, _ in sorted(_CMP_WORDS, key=lambda t: -len(t[0])))
_OPS = dict(_CMP_WORDS)
_SIGN = {"=": "=", ">=": "≥", "<=": "≤", ">": ">", "<": "<"}
# How many yen a unit word says.
_SCALE = {"億": 100_000_000, "千万": 10_000_000, "百万": 1_000_000, "万": 10_000, "千": 1000, "": 1}


def _amount(m: re.Match, ctx: Context) -> Production | None:
    fld = _MONEY_WORDS[m.group("f")]
    # (only where the index keeps the unit each table prints its amounts in: 「100万円」 is then compared in yen)
    kinds = {k for k, columns in ctx.lex.columns.items()
             if fld in columns and UNIT_FIELD.get(fld, "cost_unit") in columns}
    if not kinds:
        return None
    number = float(m.group("n").replace(",", ""))
    yen = number * _SCALE[m.group("unit") or ""]
    yen = int(yen) if float(yen).is_integer() else yen
    op = _OPS.get(m.group("cmp") or "", "=")
    said = f"{m.group('n')}{m.group('unit') or ''}円"
    return Production([Condition(fld, "yen" + op, yen, f"{field_label(fld)} {_SIGN[op]} {said}（表の単位に換算）")],
                      kinds if len(kinds) == 1 else set())


def _numeric_fields() -> dict[str, str]:
    """Words of the number fields counted in people or things (人口, 参加者数): word → field; a label too short to
    be a field word of its own (人口) counts here, where a number said in 万人 follows it."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    counted = [f for rk in record_kinds().values() for f in rk.fields
               if isinstance(f, Field) and f.type == "number" and f.unit in ("人", "件", "世帯")]
    out = {w: f for w, f in _PAIR_FIELDS.items() if f in {x.name for x in counted}}
    for f in counted:
        for word in (f.label, *f.words):
            out.setdefault(word, f.name)
    return out


_COUNTED = _numeric_fields()
_COUNTED_WORDS = "|".join(re.escape(w) for w in sorted(_COUNTED, key=len, reverse=True)) or "(?!)"


def _scaled_count(m: re.Match, ctx: Context) -> Production | None:
    fld = _COUNTED[m.group("f")]
    kinds = {k for k, columns in ctx.lex.columns.items() if fld in columns}
    if not kinds:
        return None
    value = number(m.group("n")) * _SCALE[m.group("scale")] + (number(m.group("n2")) * 1000 if m.group("n2") else 0)
    value = int(value) if float(value).is_integer() else value
    op = _OPS.get(m.group("cmp") or "", "=")
    said = m.group(0)[m.end("f") - m.start():].strip("がはのでもを ")
    return Production([Condition(fld, op, value, f"{field_label(fld)} {_SIGN[op]} {value:,}（{said}）")],
                      kinds if len(kinds) == 1 else set())


def _grouped_count(m: re.Match, ctx: Context) -> Production | None:
    """「対象人数が1,000人を超える」: a count printed with thousands separators, read as one number."""
    fld = _COUNTED[m.group("f")]
    kinds = {k for k, columns in ctx.lex.columns.items() if fld in columns}
    if not kinds:
        return None
    value = int(m.group("n").replace(",", ""))
    op = _OPS.get(m.group("cmp") or "", "=")
    return Production([Condition(fld, op, value, f"{field_label(fld)} {_SIGN[op]} {value:,}")],
                      kinds if len(kinds) == 1 else set())


RULES: list[Rule] = [
    Rule("count_grouped_digits",
         rf"(?P<f>{_COUNTED_WORDS}){_SEP}(?:約|およそ)?(?P<n>\d{{1,3}}(?:,\d{{3}})+)\s*(?:人|件|世帯)\s*(?P<cmp>{_CMP})?",
         _grouped_count,
         examples=(("対象人数が1,000人を超える", {"conditions": [("target_count", ">", 1000)]}),
                   ("人口が12,000人以上", {"conditions": [("population", ">=", 12000)]}))),

    Rule("count_in_man",
         rf"(?P<f>{_COUNTED_WORDS}){_SEP}(?:約|およそ)?(?P<n>\d+(?:\.\d+)?)\s*(?P<scale>億|万|千)(?:(?P<n2>\d)千)?\s*(?:人|件|世帯)\s*(?P<cmp>{_CMP})?",
         _scaled_count,
         examples=(("人口10万人以上", {"conditions": [("population", ">=", 100000)]}),
                   ("人口が5万人未満", {"conditions": [("population", "<", 50000)]}),
                   ("人口が1万8千人以下", {"conditions": [("population", "<=", 18000)]}))),
    Rule("amount_in_yen",
         rf"(?P<f>{_WORDS}){_SEP}(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>億|千万|百万|万|千)?円\s*(?P<cmp>{_CMP})?",
         _amount,
         examples=(("事業費が100万円未満", {"conditions": [("total_cost", "yen<", 1000000)]}),
                   ("事業費が1億円以上", {"conditions": [("total_cost", "yen>=", 100000000)]}),
                   ("予算額が500万円を超える", {"conditions": [("total_cost", "yen>", 5000000)]}),
                   ("効果額が5,000千円以上", {"conditions": [("effect_amount", "yen>=", 5000000)]}),
                   ("本市負担金が5,000千円以上", {"conditions": [("own_share", "yen>=", 5000000)]}))),
]
