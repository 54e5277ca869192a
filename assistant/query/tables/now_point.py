"""「今はもう完了してる」「現在検討中」 over status columns by point in time (Ｒ５年度末 │ Ｒ６年度末 │ Ｒ７．９月末):
now is the latest point the table records, the document's own 「現在」, read as that column (and said so)."""
from __future__ import annotations

import re
from collections import Counter

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

# 今 / 現在 / 現時点 / いま, not 今後・今回・今年・今月・現在地 (other words).
_NOW = compiled(r"(?<![一-龥ぁ-んァ-ヶ])(?:現時点|現在|今|いま)(?![後回年月日期度週朝夜])(?:の時点)?(?:で|では|は|でも|も)?(?:もう|すでに|既に)?")


def read_now(t, qn: str, free, take) -> list[tuple[str, str]]:
    """Take each 「今」 of the question as the year of the latest column of the table's one series of status
    columns by year (non-numeric, sharing a base); the (word said, column) pairs read, for the answer's notes."""
    series = Counter(c.base for c in t.columns if c.year is not None and not c.numeric and c.base)
    bases = [b for b, n in series.items() if n >= 2]
    if len(bases) != 1:
        return []
    latest = max((c for c in t.columns if c.base == bases[0] and c.year is not None), key=lambda c: c.year)
    read = []
    for m in _NOW.finditer(qn):
        if free(*m.span()):
            take(m.start(), m.end(), "year", (latest.year, ""))
            read.append((m.group(0), latest.header))
    return read


# 「今回の満足度」「前回調査の」: a survey's latest round and the one before it, not 「前回より」「前回の計画より」 (a change's, read
# there) nor 今回の見直し (no round) — only over a survey's table, its rounds the year columns.
_ROUND = compiled(r"(?P<which>今回(?!(?:の)?(?:調査)?(?:より|から|と比|に比|比))|前回(?!の?[^。、？?]{0,6}?(?:より|から|と比|に比|比)))(?:の)?(?:調査)?(?:で|では|は|の|に)?")
_SURVEY = compiled(r"調査|アンケート|今回|前回")


def _rounds(t) -> list[int]:
    """The years of a survey's rounds the table prints (its year columns of a series of two or more, or its rows
    named by year, one each), oldest first; none where the table is no survey's."""
    said = " ".join(str(x or "") for x in (t.doc_title, t.caption, t.source, *(c.header for c in t.columns)))
    if not _SURVEY.search(said):
        return []
    series = Counter(c.base for c in t.columns if c.year is not None)
    rounds = sorted({c.year for c in t.columns if c.year is not None and series[c.base] >= 2})
    # (「調査年度 │ 配布数 │ 回収率」: rows named by the rounds' years, one each)
    by_rows = next((c.header for c in t.columns[:2] if not rounds and len(t.rows) >= 2
                    and all(len(find_years(nfkc(str(r["cells"].get(c.header) or "")))) == 1 for r in t.rows)), "")
    if by_rows:
        rounds = sorted({find_years(nfkc(str(r["cells"].get(by_rows))))[0].fiscal_year for r in t.rows})
    return rounds if len(rounds) >= 2 else []


def round_years(t, qn: str) -> set[int]:
    """The years of the rounds the question names by 今回／前回 (what read_round takes them as)."""
    rounds = _rounds(t)
    return {rounds[-1] if m.group("which") == "今回" else rounds[-2] for m in _ROUND.finditer(qn)} if rounds else set()


def read_round(t, qn: str, free, take) -> list[tuple[str, int]]:
    """Take each 「今回」「前回」 of the question as the year of the latest round of a survey's table (its year
    columns, a series of two or more, or its rows named by year) or the round before it; the (note saying so, year) pairs read."""
    rounds = _rounds(t)
    if not rounds:
        return []
    read = []
    for m in _ROUND.finditer(qn):
        if free(*m.span()):
            year = rounds[-1] if m.group("which") == "今回" else rounds[-2]
            take(m.start(), m.end(), "year", (year, ""))
            which = "最新の調査" if m.group("which") == "今回" else "前回の調査"
            read.append((f"「{m.group(0)}」を{which}（{fy_text(year)}）として読みました", year))
    return read
