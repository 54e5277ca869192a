"""「東原小に統合される学校」 over a list of schools whose 統合先 column names 東原小学校 on other rows: the row said
with に・へ and a verb is where those rows go — the rows whose other column holds its name — not that row itself."""
from __future__ import annotations

import re

from assistant.text.normalize import search_form

# に・へ then a verb of two kanji done to the rows (統合される, 移管する, 編入した)
_TOWARD = re.compile(r"(?:に|へ)\s*(?P<verb>[一-龥]{2})(?:される予定|されている|される|された|されて|する予定|する|した|して|さ|し|す)")


def rows_said_as_target(t, qn: str, mentions: list, mention, taken: list | None = None) -> None:
    """Turn (in place) each row said so into the value of the one other column of words that holds its name; the verb
    is that column's own word when its header opens with it (統合 of 統合先), read with it, and the words it spans
    (「に統合される予定」) are taken as read."""
    by_key = {r["key"]: r for r in t.rows}
    for i, m in enumerate(mentions):
        toward = _TOWARD.match(qn, m.end) if m.kind == "row" and isinstance(m.data, str) and m.data in by_key else None
        if toward is None:
            continue
        name = search_form(str(by_key[m.data]["cells"].get(t.name) or ""))
        holders = [c.header for c in t.columns if c.header != t.name and not c.numeric
                   and any(search_form(str(r["cells"].get(c.header) or "")) == name for r in t.rows if r is not by_key[m.data])]
        if name and len(holders) == 1:
            verb = search_form(holders[0]).startswith(toward.group("verb"))
            mentions[i] = mention(m.start, toward.end() if verb else m.end, "value", (name, {holders[0]}))
            if verb and taken is not None:
                taken.append((m.end, toward.end()))
