"""Questions typed in romaji (「R2 shuuryou no jissen koumoku」): each lowercase word that is wholly romaji
syllables is written in hiragana, so that kana_reading.py reads it as the known word it sounds like
(しゅうりょう → 終了) and says so. Only when two or more words of the question are romaji: a lone lowercase
word (an English word, an acronym typed small) is left as typed, and so is any word that is not wholly
romaji (pdf, excel, rpa)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

_VOWELS = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お"}
_ROWS = {  # consonant(s) → the kana of a, i, u, e, o (None where the row has no such syllable)
    "k": "かきくけこ", "g": "がぎぐげご", "s": "さしすせそ", "z": "ざじずぜぞ", "t": "たちつてと", "d": "だぢづでど",
    "n": "なにぬねの", "h": "はひふへほ", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ", "m": "まみむめも", "r": "らりるれろ",
    "y": "や\0ゆ\0よ", "w": "わ\0\0\0を", "f": "ふぁふぃふふぇふぉ",
}
_SPECIAL = {"shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ", "si": "し", "ti": "ち", "tu": "つ",
            "hu": "ふ", "zi": "じ", "di": "ぢ", "du": "づ", "wo": "を", "nn": "ん", "n'": "ん"}
# The contracted syllables: sha, sya, cha, tya, cya, ja, jya, zya, and k/g/n/h/b/p/m/r + ya/yu/yo.
_SMALL = {"a": "ゃ", "u": "ゅ", "o": "ょ", "e": "ぇ"}
_CONTRACTED_HEAD = {"sh": "し", "sy": "し", "ch": "ち", "ty": "ち", "cy": "ち", "j": "じ", "jy": "じ", "zy": "じ",
                    "ky": "き", "gy": "ぎ", "ny": "に", "hy": "ひ", "by": "び", "py": "ぴ", "my": "み", "ry": "り",
                    "dy": "ぢ"}
_LOWER_WORD = compiled(r"[a-z']+")


def _row(consonant: str, vowel: str) -> str | None:
    kana = _ROWS.get(consonant)
    if kana is None:
        return None
    if consonant == "f":
        return {"a": "ふぁ", "i": "ふぃ", "u": "ふ", "e": "ふぇ", "o": "ふぉ"}[vowel]
    got = kana["aiueo".index(vowel)]
    return None if got == "\0" else got


def hiragana(word: str) -> str | None:
    """The word's romaji in hiragana (shuuryou → しゅうりょう, jissen → じっせん), None when some part is no syllable."""
    out, i = "", 0
    while i < len(word):
        rest = word[i:]
        if rest[0] in _VOWELS:
            out, i = out + _VOWELS[rest[0]], i + 1
            continue
        if len(rest) >= 2 and rest[0] == rest[1] and rest[0] not in "aiueon'":  # (jissen, kekka: a doubled consonant)
            out, i = out + "っ", i + 1
            continue
        if rest.startswith(("nn", "n'")) or rest == "n" or (rest[0] == "n" and rest[1] not in "aiueoy"):
            out, i = out + "ん", i + (2 if rest.startswith(("nn", "n'")) else 1)
            continue
        special = next((s for s in ("shi", "chi", "tsu") if rest.startswith(s)), None) \
            or next((s for s in ("si", "ti", "tu", "fu", "hu", "ji", "zi", "di", "du", "wo") if rest.startswith(s)), None)
        if special:
            out, i = out + _SPECIAL[special], i + len(special)
            continue
        head = next((h for h in sorted(_CONTRACTED_HEAD, key=len, reverse=True)
                     if rest.startswith(h) and len(rest) > len(h) and rest[len(h)] in _SMALL), None)
        if head:
            out, i = out + _CONTRACTED_HEAD[head] + _SMALL[rest[len(head)]], i + len(head) + 1
            continue
        if len(rest) >= 2 and rest[1] in _VOWELS:
            kana = _row(rest[0], rest[1])
            if kana is None:
                return None
            out, i = out + kana, i + 2
            continue
        return None
    return out


def romaji_as_kana(question: str) -> tuple[str, dict[str, str]]:
    """The question with its romaji words in hiragana, and kana → the word as typed; unchanged unless two or more
    words are romaji."""
    parts = re.split(r"(\s+)", question)
    found = {i: kana for i, p in enumerate(parts) if _LOWER_WORD.fullmatch(p) and (kana := hiragana(p))}
    if len(found) < 2 or not any(len(parts[i]) >= 4 for i in found):
        return question, {}
    typed = {}
    for i, kana in found.items():
        typed[kana] = parts[i]
        parts[i] = kana
    return "".join(parts), typed
