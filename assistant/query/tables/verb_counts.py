"""「全部で何人が回答した」 over a column 回答数: the people a verb says (回答した) are the numbers of the
column named by that verb's stem and 数 (回答数, 参加者数 of 参加した), summed over the rows; not how
many rows there are."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_WHO_DID = re.compile(r"何(?P<unit>人|名|件|社|団体)(?:が|の人が)?(?P<stem>[一-龥]{2,4})(?:し|され)(?:た|ている|てる|ました)")


def column_of_verb(t, qn: str) -> tuple[str, tuple[int, int]] | None:
    """The one numeric column the verb after 何人 names (its stem + 数 / 者数), and the verb's span."""
    m = _WHO_DID.search(qn)
    if not m:
        return None
    stem = m.group("stem")
    said = [c for c in t.columns if c.numeric and _key(c.base) in (stem + "数", stem + "者数", stem + "件数", stem + "人数")]
    if len(said) > 1:
        # 「令和6年度は全部で何人が回答した」 over 令和5年度 回答数 | 令和6年度 回答数: the year said
        years = [y.fiscal_year for y in find_years(nfkc(qn))]
        said = [c for c in said if years and c.year == years[-1]]
    return (said[0].header, m.span("stem")) if len(said) == 1 else None
