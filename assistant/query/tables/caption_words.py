"""Words of a table's own caption said in a question (「評価の分布で」 of a table captioned 「参考　評価の分布（取組数）」):
they name the table, never a reading of its columns (「評価の分布」 is then no count of the rows by 評価)."""
from __future__ import annotations

from assistant.query.facts import _key


def caption_says(t, said: str) -> bool:
    """Whether the words said (a column's word with what follows it: 評価の分布) are a part of the table's caption."""
    key = _key(said)
    return len(key) >= 4 and key in _key(t.caption or "")
