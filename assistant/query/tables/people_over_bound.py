"""Columns counting people past a bound the header prints (「年360時間超の人数」「月45時間超の延べ人数」).

Staff say such a column by the bound as a verb of the people (「年360時間を超えた職員」「月45時間超えの職員」),
and a question over it (「…を超えた職員が一人もいなかった課」) is of the column, not a condition 「360時間を超える」 on
another figure: the header's own bound is read as the column's name before any number is read as a bound.
"""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key

# 「年360時間超の人数」「月45時間超の延べ人数」「80時間以上の職員数」: (the bound) (超|以上) の (what counts people)
_OVER_BOUND = compiled(r"(?P<bound>[一-龥]{0,2}\d[\d,.]*[一-龥]{1,3}?)(?P<over>超え?|以上)の?"
                       r"(?P<count>延べ人数|人数|職員数|者数)")
# (people the count is of, as staff say them)
_PEOPLE_SAID = ("職員", "人", "者")


def people_over_bound_forms(base: str) -> list[str]:
    """How staff say a column counting people past its bound: 年360時間超の人数 → 年360時間超えの人数,
    年360時間を超えた職員, 年360時間超えの職員 …; [] for any other column."""
    m = _OVER_BOUND.fullmatch(_key(base))
    if not m:
        return []
    bound = m.group("bound")
    if m.group("over").startswith("超"):
        verbs = [f"{bound}を超えた", f"{bound}超えた", f"{bound}を超える", f"{bound}超えの", f"{bound}超の"]
    else:
        verbs = [f"{bound}以上の"]
    forms = [f"{v}{who}" for v in verbs for who in _PEOPLE_SAID]
    forms += [f"{v}{m.group('count')}" for v in verbs if v.endswith("の")]
    return [f for f in dict.fromkeys(forms) if f != _key(base)]


def read_bound_in_name(t, qn: str, free, take) -> None:
    """A column form holding a number and its bound (「年360時間超えの人数」) said whole: taken as the column
    before numbers with a bound are read, so 360時間超え is no condition of its own."""
    forms = sorted({(_key(f), c.header) for c in t.columns if c.numeric for f in c.forms
                    if re.search(r"\d[\d,.]*[一-龥]{0,3}(?:超|以上|以下|未満|を超)", _key(f))},
                   key=lambda x: -len(x[0]))
    for form, header in forms:
        for m in re.finditer(re.escape(form), qn):
            if free(*m.span()):
                take(*m.span(), "col", header)
