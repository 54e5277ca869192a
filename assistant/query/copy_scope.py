"""「本編の一覧で、取組終了がR2の実践項目は何件ですか」: one copy of the document named as where to read (the report
prints its items in several copies: the main list, the appendix list, section I, the progress sheets). The index
keeps one value per field and the conflicts table every copy's value where they disagree; so the answer is the
named copy's own when, for every field the conditions read, no record's value in that copy differs from the one
kept. Then the copy's name is used (said in a note), not left unread. Where that copy prints a record's field
differently, or the copy is not known to print this kind's records at all, the word stays unread (partial)."""
from __future__ import annotations

import json

from assistant.conflict_labels import where_label
from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.copy_asked import _COPIES, _COPY
from assistant.query.disputed import _stored
from assistant.text.normalize import nfkc

# The copy said first as the scope: 「本編の一覧で、」「資料編の一覧では」「本編の一覧での」.
_SCOPE = compiled(r"\s*(?:の中|上)?\s*(?:では|で|での|には)\s*[、,]?")


def _fields(understood: list[dict]) -> set[str] | None:
    """The record's own columns the conditions read; None when one is of something else (a parent, a link)."""
    out: set[str] = set()
    for c in understood:
        field = str(c.get("field", ""))
        if field == "*":
            continue
        if field == "@grades" and isinstance(c.get("value"), dict):
            out |= set(c["value"].get("fields") or [])
        elif field.startswith("@") or ":" in field:
            return None
        else:
            out.add(field)
    return out


def read_in_copy(db, question: object, answer: Answer) -> None:
    if not isinstance(question, str) or answer.status != "partial" or answer.error or not answer.unused:
        return
    said = nfkc(question).lstrip()
    m = _COPY.match(said)
    if m is None or not _SCOPE.match(said, m.end()):
        return
    where = next(w for w, _ in _COPIES if m.group(w))
    words = [w for w in answer.unused if w in m.group(0)]
    fields = _fields(answer.understood)
    if not words or not fields or not answer.target or "conflicts" not in db.table_names():
        return
    conflicts = [dict(r) for r in db.query("SELECT key, field, chosen, \"values\" FROM conflicts WHERE key LIKE ?",
                                           [f"{answer.target}:%"])]
    if not any(c.get("where") == where for r in conflicts for c in json.loads(r["values"] or "[]")):
        return  # (no sign this copy prints this kind's records: 本編の一覧 of initiatives is another list)
    for r in conflicts:
        if r["field"] not in fields:
            continue
        copies = [c for c in json.loads(r["values"] or "[]") if c.get("where") == where]
        if not copies or any(_stored(c.get("value")) != r["chosen"] for c in copies):
            return  # (a record this copy prints otherwise, or not at all: the answer may not be the copy's)
    rest = [w for w in answer.unused if w not in words]
    default = f"「{'」「'.join(answer.unused)}」を解釈できなかったため、その条件なしの回答です。"
    if answer.caveat == default and answer.summary.startswith(default):
        answer.summary = answer.summary[len(default):]
        answer.caveat = f"「{'」「'.join(rest)}」を解釈できなかったため、その条件なしの回答です。" if rest else ""
        answer.summary = answer.caveat + answer.summary
    elif answer.caveat:
        return  # (a caveat of another kind: left as it is)
    answer.unused = rest
    if not rest:
        answer.status = "exact"
    answer.notes.append(f"{where_label(where)}の記載で答えています（条件の項目は、この資料のほかの記載と食い違う記録でも"
                        f"{where_label(where)}の値が索引の値と同じです）")
