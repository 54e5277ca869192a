"""「令和6年度は前の年からいくら減った？」 over a table of a row per fiscal year (年度 | 寄附件数 | 寄附額): the
change of the measure said (or the one the conversation asked) from the row of the year before to the
row of the year said. The rows' years are read as printed, 和暦 or 西暦 (令和5年度 and 2023年度 are one year)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.cells import _fy, _number
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_FROM_BEFORE = compiled(r"(?:前の年度?|前年度?|昨年度?|去年度?)\s*(?:から|より|と比べ(?:て)?|に比べ(?:て)?)\s*"
                        r"(?:は\s*)?(?:いくら|何|どれ(?:くらい|だけ|ぐらい))?[^?？]{0,6}?(?P<way>増え|増加|伸び|減っ|減少|減り|変わ|変化)")


def _year_column(t: Table) -> str:
    for c in t.columns:
        years = [_fy(r["cells"].get(c.header)) for r in t.rows]
        if not c.numeric and all(y is not None for y in years) and len(set(years)) == len(years) >= 2:
            return c.header
    return ""


def answer_row_year_change(question: str, tables: list[Table], context=None) -> tuple[Answer, list[dict], Table] | None:
    text = nfkc(question)
    m = _FROM_BEFORE.search(text)
    years = find_years(text)
    if not m or len(years) != 1:
        return None
    qn = _key(question)
    pool = [context.table] if context is not None else tables
    for t in pool:
        yc = _year_column(t)
        if not yc:
            continue
        numeric = [c for c in t.columns if c.numeric and c.year is None]
        said = sorted((c for c in numeric if any(len(f) >= 2 and f in qn for f in c.forms)),
                      key=lambda c: -max(len(f) for f in c.forms if f in qn))
        measure = said[0].header if said else (context.asked if context is not None and
                                                any(c.header == context.asked for c in numeric) else "")
        if not measure:
            continue
        by_year = {_fy(r["cells"].get(yc)): r for r in t.rows}
        y = years[0].fiscal_year
        now, before = by_year.get(y), by_year.get(y - 1)
        if now is None or before is None:
            return None
        a, b = _number(before["cells"].get(measure)), _number(now["cells"].get(measure))
        if a is None or b is None:
            return None
        down = m.group("way").startswith("減")
        change = b - a
        amount = -change if down else change
        unit = t.column(measure).unit
        grouped = f"{abs(change):,.0f}" if float(change).is_integer() else f"{abs(change):,}"
        way = "減少" if change < 0 else "増加" if change > 0 else "変化なし"
        summary = (f"{measure}は {before['cells'].get(yc)} の {before['cells'].get(measure)} から "
                   f"{now['cells'].get(yc)} の {now['cells'].get(measure)} へ {grouped}{unit} の{way}です（{t.doc_title}の表）。")
        status = "exact"
        if (down and change > 0) or (not down and change < 0):
            status = "partial"  # (asked as a fall, it rose: the figure is said, the premise corrected)
            summary = f"{'減って' if down else '増えて'}はいません。" + summary
        value = (int(abs(change)) if float(change).is_integer() else abs(change)) if status == "exact" else None
        ans = Answer(question=question, target="table_row", status=status, count=2, value=value, summary=summary,
                     caveat=summary if status == "partial" else "",
                     understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"},
                                 {"field": measure, "op": "diff", "value": [y - 1, y],
                                  "label": f"{measure}の{fy_text(y - 1)}→{fy_text(y)}の{'減少' if down else '増加'}"}],
                     rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in (before, now)],
                     columns=[c.header for c in t.columns])
        return ans, [now], t
    return None
