"""「人事課が担当してるやつ何件ある？」 with no kind of record said, the department held by records of two kinds (a
joint project's side and a plan's items): the kind tried first is one reading of the question, not the answer; the
other kind's records are counted and the answer says it picked one (partial), not a count stated as certain."""
from __future__ import annotations

import copy

from assistant.labels import kind_label

_LEAD = "記録の種類の指定がないため"


def other_kind_caveat(executor, q) -> str:
    """A caveat naming the other kinds that also hold records meeting q's department condition, or ''."""
    if not q.alternatives or not any(c.field == "@dept" for c in q.conditions):
        return ""
    held = []
    for kind in q.alternatives:
        other = copy.copy(q)
        other.target, other.alternatives = kind, []
        other, _ = executor.resolve(other)
        rows = executor.select(other)[0]
        if rows:
            held.append(f"{kind_label(kind)} {len(rows)}件")
    if not held:
        return ""
    return (f"{_LEAD}{kind_label(q.target)}として答えました。同じ部署の担当は"
            + "、".join(held) + " もあります（種類を言ってください）。")


def kind_guessed(answer) -> None:
    """The final answer, read as one of the kinds other_kind_caveat found: partial, the caveat first."""
    said = next((n for n in answer.notes if n.startswith(_LEAD)), "")
    if said and answer.status == "exact":
        answer.status = "partial"
        answer.notes.remove(said)  # (said first, as the caveat)
        answer.caveat = said + (" " + answer.caveat if answer.caveat else "")
        answer.summary = said + answer.summary
