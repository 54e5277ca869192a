"""Whether a word names something (a place, an organisation, a person): Sudachi's proper nouns."""
from __future__ import annotations

from functools import lru_cache


# A plan or strategy with a qualifier (第二次行政改革大綱, 行政創革プラン) is one document's name.
_PLAN_WORDS = ("大綱", "計画", "プラン", "方針", "指針", "戦略", "ビジョン")
# A body with a qualifier (行政改革推進委員会, 行財政改革審議会) is the author a report names on its cover.
_BODY_WORDS = ("委員会", "審議会", "協議会", "懇談会", "懇話会")
# 「行革」 is how staff shorten 行政改革 (行財政改革): a 行革プラン is named in full in its documents.
ABBREVIATIONS = (("行革", ("行政改革", "行財政改革")),)


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
