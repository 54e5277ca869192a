"""「取組名 窓口業務の民間委託 所管課 市民課 …」: a block of labelled fields whose name field the items' reader took as
the item's title (the 名称 of its row). The document calls that column by its own label (取組名, 事業名), so a
question saying 「取組名に「民間委託」って入ってる」 names it; every row must print the same label before its name."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# (a label of a name: 取組名, 事業名, 施設名 — a few characters ending in 名, printed right before the name)
_LABEL = r"(?:^|\s)([一-龥ァ-ヶー]{1,8}名)\s*[:：]?\s*"


def printed_name_label(headers: tuple, rows: list[dict]) -> tuple:
    """`headers` with 名称 renamed to the label every row prints right before its name (and the rows' cells so),
    or as they are when the rows print none, or different ones, or the label is already a column."""
    if "名称" not in headers:
        return headers
    labels = set()
    for r in rows:
        name, text = nfkc(str(r["cells"].get("名称") or "")).strip(), nfkc(str(r.get("text") or ""))
        m = re.search(_LABEL + re.escape(name), text) if name else None
        if m is None:
            return headers
        labels.add(m.group(1))
    if len(labels) != 1:
        return headers
    label = labels.pop()
    if label in headers or label == "名称":
        return headers
    for r in rows:
        r["cells"] = {(label if h == "名称" else h): v for h, v in r["cells"].items()}
    return tuple(label if h == "名称" else h for h in headers)
