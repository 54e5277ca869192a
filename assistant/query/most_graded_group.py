"""「2028年度に◎が一番多かった重点項目は？」「R5にAが最も多い取組項目」: the groups (initiatives) whose items
(practice) got that grade that year most often, counted over the items, not a score of the group's own.

Read where the question names the groups, asks which has the most, and says a grade of a year that the
items are graded in; anything else is left to the rest of the engine (None).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field
from assistant.labels import kind_label
from assistant.query.answer import Answer, Condition
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

# (the fewest is not read here: a group with no such item at all would be missed)
# (「…の実践項目を最も多く抱える取組項目」: the groups holding the most of them, as phrasings.holding_most reads it)
_MOST = compiled(r"(?:が|の数が|の件数が)\s*(?:一番|いちばん|最も|もっとも)\s*多"
                 r"|(?:を|(?<=項目)[、,])\s*(?:一番|いちばん|最も|もっとも)\s*(?:多く|たくさん|沢山)\s*(?:抱え|かかえ|持|含)"
                 r"|を\s*数え[^。？?]{0,6}(?:一番|いちばん|最も|もっとも)\s*[A-D]?\s*が\s*多")  # (「…を数えると、いちばんBが多かった」)
_GROUP, _PART = "initiative", "practice"
# 「総括の総合評価がBだった実践項目がいちばん多い取組項目」: the overall grade said of the items (the word for
# them right after it), not the group's own overall grade (read for the group by the parser).
_GRADE_OF_ITEMS = compiled(r"(?:総合評価|総合判定)\s*(?:が|は|で)?\s*([A-D])\s*(?:だった|の|である|となった|になった|になっている|と評価された)?\s*"
                           r"(?:実践項目|項目)")


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    said = nfkc(question)
    most = _MOST.search(said)
    if most is None or q.target != _GROUP or _PART not in assistant.executor.tables:
        return None
    part_cols = assistant.executor.columns.get(_PART, [])
    conditions = list(q.conditions)
    of_items = _GRADE_OF_ITEMS.search(said)
    if of_items and "overall" in part_cols:
        conditions = [Condition("overall", "=", c.value, c.label)
                      if c.field in ("self_overall", "@overall") and c.op == "=" and str(c.value) == of_items.group(1) else c
                      for c in conditions]
    graded = [c for c in conditions if is_year_field(c.field) and c.op == "=" and c.field in part_cols]
    rest = [c for c in conditions if c not in graded]
    # (「完了した取組の数がいちばん多い改革項目」: a condition on the items, read as the groups holding such an item,
    # counted over those items)
    group_cols = assistant.executor.columns.get(_GROUP, [])
    # (「Nで始まる新しい実践項目を一番多く抱えてる取組項目」: the items added, told by their numbers, are items too)
    held = [c for c in conditions if c.field in part_cols and (c.field not in group_cols or c.field == "code" and c.op == "added")
            and c.field not in ("source", "text") and not c.field.startswith("@")]
    if not graded and len(held) == 1 and (q.agg_field in ("", "n_practice") or held[0].field == "overall" and of_items):
        graded = held
        rest = [x for x in conditions if x is not held[0]]
    if len(graded) != 1 or any(c.field not in ("source", "text") for c in rest) or q.unused:
        return None
    from assistant.query.conversation import _with

    def selected(target: str, conditions: list) -> tuple[list[dict], "Query"]:
        probe = _with(q, conditions)
        probe.target, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = \
            target, "", "", "", "", None
        probe = assistant.executor.resolve(probe)[0]
        return assistant.executor.select(probe)[0], probe

    # The groups asked (the rest of the question: the document named), then their items graded so: the items
    # may be read from another document than the groups (a plan report's table under a committee's headings).
    groups_asked, group_probe = selected(_GROUP, rest)
    if not groups_asked:
        groups_asked, group_probe = selected(_GROUP, [c for c in rest if c.field == "source"])
    asked_keys = {str(g["key"]) for g in groups_asked}
    rows, probe = selected(_PART, graded)
    if not rows or not asked_keys:
        return None
    keyed = "initiative_key" in part_cols
    counts: dict[str, int] = {}
    for r in rows:
        key = (r.get("initiative_key") if keyed else "") or (f"{_GROUP}:{r.get('initiative')}" if r.get("initiative") else "")
        if key in asked_keys:
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    chosen_keys = [k for k, n in counts.items() if n == best]
    groups = []
    for key in chosen_keys:
        found = list(assistant.db.query(f"SELECT * FROM [{_GROUP}] WHERE key = ?", [key]))
        if not found:
            return None  # (a group its items name that the index does not hold: not guessed)
        groups.append(dict(found[0]))
    grade = graded[0]
    year = grade.field.upper()
    said = f"{year}評価が{grade.value}" if is_year_field(grade.field) else grade.label
    label = f"{said}の数が最も多い" if said.endswith(kind_label(_PART)) or "）" in said and kind_label(_PART) in said \
        else f"{said}の{kind_label(_PART)}の数が最も多い"
    shown = "、".join(f"{g.get('code', '')} {g.get('title') or ''}（{best}件）" for g in groups)
    others = "、".join(f"{k.split(':', 1)[1].split('@')[0]}: {n}件" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    summary = f"{label}{kind_label(_GROUP)}は {shown} です（{others}）。"
    understood = [c.to_dict() for c in group_probe.conditions + probe.conditions] + [
        Condition("@group", "max", grade.field, label).to_dict()]
    return Answer(question=q.question, target=_GROUP, rows=groups, count=len(groups),
                  value=str(groups[0].get("code", "")) if len(groups) == 1 else None, summary=summary,
                  status="exact", understood=understood, query=q.to_dict(),
                  notes=[f"{kind_label(_GROUP)}ごとに、{said}の{kind_label(_PART)}を数えました"])
