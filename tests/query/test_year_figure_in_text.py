"""「…で、R5年度の正規職員数は何人と定められましたか」: a figure a progress sheet's text prints after that year and
that thing (in whichever year's row it is written), answered as a search with the value read from the passage
(shipped corpus: the figures are found in the index, not written here)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_PRINTED = re.compile(r"(R\d{1,2})年度の([一-龥]{2,8})について、([\d,]+人)")


def _printed_figures(db):
    """(item title, year, thing, figure as printed) of sheet results stating one year's figure of a thing."""
    out = []
    for practice, text in db.execute(
            "SELECT e.practice_key, p.text FROM passages p JOIN sheet_entry e ON e.key = p.key WHERE p.text LIKE '%年度の%について、%人%'"):
        m = _PRINTED.search(nfkc(text))
        title = db.execute("SELECT title FROM practice WHERE key = ?", [practice]).fetchone()
        if m and title and db.execute("SELECT count(*) FROM practice WHERE title = ?", [title[0]]).fetchone()[0] == 1:
            out.append((title[0], m.group(1), m.group(2), m.group(3)))
    assert out, "no sheet result printing a year's figure"
    return out


def test_the_years_figure_is_read_from_the_text(assistant, db):
    for title, year, thing, figure in _printed_figures(db)[:3]:
        for asked in ("{t}の取組で、{y}年度の{w}は何人と定められましたか。", "{t}で、{y}年度の{w}は何人？"):
            assistant.reset()
            answer = assistant.ask(asked.format(t=title, y=year, w=thing))
            assert answer.status == "search" and not answer.unused, answer.summary
            assert figure in answer.summary and figure in answer.excerpts[0]["text"], answer.summary
            assert answer.value == float(figure.rstrip("人").replace(",", "")), answer.summary


def test_a_year_no_passage_prints_is_not_answered_with_a_figure(assistant, db):
    title, _, thing, _ = _printed_figures(db)[0]
    answer = assistant.ask(f"{title}で、R30年度の{thing}は何人？")
    assert not any(u.get("op") == "figure" for u in answer.understood), answer.summary
