"""「推進項目1-1 行政手続のオンライン化」 over each item: the word every item's heading prints before its number
is what the document calls its items (推進項目), so 「…推進項目はいくつ？」 names those rows."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc


def word_before_numbers(db, source: str, rows: list[dict], number: str) -> str:
    """The one word (2–6 characters) printed right before the number on each item's heading line; ""
    unless three items or more print it and every item does."""
    if not number or len(rows) < 3:
        return ""
    got = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    lines = nfkc((got[0] if got else "") or "").splitlines()
    words = set()
    for r in rows:
        code = nfkc(str(r["cells"].get(number) or "")).strip()
        at = r.get("line") or 0
        if not code or not 1 <= at <= len(lines):
            return ""
        m = re.match(rf"^\s*[■□●◆◇・]?\s*([一-龥ァ-ヶー]{{2,6}}?)\s*{re.escape(code)}(?![\d\-－‐])", lines[at - 1])
        if m is None:
            return ""
        # (「■ 施設番号 7-1 …」: 番号 is the code's label; the rows are 施設)
        words.add(re.sub(r"(?<=..)(?:番号|コード)$", "", m.group(1)))
    return words.pop() if len(words) == 1 else ""
