"""「廃止件数の合計は何件？」 read as one record's field of points (a practice item's 合計, its score): a number of things
(件数, 何件) is asked, and a sum of points is no count of anything, so the answer is not given as certain — it says
that 件数 was not read, and stays partial. (Where a table prints the count per category, 廃止件数, the table's reading
answers instead: tables/counted.py.)"""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.kinds.registry import record_kinds
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Answer

_COUNT_ASKED = compiled(r"(?P<w>[一-龥ァ-ヶー]{0,8}件数)|何件")


def _score_fields() -> set[str]:
    return {f.name for rk in record_kinds().values() for f in rk.fields
            if getattr(f, "type", "") == "score"}


def said_unread(question: object, answer: "Answer") -> None:
    if not isinstance(question, str) or answer.status != "exact" or answer.target in ("table_row", "passage"):
        return
    asked = _COUNT_ASKED.search(nfkc(question))
    if asked is None or not asked.group("w") or len(asked.group("w")) < 4:
        return  # (「それって何件？」 of a count field: a count; only a thing's 件数 named, 「廃止件数」, is checked)
    scores = _score_fields()
    valued = [u for u in answer.understood if isinstance(u, dict) and u.get("op") in ("value", "sum", "avg")
              and u.get("field") in scores]
    if not valued:
        return
    word = asked.group("w") or asked.group(0)
    answer.status = "partial"
    answer.unused = [*answer.unused, word] if word not in answer.unused else answer.unused
    answer.caveat = f"「{word}」は件数を尋ねていますが、評点の値（{valued[0].get('label', '')}）としか読めませんでした。"
    answer.summary = answer.caveat + answer.summary
