"""「A-01〜の取組」「A-01〜A-14で」「A-01からA-05まで」 over a table numbering its rows with such codes: the rows
from the first code said to the last (to the table's last row when the range is left open), in the order the
table prints them. A range of the table's own codes says which table is asked, too: read as no code, the
question fell to another document's items."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# a code of letters and digits with a hyphen or digits alone after a letter (A-01, R6-03, K12), then a range mark
_CODE = r"[a-z]{1,3}\s*[-‐－]?\s*\d{1,3}(?:\s*[-‐－]\s*\d{1,3})?"
_RANGE = compiled(rf"(?<![a-z0-9\-])(?P<a>{_CODE})\s*(?:〜|~|～|から)\s*(?:(?P<b>{_CODE})\s*(?:まで)?)?(?=の|で|は|に|を|[)）]|[、,]|\s)",
                  re.IGNORECASE)


# 「A番号の取組」「A番台の」: the rows whose code opens with that letter
_LETTER = compiled(r"(?<![a-z0-9\-])(?P<a>[a-z]{1,2})\s*(?:番号|番台)(?=の|で|は|に|を|が)", re.IGNORECASE)


def code_range_said(t, qn: str) -> tuple[int, int, set[str], str] | None:
    """(start, end, the codes of the rows in the range, label), or None when no range of the table's codes is said."""
    if not t.number:
        return None
    printed = [nfkc(str(r["cells"].get(t.number) or "")).strip() for r in t.rows]
    order = [_key(p) for p in printed]
    for m in _RANGE.finditer(qn):
        first = _key(re.sub(r"\s+", "", m.group("a")))
        last = _key(re.sub(r"\s+", "", m.group("b"))) if m.group("b") else None
        if first not in order or (last is not None and last not in order):
            continue
        i, j = order.index(first), order.index(last) if last is not None else len(order) - 1
        if i > j:
            continue
        shown = f"{printed[i]}〜{printed[j]}"
        return m.start(), m.end(), set(order[i:j + 1]), f"{t.number}が{shown}"
    for m in _LETTER.finditer(qn):
        head = _key(m.group("a"))
        lettered = [k for k in order if re.match(re.escape(head) + r"[-‐－]?\d", k)]
        if lettered:
            return m.start(), m.end(), set(lettered), f"{t.number}が{m.group('a').upper()}で始まる"
    return None
