"""「令和７年度から始めた取組はどれ？」: a year read with a verb of beginning on a table's column of the years its rows
began (開始時期, 開始年度, 着手年度). Where only one table reads the question so and the dedicated records answer
nothing, that column names the table as its title would."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_START_HEADER = re.compile(r"開始|着手|始期")


def began_on(reading) -> bool:
    """Whether the reading bounds a column of start years by a year (fy_eq, fy_ge …)."""
    return any(c.op.startswith("fy_") and _START_HEADER.search(nfkc(c.header)) for c in reading.conds)


def rows_called(reading, qn: str) -> bool:
    """Whether the question calls the rows by the word their name column is headed by (取組名 → 「…取組は」)."""
    word = re.sub(r"(?:名|名称)$", "", nfkc(reading.table.name or "").strip())
    return len(word) >= 2 and word in qn
