"""Normalisation of Japanese text: width, spacing, kana folding and known conversion errors."""
from __future__ import annotations

import re
import unicodedata

# PDF conversion reads 苫 (tomа) as the similar-looking 苦 in 苫小牧; the city name is never 苦小牧.
_OCR_FIXES = (("苦小牧", "苫小牧"),)

_CIRCLED = {chr(0x2460 + i): str(i + 1) for i in range(20)}  # ①..⑳
_SPACE_RE = re.compile(r"\s+")


def nfkc(text: str) -> str:
    """NFKC: full-width letters/digits to ASCII, half-width katakana to full-width."""
    return unicodedata.normalize("NFKC", text)


def fix_ocr(text: str) -> str:
    for wrong, right in _OCR_FIXES:
        text = text.replace(wrong, right)
    return text


def kata_to_hira(text: str) -> str:
    """Fold katakana to hiragana so that ゴミ and ごみ compare equal."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def circled_to_digits(text: str) -> str:
    return "".join(_CIRCLED.get(c, c) for c in text)


def clean(text: str) -> str:
    """Display form: OCR fixes, spaces collapsed, trimmed. Keeps the document's characters."""
    return _SPACE_RE.sub(" ", fix_ocr(text)).strip()


def search_form(text: str) -> str:
    """The form text is indexed and queried in: NFKC, OCR-fixed, lower case, kana folded."""
    return kata_to_hira(fix_ocr(nfkc(text)).lower())


def notation_key(text: str) -> str:
    """Equal for pure notation variants (width, spaces, ゴミ/ごみ, 苦/苫小牧); for comparing copies."""
    return _SPACE_RE.sub("", search_form(text))
