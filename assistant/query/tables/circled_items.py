"""「③安全・危機管理が2点以下」 over a sheet whose columns are headed ①…⑤ only (read 令和6年度(3)), the items named
once in a line of the document (「評価項目：①利用者満足度 ②施設維持管理 ③安全・危機管理 …」): each such column
is said by its item's name, with or without its circled number."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

_ITEM = compiled(r"([①-⑳])\s*([一-龥ァ-ヶーぁ-ん・]{2,12})")


def circled_item_forms(columns: list, text: str) -> list:
    """The columns headed by a circled number alone (no word of their own) named by the item the document's
    line of circled items gives that number; unchanged when no line names two items or more."""
    names: dict[int, str] = {}
    for line in (text or "").splitlines():
        found = _ITEM.findall(line)
        # (two items or more of their own numbers: a header row 「① ② ③ 合計 評価」 repeated per year names none)
        if len({mark for mark, _ in found}) >= 2:
            for mark, name in found:
                names.setdefault(ord(mark) - ord("①") + 1, name)
    # (a word another column is headed by, 合計 of 「③ 合計」, is no item's name)
    taken = {nfkc(w) for c in columns if c.base for w in (c.base, *c.forms)}
    names = {n: w for n, w in names.items() if w not in taken and w.replace("・", "") not in taken}
    if not names:
        return columns
    out = []
    for c in columns:
        m = re.search(r"\((\d{1,2})\)$", nfkc(c.header))
        name = names.get(int(m.group(1))) if m and not c.base else None
        if name is None:
            out.append(c)
            continue
        forms = dict.fromkeys((f"{m.group(1)}{name}", name, name.replace("・", ""), *c.forms))
        out.append(replace(c, base=name, forms=tuple(sorted(forms, key=len, reverse=True))))
    return out
