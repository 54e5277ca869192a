"""A doing said undone (「まだ診断してないところ」) over a column of the year of that doing whose cells print its undone
state for the rows not done yet (診断年度 │ 未実施, or 未診断): the question says the column's word and that value, as
「診断が未実施の施設」 does."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「まだ診断してない」「診断していない施設」「点検されていない」: a verbal noun and its negated doing
_NOT_DONE = re.compile(r"(?:まだ|未だ|いまだに)?(?P<noun>[一-龥]{2,4})(?:して|されて|し)(?:い)?(?:ない|ません)")
_UNDONE = ("未実施", "未着手", "未{noun}")
# Doings whose undone state a status column tells in several words (検討中, 一部実施, 未着手 …), no one value
_STATES = {"実施", "完了", "着手", "達成", "終了", "廃止", "対応", "検討", "実行", "執行"}


def _flat(text) -> str:
    return "".join(nfkc(str(text or "")).split())


def _undone_value(tables, noun: str) -> str:
    """The one undone value (未実施, 未<noun>) printed in columns of the year of the doing (診断年度, 点検年度: the rows
    not done yet print no year), "" when none or several."""
    wanted = {w.format(noun=noun) for w in _UNDONE}
    found = {v for t in tables for c in t.columns if not c.numeric and c.years_inside and noun in _flat(c.header)
             for r in t.rows if (v := _flat((r.get("cells") or {}).get(c.header))) in wanted}
    return found.pop() if len(found) == 1 else ""


def as_undone_value(read: str, tables) -> str:
    """The question with a doing said undone written as its column's undone value; unchanged otherwise."""
    text = nfkc(read)
    m = _NOT_DONE.search(text)
    if m is None or m.group("noun") in _STATES:
        return read
    value = _undone_value(tables, m.group("noun"))
    if not value:
        return read
    return text[:m.start()] + f"{m.group('noun')}が{value}の" + text[m.end():].lstrip("の")
