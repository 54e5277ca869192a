"""「…事業の対応の3つ目は？」: the Nth of the items a record's cell lists (①…②…③…, (1)…(2)…, ・…・…), the cell named by
its field's label. Said only of one record answered, a cell the question names, and items the cell numbers or bullets
itself; otherwise the ordinal stays unused (the answer partial), as before."""
from __future__ import annotations

import re

from assistant.labels import field_label
from assistant.text.normalize import nfkc

_ORDINAL = re.compile(r"(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九])\s*(?:つ目|番目|個目|項目め|点目)")
_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# What a cell numbers or bullets its items with, tried in this order: circled numbers, bracketed numbers, bullets.
_MARKS = (r"[①-⑳]", r"[（(]\s*\d{1,2}\s*[)）]", r"(?:^|\s)[・･]")


def _items(value: str) -> list[str]:
    for mark in _MARKS:
        if len(re.findall(mark, value)) >= 2:
            # (what stands before the first mark is the cell's lead-in, no item)
            return [p.strip(" 、,。") for p in re.split(mark, value)[1:] if p.strip(" 、,。")]
    return []


def answered(question: str, answer) -> None:
    """Answer the Nth item of the cell named, when the ordinal said is what the answer could not use."""
    said = _ORDINAL.search(nfkc(question))
    if said is None or len(answer.rows) != 1 or not isinstance(answer.rows[0], dict):
        return
    word = said.group(0)
    unused = [u for u in answer.unused if nfkc(str(u)).replace(" ", "") == word.replace(" ", "")]
    if not unused:
        return
    n = said.group("n")
    n = _KANJI.get(n) or int(nfkc(n))
    row = answer.rows[0]
    kind = str(row.get("key", "")).partition(":")[0]
    asked = nfkc(question[:said.start()] if said.start() < len(question) else question)
    named = [(f, v) for f, v in row.items() if isinstance(v, str) and (label := field_label(f, kind))
             and len(label) >= 2 and label in asked and not f.endswith("_raw")]
    # (the longest label said: 「事業の対象」 before 「対象」)
    named.sort(key=lambda fv: -len(field_label(fv[0], kind)))
    if not named:
        return
    fld, value = named[0]
    items = _items(value)
    if not 0 < n <= len(items):
        return
    item = items[n - 1]
    label = field_label(fld, kind)
    for u in unused:
        answer.unused.remove(u)
    answer.value = item
    summary = answer.summary
    if answer.status == "partial" and not answer.unused:
        # (the ordinal was the only word not used: it is used now)
        summary = summary.replace(f"「{unused[0]}」を解釈できなかったため、その条件なしの回答です。", "")
        answer.status = "exact"
        answer.caveat = ""
    answer.summary = f"「{label}」に挙がっている{len(items)}項目のうち{n}つ目は「{item}」です。" + summary
