"""Two years said alone after a question about a change between two years (「R3からR4でBからAに上がった」→
「じゃR4→R5は？」): the same change, the earlier year's condition moved to the earlier year said and the
later's to the later."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.labels import field_label
from assistant.text.wareki import label_to_fy

if TYPE_CHECKING:
    from assistant.query.answer import Condition
    from assistant.query.grammar import Context


def moved_in_order(conds: list[Condition], labels: list[str], ctx: Context) -> list[Condition] | None:
    """`conds` with their two year fields moved to the two years `labels` name, in time order; None when
    the conditions are not about exactly two years or the years said are not two graded ones."""
    years = ctx.grade_fields
    # (「R3評価 < R2評価」: a change compares one year's grade with another's, both moved)
    said = sorted({c.field for c in conds if c.field in years}
                  | {c.value for c in conds if isinstance(c.value, str) and c.value in years}, key=years.index)
    fys = [label_to_fy(label) for label in labels]
    new = [ctx.year_field(fy) if fy else None for fy in fys]
    if len(said) != 2 or len(new) != 2 or None in new or new[0] == new[1]:
        return None
    mapping = dict(zip(said, sorted(new, key=years.index)))

    def moved(c: Condition) -> Condition:
        field = mapping.get(c.field, c.field)
        value = mapping.get(c.value, c.value) if isinstance(c.value, str) else c.value
        label = c.label
        olds = [old for old in dict.fromkeys((c.field, c.value)) if isinstance(old, str) and old in mapping]
        for n, old in enumerate(olds):  # (through stand-ins: R2→R3 and R3→R4 in one label)
            label = label.replace(field_label(old), f"\x00{n}\x00")
        for n, old in enumerate(olds):
            label = label.replace(f"\x00{n}\x00", field_label(mapping[old]))
        return replace(c, field=field, value=value, label=label)

    return [moved(c) for c in conds]
