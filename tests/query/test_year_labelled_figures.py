"""Figures a case's text labels by the year in brackets after them (「462,543人(H27)(旧館時266,338人(H16))」), asked as
the gap between the two years (「事例5の入館者数、H27とH16の差は？」); a year the line labels no figure by is no answer.
Expected figures are read from the index's passages."""
from __future__ import annotations

import re

import pytest

from assistant.text.normalize import nfkc

_LINE = re.compile(r"([一-龥]{2,}数)の[一-龥]{0,4}\s*(\d[\d,]*)人\((H\d{2})\)\([一-龥]{0,4}?(\d[\d,]*)人\((H\d{2})\)\)")


def _case(db):
    for key, text in db.execute("SELECT key, text FROM passages WHERE key LIKE 'case_study:%'"):
        m = _LINE.search(nfkc(str(text or "")))
        if m and m.group(3) != m.group(5):
            return key.partition(":")[2], m
    pytest.skip("no case printing two years' figures in brackets")


def test_gap_between_two_years_labelled_in_brackets(assistant, db):
    code, m = _case(db)
    label, x, ya, z, yb = m.groups()
    answer = assistant.ask(f"事例{code}の{label}、{ya}と{yb}の差は？")
    gap = abs(int(x.replace(",", "")) - int(z.replace(",", "")))
    assert answer.value == gap and answer.status == "search", answer.summary


def test_a_year_labelling_no_figure_is_no_answer(assistant, db):
    code, m = _case(db)
    label, _, ya, _, yb = m.groups()
    other = next(f"H{n}" for n in range(10, 31) if f"H{n}" not in (ya, yb))
    answer = assistant.ask(f"事例{code}の{label}、{ya}と{other}の差は？")
    assert answer.value is None and answer.status != "exact", answer.summary
