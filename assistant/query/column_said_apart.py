"""「担当課の評価が下がった事業」 where a document's table has the column 担当課評価: the dedicated kinds read 担当課 as
the field to answer (担当部署を答える) and 評価 as their own grades, a confident answer of other records to a
question about that column. The column's name said with の between its owner and its judgement is the table's
word whole, so the question is the table's to answer (when it reads every word; else the kind's answer stands)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 担当課評価, 団体自己評価, 委員会意見: who judged, then the judgement (a year's column may add its year before it)
_OWNED = re.compile(r"(?:(?:令和|平成)\d{1,2}年度)?\s*(?P<owner>[一-龥]{2,4}?)(?P<what>(?:自己|一次|二次)?(?:評価|意見|所見|判定))")


def column_said_apart(tables, question: str, understood: list[dict]) -> str:
    """The table column said as 「owner の judgement」 whose owner the dedicated answer took as what to answer; "" else."""
    qn = _key(question)
    answered = [str(u.get("label") or "") for u in understood if u.get("op") == "value"]
    if not answered:
        return ""
    for t in tables:
        for c in t.columns:
            m = _OWNED.fullmatch(nfkc(c.header).strip())
            if m and f"{m.group('owner')}の{m.group('what')}" in qn \
                    and any(m.group("owner")[:2] in label for label in answered):
                return m.group("owner") + m.group("what")
    return ""
