"""The numbered sections of an evaluation sheet that state its result after its tables (「2　総合評価　　A」,
「3　所見」 over a paragraph): fields of the sheet's item, as its label | value cells are."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「総合評価　　A」: a short label, then a grade (a letter or a mark) or a short value after a wide space.
_LABEL_VALUE = re.compile(r"^(?P<label>[一-龥ぁ-んァ-ヶー・]{2,10})\s+(?P<value>[A-ESa-es]|[◎○〇△▲×]|[一-龥ぁ-んァ-ヶー]{1,6})$")
# 「所見」「評価の理由」 alone: its paragraph follows.
_LABEL_ALONE = re.compile(r"^[一-龥ぁ-んァ-ヶー・]{2,10}$")
# A legend line after the paragraph (「評価基準　S：…」) ends it.
_LEGEND_START = re.compile(r"^(?:評価基準|凡例|※)")


def section_field(rest: str) -> tuple[str, str] | None:
    """(label, value) of a section line stating its value, or (label, "") of one whose paragraph follows."""
    r = nfkc(rest).strip()
    m = _LABEL_VALUE.match(r)
    if m:
        return m.group("label"), m.group("value")
    if _LABEL_ALONE.match(r):
        return r, ""
    return None


def paragraph_goes_on(line: str) -> bool:
    """Whether a line under a section's label is more of its paragraph (not a legend or note)."""
    return not _LEGEND_START.match(nfkc(line).strip())
