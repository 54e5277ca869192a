"""Lists that date their items (「平成27年2月：みなべ町」 under 【導入時期】): which came first or last.

「いちばん早く導入した町はどこ？」 over one case study is answered from the list its text prints, each
line a date and a name; nothing else in the records holds that order.
"""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_DATE = (r"(?:(?P<era>令和|平成|[RH])\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*年"
         r"\s*(?:(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?)?(?:度)?")
_BULLET = r"^[\s・\-‐－*●○◆■□]*"
_DATE_FIRST = compiled(_BULLET + _DATE + r"\s*[:：]\s*(?P<name>[^\s:：、。()（）]{1,30})\s*$")
_NAME_FIRST = compiled(_BULLET + r"(?P<name>[^\s:：、。()（）\d]{1,30})\s*[:：]\s*" + _DATE + r"\s*$")
# 「いちばん早く」「最初に」「一番先に」 / 「最も遅く」「最後に」
_FIRST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:早く|早い|先に|初めに|はじめに)|最初に|最初の|真っ先に|一番乗り")
_LAST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:遅く|遅い|後に|あとに)|最後に|最後の")
_ERA = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}


def asks_order(question: str) -> str | None:
    """"first" or "last" when the question asks which item of a dated list came first or last."""
    text = nfkc(question)
    return "first" if _FIRST.search(text) else "last" if _LAST.search(text) else None


def dated_items(text: str) -> list[tuple[tuple[int, int, int], str, str]]:
    """(sortable date, name, date as written) of each line that is a date and a name."""
    out = []
    for line in nfkc(text).splitlines():
        m = _DATE_FIRST.match(line) or _NAME_FIRST.match(line)
        if not m:
            continue
        year = int(m.group("west")) if m.group("west") else _ERA[m.group("era")] + (
            1 if m.group("n") == "元" else int(m.group("n")))
        when = (year, int(m.group("month") or 0), int(m.group("day") or 0))
        written = re.sub(r"\s+", "", compiled(_DATE).search(line).group(0))
        out.append((when, m.group("name"), written))
    return out


def pick(items: list[tuple[tuple[int, int, int], str, str]], order: str) -> list[tuple[tuple[int, int, int], str, str]]:
    """The items at the asked end (ties all kept), when the list has at least two dates."""
    if len({when for when, _, _ in items}) < 2:
        return []
    end = min(w for w, _, _ in items) if order == "first" else max(w for w, _, _ in items)
    return [it for it in items if it[0] == end]
