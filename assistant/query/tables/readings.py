"""Names written in kana (「ふるさとのうぜいの拡充」「たんとう課」): a row name or column word found in a
question by its reading (Sudachi's), where the question spells in hiragana what the document writes
in kanji."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.text.normalize import kata_to_hira
from assistant.query.compiled import compiled

_KANJI = compiled(r"[一-龥]")
_MIN_READING = 4  # shorter readings (か, かい) meet by chance


@lru_cache(maxsize=64)
def spelled_in_kana(qn: str) -> bool:
    """Whether a question (search form) has a noun written in hiragana: only then is a reading worth
    comparing (it costs a tokenisation per name)."""
    from assistant.text.tokenize import morphemes

    return any(re.fullmatch(r"[ぁ-ゖー]{2,}", m.surface()) and m.part_of_speech()[0] == "名詞"
               and m.part_of_speech()[1] != "代名詞" for m in morphemes(qn))


@lru_cache(maxsize=4096)
def reading(text: str) -> str:
    from assistant.text.tokenize import morphemes

    return "".join(kata_to_hira(m.reading_form()) for m in morphemes(text))


@lru_cache(maxsize=64)
def _question_reading(qn: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The reading of a question, and for each of its characters the start and end in the question of
    the morpheme it belongs to."""
    from assistant.text.tokenize import morphemes

    out, starts, ends = [], [], []
    for m in morphemes(qn):
        r = kata_to_hira(m.reading_form())
        out.append(r)
        starts += [m.begin()] * len(r)
        ends += [m.end()] * len(r)
    return "".join(out), tuple(starts), tuple(ends)


def find_by_reading(qn: str, text_key: str) -> tuple[int, int] | None:
    """The span of the question that reads as `text_key` (a name in search form with kanji), when the
    question writes some of it in kana; None otherwise."""
    if not _KANJI.search(text_key):
        return None
    said = reading(text_key)
    if len(said) < _MIN_READING:
        return None
    whole, starts, ends = _question_reading(qn)
    at = whole.find(said)
    while at >= 0:
        end = at + len(said)
        # whole morphemes only: 「のう」 of 「のうぜい」 is not 「農」
        if (at == 0 or starts[at - 1] != starts[at]) and (end == len(whole) or ends[end] != ends[end - 1]):
            span = (starts[at], ends[end - 1])
            if qn[span[0]:span[1]] != text_key:
                return span
        at = whole.find(said, at + 1)
    return None


@lru_cache(maxsize=4096)
def with_okurigana(value: str) -> str:
    """A value printed without its okurigana (据置, 取扱) as the dictionary writes it (据え置き, 取り扱い),
    so that a question spelling it out finds it; "" when it is no such word (one morpheme whose
    dictionary form is its kanji with kana between or after them)."""
    if not re.fullmatch(r"[一-龥]{2,4}", value):
        return ""
    from assistant.text.tokenize import morphemes

    found = morphemes(value)
    if len(found) != 1:
        return ""
    full = found[0].normalized_form()
    kana_added = re.fullmatch(r"[一-龥ぁ-ゖ]+", full) and re.sub(r"[ぁ-ゖ]", "", full) == value
    return full if kana_added and full != value else ""
