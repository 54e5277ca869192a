"""Marks over a timeline of period columns (令和6年度 第1四半期 … 令和7年度 第4四半期, each ◇ / ◆ / ● or blank;
or R5 … R9 each holding a short stage word, 準備 / 引継 / 移管, or blank):
「準備（◇）が4四半期以上続いている」「移行（◆）が2つの四半期にまたがっている」 is a run of that mark over
consecutive columns at least that long, not the mark in one column; 「令和7年度の第3・第4四半期に◆」 is the mark in
either of the two columns said together (the first named by its number only); 「令和7年度末までに稼働（●）にならない」
is no column up to that year's last holding the mark."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

# 「4四半期以上続いている」「2つの四半期にまたがっている」「3期連続」
_RUN = re.compile(r"(?P<n>\d{1,2})\s*(?:つ|個)?の?\s*(?P<unit>四半期|期|か月|ヶ月|カ月|年度|年)\s*(?:以上)?\s*"
                  r"(?:に)?\s*(?:続い|続け|続く|連続|にまたが|またが|にわた|わた)[ぁ-ん]*")
# 「第3・第4四半期」「第3、第4四半期」「第3と第4四半期」
_PAIR = re.compile(r"第(?P<a>\d)\s*(?:四半期)?\s*(?:・|、|,|と|及び|および)\s*第(?P<b>\d)\s*四半期")


def _timeline(t) -> list[str]:
    """The table's period columns in order (each of a year, holding marks or nothing)."""
    cols = [c for c in t.columns if c.year is not None and not c.numeric]
    return [c.header for c in cols] if len(cols) >= 4 else []


def _stage_words(t, headers: list[str]) -> bool:
    """Whether the period columns hold stage words only (準備 / 引継 / 移管 or blank), each short, as marks are."""
    values = {nfkc(str(r["cells"].get(h) or "")).strip() for r in t.rows for h in headers} - {""}
    return bool(values) and all(len(v) <= 4 and not re.search(r"\d", v) for v in values)


def _mark_conds(reading, headers: list[str]) -> list[Cond]:
    words = _stage_words(reading.table, headers)
    return [c for c in reading.conds if c.op == "eq" and c.header in headers and isinstance(c.value, str)
            and ((len(nfkc(c.value).strip()) == 1 and not nfkc(c.value).strip().isalnum())
                 or (words and len(nfkc(c.value).strip()) >= 2))]


def _said_of_timeline(pattern, question: str, reading):
    """(the table's period columns, the match of the pattern, the marks read on those columns), or None."""
    headers = _timeline(reading.table)
    m = pattern.search(_key(question)) if headers else None
    return (headers, m, _mark_conds(reading, headers)) if m is not None else None


def read_mark_runs(question: str, reading) -> bool:
    """Replace (in place) the one column's mark with a run of the mark; True when done."""
    said = _said_of_timeline(_RUN, question, reading)
    if said is None:
        return False
    headers, m, marks = said
    if len({c.value for c in marks}) != 1:
        return False
    mark, n = marks[0].value, int(m.group("n"))
    if n < 2:
        return False
    for c in marks:
        reading.conds.remove(c)
    reading.conds.append(Cond("|".join(headers), "run_ge", (_key(mark), n), f"{mark}が{n}期以上続く"))
    reading.spans.append(m.span())
    return True


def read_period_pair(question: str, reading) -> bool:
    """「第3・第4四半期に◆」: the mark read of the second column is of either column; True when done."""
    said = _said_of_timeline(_PAIR, question, reading)
    if said is None:
        return False
    t = reading.table
    headers, m, marks = said
    if len(marks) != 1:
        return False
    c = marks[0]
    year = t.column(c.header).year
    second = t.column(c.header).base
    if not second.startswith(f"第{m.group('b')}"):
        return False
    first = next((h for h in headers if t.column(h).year == year and t.column(h).base == second.replace(
        f"第{m.group('b')}", f"第{m.group('a')}", 1)), None)
    if first is None:
        return False
    parts = [Cond(h, "eq", c.value, f"{h}が{c.value}") for h in (first, c.header)]
    reading.conds[reading.conds.index(c)] = Cond(f"{first}|{c.header}", "or", parts,
                                                 f"{first}・{c.header}のいずれかが{c.value}")
    reading.spans.append(m.span())
    return True


# 「令和7年度末までに稼働（●）にならない」「令和7年度中に●にならない」: the year said, up to its end
_BY_YEAR_END = re.compile(r"(?P<year>(?:令和|平成|r|h)\s*(?:元|\d{1,2})\s*年度|(?:19|20)\d{2}\s*年度)\s*"
                          r"(?:末|の末|中|のうち)?\s*(?:まで)?(?:に|で)")
_NOT_BECOME = re.compile(r"(?:に|と)?(?:ならない|ならなかった|なっていない|なってない|ならず|ならん)")


def read_not_by_year_end(question: str, reading) -> bool:
    """Replace (in place) the year's mark conditions (each of its columns holding it) with none of the columns up
    to that year's last holding it, when the question says the mark is not reached by then; True when done."""
    said = _said_of_timeline(_BY_YEAR_END, question, reading)
    if said is None:
        return False
    t, qn = reading.table, _key(question)
    headers, by, marks = said
    if not marks or len({c.value for c in marks}) != 1:
        return False
    mark = marks[0].value
    at = qn.find(_key(mark), by.end())
    if at < 0:
        return False
    after = re.match(r"[)）」』]?\s*", qn[at + len(_key(mark)):])
    neg = _NOT_BECOME.match(qn, at + len(_key(mark)) + after.end())
    if neg is None:
        return False
    found = find_years(nfkc(by.group("year")))
    if not found:
        return False
    fy = found[0].fiscal_year
    span = [h for h in headers if t.column(h).year <= fy]
    if not span:
        return False
    for c in marks:
        reading.conds.remove(c)
    parts = [Cond(h, "eq", mark, f"{h}が{mark}") for h in span]
    reading.conds.append(Cond("|".join(span), "not_any", parts, f"{span[-1]}までに{mark}がない"))
    reading.spans += [by.span(), neg.span()]
    return True


# 「本番移行がいちばん遅い」「稼働が最も早い」: a stage (a legend's meaning) and the extreme of when it comes.
_STAGE_EXTREME = re.compile(r"(?P<stage>[一-龥ァ-ヶーぁ-ん]{2,8}?)(?:が|の時期が|は)\s*(?:いちばん|一番|最も|もっとも)\s*"
                            r"(?P<dir>遅|早|先|後)[ぁ-ん]*")


def read_stage_extreme(db, question: str, reading) -> bool:
    """「その中で本番移行がいちばん遅いのは？」 over a timeline whose legend says ◆ is 移行: of the rows the other
    conditions keep, those whose first period holding the mark is the latest (earliest); True when done."""
    from assistant.query.tables.legend_words import legend_words

    t = reading.table
    headers = _timeline(t)
    if not headers or reading.aggregate:
        return False
    qn = _key(question)
    m = _STAGE_EXTREME.search(qn)
    if m is None:
        return False
    stage = m.group("stage")
    marks = {value for pattern, value, _, meaning in legend_words(db, t)
             if len(value) == 1 and (pattern.search(stage) or _key(meaning) in stage)}
    if len(marks) != 1:
        return False
    mark = marks.pop()
    late = m.group("dir") in ("遅", "後")
    reading.conds = [c for c in reading.conds if not (c.header in headers and c.op == "eq")] + [
        Cond("|".join(headers), "stage_extreme", (mark, late), f"{mark}が最も{'遅い' if late else '早い'}")]
    reading.spans.append(m.span())
    return True


def stage_extreme_rows(t, c: Cond, rows: list[dict]) -> list[dict]:
    """Of the rows, those whose first period holding the mark is the latest (earliest)."""
    mark, late = c.value
    headers = c.header.split("|")
    firsts = {r["key"]: next((i for i, h in enumerate(headers)
                              if _key(nfkc(str(r["cells"].get(h) or "")).strip()) == mark), None) for r in rows}
    firsts = {k: i for k, i in firsts.items() if i is not None}
    if not firsts:
        return []
    best = (max if late else min)(firsts.values())
    return [r for r in rows if firsts.get(r["key"]) == best]


# 「令和6年度のうちに稼働し始めた」「令和7年度中に移行を始める」: the year the stage's mark first appears in.
# (「R6中に」: the short year said without 年度 too)
_BEGUN_IN_YEAR = re.compile(r"(?P<year>(?:令和|平成|r|h)\s*(?:元|\d{1,2})\s*年度|(?:19|20)\d{2}\s*年度|(?<![a-z])[rh]\d{1,2}(?![\d年]))\s*"
                            r"(?:のうちに|のうち|中に|内に|の間に|の間|中)")
# 「実施段階に入る」「実施に移る」: the stage entered, as the stage's beginning
_BEGINS = re.compile(r"(?:し|が)?\s*(?:始め|始ま|はじめ|はじま|開始し|開始さ|スタートし)[ぁ-ん]*"
                     r"|(?:の?(?:段階|期間|フェーズ))?\s*に\s*(?:入|移|移行し|移行す)[ぁ-ん]*")


def read_begun_in_year(question: str, reading, db=None) -> bool:
    """Replace (in place) the mark read of one period (the year's last) with the row's first period holding the
    mark being of the year said; True when done."""
    t = reading.table
    headers = _timeline(t)
    if not headers:
        return False
    qn = _key(question)
    said = _BEGUN_IN_YEAR.search(qn)
    begun = _BEGINS.search(qn, said.end()) if said else None
    if said is None or begun is None:
        return False
    marks = _mark_conds(reading, headers)
    if len({c.value for c in marks}) != 1:
        return False
    found = find_years(nfkc(said.group("year")))
    if not found:
        return False
    fy, mark = found[0].fiscal_year, marks[0].value
    if not any(t.column(h).year == fy for h in headers):
        return False
    for c in marks:
        reading.conds.remove(c)
    reading.conds.append(Cond("|".join(headers), "first_eq", (_key(mark), fy), f"{fy_text(fy)}に初めて{mark}"))
    reading.spans += [said.span(), begun.span()] + _legend_words_said(db, t, mark, qn)
    return True


def _legend_words_said(db, t, mark: str, qn: str) -> list[tuple[int, int]]:
    """「標準準拠システムが稼働し始めた」 over 「●：稼働（標準準拠システム稼働）」: the words the legend gives the mark,
    said in the question, are the mark's (their spans)."""
    if db is None:
        return []
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    text = nfkc((row[0] if row else "") or "")
    entry = re.search(re.escape(nfkc(mark)) + r"\s*[:：]\s*([^\s◇◆●○◎△▲■□]{2,40})", text)
    if entry is None:
        return []
    meaning = _key(entry.group(1))
    out = []
    for p in (m.start() for m in re.finditer(r"が|は|を", qn)):
        # (the longest word ending before the particle that the legend's words hold: 標準準拠システム)
        k = next((k for k in range(min(p, 16), 2, -1) if qn[p - k:p] in meaning), 0)
        if k:
            out.append((p - k, p))
    return out
