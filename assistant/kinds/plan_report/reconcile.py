"""Reconciling the printed copies of one field: pick a value, keep every disagreement as a Conflict."""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from assistant.kinds.plan_report.cells import department_key
from assistant.kinds.plan_report.words import label  # noqa: F401 - the copies' names, read where conflicts are shown
from assistant.kinds.plan_report.lists import Copy
from assistant.model import Conflict, SourceValue
from assistant.text.normalize import notation_key


def compare_key(field: str, value: Any) -> Any:
    """Equal for pure notation variants: width, spaces, ゴミ/ごみ, 苦/苫, a repeated bureau prefix."""
    if field == "departments":
        return department_key(list(value))
    if isinstance(value, str):
        return notation_key(value)
    if isinstance(value, list):
        return tuple(notation_key(str(v)) for v in value)
    return value


def _spelling_most_print(field: str, winner: Copy, intact: list[Copy]) -> Any:
    """The winner's value, spelled as most intact copies print it when they differ from it only in kana
    (a department 「ゼロゴミ推進課」 on one sheet, 「ゼロごみ推進課」 on every list): the same name, and the
    spelling the report mostly uses is the one an answer quotes. A tie keeps the winner's spelling."""
    chosen = winner.values[field]
    if field != "departments" or not isinstance(chosen, list):
        return chosen
    from assistant.text.normalize import kata_to_hira

    folded = [kata_to_hira(str(v)) for v in chosen]
    same = [c.values[field] for c in intact if isinstance(c.values.get(field), list)
            and [kata_to_hira(str(v)) for v in c.values[field]] == folded]
    spellings = Counter(tuple(v) for v in same)
    best, n = spellings.most_common(1)[0] if spellings else (tuple(chosen), 0)
    return list(best) if n > spellings.get(tuple(chosen), 0) else chosen


def reconcile(
    key: str,
    field: str,
    copies: list[Copy],
    source: str,
    preferred: str,
    tie_break: str,
    conflicts: list[Conflict],
    keep: Callable[[Any], bool] = lambda v: v is not None,
    absent: tuple[str, ...] = (),
) -> Any:
    """The value for `field`: the `preferred` copy's where it states one, else the majority,
    a tie going to `tie_break`'s copy. Appends a Conflict when the copies disagree, naming the
    `absent` copies (those that do not print the record at all).

    A damaged copy (a row cut in conversion and joined back) takes part only where no intact copy
    states the field, or to break a tie: it never outvotes copies that agree."""
    stated = [c for c in copies if field in c.values and keep(c.values[field])]
    if not stated:
        return None
    keys = [compare_key(field, c.values[field]) for c in stated]
    # Each copy's key is made once (every field of every practice item comes through here).
    intact_keys = [k for c, k in zip(stated, keys) if not c.damaged]
    intact = [c for c in stated if not c.damaged] if intact_keys else stated
    intact_keys = intact_keys or keys
    winner = next((c for c in intact if c.where == preferred), None)
    note = f"{label(preferred)}の値を採用"
    if winner is None:
        counts = Counter(intact_keys)
        best = max(counts.values())
        leaders = [(c, k) for c, k in zip(intact, intact_keys) if counts[k] == best]
        lead_keys = {k for _, k in leaders}
        tied = len(lead_keys) > 1
        if tied:
            # The tie-break copy decides, even when damaged, as long as it sides with a leader.
            breaker = next(((c, k) for c, k in zip(stated, keys) if c.where == tie_break and k in lead_keys), None)
            if breaker is None:
                winner = leaders[0][0]
            elif not breaker[0].damaged:
                winner = breaker[0]
            else:
                winner = next(c for c, k in leaders if k == breaker[1])
        else:
            winner = leaders[0][0]
        note = f"同数のため{label(winner.where)}の値を採用" if tied else "多数の写しが一致する値を採用"
    chosen = _spelling_most_print(field, winner, intact)
    if len(set(keys)) > 1:
        damaged = [c for c in stated if c.damaged]
        if damaged:
            note += "。" + "、".join(f"{label(c.where)}の行は途中で切れていたため参考扱い" for c in damaged)
        if absent:
            note += "。" + "、".join(label(a) for a in absent) + "に記載なし"
        conflicts.append(
            Conflict(
                key=key,
                field=field,
                chosen=chosen,
                values=tuple(SourceValue(c.values[field], c.where, c.line) for c in stated),
                source=source,
                note=note,
                absent=tuple(absent),
            )
        )
    return chosen
