"""「西部地区の施設を教えて」 over a plan with a summary table 「方針別の施設数」 (a row per 地区) and the 施設
themselves: a table whose caption says it counts the things asked for (施設数) holds counts, not those things;
the question listing them (施設, not 施設数) is of the other table."""
from __future__ import annotations

import re

from assistant.query.facts import _key


def counts_the_things_asked(caption: str, qn: str) -> bool:
    """True when the caption is a count of a word (「方針別の施設数」: 施設) the question says bare, not as its
    count (施設数, 何施設)."""
    m = re.search(r"([一-龥ァ-ヶー]{2,4})数$", _key(caption))
    if not m:
        return False
    word = m.group(1)
    return bool(re.search(re.escape(word) + r"(?!数)", qn)) and not re.search("何" + re.escape(word), qn)
