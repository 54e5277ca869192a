"""Words of a table's own caption said in a question (「評価の分布で」 of a table captioned 「参考　評価の分布（取組数）」):
they name the table, never a reading of its columns (「評価の分布」 is then no count of the rows by 評価)."""
from __future__ import annotations

from assistant.query.facts import _key


def caption_says(t, said: str) -> bool:
    """Whether the words said (a column's word with what follows it: 評価の分布) are a part of the table's caption."""
    key = _key(said)
    return len(key) >= 4 and key in _key(t.caption or "")


def caption_grouping_said(t, grouping: str, after: str) -> bool:
    """「年度別の事業費見通しで、…」 of a table captioned 「年度別概算事業費の見通し」: the grouping word (年度別) is printed
    in the caption and the noun said after it before で/は shares two of the caption's letter pairs (事業, 見通):
    the words name the table, no count of its rows by that column."""
    said = _key(grouping).rstrip("のにで")
    caption = _key(t.caption or "")
    if not said.endswith(("別", "ごと", "毎")) or len(said) < 2 or said not in caption:
        return False
    import re
    noun = re.match(r"の?([^、,。?？\s]{2,12}?)(?:で|は|の(?:中|うち)|、)", after)
    if noun is None:
        return False
    pairs = {noun.group(1)[i:i + 2] for i in range(len(noun.group(1)) - 1)}
    return len({p for p in pairs if re.fullmatch(r"[一-龥ァ-ヶー]{2}|[一-龥][ぁ-ん]", p) and p in caption}) >= 2
