"""「時差出勤のパターンは何パターンに増やすことになった？」「窓口は何か所に減らした？」: the figure a count was changed to,
read from a search's passages where one states the change in the counter asked (「現行の３パターンから５パターンに拡大
すること」 → 5, not the 3 it was). The answer stays a search (the value is read from the text the excerpt shows); two
different such changes in the passages read give no value."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「何パターンに増やす」「何施設に減らした」: the end of a change asked, in the counter said (「いくつに増えた」, no
# counter, is left to the figures of a change the summary reads, query/year_figure_change.py and the like)
_BECAME_ASKED = compiled(r"何\s*(?P<counter>か所|カ所|ヶ所|[ァ-ヶー]{2,8}|[一-龥]{1,3})\s*に\s*"
                         r"(?:増や|増え|ふや|ふえ|減ら|減っ|へら|へっ|拡大|拡充|縮小|削減|統合|集約|変更|見直|なっ|なる|な[りれ]|する|し[たて])")
FIRST = 3  # passages read: the first found, as a reader reads them


def asks_became(question: str) -> bool:
    """Whether the question asks the figure a count was changed to."""
    return _BECAME_ASKED.search(nfkc(question)) is not None


def figure_became(question: str, texts: list[tuple[dict, str]]) -> tuple[int, dict] | None:
    """The figure the count was changed to and the passage saying so, or None."""
    asked = _BECAME_ASKED.search(nfkc(question))
    if asked is None:
        return None
    counter = re.escape(asked.group("counter"))
    for excerpt, text in texts[:FIRST]:
        found = {int(m.group("b").replace(",", "")) for m in re.finditer(
            rf"(?<![\d,.])(?P<a>\d[\d,]*)\s*(?P<u>{counter})\s*(?:から|より)\s*(?P<b>\d[\d,]*)\s*(?P=u)\s*(?:に|へ)", text)}
        if len(found) > 1:
            return None  # (two changes stated: which is asked is unsaid)
        if found:
            return found.pop(), excerpt
    return None
