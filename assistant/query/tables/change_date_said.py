"""「10月からはいくら」 over a table of figures before and after a revision whose title dates it (「…改定一覧（令和７年
10月１日改定）」, 現行料金 | 改定後料金): the month the revision takes effect, said with から/以降, names the column after
it, as 「改定後」 would. The month is read from the table's own title or caption, never fixed here."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_NEW = re.compile(r"^(?:改定後|改正後|改訂後|見直し後|変更後)\s*(?P<base>\S.*)$")
_OLD = re.compile(r"^(?:現行|改定前|改正前|改訂前|見直し前|変更前)\s*(?P<base>\S.*)$")
# 「令和７年10月１日改定」「10月から改定」: the month the revision takes effect
_DATED = re.compile(r"(?<!\d)(\d{1,2})月(?:\d{1,2}日)?(?:から|より)?(?:の)?(?:改定|改正|改訂|施行|見直し|適用)")
# 「10月からは」「10月以降の」: a month said as the time from which
_SAID = re.compile(r"(?<!\d)(\d{1,2})月(?:\d{1,2}日)?(?:から|以降)")


def _base(header: str, side: re.Pattern) -> str:
    m = side.match(_BRACKETS.sub("", nfkc(header)).strip())
    return m.group("base").strip() if m else ""


def change_date_forms(t, qn: str) -> list[tuple[str, str, str]]:
    """(the words said, "col", the after-side column) for a month said that is the month the table's title dates
    its revision; none unless the table has exactly one measure printed before and after."""
    olds = {_base(c.header, _OLD) for c in t.columns if c.numeric} - {""}
    news = [c.header for c in t.columns if c.numeric and _base(c.header, _NEW) in olds]
    if len(news) != 1:
        return []
    months = {int(m.group(1)) for text in (t.doc_title, t.caption) for m in _DATED.finditer(nfkc(text or ""))}
    return [(m.group(0), "col", news[0]) for m in _SAID.finditer(qn) if int(m.group(1)) in months]
