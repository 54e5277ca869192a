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


# 「うち市ＯＢ」 after 常勤役員: the part of the people the column before counts (a breakdown, its head 「うち…」)
_PART_OF = re.compile(r"^うち")
# (の人が・は) いる / います: someone is there, the count is above 0 (「市ＯＢが常勤役員にいる」)
_SOME = re.compile(r"(?:が|は)\s*(?:(?P<where>[一-龥ァ-ヶー]{2,8})に)?(?:いる|います|いた|おり)(?![ぁ-ん])")


def _part_of_people(t, c) -> str:
    """The header of the column of people this one is the part of (常勤役員 before うち市ＯＢ), or ""."""
    if not (c.numeric and _PART_OF.match(_key(c.header))):
        return ""
    i = t.columns.index(c)
    before = t.columns[i - 1] if i else None
    return before.header if before is not None and before.numeric else ""


def read_part_present(t, qn: str, free, take) -> None:
    """「市ＯＢが常勤役員にいる団体」「常勤役員に市ＯＢがいない団体」 over 常勤役員 │ うち市ＯＢ (2人, －): the part is
    there (above 0) or not (0; a dash, which the table prints for none, is none)."""
    for c in t.columns:
        whole = _part_of_people(t, c)
        if not whole:
            continue
        wholes = {_key(x) for x in t.column(whole).forms if len(_key(x)) >= 2} if t.column(whole) else set()
        for f in sorted({_key(x) for x in c.forms if len(_key(x)) >= 2}, key=len, reverse=True):
            for m in re.finditer(re.escape(f), qn):
                # (「常勤役員に」 said before the part: where they are)
                start = next((m.start() - len(w) - 1 for w in wholes if qn[:m.start()].endswith(f"{w}に")), m.start())
                some = _SOME.match(qn, m.end())
                none = _NONE.match(qn, m.end())
                if some and (not some.group("where") or some.group("where") in wholes) and free(start, some.end()):
                    take(start, m.end(), "col", c.header)
                    take(m.end(), some.end(), "cmp", ("gt", 0.0, ""))
                    return
                if none and not none.group("verb") and re.search(r"い(?:ない|なかった)$", none.group(0)) \
                        and free(start, none.end()):
                    take(start, m.end(), "col", c.header)
                    take(m.end(), none.end(), "cmp", ("eq", 0.0, ""))
                    return


def read_none_enrolled(t, qn: str, free, take) -> None:
    read_part_present(t, qn, free, take)
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
