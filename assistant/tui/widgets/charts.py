"""Charts drawn with block characters: a grouped answer's counts as horizontal bars (総合評価の分布,
R4評価の分布, 委員評価の分布 …) and one record's yearly grades as a small timeline."""
from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

from assistant.render import plain
from assistant.kinds.registry import year_fields

GRADES = ["A", "B", "C", "-"]
GRADE_COLOURS = {"A": "#5fd75f", "B": "#ffd75f", "C": "#d75f5f", "-": "#8a8a8a"}
BAR_COLOUR = "#5fafff"
EIGHTHS = " ▏▎▍▌▋▊▉"
MAX_BARS = 40  # more groups than this are left to the table
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def is_grouped(rows: list[dict]) -> bool:
    """A grouped answer: every row a group with a count (and not a record)."""
    return bool(rows) and all(str(r.get("key", "")).startswith("group:") and isinstance(r.get("count"), int)
                              for r in rows)


def chart_order(rows: list[dict]) -> list[dict]:
    """Grades in grade order (A B C -), numbers (scores) ascending as a histogram reads, anything else
    as the answer gave it (most frequent first)."""
    groups = [plain(r.get("group")) for r in rows]
    if all(g in GRADES for g in groups):
        return sorted(rows, key=lambda r: GRADES.index(plain(r.get("group"))))
    if all(_NUMBER.match(g) for g in groups):
        return sorted(rows, key=lambda r: float(plain(r.get("group"))))
    return list(rows)


def bar(value: float, top: float, width: int) -> str:
    """A bar of `width` cells at full scale, drawn to an eighth of a cell."""
    if top <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / top * width * 8))
    return "█" * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")


def bar_chart(rows: list[dict], width: int = 60) -> Text:
    """The groups' counts as bars with the count and its share, e.g. `A ████████ 58（61%）`."""
    rows = chart_order(rows)[:MAX_BARS]
    total = sum(r["count"] for r in rows) or 1
    top = max((r["count"] for r in rows), default=0)
    labels = [plain(r.get("group")) or "（なし）" for r in rows]
    label_width = min(24, max(cell_len(label) for label in labels))
    tail = len(str(top)) + 8  # " 58（61%）"
    room = max(8, width - label_width - tail - 2)
    text = Text()
    for i, (row, label) in enumerate(zip(rows, labels)):
        if i:
            text.append("\n")
        shown = label if cell_len(label) <= label_width else label[: label_width - 1] + "…"
        text.append(shown + " " * (label_width - cell_len(shown)) + " ", style="bold")
        text.append(bar(row["count"], top, room), style=GRADE_COLOURS.get(label, BAR_COLOUR))
        text.append(f" {row['count']}", style="bold")
        text.append(f"（{row['count'] * 100 / total:.0f}%）", style="dim")
    return text


def grade_timeline(row: dict, step: int = 6) -> Text:
    """The yearly grades as a small chart: one line per grade (A at the top), a dot in each year's
    column, joined where the grade holds; a year without a grade (-) is left empty.

        A │ ●─────●
        B │             ●
        C │
          └─R2────R3────R4────R5
    """
    years = year_fields(row)
    values = [plain(row.get(y)) or "-" for y in years]
    text = Text()
    for level in ["A", "B", "C"]:
        colour = GRADE_COLOURS[level]
        text.append(f" {level} ", style=f"bold {colour}")
        text.append("│", style="dim")
        for i, value in enumerate(values):
            if value != level:
                text.append(" " * step)
                continue
            after = i + 1 < len(values) and values[i + 1] == level
            before = i > 0 and values[i - 1] == level
            text.append("─" if before else " ", style=colour)
            text.append("●", style=f"bold {colour}")
            text.append(("─" if after else " ") * (step - 2), style=colour)
        text.append("\n")
    text.append("   └", style="dim")
    for y in years:
        text.append("─", style="dim")
        text.append(y.upper(), style="bold")
        text.append("─" * max(0, step - 1 - cell_len(y)), style="dim")
    missing = [y.upper() for y, v in zip(years, values) if v not in ("A", "B", "C")]
    if missing:
        text.append(f"\n   {'・'.join(missing)} は評価なし", style="dim")
    return text
