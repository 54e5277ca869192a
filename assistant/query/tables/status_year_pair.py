"""A column of years paired with a column of states under one merged header (オンライン化 over 状況 │ 年度: 済 R5,
予定 R7, 検討中 －): the year means what the state beside it says, so a year said with a verb of being done
(「R5からオンライン申請できるようになった」「令和５年度にオンライン化した」) is the done state in that year, and a year
said with 予定 (「令和７年度中にオンライン化する予定」) is the planned state in that year. The year alone would mix
the two (R7 planned rows counted as done), an answer stated with confidence and wrong.

The year column is the year the state began (※ of such lists: the year acceptance started), so 「R5から…できるよう
になった」 is that year, not every year from it."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc
from assistant.text.wareki import fy_text

_DONE_CELL = re.compile(r"^(?:[一-龥]{0,6}済み?|[一-龥]{0,6}完了)$")
_PLANNED_CELL = re.compile(r"^[一-龥]{0,6}予定$")
# 「できるようになった」「オンライン化した」「開始した」「済んでいる」: the state reached (past or perfective)
_DONE_SAID = re.compile(r"(?:ように|ようにな|にな)った|(?:化|開始|導入|対応|実施|移行)(?:した|された|済|して(?:い)?る)|始め(?:た|てい)|"
                        r"始ま(?:った|って)|済(?:み|んで|ん)")
_PLANNED_SAID = re.compile(r"予定|見込")
# 「R5から」 said of the year (not 以降／以後, which bound it)
_FROM_SAID = re.compile(r"(?:r\d{1,2}|令和\S{1,3}|平成\S{1,3}|\d{4})年?度?から(?!\S{0,3}(?:まで|以降))")


def _stem(header: str) -> str:
    return re.sub(r"(?:年度|年)$", "", nfkc(header).replace(" ", ""))


def status_column(t, year_header: str) -> str:
    """The column of states sharing the merged header of a column of years (オンライン化状況 beside オンライン化年度),
    or "" when there is none or more than one."""
    stem = _stem(year_header)
    if len(stem) < 2 or stem == nfkc(year_header).replace(" ", ""):
        return ""
    found = []
    for c in t.columns:
        h = nfkc(c.header).replace(" ", "")
        if c.header == year_header or c.numeric or c.years_inside or not h.startswith(stem) or len(h) == len(stem):
            continue
        printed = set(printed_cells(t, c.header)) - {""}
        if 2 <= len(printed) <= 8 and any(_DONE_CELL.match(v) for v in printed):
            found.append(c.header)
    return found[0] if len(found) == 1 else ""


def state_of_year_said(t, qn: str, conds: list, make) -> list:
    """The conditions with the state said of each year bound on a paired column of years; 「から」 said with a
    state reached is that year. `make(header, op, value, label)` builds a condition."""
    out = list(conds)
    for i, c in enumerate(conds):
        if not c.op.startswith("fy_") or not isinstance(c.value, int):
            continue
        status = status_column(t, c.header)
        if not status or any(o.header == status for o in conds):
            continue
        printed = {nfkc(str(r["cells"].get(status) or "")).strip() for r in t.rows} - {""}
        planned = sorted(v for v in printed if _PLANNED_CELL.match(v))
        done = sorted(v for v in printed if _DONE_CELL.match(v))
        if _PLANNED_SAID.search(qn) and len(planned) == 1:
            out.append(make(status, "eq", _key(planned[0]), f"{status}が{planned[0]}"))
        elif _DONE_SAID.search(qn) and len(done) == 1:
            if c.op == "fy_ge" and _FROM_SAID.search(qn):
                # 「R5からできるようになった」 over the year it began: began that year
                out[i] = make(c.header, "fy_eq", c.value, f"{c.header}が{fy_text(c.value)}")
            out.append(make(status, "eq", _key(done[0]), f"{status}が{done[0]}"))
    return out


def paired_year_said(t, qn: str, end: int) -> str:
    """「令和７年度中にオンライン化する予定」: a year said right before the stem of a paired column of years and
    states is a bound on that column of years ("" when no such column follows the year)."""
    for c in t.columns:
        if not c.years_inside or not status_column(t, c.header):
            continue
        stem = _key(_stem(c.header))
        if re.match(r"(?:中|内|のうち)?(?:に|で)?\s*" + re.escape(stem), qn[end:]):
            return c.header
    return ""
