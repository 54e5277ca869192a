"""「17番の委員評価と町内会の取組の差は」: two records compared by one field, one said by its number and the other by
its title (whole or in part). The title is read as the record it names and said by its number too, so the
two are compared as 「No.17とNo.10の委員評価の差」 is; a title that names no single record leaves the question as it is."""
from __future__ import annotations


from typing import TYPE_CHECKING

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.parse import Parser

_NUMBER = r"(?<![A-Za-z0-9.])(?:No\.?\s*|№\s*|番号\s*)?(?P<n>\d{1,3})\s*番?"
_FIELD = r"(?P<f>[^、,。とのは\s]{2,10})"
_OTHER = r"(?P<other>[^、,。\s]{2,40}?)"
_DIFF = r"の\s*(?:差|違い|ちがい)"
_SHAPES = (
    compiled(_NUMBER + "の" + _FIELD + "と" + _OTHER + _DIFF),   # 17番の委員評価と町内会の取組の差
    compiled(_NUMBER + "と" + _OTHER + "の" + _FIELD + _DIFF),   # 17番と町内会の活性化に向けた取組の委員評価の差
    compiled(_OTHER + "の" + _FIELD + "と" + _NUMBER + _DIFF),   # 町内会の取組の委員評価と17番の差
    compiled(_OTHER + "と" + _NUMBER + "の" + _FIELD + _DIFF),   # 町内会の取組と17番の委員評価の差
)

_TWO_NUMBERS = compiled(_NUMBER + "の" + _FIELD + r"と(?:No\.?\s*|№\s*|番号\s*)?(?P<m>\d{1,3})\s*番?" + _DIFF)


def said_by_numbers(parser: "Parser", question: str) -> str:
    """The question with the record said by its title said by its number, when that is what it compares."""
    text = nfkc(question)
    both = _TWO_NUMBERS.search(text)
    if both:  # 「17番の委員評価と18番の差」: the field said after the first number only
        return text[:both.start()] + f"No.{both.group('n')}とNo.{both.group('m')}の{both.group('f')}の差" + text[both.end():]
    for shape in _SHAPES:
        m = shape.search(text)
        if m is None or m.group("other").isdigit():
            continue
        named = parser.parse(f"{m.group('other')}の{m.group('f')}")
        codes = [c for c in named.conditions if c.field.startswith("@title:") and c.op in ("=", "~=")]
        if len(codes) != 1 or len(named.conditions) != 1 or not named.value_field or "・" in str(codes[0].value):
            continue
        both = f"No.{m.group('n')}とNo.{codes[0].value}の{m.group('f')}の差"
        return text[:m.start()] + both + text[m.end():]
    return question




# 「証明発行手数料等のキャッシュレス化（20番）」「…に向けた取組（No.18）」: the record's own number glossed after its title.
_GLOSSED = compiled(r"\s*[（(]\s*(?:No\.?\s*|NO\.?\s*|№\s*|番号\s*)?(?P<n>[A-Za-z]?\d{1,3})\s*番?\s*[)）]")


def title_number_glossed(lex, question: str) -> str:
    """The question without a number in brackets right after a title whose record has that very number: the
    title already names the record, and the bare number read on its own is another kind's number (取組項目20)
    or no condition at all. A number that is not the title's own is kept, so the two still disagree aloud."""
    from assistant.query.lexicon import UNQUOTED
    from assistant.text.normalize import notation_key

    text = nfkc(question)
    for m in reversed(list(_GLOSSED.finditer(text))):
        before = notation_key(text[:m.start()]).translate(UNQUOTED)
        if any(before.endswith(key) and nfkc(code) == m.group("n") for key, _, code, _ in lex.title_index()):
            text = text[:m.start()] + text[m.end():]
    return text if text != nfkc(question) else question
