"""「職員数の適正化が初めてA評価になったのは何年度？」 of one record graded year by year (the kind's
yearly grade fields, r2 … r5): the first year whose grade is the one said, read
from the record's own columns in calendar order. A question naming no single record, or a grade no year
carries, is left to the rest of the engine (None) or answered that no year has it."""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field, record_kinds, year_fields
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_GRADE = r"(?P<grade>[A-EＡ-ＥSＳ]|[◎○〇△×])"
# 「初めてA評価になった」「はじめてAを取った」「最初にA判定がついた」
_WHEN_GRADE = compiled(
    r"(?P<which>初めて|はじめて|最初に)\s*(?:の)?\s*" + _GRADE + r"\s*(?:評価|判定|ランク)?\s*"
    r"(?:に|と|を|が)?\s*(?:なった|なりました|なっ|取った|取れた|取っ|とった|獲得し|ついた|付いた|つい|付い|だった|でした)")
# …and the year is what is asked: 「何年度」「いつ」「どの年度」 (not 「初めてAになった実践項目は？」)
_YEAR_ASKED = compiled(r"何年度|何年|いつ|どの年度|どの年|どちらの年度|年度は")


def _grade_fields(kind: str) -> set[str]:
    from assistant.kinds.spec import Field

    rk = record_kinds().get(kind)
    return {f.name for f in rk.fields if isinstance(f, Field) and f.type == "grade"} if rk else set()


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    m = _WHEN_GRADE.search(said)
    if m is None or not _YEAR_ASKED.search(said[m.end():]) or q.aggregate:
        return None
    grade = nfkc(m.group("grade")).upper()
    ex = assistant.executor
    probe = copy.copy(q)
    probe.value_field = probe.aggregate = probe.agg_field = ""
    probe = ex.resolve(probe)[0]
    graded = _grade_fields(probe.target)
    # (the grade said was read as a condition on some grade field, 総合評価 = A: it is the grade looked for)
    probe.conditions = [c for c in probe.conditions
                        if not (c.field in graded and c.op == "=" and nfkc(str(c.value)).upper() == grade)]
    if not probe.conditions or any(is_year_field(c.field) for c in probe.conditions):
        return None
    rows = ex.select(probe)[0]
    if len(rows) != 1:
        return None
    row = dict(rows[0])
    years = year_fields(row.keys())
    if not years:
        return None
    hits = [y for y in years if nfkc(str(row.get(y) or "")).upper() == grade]
    from assistant.text.wareki import fy_text, label_fiscal_year

    name = f"{row.get('code', '')} {row.get('title') or ''}".strip()
    grades = "、".join(f"{y.upper()} {row.get(y) or '－'}" for y in years)
    # (the grade and the verb of reaching it, 取った, are what this reads)
    unused = [w for w in probe.unused if nfkc(w).upper() != grade and nfkc(w) not in m.group(0)]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    understood = [c.to_dict() for c in probe.conditions] + [
        {"field": "@year", "op": "first", "value": grade,
         "label": f"初めて{grade}になった年度を答える"}]
    if not hits:
        return Answer(question=q.question, target=q.target, rows=[row], count=1, value=None,
                      summary=caveat + f"{name} が{grade}評価になった年度はありません（{grades}）。",
                      caveat=caveat, status="partial" if unused else "exact", unused=unused,
                      understood=understood, query=q.to_dict())
    year = hits[0].upper()
    summary = caveat + f"{name} が初めて{grade}評価になったのは {year}（{fy_text(label_fiscal_year(year))}）です（{grades}）。"
    return Answer(question=q.question, target=q.target, rows=[row], count=1, value=year, summary=summary,
                  caveat=caveat, status="partial" if unused else "exact", unused=unused,
                  understood=understood, query=q.to_dict())

