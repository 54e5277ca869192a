"""A sheet printing its figures as grids with one column per fiscal year, as a PDF's text gives them.

Found by their shape, never by a sheet's words or years: a heading row of two or more fiscal years after
one or more heading cells, then rows that end in one figure per year.

* An indicator grid: each row also names what its figures are by a word of the indicator table
  (目標, 実績, 計画, 達成率); its first cell names the indicator (「活動指標：年間運行便数」, the kind before
  the colon) or is blank under the row that did (the 実績 row under the 目標 row). A cell under a 単位
  heading is the unit. Each indicator gives one entry per year; 達成率 is 実績 ÷ 目標 × 100 (one decimal)
  when the sheet prints none.
* A cost grid: each row is a label and its figures (運行委託料 │ 52,300 │ 54,100 …). A row of the total
  (…合計, 総事業費) and one of 一般財源 / 特定財源 become the program's figures by year (costs_by_year); every
  row is kept as text by year, so that 「車両購入費」 is found where it is printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

# (a year's 目標 is kept as its goal, as the loader keeps a 目標 column: the sheet says 目標, not 計画)
_ROW_WORDS = {"目標": "goal", "目標値": "goal", "計画": "plan", "計画値": "plan", "実績": "actual", "実績値": "actual",
              "達成率": "rate"}
_YEAR_ONLY_RE = re.compile(r"(?:令和|平成)(?:\d{1,2}|元)年度|(?:19|20)\d{2}年度|[RH]\d{1,2}")
_KIND_RE = re.compile(r"^(活動指標|成果指標)\s*[:：]?\s*(.*)$")
_NUMBER_RE = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$")
_UNIT_RE = re.compile(r"[(（]\s*(?:単位\s*[:：]\s*)?(千円|百万円|万円|円)\s*[)）]")
# The money rows that are the program's own figures: the total, and the general or specific revenue.
# (a row of 事業費 alone, a text sheet's one cost row, is its total)
_TOTAL_RE = re.compile(r"(?:合計|総事業費|総額|^事業費)$")
_GENERAL_RE = re.compile(r"一般財源$")
_SPECIFIC_RE = re.compile(r"特定財源$")


def _number(text: str) -> int | float | None:
    value = nfkc(text).strip().rstrip("%").strip()
    if not _NUMBER_RE.match(value):
        return None
    value = value.replace(",", "")
    number = float(value)
    return int(number) if number.is_integer() and "." not in value else number


@dataclass
class Grids:
    lines: set[int] = field(default_factory=set)  # 1-based lines the grids take (no other reader's)
    indicators: list[dict[str, object]] = field(default_factory=list)  # blocks as the loader emits them
    costs_by_year: dict[str, dict[str, int | float]] = field(default_factory=dict)
    cost_rows: list[tuple[str, dict[str, str], int]] = field(default_factory=list)  # label, year → printed, line
    # label → {R5: figure, …} of every row of a cost grid (運行委託料, 車両購入費, the total, 財源 rows)
    cost_items: dict[str, dict[str, int | float]] = field(default_factory=dict)
    cost_unit: str = ""

    def merge(self, other: "Grids") -> None:
        """Another reader's grids (of other lines) added to these."""
        self.lines |= other.lines
        self.indicators += other.indicators
        for year, figures in other.costs_by_year.items():
            for name, figure in figures.items():
                self.costs_by_year.setdefault(year, {}).setdefault(name, figure)
        self.cost_rows += other.cost_rows
        for label, by_year in other.cost_items.items():
            self.cost_items.setdefault(label, by_year)
        self.cost_unit = self.cost_unit or other.cost_unit


def _years(cells: list[str]) -> list[tuple[int, str, str]]:
    """(column, label R5, as printed) of each fiscal year heading the row."""
    out = []
    for column, cell in enumerate(cells):
        # A year and nothing else (「令和5年度決算」 heads a settled column, the loader's own cost table).
        label = year_label(cell) if cell and _YEAR_ONLY_RE.fullmatch(nfkc(cell).replace(" ", "")) else None
        if label:
            out.append((column, label, cell))
    return out


def _loaders_own(heads: list[str]) -> bool:
    """A table the loader reads its own way: a money table headed 区分/年度 over its years (its settled
    year read from the sheet), or an indicator table with a 指標名 column."""
    keys = [re.sub(r"\s+", "", nfkc(h)) for h in heads]
    return keys[0] in ("区分", "年度", "歳出", "歳入") or any(k.startswith("指標名") for k in keys)


def read(text: str) -> Grids:
    grids = Grids()
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        cells = [clean(c) for c in lines[index].split("\t")]
        years = _years(cells)
        first = years[0][0] if years else 0
        heads = [c for c in cells[:first] if c]
        if len(years) < 2 or not heads or any(_number(c) is not None for c in heads) or _loaders_own(heads) \
                or [c for c, _, _ in years] != list(range(first, first + len(years))):
            index += 1
            continue
        index = _grid(lines, index, cells, years, grids)
    return grids


def _grid(lines: list[str], header: int, heads: list[str], years: list[tuple[int, str, str]], grids: Grids) -> int:
    """Read the rows under one heading row; the index of the first line after them."""
    n = len(years)
    unit_column = next((i for i, c in enumerate(heads) if c == "単位"), -1)
    blocks: dict[str, dict[str, object]] = {}
    name = ""
    index = header + 1
    rows = 0
    while index < len(lines) and "\t" in lines[index]:
        cells = [clean(c) for c in lines[index].split("\t")]
        figures = [_number(c) for c in cells[-n:]] if len(cells) > n else []
        if len(figures) != n or any(f is None for f in figures):
            break
        words = cells[:-n]
        asked = [w for w in words if nfkc(w).replace(" ", "") in _ROW_WORDS]
        if asked:
            if words[0] and words[0] not in asked:
                name = words[0]
            if not name:
                break
            block = blocks.get(name)
            if block is None:
                kind = _KIND_RE.match(nfkc(name))
                block = blocks[name] = {"type": kind.group(1) if kind else "指標", "type_note": "",
                                        "indicator": clean(kind.group(2)) if kind and kind.group(2) else name,
                                        "line": index + 1, "years": [{"year": label, "year_label": printed, "line": header + 1}
                                                                     for _, label, printed in years]}
            what = _ROW_WORDS[nfkc(asked[0]).replace(" ", "")]
            unit = words[unit_column] if 0 <= unit_column < len(words) else ""
            if unit:
                block["unit"] = unit
            for entry, figure in zip(block["years"], figures):  # type: ignore[arg-type]
                entry[what] = figure
        elif len(words) == 1 and words[0]:
            label = words[0]
            grids.cost_rows.append((label, {printed: cells[-n + i] for i, (_, _, printed) in enumerate(years)}, index + 1))
            key = nfkc(label).replace(" ", "")
            grids.cost_items.setdefault(label, {year: figure for (_, year, _), figure in zip(years, figures)})  # type: ignore[misc]
            name_of = ("total_cost" if _TOTAL_RE.search(key) else "general_revenue" if _GENERAL_RE.search(key)
                       else "specific_revenue" if _SPECIFIC_RE.search(key) else "")
            if name_of:
                for (_, year, _), figure in zip(years, figures):
                    grids.costs_by_year.setdefault(year, {}).setdefault(name_of, figure)  # type: ignore[arg-type]
            unit = _UNIT_RE.search(nfkc(" ".join(heads)))
            if unit and not grids.cost_unit:
                grids.cost_unit = unit.group(1)
        else:
            break
        rows += 1
        index += 1
    if rows == 0:
        return header + 1
    grids.lines.update(range(header + 1, index + 1))
    for block in blocks.values():
        for entry in block["years"]:  # type: ignore[union-attr]
            entry.setdefault("plan", None)
            entry.setdefault("actual", None)
            entry.setdefault("goal", None)
            entry.setdefault("remark", "")
            entry["unit"] = block.get("unit", "")
            target = entry["plan"] or entry["goal"]
            if entry.get("rate") is None and target and entry["actual"] is not None:
                # 達成率 = 実績 ÷ 目標 × 100, to one decimal, as such sheets print it.
                entry["rate"] = round(entry["actual"] / target * 100, 1)  # type: ignore[operator]
            entry.setdefault("rate", None)
        grids.indicators.append(block)
    return index
