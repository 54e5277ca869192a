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
# 「「－」は交付実績又は予算計上がないことを示す」: a dash defined as the lack of a thing, the things named
_NOTE_LACK = compiled(r"[「『]?\s*[-－―ー—–]\s*[」』]?\s*(?:は|:|：)\s*[、,]?(?:当該年度に|その年度に|該当年度に)?"
                      r"(?P<meaning>(?P<nouns>[一-龥]{2,8}(?:(?:又は|または|及び|もしくは|若しくは|や|・|、)[一-龥]{2,8})*)"
                      r"が(?:ない|無い))")
_DASHES = {"-", "－", "―", "ー", "—", "–", "‐"}


def _dash_meanings(db, source: str) -> list[tuple[str, str]]:
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    text = nfkc((row[0] if row else "") or "")
    return list(dict.fromkeys((m.group("verb"), m.group("meaning").strip()) for m in _NOTE.finditer(text)))


def _lacks(db, source: str) -> list[tuple[str, str]]:
    """(a thing the dash says a cell lacks, the note's words): 「交付実績又は予算計上がない」 → 交付実績, 予算計上."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    text = nfkc((row[0] if row else "") or "")
    return list(dict.fromkeys((noun, m.group("meaning").strip()) for m in _NOTE_LACK.finditer(text)
                              for noun in re.split(r"又は|または|及び|もしくは|若しくは|や|・|、", m.group("nouns")) if noun))


def read_dash_meant(db, t, qn: str, mentions: list, free, take) -> None:
    """The verb of the note's 未X, negated right after a fiscal year said (「令和４年度はまだ実施してなかった」), as that
    year's one column holding dashes printing the dash."""
    years = [m for m in mentions if m.kind == "year" and isinstance(m.data, tuple) and isinstance(m.data[0], int)
             and (len(m.data) < 2 or not m.data[1])]
    if len(years) != 1:
        return
    year = years[0]
    # (「令和4年度には交付実績がなかった」 of a dash defined as 「交付実績…がない」: the thing said lacking that year)
    said_lacks = [(re.compile(rf"(?:は|に|には|で|では|の時点で)?\s*(?:まだ)?\s*{re.escape(noun)}\s*(?:が|は)\s*"
                              r"(?:なかった|ない|無かった|無い|ありません(?:でした)?|なし)"), meaning)
                  for noun, meaning in _lacks(db, t.source)]
    said_verbs = [(re.compile(rf"(?:は|に|には|で|では|の時点で|時点で)?\s*(?:まだ|いまだ|未だ)?\s*(?:{verb}(?:して|され|し|されて)(?:い)?な(?:かった|い|く)"
                              rf"|{verb}していません(?:でした)?|未{verb}(?:だった|の)?)"), meaning)
                  for verb, meaning in _dash_meanings(db, t.source)]
    for said, meaning in said_verbs + said_lacks:
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
