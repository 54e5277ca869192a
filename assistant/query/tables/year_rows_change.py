"""A table whose rows are years (年度 | 公立施設数 | 待機児童数 …): the change of one figure between two years said
(「公立施設数は令和５年度から令和９年度でいくつ減る」), and the years whose figure fell or rose from the row before
by a bound or more (「待機児童数が前の年度より10人以上減った年度」). The figure is one column named in the question;
a change against the word said (増えた where 減る is asked) is not answered here, never turned round."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.facts import _key
from assistant.query.grammar.years import inherit_eras
from assistant.query.tables.cells import _number
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_DOWN = re.compile(r"減(?:る|った|って|ら|り|少)|下が|少なくな")
_UP = re.compile(r"増(?:える|えた|えて|や|加)|上が|多くな")
# (how much, not which year: 「何年度」「いつ」 ask of another thing)
_HOW_MUCH = re.compile(r"いくつ|いくら|何(?:人|件|施設|か所|園|校|台|円|千円|ポイント)(?!度)|どれ(?:だけ|くらい|ぐらい)|どの(?:くらい|ぐらい)|差(?:は|って|を)")
# 「前の年度より10人以上減った」「前年度から10人以上増えた」; with no bound, 「前の年より減った」: any fall (rise)
_FROM_BEFORE = re.compile(r"(?:前の年度|前年度|前年|前の年)(?:より|から|と比べて|に比べて)\s*(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
                          r"(?P<unit>[^\d\s以上]{0,3}?)\s*以上\s*)?(?P<verb>減|増|下が|上が)")
_WHICH_YEARS = re.compile(r"(?:年度|年)\s*(?:は|って|を)?\s*(?:どれ|どこ|いつ|何年度|(?:です)?か?\s*[?？]?\s*$)")


def _year_rows(t: Table) -> dict[int, dict]:
    """The rows by the one fiscal year each names, when every row names one (and no two the same), in the table's
    naming column or else its first column."""
    label = _label(t)
    if not label:
        return {}
    out = {}
    for r in t.rows:
        years = {y.fiscal_year for y in find_years(nfkc(str(r["cells"].get(label) or "")))}
        if len(years) != 1 or (y := next(iter(years))) in out:
            return {}
        out[y] = r
    return out if len(out) >= 3 else {}


def _label(t: Table) -> str:
    return t.name or (t.columns[0].header if t.columns and not t.columns[0].numeric else "")


def _measure(t: Table, qn: str):
    said = {c.header for c in t.columns if c.numeric and c.year is None
            and any(len(_key(f)) >= 3 and _key(f) in qn for f in (c.header, *c.forms))}
    return t.column(next(iter(said))) if len(said) == 1 else None


def _row(t: Table, r: dict) -> dict:
    return {"key": r["key"], "source": t.source, "line": r["line"], "title": str(r["cells"].get(_label(t)) or ""), **r["cells"]}


def answer_year_rows_change(question: str, qn: str, tables: list[Table]) -> Answer | None:
    said = inherit_eras(nfkc(question))
    hits = [(t, rows, c) for t in tables if (rows := _year_rows(t)) and (c := _measure(t, qn)) is not None]
    if len(hits) != 1:
        return None
    t, rows, c = hits[0]
    where = f"（{t.doc_title}の表）"
    understood = [{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"}]
    unit = c.unit or ""
    step = _FROM_BEFORE.search(said)
    if step and _WHICH_YEARS.search(said, step.end()):
        bounded = step.group("n") is not None
        bound = float(step.group("n").replace(",", "")) if bounded else 0.0
        down = step.group("verb") in ("減", "下が")
        order = sorted(rows)
        found = []
        for before, year in zip(order, order[1:]):
            a, b = _number(rows[before]["cells"].get(c.header)), _number(rows[year]["cells"].get(c.header))
            if a is None or b is None:
                continue
            change = (a - b) if down else (b - a)
            if change >= bound if bounded else change > 0:
                found.append((rows[year], change))
        word = "減った" if down else "増えた"
        label = f"{c.header}が前の年度より{bound:g}{step.group('unit')}以上{word}" if bounded \
            else f"{c.header}が前の年度より{word}"
        understood.append({"field": c.header, "op": "step_ge" if bounded else "step_gt", "value": bound, "label": label})
        names = "、".join(f"{_row(t, r)['title']}（{change:g}{unit}）" for r, change in found)
        summary = (f"{label}年度は {len(found)}件です{where}：{names}。" if found
                   else f"{label}年度はありません{where}。")
        return Answer(question=question, target="table_row", status="exact" if found else "no_match",
                      count=len(found), rows=[_row(t, r) for r, _ in found], value=None,
                      columns=[x.header for x in t.columns], understood=understood, summary=summary)
    years = sorted({y.fiscal_year for y in find_years(said)})
    down, up = _DOWN.search(said), _UP.search(said)
    if len(years) != 2 or not (down or up or "差" in said or "増減" in said) or not _HOW_MUCH.search(said) \
            or any(y not in rows for y in years):
        return None
    first, last = (rows[y] for y in years)
    a, b = _number(first["cells"].get(c.header)), _number(last["cells"].get(c.header))
    if a is None or b is None:
        return None
    fa, fb = _row(t, first)["title"], _row(t, last)["title"]
    change = b - a
    asked_down = bool(down) and not up
    asked_up = bool(up) and not down
    if asked_down and change > 0 or asked_up and change < 0:
        return None  # (the figure moved the other way: no number turned round; the rows are read as before)
    value = -change if asked_down else abs(change) if not asked_up and "差" in said else change
    word = "減少" if change < 0 else "増加" if change > 0 else "増減なし"
    summary = f"{c.header}は{fa}の{a:g}{unit}から{fb}の{b:g}{unit}へ、{abs(change):g}{unit}の{word}です{where}。"
    understood.append({"field": c.header, "op": "change", "value": [fa, fb], "label": f"{c.header}の{fa}から{fb}への増減"})
    return Answer(question=question, target="table_row", status="exact", count=2, rows=[_row(t, first), _row(t, last)],
                  value=value if value != int(value) else int(value), columns=[x.header for x in t.columns],
                  understood=understood, summary=summary)
