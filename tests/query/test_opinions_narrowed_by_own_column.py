"""A made-up town's meeting summary (not made182's town or words): a table of the members' opinions, each citing the
plan's 取組 (「取組７」, 「－」 for none) with the section that answers it (対応課). After 「<member>の意見」, 「そのうち
<section>が対応するもの」 reads that table's own 対応課 column: the opinions before whose row says that section are kept,
not the 取組 they cite (whose numbers are no row numbers of the table: nothing was left)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_PAGE = """<html><head><title>令和５年度 第１回 椿原町 徴収対策会議 結果概要</title></head><body>
<h1>令和５年度 第１回 椿原町 徴収対策会議 結果概要</h1>
<h2>２ 委員からの意見</h2>
<table>
<tr><th>番号</th><th>発言者</th><th>関連取組</th><th>意見の要旨</th><th>対応課</th></tr>
<tr><td>1</td><td>福祉部長</td><td>取組７</td><td>生活に困っている人を相談窓口へ確実につなぐこと。</td><td>福祉支援課</td></tr>
<tr><td>2</td><td>総務部長</td><td>取組３</td><td>コンビニ納付の周知をもっと進めること。</td><td>税務課</td></tr>
<tr><td>3</td><td>福祉部長</td><td>取組２</td><td>口座振替の申込みを窓口でも受けられるようにすること。</td><td>税務課</td></tr>
<tr><td>4</td><td>建設部長</td><td>－</td><td>住宅使用料の滞納も一緒に管理できないか。</td><td>住宅課</td></tr>
<tr><td>5</td><td>福祉部長</td><td>取組９</td><td>介護保険料の納付相談の記録を共有すること。</td><td>福祉支援課</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("opinions_narrowed")
    (folder / "tsubakihara_meeting.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_members_opinions_narrowed_by_their_own_section(assistant):
    first = ask(assistant, "福祉部長の意見")
    assert len(first.rows) == 3, first.summary
    answer = ask(assistant, "福祉部長の意見", "そのうち福祉支援課が対応するもの")
    texts = sorted(str(r.get("text") or "") for r in answer.rows)
    assert answer.target == "comment" and len(texts) == 2, answer.summary
    assert texts[0].startswith("介護保険料") and texts[1].startswith("生活に困っている"), texts
