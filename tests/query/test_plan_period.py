"""A plan's period asked by its name: the span of years printed as its period (plan_period.py)."""
from __future__ import annotations

import re

import pytest


def _printed_span(db):
    """The plan named in a document's title and the span a passage of it prints as its 取組期間/計画期間."""
    span = re.compile(r"((?:令和|平成)\d{1,2}年度)から((?:令和|平成)\d{1,2}年度)までの\d+年間の(?:取組|計画)期間")
    for source, title in db.execute("SELECT source, title FROM documents").fetchall():
        plan = re.match(r"\S+プラン", title or "")
        if not plan:
            continue
        for text, in db.execute("SELECT text FROM passages WHERE source = ?", [source]).fetchall():
            m = span.search(text or "")
            if m:
                return plan.group(0), m.group(1), m.group(2)
    raise AssertionError("no plan's period printed")


@pytest.mark.parametrize("template", ["{plan}の計画期間は何年度から何年度まで？", "{plan}の計画期間はいつからいつまで"])
def test_the_plans_period_is_the_span_printed_as_its_period(assistant, db, template):
    plan, first, last = _printed_span(db)
    assistant.reset()
    answer = assistant.ask(template.format(plan=plan))
    assert answer.status == "exact" and answer.value == f"{first}から{last}まで", answer.summary


def test_another_plan_named_in_the_document_is_not_given_that_period(assistant, db):
    # (the next plan is named in the same document, with no period printed for it: not the old plan's span)
    plan, first, last = _printed_span(db)
    names = {m.group(1) for text, in db.execute("SELECT text FROM passages").fetchall()
             for m in re.finditer(r"『([^』]+プラン)』", text or "")}
    other = next(n for n in sorted(names) if plan not in n and n not in plan)
    assistant.reset()
    answer = assistant.ask(f"{other}の計画期間は？")
    assert not (answer.status == "exact" and first in str(answer.value or ""))
