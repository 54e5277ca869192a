"""「…部会の部会長は今年度どちらの市？」「じゃあ前年度は？」: a chair cell naming a city per year, read for the year
said against the table's own 今年度 (shipped corpus: the joint-projects table of one year)."""
from __future__ import annotations

import re

from assistant.text.wareki import fy_label, label_fiscal_year


def _rotating(db):
    """A 部会 whose chair cell names a city per year, the table's 今年度 among them, and the year before too."""
    for sub, cell, title in db.execute("SELECT j.subcommittee, j.chair_city, d.title FROM joint_project j "
                                       "JOIN documents d ON d.source = j.source WHERE j.chair_city LIKE '%(%'"):
        per_year = dict((y, c) for c, y in re.findall(r"([^・()]+)\(([RH]\d+)\)", cell))
        this = next((y for y in per_year if y in (title or "")), None)
        before = fy_label(label_fiscal_year(this) - 1) if this else None
        if this and before in per_year and per_year[this] != per_year[before]:
            return sub, per_year, this, before
    raise AssertionError("no chair cell naming a city per year")


def test_this_year_and_the_year_before_are_the_tables_own(assistant, db):
    sub, per_year, this, before = _rotating(db)
    answer = assistant.ask(f"{sub}の部会長は今年度どちらの市？")
    assert answer.status == "exact" and answer.value == per_year[this], answer.summary
    assert any(this in str(u.get("label")) for u in answer.understood)
    answer = assistant.ask("じゃあ前年度は？")
    assert answer.status == "exact" and answer.value == per_year[before], answer.summary


def test_a_year_said_by_number_is_the_year_asked_not_a_document(assistant, db):
    sub, per_year, this, before = _rotating(db)
    answer = assistant.ask(f"{sub}の部会長は{before}年度どちらの市？")
    assert answer.value == per_year[before], answer.summary


def test_a_year_the_cell_does_not_name_is_partial(assistant, db):
    sub, per_year, this, _ = _rotating(db)
    after = fy_label(label_fiscal_year(max(per_year, key=label_fiscal_year)) + 1)
    answer = assistant.ask(f"{sub}の部会長は{after}年度どちらの市？")
    assert answer.status == "partial" and answer.value is None and after in answer.summary, answer.summary
