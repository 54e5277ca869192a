"""「R4までは何件分の予算だった？」→「R6は？」: a figure a passage prints right after a year (「R4まで15件分の予算
だったが、…R5:24件、R6:28件と予算を増額した」), in the unit asked. 「まで」 said after the year is printed too (the
figure up to that year is not the figure of that year). Read from the passages shown: the answer stays a search."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label

# 「何件分」「何人」「何回」: the unit asked (分: a quantity the figure is worth, 「15件分の予算」).
_ASKED = compiled(r"何\s*(?P<unit>件|人|名|回|台|本|枚|冊|か所|箇所|団体|社|校|世帯|施設|日|時間)(?P<worth>分)?")
_SAME_UNIT = {"名": "人|名", "人": "人|名"}


def asked(question: str) -> str:
    """The quantity a question asks (「何件分」), "" when none: what a follow-up 「R6は？」 asks again."""
    m = _ASKED.search(nfkc(question))
    return m.group(0) if m else ""


def _spellings(fiscal_year: int) -> str:
    label = fy_label(fiscal_year)
    era, n = label[0], label[1:]
    word = {"R": "令和", "H": "平成"}.get(era, "")
    first = "元|1" if n == "1" else n
    return rf"(?<![A-Za-z\d])(?:{era}\s*(?:{first})|{word}\s*(?:{first})|{fiscal_year})(?!\d)\s*(?:年度|年)?"


def figure_of_year(question: str, excerpts: list[dict]) -> tuple[int, str, dict] | None:
    """The one figure the passages print right after the one year the question says, in the unit asked."""
    text = nfkc(question)
    unit = _ASKED.search(text)
    years = find_years(text)
    if unit is None or len({y.fiscal_year for y in years}) != 1:
        return None
    until = bool(re.match(r"\s*(?:年度)?\s*まで", text[years[0].end:]))
    units = _SAME_UNIT.get(unit.group("unit"), re.escape(unit.group("unit")))
    printed = compiled(_spellings(years[0].fiscal_year) + (r"\s*まで(?:に|は|で)?" if until else r"(?!\s*まで)\s*(?:は|に|で)?")
                       + r"\s*[:：]?\s*(\d[\d,]*)\s*(?:" + units + r")")
    found: dict[str, tuple[str, dict]] = {}
    for e in excerpts:
        body = nfkc(str(e.get("text", "")))
        for m in printed.finditer(body):
            found.setdefault(m.group(1).replace(",", ""), (m.group(0).strip(), e))
    if len(found) != 1:
        return None
    number, (phrase, excerpt) = next(iter(found.items()))
    return int(number), phrase, excerpt
