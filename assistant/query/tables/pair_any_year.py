"""「実績が計画を上回った年度がある事業」「…上回った年度が一度もない事業」 over year columns of two series
(令和3年度計画 | 令和3年度実績 | … 令和6年度実績): the two compared in some year printed (or in none), not in the
latest year alone, which the comparison is read with when no year is said. Read only where the question says no
year and the two series are printed for two years or more."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「…年度がある」「…年度が一度もない」「…年は一回もなかった」
_SOME_YEAR = re.compile(r"(?:年度|年)\s*(?:が|は|も)?\s*(?P<never>一度も|1度も|一回も|1回も|いちども)?\s*"
                        r"(?:(?P<neg>な(?:い|かった))|(?:ある|あった|あります))")
_VERB = {"cols_gt": "を上回る", "cols_lt": "を下回る", "cols_ge": "以上の", "cols_le": "以下の", "cols_eq": "と同じ", "cols_ne": "と異なる"}


def pair_in_any_year(t, qn: str, conds: list, taken: list[tuple[int, int]], cond_type) -> list:
    """The conditions with the one comparison of two columns of a year replaced by that comparison in some year
    (op "or") or in none (op "not_any"); the words saying so are taken."""
    m = _SOME_YEAR.search(qn)
    if m is None or find_years(nfkc(qn)) or (m.group("never") and not m.group("neg")):
        return conds
    pairs = [c for c in conds if c.op in _VERB and c.header.count("|") == 1]
    if len(pairs) != 1:
        return conds
    c = pairs[0]
    a, b = c.header.split("|")
    if a not in {x.header for x in t.columns} or b not in {x.header for x in t.columns}:
        return conds
    ca, cb = t.column(a), t.column(b)
    # (「交付額が上限額と同じ年度がある」: a column of no year, 上限額, is the same for each year of the other)
    fixed = cb.year is None and cb.numeric
    if ca.year is None or (ca.year != cb.year and not fixed) or ca.base == cb.base:
        return conds
    parts = []
    for y in sorted({x.year for x in t.columns if x.year is not None}):
        xa = next((x for x in t.columns if x.year == y and x.base == ca.base and x.numeric), None)
        xb = cb if fixed else next((x for x in t.columns if x.year == y and x.base == cb.base and x.numeric), None)
        if xa is not None and xb is not None:
            parts.append(cond_type(f"{xa.header}|{xb.header}", c.op, c.value, f"{xa.header}が{xb.header}{_VERB[c.op]}"))
    if len(parts) < 2:
        return conds
    negated = bool(m.group("neg"))
    said = f"{ca.base}が{cb.base or cb.header}{_VERB[c.op]}年度が{'一度もない' if negated else 'ある'}"
    taken.append(m.span())
    return [x for x in conds if x is not c] + [cond_type(c.header, "not_any" if negated else "or", parts, said)]
