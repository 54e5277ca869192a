"""Figures a table of cases prints in columns of their own: the municipality's population (人口（人）) and what
each case achieved, one column per unit (効果（時間/年）, 効果（千円/年）; a blank cell = not published).

A column is known by its heading: a word of population, or a word of effect (効果・成果・削減) with its unit in
brackets; the unit says which field it fills (hours saved, or an amount of money saved, kept in the unit printed)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_POPULATION = re.compile(r"^(?:人口|住民基本台帳人口|人口規模)(?:[(（][^)）]*[)）])?$")
_EFFECT = re.compile(r"^(?:効果|成果|削減効果|導入効果|削減時間|削減額|効果額|削減|縮減)[^(（]{0,6}[(（](?P<unit>[^)）]+)[)）]$")
# The field a unit fills: hours (時間/年, 時間) or an amount of money (千円/年, 万円, 円).
_UNITS = (("時間", "effect_hours"), ("円", "effect_amount"))


def measured_columns(cells: list[str]) -> tuple[int, tuple[tuple[int, str, str], ...]]:
    """(index of the population column or -1, ((index, field, heading as printed), …)) of a header row."""
    population = -1
    figures: list[tuple[int, str, str]] = []
    for index, cell in enumerate(cells):
        key = re.sub(r"\s+", "", nfkc(cell))
        if population < 0 and _POPULATION.match(key):
            population = index
            continue
        m = _EFFECT.match(key)
        if not m:
            continue
        name = next((f for unit, f in _UNITS if unit in m.group("unit")), None)
        if name and all(f != name for _, f, _ in figures):
            figures.append((index, name, cell.strip()))
    return population, tuple(figures)


def number(cell: str) -> int | float | None:
    """A figure as printed (「14,820」「1450.0」); None for a blank or a word."""
    text = re.sub(r"[,\s]", "", nfkc(cell or ""))
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return None
    value = float(text)
    return int(value) if value.is_integer() else value
