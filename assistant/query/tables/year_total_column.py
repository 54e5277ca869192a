"""「令和７年度の会計年度任用職員は全部で何人？」 over 職種 × {令和６年度, 令和７年度} × {フルタイム, パートタイム, 計}:
the whole of a year is that year's 計 column (added up over the rows), not every column of the year added together
nor the year left unread. Read only where one table has such a 計 under the year said, the question names that
table by its title or caption words, and says none of the year's other columns."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_WHOLE = compiled(r"(?:全部で|全体で|合わせて|あわせて|合計で|トータルで|総計で|総数は|は計)\s*(?:何人|何名|何件|何か所|何箇所|何台|いくつ)")
_TOTAL_BASES = ("計", "合計", "総数")
_TITLE_WORD = re.compile(r"[一-龥ァ-ヶー]{4,}")


def as_year_total(question: str, tables) -> str:
    """The question with 「の計は」 said after the year's words, where it asks one year's whole (see the docstring)."""
    text = nfkc(question)
    whole = _WHOLE.search(text)
    years = {y.fiscal_year for y in find_years(text[:whole.start()])} if whole else set()
    if len(years) != 1:
        return question
    year = years.pop()
    qn = _key(text)
    found = []
    for t in tables:
        of_year = [c for c in t.columns if c.year == year and c.numeric]
        totals = [c for c in of_year if c.base in _TOTAL_BASES]
        if len(totals) != 1 or len(of_year) < 3:
            continue
        named = " ".join(nfkc(x or "") for x in (t.doc_title, t.caption))
        if not any(_key(w) in qn for w in _TITLE_WORD.findall(named)):
            continue
        if any(len(f) >= 2 and _key(f) in qn for c in of_year if c is not totals[0] for f in (c.forms or ())):
            return question  # (「パートタイムは全部で何人」: that column said, read as said)
        found.append(totals[0])
    if len(found) != 1:
        return question
    return text[:whole.start()] + "の" + found[0].base + "は" + text[whole.start():]
