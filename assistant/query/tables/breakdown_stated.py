"""「R6の評価の内訳を教えて」 answered by counting a table's column (Ａ 5件、Ｃ 3件 …): where a sentence of the same
document states the same breakdown in words (「Ｓが２団体、Ａが５団体、Ｂが２団体、Ｃが３団体であった」), that sentence
is shown first among the excerpts — the document's own statement of the counts the table gives."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# what a count is followed by in prose: a counter of the things counted (団体, 件, 施設 …), or none
_COUNTER = r"\s*(?:団体|件|施設|事業|か所|箇所|人|名|校|課|者|社|項目|つ)?"


def stated_breakdown(db, source: str, groups: list[tuple[str, int]]) -> dict | None:
    """The excerpt of the document's sentence giving every group its count, or None."""
    if len(groups) < 2:
        return None
    said = [(nfkc(str(v)).strip(), n) for v, n in groups]
    if any(not v for v, _ in said):
        return None
    patterns = [re.compile(rf"(?<![A-Za-z0-9]){re.escape(v)}\s*(?:が|は|:|：)?\s*{n}(?!\d){_COUNTER}") for v, n in said]
    for key, line, text in db.execute("SELECT key, line, text FROM passages WHERE source = ? AND field = 'text'",
                                      [source]):
        for sentence in re.split(r"(?<=。)", nfkc(text or "")):
            if all(p.search(sentence) for p in patterns):
                return {"key": key, "source": source, "line": line, "field": "text", "text": sentence.strip(),
                        "highlights": []}
    return None
