"""「総合評価で一番低いのは？」: the best or worst grade a field holds (A > B > C > D, or the index's own scale
in its legend's order), and the records holding it. A grade field holds letters or marks, never numbers, so
the numeric max/min finds nothing there."""
from __future__ import annotations

from assistant.labels import field_label, kind_label
from assistant.text.normalize import nfkc


def grade_rank(value, scale: tuple[str, ...]) -> int | None:
    """The rank of a grade (higher is better); None for anything that is no grade (―, a blank)."""
    if value in (None, ""):
        return None
    v = nfkc(str(value)).strip().upper()
    own_letters = any(m.isalpha() and m.isascii() and m not in "ABCD" for m in scale)
    if v in scale and (own_letters or v not in "ABCD"):
        return len(scale) - 1 - scale.index(v)
    if len(v) == 1 and v in "ABCD" and not own_letters:
        return 3 - "ABCD".index(v) + len(scale)  # (above every mark of another scale: a report grades on one)
    return None


def grade_extreme(q, answer, rows: list[dict], scale: tuple[str, ...]) -> bool:
    """Answer max/min of a grade field over the rows; False when the field holds no grade."""
    if q.aggregate not in ("max", "min") or not q.agg_field:
        return False
    ranked = [(grade_rank(r.get(q.agg_field), scale), r) for r in rows]
    ranked = [(k, r) for k, r in ranked if k is not None]
    if not ranked:
        return False
    best = (max if q.aggregate == "max" else min)(k for k, _ in ranked)
    hits = [r for k, r in ranked if k == best]
    grade = nfkc(str(hits[0].get(q.agg_field))).strip().upper()
    label = field_label(q.agg_field, q.target)
    word = "最も高い" if q.aggregate == "max" else "最も低い"
    names = "、".join(f"{r.get('code', '')} {r.get('title', '')}".strip() for r in hits[:8]) + (" …" if len(hits) > 8 else "")
    answer.rows = hits
    answer.count = len(hits)
    answer.value = grade
    answer.summary = (f"{kind_label(q.target)} {len(ranked)}件（{label}のあるもの）で{label}が{word}のは {grade} で、"
                      f"{len(hits)}件です（{names}）。")
    if q.agg_field not in answer.columns:
        answer.columns = [*answer.columns[:1], q.agg_field, *answer.columns[1:]]
    return True
