"""「施設ごとの室の数を多い順に」 over a row per 施設×室×区分: 「Xの数」, X the word of a name column (室 → 室名) other
than the column grouped by, counts the different names in each group (a room once, however many 区分 rows it has),
not the rows. 「区分の数」 (no name column 区分名) still counts the rows."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_COUNT_OF = re.compile(r"([一-龥ァ-ヶー]{1,6})の(?:数|件数|個数)")


def name_column_counted(t, qn: str, grouped: str) -> str:
    """The header of the name column whose names are counted per group, or ""."""
    said = {m.group(1) for m in _COUNT_OF.finditer(nfkc(qn))}
    for c in t.columns:
        header = "".join(nfkc(c.header).split())
        if c.numeric or c.header == grouped or not header.endswith("名"):
            continue
        if header[:-1] in said or header in said:
            return c.header
    return ""
