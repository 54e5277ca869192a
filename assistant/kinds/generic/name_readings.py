"""A name cell printing its reading under the name (「北条 隆」 over 「（ほうじょう たかし）」, read as one
cell 「北条 隆 (ほうじょう たかし)」): the name is what the document calls the row by elsewhere (質問議員
北条 隆 in another table), so the reading is its own cell, not part of the name."""
from __future__ import annotations

import re

# The name: kanji (and katakana, 々, ヶ, spaces) only; the reading: hiragana only, in brackets at the end.
_NAMED_READING = re.compile(r"(?P<name>[一-龥々〆ヶヵァ-ヶー][一-龥々〆ヶヵァ-ヶー\s・]{0,20}?)\s*[(（]"
                            r"(?P<reading>[ぁ-んー][ぁ-んー\s・]{1,30})[)）]")
# The header of a column of names: 氏名, 名前, 議員名, 施設名, 名称 (not 名簿 or 名数).
_NAME_HEADER = re.compile(r"(?:氏名|名前|名称|[一-龥]{1,6}名)$")
_READING_WORDS = ("ふりがな", "よみがな", "よみ")


def readings_apart(values: dict[str, str]) -> dict[str, str]:
    """The cells of a row, a name column's reading taken out of the name into a cell of its own
    (「氏名(よみ)」); the row unchanged when no name cell holds one or the table prints readings already."""
    if any(w in h for h in values for w in _READING_WORDS):
        return values
    out: dict[str, str] = {}
    for header, cell in values.items():
        m = _NAMED_READING.fullmatch(cell.strip()) if _NAME_HEADER.search(header.strip()) else None
        if m is None or m.group("reading").strip() in _READING_WORDS:
            out[header] = cell
            continue
        out[header] = m.group("name").strip()
        out[f"{header}(よみ)"] = m.group("reading").strip()
    return out
