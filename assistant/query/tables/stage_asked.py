"""「個別施設計画の改定はいつ完了する予定？」 of one row of a timeline by year whose cells are stages and marks
(検討／実施／→／●): the year whose column holds the mark the document's legend gives that meaning
(「●：完了（目標達成）予定」), as the header prints it."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「いつ完了する」「いつ終わる予定」「いつ達成」「いつから実施」: the verb asked, and the words a legend's meaning
# says it with.
_ASKED = re.compile(r"いつ(?:ごろ|頃|から|まで)?(?:に)?\s*(?P<verb>完了|終わ|終了|達成|実施|始ま|はじま|開始|検討)")
_MEANS = {"完了": "完了|終了|達成", "終わ": "完了|終了", "終了": "完了|終了", "達成": "達成|完了",
          "実施": "実施|開始", "始ま": "開始|実施", "はじま": "開始|実施", "開始": "開始|実施", "検討": "検討"}
_ENTRY = re.compile(r"(?P<mark>[^\s:：、。]{1,4})\s*[:：]\s*(?P<meaning>[^\s]{2,24})")


def ask_when_stage(db, question: str, reading) -> bool:
    """Set the reading (in place) to the years of the row's column holding the legend's mark for the verb."""
    if reading.asked or reading.aggregate or reading.measure:
        return False
    named = [c for c in reading.conds if c.op == "rows"]
    t = reading.table
    years = sorted((c for c in t.columns if c.year is not None and not c.numeric), key=lambda c: c.year)
    # (the verb asked after いつ read as the legend's mark in one year's column, 「令和11年度が●（完了）」 since ●
    # legends with a colon are read: that year is what is asked, not a condition; dropped once the mark is found)
    marked = [c for c in reading.conds if c.op == "eq" and c.header in {y.header for y in years}]
    if len(named) != 1 or len(named[0].value) != 1 or len(reading.conds) != 1 + len(marked) or len(marked) > 1:
        return False
    if len(years) < 3:
        return False
    said = nfkc(question)
    m = _ASKED.search(said)
    if m is None:
        return False
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    text = nfkc((row[0] if row else "") or "")
    printed = {nfkc(str(r["cells"].get(c.header) or "")).strip() for c in years for r in t.rows} - {""}
    means = _MEANS[m.group("verb")]
    marks = []
    for e in _ENTRY.finditer(text):
        meaning = re.sub(r"[(（][^()（）]*[)）]", "", e.group("meaning"))
        if e.group("mark") in printed and re.match(rf"(?:{means})", meaning) and e.group("mark") not in marks:
            marks.append(e.group("mark"))
    if len(marks) != 1 or any(nfkc(str(c.value)).strip() != marks[0] for c in marked):
        return False
    reading.conds = [c for c in reading.conds if c not in marked]
    reading.aggregate, reading.measure, reading.mark = "marked_years", "|".join(c.header for c in years), marks[0]
    qn = _key(question)
    at = qn.find(_key(m.group(0)))
    if at >= 0:
        end = at + len(_key(m.group(0)))
        tail = re.match(r"(?:する|した|される|して|る|った)?(?:予定|見込み)?", qn[end:])
        reading.spans.append((at, end + (tail.end() if tail else 0)))
    reading.left = [w for w in reading.left if w not in ("いつ",)]
    return True
