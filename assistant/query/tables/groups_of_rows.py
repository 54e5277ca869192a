"""「令和７年度予算が６年度の交付額より増えるのは？」 over a list of subsidies (…│ 評価区分 │ R6 │ R7予算) and a summary
of the same review by class (区分 │ 件数 │ R6交付額 │ R7予算額): the summary's rows are the classes of the list's
rows — every name it lists is a value of one column of the list. A question that does not call the rows by the
summary's word for them (区分) asks of the list's own rows, and the summary reading it alike is no rival."""
from __future__ import annotations

import re

from assistant.query.facts import _key

# (a total row, where a table keeps one, is no class)
_TOTAL = re.compile(r"(?:総|小)?計|合計")


def groups_rows_of(summary, detail) -> bool:
    """Whether `summary`'s rows are the groups of `detail`'s rows by one of its columns."""
    if summary.source == detail.source or len(summary.rows) >= len(detail.rows):
        return False
    # (the rows' label: the name column, else the table's one column of words, 判定 │ 件数 │ …)
    words = [c.header for c in summary.columns if not c.numeric]
    label = summary.name or (words[0] if len(words) == 1 else "")
    if not label:
        return False
    names = {_key(str(r["cells"].get(label) or "")) for r in summary.rows} - {""}
    names = {n for n in names if not _TOTAL.fullmatch(n)}
    if len(names) < 2:
        return False
    return any(names <= {_key(str(r["cells"].get(c.header) or "")) for r in detail.rows}
               for c in detail.columns if not c.numeric and c.header != detail.name)
