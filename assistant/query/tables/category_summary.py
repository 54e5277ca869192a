"""A summary table by category (区分 │ 件数 │ 交付額 over 継続, 見直し, 縮小, 廃止) beside the list it sums up (one row
per subsidy, its 評価区分 one of those words): a question that reads on both (「縮小って判定されたのは何件」
「令和７年度予算が６年度の交付額より増えるのは？」) asks for the list's rows, not the categories, unless it calls
the rows by the summary's own word for them (「…いちばん大きい区分は？」)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# A total row of the summary (合計, 計, 総計) names no category.
_TOTAL = re.compile(r"(?:合計|総計|小計|計)")


def _key(text: str) -> str:
    return "".join(nfkc(str(text or "")).split())


def summarises(summary, listing) -> bool:
    """Whether every category the summary table's name column prints (its total left out) is a value of one text
    column of the listing, which has more rows than the summary: the summary counts the listing's rows by it."""
    name = name_column(summary)
    if not name or summary is listing or len(listing.rows) <= len(summary.rows):
        return False
    names = {_key(r["cells"].get(name)) for r in summary.rows} - {""}
    names = {n for n in names if not _TOTAL.fullmatch(n)}
    if len(names) < 2:
        return False
    for c in listing.columns:
        if c.numeric or c.header == listing.name:
            continue
        values = {_key(r["cells"].get(c.header)) for r in listing.rows}
        if names <= values:
            return True
    return False


def name_column(table) -> str:
    """The column naming the table's rows: its own, else its one text column (判定区分 beside counts and amounts)."""
    if table.name:
        return table.name
    texts = [c.header for c in table.columns if not c.numeric]
    return texts[0] if len(texts) == 1 else ""


def without_summaries(readings: list, qn: str, unused: dict) -> list:
    """The readings left when those of a summary of another reading's listing are dropped, where the listing reads
    the question as well (as high a score, no more words unread); a summary whose rows the question calls by the
    word of its name column (区分) stays, and so does one reading what the listing does not (「分野ごとの委員会評価」)."""
    def as_well(listing, summary) -> bool:
        return listing.score >= summary.score \
            and len(unused.get(id(listing), [])) <= len(unused.get(id(summary), []))

    kept = [r for r in readings
            if not (name_column(r.table) and _key(name_column(r.table)) not in qn
                    and any(as_well(o, r) and summarises(r.table, o.table) for o in readings if o is not r))]
    return kept or readings
