"""「工程に「検討」が一度も出てこない取組」「一度でも「検討」が入っている取組」: a stage or mark said of every
year, over a timeline with a column per year: the value in none (or any) of the year columns, not in the one
column the value was first bound to."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.grammar.years import inherit_eras
from assistant.query.tables.cells import _cell_values
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_NEVER = r"(?:一度も|1度も|一回も|1回も|どの年度にも|どの年度も|いずれの年度にも|いずれの年度も|どの年にも)"
_EVER = r"(?:一度でも|1度でも|一回でも|1回でも|どこかの年度で|いずれかの年度で|どれかの年度で)"
_ABSENT = r"(?:出てこない|出てきていない|出てきてない|出ていない|出てない|出てこず|入っていない|入ってない|入らない" \
          r"|ついていない|ついてない|付いていない|付いてない|つかない|登場しない|現れない|ならなかった|なっていない|なってない|ならない" \
          r"|取れていない|取れてない|取れなかった|とれていない|とれなかった|取っていない|取ってない|獲得していない|もらっていない|ない)"
_PRESENT = r"(?:出てくる|出てきた|出ている|出てる|入っている|入ってる|入った|ついている|ついてる|ついた|付いた|なった|なっている|なってる|ある|あった)"
_VALUE = r"「?(?P<v>[^「」、。\s,?？]{1,6}?)」?"
_SAID = re.compile(rf"(?:(?P<n1>{_NEVER})|(?P<e1>{_EVER}))\s*{_VALUE}\s*(?:が|は|の|に)?\s*(?:(?P<a1>{_ABSENT})|(?P<p1>{_PRESENT}))"
                   rf"|{_VALUE.replace('<v>', '<v2>')}\s*(?:が|は|を)?\s*(?:(?P<n2>{_NEVER})|(?P<e2>{_EVER}))\s*(?:(?P<a2>{_ABSENT})|(?P<p2>{_PRESENT}))")
# 「工程に」「スケジュールで」: the timeline itself named, the place the value is looked for
_TIMELINE = re.compile(r"(?:工程表?|スケジュール|年次計画|年度計画)(?:に|で|の中で|上で)")
# 「計画期間中に一度も」「期間を通じて」: the span the timeline's year columns cover, which every year read is
_PERIOD = re.compile(r"(?:計画期間|対象期間|全期間|期間)(?:中|内|の間|を通じて|を通して)(?:に|で|は)?")


# 「一度もA以上の評価を取れなかった」: a grade (with its bound) said never got, over the years said.
_NEVER_GOT = re.compile(rf"{_NEVER}\s*(?P<v>[^、。\s,?？]{{1,12}}?)\s*(?:を|が|に|は)?\s*"
                        # (「一度もＡ評価を取っていない」: 取っ before ていない as 取れ before なかった)
                        r"(?:(?:取れ|とれ|取ら|とら|取っ|とっ|獲得でき|獲得し|もらえ|もらわ|受け|うけ|なら|なれ|つか|付か)(?:なかった|ていない|てない|ない)"
                        # (「一度もA以上の評価がなかった」: the grade said to be had in no year)
                        r"|(?<=[がは])(?:なかった|ない))")


def _count(said: str) -> int:
    return int(said) if said.isdigit() else "一二三四五六七八九".index(said) + 1


def read_never_got(question: str, reading) -> bool:
    """「R5〜R7で一度もA以上の評価を取れなかった」: the conditions the reading bound to each year's column of one
    measure (A以上 on each of R5, R6, R7) are said never held: none of them holds (in place)."""
    m = _NEVER_GOT.search(nfkc(question))
    if m is None:
        return False
    t = reading.table
    yearly = [c for c in reading.conds if c.op in ("eq", "in") and c.header in {x.header for x in t.columns}
              and t.column(c.header).year is not None]
    bases = {t.column(c.header).base for c in yearly}
    siblings = [c.header for c in t.columns if len(yearly) == 1 and c.year is not None
                and c.base == t.column(yearly[0].header).base]
    span = re.search(r"([1-9一二三四五六七八九])\s*(?:年間|か年|カ年|ヶ年|年度間)", nfkc(question))
    if len(yearly) == 1 and len(siblings) >= 2 and span and _count(span.group(1)) == len(siblings):
        # 「3年間で一度も△以下の評価を受けていない」 over 分野評価 of three years: the bound read on one year's
        # column is said of each of the three
        one = yearly[0]
        yearly = [Cond(h, one.op, one.value, one.label.replace(one.header, h)) for h in siblings]
        reading.conds = [c for c in reading.conds if c is not one] + yearly
        at = _key(question).find(_key(span.group(0)))
        if at >= 0:
            reading.spans.append((at, at + len(_key(span.group(0)))))
    elif len(yearly) == 1 and len(said_years := {y.fiscal_year for y in find_years(inherit_eras(m.string[:m.start()]))}) >= 2:
        # 「R4〜R6で一度もCやDの判定を受けていない」: the bound read on one year's column is said of each
        # year column of that measure within the span said
        one = yearly[0]
        col = t.column(one.header)
        lo, hi = min(said_years), max(said_years)
        years = sorted((x for x in t.columns if x.year is not None and x.base == col.base and x.numeric == col.numeric
                        and lo <= x.year <= hi), key=lambda x: x.year)
        if len(years) >= 2 and len({x.year for x in years}) == len(years):
            at = reading.conds.index(one)
            yearly = [Cond(x.header, one.op, one.value, one.label.replace(one.header, x.header)) for x in years]
            reading.conds[at:at + 1] = yearly
    elif len(yearly) == 1 and not find_years(m.string[:m.start()]):
        # (「3年間で一度もA以上を取れなかった」: no year said, the bound read on the latest year column is
        # said of every year column of that measure)
        one = yearly[0]
        col = t.column(one.header)
        years = sorted((x for x in t.columns if x.year is not None and x.base == col.base and x.numeric == col.numeric),
                       key=lambda x: x.year)
        if len(years) >= 2 and len({x.year for x in years}) == len(years):
            at = reading.conds.index(one)
            yearly = [Cond(x.header, one.op, one.value, one.label.replace(one.header, x.header)) for x in years]
            reading.conds[at:at + 1] = yearly
    if len(yearly) < 2 or len(bases) != 1 or len({t.column(c.header).year for c in yearly}) != len(yearly):
        return False
    yearly.sort(key=lambda c: t.column(c.header).year)
    said = re.sub(r"^[^がは]*?(?:が|は)", "", yearly[0].label.split(" ", 1)[-1]) if " " in yearly[0].label else (
        yearly[0].label[len(yearly[0].header):].lstrip("がは") if yearly[0].label.startswith(yearly[0].header) else yearly[0].label)
    label = f"{yearly[0].header}〜{yearly[-1].header}のどの年度も「{said}」でない"
    reading.conds = [c for c in reading.conds if c not in yearly] + [
        Cond("|".join(c.header for c in yearly), "not_any", yearly, label)]
    qn = _key(question)
    phrase = _key(m.group(0))
    at = qn.find(phrase)
    if at >= 0:
        reading.spans.append((at, at + len(phrase)))
    return True


# 「一度も△や×がついていない」「一度でも△か×がついた」: two values said together, each of every year
_TWO = r"「?(?P<a>[^「」、。\s,?？]{1,6}?)」?\s*(?:や|と|・|、|も|か|または)\s*「?(?P<b>[^「」、。\s,?？]{1,6}?)」?\s*(?:も|など)?"
_PAIR = re.compile(rf"(?:(?P<n>{_NEVER})|(?P<e>{_EVER}))\s*{_TWO}\s*(?:が|は|の|に)?\s*(?:(?P<abs>{_ABSENT})|(?P<pre>{_PRESENT}))")


def _read_two_values(question: str, reading) -> bool:
    """「一度も△や×がついていない」: neither value in any year's column (「一度でも△か×」: either in some year), the
    columns of one graded measure printing them; in place."""
    t = reading.table
    said = nfkc(question)
    m = _PAIR.search(said)
    if m is None or bool(m.group("n")) != bool(m.group("abs")):
        return False
    values = [m.group("a"), m.group("b")]
    years = sorted((c for c in t.columns if c.year is not None and not c.numeric), key=lambda c: c.year)
    printed = {c.header: {_key(v) for r in t.rows for v in _cell_values(str(r["cells"].get(c.header) or ""))} for c in years}
    holding = [c for c in years if any(_key(v) in printed[c.header] for v in values)]
    bases = {c.base for c in holding}
    if len(holding) < 2 or len(bases) != 1:
        return False
    years = _within_said(said[:m.start()], [c for c in years if c.base in bases])
    if years is None or not all(any(_key(v) in printed[c.header] for c in years) for v in values):
        return False  # (a value no year prints is not this measure's: left for the answer to say)
    headers = [c.header for c in years]
    keys = {_key(v) for v in values}

    def of_values(c) -> bool:
        held = c.value if isinstance(c.value, (list, tuple, set)) else [c.value]
        return c.header in headers and c.op in ("eq", "ne", "in") and {_key(str(v)) for v in held} & keys

    never = bool(m.group("n"))
    parts = [Cond(h, "eq", _key(v), f"{h}が{v}") for h in headers for v in values]
    shown = "」「".join(values)
    span = f"{headers[0]}〜{headers[-1]}"
    label = f"{span}のどの年度にも「{shown}」がない" if never else f"{span}のいずれかの年度に「{shown}」のどれかがある"
    reading.conds = [c for c in reading.conds if not of_values(c)] + [
        Cond("|".join(headers), "not_any" if never else "or", parts, label)]
    qn = _key(question)
    phrase = _key(m.group(0))
    at = qn.find(phrase)
    if at >= 0:
        reading.spans.append((at, at + len(phrase)))
    return True


def read_never_in_years(question: str, reading) -> bool:
    """Replace (in place) the value's condition on one year with its absence from (or presence in) every year."""
    if read_never_got(question, reading):
        return True
    if _read_two_values(question, reading):
        return True
    t = reading.table
    years = sorted((c for c in t.columns if c.year is not None and not c.numeric), key=lambda c: c.year)
    said = nfkc(question)
    m = _SAID.search(said)
    if m is None or len(years) < 2:
        return False
    value = m.group("v") or m.group("v2")
    # (two years of one graded column, 令和5年度評価・令和6年度評価: 「◎を一度も取れていない」 is said of both)
    holding = [c for c in years if any(_key(v) == _key(value) for r in t.rows
                                       for v in _cell_values(str(r["cells"].get(c.header) or "")))]
    if len(years) < 3:
        bases = {c.base for c in holding}
        if len(holding) < 2 or len(bases) != 1:
            return False
        years = [c for c in years if c.base in bases]
    years = _within_said(said[:m.start()], years)
    if years is None:
        return False
    never = bool(m.group("n1") or m.group("n2"))
    if never != bool(m.group("a1") or m.group("a2")):
        return False  # 「一度も…ある」「一度でも…ない」: not said so
    printed = {_key(v) for c in years for r in t.rows for v in _cell_values(str(r["cells"].get(c.header) or ""))}
    vk = _key(value)
    headers = [c.header for c in years]
    if vk not in printed:
        # 「一度も「順調」がついていない」 over grades A–D whose legend says A：順調: the grade the word was read as
        mapped = {_key(str(c.value)) for c in reading.conds if c.header in headers and c.op in ("eq", "ne")
                  and f"（{value}）" in c.label}
        if len(mapped) != 1 or not mapped <= printed:
            return False
        vk = mapped.pop()
    kept = [c for c in reading.conds if not (c.header in headers and c.op in ("eq", "ne") and _key(str(c.value)) == vk)]
    parts = [Cond(h, "eq", vk, f"{h}が{value}") for h in headers]
    span = f"{headers[0]}〜{headers[-1]}"
    label = f"{span}のどの年度にも「{value}」がない" if never else f"{span}のいずれかの年度に「{value}」がある"
    reading.conds = kept + [Cond("|".join(headers), "not_any" if never else "or", parts, label)]
    qn = _key(question)
    phrase = _key(m.group(0))
    at = qn.find(phrase)
    if at >= 0:
        reading.spans.append((at, at + len(phrase)))
    for w in (*_TIMELINE.finditer(qn), *_PERIOD.finditer(qn)):
        reading.spans.append(w.span())
    # (「３年間一度もＣがついていない」 over three years' columns: the span said is those years, no more)
    length = re.search(r"([1-9一二三四五六七八九])\s*(?:年間|か年|カ年|ヶ年|年度間)\s*(?:で|の間に?|を通じて)?[、,]?\s*$", said[:m.start()])
    if length and _count(length.group(1)) == len(headers):
        at = qn.find(_key(length.group(0)))
        if at >= 0:
            reading.spans.append((at, at + len(_key(length.group(0)))))
    return True


# 「令和4年度以降に一度でも」「R5までに一度も」: the year columns within the bound said before the value
_BOUND_AFTER = re.compile(r"\s*(?P<b>以降|以後|から|より後|まで|までに|以前|より前)")


def _within_said(before: str, years: list) -> list | None:
    """The year columns within the years said before 「一度でも…」 with a bound (令和4年度以降: R4 on; R4からR6まで:
    R4–R6); every column when no bound year is said; None when the bound leaves fewer than one column."""
    said = find_years(inherit_eras(before))
    lo, hi = None, None
    since = False  # (「R4からR5に」: the year after から is the span's last)
    for y in said:
        b = _BOUND_AFTER.match(inherit_eras(before)[y.end:])
        if b is None:
            if since:
                hi = y.fiscal_year
            continue
        word = b.group("b")
        since = word == "から"
        if word in ("以降", "以後", "から"):
            lo = y.fiscal_year
        elif word == "より後":
            lo = y.fiscal_year + 1
        elif word == "より前":
            hi = y.fiscal_year - 1
        else:
            hi = y.fiscal_year
    if lo is None and hi is None:
        return years
    kept = [c for c in years if (lo is None or c.year >= lo) and (hi is None or c.year <= hi)]
    return kept or None
