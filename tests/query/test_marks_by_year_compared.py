"""Grades by fiscal year compared between two years, where the years' columns hold marks (◎○△×, 「－」 no grade)
and are named by their year alone (R3 │ R4 │ R5 under a caption 「事業別の年度別進捗」), or are two surveys of one grade
under a merged header (劣化判定 │ H30点検 │ R5再点検): 「落ちた」「悪くなってる」「比べて、良くなった」 (0 rows is the
answer), 「ずっと「－」で、評価が一度もない」. A unit line (（単位：千円）) between two tables of as many columns starts
the second (its header is no row of the first). Made-up 楢ヶ丘村, indexed beside the shipped corpus."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over

REPORT = """楢ヶ丘村 地域振興計画 進捗報告（令和５年度）
令和６年６月 楢ヶ丘村地域振興推進会議
１ 報告の概要
本報告は、地域振興計画の８事業について、令和３年度から令和５年度までの進捗を取りまとめたものである。
２ 事業別の年度別進捗
凡例 ◎：予定どおり完了 ○：おおむね予定どおり △：一部遅れ ×：未着手 －：当該年度の事業なし
事業番号\t事業名\tR3\tR4\tR5\t令和５年度の主な内容
振01\t農産物直売所の改修\t◎\t○\t△\t設計見直し
振02\t林道の舗装\t○\t○\t○\t舗装工事
振03\t空き家バンクの拡充\t－\t◎\t○\t登録促進
振04\t移住体験住宅の整備\t－\t－\t－\t－
振05\t観光案内板の更新\t△\t○\t◎\t多言語化
振06\t地域おこし協力隊の募集\t○\t△\t×\t募集休止
振07\t温泉施設の改修\t－\t－\t－\t－
振08\t集落バスの運行見直し\t×\t△\t○\tダイヤ改正
３ 地区別経費の実績
（単位：千円）
地区番号\t地区名\t令和３年度\t令和４年度\t令和５年度\t計
1\t北地区\t1,200\t1,500\t1,800\t4,500
2\t南地区\t900\t1,100\t1,000\t3,000
3\t西地区\t400\t600\t700\t1,700
"""

BRIDGES = """<html><head><title>楢ヶ丘村 橋りょう長寿命化計画 点検結果一覧</title></head><body>
<h1>楢ヶ丘村 橋りょう長寿命化計画 点検結果一覧</h1>
<p>劣化判定は A（健全）、B（予防保全段階）、C（早期措置段階）、D（緊急措置段階）の4段階です。</p>
<table>
<tr><th rowspan="2">橋りょう番号</th><th rowspan="2">橋りょう名</th><th rowspan="2">管理課</th><th colspan="2">劣化判定</th><th rowspan="2">対策内容</th></tr>
<tr><th>H30点検</th><th>R5再点検</th></tr>
<tr><td>橋01</td><td>川口橋</td><td>建設課</td><td>A</td><td>B</td><td>予防保全</td></tr>
<tr><td>橋02</td><td>中瀬橋</td><td>建設課</td><td>B</td><td>B</td><td>予防保全</td></tr>
<tr><td>橋03</td><td>宮下橋</td><td>農林課</td><td>B</td><td>D</td><td>架替え</td></tr>
<tr><td>橋04</td><td>新田橋</td><td>農林課</td><td>C</td><td>C</td><td>修繕</td></tr>
<tr><td>橋05</td><td>松原橋</td><td>建設課</td><td>A</td><td>A</td><td>経過観察</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("marks_by_year")
    (folder / "楢ヶ丘村_事業進捗報告.txt").write_text(REPORT, encoding="utf-8")
    (folder / "楢ヶ丘村_橋りょう点検結果.html").write_text(BRIDGES, encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("number") or r.get("key")) for r in answer.rows}


@pytest.mark.parametrize("question,codes", [
    ("R4からR5で進捗が落ちた事業", {"振01", "振03", "振06"}),  # (marks; 「－」 no grade to compare)
    ("楢ヶ丘村で、R3とR5を比べて、進捗が良くなった事業は？", {"振05", "振08"}),
    ("楢ヶ丘村の事業で、R3～R5でずっと「－」で、進捗の評価が一度もないのは？", {"振04", "振07"}),
    ("劣化判定、H30の点検よりR5のほうが悪くなってる橋りょうぜんぶ出して", {"橋01", "橋03"}),
])
def test_grades_of_two_years_compared(assistant, question, codes):
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == codes, answer.summary


def test_no_row_improved_is_an_honest_zero(assistant):
    answer = ask(assistant, "H30とR5で劣化判定を比べて、良くなった橋りょうは？")
    assert answer.count == 0 and not answer.rows and not answer.unused, answer.summary
    assert any("劣化判定" in str(u.get("label")) for u in answer.understood), answer.understood


def test_a_unit_line_starts_the_next_table_of_as_many_columns(assistant):
    answer = ask(assistant, "R4からR5で経費が減った地区は？")
    assert _codes(answer) == {"2"}, answer.summary
