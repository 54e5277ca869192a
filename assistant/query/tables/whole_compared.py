"""「一人当たり月平均が全庁平均を上回っている部局」: each row's figure compared with the table's own total row
(全庁, printed under the 部局 rows and kept out of them), not with the mean of the rows (a staff-weighted
average is no mean of the 部局's figures, and a 平均 of the rows would be the question's own reading).

The column compared is the one the question's own reading picks: the whole's phrase is first read as a
number no table prints, the condition on it names the column, and that column's figure in the whole's row
is put in its place."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.tables.cells import _number
from assistant.text.normalize import nfkc

# 「全庁平均を上回る」「全庁の平均より高い」「全庁より少ない」: the whole named, then the comparison.
_WHOLE_BOUND = compiled(r"(?P<w>全庁|全市|全町|全村|市全体|町全体|村全体)(?:の)?(?:平均(?:値)?|の?値|の?数値|水準)?"
                        r"(?=を(?:上回|下回|超え|超)|より(?:も)?(?:高|低|多|少な|大き|小さ|上|下))")
SENTINEL = 987654321


def whole_bound_asked(question: str) -> re.Match | None:
    return _WHOLE_BOUND.search(nfkc(question))


def with_sentinel(question: str, m: re.Match) -> str:
    q = nfkc(question)
    return q[:m.start()] + str(SENTINEL) + q[m.end():]


def whole_figure(table, whole: str, column: str) -> tuple[float, str] | None:
    """The figure of `column` in the table's total row named `whole` (「全庁」), as printed; None when the table
    has no such row or it prints no figure there."""
    found = []
    for row in getattr(table, "totals", []):
        if any(nfkc(str(v or "")).replace(" ", "") == whole for v in row["cells"].values()):
            printed = str(row["cells"].get(column) or "")
            n = _number(printed)
            if n is not None:
                found.append((n, printed))
    return found[0] if len(found) == 1 else None
