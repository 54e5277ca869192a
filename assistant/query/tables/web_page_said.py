"""「ホームページで進捗状況が「遅れ」になっている取組」「HP上の進捗」: the town's web page said as where the rows are
shown names the document that is a saved web page (its source an .html file), no word of its rows."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

# The web page said as the place something is shown: 「ホームページで」「HP上の」「ウェブサイトに載っている」 (keyed text:
# lower case, katakana as hiragana, no spaces). A bare 「ホームページの」 is left alone: 「ホームページのリニューアル」 is an item's own name.
_WEB_PAGE = compiled(r"(?:町|市|村|区)?(?:の)?(?:ほーむぺーじ|hp|うぇぶさいと|うぇぶぺーじ|webさいと|webぺーじ|公式さいと)"
                     r"(?:上で|上の|上に|上では|で|では|に(?=載|掲載|出))")


def web_page_said(source: str, qn: str) -> tuple[int, int] | None:
    """The span of the words saying the web page, when the table's document is one (.html, .htm); else None."""
    if not re.search(r"\.html?$", source or "", re.IGNORECASE):
        return None
    m = _WEB_PAGE.search(qn)
    return m.span() if m else None
