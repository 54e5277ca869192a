"""A restated row asked by its name: 「保育士の2025年の実績は？」 over a table whose row 「（再掲）うち保育士」
restates a part of the row above it, 「デジタル化による削減見込額は？」 over 「（再掲）うちデジタル化によるもの」.

Such a row is no row of its table (read.py keeps it apart: never counted, summed or averaged), but its
own values are the answer when a question names it. The question is then read over the table with that row put back, its
name cell holding the name as a question says it, and the answer says which row it is and that the
table does not add it to its total."""
from __future__ import annotations

import re

from dataclasses import replace

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「（再掲）」「うち」「内数」 before the name, 「（5事業）」 after it: what marks the row, not its name.
_LEAD = compiled(r"^[(（\[［【<〈]?\s*(?:再掲|内数|内訳)\s*[)）\]］】>〉]\s*|^うち\s*")
_COUNTED = compiled(r"[(（][^()（）]*[)）]\s*$")
# 「…によるもの」「…のもの」: the name said in a question is what comes before もの (「デジタル化による削減」).
_THING = compiled(r"(?:の)?もの$")


def _names(cells: dict) -> tuple[str, str, list[str]] | None:
    """The header of the cell naming a restated row, its printed name and the forms a question says it by."""
    for header, value in cells.items():
        text = nfkc(str(value or "")).strip()
        if not _LEAD.match(text):
            continue
        name = text
        while _LEAD.match(name):
            name = _LEAD.sub("", name, count=1).strip()
        name = _COUNTED.sub("", name).strip()
        forms = [name] + ([_THING.sub("", name)] if _THING.search(name) else [])
        forms = [f for f in forms if len(_key(f)) >= 2]
        return (header, text, forms) if forms else None
    return None


def restated_asked(t, question: str):
    """(the table with that row among its rows, the row's printed name), when the question names one of the table's restated rows and no row of the table says that name; else None."""
    qn = _key(question)
    found = []
    for row in getattr(t, "restated", []):
        named = _names(row["cells"])
        if named is None:
            continue
        header, printed, forms = named
        form = next((f for f in sorted(forms, key=len, reverse=True) if _key(f) in qn), None)
        if form is None or any(_key(form) in _key(str(v or "")) for r in t.rows for v in r["cells"].values()):
            continue
        found.append((row, header, printed, form))
    if len(found) != 1:
        return None  # none, or two restated rows said: which one is not for this reader to guess
    row, header, printed, form = found[0]
    # The row among the table's rows, its name cell holding the name as said (「保育士」): the question
    # names it as it names any row (the name picks it alone), so what is asked is read as of a row named.
    # (in the column naming the rows when the row prints its name elsewhere, 「No.」 of a tfoot's row:
    # a number column's cells are no names a question says)
    where = t.name if t.name and not str(row["cells"].get(t.name) or "").strip() else header
    one = dict(row, cells={**row["cells"], where: form})
    return replace(t, rows=[*t.rows, one], restated=[]), printed


# 「全庁合計」「合計」「全体」: a row of the whole table, its figures every row's together.
_WHOLE = compiled(r"^((?:全庁|全市|全町|全村|全体|全部局|全課))?(?:合計|計|総計)?$")


def whole_asked(t, question: str):
    """(the table with its total row among its rows, the row's printed name), when the question names the
    whole the row is of (「全庁で」 of 全庁合計) and no row of the table says that name: the total's own
    figures (a rate of all, 受講率 86.7, is no sum nor mean of the rows'); else None."""
    qn = _key(question)
    found = []
    for row in getattr(t, "totals", []):
        for header, value in row["cells"].items():
            text = nfkc(str(value or "")).replace(" ", "").strip()
            m = _WHOLE.fullmatch(text) if text else None
            if m and m.group(1):
                form = m.group(1)
                # (「全庁的に」: said of how far a measure reaches, not of the whole's row)
                if re.search(re.escape(_key(form)) + r"(?!的)", qn) and not any(_key(form) in _key(str(v or "")) for r in t.rows for v in r["cells"].values()):
                    found.append((row, header, text, form))
                break
    if len(found) != 1:
        return None
    row, header, printed, form = found[0]
    where = t.name if t.name and not str(row["cells"].get(t.name) or "").strip() else header
    one = dict(row, cells={**row["cells"], where: form}, whole=form)
    return replace(t, rows=[*t.rows, one], restated=[], totals=[]), printed
