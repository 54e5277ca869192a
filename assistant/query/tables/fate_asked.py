"""「中央公民館って、この先どうなる予定？」「西部診療所って、町がこのまま持ち続けるの？」: what becomes of the
one row named, asked without the column's word, over a table with a column of its course (方針, 今後の方向性):
that column's value is what is asked (a yes/no 「持ち続けるの？」 answered with the course as printed)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「この先どうなる（予定）」「今後どうする」「このまま持ち続ける」「残すの？」「なくなる？」: the future of a thing.
_FATE = re.compile(
    r"(?:(?:この先|今後|これから|将来(?:的に)?)(?:は|、)?\s*)?(?:どう(?:なる|なっ|する|され)[^?？。]{0,6}"
    r"|(?:この|その)まま\s*(?:持ち続け|保有し続け|使い続け|残)[^?？。]{0,6}"
    r"|(?:持ち続け|保有し続け|使い続け)[^?？。]{0,6}|(?:残(?:す|る|され|っ)|なくな(?:る|っ)|無くな(?:る|っ))[^?？。]{0,6})[?？]?\s*$")
# A column holding each row's course: 方針, 今後の方向性, 対応方針, 再編方針.
_COURSE = re.compile(r"^(?:今後の)?(?:[一-龥]{0,4})?(?:方針|方向性)$")


def ask_fate_of_row(question: str, reading) -> bool:
    """Set the asked column (in place) when the question asks what becomes of the one row it names."""
    said = nfkc(question)
    m = _FATE.search(said)
    if m is None or reading.asked or reading.aggregate or reading.measure:
        return False
    named = [c for c in reading.conds if c.op == "rows"]
    if len(named) != 1 or len(named[0].value) != 1 or len(reading.conds) != 1:
        return False
    t = reading.table
    courses = [c.header for c in t.columns if not c.numeric and _COURSE.match(nfkc(c.header))]
    if len(courses) != 1:
        return False
    reading.asked = courses[0]
    qn = _key(question)
    phrase = _key(m.group(0))
    at = qn.find(phrase)
    if at >= 0:
        reading.spans.append((at, at + len(phrase)))
    # (この先, 予定, 町が: the asking's own words, read with it)
    for w in ("この先", "今後", "これから", "予定", "このまま", "そのまま"):
        at = qn.find(_key(w))
        if at >= 0:
            reading.spans.append((at, at + len(_key(w))))
    reading.left = [w for w in reading.left if _key(w) not in phrase]
    return True
