"""Cells of a workbook laid out a sheet per initiative that the block reader (initiative_sheets) reads through here:
a heading row that states the committee's score in a cell of its own (「柱1 …」 in A1, 「懇話会評価：3.8」 in H1),
an end-year cell saying the item goes on in brackets (「―（継続中）」), a 備考 saying the year an item was added
(「2025年度追加」), and the departments sharing an item with its main one (関係課 beside 主担当課)."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import COMMITTEE, cells, ended_year
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import fy_label, year_label

# 「懇話会評価：3.8」, 「委員会評価 4.1点」, 「懇話会評価：3.8／5」: the body's score of the initiative.
_SCORE_RE = re.compile(r"^(?P<word>" + COMMITTEE + r"評価|" + COMMITTEE + r"の評価)\s*[:：]?\s*(?P<n>\d+(?:[.．]\d+)?)\s*点?"
                       r"\s*(?:[/／]\s*\d+(?:[.．]\d+)?\s*点?)?$")
# 「―（継続中）」, 「-(継続)」: no end year, the item goes on.
_GOING_ON_RE = re.compile(r"^[-―—－‐ー]?\s*[(（]?\s*(?:継続|継続中|実施中|取組中)\s*[)）]?$")
# 「2025年度追加」, 「令和7年度から追加」, 「R7新規」: the year an item was added during the plan.
_ADDED_RE = re.compile(r"(?P<year>(?:19|20)\d{2}\s*年度|(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?)\s*(?:から|に|より)?\s*(?:追加|新規|新設)")
_WESTERN_RE = re.compile(r"((?:19|20)\d{2})\s*年度")

# Headers of the column naming the item's main department, and of the one naming those sharing it.
MAIN_HEADS = ("主担当課", "主管課", "主担当部署", "主所管課")
RELATED_HEADS = ("関係課", "関連課", "関係部署", "協力課", "連携課")


def heading_row(line: str) -> tuple[str, dict] | None:
    """(heading, {committee_score, score_word}) of a row whose first cell is a heading and whose only other
    filled cell states the committee's score; None for any other row (a line without tabs is not one)."""
    if "\t" not in line:
        return None
    row = [clean(nfkc(c)) for c in cells(line)]
    if not row or not row[0]:
        return None
    rest = [c for c in row[1:] if c]
    if len(rest) != 1:
        return None
    score = _SCORE_RE.match(no_spaces(rest[0]))
    if not score:
        return None
    return row[0], {"committee_score": float(score.group("n").replace("．", ".")), "score_word": score.group("word")}


# 「計画期間：令和５年度～令和８年度」: the plan's period printed at the right end of a sheet's heading row.
_PERIOD_CELL_RE = re.compile(r"^(?:計画期間|取組期間|期間)\s*[:：]\s*\S")


def period_row(line: str) -> tuple[str, dict] | None:
    """(heading, {}) of a row whose first cell is a heading and whose only other filled cell states the plan's
    period (a sheet per policy: 「基本方針１ …」 │ … │ 「計画期間：令和５年度～令和８年度」); None for any other row."""
    if "\t" not in line:
        return None
    row = [clean(nfkc(c)) for c in cells(line)]
    rest = [c for c in row[1:] if c]
    if not row or not row[0] or len(rest) != 1 or not _PERIOD_CELL_RE.match(rest[0]):
        return None
    return row[0], {}


def ended(cell: str) -> str | None:
    """The end-year cell: a year label, '' when it says the item goes on (「―（継続中）」), None if unread."""
    value = clean(nfkc(cell or ""))
    if _GOING_ON_RE.match(value.replace(" ", "")):
        return ""
    return ended_year(value)


def added_year(remarks: str) -> str:
    """The fiscal-year label a 備考 says the item was added in (「2025年度追加」 → R7), '' when it says none."""
    found = _ADDED_RE.search(nfkc(remarks or ""))
    if not found:
        return ""
    year = no_spaces(found.group("year"))
    western = _WESTERN_RE.match(year)
    if western:
        return fy_label(int(western.group(1)))
    return year_label(year if year.endswith("年度") else year + "年度") or ""


# 「S：計画を上回って進んだ A：計画どおり進んだ B：やや遅れがある C：大きく遅れている」: a letter scale on one line,
# its entries parted by spaces (cells.legend_scale reads one to a line, or in brackets).
_SPACED_LETTER_RE = re.compile(r"(?:^|(?<=\s))([A-Z])\s*[:：=＝]\s*\S")


def spaced_letter_legend(lines: list[str]) -> tuple[str, ...]:
    """The letters of such a line, best first as listed; () when no line lists three, or only A > B > C > D
    (read without a legend)."""
    for line in lines:
        if ":" not in line and "：" not in line:
            continue
        run = _SPACED_LETTER_RE.findall(nfkc(line).strip())
        if len(run) >= 3 and len(set(run)) == len(run) and "".join(run) not in "ABCD":
            return tuple(run)
    return ()


def printed_end(cell: str) -> str:
    """An end-year cell as printed when it states a year in words of an era (「令和7年度」) or that the item goes
    on (「―（継続中）」 → 継続中); '' for a bare label (R7) or a blank, which say nothing more than `ended`."""
    value = clean(nfkc(cell or "")).replace(" ", "")
    going = _GOING_ON_RE.match(value)
    if going:
        return re.sub(r"[-―—－‐ー()（）]", "", value)
    return value if re.match(r"^(?:令和|平成|(?:19|20)\d{2})", value) else ""
