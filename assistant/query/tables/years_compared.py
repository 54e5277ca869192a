"""Two measures of one row compared year by year (計画 | 実績 under each year): 「実績が計画を下回った年度は
いくつ」 (the years so), 「実績が計画をいちばん大きく上回ったのは何年度」 (the year of the widest gap) and
「令和７年度は実績が計画を何人下回っていますか」 (that year's gap). The row is the one named, the one row of
the answer before, or 「合計」: every row's figures added up (the table's reader keeps its total row out)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.query.tables.read import Table
from assistant.query.tables.row_years import _row_named
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「実績が計画を下回った」「実績が計画を上回っている」: the first measure against the second.
_AGAINST = compiled(r"(?P<a>[一-龥]{2,4})(?:が|は)(?P<b>[一-龥]{2,4})を\s*(?:(?P<most>いちばん|一番|最も|もっとも)(?:大きく|多く)\s*)?"
                    r"(?:(?P<amount>何[人件円名台回]|いくら|どれだけ|どれくらい|どのくらい)\s*)?(?P<verb>上回|下回|超え)")
_YEARS_ASKED = compiled(r"年度|何年|いつ")
_COUNT_ASKED = compiled(r"いくつ|何回|何年度分|何か年|何カ年|何ヵ年|何年分|何個")
_TOTAL = compiled(r"合計|全体|総数")


def _year_label(header: str) -> str:
    found = find_years(nfkc(header))
    return nfkc(header)[found[0].start:found[0].end] if found else header


def answer_years_compared(question: str, tables: list[Table], context) -> tuple[Answer, Table, list[dict]] | None:
    qn = nfkc(question)
    m = _AGAINST.search(qn)
    if not m or not (m.group("amount") or _YEARS_ASKED.search(qn[m.end():]) or _YEARS_ASKED.search(qn[:m.start()])):
        return None
    hits = []
    for t in tables:
        by_year: dict[int, dict[str, str]] = {}
        for c in t.columns:
            if c.year is None or not c.base:
                continue
            for side in ("a", "b"):
                if m.group(side) == c.base or m.group(side) in c.forms and c.base.endswith(m.group(side)):
                    by_year.setdefault(c.year, {})[side] = c.header
        years = {y: h for y, h in by_year.items() if len(h) == 2}
        if len(years) < 2:
            continue
        if context is not None and context.table is t and len(context.rows) == 1:
            rows, name = context.rows, None
        elif (row := _row_named(t, _key(qn))) is not None:
            rows, name = [row], None
        elif _TOTAL.search(qn[:m.start()]):
            rows, name = list(t.rows), "合計"
        else:
            continue
        hits.append((t, years, rows, name))
    if len(hits) > 1:
        hits = [h for h in hits if h[0].measure_word and h[0].measure_word in qn] or hits
    if len(hits) > 1:
        # 「合計で」 of a table and of the table of its groups (their 小計): one total, the table's as printed
        hits = [h for h in hits if not (h[3] == "合計" and h[0].of_groups
                                        and any(o[0].source == h[0].source and not o[0].of_groups for o in hits))]
    if len(hits) != 1:
        return None
    t, years, rows, name = hits[0]
    label = t.name or ""
    name = name or str(rows[0]["cells"].get(label) or "")
    said = sorted({y.fiscal_year for y in find_years(qn)})
    gaps: dict[int, float] = {}
    for y, h in sorted(years.items()):
        if len(said) >= 2 and not said[0] <= y <= said[-1]:
            continue
        a = [_number(nfkc(str(r["cells"].get(h["a"]) or ""))) for r in rows]
        b = [_number(nfkc(str(r["cells"].get(h["b"]) or ""))) for r in rows]
        if any(n is None for n in a + b):
            continue  # (a year printing 「－」 for one measure, the plan's base year: no comparison)
        gaps[y] = sum(a) - sum(b)
    up = m.group("verb") != "下回"
    verb = {"上回": "上回った", "下回": "下回った", "超え": "超えた"}[m.group("verb")]
    where = f"（{t.doc_title}の表）"
    what = f"{m.group('a')}が{m.group('b')}を{verb}"
    understood = [{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                  {"field": label, "op": "eq", "value": name,
                   "label": "各行の合計" if name == "合計" and len(rows) > 1 else f"{label}が{name}"}]
    notes = ["合計は表の各行の値を足して求めました"] if name == "合計" and len(rows) > 1 else []
    skipped = [y for y in years if y not in gaps and not (len(said) >= 2 and not said[0] <= y <= said[-1])]
    if skipped and not m.group("amount"):
        notes.append(f"{'・'.join(_year_label(years[y]['a']) for y in sorted(skipped))}は値がないため比べていません")
    if not gaps:
        return None
    if m.group("amount"):
        if len(said) != 1 or said[0] not in gaps:
            return None
        gap = gaps[said[0]] if up else -gaps[said[0]]
        value: object = int(gap) if float(gap).is_integer() else round(gap, 2)
        head = _year_label(years[said[0]]["a"])
        summary = f"{name}の{head}は、{m.group('a')}が{m.group('b')}を {value} {'上回' if up else '下回'}っています{where}。"
        understood.append({"field": "|".join(years[said[0]].values()), "op": "gap", "value": None,
                           "label": f"{head}の{m.group('a')}と{m.group('b')}の差"})
        count = 1
    else:
        meets = [y for y, g in gaps.items() if (g > 0 if up else g < 0)]
        if m.group("most"):
            if not meets:
                return None
            best = max(abs(gaps[y]) for y in meets)
            top = [y for y in meets if abs(gaps[y]) == best]
            value = "、".join(_year_label(years[y]["a"]) for y in top)
            summary = f"{name}で{m.group('a')}が{m.group('b')}を最も大きく{verb}のは {value}（{best:g}）です{where}。"
            count = len(top)
        elif _COUNT_ASKED.search(qn[m.end():]):
            value = len(meets)
            listed = "、".join(_year_label(years[y]["a"]) for y in sorted(meets))
            summary = f"{name}で{what}年度は {value}年度です（{listed}）{where}。"
            count = value
        else:
            value = "、".join(_year_label(years[y]["a"]) for y in sorted(meets)) or "ありません"
            summary = f"{name}で{what}年度は {value} です{where}。"
            count = len(meets)
        understood.append({"field": "|".join(h for y in sorted(gaps) for h in years[y].values()), "op": "years_compared",
                           "value": None, "label": f"年度ごとに{what}か"})
    shown = rows if len(rows) == 1 else []
    answer = Answer(question=question, target="table_row", status="exact", count=count, value=value,
                    rows=[{"key": r["key"], "source": t.source, "line": r["line"], "title": name, **r["cells"]} for r in shown],
                    columns=[c.header for c in t.columns], understood=understood, summary=summary, notes=notes)
    return answer, t, rows
