"""Kind and field words typed with a wrong conversion or in kana (「総合表か」「たんとう」): a run of the
question that reads as one of those words (Sudachi's readings) but is written otherwise, with kana
in it, is read as the word; each such reading is stated in a note."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.compiled import compiled

_MIN_KANA = 4  # readings shorter than this (かだい, いけん) are too easily other words written in kana
_HIRAGANA = compiled(r"[ぁ-ゖ]")
_SPAN = 4  # morphemes a mistyped word may be cut into


def _hiragana(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    """Reading (hiragana) → the kind or field word written in kanji: stored in the index when it was built
    (stored.py)."""
    from assistant.query.stored import derived

    return derived("readings", derive_readings, reading_words())


def reading_words() -> tuple[str, ...]:
    """The kind and field words read, in order (the first word of each reading is kept)."""
    from assistant.query.grammar.values import EXTRA_FIELD_WORDS
    from assistant.query.vocabulary import GROUP_WORDS, KIND_WORDS, NUMERIC_FIELDS, STOP_NOUNS, VALUE_FIELDS

    # (the question's own nouns too, 担当 and 評価: 「それのたんとうは？」)
    # (not the adverbs of amount users write in kana, いちばん and すべて: they are no mistyping)
    said = [(w, "") for w in sorted(STOP_NOUNS) if not w.startswith(("一", "全", "最", "何"))]
    return tuple(w for w, _ in KIND_WORDS + VALUE_FIELDS + NUMERIC_FIELDS + GROUP_WORDS + EXTRA_FIELD_WORDS + said)


def derive_readings(words: tuple[str, ...]) -> dict[str, str]:
    """Reading (hiragana) → the word written in kanji (the first one of each reading)."""
    from assistant.text.tokenize import morphemes

    out: dict[str, str] = {}
    for word in words:
        # (a word of two nouns joined by の, 「委員の意見」: typed 「いいんのいけん」, 「委員のいけん」)
        if len(word) >= 2 and re.fullmatch(r"[一-龥々]+(?:の[一-龥々]+)?", word):
            kana = _hiragana("".join(m.reading_form() for m in morphemes(word)))
            if len(kana) >= _MIN_KANA and re.fullmatch(r"[ぁ-ゖー]+", kana):
                out.setdefault(kana, word)
    return out


@lru_cache(maxsize=1)
def _spelled_words() -> frozenset[str]:
    """The kind and field words as they are written (「年度ごとの評価」 is one of them, kana and all: no mistyping of
    年度毎の評価, which reads the same)."""
    from assistant.query.grammar.values import EXTRA_FIELD_WORDS
    from assistant.query.vocabulary import GROUP_WORDS, KIND_WORDS, NUMERIC_FIELDS, VALUE_FIELDS

    return frozenset(w for w, _ in KIND_WORDS + VALUE_FIELDS + NUMERIC_FIELDS + GROUP_WORDS + EXTRA_FIELD_WORDS)


def _wrong_kanji(surface: str, word: str, probe) -> bool:
    """「担当部所」「審議界」: a word written all in kanji that reads as the word, as long as it and with its first
    kanji right (a conversion gone wrong at its end), that no document writes (`probe`)."""
    return probe is not None and len(surface) == len(word) and surface[0] == word[0] \
        and bool(_KANJI.fullmatch(surface)) and not probe(surface)


_KANJI = compiled(r"[一-龥々]+")


def read_as_words(text: str, probe=None) -> tuple[str, list[str]]:
    """`text` with each run of morphemes reading as a kind or field word, written with kana and
    otherwise than the word (or in other kanji no document writes: `probe`), replaced by the word."""
    if not _HIRAGANA.search(text) and probe is None:
        return text, []
    from assistant.text.tokenize import morphemes

    readings = _readings()
    morphs = [(m.surface(), _hiragana(m.reading_form()), m.part_of_speech()[0]) for m in morphemes(text)]
    read = [r for _, r, _ in morphs]
    out, notes, i = [], [], 0
    while i < len(morphs):
        for n in range(min(_SPAN, len(morphs) - i), 0, -1):
            word = readings.get("".join(read[i:i + n]))
            if word is None:
                continue
            span = morphs[i:i + n]
            surface = "".join(s for s, _, _ in span)
            # (a particle or an ending first belongs to the sentence, not to the word; one last is kana
            # of a wrong conversion, 「総合表か」, only after a noun, the word's first part written right)
            if surface == word or "の" in word and surface in _spelled_words() or not (_HIRAGANA.search(surface) or _wrong_kanji(surface, word, probe)) \
                    or span[0][2] in ("助詞", "助動詞") or span[-1][2] in ("助詞", "助動詞") \
                    and (n < 3 or span[-2][2] != "名詞" or surface[0] != word[0]):
                continue
            out.append(word)
            notes.append(f"「{surface}」を「{word}」と読み替えました")
            i += n
            break
        else:
            out.append(morphs[i][0])
            i += 1
    return ("".join(out), notes) if notes else (text, [])
