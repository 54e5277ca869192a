"""A workbook's grid whose fiscal-year headings each span two or more columns (merged cells).

Found by its shape, never by a sheet's words or years: a heading row with two or more fiscal years
(「令和5年度」, 「令和5年度決算」) at evenly spaced columns, the cells between them blank (the merged
span). A block label merged down over the grid's rows comes out repeated in each row's first cell.

* An indicator grid: a second heading row names what each column of a year's span holds (目標 │ 実績);
  each row then names its indicator's kind (活動指標 / 成果指標), its name (under 指標名) and unit (under
  単位), and gives one figure per sub-column.
* A cost grid: no second heading row; each row is a label (決算額, うち特定財源, うち一般財源) and one
  figure per year, in the first cell of the year's span. The total (決算額, 事業費, …合計) and the
  revenue rows become the program's figures by year (costs_by_year); every row is kept by label too.

The result is year_grid's Grids, so the loader takes both the same way.
"""
from __future__ import annotations

import re

from assistant.kinds.program_sheet.year_grid import Grids, _number
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

_YEAR_HEAD_RE = re.compile(r"((?:令和|平成)(?:\d{1,2}|元)年度|(?:19|20)\d{2}年度)(決算|予算|見込|実績)?")
_SUB_WORDS = {"目標": "goal", "目標値": "goal", "計画": "plan", "計画値": "plan", "実績": "actual", "実績値": "actual",
              "達成率": "rate"}
_KIND_RE = re.compile(r"^(活動指標|成果指標)$")
# Cost rows by their label's end (「うち一般財源」 is the general revenue of the total above it).
_TOTAL_RE = re.compile(r"(?:決算額|事業費|合計|総額|総事業費)$")
_GENERAL_RE = re.compile(r"一般財源$")
_SPECIFIC_RE = re.compile(r"特定財源$")
_UNIT_RE = re.compile(r"[(（]\s*(?:単位\s*[:：]\s*)?(千円|百万円|万円|円)\s*[)）]")


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def _spanned_years(cells: list[str]) -> tuple[list[tuple[int, str, str]], int]:
    """(column, label, printed) of the years heading the row and the span each takes; ([], 0) unless
    two or more years stand at evenly spaced columns two or more apart with only blanks between."""
    years = []
    for column, cell in enumerate(cells):
        match = _YEAR_HEAD_RE.fullmatch(nfkc(cell).replace(" ", ""))
        if match and year_label(match.group(1)):
            years.append((column, year_label(match.group(1)), cell))
    if len(years) < 2:
        return [], 0
    gaps = {b[0] - a[0] for a, b in zip(years, years[1:])}
    span = gaps.pop() if len(gaps) == 1 else 0
    if span < 2 or any(cells[c + k] for c, _, _ in years for k in range(1, span) if c + k < len(cells)):
        return [], 0
    return years, span


def read(text: str) -> Grids:
    grids = Grids()
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        cells = _cells(lines[index])
        years, span = _spanned_years(cells)
        if not years or any(_number(c) is not None for c in cells[:years[0][0]]):
            index += 1
            continue
        index = _grid(lines, index, cells, years, span, grids)
    return grids


def _grid(lines: list[str], header: int, heads: list[str], years: list[tuple[int, str, str]], span: int,
          grids: Grids) -> int:
    first = years[0][0]
    index = header + 1
    sub: dict[int, str] = {}  # column → goal/actual/… under a year's span
    if index < len(lines):
        below = _cells(lines[index])
        words = {c + k: _SUB_WORDS.get(nfkc(below[c + k]).replace(" ", ""), "")
                 for c, _, _ in years for k in range(span) if c + k < len(below)}
        if words and all(words.values()):
            sub, index = words, index + 1
    name_column = next((i for i, c in enumerate(heads[:first]) if c.startswith("指標名")), -1)
    unit_column = next((i for i, c in enumerate(heads[:first]) if c == "単位"), -1)
    block_label = heads[0]
    unit = _UNIT_RE.search(nfkc(" ".join(heads[:first])))
    rows = 0
    while index < len(lines) and "\t" in lines[index]:
        cells = _cells(lines[index]) + [""] * (years[-1][0] + span)
        words = [c for i, c in enumerate(cells[:first]) if c and not (i == 0 and c == block_label)]
        if sub:
            kind = next((w for w in words if _KIND_RE.match(nfkc(w))), "")
            name = cells[name_column] if name_column >= 0 else next((w for w in words if w != kind), "")
            figures = {column: _number(cells[column]) for column in sub}
            if not name or all(f is None for f in figures.values()):
                break
            block: dict[str, object] = {"type": kind or "指標", "type_note": "", "indicator": name,
                                        "line": index + 1, "unit": cells[unit_column] if unit_column >= 0 else "",
                                        "years": []}
            for column, label, printed in years:
                entry: dict[str, object] = {"year": label, "year_label": printed, "line": header + 1,
                                            "plan": None, "actual": None, "goal": None, "rate": None, "remark": "",
                                            "unit": block["unit"]}
                for k in range(span):
                    if column + k in sub:
                        entry[sub[column + k]] = figures[column + k]
                target = entry["plan"] or entry["goal"]
                if entry["rate"] is None and target and entry["actual"] is not None:
                    # 達成率 = 実績 ÷ 目標 × 100, to one decimal, as such sheets print it.
                    entry["rate"] = round(entry["actual"] / target * 100, 1)  # type: ignore[operator]
                block["years"].append(entry)  # type: ignore[union-attr]
            grids.indicators.append(block)
        else:
            figures_by_year = {label: next((f for k in range(span) if (f := _number(cells[column + k])) is not None), None)
                               for column, label, _ in years}
            if len(words) != 1 or all(f is None for f in figures_by_year.values()):
                break
            label = words[0]
            printed = {p: next((cells[c + k] for k in range(span) if cells[c + k]), "") for c, _, p in years}
            grids.cost_rows.append((label, printed, index + 1))
            grids.cost_items.setdefault(label, {y: f for y, f in figures_by_year.items() if f is not None})
            key = nfkc(label).replace(" ", "")
            name_of = ("general_revenue" if _GENERAL_RE.search(key) else "specific_revenue" if _SPECIFIC_RE.search(key)
                       else "total_cost" if _TOTAL_RE.search(key) else "")
            if name_of:
                for year, figure in figures_by_year.items():
                    if figure is not None:
                        grids.costs_by_year.setdefault(year, {}).setdefault(name_of, figure)
            if unit and not grids.cost_unit:
                grids.cost_unit = unit.group(1)
        rows += 1
        index += 1
    if rows == 0:
        return header + 1
    grids.lines.update(range(header + 1, index + 1))
    return index
