"""和暦 ↔ fiscal year: R4 / 令和4年度 / Ｒ４ / H17 / 平成17年度 / 2022年度 all name FY 2022 or FY 2005."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.text.normalize import nfkc

# 昭和 only as the word: a lone S is a grade (S評価), never an era.
_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}
# Any number of digits (R10, 令和12年度): no edition's years are written into the pattern.
# (「R4-003」 is an item's code, its serial zero-padded or of three digits after the hyphen, no year)
_YEAR_RE = re.compile(
    r"(?P<era>令和|平成|昭和|(?<![A-Za-z])[RrHh])\s*(?P<n>元|\d{1,3})(?![\d.])(?![-‐－−](?:0\d|\d{3}))"
    r"(?!\s*年\s*\d{1,2}\s*月)\s*(?:年度|年)?"
    r"|(?<!\d)(?P<west>(?:19|20|21)\d{2})\s*年度"
)
# Calendar mentions: a month date (令和7年3月, 2025年3月) or a western year without 年度 (2023年).
_DATE_RE = re.compile(
    r"(?:(?P<era>令和|平成|昭和|(?<![A-Za-z])[RrHh])\s*(?P<n>元|\d{1,3})|(?<!\d)(?P<west>(?:19|20|21)\d{2}))"
    r"\s*年\s*(?:(?P<month>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?|(?!度))"
)
# A month abbreviated as tables print periods: R2.4〜R7.3 (令和2年4月から令和7年3月), R7.3.31.
_DOTTED_RE = re.compile(r"(?<![A-Za-z\d.])(?P<era>[RrHh])\s*(?P<n>元|\d{1,2})\.(?P<month>\d{1,2})(?:\.\d{1,2})?(?![\d.])")


@dataclass(frozen=True)
class YearMention:
    """A year said in a text (wareki or western), its span and the fiscal year it names."""
    start: int
    end: int
    fiscal_year: int  # western, e.g. 2022
    # A western calendar year with no month (2023年): its fiscal year is a guess (Apr 2023–Mar 2024
    # is FY 2023, but Jan–Mar 2023 belongs to FY 2022).
    ambiguous: bool = False
    calendar: bool = False  # written as a calendar date, converted by the fiscal-year rule

    @property
    def label(self) -> str:
        return fy_label(self.fiscal_year)


def fy_label(fiscal_year: int) -> str:
    """2022 → "R4", 2005 → "H17" (the notation the documents use)."""
    if fiscal_year >= 2019:
        return f"R{fiscal_year - 2018}"
    if fiscal_year <= 1988:
        return f"S{fiscal_year - 1925}"
    return f"H{fiscal_year - 1988}"


def fy_text(fiscal_year: int) -> str:
    """2025 → "令和7年度", 2016 → "平成28年度" (as a summary says it)."""
    label = fy_label(fiscal_year)
    n = label[1:]
    # The first year of an era is printed 元年, as the documents do (令和元年度 = 平成31年度).
    era = {"R": "令和", "H": "平成", "S": "昭和"}[label[0]]
    return f"{era}{'元' if n == '1' else n}年度"


def date_text(iso: str) -> str:
    """"2026-02-06" → "令和8年2月6日（2026年2月6日・令和7年度）": a date as staff read it, with the
    fiscal year it falls in; anything else is returned as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(iso).strip())
    if not m:
        return str(iso)
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    if (y, mo, d or 1) >= (2019, 5, 1):
        era, n = "令和", y - 2018
    elif y >= 1989:
        era, n = "平成", y - 1988
    else:
        return str(iso)
    day = f"{d}日" if d else ""
    return (f"{era}{'元' if n == 1 else n}年{mo}月{day}（{y}年{mo}月{day}・"
            f"{fy_text(fiscal_year_of(y, mo))}）")


def fiscal_year_of(year: int, month: int) -> int:
    """The fiscal year (April to March) a calendar month falls in: 2025-03 → 2024."""
    return year - 1 if month <= 3 else year


def label_to_fy(label: str) -> int | None:
    """"R4" / "令和4年度" / "2022年度" → 2022; None when it is not a year."""
    found = find_years(label)
    return found[0].fiscal_year if found else None


def _era_year(era: str, n: str) -> int:
    base = _ERA_BASE[era.upper() if len(era) == 1 else era]
    return base + (1 if n == "元" else int(n))


def find_years(text: str, calendar: bool = False) -> list[YearMention]:
    """Every fiscal-year mention in the (NFKC-normalised) text, with its span. With `calendar`,
    calendar dates count too: 令和7年3月 is FY R6, 2023年 is FY 2023 marked ambiguous."""
    if len(text) <= 200:  # (a cell or a question, read by many steps of one answer: worked out once)
        return list(_years_of_short(text, calendar))
    return _find_years(text, calendar)


@lru_cache(maxsize=1 << 15)
def _years_of_short(text: str, calendar: bool) -> tuple[YearMention, ...]:
    return tuple(_find_years(text, calendar))


def _find_years(text: str, calendar: bool) -> list[YearMention]:
    text = nfkc(text)
    out: list[YearMention] = []
    for m in _YEAR_RE.finditer(text):
        fy = int(m.group("west")) if m.group("west") else _era_year(m.group("era"), m.group("n"))
        out.append(YearMention(m.start(), m.end(), fy))
    if not calendar:
        return out
    taken = [(y.start, y.end) for y in out]
    for m in _DATE_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = int(m.group("west")) if m.group("west") else _era_year(m.group("era"), m.group("n"))
        month = m.group("month")
        if month:
            out.append(YearMention(m.start(), m.end(), fiscal_year_of(year, int(month)), calendar=True))
        elif m.group("west"):
            out.append(YearMention(m.start(), m.end(), year, ambiguous=True, calendar=True))
    for m in _DOTTED_RE.finditer(text):
        if 1 <= int(m.group("month")) <= 12 and not any(s < m.end() and m.start() < e for s, e in taken):
            year = _era_year(m.group("era"), m.group("n"))
            out.append(YearMention(m.start(), m.end(), fiscal_year_of(year, int(m.group("month"))), calendar=True))
    out.sort(key=lambda y: y.start)
    return out


def era_date(era: str, year: int, month: int, day: int | None = None) -> str:
    """令和7年3月 → "2025-03" (with a day, "2025-03-31")."""
    western = _ERA_BASE[era] + year
    return f"{western:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


# A cell or header that is nothing but a fiscal-year label as tables print it: R4, Ｒ４, R 4, R4年度,
# 令和4年度, H30, 平成元年度. The era is kept as printed (H31 stays H31), because field names follow
# the printed label.
# An edition may head its years in the western calendar (2021年度): the same label (R3), so that
# fields and questions need not know which calendar the document used. A bare number (2021) is no label.
_LABEL_RE = re.compile(r"^(?:(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})\s*(?:年度)?|(?P<west>(?:19|20)\d{2})\s*年度)$")
_ERA_LETTER = {"令和": "R", "平成": "H", "R": "R", "H": "H"}


@lru_cache(maxsize=8192)  # a table's cells repeat (R2 … R5 on every sheet); parsing asks ~10,000 times
def year_label(cell: str) -> str | None:
    """'R 4' / '令和4年度' / 'Ｈ30' / '2021年度' → 'R4' / 'R4' / 'H30' / 'R3'; None when the cell is not a year label."""
    match = _LABEL_RE.match(nfkc(cell).strip())
    if not match:
        return None
    if match.group("west"):
        return fy_label(int(match.group("west"))) if int(match.group("west")) >= 1989 else None
    era = _ERA_LETTER[match.group("era").upper() if len(match.group("era")) == 1 else match.group("era")]
    n = 1 if match.group("n") == "元" else int(match.group("n"))
    return f"{era}{n}" if n > 0 else None


def label_fiscal_year(label: str) -> int:
    """'R4' → 2022, 'H30' → 2018 (a label as year_label returns it)."""
    return _ERA_BASE[label[0]] + int(label[1:])


def label_field(label: str) -> str:
    """The record field for a printed year: 'R4' → 'r4', 'H30' → 'h30' (era letter + number)."""
    return label.lower()


def era_year(era: str, n: int) -> int:
    """Western calendar year of 令和n年 / 平成n年 / Rn / Hn (元年 is n = 1)."""
    return _ERA_BASE[era.upper() if len(era) == 1 else era] + n
