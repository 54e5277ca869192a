"""A word that names a group by its stem (「消防のやつ」: the 消防部会) also reaches the rows next to a row of that
group whose group cell is blank: a cell merged over several rows keeps its text in one row when the table is
flattened, so such a row may be the group's. They are added as possibly the group's, and said to be uncertain."""
from __future__ import annotations

from assistant.kinds import registry
from assistant.query.answer import Condition, Query


def _group_fields(kind: str) -> list[tuple[str, tuple[str, ...]]]:
    rk = registry.record_kinds().get(kind)
    if rk is None:
        return []
    facets = set(registry.facet_fields(kind))
    return [(f.name, tuple(f.group_words)) for f in rk.fields
            if getattr(f, "name", "") in facets and getattr(f, "type", "text") == "text" and getattr(f, "group_words", ())]


def lost_group_rows(executor, q: Query, rows: list[dict]) -> tuple[list[dict], str]:
    """The rows the question's other conditions find among the blank-group neighbours of the group its one word
    names (「消防」 → 消防部会), and the caveat saying why they are there; ([], "") when there are none."""
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"]
    if len(words) != 1 or q.aggregate or q.value_field or q.target not in executor.tables:
        return [], ""
    word = words[0]
    have = {str(r.get("key")) for r in rows}
    columns = executor.columns.get(q.target, [])
    for field, suffixes in _group_fields(q.target):
        if field not in columns:
            continue
        named = {word + s for s in suffixes}
        found = executor.db.execute(f"SELECT code, source, [{field}] FROM [{q.target}] ORDER BY source, line").fetchall()
        near: dict[str, list[str]] = {}
        for i, (code, source, value) in enumerate(found):
            if (value or "").strip():
                continue
            def blank(j: int) -> bool:
                return 0 <= j < len(found) and found[j][1] == source and not (found[j][2] or "").strip()

            beside = [j for j in (i - 1, i + 1) if 0 <= j < len(found) and found[j][1] == source and (found[j][2] or "").strip()]
            if len(beside) == 2:
                # between two groups' rows: the one whose text sits mid-way in blanks (a merged cell's centre)
                beside = [j for j in beside if blank(2 * j - i)] if any(blank(2 * j - i) for j in beside) else beside
            group = next((str(found[j][2]) for j in beside if str(found[j][2]) in named), "")
            if group:
                near.setdefault(source, []).append(str(code))
        if not near:
            continue
        others = [c for c in q.conditions if not (c.field == "text" and c.op == "match")]
        extra: list[dict] = []
        for source, codes in near.items():
            probe = Query(question=q.question, target=q.target, conditions=others + [
                Condition("code", "in", codes, ""), Condition("source", "in", [source], "")])
            extra += [r for r in executor.select(probe)[0] if str(r.get("key")) not in have]
        extra.sort(key=lambda r: (str(r.get("source")), int(r.get("line") or 0)))
        if not extra:
            continue
        group = next(iter(sorted(named & {str(v) for _, _, v in found})), word)
        names = "、".join(str(r.get("code")) for r in extra)
        return extra, (f"{names} は{registry.field_label(field, q.target)}の記載がありません（表の結合セルが失われた可能性）。"
                       f"隣の行が「{group}」のため含めましたが、「{group}」かどうかは資料からは分かりません。")
    return [], ""
