"""「意見を出した人は何人」 over a table of opinions (意見No. │ 意見の要旨 │ …): the people who gave them are not its rows (one
person may give several opinions, and the table names none), so a count of its rows is no answer to how many people."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「何人」「何名」「人数」: people asked to be counted
_PEOPLE_ASKED = compiled(r"何人|何名|人数|何者")
_OPINION_HEAD = re.compile(r"意見|要旨|要望|提案")
# (a column naming who: then each row is one person's, and its rows are people)
_WHO_HEAD = re.compile(r"氏名|委員|提出者|発言者|名前|人数|年代|性別|団体名")


def people_of_opinion_rows(t, qn: str) -> bool:
    """Whether the question counts people over a table whose rows are opinions naming nobody."""
    if not _PEOPLE_ASKED.search(qn):
        return False
    heads = ["".join(nfkc(c.header).split()) for c in t.columns]
    return any(_OPINION_HEAD.search(h) for h in heads) and not any(_WHO_HEAD.search(h) for h in heads)
