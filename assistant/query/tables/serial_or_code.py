"""A table printing both a running serial (No. 1, 2, 3 …) and a code of its own per row (管理番号 R5-3-01):
the code is what the document and its users call a row by; the serial only counts the rows on the page."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# A code, not a count: letters or a separator beside its digits (R5-3-01, A-12, 2-3-(1)), at most a few words long.
_CODE_RE = re.compile(r"(?=.*\d)(?=.*[A-Za-z\-‐－.()（）])[A-Za-z0-9\-‐－.()（）]{3,16}"
                      # 契約番号 R6-工-012: a kanji of the record's class between hyphens, its year and serial ASCII
                      r"|(?=.*\d)[A-Za-z0-9]{1,4}(?:[-‐－][A-Za-z0-9\u4e00-\u9fff]{1,4}){1,3}")


def code_over_serial(headers: list[str], rows: list[dict], number: str, name: str, numbered) -> str:
    """The header of the column of printed codes to key the rows by when `number` (the numbering column found
    first) is a bare serial 1…n in row order and another column headed as a number or code (`numbered`
    says which headers are) gives every row its own code; else `number` unchanged."""
    if not number or len(rows) < 3:
        return number
    serial = [nfkc(str(r["cells"].get(number) or "")).strip() for r in rows]
    # (1 … n in row order; a document's second table may count from 1 again)
    if not all(v.isdigit() and (int(v) == 1 or n and serial[n - 1].isdigit() and int(v) == int(serial[n - 1]) + 1)
               for n, v in enumerate(serial)):
        return number
    for header in headers:
        if header in (number, name) or not numbered(header):
            continue
        values = [nfkc(str(r["cells"].get(header) or "")).strip() for r in rows]
        if all(_CODE_RE.fullmatch(v) for v in values) and len(set(values)) == len(values):
            return header
    return number
