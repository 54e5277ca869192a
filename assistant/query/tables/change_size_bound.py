"""「（R11の額がR7より少なくなる項目は？）そのうち減る額が20,000千円に届かないのは？」: a bound on the size of the
change the conversation's rows were chosen by (the one change_up/change_down condition before, its two columns),
said as the change's own noun (減る額, 増えた分) and a bound. Read only with that one earlier change of the same
direction, and only in the columns' unit (or none said): otherwise the words stay unread."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

_DOWN = r"減る|減った|減っている|減少する|減少した|下がる|下がった"
_UP = r"増える|増えた|増えている|増加する|増加した|上がる|上がった|伸びる|伸びた"
CHANGE_SIZE = compiled(
    rf"(?:(?P<down>{_DOWN})|(?P<up>{_UP}))\s*(?:額|金額|分|幅|量)\s*(?:が|は)\s*(?:約)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>千円|万円|百万円|億円|円|人|件|%|ポイント)?\s*"
    r"(?P<op>に届かない|に届いていない|に満たない|未満|以下|以上|を超える|を超えた|を上回る|より少ない|より多い|を下回る)")
_OPS = {"に届かない": "lt", "に届いていない": "lt", "に満たない": "lt", "未満": "lt", "以下": "le", "以上": "ge",
        "を超える": "gt", "を超えた": "gt", "を上回る": "gt", "より少ない": "lt", "より多い": "gt", "を下回る": "lt"}


def read_change_size(db, t, qn: str, prior, free, take) -> None:
    m = CHANGE_SIZE.search(qn)
    if m is None or not free(*m.span()):
        return
    direction = "down" if m.group("down") else "up"
    changes = [c for c in prior if getattr(c, "op", "") in ("change_up", "change_down") and str(c.header).count("|") == 1]
    if len(changes) != 1 or changes[0].op != "change_" + direction:
        return
    a, b = changes[0].header.split("|")
    headers = {c.header for c in t.columns}
    if a not in headers or b not in headers or not (t.column(a).numeric and t.column(b).numeric):
        return
    unit = m.group("unit") or ""
    if unit and unit not in (t.column(a).unit, t.column(b).unit) and unit not in _printed_units(db, t):
        return  # (20,000千円 of a table in 円: a bound in another unit is not converted silently)
    value = float(m.group("n").replace(",", ""))
    take(m.start(), m.end(), "change", (a, b, direction, changes[0].value, (_OPS[m.group("op")], value, unit)))


def _printed_units(db, t) -> set[str]:
    """The units the table's document prints (「（単位：千円）」), where its columns carry none."""
    from assistant.query.facts import _document_text
    from assistant.text.normalize import nfkc

    row = db.execute("SELECT sha256 FROM documents WHERE source = ?", [t.source]).fetchone()
    return set(re.findall(r"単位[:：]\s*([^()（）\s、,※。]{1,3})", nfkc(_document_text(db, row[0]) if row else "")))
