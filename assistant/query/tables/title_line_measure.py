"""The measure a document's title line names for its table when the table's caption does not (「月別来庁者数（窓口）」
above a table captioned only 「（単位：人）」): 来庁者数 — and 来庁者, said without its counter — only says what the
cells are, as a caption's 「…別の待ち時間」 does (question._read_measure_words).

Read from the lines printed before the table (after any earlier table), never from the words of one document."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「月別来庁者数（窓口）」「施設別利用者数」: the measure after 別, what the document is (一覧, 集計) dropped.
_AFTER_BY = re.compile(r"別の?((?:(?![とやの及別])[一-龥ァ-ヶー]){2,10}?)(?:調査結果|調査|結果|一覧表?|集計表?|状況|実績|の?推移|表)?"
                       r"(?:\s|$|[（(])")
# The counter a measure ends in, left off when said (来庁者数 → 来庁者, 利用件数 → 利用)
_COUNTER = re.compile(r"(?<=[一-龥ァ-ヶー]{2})(?:数|件数|人数|量)$")


def title_line_measure(db, t) -> str:
    """The measure the one title line above the table names after 別, or "" (none, or more than one). Kept in the
    table's memo: it reads and normalises the document's whole text, and readers ask it for every table at every
    question."""
    from assistant.query.tables.per_table import memo_of

    memo = memo_of(t)
    if "title_line_measure" not in memo:
        memo["title_line_measure"] = _title_line_measure(db, t)
    return memo["title_line_measure"]


def _title_line_measure(db, t) -> str:
    if not t.rows or not any(c.numeric for c in t.columns):
        return ""
    first = min(int(r.get("line") or 0) for r in t.rows)
    if first <= 1:
        return ""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    lines = nfkc((row[0] if row else "") or "").splitlines()[:first - 1]
    # (only the lines after the last line that reads as a row of cells: the title of this table, not of one above)
    start = max((i + 1 for i, line in enumerate(lines[:-1]) if line.count("\t") >= 2), default=0)
    said = {m.group(1) for line in lines[start:] if len(line) <= 40 and (m := _AFTER_BY.search(line.strip()))}
    if len(said) != 1:
        return ""
    measure = said.pop()
    if any(measure in nfkc(c.header) or nfkc(c.header) in measure for c in t.columns if len(nfkc(c.header)) >= 2):
        return ""
    return measure


def measure_forms(measure: str) -> list[str]:
    """The measure as said: itself, then without its counter (来庁者数, 来庁者)."""
    bare = _COUNTER.sub("", measure)
    return [measure] + ([bare] if bare != measure else [])


def as_title_line_measure(db, question: str, tables) -> str:
    """The question with the title line's measure said of a column dropped (「南支所の来庁者のほうが多かった」 is
    南支所のほうが多かった; 「来庁者数（計）」 is 計), so that the column's own readings (compared, ranked) see it."""
    text = nfkc(question)
    for t in tables:
        measure = t.memo.setdefault("title_line_measure", title_line_measure(db, t))
        if not measure or _part_is_other_column(measure, t, tables):
            continue
        heads = sorted({nfkc(c.header) for c in t.columns if c.numeric}, key=len, reverse=True)
        forms = "|".join(re.escape(f) for f in measure_forms(measure))
        alt = "|".join(re.escape(h) for h in heads)
        if not alt:
            continue
        out = re.sub(rf"(?P<h>{alt})の(?:{forms})(?=の|が|は|を|も|で|より|[、,?？]|$)", r"\g<h>", text)
        out = re.sub(rf"(?:{forms})\s*[(（](?P<h>{alt})[)）]", r"\g<h>", out)
        if out != text:
            return out
    return question


def _part_is_other_column(measure: str, t, tables) -> bool:
    """Whether another table has a column whose header holds only a part of the measure (評価 of 評価令和6年度
    against 「柱別評価点」's 評価点): the measure, said whole, is then what names this table, and dropping it
    would leave the question to the other table's column, the rest of the word (点) silently lost."""
    parts = {measure[:n] for n in range(2, len(measure))}
    return bool(parts) and any(
        o is not t and any(p in h and measure not in h for p in parts for h in (nfkc(c.header) for c in o.columns))
        for o in tables)


def title_line_years(db, t) -> set[int]:
    """The fiscal years the title lines above a table of month rows name (「令和６年度 月別来庁者数」 → {2024}): the
    year its months are of, which a question says to name the table (「Ｒ６で…一番多かった月」), no column of it."""
    from assistant.query.tables.bare_month_spans import month_column
    from assistant.query.tables.cells import _report_years

    if not month_column(t) or any(c.year is not None for c in t.columns):
        return set()
    first = min(int(r.get("line") or 0) for r in t.rows)
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    lines = nfkc((row[0] if row else "") or "").splitlines()[:max(first - 1, 0)]
    start = max((i + 1 for i, line in enumerate(lines[:-1]) if line.count("\t") >= 2), default=0)
    years = set()
    for line in lines[start:]:
        if len(line) <= 40:
            years |= _report_years(line)
    return years | _report_years(t.doc_title)
