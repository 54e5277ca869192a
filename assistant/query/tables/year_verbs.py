"""A column of years headed by what happened in them (建築年, 設置年度, 開設年: a verbal noun and 年) is said by that
doing, in its done forms: 「昭和50年より前に建てられた」 bounds 建築年, as 「建築された」 does. The native verbs are
those of the verbal nouns (建築 → 建てる), general Japanese, never one document's; the bare noun is not added (longer
words hold it)."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

_YEAR_OF = re.compile(r"^(?P<noun>[一-龥]{2})年度?$")
# verbal noun → the stem of its native verb (建てる, 設ける, 開く): a year said with these is that column's
_NATIVE = {"建築": "建て", "建設": "建て", "新築": "建て", "設置": "設け", "開設": "開い", "竣工": "でき", "完成": "でき",
           "導入": "入れ", "架設": "架け", "設立": "設け", "開館": "開い", "開業": "開い"}
# Nouns whose done form says a row's state rather than when: 完了している, 終了した, 廃止された.
_STATE_NOUNS = {"完了", "終了", "廃止", "達成", "実施"}
_DONE = ("した", "された", "している", "してる")
_NATIVE_DONE = ("た", "られた", "ている", "てる", "てた")


def year_verb_forms(columns: list) -> list:
    """The columns, each column of years headed 「<verbal noun>年」 also said by the noun's done forms."""
    out = []
    for c in columns:
        m = _YEAR_OF.match("".join(nfkc(c.header).split())) if c.years_inside and not c.numeric else None
        if m is None:
            out.append(c)
            continue
        noun = m.group("noun")
        if noun in _STATE_NOUNS:
            # 「もう完了している取組」 says the row's state (進捗状況: 完了), not a bound on the year 完了年度 holds (m109-004)
            out.append(c)
            continue
        said = [noun + v for v in _DONE]
        if noun in _NATIVE:
            stem = _NATIVE[noun]
            said += [stem + v for v in _NATIVE_DONE if not (stem.endswith("い") and v == "られた")]
        out.append(replace(c, forms=(*c.forms, *(f for f in said if f not in c.forms))))
    return out
