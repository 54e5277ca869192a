"""「重点取組１の平均は？」: the mean of one record named by its number is that record's value (a committee's score is
itself the members' mean, printed in a 平均 row). Read as the value asked of the record, so that the turns after it
go on from a value asked (「じゃあ重点取組５は？」 asks the same value of another record; 「平均がいちばん低いのは」 is
asked over them all, not of the one)."""
from __future__ import annotations

import re

from assistant.query.answer import Query
from assistant.text.normalize import nfkc

_NUMBER_FIELDS = ("code", "no", "@no")


def mean_of_one(q: Query, question: str) -> None:
    """The query turned in place from an average over one record the question names by number to that record's
    value (a number carried from the turn before is left as it was: 「その委員会評価の平均は？」 of its opinions)."""
    if q.aggregate != "avg" or not q.agg_field or q.value_field or q.group_by:
        return
    named = [c for c in q.conditions if c.field in _NUMBER_FIELDS and c.op == "=" and not isinstance(c.value, list)]
    if len(named) != 1 or not re.search(rf"(?<![\d.-]){re.escape(str(named[0].value))}(?![\d.-])", nfkc(question)):
        return
    q.value_field, q.aggregate, q.agg_field = q.agg_field, "", ""
