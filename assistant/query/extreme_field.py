"""「事業費がいちばん大きいのはどれ？」→「その幹事団体は？」: a field asked of the one record an extreme just named.
The follow-up is read as a question of that record (its number and document), not of every record the
extreme was taken over; None when the turn before named no single record by an extreme, or the question asks
no field of it."""
from __future__ import annotations

import copy
import re

from assistant.query.answer import Condition, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「その幹事団体は？」「それの開始年度って？」「そこの担当課はどこ？」: a pronoun, then the field asked.
_ASKS_ITS = compiled(r"^\s*(?:じゃあ|では)?\s*(?:その|それの|そこの|そいつの|それって|その事業の|その項目の)\s*\S")


def field_of_extreme(assistant, question: str) -> Query | None:
    q, rows = assistant.context, assistant.context_rows
    if q is None or q.aggregate not in ("max", "min") or not q.agg_field or not rows or len(rows) != 1 \
            or not _ASKS_ITS.match(nfkc(question)):
        return None
    row = rows[0]
    if not row.get("code") or not row.get("source"):
        return None
    asked = assistant.parser.parse(question)
    if asked.target != q.target or not asked.value_field or asked.value_field == q.agg_field or asked.unused \
            or asked.aggregate or any(c.field not in ("source",) for c in asked.conditions):
        return None
    out = copy.copy(asked)
    label = f"{row.get('code')} {row.get('title') or ''}".strip()
    out.conditions = [Condition("code", "=", str(row["code"]), f"前の回答の {label}"),
                      Condition("source", "in", [row["source"]], f"資料 = {row['source']}")]
    return out


_NUMBER_FIELDS = ("code", "no", "@no")


def extreme_over_all(q: Query, question: str) -> None:
    """「重点取組１の平均は？」→「じゃあ平均がいちばん低いのはどの重点取組？」: an extreme asked after one record was named
    by its number is taken over all the records, not that one: the number carried from the turn before (one the
    question does not say) is dropped, in place. (「No.12の実践項目の中で」 says the number: the dot of No. is no
    decimal point.)"""
    if q.aggregate not in ("max", "min") or not q.agg_field:
        return
    said = nfkc(question)
    q.conditions = [c for c in q.conditions
                    if not (c.field in _NUMBER_FIELDS and c.op == "=" and not isinstance(c.value, list)
                            and not re.search(rf"(?<![\d-])(?<!\d\.){re.escape(str(c.value))}(?![\d.-])", said))]
