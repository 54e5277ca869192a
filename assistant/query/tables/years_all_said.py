"""「R4からR6まで、どの年度も実績が「－」」「令和4・5・6年度のすべてで効果額が1,000千円以上」: a condition
said once of a measure by year holds in every one of the years said (a span or a list), each year's
column of that measure checked on its own — not the first year's alone."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

# The quantifier over the years said: どの年度も, いずれの年度も, 各年度とも, (years)のすべてで, 毎年, 3年度とも.
_EVERY = compiled(r"(?:どの|いずれの|各|全ての|すべての)\s*年度?\s*(?:も|とも|でも|において)"
                  r"|(?<=年度)\s*(?:の)?\s*(?:すべて|全て|いずれ|各年度)\s*(?:で|において|とも|も)"
                  r"|(?<=年度)\s*(?:とも|ともに)"
                  # 「令和4年度から令和6年度まですべてＡ」「R4からR6までずっと◎」: the span said, then every year of it
                  r"|(?<=まで)\s*(?:すべて|全て|ぜんぶ|全部|ずっと)\s*(?:で|とも|が)?"
                  r"|毎年度?")
# 「令和4・5・6年度」「R4、R5、R6年度」: a list of years of one era
_LIST = compiled(r"(?P<era>令和|平成|R|H)\s*(?P<first>\d{1,2})\s*(?:年度?)?(?P<rest>(?:\s*[・、,と]\s*(?:R|H)?\s*\d{1,2}\s*(?:年度?)?){1,6})"
                 r"(?=\s*年度|\s*の|\s*で|\s*に|\s*は)")
_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}
# The ops a single year's condition is read with that can be checked year by year
_EACH_OPS = {"dash", "ge", "gt", "le", "lt", "eq", "ne", "nonzero", "zero", "filled", "empty"}


def listed_years(qn: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The fiscal years of a list said with one era (令和4・5・6年度), and the spans they take."""
    text = qn
    years: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in _LIST.finditer(text):
        base = _ERA_BASE[m.group("era")]
        ns = [int(m.group("first"))] + [int(n) for n in re.findall(r"\d{1,2}", m.group("rest"))]
        if len(ns) >= 2 and all(1 <= n <= 40 for n in ns):
            years.extend(base + n for n in ns)
            end = m.end()
            tail = re.match(r"\s*年度?", text[end:])
            spans.append((m.start(), end + (tail.end() if tail else 0)))
    return years, spans


def every_year(t, qn: str, conds: list, said_years: list[int], taken: list[tuple[int, int]], cond_type) -> list:
    """The conditions with a single year's condition widened to every year said, when the question says
    so (どの年度も, のすべてで, 毎年); the conditions unchanged otherwise."""
    text = qn
    every = _EVERY.search(text)
    listed, list_spans = listed_years(qn)
    years = sorted(set(said_years) | set(listed))
    if every is None or len(years) < 2:
        return conds
    if re.match(r"まで", text[max(0, every.start() - 2):every.start()]) and len(years) == 2:
        # (「令和3年度から令和5年度まですべて」: the years between the span's ends too)
        years = list(range(years[0], years[-1] + 1))
    per_year = [c for c in conds if c.op in _EACH_OPS and "|" not in c.header
                and t.column(c.header) is not None and t.column(c.header).year in years]
    # (the span's two ends each read as a condition of its own year, 令和3年度が◎ and 令和5年度が◎: one condition,
    # said of every year of the span)
    ends = len(per_year) == 2 and len({(c.op, str(c.value), t.column(c.header).base) for c in per_year}) == 1
    if len(per_year) != 1 and not ends:
        return conds
    one = per_year[0]
    conds = [c for c in conds if c is one or not (ends and c in per_year)]
    col = t.column(one.header)
    # The measure's column of each year: the column's own name, or (its year read off a span in its header,
    # 目標額 (R4~R6累計)) the one measure of that name's stem having a column in every year said.
    bases = [col.base] + sorted({x.base for x in t.columns if x.numeric and x.base and x.base != col.base
                                 and x.base[:2] == col.base[:2]})
    chosen = None
    for base in bases:
        cols = [[x.header for x in t.columns if x.base == base and x.year == y] for y in years]
        if all(len(c) == 1 for c in cols):
            chosen = [c[0] for c in cols]
            break
    if chosen is None:
        return conds
    parts = []
    for h in chosen:
        label = one.label.replace(one.header, h) if one.header in one.label else f"{h}: {one.label}"
        parts.append(cond_type(h, one.op, one.value, label, getattr(one, "factor", 1.0)))
    said = "・".join(chosen)
    stem = one.label.replace(one.header, "").strip() if one.header in one.label else one.label
    widened = cond_type("|".join(chosen), "all_of", parts, f"{said}がいずれも{stem[1:] if stem.startswith('が') else stem}")
    taken.append(every.span())
    for s in list_spans:
        taken.append(s)
    m = re.search(r"「[^」]*」\s*の?\s*まま", text)
    if m:
        taken.append((m.end() - 2, m.end()))
    # (「R4〜R6のどの年度も」: the span said is the years quantified, no condition on a heading's years too)
    span = (years[0], years[-1])
    return [widened if c is one else c for c in conds
            if not (c.op == "fy_span" and tuple(c.value) == span and c is not one)]


# 「令和5年度までに一度も効果額がプラスになっていない」: no year's figure of the measure (up to the year said) above zero
# (a dash, a 0 or a ▲ each count as not above it; the search form writes katakana in hiragana).
_NEVER_ABOVE = compiled(r"一度も\s*(?:[一-龥ァ-ヶー]{1,10}\s*(?:が|は)\s*)?(?:プラス|ぷらす|黒字|0を超え|ゼロを超え|ぜろを超え)\s*(?:に|と)?\s*"
                        r"(?:なっていない|なってない|なっていません|なったことがない|ならない|ならなかった|なっておらず|ない)")


def never_above_zero(t, qn: str, conds: list, mentions: list, taken: list[tuple[int, int]], cond_type) -> list:
    """The conditions with 「一度も…プラスになっていない」 read over the measure's year columns (up to the year
    said with まで, from the one said with から/以降); the conditions unchanged when it is not said."""
    m = _NEVER_ABOVE.search(qn)
    if m is None:
        return conds
    said = [x for x in mentions if x.kind == "col" and m.start() <= x.start < m.end()] or \
           [x for x in mentions if x.kind == "col" and x.end <= m.start()]
    bases = {t.column(x.data).base for x in said if t.column(x.data) is not None and t.column(x.data).year is not None}
    if len(bases) != 1:
        return conds
    base = next(iter(bases))
    cols = sorted((c for c in t.columns if c.base == base and c.year is not None and c.numeric), key=lambda c: c.year)
    bound = [x for x in mentions if x.kind == "year" and isinstance(x.data, tuple) and len(x.data) == 2
             and isinstance(x.data[0], int)]
    dropped = []
    for y in bound:
        fy, edge = y.data
        if edge.startswith("まで"):
            cols = [c for c in cols if c.year <= fy]
        elif edge.startswith(("から", "以降")):
            cols = [c for c in cols if c.year >= fy]
        else:
            continue
        dropped.append(fy)
    if len(cols) < 2:
        return conds
    parts = [cond_type(c.header, "gt", 0.0, f"{c.header}が0超") for c in cols]
    shown = "・".join(c.header for c in cols)
    taken.append(m.span())
    kept = [c for c in conds if not (c.op.startswith("fy_") and c.value in dropped)
            and not any(c.header == p.header for p in parts)]
    return kept + [cond_type("|".join(c.header for c in cols), "not_any", parts,
                             f"{shown}のどれもプラスでない（「－」・0・▲）")]
