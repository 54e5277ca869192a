"""Questions asking for yearly grades in a report's own marks (◎○△, best first as its legend lists them):
「R4に◎がついた」 is that mark; 「○以下」「ずっと○以上」 and 「評価が上がった」 are ranked in the legend's order
(a ― after the end or a blank year is no grade). A mark the question says that no rule reads is never
dropped silently; a fact of a year found in the progress sheet's parts is that year's part first.
The report (made up) is laid out per initiative, as tests/kinds/test_plan_report_blocks_per_initiative."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_blocks_per_initiative import SOURCE, TEXT


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minato")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("R4に◎がついた実践項目", ["1"]),
    ("R5の評価が○以下の実践項目", ["2", "4"]),
    ("R3からR5まで3年間ずっと○以上だった実践項目", ["3"]),
    # (no years said: some three consecutive years each at ○ or better, the bound read, never dropped)
    ("3年間ずっと○以上の実践項目", ["3"]),
    ("R4からR5にかけて評価が上がった実践項目", ["2", "3", "4"]),
])
def test_marks_asked_in_the_reports_scale(assistant, question, codes):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.status, answer.caveat)
    assert _codes(answer) == codes


def test_a_mark_no_rule_reads_is_said(assistant):
    assistant.reset()
    answer = assistant.ask("◎が多い実践項目")
    assert answer.status == "partial" and "◎" in answer.unused, (answer.status, answer.unused)


def test_a_years_part_of_the_sheet_answers_a_fact_of_that_year(assistant):
    # Both years' reasons and a remark name 待ち時間, none of them writes 令和4年度: the sheet's part of
    # that year holds the year (never 「令和4年度の…は見つかりませんでした」) and comes first.
    assistant.reset()
    answer = assistant.ask("みなと町の窓口について、令和4年度の待ち時間は？")
    assert answer.status == "search", answer.summary
    assert answer.excerpts and "平均5分" in answer.excerpts[0]["text"], answer.summary
