"""The base year (基準年度) said by that word, over tables that mark one year's column as the base.

「令和６年度の電気使用量が基準年度より増えた施設」 over 電気使用量 by 平成30年度（基準） │ 令和4年度 │ … : the base year is
the year of the column marked 基準, and the change is read between the two years' columns as for any two years said.
「基準年度から30%以上削減できた施設」 over a column 基準年度比削減率: the rate of the base is that column's figure
(「基準年度比の削減率が30%以上の施設」)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

# A year's column marked as the base: 「平成30年度（基準）」「基準年度（平成30年度）」「平成30年度(基準年度)」
_MARKED = re.compile(r"(?:令和|平成|昭和)(?:\d{1,2}|元)年度?[(（]基準(?:年度?)?[)）]|基準年度?[(（](?:令和|平成|昭和)(?:\d{1,2}|元)年度?[)）]")
# The base year said as the year another is compared with (not 基準年度比, a column's own word)
_BASE_COMPARED = re.compile(r"基準(?:の)?年度?(?!比)(?=\s*(?:より|から|と比べ|に比べ|と比較|に比較))")
_CHANGED = re.compile(r"増|減|上回|下回|伸び|多くな|少なくな")
# A share asked (何％減った, 削減率は): the rate, printed in the text or a column, not the rows compared
_RATE_ASKED = re.compile(r"何\s*[%％]|何パーセント|率|割合|どれ(?:くらい|ぐらい|だけ)|いくら|いくつ減|何[千万]?kWh")
# 「基準年度から30%以上削減できた」: a rate from the base said with the verb of the column's rate
_RATE_FROM = re.compile(r"(?P<base>(?<![一-龥])[一-龥]{2,6}?)(?:から|と比べて|に比べて|より)\s*(?P<n>\d+(?:\.\d+)?)\s*[%％]\s*"
                        r"(?P<op>以上|超|を超え|未満|以下)\s*(?:も)?\s*(?P<verb>削減|減少|低減|減|増加|増)"
                        r"(?:でき(?:た|ている|てる)|し(?:た|ている|てる)|(?:っ|え)(?:た|ている|てる))(?:の)?")
_DOWN_RATES = ("削減率", "減少率", "低減率")
_UP_RATES = ("増加率", "伸び率")


def _flat(text: str) -> str:
    return "".join(nfkc(str(text or "")).split())


def base_year(tables) -> int | None:
    """The one fiscal year the tables' columns mark as the base, None when none or several are marked."""
    years = set()
    for t in tables:
        for c in t.columns:
            for m in _MARKED.finditer(_flat(c.header)):
                years |= {y.fiscal_year for y in find_years(m.group(0))}
    return years.pop() if len(years) == 1 else None


def _rate_column_word(tables, base: str, verb: str) -> str:
    """The rate word (削減率) of a column headed 「<base>比…率」 fitting the verb's direction, "" when none or several."""
    rates = _UP_RATES if verb.startswith("増") else _DOWN_RATES
    found = {r for t in tables for c in t.columns for r in rates
             if _flat(c.header).startswith(f"{base}比") and r in _flat(c.header)}
    return found.pop() if len(found) == 1 else ""


def as_base_year_said(read: str, tables) -> str:
    """The question with the base year said as the base column's year, and a rate from the base said as the
    column of that rate; unchanged where the tables mark no base or print no such column."""
    text = nfkc(read)
    m = _RATE_FROM.search(text)
    if m is not None and (rate := _rate_column_word(tables, m.group("base"), m.group("verb"))):
        return text[:m.start()] + f"{m.group('base')}比の{rate}が{m.group('n')}%{m.group('op')}の" + text[m.end():]
    m = _BASE_COMPARED.search(text)
    if m is None or not _CHANGED.search(text[m.end():]) or _RATE_ASKED.search(text):
        return read
    # (another year said: the two years' columns are compared, as 「令和５年度から６年度にかけて」 is read)
    if not find_years(text[:m.start()] + text[m.end():]):
        return read
    base = base_year(tables)
    if base is None:
        return read
    return text[:m.start()] + fy_text(base) + text[m.end():]
