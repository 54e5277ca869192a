"""「各年度の入札結果は次のとおりです。」 right above a table: what the document calls the table's content. Its
words (入札, 結果) are then of the table, as its title's are: 「入札で参加者が一番多かった」 reads on it, those words
used rather than left unread."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_LEAD = re.compile(r"([一-龥ァ-ヶー々]{2,12})(?:は|を)(?:次|以下|下表|下記)の(?:とおり|通り)")
_REACH = 8  # lines above the table's first row the sentence may stand (a unit note and a heading between)


def lead_words(text: str, first_line: int) -> str:
    """The name the sentence leading into the table (ending 「…は次のとおり」) gives it, or ""."""
    lines = nfkc(text or "").splitlines()
    for n in range(min(first_line - 1, len(lines)) - 1, max(-1, first_line - 2 - _REACH), -1):
        found = _LEAD.search(lines[n])
        if found:
            return re.sub(r"^(?:各年度|毎年度|各年|各)の?", "", found.group(1))
    return ""
