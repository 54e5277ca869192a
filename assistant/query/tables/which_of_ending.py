"""「参加者が一番多かった説明会はどこの園のもの？」 over 回 │ 名称 (北野保育園, 本町保育園 …) │ 参加者数: 「どこの園」
「どの校」 asks the one column whose values end with that word (園 of 保育園), whatever its header is; not a word the
values of two columns end with, nor of a column of figures."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.query.compiled import compiled

_WHICH = compiled(r"(?:どこ|どちら)の\s*(?P<a>[一-龥]{1,3})|どの\s*(?P<b>[一-龥]{1,3})(?=の|が|は|で|を|[?？]|$)")


def column_ending(t, qn: str) -> tuple[tuple[int, int], str] | None:
    """(the span said, the column's header) of the column the values of which end with the word asked, else None."""
    for m in _WHICH.finditer(qn):
        word = m.group("a") or m.group("b")
        holders = []
        for c in t.columns:
            if c.numeric:
                continue
            values = list(printed_cells(t, c.header))
            values = [re.sub(r"\s*[(（][^()（）]*[)）]$", "", v) for v in values if v]
            if values and sum(v.endswith(word) and v != word for v in values) * 5 >= len(t.rows) * 4:
                holders.append(c.header)
        if len(holders) == 1:
            return m.span(), holders[0]
    return None
