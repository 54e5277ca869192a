"""「柱Ⅳの取組を一覧で」 of a table whose groups are heading rows inside it (「Ⅳ　介護保険制度の適正運営…
【柱の総合評価：Ｂ】」 over their rows, read into the 見出し column): the group said by the document's word for
its groups and the code the heading begins with (a Roman numeral or a number) names the rows under that heading.
The word must be the document's own for the groups (said in a heading or a subtotal row: 「小計（柱Ⅳ）」), the
code one of two or more the headings begin with; read by question.py as a 「section」 mention."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「柱iv」「分野2」 in the question's key form (NFKC, lower case, no spaces); no date, count or code of an item
_SAID = re.compile(r"(?P<word>[一-龥ァ-ヶー]{1,6}?)(?P<code>[ivx]{1,4}|\d{1,2})(?![\divx\-－‐.．年月日度号回])")
# 「IV 介護保険制度の…」: a heading's own code, then its name
_HEAD_CODE = re.compile(r"^(?P<code>[IVX]{1,4}|\d{1,2})[\s.．、]+\S")


def heading_code(cell: str) -> str:
    """The code a group heading begins with (「Ⅳ　介護…」 → iv), "" when none."""
    m = _HEAD_CODE.match(nfkc(cell or "").strip())
    return m.group("code").lower() if m else ""


def heading_code_rows(t, question: str) -> tuple[str, list[str], tuple[int, int]] | None:
    """(the group said, the keys of the rows under its heading, its span in the question's key form), or None."""
    if "見出し" not in {c.header for c in t.columns} or t.name == "見出し":
        return None
    heads = [str(r["cells"].get("見出し") or "") for r in t.rows]
    codes = {heading_code(h) for h in heads} - {""}
    if len(codes) < 2:
        return None
    said_in = _key(" ".join(set(heads)) + " " + " ".join(str(v or "") for r in getattr(t, "totals", []) or []
                                                       for v in r["cells"].values()))
    qn = _key(question)
    for m in _SAID.finditer(qn):
        word, code = m.group("word"), m.group("code")
        # (the longest end of the word before the code that the document says: 「施策の柱iv」 → 柱)
        word = next((word[i:] for i in range(len(word)) if word[i:] in said_in), "")
        if not word or code not in codes:
            continue
        keys = [r["key"] for r, h in zip(t.rows, heads) if heading_code(h) == code]
        if keys:
            start = m.end("word") - len(word)
            return f"{word}{code.upper()}", keys, (start, m.end())
    return None
