"""Case studies as the rows of one table (a workbook's sheet, a CSV): a header naming each case's municipality
(団体名・自治体名), its title (取組名・事例名) and what it achieved (効果・成果) or did (概要・取組内容), then one
row per case under its number (No.・番号).

Known by the shape of its header, never by a collection's names: the columns are read by their headings, so
any order and any extra column do. The prefecture (都道府県), 分野 (the case's topic) and 開始年度 (西暦 or 和暦)
are read when the table has them. The cases are the loader's _Case, their heading worded as the ★/〈…〉
layout's (「長野県松陽市の取組事例:AI-OCRによる申請処理」) so that places and title are read the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.case_studies import measured
from assistant.kinds.case_studies.measured import measured_columns
from assistant.model import ParsedDocument, Passage
from assistant.text.normalize import clean, nfkc

_NO = {"no", "no.", "番号", "事例番号", "事例no", "事例no."}
_PLACE = ("団体名", "自治体名", "自治体", "市町村名", "市区町村名", "団体")
_PREFECTURE = ("都道府県", "都道府県名")
_TITLE = ("取組名", "事例名", "取組名称", "事例", "取組")
_AREA = ("分野", "テーマ", "取組分野")
_START = ("開始年度", "開始時期", "導入年度", "実施年度")
_SUMMARY = ("概要", "取組内容", "取組の概要", "内容", "事業概要")
_EFFECTS = ("効果", "成果", "取組の効果", "導入効果", "主な効果", "成果・効果")


@dataclass
class Columns:
    header: int  # 0-based line of the header
    no: int
    place: int
    title: int
    prefecture: int = -1
    area: int = -1
    start: int = -1
    summary: int = -1
    effects: int = -1
    population: int = -1
    # Columns of a figure the case achieved, one per unit (効果（時間/年）, 効果（千円/年）): (index, field, header)
    figures: tuple[tuple[int, str, str], ...] = ()


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def _find(cells: list[str], names: tuple[str, ...] | set[str]) -> int:
    keys = [re.sub(r"\s+", "", nfkc(c)).lower() for c in cells]
    return next((i for i, k in enumerate(keys) if k in names), -1)


# A column of what changed (収納率の変化（現年度分） │ +0.4ポイント): the case's effect, written with its heading.
_CHANGE_RE = re.compile(r"^[^()（）]{1,12}の?変化(?:[(（][^)）]*[)）])?$")


def _change(cells: list[str]) -> int:
    keys = [re.sub(r"\s+", "", nfkc(c)) for c in cells]
    return next((i for i, k in enumerate(keys) if _CHANGE_RE.match(k)), -1)


def find_columns(lines: list[str]) -> Columns | None:
    """The header of a table of cases, one a row; None when no line heads one."""
    for index, line in enumerate(lines[:50]):
        if "\t" not in line:
            continue
        cells = _cells(line)
        found = Columns(index, _find(cells, _NO), _find(cells, _PLACE), _find(cells, _TITLE),
                        _find(cells, _PREFECTURE), _find(cells, _AREA), _find(cells, _START),
                        _find(cells, _SUMMARY), _find(cells, _EFFECTS))
        if found.effects < 0:
            found.effects = _change(cells)
        found.population, found.figures = measured_columns(cells)
        if min(found.no, found.place, found.title) < 0 or max(found.summary, found.effects) < 0:
            continue
        if len(_rows(lines, found)) >= 2:
            return found
    return None


def detect(text: str) -> bool:
    """A table of two cases or more, under a title saying they are cases (事例), or naming each case's
    prefecture (都道府県): other municipalities' cases, not a plan's own items."""
    lines = text.splitlines()
    found = find_columns(lines)
    return found is not None and ("事例" in "\n".join(lines[:5]) or found.prefecture >= 0)


def _rows(lines: list[str], columns: Columns) -> list[tuple[int, list[str]]]:
    out = []
    for index in range(columns.header + 1, len(lines)):
        cells = _cells(lines[index])
        if not any(cells):
            if out:
                break
            continue
        if columns.no < len(cells) and re.fullmatch(r"\d{1,3}", nfkc(cells[columns.no])) \
                and columns.place < len(cells) and cells[columns.place]:
            out.append((index, cells))
        elif out:
            break
    return out


def cases(lines: list[str], case_type) -> list[tuple[str, object]]:
    """(number as printed, case) of every row. `case_type` is the loader's _Case."""
    columns = find_columns(lines)
    if columns is None:
        return []
    out: list[tuple[str, object]] = []
    for index, cells in _rows(lines, columns):
        def cell(i: int) -> str:
            return cells[i] if 0 <= i < len(cells) else ""

        line_no = index + 1
        place = cell(columns.place)
        prefecture = cell(columns.prefecture)
        place = place if not prefecture or place.startswith(prefecture) else f"{prefecture}{place}"
        title = cell(columns.title)
        case = case_type(line=line_no, heading=f"{place}の取組事例:{title}" if title else place, topic=cell(columns.area))
        case.end_line = line_no
        if cell(columns.summary):
            case.parts["measures"].append((line_no, cell(columns.summary)))
        if cell(columns.effects):
            effect = cell(columns.effects)
            heading = _cells(lines[columns.header])[columns.effects]
            if _find([heading], _EFFECTS) < 0:
                effect = f"{heading}：{effect}"  # (+0.4ポイント says what only beside its heading)
            case.parts["effects"].append((line_no, effect))
        case.start_year = cell(columns.start)
        if columns.population >= 0:
            case.population = measured.number(cell(columns.population))
        for index_, name, header in columns.figures:
            value = measured.number(cell(index_))
            if value is not None:
                case.figures[name] = value
                if name == "effect_amount" and (unit := re.search(r"(百万円|千万円|千円|万円|億円|円)", nfkc(header))):
                    case.figures["effect_unit"] = unit.group(1)  # (the column's unit: 効果（千円/年）)
                case.parts["effects"].append((line_no, f"{header}：{cell(index_)}"))
        out.append((str(int(nfkc(cell(columns.no)))), case))
    return out


def front_matter(doc: ParsedDocument, lines: list[str], source: str) -> None:
    """The lines above the table (the title, who compiled it): the document's own text."""
    columns = find_columns(lines)
    for index, line in enumerate(lines[: columns.header if columns else 0]):
        stripped = clean(line.replace("\t", " "))
        if stripped:
            doc.passages.append(Passage(f"doc:{source}", "text", stripped, source, index + 1))
