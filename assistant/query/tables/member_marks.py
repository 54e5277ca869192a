"""Marks given by each member of a panel, one column per member (佐伯委員長 │ 森田委員 │ 川島委員, each ○△×).

A mark said with no member named is held by every member's column; how many of them must hold it is what the
words around it say: 「3人とも○」「全員が○」 every member's, 「×が1つでもついた」 any member's, 「○が一つもついて
いない」 no member's, 「委員長は○」 the one column of that role. Without such words the reading stays as it was
(each column, as for any value several columns hold). A count said (「3人とも」) must be the number of the
member columns, else the words are left unread and the answer says so."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_MARKS = set("○◯〇△×✕◎●▲")
# (the member columns: each header names a member of the panel, 委員 or a role of it)
_MEMBER_HEAD = compiled(r"委員|会長|座長|審査員|評価者")
_KANJI_COUNTS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EVERY_BEFORE = compiled(r"(?:委員)?(?:の)?(?:(?P<n>\d{1,2}|[二三四五六七八九十])\s*人\s*(?:とも|全員|すべて|全て|が全員|がそろって)"
                         r"|全員|全委員|委員全員|そろって|揃って)\s*(?:が|で)?$")
_ANY_AFTER = compiled(r"^(?:が|を)?(?:1つ|一つ|ひとつ|1個|一個|1人|一人|ひとり|誰か)でも"
                      r"(?:つい|付い|つけ|付け|つけられ|付けられ)?(?:た|ている|てる|ていた)?")
_NONE_AFTER = compiled(r"^(?:が|は|を)?(?:1つ|一つ|ひとつ|1個|一個|1人|一人|ひとり|誰|どの委員)も"
                       r"(?:つい|付い|つけ|付け|つけられ|付けられ)?(?:ていない|てない|ていません|なかった|ない)")
_GIVEN_AFTER = compiled(r"^(?:を|が)?(?:つけ|付け|つい|付い)(?:た|ている|てる|ていた)")
_ROLE_BEFORE = compiled(r"(?P<role>副?委員長|副?会長|座長)(?:の評価|の判定)?(?:は|が|で)$")


def member_columns(t, holders) -> list[str]:
    """The holders of a mark that are the panel's member columns (2 or more), else []."""
    cols = [c for c in t.columns if c.header in set(holders)]  # (in the table's order)
    if len(cols) < 2 or any(c.numeric or not _MEMBER_HEAD.search(nfkc(c.header)) for c in cols):
        return []
    return [c.header for c in cols]


def read_member_marks(t, qn: str, mentions: list, free, take) -> list[tuple]:
    """(mark key, member headers, how) for each mark the words around it say how many members gave;
    their spans are taken as read. `how` is all, any, none or the one header of a role."""
    out = []
    for v in [m for m in mentions if m.kind == "value"]:
        vk, holders = v.data
        if str(vk) not in _MARKS:
            continue
        members = member_columns(t, holders)
        if not members:
            continue
        before, after = qn[:v.start], qn[v.end:]
        role = _ROLE_BEFORE.search(before)
        every = _EVERY_BEFORE.search(before)
        if role and not every:
            own = [h for h in members if role.group("role") in nfkc(h)
                   and (role.group("role").startswith("副") or "副" + role.group("role") not in nfkc(h))]
            if len(own) == 1 and free(role.start(), role.end("role")):
                take(role.start(), role.end("role"), "filler")
                out.append((vk, members, own[0]))
            continue
        any_ = _ANY_AFTER.match(after)
        none = _NONE_AFTER.match(after)
        if every:
            n = every.group("n")
            if n and (int(n) if n.isdigit() else _KANJI_COUNTS[n]) != len(members):
                continue  # (「4人とも」 of three members: not these members; left unread)
            for m in [m for m in mentions if m is not v and every.start() <= m.start < every.end()]:
                mentions.remove(m)  # (「3人」 read as a number before: the members counted)
            take(every.start(), every.end(), "filler")
            given = _GIVEN_AFTER.match(after)
            if given and free(v.end, v.end + given.end()):
                take(v.end, v.end + given.end(), "filler")
            out.append((vk, members, "all"))
        elif any_ or none:
            said = any_ or none
            if not free(v.end, v.end + said.end()):
                continue
            take(v.end, v.end + said.end(), "filler")
            out.append((vk, members, "any" if any_ else "none"))
    return out


def apply_member_marks(reading, said: list[tuple], cond_type) -> None:
    """Replace, in place, the reading's conditions of each member's column holding the mark with the one
    condition the words said."""
    for vk, members, how in said:
        own = [c for c in reading.conds if c.op == "eq" and c.header in members and str(c.value) == str(vk)]
        if len(own) != len(members):
            continue
        at = reading.conds.index(own[0])
        for c in own:
            reading.conds.remove(c)
        if how == "all":
            cond = cond_type("|".join(members), "all_of", own, f"{'・'.join(members)}がすべて{vk}")
        elif how == "any":
            cond = cond_type("|".join(members), "or", own, f"{'・'.join(members)}のいずれかが{vk}")
        elif how == "none":
            cond = cond_type("|".join(members), "not_any", own, f"{'・'.join(members)}のいずれも{vk}でない")
        else:
            cond = next(c for c in own if c.header == how)
        reading.conds.insert(at, cond)
