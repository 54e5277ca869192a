"""「現地説明会をやらない物件」 over a column 現地説明会 of dates with 「実施しません」 in one cell: the question's
negated doing (やらない, 実施しない, 行わない, 開催しない) of the thing the column is names the cell that declines it.
Only a cell saying so in words is taken; a blank or a dash could be no data as much as none held."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# A cell declining the thing its column is: 「実施しません」「開催なし」「行わない」「予定なし」 (not a bare 「なし」)
_DECLINED = re.compile(r"^(?:(?:実施|開催|予定|設定)?\s*(?:しません|しない|なし|無し|ありません)|行いません|行わない|未実施)[。.]?$")
# A bare word of absence, no doing declined in it: 「なし」「無し」「ありません」
_BARE_NONE = re.compile(r"^(?:なし|無し|ありません)[。.]?$")
# The thing said, then a negated doing: 「をやらない」「は実施しない」「を行わない」「のない」
_NOT_DONE = compiled(r"\s*(?:を|は|が|の)?\s*(?:やら|実施し|行わ|開催し|予定し|し)(?:ない|なかった|ません|ず)"
                     r"|\s*(?:が|は|の)?\s*(?:ない|無い|なし|ありません)")


def declined_said(t, qn: str) -> list[tuple[int, int, str, str]]:
    """(start, end, header, printed cell) for each column said with a negated doing whose cells hold one that declines
    it (and others that do not, so the column is of the thing held or not)."""
    found = []
    for c in t.columns:
        if c.numeric:
            continue
        printed = set(printed_cells(t, c.header)) - {""}
        # (a bare 「なし」 of a column of names, 導入ツール: なし, is that column's value of none, read as main reads it
        # — 「前年度はツールなしだった」 is that year's cell empty, not a doing declined: made91 m91-006)
        declined = sorted(p for p in printed if _DECLINED.match(p) and not _BARE_NONE.match(p))
        if len(declined) != 1 or len(printed) < 2:
            continue
        for form in sorted({_key(f) for f in c.forms if len(_key(f)) >= 3}, key=len, reverse=True):
            hits = [(m.start(), verb.end()) for m in re.finditer(re.escape(form), qn) if (verb := _NOT_DONE.match(qn, m.end()))]
            if hits:
                found += [(s, e, c.header, declined[0]) for s, e in hits]
                break
    return found


def declines(t, header: str, raw) -> bool:
    """Whether the cell `raw` of the text column `header` declines the thing the column is (「実施しません」 among
    dates): 「現地説明会がある物件」 is not that row, as 「…をやらない」 is. Taken where the column holds one such cell
    beside others, as declined_said reads the column."""
    cell = nfkc(str(raw or "")).strip()
    if not _DECLINED.match(cell) or any(c.header == header and c.numeric for c in t.columns):
        return False
    printed = {nfkc(str(r["cells"].get(header) or "")).strip() for r in t.rows} - {""}
    return len(printed) >= 2 and sum(1 for p in printed if _DECLINED.match(p)) == 1
