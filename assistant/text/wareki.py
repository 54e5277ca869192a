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


# A cell or header that is nothing but a fiscal-year label as tables print it: R4, Ｒ４, R 4, R4年度,
# 令和4年度, H30, 平成元年度. The era is kept as printed (H31 stays H31), because field names follow
# the printed label.
_LABEL_RE = re.compile(r"^(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})\s*(?:年度)?$")
_ERA_LETTER = {"令和": "R", "平成": "H", "R": "R", "H": "H"}


def year_label(cell: str) -> str | None:
    """'R 4' / '令和4年度' / 'Ｈ30' → 'R4' / 'R4' / 'H30'; None when the cell is not a year label."""
    match = _LABEL_RE.match(nfkc(cell).strip())
    if not match:
        return None
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
