"""「窓口のオンライン化の議題では何が決まった？」: what a meeting decided on an agenda item, read from the lines
its minutes print under the decisions' heading (「■決定事項」) that follows the item's heading, before the next
item (「議題４ …」). Read only when the best passage is such an item's heading; the answer stays a search."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_DECIDED_ASKED = compiled(r"何(?:が|を)?決(?:ま|め)|どう決(?:ま|め)|決(?:ま|め)った(?:こと|事項|内容)|決定(?:事項|内容|した|された|し)")
# An agenda item's heading: a word and its number (議題３, 議案第2号, 報告事項1).
_ITEM_HEAD = compiled(r"^\s*(?P<word>[一-龥]{1,4}?)(?:第)?\s*[0-9一二三四五六七八九十]+(?:号)?(?:\s|[．.、:：)）]|$)")
_DECIDED_HEAD = compiled(r"^\s*(?:[■□◆◇●○◎▼▽★☆]\s*|【)?(?P<word>決定(?:事項|内容)?|決議事項)(?:】)?\s*$")


def decided_under_item(question: str, text: str, line: int) -> tuple[str, str, list[str], int] | None:
    """(the item's heading, the decisions' heading word, the lines under it, its first line number) of the
    item whose heading is at `line` (1-based), or None when the question asks no decision or the lines
    print none between the item and the next."""
    if not _DECIDED_ASKED.search(nfkc(question)) or line < 1:
        return None
    lines = nfkc(text).splitlines()
    if line > len(lines):
        return None
    item = _ITEM_HEAD.match(lines[line - 1])
    if item is None:
        return None
    sibling = compiled(r"^\s*" + re.escape(item.group("word")) + r"(?:第)?\s*[0-9一二三四五六七八九十]+")
    for i in range(line, len(lines)):
        if sibling.match(lines[i]):
            return None  # the next item reached first: this one printed no decisions
        head = _DECIDED_HEAD.match(lines[i])
        if head is None:
            continue
        under = []
        for ln in lines[i + 1:]:
            if not ln.strip() or sibling.match(ln) or _DECIDED_HEAD.match(ln):
                break
            under.append(ln.strip())
        return (lines[line - 1].strip(), head.group("word"), under, i + 2) if under else None
    return None
