"""「令和3年度から令和5年度まですべて◎の事業は？」「R3からR5までずっと◎」: a span of years said, then every year of
it (すべて, ずっと after まで), over a table grading its rows by year: the grade in each year's column, not in the
last year's alone (which read the span's start as nothing and answered with confidence). Every town, name and
figure is made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

GRADES = """南浜町 行財政改革 事業別評価一覧

番号\t事業名\t担当課\t令和３年度\t令和４年度\t令和５年度
1\t窓口の一本化\t住民課\t◎\t◎\t◎
2\t公用車の削減\t総務課\t○\t◎\t◎
3\t電子申請の拡大\t企画課\t◎\t○\t◎
4\t施設予約の電子化\t企画課\t◎\t◎\t◎
5\t補助金の見直し\t財政課\t△\t○\t◎
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("span_then_every_year")
    (folder / "南浜町_事業別評価一覧.txt").write_text(GRADES, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", ["令和3年度から令和5年度まですべて◎の事業は？", "R3からR5までずっと◎の事業は？"])
def test_every_year_of_the_span_holds_the_grade(assistant, question):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert sorted(r["事業名"] for r in answer.rows) == ["施設予約の電子化", "窓口の一本化"], answer.summary
