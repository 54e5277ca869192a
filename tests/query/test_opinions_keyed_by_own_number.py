"""A made-up town's committee record (not made182's town or words): a table of opinions, each row printing its own
number (No.) and citing the plan's 項目 by word and number (「項目４」, 「－」 for none). Each opinion is keyed by the
number it prints (comment:<No.>-1), the 項目 it cites kept to join on: 「<member>の意見」 lists the opinions' own
numbers, never the 項目 they cite (which the key contract would read as the opinion's number), and 「特定の項目に
関係しない意見」 finds the rows citing 「－」 (they were no comments at all before)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_PAGE = """<html><head><title>令和７年度 第１回 桐ヶ谷村 行財政改革懇話会 意見の概要</title></head><body>
<h1>令和７年度 第１回 桐ヶ谷村 行財政改革懇話会 意見の概要</h1>
<h2>３ 委員の意見</h2>
<table>
<tr><th>No.</th><th>委員</th><th>関連項目</th><th>意見</th></tr>
<tr><td>１</td><td>学識経験者</td><td>項目４</td><td>窓口の予約制は利用者の待ち時間短縮に効果がある。</td></tr>
<tr><td>２</td><td>商工会代表</td><td>項目９</td><td>入札参加資格の審査を電子化してほしい。</td></tr>
<tr><td>３</td><td>学識経験者</td><td>－</td><td>村の広報紙を若い世代にも届く形にしてほしい。</td></tr>
<tr><td>４</td><td>公募委員</td><td>項目２</td><td>公共施設の使用料の見直しは段階的に行うべきである。</td></tr>
<tr><td>５</td><td>学識経験者</td><td>項目７</td><td>職員研修の成果を数値で示してほしい。</td></tr>
<tr><td>６</td><td>公募委員</td><td>－</td><td>懇話会の資料を事前に公開してほしい。</td></tr>
</table></body></html>
"""


def _own_numbers(answer) -> list[str]:
    """The part before the hyphen of each comment row's key, as the key contract reads an opinion's number."""
    return sorted((str(r.get("key") or "").partition(":")[2].split("-")[0] for r in answer.rows), key=int)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("opinions_own_number")
    (folder / "kirigaya_forum.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_members_opinions_are_keyed_by_their_own_number(assistant):
    answer = ask(assistant, "学識経験者の意見")
    assert answer.target == "comment" and answer.status == "exact", answer.summary
    assert _own_numbers(answer) == ["1", "3", "5"], [r.get("key") for r in answer.rows]


def test_opinions_citing_no_item_are_comments_too(assistant):
    answer = ask(assistant, "特定の項目に関係しない意見はどれ？")
    assert _own_numbers(answer) == ["3", "6"], (answer.summary, [r.get("key") for r in answer.rows])
