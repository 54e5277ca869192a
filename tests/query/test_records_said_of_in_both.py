"""「審議会と意見募集の両方で意見が出た事業は？」: a council's report citing 事業 by number (【事業番号１１】 over its
opinions) and a public comment's table naming the 事業 each opinion is on (「…事業（事業番号11）」): each place is asked
alone and the 事業 both cite are the answer (query/two_sets_joined.in_both), the opinions of both listed."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

REPORT = """令和８年２月１０日
鷺沢町長　様
鷺沢町行政改革審議会
会長　森本 敦

事務事業の見直しに関する答申

　令和７年６月に諮問のあった事務事業の見直しについて、本審議会で審議した結果、下記のとおり答申します。

１　審議の経過

第１回　令和７年７月１０日　会長の選出、見直し方針の確認
第２回　令和７年９月１１日　所管課ヒアリング

２　個別の事業に対する意見

（１）健康・福祉分野

【事業番号１１】高齢者配食サービス事業
○　利用者の負担額を見直し、受益者負担の適正化を図るべきである。（森本委員）
【事業番号１２】健康ポイント事業
○　参加者が固定化しており、若年層への周知を強化すべきである。（今井委員）
【事業番号１４】家族介護慰労金支給事業
○　対象要件を見直し、廃止も含めて検討すべきである。（森本委員）

（２）教育・文化分野

【事業番号２１】町民文化祭開催事業
○　実行委員会への委託により経費の縮減を図られたい。（原田委員）
【事業番号２３】英語検定料助成事業
○　合格率などの成果指標を設定すべきである。（今井委員）
○　対象を中学生に限る理由を明確にされたい。（原田委員）

３　全般的事項

（１）事業の終期を設定し、定期的に効果を検証すること。
以　上
"""

PAGE = """<html><head><title>事務事業の見直し（案）に対する意見募集の結果｜鷺沢町</title></head><body>
<h1>事務事業の見直し（案）に対する意見募集の結果</h1>
<p>意見募集期間　令和７年１２月１日から令和８年１月５日まで。意見提出者数　４人（意見数６件）</p>
<h2>提出された意見と町の考え方</h2>
<table>
<tr><th>番号</th><th>対象事業</th><th>意見の要旨</th><th>町の考え方</th></tr>
<tr><td>1</td><td>高齢者配食サービス事業（事業番号11）</td><td>負担額の引上げは困る。</td><td>段階的に見直します。</td></tr>
<tr><td>2</td><td>町民文化祭開催事業（事業番号21）</td><td>文化祭は続けてほしい。</td><td>継続して実施します。</td></tr>
<tr><td>3</td><td>全般</td><td>見直しの結果を広報紙で知らせてほしい。</td><td>広報紙に掲載します。</td></tr>
<tr><td>4</td><td>放課後子ども教室事業（事業番号22）</td><td>教室の回数を増やしてほしい。</td><td>今後の参考とします。</td></tr>
<tr><td>5</td><td>英語検定料助成事業（事業番号23）</td><td>高校生も対象にしてほしい。</td><td>今後の参考とします。</td></tr>
<tr><td>6</td><td>コミュニティバス運行事業（事業番号31）</td><td>便数を増やしてほしい。</td><td>利用状況を見て検討します。</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("said_in_both")
    (folder / "鷺沢町行政改革審議会答申.txt").write_text(REPORT, encoding="utf-8")
    (folder / "事務事業見直しへの意見募集の結果.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def _records(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2].partition("-")[0] for r in answer.to_dict()["rows"]}


def test_records_both_places_cite(town) -> None:
    answer = ask(town, "審議会と意見募集の両方で意見が出た事業は？")
    assert answer.status == "exact" and _records(answer) == {"11", "21", "23"}, (answer.status, answer.summary)
    assert answer.count == 3, answer.summary
