"""A public comment's opinions in a table whose 対象施設 column names the record each is on by its number in brackets
(「中央図書館（施設番号12）」) or by no record (「計画全般」): 「意見募集の結果で、特定の施設を対象としていない意見」
are the rows naming none, each a comment on itself (query/uncited_opinions.py), only where the question names the
table (by its caption or its page's title)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>雲雀野町公共施設再編計画（案）への意見について｜雲雀野町</title></head><body>
<h1>雲雀野町公共施設再編計画（案）への意見について</h1>
<p>町では、公共施設再編計画（案）について、令和８年５月１日から５月31日まで町民の皆さまから意見を募集しました。</p>
<h2>意見募集の結果</h2>
<table>
<tr><th>番号</th><th>対象施設</th><th>ご意見の要旨</th><th>町の考え方</th></tr>
<tr><td>1</td><td>中央図書館（施設番号12）</td><td>開館時間を延ばしてほしい。</td><td>利用状況を見て検討します。</td></tr>
<tr><td>2</td><td>東公民館（施設番号21）</td><td>公民館の統合には反対です。</td><td>原案のとおりとします。</td></tr>
<tr><td>3</td><td>計画全般</td><td>説明会を各地区で開いてほしい。</td><td>秋に開催します。</td></tr>
<tr><td>4</td><td>北体育館（施設番号33）</td><td>体育館の耐震化を急いでほしい。</td><td>令和９年度に実施します。</td></tr>
<tr><td>5</td><td>その他</td><td>施設の予約をオンラインでできるようにしてほしい。</td><td>導入を検討します。</td></tr>
</table>
<p>お問い合わせ　雲雀野町 総務課 財産管理係</p>
</body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("uncited_table")
    (folder / "公共施設再編計画への意見.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_opinions_on_no_facility_are_the_rows_naming_none(town) -> None:
    answer = ask(town, "意見募集の結果で、特定の施設を対象としていない意見はどれ？")
    keys = sorted(r["key"] for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and keys == ["comment:3", "comment:5"], (answer.status, keys, answer.summary)


def test_a_table_the_question_does_not_name_is_not_read(town) -> None:
    # (「審議会の」 names no caption or title here: not answered from the page's table)
    answer = ask(town, "審議会で特定の施設を対象としていない意見はどれ？")
    keys = sorted(r["key"] for r in answer.to_dict()["rows"])
    assert keys != ["comment:3", "comment:5"] or answer.status != "exact", (answer.status, keys)
