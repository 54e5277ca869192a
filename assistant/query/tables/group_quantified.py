"""「全部の区分で値上がりになる施設」「改定率が20％以上の区分が一つもない施設」 over a table of a row per 施設×室×区分
whose code column (施設番号) repeats down the rows of one facility: the condition is said of every row of the code's
group, or of none of them, not of one row — the groups (their codes) are what is asked. Read only where the code
repeats (rows grouped under it) and the question quantifies the rows by a word of theirs (全部の区分で, どの区分も,
…区分が一つもない); the conditions of the row are then held by the whole group (tables/answer.py _holds)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 「全部の区分で」「すべての区分で」「どの区分も」: every row of the group
# (not 「区分は全部で何区分」「全区分で」: a total over the rows, no quantifier of a group's rows; nor 「全部の区分で何件」)
_ALL = re.compile(r"(?:全部|すべて|全て)の(?P<w1>[一-龥]{1,4})(?:で|とも|が|について)(?![^、。]{0,3}(?:何|いくつ|合計|計))"
                  r"|どの(?P<w3>[一-龥]{1,4})も")
# 「…区分が一つもない」「…区分がひとつもない」: no row of the group
_NONE = re.compile(r"(?P<w5>[一-龥]{1,4})(?:が|は)?(?:一つ|ひとつ|1つ|一件|1件)も(?:ない|無い|なかった|ありません)")
# Conditions that say which rows are in scope at all, not what a row holds: kept as they are.
_SCOPE = {"rows", "sheet", "sheet_in", "not_sheet", "names", "not_names"}


def group_column(t) -> str:
    """The code column whose codes repeat down the rows of one group (施設番号 over a facility's rooms), or ""."""
    if not t.number or len(t.rows) < 4:
        return ""
    codes = [nfkc(str(r["cells"].get(t.number) or "")).strip() for r in t.rows]
    if not all(codes):
        return ""
    return t.number if len(set(codes)) * 2 <= len(codes) else ""


def _row_word(t, word: str) -> bool:
    """A word the rows are said by: a column's header or form whose values differ within a group (区分 of 午前・午後・夜間)."""
    return any(word == nfkc(c.header) or word in c.forms for c in t.columns if not c.numeric)


def group_quantified(t, qn: str, conds: list, taken: list[tuple[int, int]], Cond) -> list:
    group = group_column(t)
    if not group:
        return conds
    m = _NONE.search(qn) or _ALL.search(qn)
    if m is None:
        return conds
    word = next(v for k, v in m.groupdict().items() if v)
    if not _row_word(t, word):
        return conds
    op = "code_rows_none" if m.re is _NONE else "code_rows_all"  # (not group_all: the member rows' own op)
    # (the rows' word itself read as 「区分の記載あり」: the rows said, no condition)
    inner = [c for c in conds if c.op not in _SCOPE and c.header != group
             and not (c.op == "filled" and (c.header == word or word in t.column(c.header).forms))]
    if not inner:
        return conds
    kept = [c for c in conds if c not in inner and not (c.op == "filled" and (c.header == word or word in t.column(c.header).forms))]
    said = "・".join(c.label for c in inner)
    label = (f"{group}ごとに、{said}の{word}が一つもない" if op == "code_rows_none"
             else f"{group}ごとに、すべての{word}で{said}")
    taken.append(m.span())
    # (headed by the inner conditions' columns, not the code's: a follow-up's scope on the codes stays its own)
    return [*kept, Cond("|".join(dict.fromkeys(c.header for c in inner)), op, (group, inner), label)]
