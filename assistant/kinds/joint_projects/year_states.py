"""A joint-projects table marking each project's state per fiscal year (● 実施, △ 検討, blank none) and naming
the member that runs it (事務局).

Found by shape beside the member columns (marks.py): columns headed by a bare fiscal year (令和6年度, 2024年度,
R6) whose cells are only symbols or blank, maybe over a second header row giving the same years in the other
calendar (2024年度 under 令和6年度); what each symbol means is read from the legend the document prints
(「●は実施、△は検討・準備」), never assumed. A record keeps its marks by year (states_by_year: {"R6": "●"})
and the legend (state_legend: {"●": "実施", …}); a column headed 事務局 (or 取りまとめ団体) gives the member
running it as the record's chair_city.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

# Symbols a schedule marks its years with; a member's ○ is read by marks.py, not here.
_SYMBOLS = frozenset("●○◯〇◎△▲▽▼□■◇◆×✓✔")
# 「●は実施」「△：検討・準備」「●＝実施」「●実施」: a symbol and its meaning, up to the next 、。 or space.
# (the separator may be left out: 「凡例 ●実施 △検討中」)
_LEGEND_RE = re.compile(r"([●○◯〇◎△▲▽▼□■◇◆×✓✔])\s*(?:は|[:：＝=])?\s*([^\s\d、。，,)）][^\s、。，,)）]{0,11}?)(?:を示す|を表す|です)?(?=[\s、。，,)）(（]|$)")
_BARE_YEAR_RE = re.compile(r"^(?:(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度|[RH]\s*\d{1,2})$")
_OFFICE_RE = re.compile(r"^(?:事務局|取りまとめ|取りまとめ団体|とりまとめ団体)(?:団体|市町村|市町|市)?$")


@dataclass
class YearStates:
    years: list[tuple[int, str]] = field(default_factory=list)  # (column, fiscal-year label R6) left to right
    legend: dict[str, str] = field(default_factory=dict)  # symbol → meaning as printed
    office: int = -1  # the 事務局 column, -1: none


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def find(lines: list[str], header: int, rows: list[list[str]]) -> YearStates:
    """The year columns of symbols and the 事務局 column of the table headed at `header`; empty when none."""
    out = YearStates()
    heads = _cells(lines[header])
    # (the years may stand only in a second header row, under a merged 実施状況 heading)
    below = _cells(lines[header + 1]) if header + 1 < len(lines) and "\t" in lines[header + 1] else []
    below = below if below and not (rows and below == rows[0]) else []
    # (a header row whose last cells are merged into the one above the years stops short of them)
    heads = heads + [""] * (len(below) - len(heads))
    for i, cell in enumerate(heads):
        text = nfkc(cell).replace(" ", "")
        if _OFFICE_RE.match(text) and out.office < 0:
            out.office = i
            continue
        if not _BARE_YEAR_RE.match(text) and i < len(below):
            text = nfkc(below[i]).replace(" ", "")
        label = year_label(text) if _BARE_YEAR_RE.match(text) else None
        cells = [_blank(r[i]) if i < len(r) else "" for r in rows]
        if label and rows and any(cells) and (all(c in _SYMBOLS or not c for c in cells) or _worded(cells)):
            out.years.append((i, label))
    if out.years:
        used = {_blank(r[i]) for i, _ in out.years for r in rows if i < len(r) and _blank(r[i])}
        # (a state printed as a word, 実施・検討, means itself)
        out.legend.update({w: w for w in used if w not in _SYMBOLS})
        # (a legend printed under the table, as notes are, counts as one above it; a member's ○ is another's)
        for line in lines[:header] + lines[header + 1:]:
            if "\t" in line:
                continue
            for mark, meaning in _LEGEND_RE.findall(nfkc(line)):
                if mark in used:
                    out.legend.setdefault(mark, meaning)
    return out


_DASHES = {"-", "－", "―", "—", "‐", "ー"}


def _blank(cell: str) -> str:
    """A cell's state; "" for a blank or a dash (no state that year)."""
    return "" if cell.strip() in _DASHES else cell.strip()


def _worded(cells: list[str]) -> bool:
    """A column of states as short words (実施, 検討中), a few of them, no figure: a year's state, not its amount."""
    words = {c for c in cells if c}
    return 0 < len(words) <= 4 and all(len(w) <= 5 and not re.search(r"\d", w) for w in words)


def read_into(fields: dict[str, object], cells: list[str], states: YearStates) -> None:
    """The row's marks by year, the legend, and its 事務局 into its fields."""
    if states.years:
        fields["states_by_year"] = {year: (_blank(cells[i]) if i < len(cells) else "") for i, year in states.years}
        fields["state_legend"] = dict(states.legend)
        if str(fields.get("status") or "") in _SYMBOLS | {""}:
            fields.pop("status", None)  # (a merged 実施状況 heading over the years: its first year's mark, no state)
    if 0 <= states.office < len(cells) and cells[states.office] and not fields.get("chair_city"):
        fields["chair_city"] = cells[states.office]
