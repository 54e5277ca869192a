"""「（ふるさと納税の推進の2028年度の実績は？）前の年と比べていくら減った？」 after one yearly figure of an item (a measure
sheet's 目標・実績・達成率 row of a year, sheet_value): the same figure of the year before, of the same item, and how
far it rose or fell between them. A fall asked of a figure that rose (or the other way) is said, not turned around
silently (status partial). Anything else is left to the rest of the engine (None)."""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from assistant.kinds.registry import record_kinds
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import fy_label, label_fiscal_year

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_CHANGE = compiled(r"^\s*(?:じゃあ|では|それで)?[、,]?\s*(?:その)?\s*(?:前の年度?|前年度?|前の年度|昨年度?|去年)\s*(?:と比べて|と比べると|と比較して|から|より|に比べて)\s*"
                   r"(?:は)?\s*(?:いくら|どれくらい|どのくらい|どれだけ|何\S{0,3}|いくつ)?\s*(?P<how>減った|減って(?:い)?る|減少した|下がった|増えた|増えて(?:い)?る|増加した|上がった|変わった|違う|差)")
_DOWN = ("減", "下")
_CHILD = "sheet_value"


# 「2-(2)の実績値は令和4年度から6年度で何ポイント伸びた？」: two years said in one question, the change between them.
_SPAN_CHANGE = compiled(r"(?:で|の間に?|にかけて)\s*(?:は)?\s*(?:いくら|どれくらい|どのくらい|どれだけ|何\S{0,4}|いくつ)?\s*"
                        r"(?P<how>減った|減って(?:い)?る|減少した|下がった|伸びた|伸びて(?:い)?る|増えた|増えて(?:い)?る|増加した|上がった|変わった|改善した)")


def _span(assistant: "Assistant", q: Query, question: str, said: str) -> Answer | None:
    """One item's figure of two years said in the question (its sheet_value rows of each), and the change between."""
    from assistant.text.wareki import find_years

    m = _SPAN_CHANGE.search(said)
    years = sorted({y.fiscal_year for y in find_years(said)})
    if len(years) != 2:  # (「令和4年度から6年度で」: the second year's era left out, the parse's years are the two said)
        # (a year column may hold a word, 総括 of the self-evaluations: only a year's label is a year)
        said_years = {str(c.value).upper() for c in q.conditions if c.field == "year" and isinstance(c.value, str)
                      and re.fullmatch(r"[RHSrhs]\d{1,2}", str(c.value))}
        years = sorted({label_fiscal_year(y) for y in said_years if label_fiscal_year(y)})
    before = assistant.context
    if m is not None and len(years) == 2 and (q.target != _CHILD or not q.value_field) and before is not None \
            and before.target == _CHILD and before.value_field and assistant.context_rows \
            and len({(r.get("practice"), r.get("source")) for r in assistant.context_rows}) == 1 \
            and not any(c.field not in ("text", "year", "fiscal_year") for c in q.conditions):
        # 「（Ⅱ-1-(2)の実績を教えて）R4からR6で何ポイント上がった？」: the item's figure just answered, of the two years said
        q = Query(question=q.question, target=_CHILD, conditions=[c for c in before.conditions
                                                                  if c.field not in ("year", "fiscal_year")],
                  value_field=before.value_field)
    if m is None or len(years) != 2 or q.target != _CHILD or not q.value_field:
        return None
    fld = q.value_field
    probe = Query(question=q.question, target=_CHILD,
                  conditions=[c for c in q.conditions if c.field not in ("year", "fiscal_year")
                              # (「何ポイント伸びた」: a word of the change asked is no word of the item)
                              and not (c.field == "text" and str(c.value) in m.group(0))])
    rows = [dict(r) for r in assistant.executor.select(assistant.executor.resolve(probe)[0])[0]]
    items = {(r.get("practice"), r.get("source")) for r in rows}
    if len(items) != 1:
        return None
    first, last = fy_label(years[0]), fy_label(years[1])
    by_year = {str(r.get("year") or "").upper(): r for r in rows}
    old_row, new_row = by_year.get(first), by_year.get(last)
    field = next((f for f in getattr(record_kinds().get(_CHILD), "fields", ()) if getattr(f, "name", "") == fld), None)
    label = getattr(field, "label", fld)
    code = rows[0].get("practice", "")
    if old_row is None or new_row is None or not all(isinstance(r.get(fld), (int, float)) for r in (old_row, new_row)):
        missing = first if old_row is None or not isinstance(old_row.get(fld), (int, float)) else last
        return Answer(question=question, target=_CHILD, status="no_match", count=0, rows=[],
                      summary=f"{code} の{missing}の{label}は記載がありません。")
    old, value = old_row[fld], new_row[fld]
    down = m.group("how").startswith(_DOWN)
    diff = (old - value) if down else (value - old)
    diff = int(diff) if float(diff).is_integer() else round(diff, 4)
    moved = "減りました" if value < old else "増えました" if value > old else "変わりませんでした"
    status, caveat = "exact", ""
    if (down and value > old) or (not down and not m.group("how").startswith("変") and value < old):
        status, caveat = "partial", f"{'減って' if down else '増えて'}はいません（{moved}）。"
    unit = str(new_row.get("unit") or "")
    shown = lambda v: int(v) if float(v).is_integer() else v  # noqa: E731
    summary = (caveat + f"{code} の{label}は {first} {shown(old)}{unit} → {last} {shown(value)}{unit} で、"
               f"{abs(diff) if status == 'exact' else shown(round(value - old, 4))}{unit} {moved if status == 'exact' else '（差）'}。")
    understood = [{"field": "practice", "op": "=", "value": code, "label": f"{code}"},
                  {"field": f"{_CHILD}.{fld}", "op": "diff", "value": [first, last], "label": f"{first}と{last}の{label}の差"}]
    return Answer(question=question, target=_CHILD, rows=[old_row, new_row], count=2, value=diff if status == "exact" else None,
                  summary=summary, caveat=caveat, status=status, unused=[], understood=understood, query=q.to_dict())


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    spanned = _span(assistant, q, question, said)
    if spanned is not None:
        return spanned
    m = _CHANGE.search(said)
    before, rows = assistant.context, list(assistant.context_rows or [])
    if m is None or before is None or before.target != _CHILD or len(rows) != 1 or not before.value_field:
        return None
    row, fld = rows[0], before.value_field
    value, year = row.get(fld), str(row.get("year") or "")
    if not isinstance(value, (int, float)) or not year:
        return None
    previous = fy_label(label_fiscal_year(year) - 1)
    got = assistant.executor.db.execute(
        f"SELECT [{fld}] FROM [{_CHILD}] WHERE practice = ? AND source = ? AND upper(year) = ?",
        [row.get("practice"), row.get("source"), previous]).fetchall()
    values = [g[0] for g in got if isinstance(g[0], (int, float))]
    field = next((f for f in getattr(record_kinds().get(_CHILD), "fields", ()) if getattr(f, "name", "") == fld), None)
    label = getattr(field, "label", fld)
    unit = str(row.get("unit") or "")
    if len(values) != 1:
        return Answer(question=question, target=_CHILD, status="no_match", count=0, rows=[],
                      summary=f"{row.get('practice', '')} の{previous}の{label}は記載がありません。")
    old = values[0]
    down = m.group("how").startswith(_DOWN)
    up = m.group("how").startswith(("増", "上"))
    diff = (old - value) if down else (value - old)
    diff = int(diff) if float(diff).is_integer() else round(diff, 4)
    moved = "減りました" if value < old else "増えました" if value > old else "変わりませんでした"
    status, caveat = "exact", ""
    if (down and value > old) or (up and value < old):
        status, caveat = "partial", f"{'減って' if down else '増えて'}はいません（{moved}）。"
    shown = lambda v: int(v) if float(v).is_integer() else v  # noqa: E731
    summary = (caveat + f"{row.get('practice', '')} の{label}は {previous} {shown(old)}{unit} → {year} {shown(value)}{unit} で、"
               f"{abs(diff) if status == 'exact' else shown(value - old)}{unit} {moved if status == 'exact' else '（差）'}。")
    understood = [{"field": "practice", "op": "=", "value": row.get("practice"), "label": f"前の回答の {row.get('practice', '')}"},
                  {"field": f"{_CHILD}.{fld}", "op": "diff", "value": [previous, year], "label": f"{previous}と{year}の{label}の差"}]
    return Answer(question=question, target=_CHILD, rows=[row], count=1, value=diff if status == "exact" else None,
                  summary=summary, caveat=caveat, status=status, unused=[], understood=understood, query=q.to_dict())
