"""「重点取組１の平均は？」: the mean of one record named by its number is that record's value (a committee's score is
itself the members' mean, printed in a 平均 row). Read as the value asked of the record, so that the turns after it
go on from a value asked (「じゃあ重点取組５は？」 asks the same value of another record; 「平均がいちばん低いのは」 is
asked over them all, not of the one)."""
from __future__ import annotations

import re

from assistant.labels import kind_label
from assistant.query.answer import Query
from assistant.query.compiled import compiled
from assistant.query.vocabulary import KIND_WORDS
from assistant.text.normalize import nfkc

_NUMBER_FIELDS = ("code", "no", "@no")
# A kind of records said after the one named: the average is over those parts (実践項目, 事業, 意見).
_PARTS_SAID = compiled(r"\d\s*(?:番)?\s*(?:の|に(?:入って|含まれ|属し)[^の]{0,6}の?)\s*(?:実践項目|実施項目|取組|事業|項目|意見|委員)")


def mean_of_one(q: Query, question: str, lexicon=None) -> None:
    """The query turned in place from an average over one record the question names by number to that record's
    value (a number carried from the turn before is left as it was: 「その委員会評価の平均は？」 of its opinions)."""
    if q.aggregate != "avg" or not q.agg_field or q.value_field or q.group_by:
        return
    if _PARTS_SAID.search(nfkc(question)):
        return  # 「取組項目20の実践項目の合計点の平均」: the mean over its parts, not the record's own value
    named = [c for c in q.conditions if c.field in _NUMBER_FIELDS and c.op == "=" and not isinstance(c.value, list)]
    if len(named) != 1 or not re.search(rf"(?<![\d.-]){re.escape(str(named[0].value))}(?![\d.-])", nfkc(question)):
        return
    if lexicon is not None:
        # (「推進方策3のアクションの合計点の平均」: a word the documents call another kind by, said after the number:
        # the mean is over those parts)
        said = nfkc(question)
        after = said[said.find(str(named[0].value)):]
        between = after[:after.find("平均")] if "平均" in after else after
        own = {w for w, label in getattr(lexicon, "item_words", {}).items() if label != kind_label(q.target)}
        others = own | {w for w, k in KIND_WORDS if k != q.target and len(w) >= 2}
        before = said[:said.find(str(named[0].value))].rstrip(" No.№第")
        if any(w in between for w in others) or any(before.endswith(w) for w in others):
            return  # (「推進方策3の…」: the number names a record of another kind, whose parts are averaged)
    q.value_field, q.aggregate, q.agg_field = q.agg_field, "", ""
