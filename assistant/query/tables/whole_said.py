"""「参加者は５地区合わせて何人」「利用者は全部で何人」: the words between a count column said and its counter say the
rows' whole (合わせて, 全部で), maybe with how many rows (５地区): the column's sum over the rows, not one row's figure
nor how many rows. A number of rows said that is not the rows' own (「３地区合わせて」 of five) says some of them,
unsaid which: no whole then."""
from __future__ import annotations

import re

from assistant.query.parse import kanji_numbers
from assistant.text.normalize import nfkc

# (「４回分合わせると」: the rows counted with 分, the whole said as a condition)
_WHOLE = re.compile(r"(?:は|が|って|で|の人|の職員)?\s*[、,]?\s*(?:(?P<n>\d{1,3}|全)\s*(?P<counter>[一-龥ァ-ヶー]{1,4}?)\s*分?\s*(?:を|で)?\s*)?"
                    r"(?:全部で|合わせて|あわせて|合わせると|あわせると|全体で|合計で|合計すると|足すと|トータルで|総計で|計で|で合計|の合計で?)\s*(?:は)?\s*")


def whole_said(between: str, n_rows: int) -> bool:
    """Whether `between` (the words between the column and 何人) asks the rows' whole."""
    m = _WHOLE.fullmatch(kanji_numbers(nfkc(between)))
    if m is None:
        return False
    return not (m.group("n") and m.group("n") != "全" and int(m.group("n")) != n_rows)
