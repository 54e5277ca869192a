"""The heading passages of one document, read once per open index: several readings of a search answer look
for the heading an excerpt stands under, and the plan report alone has hundreds of headings."""
from __future__ import annotations


def headings(db, source: str) -> list[tuple[int, str]]:
    """(line, text) of the document's heading passages, in line order."""
    memo = getattr(db, "memo", None)
    key = ("headings", source)
    if memo is not None and key in memo:
        return memo[key]
    got = [(int(line), str(text or "")) for line, text in db.execute(
        "SELECT line, text FROM passages WHERE source = ? AND field = 'heading' ORDER BY line", [source]).fetchall()]
    if memo is not None:
        memo[key] = got
    return got
