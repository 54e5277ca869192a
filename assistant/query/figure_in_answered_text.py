"""「調整会議事業の実績報告にある婚活バスツアー、参加者は何人でした？」: a count asked of a record's text field (its
実績報告, a list of events with their figures). The field's whole text is no count: the figure is read right after a
word of the question, in the part of the text (a bullet, a sentence) that says most of the question's words
(「婚活まんまるバスツアー 参加者37名(男性20名、女性17名)」 → 37). Two different figures read equally well, or none,
leave no value, and the answer says the count was not read from the text (partial, never the text as the count)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_COUNTERS = "人|名|件|回|か所|カ所|箇所|ヶ所|社|団体|校|施設|会場|組|チーム"
_HOW_MANY = compiled(rf"何\s*(?P<counter>{_COUNTERS})")
_PARTS = compiled(r"[・\n。●○■◆※]|(?<=\S)\s{2,}")


def count_in_answered_text(question, answer: Answer) -> None:
    if not isinstance(question, str) or answer is None or not isinstance(answer.value, str) or len(answer.value) < 20:
        return
    if answer.target == "table_row":
        # (a table's cell or note stating the figure with its bound, 「…を1,780人以内とする」: the table's reading
        # stands; this reads records' text fields only)
        return
    asked = _HOW_MANY.search(nfkc(question))
    if asked is None or re.fullmatch(r"\s*[\d,.]+\s*\S{0,3}\s*", answer.value):
        return
    words = [nfkc(str(u.get("value"))) for u in answer.understood
             if u.get("field") == "text" and u.get("op") == "match" and len(str(u.get("value") or "")) >= 2]
    text = nfkc(answer.value)
    parts = [p for p in _PARTS.split(text) if p.strip()]
    said = [(sum(w in p for w in words), p) for p in parts]
    top = max((n for n, _ in said), default=0)
    counter = "人|名" if asked.group("counter") in ("人", "名") else re.escape(asked.group("counter"))
    found: set[int] = set()
    if top:
        for n, part in said:
            if n != top:
                continue
            for w in words:
                for m in re.finditer(rf"{re.escape(w)}\s*(?:が|は|の|数)?\s*(?:合計|計|延べ|約)?\s*(\d[\d,]*)\s*(?:{counter})",
                                     part):
                    found.add(int(m.group(1).replace(",", "")))
    if len(found) == 1:
        value = found.pop()
        answer.value = value
        answer.summary = f"記載から {value}{asked.group('counter')} と読みました（本文から読んだ値です）。" + answer.summary
        return
    # (the text itself is no count: said so, never given as the figure asked)
    answer.value = None
    if answer.status == "exact":
        answer.status = "partial"
    answer.caveat = (answer.caveat or "") + f"本文から「何{asked.group('counter')}」にあたる数を一つに読み取れませんでした。"
    answer.summary = answer.caveat + answer.summary
