"""Normalisation of Japanese text: width, spacing, kana folding and known conversion errors."""
from __future__ import annotations

from functools import lru_cache

import re
import unicodedata

# PDF conversion reads 苫 (tomа) as the similar-looking 苦 in 苫小牧; the city name is never 苦小牧.
_OCR_FIXES = (("苦小牧", "苫小牧"),)


def nfkc(text: str) -> str:
    """NFKC: full-width letters/digits to ASCII, half-width katakana to full-width; the large circle ◯
    (a mark typed for ○ in tables and legends, which NFKC keeps) as ○."""
    if len(text) <= _SHORT:  # (a question, a cell, a heading: read again and again by one answer's steps)
        return _nfkc_short(text)
    return _nfkc(text)


_SHORT = 200


def _nfkc(text: str) -> str:
    text = nfkc_form(text)
    return text.replace("\u25ef", "\u25cb") if "\u25ef" in text else text


# Where the characters NFKC changes in Japanese documents lie: the ideographic space, full-width
# letters, digits and signs, half-width katakana, circled and parenthesised numbers, super- and
# subscripts, enclosed and squared CJK (㈱, ㍻).
_WIDE_RANGES = ((0x3000, 0x3000), (0xFF01, 0xFFEE), (0x2460, 0x24FF), (0x2070, 0x209F), (0x3200, 0x33FF))
_wide: list = []  # [pattern, char -> its NFKD], made on first use (a question rarely needs them)


def _wide_pattern() -> tuple[re.Pattern, dict[str, str]]:
    if not _wide:
        chars = [chr(c) for first, last in _WIDE_RANGES for c in range(first, last + 1)]
        _wide.append((re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _WIDE_RANGES) + "]"),
                      {c: unicodedata.normalize("NFKD", c) for c in chars}))
    return _wide[0]


def nfkc_form(text: str) -> str:
    """unicodedata.normalize("NFKC", text), several times faster on a Japanese document's text: the
    full normalisation walks every character of a line that has one full-width digit (an ingest put
    some 250,000 characters through it, a tenth of its time). Replacing a character by its own
    compatibility decomposition (NFKD) leaves the text's NFKD, and so its NFKC, as they were; the
    characters above are replaced so, and a text that is then in NFKC (nearly all) is the answer,
    any other is normalised in full."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    pattern, decomposed = _wide_pattern()
    folded = pattern.sub(lambda m: decomposed[m.group()], text)
    return folded if unicodedata.is_normalized("NFKC", folded) else unicodedata.normalize("NFKC", folded)


_nfkc_short = lru_cache(maxsize=1 << 16)(_nfkc)


def fix_ocr(text: str) -> str:
    for wrong, right in _OCR_FIXES:
        text = text.replace(wrong, right)
    return text


_KATA_TO_HIRA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1)}
_KATAKANA_RUN_RE = re.compile("[ァ-ヶ]+")


def _hira_run(match: re.Match[str]) -> str:
    return match.group().translate(_KATA_TO_HIRA)


def kata_to_hira(text: str) -> str:
    """Fold katakana to hiragana so that ゴミ and ごみ compare equal."""
    # Only the katakana runs go through str.translate, which looks every character up in the table
    # one by one: over a whole Japanese text that was half of the search form's cost.
    return _KATAKANA_RUN_RE.sub(_hira_run, text)


def no_spaces(text: str) -> str:
    r"""The text without white space: `re.sub(r"\s+", "", text)`, several times faster (str.split()
    cuts at exactly the characters \s matches)."""
    return "".join(text.split())


def clean(text: str) -> str:
    """Display form: OCR fixes, spaces collapsed, trimmed. Keeps the document's characters."""
    # str.split() cuts at exactly the characters \s matches, and is several times faster than the regex.
    return " ".join(fix_ocr(text).split())


def search_form(text: str) -> str:
    """The form text is indexed and queried in: NFKC, OCR-fixed, lower case, kana folded, and
    without white space (PDF conversion spaces Japanese text unpredictably: CAP おかやま)."""
    # Questions compare the same names and characters thousands of times; passages come once each.
    return _short_search_form(text) if len(text) <= 64 else _search_form(text)


# Spellings of one word (寄附/寄付: 「ふるさと寄付金」 asks 「ふるさと寄附金の拡充」; 縮少, the common slip of
# the input method for 縮小; 子ども/こども, one section printed both ways: 「子ども育成課」 asks
# 「(健)こども育成課」), one character for one, so that a match's offsets stay those of the text.
_VARIANTS = {"寄付": "寄附", "縮少": "縮小", "子ども": "こども"}
_VARIANT_RE = re.compile("|".join(_VARIANTS))


def notation_variants(word: str) -> list[str]:
    """The other spellings of a name that differ only by a variant above (こども育成課 → 子ども育成課):
    what a user may type for a name the index prints one way."""
    out = []
    for said, printed in _VARIANTS.items():
        for a, b in ((said, printed), (printed, said)):
            if a in word and word.replace(a, b) not in out:
                out.append(word.replace(a, b))
    return out


def _search_form(text: str) -> str:
    # str.split() cuts at exactly the white space \s matches, several times faster than the regex.
    form = "".join(kata_to_hira(fix_ocr(nfkc(text)).lower()).split())
    return _VARIANT_RE.sub(lambda m: _VARIANTS[m.group(0)], form) if ("寄付" in form or "縮少" in form or "子ども" in form) else form


_short_search_form = lru_cache(maxsize=65536)(_search_form)


# Names said short for what a title prints in full (行革推進委員会 for 行政改革推進委員会).
_SHORT_NAMES = {"行革": "行政改革", "行財革": "行財政改革", "民活": "民間活力"}
_SHORT_NAME_RE = re.compile("|".join(_SHORT_NAMES))


def spelled_out(text: str) -> str:
    """「行革推進委員会」 → 「行政改革推進委員会」: a short name as the documents print it."""
    return _SHORT_NAME_RE.sub(lambda m: _SHORT_NAMES[m.group(0)], text)


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


# --- compatibility characters of extracted text ------------------------------------------------
# Text taken from PDFs (and documents copied out of them) carries radicals and compatibility
# ideographs where the font's glyph of an ordinary ideograph was mapped to them: ⾏ (U+2F8F) for 行,
# ⽊ for 木, ⺠ for 民, 﨟-style compatibility ideographs, ‧ for ・. Kinds match 行政改革 literally, so
# such text is folded to ordinary characters before any kind sees it. Every mapping is one character
# to one character, so line numbers and offsets are kept.
#
# Kangxi radicals (U+2F00–U+2FDF, all 214) and CJK compatibility ideographs (U+F900–U+FAFF) have
# Unicode decompositions: NFKC gives the ideograph. The CJK Radicals Supplement (U+2E80–U+2EFF) has
# none (NFKC folds only ⺟ and ⻳); the table below is Unicode's EquivalentUnifiedIdeograph data for
# the forms that stand for a whole character, with the Japanese form where a J- and a C-simplified
# radical exist (⻑ ⻒ → 長).
_RADICAL_SUPPLEMENT = dict(zip(
    "⺁⺄⺆⺇⺈⺊⺌⺍⺒⺓⺗⺜⺝⺟⺠⺧⺩⺪⺫⺬⺮⺳⺴⺵⺶⺷⺸⺻⺼⺽⻁⻄⻆⻇⻊⻏⻑⻒⻕⻗⻘⻝⻞⻡⻣⻤⻨⻩⻫⻭⻯⻱⻲",
    "厂乙冂几刀卜小小巳幺心日月母民牛王疋目示竹网网网羊羊羋聿肉臼虎西角角足邑長長阜雨青食食首骨鬼麦黄斉歯竜龜亀",
))
_PUNCTUATION = {"\u2027": "・", "\u2219": "・", "\u2e31": "・"}  # ‧ hyphenation point, ∙ bullet operator, ⸱ word separator
_MARKS = {"\u25ef": "\u25cb"}  # ◯ large circle, the mark ○ as some fonts and input methods give it
_FOLD_TABLE = {ord(k): v for k, v in {**_RADICAL_SUPPLEMENT, **_PUNCTUATION, **_MARKS}.items()}
_NEEDS_FOLD_RE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\u2027\u2219\u2e31\u25ef]")


def _fold_one(match: re.Match[str]) -> str:
    char = match.group(0)
    folded = _FOLD_TABLE.get(ord(char))
    if folded is not None:
        return folded
    nfkc_form = unicodedata.normalize("NFKC", char)
    return nfkc_form if len(nfkc_form) == 1 else char


def fold_compatibility(text: str) -> str:
    """⾏政改⾰ → 行政改革, ⺠間 → 民間, ‧ → ・: radicals and compatibility ideographs as the
    ordinary ideographs they stand for. Touches nothing else (no width or digit folding)."""
    if not _NEEDS_FOLD_RE.search(text):
        return text
    return _NEEDS_FOLD_RE.sub(_fold_one, text)
