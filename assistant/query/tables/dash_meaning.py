"""「令和４年度はまだ実施してなかった取組」 over a year's column whose dash a note defines as not done
(「※実績欄の「－」は、当該年度に未実施又は集計を行っていないもの。」): the year's cell printing the dash.

The verb is read only as the note words it (未実施 → 実施していない); the note's whole meaning is said in the
condition, as the dash may mean more than the verb (未集計 too)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「「－」は、当該年度に未実施又は…」「－：未実施」: a dash defined, the first 未X of its definition
_NOTE = compiled(r"[「『]?\s*[-－―ー—–]\s*[」』]?\s*(?:は|:|：)\s*[、,]?(?P<meaning>[^。]{0,30}?未(?P<verb>[一-龥]{2})(?=[又及等]|[^一-龥]|$)[^。]{0,30})")
# 「「－」は当該年度に取組を開始していないため評価していない」: a dash defined by a kango verb negated (開始していない)
_NOTE_NEGATED = compiled(r"[「『]?\s*[-－―ー—–]\s*[」』]?\s*(?:は|:|：)\s*[、,]?(?P<meaning>[^。]{0,30}?(?P<verb>[一-龥]{2})(?:して|されて)いない[^。]{0,30})")
# the native verb said for a kango one (開始 → 始まっていない, 始めていない)
_NATIVE = {"開始": r"始ま(?:って|っ)|始め(?:て)?", "実施": r"やって", "着手": r"手を(?:付|つ)けて"}
_DASHES = {"-", "－", "―", "ー", "—", "–", "‐"}


def _dash_meanings(db, t) -> list[tuple[str, str]]:
    """(verb, meaning) of each note of the table's document on its dash; read from the whole text once per table."""
    from assistant.query.tables.per_table import document_text, memo_of

    memo = memo_of(t)
    if "dash_meanings" not in memo:
        text = nfkc(document_text(db, t.source))
        memo["dash_meanings"] = list(dict.fromkeys((m.group("verb"), m.group("meaning").strip())
                                                   for pattern in (_NOTE, _NOTE_NEGATED) for m in pattern.finditer(text)))
    return memo["dash_meanings"]


def read_dash_meant(db, t, qn: str, mentions: list, free, take) -> None:
    """The verb of the note's 未X, negated right after a fiscal year said (「令和４年度はまだ実施してなかった」), as that
    year's one column holding dashes printing the dash."""
    years = [m for m in mentions if m.kind == "year" and isinstance(m.data, tuple) and isinstance(m.data[0], int)
             and (len(m.data) < 2 or not m.data[1])]
    if len(years) != 1:
        return
    year = years[0]
    for verb, meaning in _dash_meanings(db, t):
        native = rf"|(?:{_NATIVE[verb]})(?:い)?な(?:かった|い|く)" if verb in _NATIVE else ""
        said = re.compile(rf"(?:は|に|には|で|では|の時点で|時点で)?\s*(?:まだ|いまだ|未だ)?\s*(?:{verb}(?:して|され|し|されて)(?:い)?な(?:かった|い|く)"
                          rf"|{verb}していません(?:でした)?|未{verb}(?:だった|の)?{native})")
        m = said.match(qn, year.end)
        if m is None or not free(*m.span()):
            continue
        cols = [c for c in t.columns if c.year == year.data[0] and any(
            nfkc(str(r["cells"].get(c.header) or "")).strip() in _DASHES for r in t.rows)]
        if len(cols) != 1:
            return
        mentions.remove(year)
        take(year.start, m.end(), "dash_meant", (cols[0].header, meaning))
        return
