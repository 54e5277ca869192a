"""One row's figures across the columns of its years (指標 | 令和2年度 … 令和6年度): the year it was highest
or lowest (「将来負担比率がいちばん高かったのは何年度」), its mean over the years said (「令和2年度から6年度
までの5年間の平均」) and the year from which its cell is printed 「－」 every year after (「資金不足比率が
「－」になったのは何年度から」). The row is named in the question; the years are the table's headers.
"""
from __future__ import annotations


from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.grammar.years import inherit_eras
from assistant.query.tables.cells import _EMPTY, _number
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# (「どの月がいちばん多かった」: the month asked by which of them)
_WHEN = compiled(r"何年度|いつ|何月|どの月")
_HIGH = compiled(r"(?:いちばん|一番|最も|もっとも)(?:[一-龥ァ-ヶー]{1,6})?(?:高|多|大)")
# 「どの月がいちばん多かった」「いちばん多かったのは何月」: one row's month at its extreme, read before the rows are
MONTH_EXTREME = compiled(r"(?:何月|どの月).*(?:いちばん|一番|最も|もっとも)|(?:いちばん|一番|最も|もっとも).*(?:何月|どの月)")
_LOW = compiled(r"(?:いちばん|一番|最も|もっとも)(?:[一-龥ァ-ヶー]{1,6})?(?:低|少|小)")
_MEAN = compiled(r"平均")
# 「初めて320人を超えたのは何年度」: the first year past a figure (or reaching, or under it)
_FIRST_PAST = compiled(r"初めて\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>人|件|円|千円|%|％|ポイント|名|台|回)?\s*"
                       r"(?P<op>を超え|を上回|以上に?な|に達し|を下回|を切|未満に?な)")
_PAST_VERBS = {"を超え": "を超えた", "を上回": "を上回った", "以上": "以上になった", "に達し": "に達した",
               "を下回": "を下回った", "を切": "を切った", "未満": "未満になった"}
# 「将来負担比率が「－」の年度はいくつ」: how many of the row's years print the dash (said as the document prints it)
DASH_COUNT = compiled(r"[「『]\s*[-－―—ー‐]\s*[」』].*?年度?(?:は|が|って)?\s*(?:いくつ|何回|何個|何年度分?|何か年|何カ年|何年分?)")
_DASHES = {"-", "–", "—", "―", "ー", "－", "‐"}
# 「地方債現在高が前年度末より増えた年度は何回」: how many of the row's years are above (below) the year before
RISES_COUNTED = compiled(r"(?:前年度末?|前の年度末?|前年|前の年)(?:より|から|と比べて|に比べて)\s*(?:(?P<up>増え|増加し|上が|伸び)|(?P<down>減っ|減少し|下が))"
                         r"[ぁ-ん]*\s*年度?(?:は|が|って)?\s*(?:何回|いくつ|何年度分|何か年|何カ年|何年分)")
# 「扶助費の５年間の平均額」: the mean over as many years as the row prints, said by their count
SPAN_MEAN = compiled(r"(?P<n>\d{1,2}|[二三四五六七八九])\s*(?:年間|か年|カ年|ヶ年|年度間)\s*(?:の|で|を通じて|を通した)?\s*平均")
_PAST_OF_CHANGE = {"増え": "増えた", "増加し": "増加した", "上が": "上がった", "伸び": "伸びた", "減っ": "減った",
                   "減少し": "減少した", "下が": "下がった"}
_DASH_FROM = compiled(r"[「『]\s*[-－―—ー‐]\s*[」』]\s*(?:に|と)なった.*?(?:何年度|いつ)から")


def _row_named(t: Table, qn: str) -> dict | None:
    """The one row whose name the question says (whole, or its first words: 農業集落排水事業 of
    農業集落排水事業特別会計); in a table of no naming column, its last column of words (区分 of 部門 | 区分)."""
    label = t.name or _label_column(t)
    if not label:
        return None
    found = []
    for r in t.rows:
        name = _key(nfkc(str(r["cells"].get(label) or "")))
        if len(name) < 2:
            continue
        if name in qn:
            found.append((len(name), r))
            continue
        k = next((k for k in range(len(name) - 1, 3, -1) if name[:k] in qn), 0) if len(name) >= 6 else 0
        if k >= 4 and k * 5 >= len(name) * 3:
            found.append((k, r))
    if not found:
        return None
    best = max(n for n, _ in found)
    rows = [r for n, r in found if n == best]
    return rows[0] if len(rows) == 1 else None


def _label_column(t: Table) -> str:
    words = [c.header for c in t.columns if not c.numeric and not c.years_inside and c.year is None]
    return words[-1] if words and len({str(r["cells"].get(words[-1]) or "") for r in t.rows}) == len(t.rows) else ""


def _year_columns(t: Table) -> list:
    cols = [c for c in t.columns if c.year is not None and not c.base]
    return cols if len(cols) >= 3 and len({c.year for c in cols}) == len(cols) else []


_MONTH_BASE = compiled(r"(1[0-2]|[1-9])月")
# 「令和6年4月」…「令和7年3月」: a month printed with its calendar year (a fiscal year's months under 令和6年 | 令和7年)
_YEAR_MONTH = compiled(r"(?:令和|平成|r|h)?(?:\d{1,2}|元)年(1[0-2]|[1-9])月|(?:19|20)\d{2}年(1[0-2]|[1-9])月")


def month_of(c) -> int | None:
    """The month a column is of (4 of 4月, of 令和6年4月), or None."""
    m = _MONTH_BASE.fullmatch(_key(c.base or c.header))
    if m:
        return int(m.group(1))
    m = _YEAR_MONTH.fullmatch(_key(c.base or c.header))
    return int(m.group(1) or m.group(2)) if m else None


def _months_of_years_said(cols: list, said: str) -> bool:
    """Whether the fiscal years said (none, or the one the months are of) are the months' own: 令和6年4月 … 令和7年3月,
    or 4月 … 3月 of a column's year, are the fiscal year of their April."""
    years = {y.fiscal_year for y in find_years(said)}
    if not years:
        return True
    april = next((c for c in cols if month_of(c) == 4), None)
    if april is None:
        return False
    if april.year is not None:
        return years == {april.year}
    printed = find_years(nfkc(april.base or april.header), calendar=True)
    return bool(printed) and years == {printed[0].fiscal_year}


def _month_columns(t: Table) -> list:
    """A fiscal year's months (令和7年度 4月 … 3月, 4月 … 3月 alone, or 令和6年4月 … 令和7年3月), in the year's
    order (April first), each month once."""
    cols = [c for c in t.columns if c.numeric and month_of(c) is not None]
    if len(cols) < 6 or len({c.year for c in cols}) != 1 or len({month_of(c) for c in cols}) != len(cols):
        return []
    return sorted(cols, key=lambda c: (month_of(c) + 8) % 12)


_AGES_ASKED = compiled(r"(?:年代|年齢層|世代)\s*(?:は|って|を|が)?\s*(?:どこ|どれ|何|なに|いくつ)?\s*(?:です)?か?\s*[?？。]?\s*$")
_AGE_HEADER = compiled(r"\d{1,2}\s*(?:[~〜～\-－]\s*\d{1,2}\s*)?(?:代|歳)(?:\s*(?:以上|以下|未満))?")


def _age_columns(t: Table) -> list:
    """The columns of age groups (10代 │ 20代 │ … │ 70代以上, 「全体」 and the like left out), three or more, in order."""
    cols = [c for c in t.columns if c.numeric and _AGE_HEADER.fullmatch(nfkc(c.header).strip())]
    return cols if len(cols) >= 3 else []


def _measure_year_columns(t: Table, qn: str) -> list:
    """The columns of one measure by year that the question names by its word (合計点 of 令和3年度合計 │ … │
    令和6年度合計, blocks of columns per year), each year once, three years or more; [] otherwise."""
    bases = {}
    for c in t.columns:
        if c.year is None or not c.base or not c.numeric:
            continue
        forms = [f for f in c.forms if f and not find_years(f)]
        if any(_key(f) in qn for f in forms):
            bases.setdefault(c.base, []).append(c)
    if len(bases) != 1:
        return []
    cols = next(iter(bases.values()))
    return cols if len(cols) >= 3 and len({c.year for c in cols}) == len(cols) else []


def answer_row_years(question: str, qn: str, tables: list[Table], row: dict | None = None) -> Answer | None:
    """The answer when one table's named row is asked across its years; None when no table reads so. With `row`
    (the one row a conversation is on, of the one table given), that row across the years of the measure said."""
    said = inherit_eras(nfkc(question))  # (「令和2年度から6年度まで」: 6年度 of 令和)
    past = _FIRST_PAST.search(said) if _WHEN.search(said) else None
    kind = ("first_past" if past else "dash_count" if DASH_COUNT.search(said) else "rises" if RISES_COUNTED.search(said) else "dash_from" if _DASH_FROM.search(said) else "max" if _HIGH.search(said) and _WHEN.search(said)
            else "min" if _LOW.search(said) and _WHEN.search(said) else "mean" if _MEAN.search(said) else "")
    if not kind and _AGES_ASKED.search(said):
        kind = "max" if _HIGH.search(said) else "min" if _LOW.search(said) else ""
    if not kind:
        return None
    months = "何月" in said or "どの月" in said
    if months and kind not in ("max", "min"):
        return None
    # 「『知らない』と答えた割合が一番高い年代は」: one row across a survey's columns of age groups (10代 … 70代以上)
    ages = bool(_AGES_ASKED.search(said)) and not months and kind in ("max", "min")
    hits = []
    for t in tables:
        if row is not None:
            cols = [] if months else _measure_year_columns(t, qn)
            if cols:
                hits.append((t, cols, row))
            continue
        cols = _month_columns(t) if months else _age_columns(t) if ages else _year_columns(t)
        named = _row_named(t, qn) if cols else None
        if named is not None:
            hits.append((t, cols, named))
    if len(hits) != 1:
        return None
    if months and not _months_of_years_said(hits[0][1], said):
        return None  # (「令和5年度はどの月が」 of a sheet of 令和6年度's months: not that year's)
    given = row is not None  # (the conversation's one row, not a row the question named)
    t, cols, row = hits[0]
    name = str(row["cells"].get(t.name) or "")
    cells = [(c, nfkc(str(row["cells"].get(c.header) or "")).strip())
             for c in (cols if months or ages else sorted(cols, key=lambda c: c.year))]
    where = f"（{t.doc_title}の表）"
    base = {"key": row["key"], "source": t.source, "line": row["line"], "title": name, **row["cells"]}
    label = t.name or _label_column(t)
    name = str(row["cells"].get(label) or "")
    base["title"] = name
    understood = [{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                  {"field": label, "op": "eq", "value": name, "label": f"{label}が{name}"}]
    if kind == "first_past":
        bound = float(past.group("n").replace(",", ""))
        op = past.group("op")
        def meets(n: float) -> bool:
            return n > bound if op.startswith(("を超え", "を上回")) else n >= bound if op.startswith(("以上", "に達し")) \
                else n < bound

        first = next((c for c, v in cells if (n := _number(v)) is not None and meets(n)), None)
        if first is None or first is cells[0][0]:
            return None  # (never, or from the first year printed: not 「初めて」 within the table)
        value = first.header
        verb = next(v for k, v in _PAST_VERBS.items() if op.startswith(k))
        said_bound = f"{past.group('n')}{past.group('unit') or ''}{verb}"
        summary = f"{name}が初めて{said_bound}のは {value}（{nfkc(str(row['cells'].get(first.header)))}）です{where}。"
        understood.append({"field": first.header, "op": "first", "value": bound, "label": f"初めて{said_bound}年度"})
        return Answer(question=question, target="table_row", status="exact", count=1, rows=[base], value=value,
                      columns=[c.header for c in t.columns], understood=understood, summary=summary)
    if kind in ("max", "min"):
        figures = [(c, _number(v)) for c, v in cells if _number(v) is not None]
        if len(figures) < 2:
            return None
        best = (max if kind == "max" else min)(n for _, n in figures)
        top = [c.header for c, n in figures if n == best]
        if given:
            # (令和4年度 of 令和4年度合計: the year, its measure said in the question)
            top = [h[:-len(t.column(h).base)] if t.column(h).base and h.endswith(t.column(h).base)
                   and h != t.column(h).base else h for h in top]
        word = "最も高い" if kind == "max" else "最も低い"
        value = "、".join(top)
        summary = f"{name}が{word}のは {value}（{best:g}）です{where}。"
        if months:
            # 「いちばん多かったのは何月」: the month (its column's own word, 10月), the figure said with it
            word = "最も多い" if kind == "max" else "最も少ない"
            value = "、".join(f"{month_of(t.column(h))}月" for h in top)
            unit = t.column(top[0]).unit
            summary = f"{name}が{word}のは {value}（{best:g}{unit}）です{where}。"
        if ages:
            unit = t.column(top[0]).unit
            summary = f"{name}が{word}年代は {value}（{best:g}{unit}）です{where}。"
        understood.append({"field": "|".join(c.header for c in cols), "op": kind, "value": None,
                           "label": f"{name}の{'月' if months else '年代' if ages else '年度'}ごとの値の{'最大' if kind == 'max' else '最小'}"})

    elif kind == "mean":
        years = sorted({y.fiscal_year for y in find_years(said)})
        if len(years) == 1:
            return None
        chosen = [(c, v) for c, v in cells if not years or years[0] <= c.year <= years[-1]]
        figures = [_number(v) for _, v in chosen]
        if len(chosen) < 2 or any(n is None for n in figures):
            return None
        span = SPAN_MEAN.search(said)
        if span is not None and len(chosen) != (int(span.group("n")) if span.group("n").isdigit()
                                                else "一二三四五六七八九".index(span.group("n")) + 1):
            return None  # (「3年間の平均」 of a row printing five years: which three is not said)
        mean = sum(figures) / len(figures)
        value = round(mean, 2)
        span = f"{chosen[0][0].header}～{chosen[-1][0].header}"
        summary = f"{name}の{span}（{len(chosen)}年度）の平均は {value:g} です{where}。"
        understood.append({"field": "|".join(c.header for c, _ in chosen), "op": "avg", "value": None,
                           "label": f"{span}の平均"})
    elif kind == "rises":
        years = sorted({y.fiscal_year for y in find_years(said)})
        chosen = [(c, _number(v)) for c, v in cells if not years or years[0] <= c.year <= years[-1]]
        if len(years) == 1 or len(chosen) < 2:
            return None
        verb = RISES_COUNTED.search(said)
        blank = [c.header for c, n in chosen if n is None]
        if blank:
            # (a year printing 「－」 or nothing has no change from or to it: the count cannot be made, and a count of
            # the other years, or of one pair of them, would be stated as certain when it is not)
            printed = "、".join(f"{h}（{nfkc(str(row['cells'].get(h) or '')).strip() or '空欄'}）" for h in blank)
            summary = (f"{name}には数値のない年度（{printed}）があるため、前年度より"
                       f"{_PAST_OF_CHANGE[verb.group('up') or verb.group('down')]}回数は数えられません{where}。")
            return Answer(question=question, target="table_row", status="partial", count=1, rows=[base], value=None,
                          columns=[c.header for c in t.columns], understood=understood, summary=summary,
                          caveat=summary)
        up = verb.group("up") is not None
        moved = [b.header for (_, x), (b, y) in zip(chosen, chosen[1:]) if (y > x if up else y < x)]
        value = len(moved)
        word = _PAST_OF_CHANGE[verb.group("up") or verb.group("down")]
        span = f"{chosen[1][0].header}～{chosen[-1][0].header}"
        summary = (f"{name}が前年度より{word}年度は {span}のうち {value}回です"
                   f"{'（' + '、'.join(moved) + '）' if moved else ''}{where}。")
        understood.append({"field": "|".join(c.header for c, _ in chosen), "op": "count_up" if up else "count_down",
                           "value": None, "label": f"前年度より{word}年度を数える（{span}）"})
    elif kind == "dash_count":
        years = sorted({y.fiscal_year for y in find_years(said)})
        if len(years) == 1 or any(not v for _, v in cells):
            return None  # (one year said is no count; a blank cell is not the dash, nor said to be)
        chosen = [(c, v) for c, v in cells if not years or years[0] <= c.year <= years[-1]]
        dashed = [c.header for c, v in chosen if v in _DASHES]
        value = len(dashed)
        span = f"{chosen[0][0].header}～{chosen[-1][0].header}"
        summary = (f"{name}が「－」の年度は {span}のうち {value}年度です"
                   f"{'（' + '、'.join(dashed) + '）' if dashed else ''}{where}。")
        understood.append({"field": "|".join(c.header for c, _ in chosen), "op": "count_dash", "value": None,
                           "label": f"{span}のうち「－」の年度を数える"})
    else:
        dashed = [v in _EMPTY for _, v in cells]
        if all(dashed) or not dashed[-1]:
            return None
        first = len(dashed)
        while first > 0 and dashed[first - 1]:
            first -= 1
        value = cells[first][0].header
        summary = (f"{name}は {value}から「{cells[first][1]}」です"
                   f"（{cells[first - 1][0].header}は{cells[first - 1][1]}）{where}。")
        understood.append({"field": "|".join(c.header for c, _ in cells), "op": "dash_from", "value": None,
                           "label": "「－」が続く最初の年度"})
    return Answer(question=question, target="table_row", status="exact", count=1, rows=[base], value=value,
                  columns=[c.header for c in t.columns], understood=understood, summary=summary)
