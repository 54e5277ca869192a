"""「R6の実績の目標に対する割合が低い順」「目標をいちばん大きく上回った取組（達成率で）」 over 令和6年度目標 | 令和6年度実績:
a year's result beside the same year's target implies its rate of achievement (実績 ÷ 目標 × 100), though no column
prints one; a column of its own per year (its header says how it is had), said by the words users say for it
(達成率, 目標達成率, 目標に対する割合, 目標に対する実績の割合). Only where the year prints no rate of its own."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.query.tables.cells import _number
from assistant.text.wareki import fy_text

_RESULT = re.compile(r"^(?:実績|実績値)$")
_TARGET = re.compile(r"^(?:目標|目標値|計画|計画値)$")
_RATE = re.compile(r"(?:達成率|達成度|進捗率)$")
# What users call the result's share of its target (「目標に対する割合」「実績の目標に対する割合」)
_SAID = ("目標に対する実績の割合", "実績の目標に対する割合", "目標に対する割合", "目標に対する実績割合", "目標達成率",
         "実績の目標比", "目標比", "達成率", "達成割合")


def target_rates(columns: list, rows: list[dict], column_of) -> list[tuple]:
    """(column, how) of each year's 実績 ÷ 目標 × 100, where both columns of that year are numeric."""
    out = []
    headers = {c.header for c in columns}
    for result in columns:
        if not result.numeric or result.year is None or not _RESULT.match(result.base or ""):
            continue
        targets = [c for c in columns if c.numeric and c.year == result.year and _TARGET.match(c.base or "")
                   # (「令和7年度目標(最終)」: a final target of a year without its result is no pair)
                   and c is not result]
        if len(targets) != 1 or any(c.year == result.year and _RATE.search(c.base or "") for c in columns):
            continue
        target = targets[0]
        header = f"{fy_text(result.year)}達成率(%)"
        if header in headers:
            continue
        for r in rows:
            a, b = _number(r["cells"].get(result.header)), _number(r["cells"].get(target.header))
            # (two decimals: rates of small counts, 14 of 12 and 7 of 6, stay apart when ranked)
            r["cells"][header] = f"{a / b * 100:.2f}" if a is not None and b else ""
        column = column_of(header, [r["cells"][header] for r in rows])
        forms = tuple(dict.fromkeys((*column.forms, *_SAID)))
        out.append((replace(column, forms=tuple(sorted(forms, key=len, reverse=True)), unit="%"),
                    f"{result.header}÷{target.header}×100"))
    return out


# 「目標をいちばん大きく上回った」 with 「（達成率で）」: how far over the target, measured by the rate, is the rate at its
# highest (下回った: its lowest). Without the measure said it stays a difference (question.py _OVER_MOST).
_OVER_MOST = re.compile(r"(?:目標|目標値|計画|計画値)を\s*(?:いちばん|一番|最も|もっとも)\s*(?:大きく|多く)?\s*"
                        r"(?P<dir>上|下)回(?:っ|る|り)[たてい]*(?:る)?")
_BY_RATE = re.compile(r"[(（]\s*(?:目標)?(?:達成率|達成割合|割合|比率|率)で(?:見て|みて|見ると|みると)?\s*[)）]"
                      r"|(?:目標)?(?:達成率|達成割合|割合|比率)で(?:見て|みて|見ると|みると)?[、,]?")


def as_rate_said(question: str, tables) -> str:
    """The question with 「目標をいちばん大きく上回った（達成率で）」 said 「達成率がいちばん高い」, where a table has a
    column of the rate (printed or implied); as it is otherwise."""
    over, by = _OVER_MOST.search(question), _BY_RATE.search(question)
    if over is None or by is None or not any(c.numeric and _RATE.search(c.base or "") for t in tables for c in t.columns):
        return question
    said = "達成率がいちばん" + ("高い" if over.group("dir") == "上" else "低い")
    question = question[:over.start()] + said + question[over.end():]
    by = _BY_RATE.search(question)
    return question[:by.start()] + question[by.end():] if by else question
