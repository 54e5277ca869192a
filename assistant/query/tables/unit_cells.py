"""The units a table prints in a column of their own (| 指標名 | 単位 | R6実績 |: 千人, %, g per row)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_UNIT_HEADER = re.compile(r"単位$")


def unit_cells(t) -> set[str]:
    """The values of a 単位 column: 「何千人」 asks a row's figure in the unit its row prints."""
    headers = [c.header for c in t.columns if _UNIT_HEADER.search(nfkc(c.header))]
    return {nfkc(str(r["cells"].get(h) or "")).strip() for h in headers for r in t.rows} - {""}
