"""「（概算事業費がいちばん大きい施設は？）それって百万円だといくら？」: the money figure the answer before gave, in
the unit it was printed in (2,380,000千円), said again in the unit asked (2,380百万円). Only a follow-up asking
nothing but the unit, of an answer that printed its one figure with its unit."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_YEN = {"円": 1, "千円": 10**3, "万円": 10**4, "百万円": 10**6, "千万円": 10**7, "億円": 10**8}
_UNIT = r"(?:億円|千万円|百万円|万円|千円|円)"
_RESTATED = compiled(r"^(?:それ|これ|その(?:額|金額|値|事業費|費用))?(?:って|は|を)?[、,]?\s*(?P<unit>" + _UNIT + r")"
                     r"(?:だと|では|で|に直すと|に換算すると|にすると|で言うと|でいうと|単位で)\s*(?:いくら|何円|どれくらい|どのくらい)?"
                     r"(?:になる|ですか|なの)?(?:の)?\s*[？?]?\s*$")


def figure_of(answer: Answer) -> tuple[float, str] | None:
    """The one money figure an answer gave (its value) and the unit its summary printed it in."""
    if not isinstance(answer, Answer) or isinstance(answer.value, bool) or not isinstance(answer.value, (int, float)):
        return None
    shown = f"{answer.value:,}" if isinstance(answer.value, int) or float(answer.value).is_integer() else None
    forms = {f"{int(answer.value):,}", str(int(answer.value))} if shown else {f"{answer.value:,}", str(answer.value)}
    units = {m.group(2) for m in re.finditer(r"([\d,.]+)\s*(" + _UNIT + r")", nfkc(answer.summary)) if m.group(1) in forms}
    return (float(answer.value), units.pop()) if len(units) == 1 else None


def restated(question: str, figure: tuple[float, str] | None) -> Answer | None:
    m = _RESTATED.match(nfkc(question).strip()) if figure else None
    if m is None:
        return None
    value, unit = figure
    asked = m.group("unit")
    worth = value * _YEN[unit] / _YEN[asked]
    worth = int(worth) if float(worth).is_integer() else round(worth, 3)
    return Answer(question=question, target="value", status="exact", value=worth,
                  understood=[{"field": "*", "op": "unit", "value": asked, "label": f"前の回答の値を{asked}で"}],
                  summary=f"前の回答の {value:,.0f}{unit} は {worth:,}{asked} です。" if float(value).is_integer()
                  else f"前の回答の {value:,}{unit} は {worth:,}{asked} です。")
