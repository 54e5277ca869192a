"""「行政評価委員会の評価がＤだった事業は？」: items answered by a grade taken from a committee's review (store/review_joins)
are shown with what that committee said of each of them — the review's opinions on the same numbers — first among the
excerpts, so that the grade is read beside its reasons. Only where a condition of the answer is such a field, and
only the opinions of the review each row's value came from."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Answer

# (the opinions shown at most: an answer listing every reviewed item stays readable)
_MOST = 40


def _taken(row: dict) -> set[str]:
    value = row.get("reviewed_fields")
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return set()
    return set(value or ())


def with_opinions(db, answer: "Answer") -> None:
    if answer.target != "practice" or answer.error or not answer.rows:
        return
    asked = {str(c.get("field")) for c in answer.understood if isinstance(c, dict)}
    rows = [r for r in answer.rows if isinstance(r, dict) and r.get("reviewed_in") and _taken(r) & asked]
    if not rows or "comment" not in set(db.table_names()):
        return
    shown = {str(e.get("key")) for e in answer.excerpts}
    found: list[dict] = []
    for r in rows:
        for c in db.query("SELECT key, source, line, text FROM comment WHERE source = ? AND initiative = ? ORDER BY line",
                          [r["reviewed_in"], nfkc(str(r.get("code") or "")).strip()]):
            if c["key"] not in shown and len(found) < _MOST:
                found.append({"key": c["key"], "source": c["source"], "line": c["line"], "text": c["text"],
                              "field": "text", "highlights": []})
    answer.excerpts[:0] = found
    if found:
        from assistant.store.places import attach_places  # (the page each opinion is printed on)

        attach_places(db, answer)
