"""Cells holding two things, read as two columns: a period 「令和4年4月1日～令和9年3月31日」 is its first and
its last day (「指定期間の終わり」「満了する」), and 「令和5年度 84,210人 ／ 令和6年度 88,905人」 is a figure per
fiscal year (the column's measure in each year's column, as a table printing them apart would have).

Only a column whose every filled cell has the same shape is split; the columns made are named from the
column's own header, so nothing of one document is written here."""
from __future__ import annotations

import re

from assistant.query.tables.cells import _EMPTY, _days
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_RANGE = compiled(r"^(.+?日)\s*(?:[~～〜\-ー－]|から)\s*(.+?日)(?:まで)?$")
_YEAR_FIGURE = compiled(r"([^/／、,]*?年度)\s*[:：]?\s*([\d,，.]+)\s*([^\d\s/／、]{0,3})")
_PARTS = compiled(r"\s*[/／、]\s*")

# 「主：企画政策課 関：総務課、住民課」: a department cell naming the main one and the related ones by a mark each
_ROLES = compiled(r"^主(?:担当)?\s*[:：]\s*(?P<main>[^\s:：]+?)(?:\s*(?:関|副|関係)\s*[:：]\s*(?P<rel>\S.*))?$")
_ROLE_HEADS = ("主担当課", "関係課")
_ROLE_WORDS = (("主担当課", "主担当", "主管課", "主な担当課"), ("関係課", "関係", "副担当課", "副担当", "関係部署"))

_SPLIT_PERIODS = False
# What the first and the last day of a period are said as.
_FIRST_WORDS = ("開始日", "始まり", "始期", "開始")
_LAST_WORDS = ("終了日", "終わり", "満了日", "満了", "終期", "期限", "終了")


def split_cells(headers: list[str], rows: list[dict]) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """The headers with the split columns (their cells written into the rows) and, for each column made,
    the words it is said by."""
    out: list[str] = []
    forms: dict[str, tuple[str, ...]] = {}
    for h in headers:
        values = [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows]
        filled = [v for v in values if v and v not in _EMPTY]
        out.append(h)
        if len(filled) < 2:
            continue
        base = re.sub(r"[(（][^)）]*[)）]", "", nfkc(h)).strip()
        # (a period is left whole: the table's reading of a span's end, 「指定期間が終わる」, reads it; split, the two
        # days took the question from it — m57-005. Its first and last day asked apart are not read yet.)
        if _SPLIT_PERIODS and base and all(_RANGE.match(v) and len(_days(v)) == 2 for v in filled):
            first, last = f"{base}開始日", f"{base}終了日"
            for r, v in zip(rows, values):
                days = _days(v) if v and v not in _EMPTY else []
                m = _RANGE.match(v) if days else None
                r["cells"][first] = m.group(1).strip() if m else ""
                r["cells"][last] = m.group(2).strip() if m else ""
            out += [first, last]
            forms[first] = tuple(f"{base}{w}" for w in _FIRST_WORDS) + tuple(f"{base}の{w}" for w in _FIRST_WORDS)
            forms[last] = tuple(f"{base}{w}" for w in _LAST_WORDS) + tuple(f"{base}の{w}" for w in _LAST_WORDS) \
                + tuple(f"{base}が{w}" for w in _LAST_WORDS) + _LAST_WORDS
            continue
        roles = [_ROLES.match(v) for v in filled]
        if all(roles) and any(m.group("rel") for m in roles):
            # (「主：企画政策課 関：総務課、住民課」: the main department and the related ones, a column each, said as
            # 主担当課 / 関係課; the joined cell stays, for a department said with neither)
            main, rel = _ROLE_HEADS
            for r, v in zip(rows, values):
                m = _ROLES.match(v) if v and v not in _EMPTY else None
                r["cells"][main] = m.group("main").strip() if m else ""
                r["cells"][rel] = (m.group("rel") or "").strip() if m else ""
            out += [main, rel]
            forms[main] = _ROLE_WORDS[0]
            forms[rel] = _ROLE_WORDS[1]
            continue
        split = [_year_figures(v) for v in filled]
        years = [tuple(y for y, _, _ in s) for s in split]
        if base and all(len(s) >= 2 for s in split) and len(set(years)) == 1:
            out.pop()  # (the figures stand in their years' columns; the joined cell is no figure)
            unit = split[0][0][2]
            made = []
            for y in years[0]:
                header = f"{fy_text(y)} {base}" + (f"({unit})" if unit else "")
                made.append(header)
            for r, v in zip(rows, values):
                got = dict((y, n) for y, n, _ in _year_figures(v)) if v and v not in _EMPTY else {}
                for y, header in zip(years[0], made):
                    r["cells"][header] = got.get(y, "")
            out += made
    return out, forms


def _year_figures(value: str) -> list[tuple[int, str, str]]:
    """(fiscal year, figure, unit) of each part 「令和5年度 84,210人」 of a cell, or [] when a part is other."""
    got = []
    for part in _PARTS.split(value):
        if not part:
            continue
        m = _YEAR_FIGURE.fullmatch(part)
        years = find_years(m.group(1)) if m else []
        if not m or len(years) != 1:
            return []
        got.append((years[0].fiscal_year, m.group(2).replace("，", ","), m.group(3)))
    return got
