"""「どこに集約されるの？」「誰が…」 answered with a bare number (a count cell of a summary table): a place
or a person asked is no figure, so the number is not stated as the answer with confidence."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# (「どこが一番多い？何件？」 asks the figure too: a count or amount word beside どこ leaves the answer alone)
_WHERE_OR_WHO = compiled(r"どこ|だれ|誰")
_FIGURE_TOO = compiled(r"何件|いくつ|いくら|何人|何%|何％|何か所|何箇所|何㎡|どれ(?:くらい|だけ)|どのくらい|何施設|何事業")


def said_so(question: str, answer: Answer) -> None:
    if not isinstance(question, str) or answer.status != "exact":
        return
    text = nfkc(question)
    if not _WHERE_OR_WHO.search(text) or _FIGURE_TOO.search(text):
        return
    if isinstance(answer.value, bool) or not isinstance(answer.value, (int, float)):
        return
    if any(u.get("op") in ("top_max", "top_min") for u in answer.understood) and answer.rows \
            and answer.rows[0].get("group"):
        return  # 「改善指示の件数が一番多い施設はどこ」: the group asked is named first, its count beside it
    answer.status = "partial"
    answer.caveat = "場所や名前を尋ねる質問ですが、資料から読めたのは数値だけでした。"
    answer.summary = answer.caveat + answer.summary
