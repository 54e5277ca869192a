"""「R5提案分の削減時間」「令和４年度提案分のもの」 over rows under headings 「令和５年度提案分」 (a page's h2 per year): the
heading said with its year in any spelling (R5, Ｒ５年度, 令和5年度) is that heading's value, read before the year alone is
read as a year of the table's columns (it has none for it)."""
from __future__ import annotations

import re
from typing import Callable

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_ERA_LETTER = {"令和": "r", "平成": "h"}
# 「令和5年度提案分」: an era's year, then what of that year the rows are (2–6 characters)
_YEAR_HEADED = re.compile(r"(?P<era>令和|平成)(?P<n>\d{1,2}|元)年度(?P<rest>[一-龥ぁ-んァ-ヶー]{2,6})")


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
