"""「A評価になるのは評価点が何点以上？」 over a table of grades and their bands (評価 │ 評価点: A │ 80点以上90点未満):
the band's bound asked is the number the cell prints with that bound (80), of the row the grade names."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「Aになるのは」「A評価となるには」 … 「評価点が何点以上」
_ASKED = re.compile(r"^(?P<row>.{1,20}?)(?:に|と)(?:なる|される)(?:の|ため|ために)?(?:は|に|には)[、,]?\s*"
                    r"(?P<col>[一-龥ァ-ヶー]{2,10})(?:が|は|で)\s*何(?P<unit>点|%|％|人|件|円|千円|回)\s*(?P<bound>以上|以下|未満|超|を超える)")


def band_asked(question: str) -> tuple[str, str, str] | None:
    """The question said as the row's column asked (「A評価の評価点は？」), with the unit and bound asked; None
    when it does not ask so."""
    m = _ASKED.search(nfkc(question).strip())
    if m is None:
        return None
    return f"{m.group('row')}の{m.group('col')}は？", m.group("unit"), m.group("bound")


def bound_of_band(value, unit: str, bound: str) -> float | None:
    """The number the band prints with the bound asked (「80点以上90点未満」, 点, 以上 → 80)."""
    if not isinstance(value, str):
        return None
    bound = "超" if bound == "を超える" else bound
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*" + re.escape(unit) + r"?\s*(?:" + re.escape(bound) + ")", nfkc(value))
    if m is None:
        return None
    n = float(m.group(1).replace(",", ""))
    return int(n) if n.is_integer() else n
