"""Reconciling the printed copies of one field: pick a value, keep every disagreement as a Conflict."""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from assistant.kinds.plan_report.cells import department_key
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


def reconcile(
    key: str,
    field: str,
    copies: list[Copy],
    source: str,
    preferred: str,
    tie_break: str,
    conflicts: list[Conflict],
    keep: Callable[[Any], bool] = lambda v: v is not None,
) -> Any:
    """The value for `field`: the `preferred` copy's where it states one, else the majority,
    a tie going to `tie_break`'s copy. Appends a Conflict when the copies disagree."""
    stated = [c for c in copies if field in c.values and keep(c.values[field])]
    if not stated:
        return None
    keys = [compare_key(field, c.values[field]) for c in stated]
    winner = next((c for c in stated if c.where == preferred), None)
    note = f"{_LABELS.get(preferred, preferred)}の値を採用"
    if winner is None:
        counts = Counter(keys)
        best = max(counts.values())
        leaders = [c for c, k in zip(stated, keys) if counts[k] == best]
        tied = len({compare_key(field, c.values[field]) for c in leaders}) > 1
        winner = next((c for c in leaders if c.where == tie_break), leaders[0]) if tied else leaders[0]
        note = f"同数のため{_LABELS.get(winner.where, winner.where)}の値を採用" if tied else "多数の写しが一致する値を採用"
    chosen = winner.values[field]
    if len(set(keys)) > 1:
        conflicts.append(
            Conflict(
                key=key,
                field=field,
                chosen=chosen,
                values=tuple(SourceValue(c.values[field], c.where, c.line) for c in stated),
                source=source,
                note=note,
            )
        )
    return chosen


# Japanese names of the copies, for the conflict notes users read.
_LABELS = {
    "main_list": "本編の実践項目別一覧",
    "appendix_list": "資料編の実践項目一覧",
    "section_1": "取組項目別の評価",
    "progress_sheet": "進捗状況シート",
    "initiative_list": "本編の取組項目別一覧",
    "summary_table": "取組項目別・評価集計",
}
