"""「R5提案分の削減時間」「令和４年度提案分のもの」 over rows under headings 「令和５年度提案分」 (a page's h2 per year): the
heading said with its year in any spelling (R5, Ｒ５年度, 令和5年度) is that heading's value, read before the year alone is
read as a year of the table's columns (it has none for it).

「令和４年度に採用された提案」「R4とR5に採用された」 over headings 「令和４年度採用分」: the years said, then the doing
the heading's rows are that year's share of (採用 of 採用分), are those headings too — not the years of the table's
columns (実施状況 令和4年度末), which say when a row stood so, not when it was taken up."""
from __future__ import annotations

import re
from typing import Callable

from assistant.query.facts import _key
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_ERA_LETTER = {"令和": "r", "平成": "h"}
# 「令和5年度提案分」: an era's year, then what of that year the rows are (2–6 characters)
_YEAR_HEADED = re.compile(r"(?P<era>令和|平成)(?P<n>\d{1,2}|元)年度(?P<rest>[一-龥ぁ-んァ-ヶー]{2,6})")
_ERA_FIRST = {"令和": 2019, "平成": 1989}
# 「６年度に」: a year said without its era, read in the era of the headings when they are all of one
_BARE_YEAR = re.compile(r"(?<![\d元一-龥a-z])(?P<n>\d{1,2}|元)年度")
# the words joining years said together: 「R4とR5」「令和4・5年度」
_YEARS_JOINED = re.compile(r"\s*(?:と|・|、|,|や|及び|および|又は|または)\s*")


def read_year_headings(t, qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    """Take each spelling of a year's heading the question says as that value of its column."""
    values: dict[str, set[str]] = {}
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number):
            continue
        for r in t.rows:
            v = _key(nfkc(str(r["cells"].get(c.header) or "")).strip())
            if _YEAR_HEADED.fullmatch(v):
                values.setdefault(v, set()).add(c.header)
    forms = []
    for v, holders in values.items():
        m = _YEAR_HEADED.fullmatch(v)
        n = "1" if m.group("n") == "元" else m.group("n")
        letter = _ERA_LETTER[m.group("era")]
        for year in (f"{m.group('era')}{m.group('n')}年度", f"{m.group('era')}{n}年度", f"{letter}{n}年度", f"{letter}{n}"):
            forms.append((year + m.group("rest"), v, holders))
    for form, v, holders in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(re.escape(form), qn):
            if free(*m.span()):
                take(*m.span(), "value", (v, set(holders)))
    _read_done_in_years(values, qn, free, take)


def _read_done_in_years(values: dict[str, set[str]], qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    """「R4とR5に採用された」 over headings 「令和4年度採用分」「令和5年度採用分」: each year said is its heading, the
    verb (採用 of 採用分) read with the last; nothing when a year said has no such heading."""
    shares: dict[str, dict[int, tuple[str, set[str]]]] = {}  # 採用 → fiscal year → (heading, its columns)
    eras = set()
    for v, holders in values.items():
        m = _YEAR_HEADED.fullmatch(v)
        if m.group("rest").endswith("分") and len(m.group("rest")) >= 3:
            n = 1 if m.group("n") == "元" else int(m.group("n"))
            shares.setdefault(m.group("rest")[:-1], {})[_ERA_FIRST[m.group("era")] + n - 1] = (v, holders)
            eras.add(m.group("era"))
    if not shares:
        return
    years = [(y.start, y.end, y.fiscal_year) for y in find_years(qn, calendar=True)]
    if len(eras) == 1:
        era_first = _ERA_FIRST[next(iter(eras))]
        years += [(b.start(), b.end(), era_first + (1 if b.group("n") == "元" else int(b.group("n"))) - 1)
                  for b in _BARE_YEAR.finditer(qn) if not any(s <= b.start() < e for s, e, _ in years)]
    years.sort()
    for stem, of_year in shares.items():
        for done in re.finditer(r"(?:に|で)" + re.escape(stem) + r"(?:された|されている|され|した|している|し|になった|となった)?", qn):
            said = [y for y in years if y[1] == done.start()]
            while said and (before := [y for y in years if y[1] <= said[0][0]
                                       and _YEARS_JOINED.fullmatch(qn[y[1]:said[0][0]])]):
                said.insert(0, before[-1])
            if not said or not all(fy in of_year for _, _, fy in said):
                continue
            spans = [(s, e) for s, e, _ in said[:-1]] + [(said[-1][0], done.end())]
            if all(free(*span) for span in spans):
                for span, (_, _, fy) in zip(spans, said):
                    v, holders = of_year[fy]
                    take(*span, "value", (v, set(holders)))
