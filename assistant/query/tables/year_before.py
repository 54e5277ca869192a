"""「前の年度は何件だったんですか」 over a report of one fiscal year whose table holds no other year: the
table cannot say it (its rows are that year's), but the report's own text may (「前年度の9件から3件
増加しました」). The sentences naming the year before are shown, as found text (status search), never as
a count of the table's rows."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.tables.cells import _report_years
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

# The year before, said as such or as what a change is from (「前年度から何件増えた」; a ratio, 前年度比,
# is a column's word).
_YEAR_BEFORE = compiled(r"(?:その)?(?:前の年度?|前年度?|昨年度|去年度?)(?!度|比|対比)")
_MAX_SHOWN = 3


def year_before_asked(db, question: str, t: Table) -> Answer | None:
    """The answer from the report's text for the year before its own, when the question asks that year
    and the table has no column or sheet of any year; None otherwise (the table answers)."""
    if not _YEAR_BEFORE.search(nfkc(question)) or t.sheets \
            or any(c.year is not None or re.search(r"前年|昨年|増減|前回", c.base) for c in t.columns):
        return None  # (a column of another year, or of the change from it, answers from the table)
    own = _report_years(t.doc_title)
    if len(own) != 1:
        return None
    before = max(own) - 1
    found = []
    for line, text in db.execute("SELECT line, text FROM passages WHERE source = ? AND field = 'text' ORDER BY line",
                                 [t.source]):
        for sentence in re.split(r"(?<=。)", nfkc(text or "")):
            if any(y.fiscal_year == before for y in find_years(sentence)):
                found.append((line, sentence.strip()))
    if not found:
        return None
    said = fy_text(before)
    excerpts = [{"key": f"doc:{t.source}", "source": t.source, "line": line, "text": s, "field": "text", "highlights": []}
                for line, s in found[:_MAX_SHOWN]]
    summary = (f"「{t.doc_title}」の表は{fy_text(max(own))}の{len(t.rows)}件だけを載せており、{said}の値はありません。"
               f"本文で{said}に触れた箇所: 「{found[0][1]}」")
    return Answer(question=question, target="passage", status="search", count=len(found), rows=[], excerpts=excerpts,
                  summary=summary, understood=[{"field": "source", "op": "in", "value": [t.source],
                                                "label": f"文書: {t.doc_title}"}],
                  notes=[f"{said}は{fy_text(max(own))}の報告の前の年度として読みました"])
