"""「年間いくら縮減できる見込みですか（万円）」: a figure read from the text as printed (「1,480万円」) is
given in the unit the question asks in brackets, as a number (1480), when it is printed in that unit."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_UNIT_ASKED = compiled(r"[(（]\s*(?P<unit>億円|百万円|万円|千円|円|%|％|人|件|台|か所|箇所)\s*[)）]\s*[?？。]?\s*$")


def in_unit_asked(question: str, answer: Answer) -> None:
    """The answer's printed figure as a number of the unit asked in brackets at the question's end."""
    m = _UNIT_ASKED.search(nfkc(question))
    if m is None or not isinstance(answer.value, str):
        return
    unit = nfkc(m.group("unit"))
    figure = re.fullmatch(r"(?:約|およそ)?\s*(\d[\d,]*(?:\.\d+)?)\s*" + re.escape(unit), nfkc(answer.value).strip())
    if figure is None:
        return
    number = float(figure.group(1).replace(",", ""))
    answer.value = int(number) if number.is_integer() else number
