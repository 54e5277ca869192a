"""Japanese wording of the conflicts between copies of a record (detail screen, `gyokaku check`).

The conflicts table names a copy by where it was read (`main_list`, `section_1`,
`same_name_elsewhere` …) and stores values as JSON; users read the copy's Japanese name and the
value as plain text.
"""
from __future__ import annotations

import json

from assistant.kinds.plan_report.words import label as plan_report_copy
from assistant.labels import field_label

# Where a joint-project department's municipality was read from (kinds/joint_projects/loader.py).
JOINT_PROJECT_EVIDENCE = {
    "same_name_elsewhere": "同じ部署名のある別の行",
    "column_position": "記載されている列の位置",
    "shifted_column": "列ずれした別の列",
}


def where_label(where: str) -> str:
    """「本編の実践項目別一覧」 for `main_list`; an unknown name is shown as it is."""
    if where in JOINT_PROJECT_EVIDENCE:
        return JOINT_PROJECT_EVIDENCE[where]
    return plan_report_copy(where)


def conflict_field_label(field: str) -> str:
    """The conflicting field's Japanese label (`department_city` → 担当部署の市町村)."""
    return field_label(field) if field else ""


def value_text(value) -> str:
    """A conflicting value as plain text: lists joined with 「、」, JSON text decoded, never `['…']`."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(value_text(v) for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return " / ".join(f"{k}: {value_text(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)


def copies_printed(copies: list[dict]) -> str:
    """「一覧・付属資料の一覧では「B」、第1部では「A」」: what each copy of a value prints, copies of one value together."""
    by_value: dict[str, list[str]] = {}
    for copy_ in copies:
        by_value.setdefault(value_text(copy_.get("value")) or "空欄", []).append(where_label(str(copy_.get("where") or "")))
    return "、".join(f"{'・'.join(dict.fromkeys(w))}では「{v}」" for v, w in by_value.items())


def conflict_lines(conflict: dict) -> list[str]:
    """One conflict as lines a user reads: the field and the value taken, each copy with its line,
    then the reason (`conflict` is a row of the conflicts table, its `values` decoded or not)."""
    copies = conflict.get("values") or []
    if isinstance(copies, str):
        try:
            copies = json.loads(copies)
        except ValueError:
            copies = []
    out = [f"{conflict_field_label(str(conflict.get('field') or ''))}: 採用値 {value_text(conflict.get('chosen'))}"]
    for c in copies:
        line = f"{c.get('line')}行目" if c.get("line") else ""
        out.append(f"  {where_label(str(c.get('where') or ''))} {line}：{value_text(c.get('value'))}")
    if conflict.get("note"):
        out.append(f"  → {conflict['note']}")
    return out
