"""「その2つのうち実践項目が多いほうは？」: the previous answer's records referred to by how many they are. When
the number said is the number of records the previous answer gave, it is 「そのうち」; else the question is left as
it is (its number is then a word the reading did not use, and the answer says so)."""
from __future__ import annotations

import unicodedata

from assistant.query.compiled import compiled

_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "ふた": 2, "みっ": 3, "よっ": 4}
_COUNTED_BACK = compiled(r"^(?P<lead>(?:じゃあ|では|じゃ|なら|で)?[、,]?\s*)(?:その|それらの|これらの|この|上の)\s*"
                         r"(?P<n>\d{1,2}|[二三四五六七八九十]|ふた|みっ|よっ)\s*(?:つ|件|個|項目|取組|取組項目|実践項目|事業)\s*"
                         r"(?:の)?\s*(?P<how>うち|中で|なかで|中から|なかから)")


def counted_back(question: str, rows) -> str:
    """The question with 「そのNつのうち」 said as 「そのうち」, when N is how many records the previous answer gave."""
    m = _COUNTED_BACK.match(unicodedata.normalize("NFKC", question))
    if m is None or not rows:
        return question
    n = int(m.group("n")) if m.group("n").isdigit() else _KANJI[m.group("n")]
    if n != len(rows):
        return question
    how = {"うち": "うち", "中から": "中から", "なかから": "中から"}.get(m.group("how"), "中で")
    return m.group("lead") + "その" + how + unicodedata.normalize("NFKC", question)[m.end():]
