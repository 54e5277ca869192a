"""和暦 ↔ fiscal year: R4 / 令和4年度 / Ｒ４ / H17 / 平成17年度 / 2022年度 all name FY 2022 or FY 2005."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.normalize import nfkc

_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}
_YEAR_RE = re.compile(
    r"(?P<era>令和|平成|(?<![A-Za-z])[RrHh])\s*(?P<n>元|\d{1,2})(?![\d.])(?!\s*年\s*\d{1,2}\s*月)\s*(?:年度|年)?"
    r"|(?<!\d)(?P<west>(?:19|20)\d{2})\s*年度"
)


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    fiscal_year: int  # western, e.g. 2022

    @property
    def label(self) -> str:
        return fy_label(self.fiscal_year)


def fy_label(fiscal_year: int) -> str:
    """2022 → "R4", 2005 → "H17" (the notation the documents use)."""
    if fiscal_year >= 2019:
        return f"R{fiscal_year - 2018}"
    return f"H{fiscal_year - 1988}"


def label_to_fy(label: str) -> int | None:
    """"R4" / "令和4年度" / "2022年度" → 2022; None when it is not a year."""
    found = find_years(label)
    return found[0].fiscal_year if found else None


def find_years(text: str) -> list[YearMention]:
    """Every fiscal-year mention in the (NFKC-normalised) text, with its span."""
    text = nfkc(text)
    out: list[YearMention] = []
    for m in _YEAR_RE.finditer(text):
        if m.group("west"):
            fy = int(m.group("west"))
        else:
            era = m.group("era")
            base = _ERA_BASE[era.upper() if len(era) == 1 else era]
            n = 1 if m.group("n") == "元" else int(m.group("n"))
            fy = base + n
        out.append(YearMention(m.start(), m.end(), fy))
    return out


def era_date(era: str, year: int, month: int, day: int | None = None) -> str:
    """令和7年3月 → "2025-03" (with a day, "2025-03-31")."""
    western = _ERA_BASE[era] + year
    return f"{western:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
