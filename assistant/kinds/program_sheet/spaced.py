"""A sheet printed as plain text, its cells apart by spaces: the lines read as rows of tab-separated cells.

A text sheet has no `|` or tab to mark its cells; what a line holds tells its shape instead:
a row label over fiscal years (区分　令和4年度　令和5年度), a row label and its figures (事業費　3,100
3,350), a year with its figures each after its word (令和4年度　計画 12　実績 12　達成率 100.0%), a
known label and its value (事業名　　図書館ボランティア…), and a sheet's number beside its label in a title line
(■ 事務事業評価シート（…）　事業番号 R5-0112). Each becomes the row of cells the readers already know.
"""
from __future__ import annotations

import re
from typing import Callable

from assistant.text.normalize import nfkc
from assistant.text.wareki import year_label

# A printed year cell: 令和4年度, 2023年度, R4, with 決算/予算 after it (令和5年度決算).
# Between a year's figures and their words: spaces, commas (never a thousands separator: 1,342), slashes,
# a colon.
YEAR_LINE_SPLIT = re.compile(r"(?:[\s、／/：:]|[,，](?!\d{3}(?!\d)))+")
_BUDGETED_RE = re.compile(r"(?:決算|予算|見込|実績)$")
_FIGURE_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
# A cell left blank in a text row is printed as a dash.
_BLANK = {"-", "－", "―", "—", "‐"}
# The sheet's number beside its label with a space (事業番号 R5-0112): a code holds a digit.
CODE_SPACED_RE = re.compile(
    r"(?:^|(?<=\s))(事務事業コード|事務事業番号|事業番号)[ \t\u3000]*([0-9A-Za-z][0-9A-Za-z-]*)(?=\s|$)")


def is_year(cell: str) -> bool:
    return year_label(_BUDGETED_RE.sub("", nfkc(cell).strip())) is not None


def is_figure(cell: str) -> bool:
    text = nfkc(cell).strip()
    return bool(_FIGURE_RE.match(text)) or text in _BLANK


def code_in_line(line: str) -> re.Match[str] | None:
    """The sheet's number and its label in a line, apart by a space; None when the line holds none."""
    match = CODE_SPACED_RE.search(line)
    return match if match and re.search(r"\d", match.group(2)) else None


def spaced_row(line: str, is_label: Callable[[str], bool], is_column_word: Callable[[str], bool]) -> str | None:
    """The line as a tab-separated row when its shape says what its cells are; None otherwise.

    `is_label` tells a field's label (事業名), `is_column_word` a word of an indicator's figure (計画, 実績)."""
    if "\t" in line or "|" in line:
        return None
    # 「令和4年度　計画 12　実績 13　達成率 108.3%」 (or 「令和5年度：計画 12、実績 11、達成率 91.7%」): a
    # year, then each figure after its word.
    words = [w for w in YEAR_LINE_SPLIT.split(line.strip()) if w]
    if len(words) >= 3 and len(words) % 2 == 1 and is_year(words[0]) and all(
            is_column_word(words[i]) and is_figure(words[i + 1]) for i in range(1, len(words), 2)):
        return "\t".join(words)
    if re.search(r"[：:]", line):
        return None
    tokens = line.split()  # any run of spaces, the ideographic one too
    if len(tokens) < 2:
        return None
    first, rest = tokens[0], tokens[1:]
    if len(rest) >= 2 and (all(is_year(t) for t in rest) or all(is_figure(t) for t in rest)):
        # 区分　令和4年度　令和5年度　令和6年度 / 事業費　3,100　3,350　3,720
        return "\t".join(tokens)
    if is_label(re.sub(r"\s+", "", nfkc(first))):
        # 事業名　　図書館ボランティア育成事業: a label the sheet knows, then its value.
        return f"{first}\t{line.strip()[len(first):].strip()}"
    return None


_UNIT_BRACKET_RE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def titled_grids(rows: list[str], read_by_loader: Callable[[str], bool] = lambda title: False) -> list[str]:
    """A heading over a row of years alone and a row of figures alone (【事業費（千円）】 / 2023年度 2024年度 /
    18,500 21,200): the heading names both rows, as a grid's label cell does (事業費（千円） │ 2023年度 …,
    事業費 │ 18,500 …), so the figures are read as that row's by year; over 「区分 │ years」 and labelled rows,
    it names the grid in the corner, unless the loader reads that heading's table its own way (【コスト】, its
    settled year). Line for line; other rows as they are."""
    out = list(rows)
    for i in range(len(out) - 2):
        heading = out[i].rstrip("\t")
        if not heading.startswith("■") or "\t" in heading:
            continue
        years, figures = out[i + 1].split("\t"), out[i + 2].split("\t")
        if years[0] == "区分" and len(years) >= 3 and all(is_year(y) for y in years[1:]) \
                and not read_by_loader(heading.lstrip("■").strip()):
            # 「区分 │ 2023年度 │ …」 under the heading, then labelled rows (事業費 │ 18,500, 一般財源 │ 10,000):
            # the heading names the grid, so each row is read by year (not its first figure as the program's).
            out[i + 1] = "\t".join([heading.lstrip("■").strip(), *years[1:]])
            continue
        if len(years) >= 2 and len(years) == len(figures) and all(is_year(y) for y in years) \
                and all(is_figure(f) for f in figures):
            title = heading.lstrip("■").strip()
            out[i + 1] = f"{title}\t{out[i + 1]}"
            out[i + 2] = f"{_UNIT_BRACKET_RE.sub('', title)}\t{out[i + 2]}"
    return out
