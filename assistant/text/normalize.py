"""Normalisation of Japanese text: width, spacing, kana folding and known conversion errors."""
from __future__ import annotations

import re
import unicodedata

# PDF conversion reads 苫 (tomа) as the similar-looking 苦 in 苫小牧; the city name is never 苦小牧.
_OCR_FIXES = (("苦小牧", "苫小牧"),)

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


def clean(text: str) -> str:
    """Display form: OCR fixes, spaces collapsed, trimmed. Keeps the document's characters."""
    return _SPACE_RE.sub(" ", fix_ocr(text)).strip()


def search_form(text: str) -> str:
    """The form text is indexed and queried in: NFKC, OCR-fixed, lower case, kana folded, and
    without white space (PDF conversion spaces Japanese text unpredictably: CAP おかやま)."""
    return _SPACE_RE.sub("", kata_to_hira(fix_ocr(nfkc(text)).lower()))


def notation_key(text: str) -> str:
    """Equal for pure notation variants (width, spaces, ゴミ/ごみ, 苦/苫小牧); for comparing copies."""
    return search_form(text)


# --- helpers added for the loaders -------------------------------------------------------------

_ERA_START = {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
_ERA_NAMES = {"明治": "M", "大正": "T", "昭和": "S", "平成": "H", "令和": "R"}


def wareki_to_year(era: str, year: int) -> int:
    """Gregorian year of 和暦 `era` (令和/R, 平成/H, ...) year `year` (元年 is 1): R4 → 2022."""
    letter = _ERA_NAMES.get(era, era.upper()[:1])
    return _ERA_START[letter] + year


def wareki_short(text: str) -> str:
    """令和4年度 → R4, 平成17年度 → H17 (first match); the text unchanged if it has no 和暦."""
    match = re.search(r"(明治|大正|昭和|平成|令和)\s*(\d+|元)\s*年", nfkc(text))
    if not match:
        return text
    number = "1" if match.group(2) == "元" else str(int(match.group(2)))
    return f"{_ERA_NAMES[match.group(1)]}{number}"


# PDF→text conversion of Shift_JIS circled digits ①②③… (0x8740, 0x8741, …) sometimes drops the
# lead byte, leaving '@', 'A', 'B', … glued to Japanese text. A run that starts with '@' and
# continues A, B, C in order between non-ASCII characters is that artifact, not real text.
_LOST_CIRCLED_RE = re.compile(r"(?:(?<=^)|(?<=[^\x00-\x7f\s]))([@A-S])(?=[^\x00-\x7f])")


def repair_lost_circled(text: str) -> str:
    """'@共通…A団体…B職員…' → '①共通…②団体…③職員…' when the letters form the sequence @, A, B, …."""
    if "@" not in text:
        return text
    matches = list(_LOST_CIRCLED_RE.finditer(text))
    expected = "@ABCDEFGHIJKLMNOPQRS"
    if len(matches) < 2 or matches[0].group(1) != "@":
        return text
    sequence: list[re.Match[str]] = []
    for match in matches:
        if len(sequence) < len(expected) and match.group(1) == expected[len(sequence)]:
            sequence.append(match)
    if len(sequence) < 2:
        return text
    out = list(text)
    for index, match in enumerate(sequence):
        out[match.start(1)] = chr(0x2460 + index)
    return "".join(out)
