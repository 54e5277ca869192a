"""「オンライン開催だった研修」「集合形式のもの」: a value of the row's kind said with the word for how a thing is
held (開催, 形式, 方式) joined to it: the word adds nothing to the value read, so it is used, not left unread."""
from __future__ import annotations

import re

from assistant.query.facts import _covered

# (the value first, then how it was held: オンライン開催, 集合形式, 対面方式, オンラインで実施)
_HELD_AS = re.compile(r"(?P<value>.{2,}?)(?:で)?(?:開催|形式|方式|型|実施|開講|受講)")


def held_as_value(word: str, qn: str, spans: list[tuple[int, int]]) -> bool:
    """True when the word is a value the reading used (its whole span read) followed by a word for how held."""
    m = _HELD_AS.fullmatch(word)
    return bool(m) and _covered(m.group("value"), qn, spans)


# 「譲渡する予定の施設」「集約される予定」: the value read (譲渡), said as what is planned for the row.
_PLANNED = re.compile(r"(?:する|される|となる|になる|の)予定")


def planned_value(word: str, qn: str, spans: list[tuple[int, int]]) -> bool:
    """True when the word is 予定 said right after a span the reading used (its value, done as planned)."""
    if word != "予定":
        return False
    for m in _PLANNED.finditer(qn):
        if any(b == m.start() for _, b in spans):
            return True
    return False


# 「不要と判定された事業」「Aと評価された」「縮小って判定された」: the value read, said as what the row was judged to be
# (って quoting it as と does).
_JUDGED = re.compile(r"(?:と|って)(?P<w>判定|評価|判断|決定|認定|結論)")


def judged_value(word: str, qn: str, spans: list[tuple[int, int]]) -> bool:
    """True when the word (判定, 評価…) is said with と right after a span the reading used (its value)."""
    for m in _JUDGED.finditer(qn):
        if m.group("w") == word and any(b == m.start() for _, b in spans):
            return True
    return False


# 「指摘を受けた課」「勧告を受けた」: the value read (指摘), said as what the row received.
_RECEIVED = re.compile(r"を(?=受け|うけ)")


def received_value(word: str, qn: str, spans: list[tuple[int, int]]) -> bool:
    """True when the word is 受ける said right after a span the reading used and を (its value received)."""
    if not re.fullmatch(r"(?:受け|うけ)[たるてま]?", word):
        return False
    return any(any(b == m.start() for _, b in spans) for m in _RECEIVED.finditer(qn))


# 「公共施設の適正管理に関する意見」 read as the value 公共施設の適正管理 (該当箇所): the relation said of it.
_RELATED = re.compile(r"に(?=関する|関して|関わる|関係する)")


def related_value(word: str, qn: str, spans: list[tuple[int, int]]) -> bool:
    """True when the word is 関する said right after a span the reading used and に."""
    if not re.fullmatch(r"関(?:する|して|わる)|関係(?:する)?", word):
        return False
    return any(any(b == m.start() for _, b in spans) for m in _RELATED.finditer(qn))
