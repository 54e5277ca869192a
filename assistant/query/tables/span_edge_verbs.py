"""「令和８年度中に契約期間が切れる」: a year said before a column of spans (契約期間 令和5年4月1日～令和10年3月31日)
and the verb said after it — 切れる, 終わる, 満了する bind the year to the span's last year, 始まる to its first.
Read as the year being anywhere inside the span, a lease running past that year would be answered as one
ending in it, with confidence."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.tables.cells import _fy_span

# (the column's particle, then the verb; 「切れる」「満了する」「終了予定の」「終わった」)
_END = compiled(r"\s*(?:が|は|の)?\s*(?:期限)?(?:切れ|満了|終了|終わ|終え|完了)[ぁ-ん]*")
_START = compiled(r"\s*(?:が|は|の)?\s*(?:始ま|開始|スタート)[ぁ-ん]*")


def span_edge(rows, header: str, after: str) -> tuple[str, int] | None:
    """("fy_end" or "fy_start", the length of the verb read) when the column holds spans of several years
    and the words after it say one of its edges; None otherwise."""
    if not any((sp := _fy_span(r["cells"].get(header))) and sp[0] != sp[1] for r in rows):
        return None
    for op, verb in (("fy_end", _END), ("fy_start", _START)):
        m = verb.match(after)
        if m:
            return op, m.end()
    return None


def edge_after_header(rows, header: str, qn: str, start: int) -> tuple[str, int, int] | None:
    """span_edge for a column named after `start` in the question (「…年度中に契約期間が切れる」): (op, start
    and end of the verb read), or None when the header is not said there or no edge verb follows it."""
    at = qn.find(header, start)
    if at < 0:
        return None
    edge = span_edge(rows, header, qn[at + len(header):])
    return (edge[0], at + len(header), at + len(header) + edge[1]) if edge else None
