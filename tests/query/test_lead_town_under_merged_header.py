"""A town's joint-project page heading 「参加団体」 over a second header row 「構成町 │ 代表町」: the 代表町 column is
each project's lead (chair_city), asked as 「Xが代表町になっている」「代表町がXじゃない」; its 効果額（千円） column,
▲ a negative, is each project's effect_amount."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

HTML = """<html><head><title>広域連携の取組状況</title></head><body>
<h1>近隣町との広域連携の取組状況</h1>
<p>南条町では、近隣町と水道事業の広域連携を進めています。</p>
<table id="renkei">
<thead>
<tr><th rowspan="2">番号</th><th rowspan="2">連携事業名</th><th rowspan="2">連携内容</th><th colspan="2">参加団体</th><th rowspan="2">開始</th><th rowspan="2">効果額<br>（千円）</th></tr>
<tr><th>構成町</th><th>代表町</th></tr>
</thead>
<tbody>
<tr><td>連携-1</td><td>水質検査の共同委託</td><td>水質検査業務を一括して発注</td><td>南条町・北条町・西条町</td><td>北条町</td><td>令和5年4月</td><td>4,820</td></tr>
<tr><td>連携-2</td><td>水道用薬品の共同購入</td><td>薬品を共同調達</td><td>南条町・北条町</td><td>南条町</td><td>令和4年10月</td><td>1,260</td></tr>
<tr><td>連携-3</td><td>漏水調査の共同実施</td><td>音聴調査を共同で委託</td><td>南条町・西条町</td><td>南条町</td><td>令和6年1月</td><td>▲350</td></tr>
</tbody></table></body></html>"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lead_town")
    (folder / "広域連携の取組状況.html").write_text(HTML, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("key", "")).split(":", 1)[1] for r in answer.rows}


def test_the_lead_town_said_as_daihyo(town) -> None:
    answer = ask(town, "南条町が代表町になっている連携事業はどれ？")
    assert _codes(answer) == {"連携-2", "連携-3"} and answer.status == "exact", (answer.status, answer.summary)


def test_the_lead_town_negated(town) -> None:
    answer = ask(town, "代表町が南条町じゃない連携事業は？")
    assert _codes(answer) == {"連携-1"}, (answer.status, answer.summary)


def test_the_effect_amount_below_zero(town) -> None:
    answer = ask(town, "効果額がマイナスの連携事業は？")
    assert _codes(answer) == {"連携-3"}, (answer.status, answer.summary)
