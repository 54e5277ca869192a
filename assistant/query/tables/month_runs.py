"""A bound on one row's months (a column per month of one fiscal year): 「一度でも月100時間を切った月がある」 is some month
under it, 「3か月以上連続で400時間を超えた」 a run of that many months in a row past it (April to March, in order)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.tables.cells import _number

# 「月100時間を切った月がある」「100時間を下回った月がある」「500時間を超えた月がある」: some month past the bound
ANY_MONTH_PAST = compiled(r"(?:(?:1|一)年間で)?(?:一度でも|1度でも|一回でも|1回でも)?\s*(?:月)?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>時間|人|件|回|円)?"
                          r"\s*(?P<op>を切っ|を下回っ|未満にな?っ|を超え|を上回っ|以上にな?っ|超え)た月(?:が|の)?(?:ある|あった)?")
# 「3か月以上連続で400時間を超えた」「3か月続けて」: a run of months past the bound
MONTH_RUN_PAST = compiled(r"(?P<k>\d{1,2}|[二三四五六])\s*(?:か月|カ月|ヶ月|ケ月|箇月)\s*(?:以上)?\s*(?:連続で?|続けて)\s*"
                          r"(?:月)?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>時間|人|件|回|円)?\s*"
                          r"(?P<op>を切っ|を下回っ|未満|を超え|を上回っ|以上|超え)(?:た|る|ている|てる)?")
_OPS = {"を切っ": "lt", "を下回っ": "lt", "未満": "lt", "未満にな": "lt", "未満になっ": "lt", "未満っ": "lt",
        "を超え": "gt", "超え": "gt", "を上回っ": "gt", "以上": "ge", "以上にな": "ge", "以上になっ": "ge", "以上っ": "ge"}
_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_OP_WORDS = {"lt": "未満", "le": "以下", "gt": "超", "ge": "以上"}


def _op(said: str) -> str:
    return _OPS.get(said) or ("lt" if said.startswith(("未満", "を切", "を下")) else "ge" if said.startswith("以上") else "gt")


def _meets(n: float, op: str, bound: float) -> bool:
    return {"lt": n < bound, "le": n <= bound, "gt": n > bound, "ge": n >= bound}[op]


def read_month_bounds(qn: str, headers: list[str], free, take) -> None:
    """The months' columns (April first) bounded as said: a run first, then some month."""
    for m in MONTH_RUN_PAST.finditer(qn):
        if free(*m.span()):
            k = int(m.group("k")) if m.group("k").isdigit() else _KANJI[m.group("k")]
            take(*m.span(), "monthrun", ("|".join(headers), _op(m.group("op")), float(m.group("n").replace(",", "")),
                                         m.group("unit") or "", k))
    for m in ANY_MONTH_PAST.finditer(qn):
        if free(*m.span()):
            take(*m.span(), "anymonthpast", ("|".join(headers), _op(m.group("op")), float(m.group("n").replace(",", "")),
                                             m.group("unit") or ""))


def month_run_holds(cells: dict, headers: list[str], op: str, bound: float, k: int) -> bool:
    """Whether k months in a row (or more) are past the bound; a month with no figure breaks the run."""
    run = 0
    for h in headers:
        n = _number(cells.get(h))
        run = run + 1 if n is not None and _meets(n, op, bound) else 0
        if run >= k:
            return True
    return False


def any_month_past(cells: dict, headers: list[str], op: str, bound: float) -> bool:
    return any((n := _number(cells.get(h))) is not None and _meets(n, op, bound) for h in headers)


def label_of(op: str, bound: float, unit: str, k: int = 0) -> str:
    said = f"{bound:g}{unit}{_OP_WORDS[op]}"
    return f"{k}か月以上続けて{said}" if k else f"いずれかの月が{said}"
