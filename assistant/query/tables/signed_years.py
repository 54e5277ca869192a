"""「マイナスになった年がある取組」「一度もマイナスになっていない」 over a row per measure with a column per year
printing ▲ (or △) for below zero: some year's column below zero, or none."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond, _wordings_for
from assistant.text.normalize import nfkc

_SIGN = re.compile(r"^[△▲]\s*\d")
_NEGATIVE = re.compile(r"^-\s*\d")
_PLAIN_WORDS = ("マイナス", "赤字", "負")  # (what ▲ is said as where no legend says it)


def read_signed_years(db, question: str, reading) -> bool:
    """Add the condition on the year columns (in place) when the question says a year below zero."""
    t = reading.table
    # (a workbook keeps ▲ as its number format: the cells hold negative numbers, -21000)
    signed = [c.header for c in t.columns if c.numeric and c.year is not None and any(
        _SIGN.match(cell) or _NEGATIVE.match(cell) for r in t.rows for cell in [nfkc(str(r["cells"].get(c.header) or "")).strip()])]
    if not signed or any(c.op == "or" for c in reading.conds):
        return _marked_below_zero(question, reading)
    years = [c.header for c in t.columns if c.numeric and c.year is not None and c.base == t.column(signed[0]).base]
    bound = any(c.header in signed or c.header in years for c in reading.conds)
    words = {w for w, letter in _wordings_for(db, t).items() if letter in ("△", "▲") and len(w) >= 2}
    words |= {_key(w) for w in _PLAIN_WORDS} | {"▲"}  # (「▲になった年がある」: the mark itself said)
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    qn = _key(question)
    never = re.search(rf"(?:一度も|1度も|どの(?:年|年度)も)(?:{alt})(?:に|と)?(?:なって(?:い)?ない|ならなかった|なっていません|なったことがない)", qn)
    qn = re.sub(r"[(（][^()（）]{1,8}[)）]", "", qn)  # (「▲（マイナス）」: the mark restated in brackets)
    some = re.search(rf"(?:{alt})(?:に|と)?(?:なった|なる|なっている|の)(?:年|年度)(?:が|も)?(?:ある|あった|あり)", qn) \
        or re.search(rf"(?:{alt})(?:に|と)?(?:なった|なっている)(?:ことが)?(?:ある|あった)", qn)
    # 「３年連続で赤字」「毎年度マイナス」: every year's column below zero (a run as long as the years printed; a
    # shorter run is not read here, and its words stay unread)
    every = re.search(rf"(?:(?P<n>\d{{1,2}})(?:年|年度|期)連続(?:で|して)?|毎年度?|(?:どの|全ての|すべての|全)(?:年|年度)(?:で|とも|も))(?:{alt})", qn)
    if every and every.group("n") and int(every.group("n")) != len(years):
        every = None
    if every and not bound and not never and not some:
        for h in years:
            reading.conds.append(Cond(h, "lt", 0.0, f"{h}が0未満"))
        reading.spans.append(every.span())
        return True
    if bound and (never or some):
        # (「効果額が▲（マイナス）になった年がある」 read first as the latest year's bound below zero: some year's instead)
        below = [c for c in reading.conds if c.header in years and c.op in ("lt", "le", "ge") and c.value in (0, 0.0)]
        if len(below) != len([c for c in reading.conds if c.header in signed or c.header in years]):
            return _marked_below_zero(question, reading)
        for c in below:
            reading.conds.remove(c)
    elif bound:
        return _marked_below_zero(question, reading)
    if never:
        for h in years:
            reading.conds.append(Cond(h, "ge", 0.0, f"{h}が0以上"))
        reading.spans.append(never.span())
        return True
    if some:
        parts = [Cond(h, "lt", 0.0, f"{h}が0未満") for h in years]
        reading.conds.append(Cond("|".join(years), "or", parts, f"{'・'.join(years)}のどれかがマイナス（▲）"))
        reading.spans.append(some.span())
        return True
    # (no year said below zero: 「実績額に▲がついている」 is still the mark said of one measure, now that a
    # workbook's negative numbers count as signed too)
    return _marked_below_zero(question, reading)


# 「実績額に▲がついている」: the sign said as the mark the sheet prints (a cell's number format, 「▲」はマイナス).
_MARK_SAID = re.compile(r"(?P<w>[一-龥ァ-ヶー]{2,8})(?:に|で|が|の)?[「]?[△▲][」]?(?:が|の)?(?:つ|付)(?:いている|いてる|いた|く|けられた)")


def _marked_below_zero(question: str, reading) -> bool:
    """「実績額に▲がついている実施項目」 over year columns (目標額 | 実績額 of each year) holding numbers below
    zero (an Excel sheet prints them ▲ by its number format): some year's column of the measure said
    below zero."""
    t = reading.table
    qn = _key(question)
    m = _MARK_SAID.search(qn)
    if not m or any(c.op == "or" for c in reading.conds):
        return False
    word = m.group("w")
    years = [c.header for c in t.columns if c.numeric and c.year is not None and (c.base == word or word in c.forms)]
    if len({t.column(h).base for h in years}) != 1 or not any(
            re.match(r"^-\s*\d", nfkc(str(r["cells"].get(h) or "")).strip()) for h in years for r in t.rows):
        return False
    for c in [c for c in reading.conds if c.op == "ask"]:
        reading.conds.remove(c)
    if reading.asked in years:
        # (「実績額に▲」 names the measure whose years are bounded, no column asked: nor its latest year's)
        reading.notes = [n for n in reading.notes if reading.asked not in n]
        reading.asked = ""
    parts = [Cond(h, "lt", 0.0, f"{h}が0未満") for h in years]
    reading.conds.append(Cond("|".join(years), "or", parts, f"{'・'.join(years)}のどれかがマイナス（▲）"))
    reading.spans.append(m.span())
    return True
