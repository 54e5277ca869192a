"""「減額がいちばん大きかった補助金は？」 over a column of signed amounts (見直し額: ▲6,800 a cut, 1,400 a rise):
the cut is the negative part of that column, so the largest cut is the most negative amount, and the
largest rise the most positive one (never a ratio: every abolished row would be −100%). 「部ごとの小計を比べて
減り方がいちばん小さかった部」: the amounts added up per group the rows sit under (each 部's sheet; its 小計
row is no row of it), and the group of the extreme sum."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.tables.cells import _fy, _number
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_ASKED = compiled(r"(?P<way>減額幅|減少幅|減額|削減効果額|削減効果|削減額|減少額|減った額|減り幅|増額幅|増加幅|増額|増加額|増えた額|増え幅)(?:が|の)?\s*"
                  r"(?:いちばん|一番|最も|もっとも)(?P<size>大き|多|小さ|少な)")
# 「減少額が大きい順に上位3つ」「削減額の多い順に5件」: the cuts (or rises) ranked, the first N of them.
_ORDER_ASKED = compiled(r"(?P<way>減額幅|減少幅|減額|削減額|減少額|減った額|減り幅|増額幅|増加幅|増額|増加額|増えた額|増え幅)(?:が|の)?\s*"
                        r"(?P<size>大き|多|小さ|少な)い順(?:に|で)?")
_TOP_N = compiled(r"(?:上位|トップ|ベスト)\s*(?P<a>\d{1,2})|(?P<b>\d{1,2})\s*(?:つ|件|個|位)(?:まで)?")
_MANNER_ASKED = compiled(r"(?P<way>減り方|増え方)(?:が|の)?\s*(?:いちばん|一番|最も|もっとも)(?P<size>大き|多|小さ|少な)")
_UNTIL_YEAR = compiled(r"((?:令和|平成|R|H)\s*\d{1,2}\s*年度?|\d{4}\s*年度?)\s*(?:まで|以前)")


def _year_column(t: Table) -> str:
    """The column naming each row by its fiscal year (年度: 令和3年度 …), "" when none."""
    for c in t.columns:
        years = [_fy(r["cells"].get(c.header)) for r in t.rows]
        if not c.numeric and years and all(y is not None for y in years) and len(set(years)) == len(years) >= 2:
            return c.header
    return ""


def _common_tail(headers: list[str]) -> str:
    """The words every header ends with (廃止金額, 合計金額 → 金額)."""
    tail = nfkc(headers[0])
    for h in headers[1:]:
        h = nfkc(h)
        while tail and not h.endswith(tail):
            tail = tail[1:]
    return tail


# 「…がいちばん大きかった年度は？」: the row asked by the word of a row per fiscal year
_ROW_ASKED = compiled(r"(?:年度|年)(?:は|って)\s*(?:どこ|どれ|いつ)?\s*[?？]?\s*$")
_SIGNED = compiled(r"^[▲△-]\s*\d")
_AMOUNT_ASKED = compiled(r"いくら|何円|何千円|何万円|金額は|額は")


def _cell(row: dict, header: str) -> str:
    return nfkc(str(row["cells"].get(header) or "")).strip()


def answer_signed_extreme(question: str, tables: list[Table], places: bool) -> tuple[Answer, list[dict], Table] | None:
    """The row of the largest (or smallest) cut or rise, or None when that is not asked or no one table
    has one column of signed amounts."""
    text = nfkc(question)
    order = _ORDER_ASKED.search(text)
    m = _ASKED.search(text) or order
    manner = _MANNER_ASKED.search(text) if m is None else None  # (「減り方」: only of groups, below)
    m = m or manner
    # (a ranking of cuts, 「減少額が大きい順に」, is asked of the one table printing signed amounts, wherever it is)
    if not m or not (places or m is order or _ROW_ASKED.search(text, m.end())):
        return None
    found = []
    for t in tables:
        # (a column computed by the reader, 1件当たり金額, prints no sign: only the document's own columns)
        signed = [c.header for c in t.columns if c.numeric and c.header not in t.derived
                  # ▲ printed, or a sheet's negative number shown with ▲ by its number format (#,##0;"▲"#,##0)
                  # (a dash alone, 「-」, is no amount: nothing granted that year)
                  and any(_cell(r, c.header)[:1] in "▲△-" and _SIGNED.match(_cell(r, c.header)) for r in t.rows)]
        if len(signed) > 1:
            # (廃止金額 │ 縮小金額 │ … │ 合計金額: the one whose own word the question says, 「合計の削減効果額」)
            tail = _common_tail(signed)
            said = [h for h in signed if tail and len(word := nfkc(h)[:-len(tail)]) >= 2 and word in text]
            signed = said if len(said) == 1 else signed
        if len(signed) == 1:
            found.append((t, signed[0]))
    if len(found) > 1:
        # (the items' table and its summary by group, each printing a change: the one whose items the question
        # names, 「補助金」 of 補助金名; none named, the items' own table when the others only sum groups of them)
        named = [(t, h) for t, h in found if t.name and len(stem := re.sub(r"名$", "", t.name)) >= 2 and stem in text]
        if _ROW_ASKED.search(text):  # (「…いちばん大きかった年度は」: the table of a row per fiscal year, or none)
            named = [(t, h) for t, h in found if _year_column(t)]
            if not named:
                return None
        most = max(found, key=lambda f: len(f[0].rows))
        found = named if named else [most] if all(len(t.rows) * 2 <= len(most[0].rows) for t, _ in found
                                                       if t is not most[0]) else found
    if len(found) != 1:
        return None
    t, h = found[0]
    cut = m.group("way").startswith(("減", "削"))
    group = _group_asked(text, t, m.end())
    if manner is not None and group is None:
        return None  # 「職員の減り方がいちばん大きいのは」 of rows: the change columns' reading answers
    if group is not None:
        return _group_extreme(question, t, h, group, cut, m.group("size") in ("大き", "多"))
    values = [(r, n) for r in t.rows if (n := _number(r["cells"].get(h))) is not None and (n < 0 if cut else n > 0)]
    until, bounded = _UNTIL_YEAR.search(text), ""
    year_col = _year_column(t)
    if until and year_col and find_years(until.group(1)):
        # 「令和6年度までで」 over a row per fiscal year: the rows of the years up to it
        bound = find_years(until.group(1))[0].fiscal_year
        years = {id(r): _fy(r["cells"].get(year_col)) for r, _ in values}
        if all(y is not None for y in years.values()):
            values = [(r, n) for r, n in values if years[id(r)] <= bound]
            bounded = f"{year_col}が{until.group(1)}まで"
    if not values:
        return None
    largest = m.group("size") in ("大き", "多")
    if m is order:
        return _ranked(question, t, h, values, cut, largest, _TOP_N.search(text, m.end()))
    pick = (min if cut == largest else max)(n for _, n in values)
    top = [r for r, n in values if n == pick]
    name = "、".join(str(r["cells"].get(t.name or year_col) or r["key"]) for r in top)
    amount = _cell(top[0], h)
    word = "減額" if cut else "増額"
    summary = (f"{h}の{word}（{'▲の付いた額' if cut else '正の額'}、{len(values)}件）で"
               f"{'最も大きい' if largest else '最も小さい'}のは {name}（{amount}）です（{t.doc_title}の表）。")
    value = abs(pick) if _AMOUNT_ASKED.search(text) else name if len(top) == 1 else None
    return Answer(question=question, target="table_row", status="exact", count=len(top), value=value, summary=summary,
                  understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                              *([{"field": year_col, "op": "fy_le", "value": until.group(1), "label": bounded}]
                                if bounded else []),
                              {"field": h, "op": "max" if largest else "min", "value": word,
                               "label": f"{h}の{word}が{'最大' if largest else '最小'}"}],
                  rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in top],
                  columns=[c.header for c in t.columns]), top, t


def _ranked(question: str, t: Table, h: str, values: list, cut: bool, largest: bool, top_n):
    """The rows of a cut (or rise) in the order asked, the first N when a number is said (ties at the last place
    kept: which of them is meant is not said)."""
    ordered = sorted(values, key=lambda v: v[1] if cut == largest else -v[1])
    n = int(top_n.group("a") or top_n.group("b")) if top_n else len(ordered)
    if n <= 0:
        return None
    cut_at = ordered[min(n, len(ordered)) - 1][1]
    picked = [(r, v) for k, (r, v) in enumerate(ordered) if k < n or v == cut_at]
    word = "減額" if cut else "増額"
    listed = "、".join(f"{r['cells'].get(t.name) or r['key']}（{_cell(r, h)}）" for r, _ in picked)
    summary = (f"{h}の{word}（{'▲の付いた額' if cut else '正の額'}、{len(values)}件）を"
               f"{'大きい' if largest else '小さい'}順に並べると{'上位' + str(n) + '件は ' if top_n else ' '}{listed} です"
               f"（{t.doc_title}の表）。")
    return Answer(question=question, target="table_row", status="exact", count=len(picked), summary=summary,
                  understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                              {"field": h, "op": "order", "value": word,
                               "label": f"{h}の{word}が{'大きい' if largest else '小さい'}順"
                                        + (f"（上位{n}件）" if top_n else "")}],
                  rows=[{"key": r["key"], "source": t.source, "line": r["line"],
                         "number": str(r["cells"].get(t.number) or "") if t.number else "",
                         "title": str(r["cells"].get(t.name) or "") if t.name else "", **r["cells"]} for r, _ in picked],
                  columns=[c.header for c in t.columns]), [r for r, _ in picked], t


# 「部ごとの」「部ごとに」, or the group asked last (「…部はどこ」).
_BY_GROUP = compiled(r"(?P<g>[一-龥]{1,2})ごと(?:の|に)")
_GROUP_ASKED = compiled(r"(?P<g>[一-龥]{1,2})(?:は|って|が)\s*(?:どこ|どれ|何|なに|[?？]|$)")


def _group_asked(text: str, t: Table, after: int) -> str | None:
    """The word of the groups asked (部), when every heading the rows sit under ends with it."""
    heads = {_cell(r, "見出し") for r in t.rows} - {""}
    if len(heads) < 2:
        return None
    said = _BY_GROUP.search(text)
    asked = _GROUP_ASKED.search(text, after)
    for g in (said.group("g") if said else "", asked.group("g") if asked else ""):
        if g and all(h.endswith(g) for h in heads):
            return g
    return None


def _group_extreme(question: str, t: Table, h: str, group: str, cut: bool, largest: bool):
    sums: dict[str, float] = {}
    for r in t.rows:
        n = _number(r["cells"].get(h))
        if n is not None and _cell(r, "見出し"):
            sums[_cell(r, "見出し")] = sums.get(_cell(r, "見出し"), 0.0) + n
    values = {g: n for g, n in sums.items() if (n < 0 if cut else n > 0)}
    if not values:
        return None
    pick = (min if cut == largest else max)(values.values())
    top = [g for g, n in values.items() if n == pick]
    word = "減額" if cut else "増額"
    listed = "、".join(f"{g} {'▲' if n < 0 else ''}{abs(n):,.0f}" for g, n in sums.items())
    summary = (f"{h}を{group}（見出し）ごとに合計すると（{listed}。小計の行は足していません）、{word}が"
               f"{'最も大きい' if largest else '最も小さい'}のは {'・'.join(top)} です（{t.doc_title}の表）。")
    rows = [r for r in t.rows if _cell(r, "見出し") in top]
    return Answer(question=question, target="table_row", status="exact", count=len(top),
                  value=top[0] if len(top) == 1 else None, summary=summary,
                  understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                              {"field": h, "op": "sum", "value": group, "label": f"{group}ごとの{h}の合計"},
                              {"field": h, "op": "max" if largest else "min", "value": word,
                               "label": f"{h}の{word}が{'最大' if largest else '最小'}の{group}"}],
                  rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in rows],
                  columns=[c.header for c in t.columns]), rows, t
