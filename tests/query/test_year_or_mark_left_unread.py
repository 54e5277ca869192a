"""A year or a mark said that the tables hold nowhere is never dropped silently: 「R3もR7も○」 over a table of
R2 | R3 | R4 marks is no answer for R3 alone stated with confidence (R7 is said unused), and 「令和7年度に○だった事業」
is not the rows whose other column prints 令和7年度 (the mark ○ said, unread, shows). Another town's report, its
years shifted, as a web page with two tables."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """<html><head><title>事業の進捗状況｜杉ノ瀬町</title></head><body>
<h1>杉ノ瀬町 行財政改革推進事業の進捗状況</h1>
<h2>表１ 事業別の評価（◎：達成　○：概ね達成　△：一部未達成　×：未着手）</h2>
<table>
<tr><th>事業番号</th><th>事業名</th><th>担当課</th><th>令和2年度</th><th>令和3年度</th><th>令和4年度</th></tr>
<tr><td>1</td><td>窓口の混雑状況の配信</td><td>住民課</td><td>○</td><td>◎</td><td>◎</td></tr>
<tr><td>2</td><td>公用車の共同利用</td><td>財政課</td><td>△</td><td>○</td><td>○</td></tr>
<tr><td>3</td><td>会議資料のペーパーレス化</td><td>総務課</td><td>×</td><td>△</td><td>○</td></tr>
<tr><td>4</td><td>町営住宅の集約</td><td>建設課</td><td>○</td><td>○</td><td>△</td></tr>
</table>
<h2>表２ 施設の見直し予定</h2>
<table>
<tr><th>施設番号</th><th>施設名</th><th>見直しの方向</th><th>実施予定時期</th></tr>
<tr><td>A-1</td><td>東集会所</td><td>廃止</td><td>令和7年度</td></tr>
<tr><td>A-2</td><td>西集会所</td><td>統合</td><td>令和7年度</td></tr>
<tr><td>B-1</td><td>町民プール</td><td>民間委託</td><td>令和9年度</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("suginose")
    (folder / "事業の進捗状況｜杉ノ瀬町.html").write_text(PAGE, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_both_years_held_are_read(assistant):
    assistant.reset()
    answer = assistant.ask("R3もR4も○の事業")
    assert answer.status == "exact" and answer.count == 1, answer.summary
    assert "公用車の共同利用" in answer.summary, answer.summary


def test_a_year_no_column_is_of_is_said_unused(assistant):
    assistant.reset()
    answer = assistant.ask("R3もR7も○の事業")
    assert answer.status in ("partial", "no_match", "search"), answer.summary
    assert answer.status != "partial" or "R7" in answer.unused, answer.unused


def test_a_mark_said_with_a_year_of_another_column_is_not_dropped(assistant):
    assistant.reset()
    answer = assistant.ask("令和7年度に◎だった事業")
    assert answer.status in ("partial", "no_match", "search"), answer.summary
    assert "東集会所" not in answer.summary, answer.summary
