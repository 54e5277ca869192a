"""「H30からR6までずっと算定されていない（－の）指標」: the rows printing the dash in every year's column (of the span
said, else of every year the table prints), read as the dash_all condition. The table must print the dash in some
year's cell; a span whose years the table does not print is not read (no column, no condition)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_DASH = r"[-－―—ー‐]"
# (ずっと / すべての年度で / どの年度も … 算定されていない / 「－」; 「（－の）」 after it says the same again)
DASH_EVERY = compiled(
    rf"(?:ずっと|すべての年度で|全ての年度で|全部の年度で|全年度で?|どの年度も|いずれの年度も|毎年度?)\s*(?:が|は)?\s*"
    rf"(?:算定されていない|算定されてない|算定されず|算定なし|算定されていません|[「『(]?\s*{_DASH}\s*[」』)]?\s*(?:のまま|の|で|だった|になっている)?)"
    rf"(?:\s*\(\s*{_DASH}\s*の?\s*\))?"
    # (「ずっと「－」で、実施状況の評価が一度もない」: no grade in any year says the dashes again, no condition of its own)
    r"(?:\s*[、,]?\s*(?:[一-龥ァ-ヶー]{2,8}の)?(?:評価|判定|実績|記号|印|記載)\s*(?:が|は)?\s*(?:一度も|いちども|1度も)\s*"
    r"(?:ない|なかった|ついていない|ついてない|つかない|付いていない|付いてない))?")


def read_dash_every_year(t, qn: str, mentions: list, free, take) -> None:
    m = DASH_EVERY.search(qn)
    if m is None or not free(*m.span()):
        return
    cols = [c for c in t.columns if c.year is not None and not c.base]
    dashed = {c.header for c in cols for r in t.rows
              if re.fullmatch(_DASH, nfkc(str(r["cells"].get(c.header) or "")).strip())}
    if len(cols) < 2 or not dashed:
        return
    years = [y for y in mentions if y.kind == "year" and y.end <= m.start()]
    if len(years) == 2:
        low, high = sorted(y.data[0] for y in years)
        cols = [c for c in cols if low <= c.year <= high]
        if not cols or {low, high} - {c.year for c in cols}:
            return  # (a year said that the table does not print: the span is not the table's)
        for y in years:
            mentions.remove(y)
    elif years:
        return
    take(m.start(), m.end(), "dash_years", [c.header for c in sorted(cols, key=lambda c: c.year)])


# 「平成30年度から毎年数値が出ている」「どの年度も数値がある」「ずっと算定されている」: a figure (no dash) in every year's
# column — the opposite of the above (not 「数値が出ていない」: a negation is no figure printed)
FILLED_EVERY = compiled(
    r"(?:毎年度?|ずっと|すべての年度で|全ての年度で|全部の年度で|全年度で?|どの年度も|いずれの年度も|欠かさず)\s*(?:ずっと)?\s*"
    r"(?:(?:数値|数字|値|データ)\s*(?:が|は)?\s*(?:出て|入って|載って|算定されて|記載されて|示されて)(?:いる|る)"
    r"|(?:数値|数字|値|データ)\s*(?:が|は)?\s*(?:ある|あります)|算定されて(?:いる|る)"
    # (「毎年ずっと事業費がついてる」: the money the cells hold, said with its verb)
    r"|(?:事業費|費用|予算額?|金額|投資額?|経費)\s*(?:が|は)?\s*(?:ついて|付いて|計上されて|見込まれて|組まれて)(?:いる|る))"
    r"(?!\s*(?:な|ません))")
# 「前期の５年間、」: the period said before, its years counted
_PERIOD_THEN = compiled(r"(?:の)?\s*(?:\d{1,2}\s*(?:年間|か年|カ年|ヶ年|年度間|年度))?\s*(?:で|の間|とも)?\s*[、,]?\s*")


def read_filled_every_year(t, qn: str, mentions: list, free, take) -> None:
    """The filled_years condition: every year's column from the year said with から/以降 (or over the two years said,
    else every year the table prints) holds a figure. Only over a table printing a dash in some year's cell."""
    m = FILLED_EVERY.search(qn)
    if m is None or not free(*m.span()):
        return
    cols = [c for c in t.columns if c.year is not None and not c.base]
    # (「前期の５年間、毎年…」 over 前期（R8〜R12） │ Ｒ８ … Ｒ12: the period said, a column summing its years'
    # (period_sums.py), is those years; every one of them holds a figure)
    derived = getattr(t, "derived", None) or {}
    period = None
    for header, how in derived.items():
        column = t.column(header)
        for form in sorted((column.forms if column is not None else ()), key=len, reverse=True):
            at = qn.rfind(form, 0, m.start())
            if at >= 0 and _PERIOD_THEN.fullmatch(qn[at + len(form):m.start()]) and free(at, at + len(form)):
                period = (at, how)
                break
        if period is not None:
            break
    if period is not None:
        cols = [c for h in period[1].split("+") if (c := t.column(h)) is not None and c.year is not None]
    dashed = any(re.fullmatch(_DASH, nfkc(str(r["cells"].get(c.header) or "")).strip()) for c in cols for r in t.rows)
    if len(cols) < 2 or not dashed:
        return
    if period is not None:
        take(period[0], m.end(), "filled_years", [c.header for c in sorted(cols, key=lambda c: c.year)])
        return
    years = [y for y in mentions if y.kind == "year" and y.end <= m.start()
             and isinstance(y.data, tuple) and isinstance(y.data[0], int)]
    start = m.start()
    if len(years) == 2:
        low, high = sorted(y.data[0] for y in years)
    elif len(years) == 1 and re.fullmatch(r"\s*(?:から|以降|より後)?\s*", qn[years[0].end:m.start()]):
        low, high = years[0].data[0], max(c.year for c in cols)
    elif years:
        return
    else:
        low, high = min(c.year for c in cols), max(c.year for c in cols)
    cols = [c for c in cols if low <= c.year <= high]
    if not cols or low not in {c.year for c in cols}:
        return  # (a year said that the table does not print: the span is not the table's)
    for y in years:
        mentions.remove(y)
        start = min(start, y.start)
    take(start, m.end(), "filled_years", [c.header for c in sorted(cols, key=lambda c: c.year)])
