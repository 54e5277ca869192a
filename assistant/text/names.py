"""Whether a word names something (a place, an organisation, a person): Sudachi's proper nouns."""
from __future__ import annotations

from functools import lru_cache


# A plan or strategy with a qualifier (第二次行政改革大綱, 行政創革プラン) is one document's name.
_PLAN_WORDS = ("大綱", "計画", "プラン", "方針", "指針", "戦略", "ビジョン")
# A body with a qualifier (行政改革推進委員会, 行財政改革審議会) is the author a report names on its cover.
_BODY_WORDS = ("委員会", "審議会", "協議会", "懇談会", "懇話会")
# 「行革」 is how staff shorten 行政改革 (行財政改革, 行政経営改革): a 行革プラン is named in full in its documents.
# 「パブコメ」「パブリックコメント」 is the 意見募集 the results of a consultation are titled by.
ABBREVIATIONS = (("行革", ("行政改革", "行財政改革", "行政経営改革")), ("パブコメ", ("意見募集", "パブリックコメント")),
                 ("パブリックコメント", ("意見募集",)))


@lru_cache(maxsize=2048)
def is_name(word: str) -> bool:
    """「盛岡市」「第二次行政改革大綱」 name a thing that only some documents are about; ordinary
    words (ふるさと納税, 委託) do not, and never scope an answer to documents."""
    from assistant.text.tokenize import morphemes

    if word.endswith(_PLAN_WORDS) and len(word) > max(map(len, _PLAN_WORDS)):
        return True
    if word.endswith(_BODY_WORDS) and len(word) >= 6:
        return True
    for m in morphemes(word):
        pos = m.part_of_speech()
        if pos[0] == "名詞" and pos[1] == "固有名詞":
            return True
    return False


def place_names(text: str) -> list[str]:
    """Municipalities and prefectures named in a question (「盛岡市」「京都府精華町」), as written."""
    from assistant.text.tokenize import morphemes

    out: list[str] = []
    current = ""
    for m in morphemes(text):
        pos = m.part_of_speech()
        if pos[1] == "固有名詞" and pos[2] == "地名":
            current += m.surface()
        elif current and m.surface() in _PLACE_SUFFIXES:
            current += m.surface()
        else:
            if current:
                out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


_PLACE_SUFFIXES = {"市", "町", "村", "区", "郡", "県", "府", "都", "道"}


# Katakana → romaji, one spelling per sound (kunrei-like: シ si, チ ti, ツ tu, フ hu, ジ zi), so that a
# file name in Hepburn (kasukabe, shibuya, chiba) or kunrei (sibuya, tiba) compares equal once both
# are brought to it (_romaji_key).
_KANA_ROWS = {
    "アイウエオ": ("", "aiueo"), "カキクケコ": ("k", "aiueo"), "サシスセソ": ("s", "aiueo"),
    "タチツテト": ("t", "aiueo"), "ナニヌネノ": ("n", "aiueo"), "ハヒフヘホ": ("h", "aiueo"),
    "マミムメモ": ("m", "aiueo"), "ヤユヨ": ("y", "auo"), "ラリルレロ": ("r", "aiueo"), "ワヰヱヲ": ("w", "aieo"),
    "ガギグゲゴ": ("g", "aiueo"), "ザジズゼゾ": ("z", "aiueo"), "ダヂヅデド": ("d", "aiueo"),
    "バビブベボ": ("b", "aiueo"), "パピプペポ": ("p", "aiueo"),
}
_KANA = {kana: lead + vowel for row, (lead, vowels) in _KANA_ROWS.items() for kana, vowel in zip(row, vowels)}
_KANA.update({"ヂ": "zi", "ヅ": "zu", "ヲ": "o", "ヴ": "bu"})
_SMALL = {"ャ": "ya", "ュ": "yu", "ョ": "yo", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


def _romaji(katakana: str) -> str:
    out = ""
    double = False
    for ch in katakana:
        if ch == "ッ":
            double = True
            continue
        if ch == "ン":
            out += "n"
        elif ch == "ー":
            out += out[-1:] if out[-1:] in tuple("aiueo") else ""
        elif ch in _SMALL and out:
            out = out[:-1] + _SMALL[ch] if _SMALL[ch].startswith("y") and out[-1:] == "i" else out[:-1] + _SMALL[ch]
        elif ch in _KANA:
            part = _KANA[ch]
            out += (part[0] if double and part[0] not in "aiueo" else "") + part
        else:
            return ""
        double = False
    return out


def _romaji_key(text: str) -> str:
    """A romaji spelling brought to one form: Hepburn and kunrei alike (shi/si, chi/ti, tsu/tu, fu/hu,
    ji/zi, sha/sya), long o and u written or not (kounosu, konosu, kōnosu), n written m before b/p."""
    import re
    import unicodedata

    key = unicodedata.normalize("NFKD", text.lower())
    key = "".join(c for c in key if "a" <= c <= "z")
    for a, b in (("tsu", "tu"), ("sh", "sy"), ("ch", "ty"), ("j", "zy"), ("fu", "hu"), ("syi", "si"),
                 ("tyi", "ti"), ("zyi", "zi"), ("tch", "tty")):
        key = key.replace(a, b)
    key = re.sub(r"m(?=[bp])", "n", key)
    return re.sub(r"([ou])\1+", r"\1", key.replace("ou", "o"))  # (ii, ee, aa are always written out: niigata)


# A municipality's suffix as file names write it after the name (kasukabe-shi, kasukabeshi, …city).
_ROMAJI_SUFFIXES = ("", "si", "city", "tyo", "mati", "town", "mura", "son", "village", "ken", "pref")


@lru_cache(maxsize=512)
def place_in_romaji(place: str) -> str:
    """The romaji key of a place's name without its suffix (春日部市 → kasukabe), from Sudachi's reading;
    "" when the reading is unknown or too short to tell from other words."""
    from assistant.text.tokenize import morphemes

    bare = place[:-1] if place[-1:] in _PLACE_SUFFIXES and len(place) >= 2 else place
    reading = "".join(m.reading_form() for m in morphemes(bare))
    key = _romaji_key(_romaji(reading)) if reading else ""
    return key if len(key) >= 4 else ""


def file_names_place(source: str, place: str) -> bool:
    """「kasukabe_evaluation_sheet.pdf」 names 春日部市: a word of the file's name is the place's name in
    romaji (with or without its suffix), or written as it is (「船橋市_窓口調査.html」: a saved page whose
    text prints the city only in its browser title). Documents often print no city; their files say
    whose they are."""
    import re

    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if len(place) >= 2 and place[-1:] in _PLACE_SUFFIXES and place in re.split(r"[\s_\-－＿・,，、]+", stem):
        return True
    key = place_in_romaji(place)
    if not key:
        return False
    words = [_romaji_key(w) for w in re.split(r"[^A-Za-z]+", stem) if w]
    return any(w == key + suffix for w in words for suffix in _ROMAJI_SUFFIXES)
