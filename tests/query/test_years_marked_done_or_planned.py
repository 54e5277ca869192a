"""「R9までに耐震化する予定の施設」「令和になってから耐震化が終わった施設」 over a column of years whose cells say
done or planned (made135's 耐震化完了年度／予定年度: 「令和4年度完了」「R9予定」; a made list of bridges printing
「令和3年度完了」「令和10年度（予定）」): the verb picks the rows of its mark, for the year bound alone also holds
the rows done long before (tables/marked_years.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made135" / "docs"

BRIDGES = """<html><head><title>橋りょうの補修状況</title></head><body>
<h1>橋りょうの補修状況</h1>
<p>市が管理する橋りょうの補修を計画的に進めています。</p>
<table>
<caption>施設ごとの補修状況（令和６年度末現在）</caption>
<tr><th>施設名</th><th>路線</th><th>竣工年度</th><th>補修状況</th><th>補修完了年度／予定年度</th></tr>
<tr><td>あけぼの橋</td><td>市道1号線</td><td>昭和45年度</td><td>済</td><td>令和3年度完了</td></tr>
<tr><td>かもめ橋</td><td>市道2号線</td><td>昭和50年度</td><td>未</td><td>令和10年度（予定）</td></tr>
<tr><td>しらさぎ橋</td><td>市道3号線</td><td>昭和52年度</td><td>済</td><td>平成30年度完了</td></tr>
<tr><td>つばめ橋</td><td>市道4号線</td><td>昭和58年度</td><td>一部済</td><td>令和8年度（予定）</td></tr>
<tr><td>ひばり橋</td><td>市道5号線</td><td>平成2年度</td><td>済</td><td>令和5年度完了</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("marked_years")
    shutil.copy(DOCS / "水道施設の耐震化状況.html", folder / "水道施設の耐震化状況.html")
    (folder / "橋りょうの補修状況.html").write_text(BRIDGES, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, titles", [
    ("R9までに耐震化する予定になってる施設", {"鷂ヶ岳浄水場", "川辺第一配水池", "桜台配水池"}),
    ("令和になってから耐震化が終わった施設はどれ？", {"高台配水池", "川辺浄水場", "北部配水池"}),
    ("令和になってから耐震化した施設", {"高台配水池", "川辺浄水場", "北部配水池"}),
    ("令和9年度までに補修する予定の橋りょう", {"つばめ橋"}),
    ("令和になってから補修が完了した橋りょうは？", {"あけぼの橋", "ひばり橋"}),
])
def test_verb_picks_the_mark(assistant, question, titles) -> None:
    answer = ask(assistant, question)
    got = {r["title"] for r in answer.rows}
    assert answer.status == "exact" and got == titles and not answer.unused, (answer.status, answer.summary, got)


@pytest.mark.parametrize("turns, titles", [
    (["昭和に竣工した施設は？", "そのうち耐震化がまだ完了していない施設は？"],
     {"鷂ヶ岳浄水場", "本町ポンプ場", "川辺第一配水池", "北部浄水場", "桜台配水池"}),
    (["補修が完了していない橋りょうは？"], {"かもめ橋", "つばめ橋"}),
    (["補修が完了している橋りょうは？"], {"あけぼの橋", "しらさぎ橋", "ひばり橋"}),
])
def test_not_done_is_the_done_mark_missing(assistant, turns, titles) -> None:
    # (every cell of the column is written: 「完了していない」 cannot be a blank one)
    answer = ask(assistant, *turns)
    got = {r["title"] for r in answer.rows}
    assert answer.status == "exact" and got == titles and not answer.unused, (answer.status, answer.summary, got)
