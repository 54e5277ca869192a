"""「0歳の子が在籍してない保育所」「利用者が一人もいない教室」 over a count of people (在籍児童数 0歳, 利用者数): no one
is there, the count is 0. The verb, when said, is the column's own (在籍 of 在籍児童数), so 「…が参加してない」 of a
column of 応募者数 is left unread rather than taken for it."""
from __future__ import annotations

import re

from assistant.query.facts import _key

# what counts people: 児童数, 利用者数, 人数, 職員数, 生徒数, 園児数
_PEOPLE = re.compile(r"(?:児童|園児|生徒|者|人|員)数")
# (の子 / の子ども / の児童: the people said after the column's own word) が・は (一人も) (verb して) いない
_NONE = re.compile(r"(?:の(?:子ども|子供|子|児童|園児|人|方))?(?:が|は)(?:一人も|1人も|ひとりも|誰も|だれも)?\s*"
                   r"(?:(?P<verb>[一-龥]{2})(?:して|されて))?(?:い)?(?:ない|なかった)(?![ぁ-ん])")


def read_none_enrolled(t, qn: str, free, take) -> None:
    for c in t.columns:
        if not (c.numeric and _PEOPLE.search(_key(c.header))):
            continue
        for f in sorted({_key(x) for x in c.forms if len(_key(x)) >= 2}, key=len, reverse=True):
            for m in re.finditer(re.escape(f), qn):
                tail = _NONE.match(qn, m.end())
                if not tail or not free(m.start(), tail.end()):
                    continue
                if tail.group("verb") and tail.group("verb") not in _key(c.header):
                    continue
                if not tail.group("verb") and not re.search(r"い(?:ない|なかった)$", tail.group(0)):
                    continue  # (「0歳が少ない」 is no 「いない」)
                take(m.start(), m.end(), "col", c.header)
                take(m.end(), tail.end(), "cmp", ("eq", 0.0, ""))
                return
