"""「R9までに耐震化する予定の施設」「令和になってから耐震化が終わった施設」 over one column of years whose
cells each say whether the year is done or planned (令和4年度完了 / R9予定): the verb picks the rows of one of
the two, for a bound on the year alone also holds the rows done long ago (令和4年度完了 is 「R9まで」 too).
Read only where the column prints both marks and the question says one of them."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# The mark a cell ends with after its year (「令和4年度完了」「R9予定」「2027年度（予定）」).
_DONE_MARK = re.compile(r"(完了|済み?|終了)\s*[)）]?\s*$")
_PLAN_MARK = re.compile(r"(予定|見込み?)\s*[)）]?\s*$")
# How the question says the rows are planned (「する予定」「予定になってる」「見込み」) or done (「終わった」
# 「完了した」「済んだ」 …, not 「終わる予定」, which is planned).
_PLAN_SAID = re.compile(r"予定|見込")
# (「令和になってから耐震化した」: the column's act in the past tense is done too)
_DONE_SAID = re.compile(r"(?:終わっ|終え|完了し|終了し|済ん|済ませ)(?:た|てい|てる|ました)"
                        r"|[一-龥]{2}(?:し|され)(?:た|ました)(?![いく])")


def _marks(t, header: str) -> dict[str, str] | None:
    """{"done": mark, "plan": mark} when every written cell of the column ends with one of the two and both
    occur; None otherwise."""
    done: list[str] = []
    plan: list[str] = []
    for r in t.rows:
        v = nfkc(str(r["cells"].get(header) or "")).strip()
        if not v or v in ("-", "－", "—", "―"):
            continue
        if (m := _PLAN_MARK.search(v)):
            plan.append(m.group(1))
        elif (m := _DONE_MARK.search(v)):
            done.append(m.group(1))
        else:
            return None
    if not done or not plan:
        return None
    return {"done": max(set(done), key=done.count), "plan": max(set(plan), key=plan.count)}


def marked_years(t, qn: str, conds: list, taken: list[tuple[int, int]], cond_type) -> list:
    """The conditions with, per column of years a year condition is on, one (Cond) keeping the rows whose
    cell bears the mark the question's verb says; the verb's words are taken. A blank or written cell asked
    of such a column (「まだ完了していない」 read as 完了年度 blank) is read as the done mark missing or there,
    for every cell of it is written."""
    conds = [_as_mark(t, c, cond_type) if c.op in ("empty", "filled") else c for c in conds]
    out = []
    for header in dict.fromkeys(c.header for c in conds if c.op.startswith("fy_")):
        if header not in {c.header for c in t.columns} or any(
                c.header == header and c.op == "contains" for c in conds):
            continue
        marks = _marks(t, header)
        if marks is None:
            continue
        plan, done = _PLAN_SAID.search(qn), _DONE_SAID.search(qn)
        if bool(plan) == bool(done):
            continue  # (neither said, or both: 「完了する予定」 is planned, but 「終わった…予定」 is not read)
        said = plan or done
        mark = marks["plan" if plan else "done"]
        taken.append(said.span())
        out.append(cond_type(header, "contains", mark, f"{header}が「{mark}」"))
    return conds + out


def _as_mark(t, c, cond_type):
    """「完了年度が空欄」 of a column whose every row prints a year done or planned: the done mark missing;
    「記載あり」: the done mark there."""
    if c.header not in {x.header for x in t.columns} or not t.rows or any(
            not nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows):
        return c
    marks = _marks(t, c.header)
    if marks is None:
        return c
    done = cond_type(c.header, "contains", marks["done"], f"{c.header}が「{marks['done']}」")
    if c.op == "filled":
        return done
    return cond_type(c.header, "not_any", [done], f"{c.header}が「{marks['done']}」以外")
