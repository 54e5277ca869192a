"""「汐見保育園はどこに統合されるの？」 of one named row whose cell says 「南浜保育園へ統合」 (or 「統合先：南浜保育園」):
where the row goes is the name the cell gives before 「へ/に + the verb」 (or after 「the verb + 先」), not the row itself.
Read only where the row's own cells say so; otherwise the answer stays as it was."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「どこに統合される」「どの園へ移管」「何に吸収」: the verb (a kanji noun of two letters or more) whose place is asked
_ASKED = re.compile(r"(?:どこ|どの[一-龥ァ-ヶー]{0,4}|何|なに)\s*(?:に|へ)\s*(?P<verb>[一-龥]{2,4})(?:さ|し|す|予定|の予定|と)")


def _destination(cell: str, verb: str) -> str:
    text = nfkc(cell)
    m = re.search(rf"(?P<to>[^\s、。,()（）:：「」]{{2,30}}?)\s*(?:へ|に)\s*(?:の)?{re.escape(verb)}", text) \
        or re.search(rf"{re.escape(verb)}先\s*[:：は]?\s*(?P<to>[^\s、。,()（）「」]{{2,30}})", text)
    return m.group("to") if m else ""


def answer_destination(question: str, reading, answer) -> bool:
    """Set (in place) the answer's value to where its one row goes, as its cells say; True when done."""
    asked = _ASKED.search(_key(nfkc(question)))
    if asked is None or len(answer.rows) != 1 or answer.value not in (None, ""):
        return False
    if not any(c.op == "rows" for c in reading.conds):
        return False
    t, key = reading.table, answer.rows[0].get("key")
    row = next((r for r in t.rows if r["key"] == key), None)
    if row is None:
        return False
    texts = {c.header for c in t.columns if not c.numeric}
    found = {(h, d) for h, v in row["cells"].items() if h in texts
             for d in [_destination(str(v or ""), asked.group("verb"))] if d}
    if len({d for _, d in found}) != 1:
        return False
    header, to = found.pop()
    answer.value = to
    answer.summary = f"{answer.rows[0].get('title') or ''}は{to}へ{asked.group('verb')}されます（{header}: {row['cells'][header]}）。" \
        + (answer.summary or "")
    return True
