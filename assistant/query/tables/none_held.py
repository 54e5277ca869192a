"""「評価項目にCが一つもない施設は何か所？」: the rows none of whose graded columns holds the grade said.

The columns looked in are those holding that grade somewhere in the table (each row's grades of its items);
an overall grade (総合評価) is no item, so it is left out when the question says 項目. The answer counts or
lists the rows, and says which columns it looked in."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

_NONE = compiled(r"(?:^|[にでのは、])\s*[「『]?([A-Za-zＡ-Ｚ]{1,2}|[○◎△×])[」』]?\s*(?:が|は)\s*"
                 r"(?:一つも|ひとつも|1つも|一個も|ひとつとして|まったく|全く|一度も)\s*(?:ない|無い|なかった|ついていない|ついてない)")
_COUNT = compiled(r"何(?:か所|箇所|カ所|ヶ所|件|施設|館|つ)|いくつ|数は")
_OVERALL = compiled(r"総合|全体|総括")


def _cell(row: dict, header: str) -> str:
    return nfkc(str(row["cells"].get(header) or "")).strip()


def answer_none_held(question: str, tables: list[Table], places: bool) -> tuple[Answer, list[dict], Table] | None:
    """The rows holding the grade said in none of their graded columns, or None when not asked."""
    text = nfkc(question)
    m = _NONE.search(text)
    if not m or not places:
        return None
    grade = m.group(1).upper()
    found = []
    for t in tables:
        cols = [c.header for c in t.columns if not c.numeric and any(_cell(r, c.header) == grade for r in t.rows)
                and all(len(_cell(r, c.header)) <= 2 for r in t.rows)]
        if "項目" in text[:m.start() + 1]:
            cols = [h for h in cols if not _OVERALL.search(nfkc(h))]
        if cols:
            found.append((t, cols))
    if len(found) != 1:
        return None
    t, cols = found[0]
    rows = [r for r in t.rows if not any(_cell(r, h) == grade for h in cols)]
    names = "、".join(str(r["cells"].get(t.name) or r["key"]) for r in rows)
    where = t.doc_title
    n = len(rows)
    summary = (f"{'・'.join(cols)}のどれにも{grade}がない行は {n}件です（{where}の表）：{names}。")
    ans = Answer(question=question, target="table_row", status="exact", count=n,
                 value=n if _COUNT.search(text) else None, summary=summary,
                 understood=[{"field": "table", "op": "=", "value": where, "label": f"文書: {where}"},
                             {"field": "|".join(cols), "op": "none", "value": grade,
                              "label": f"{'・'.join(cols)}のどれも{grade}でない"}],
                 rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"]} for r in rows],
                 columns=[c.header for c in t.columns])
    return ans, rows, t
