"""What an answer looks like as a bar chart: one series of (label, number), or None when a chart would
not help. Shared by the CLI's text bars and the XLSX's native chart, so both draw the same thing.

Two shapes are drawn: a grouped answer (「総合評価の分布」: each group and its count) and a number asked
of several records (「取組項目ごとの委員評価」: each record's committee score).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.labels import field_label, kind_label

_GRADES = "ABCDE-"
_YEAR = re.compile(r"^([HRhr]|平成|令和)(\d+)$")


@dataclass(frozen=True)
class Chart:
    title: str
    label_header: str  # what the labels are (区分, 名称)
    value_header: str  # what the numbers are (件数, 委員評価)
    bars: tuple[tuple[str, float], ...]


def answer_chart(answer) -> Chart | None:
    rows = [r for r in answer.rows or [] if isinstance(r, dict)]
    if len(rows) < 2 or answer.error:
        return None
    query = answer.query or {}
    if list(answer.columns or [])[:2] == ["group", "count"]:
        bars = [(str(r.get("group", "")), r.get("count")) for r in rows]
        if not all(_is_number(v) for _, v in bars):
            return None
        group = query.get("group_by") or ""
        what = field_label(group, answer.target) if group else "区分"
        title = f"{kind_label(answer.target)}の{what}別の件数" if answer.target else f"{what}別の件数"
        return Chart(title, what, "件数", tuple(sorted(bars, key=_group_order(bars))))
    asked = query.get("value_field") or ""
    if asked and all(_is_number(r.get(asked)) for r in rows):
        name = next((c for c in ("title", "name", "question") if any(r.get(c) for r in rows)), "key")
        bars = [(_label(r, name), r.get(asked)) for r in rows]
        what = field_label(asked, answer.target)
        return Chart(f"{kind_label(answer.target)}ごとの{what}", field_label(name, answer.target), what, tuple(bars))
    return None


def _label(row: dict, name: str) -> str:
    code = row.get("code")
    text = " ".join(str(row.get(name) or row.get("key") or "").split())
    return f"{code} {text}" if code not in (None, "") and str(code) not in text else text


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _group_order(bars):
    """Scores in numeric order, grades A→D, years in era order; other groups stay as answered
    (largest first)."""
    labels = [label for label, _ in bars]
    position = {label: i for i, label in enumerate(labels)}
    if all(_number(label) is not None for label in labels):
        return lambda b: _number(b[0])
    if all(label in _GRADES for label in labels):
        return lambda b: _GRADES.index(b[0])
    if all(_YEAR.match(label) for label in labels if label in position and _number(label) is None
           and label not in ("継続中", "")):
        def era(b):
            m = _YEAR.match(b[0])
            if not m:
                return (2, 0, position[b[0]])  # 継続中 and the like after the years
            return (0 if m.group(1).lower() in ("h", "平成") else 1, int(m.group(2)), 0)
        return era
    return lambda b: position[b[0]]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
