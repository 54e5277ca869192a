"""「交付額が一度も30万円を超えなかった」「一度も目標を下回っていない」: a numeric bound said never passed, over a
measure printed by year columns (交付額 令和4年度 │ 令和5年度 │ 令和6年度): no year column passes it, a year the
row did not run (blank) passing nothing — not the negated bound on the one year column it was first read on."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.grammar.years import inherit_eras
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_NEVER = r"(?:一度も|1度も|一回も|1回も|どの年度も|いずれの年度も|どの年も)"
# the verb of the bound, negated: 超えなかった, 上回っていない, 下回ったことがない, 届かなかった, 以上にならなかった
_PASSED_NOT = re.compile(rf"{_NEVER}\s*(?P<said>[^、。,?？]{{0,16}}?)\s*(?:を|に|が)?\s*"
                         r"(?:超え|こえ|上回ら|上回っ|下回ら|下回っ|割ら|割っ|届か|届い|達し|満た|超過し|なら|なっ)"
                         r"(?:なかった|ていない|てない|ない|ず|たことがない|たことはない)")
# 「3回の調査で一度も」「3年間で一度も」: the rounds said before 一度も, as many as the measure's columns (all of them)
_ROUNDS_SAID = re.compile(r"(?P<n>\d{1,2})\s*(?:回|年間|か年|カ年|ヶ年)\s*(?:の\s*調査)?\s*(?:で|を通じて|とも|の間に?)?\s*[、,]?\s*$")
# the complement of the negated bound the reading holds (「超えなかった」 read 以下): the bound said never passed
_PASSED = {"le": "gt", "lt": "ge", "ge": "lt", "gt": "le"}
_SAID_AS = {"gt": "を超える", "ge": "以上", "lt": "未満", "le": "以下"}


def read_never_past_bound(question: str, reading) -> bool:
    """Replace (in place) the one negated numeric bound on a year column by: the bound passed in none of its
    measure's year columns (those within the years said before 一度も, else every one printed)."""
    said = nfkc(question)
    m = _PASSED_NOT.search(said)
    if m is None:
        return False
    t = reading.table
    headers = {c.header for c in t.columns}
    bound = [c for c in reading.conds if c.op in _PASSED and c.header in headers
             and t.column(c.header).year is not None and t.column(c.header).numeric]
    if len(bound) != 1 or isinstance(bound[0].value, (list, tuple, set)):
        return False
    one = bound[0]
    col = t.column(one.header)
    years = sorted((x for x in t.columns if x.year is not None and x.base == col.base and x.numeric), key=lambda x: x.year)
    said_years = {y.fiscal_year for y in find_years(inherit_eras(said[:m.start()]))}
    if len(said_years) >= 2:
        # (「R4〜R6で一度も…」: the span said)
        years = [x for x in years if min(said_years) <= x.year <= max(said_years)]
    elif said_years:
        return False  # (one year said with 一度も: not a span of years; left as read)
    if len(years) < 2 or len({x.year for x in years}) != len(years):
        return False
    rounds = _ROUNDS_SAID.search(said[:m.start()])
    if rounds is not None and int(rounds.group("n")) != len(years):
        return False  # (「2回の調査で一度も」 of three rounds: which two is not said; left as read)
    op = _PASSED[one.op]
    parts = [Cond(x.header, op, one.value, f"{x.header}が{one.value:g}{_SAID_AS[op]}") for x in years]
    label = f"{years[0].header}〜{years[-1].header}のどの年度も{one.value:g}{_SAID_AS[one.op]}（実施のない年度は除く）"
    reading.conds[reading.conds.index(one)] = Cond("|".join(x.header for x in years), "not_any", parts, label)
    qn = _key(question)
    word = re.match(_NEVER, said[m.start():])
    at = qn.find(_key(word.group(0))) if word else -1
    if at >= 0:
        reading.spans.append((at, at + len(_key(word.group(0)))))
    lead = qn.find(_key(rounds.group(0))) if rounds is not None else -1
    if lead >= 0:
        reading.spans.append((lead, lead + len(_key(rounds.group(0)))))
    return True
