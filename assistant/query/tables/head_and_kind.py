"""「生ごみ処理機の補助金」 for the row 「生ごみ処理機購入補助金」: a name that ends with what kind of thing it
is (補助金, 交付金, 事業…) called by the start of the rest and that kind word, joined with の. Only the one
row whose name starts so is meant; two or none, nothing is read."""
from __future__ import annotations

import re

from assistant.query.facts import _key

# The kind words a row's name ends with, longest first (利子補給金 before 補給金).
_KINDS = ("利子補給金", "補助金", "交付金", "助成金", "負担金", "奨励金", "給付金", "補給金", "事業", "制度")
_MIN_HEAD = 3


def _kind_of(name: str) -> str:
    return next((k for k in _KINDS if name.endswith(k) and len(name) > len(k) + _MIN_HEAD), "")


def rows_by_head_and_kind(t, qn: str, free) -> list[tuple[float, tuple[int, int], dict, str]]:
    """(score, span, row, name) of the one row whose name is the head said, more words, then the kind said."""
    if not t.name or not t.rows:
        return []
    names = [(r, _key(str(r["cells"].get(t.name) or ""))) for r in t.rows]
    for kind in dict.fromkeys(k for _, n in names if (k := _kind_of(n))):
        for m in re.finditer("の" + re.escape(kind), qn):
            before = qn[:m.start()]
            hits = []
            for r, name in names:
                if not name.endswith(kind):
                    continue
                head = name[:-len(kind)]
                # the longest end of what was said before の that starts the name's head
                size = next((k for k in range(min(len(head) - 1, len(before)), _MIN_HEAD - 1, -1)
                             if head.startswith(before[-k:])), 0)
                if size:
                    hits.append((size, r, name))
            if not hits:
                continue
            best = max(h[0] for h in hits)
            top = [h for h in hits if h[0] == best]
            span = (m.start() - best, m.end())
            if len(top) == 1 and free(*span) and not _inside_value(t, qn, span[0], m.start()):
                return [(90.0, span, top[0][1], str(top[0][1]["cells"].get(t.name) or ""))]
    return []


def _inside_value(t, qn: str, start: int, end: int) -> bool:
    """「交付先が各自治会の補助金」: the head said (自治会) is the end of a longer word (各自治会) that a cell of
    another column holds whole; the word names that value, not a row."""
    at = start
    while at > 0 and re.match(r"[一-龥ァ-ヶー]", qn[at - 1]):
        at -= 1
    if at == start:
        return False
    word = qn[at:end]
    return any(_key(str(v or "")) == word for r in t.rows for h, v in r["cells"].items() if h != t.name)
