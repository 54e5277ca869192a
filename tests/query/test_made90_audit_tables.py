"""Kinds the fresh holdout made90 (内部統制・監査 of a made-up city) found misread in documents no kind was
written for: a workbook with a sheet per fiscal year whose rows are numbered anew each year (5-01…, 6-01…),
a risk list whose 前年度 column is its measure's year before, a report's table of grades by year with a
printed change (↓悪化), a page of rates per 課 with 部計 rows and a 全庁合計 row, a fixed-width table of
counts by 区分 × year. Each case names what a wrong reading would give; a second small page of another
town's own words (tests below) shows the 部計 and 全庁 readings are not made90's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made90" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made90_tables")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("key", "")) for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the year said of the findings is their sheet's (not the year a 措置年月 falls in, nor the 集計 sheet's figure)
    (("令和6年度の監査指摘で、まだ未措置のままになっているのはどれ？",), ["6-07", "6-10"]),
    (("総務部以外で、令和7年度の指摘のうち措置済になったものは？",), ["7-04", "7-05", "7-09", "7-10"]),
    # the sheet's year and the fiscal year of the month column, each where it is said
    (("令和5年度の指摘事項のうち、令和6年度中に措置が完了したものは？",), ["5-02", "5-03", "5-06", "5-08", "5-09", "5-12"]),
    # 「令和8年に入ってから」: a calendar year over a column of months
    (("令和8年に入ってから措置が完了した監査指摘はどれ？",), ["7-01", "7-04", "7-09", "7-10"]),
    # 監査指摘 names the document (its file's name), no value 指摘 of 指摘区分 (7-11 is a 要望)
    (("教育部に対する監査指摘を一覧で出して", "そのうち未措置のものは？"), ["7-11"]),
    # the note's definition of 再指摘 said before it is the value, nothing more
    (("前の年度の指摘がまた再指摘されているものってどれ？",), ["6-04", "6-08", "6-10", "7-06"]),
    # 前年度 beside リスク値: its year before; 新規 said as 新たに…された
    (("前年度よりリスク値が下がったリスクを教えて",), ["R-07", "R-11", "R-16", "R-19", "R-26", "R-27"]),
    (("令和7年度に新たに識別されたリスクを教えて",), ["R-13", "R-18", "R-20", "R-29"]),
    (("リスク値がいちばん高いリスクはどれ？",), ["R-15", "R-28"]),  # (the tie alone, no ranking)
    # ↓悪化 printed by the document
    (("前年度から評価が悪くなった評価項目を教えてください",), ["A-3", "B-4", "B-5", "B-8"]),
    (("R6・R7の両年度とも受講率100％だった課は？",), ["1", "10", "2"]),
    (("令和7年度に研修受講率が80％未満だった課を教えて", "その中で、前年度も80％を下回っていたのは？"), ["20"]),
])
def test_rows(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert _codes(answer) == codes, (answer.status, answer.summary)


@pytest.mark.parametrize("turns,value", [
    (("令和6年度の監査指摘のうち措置済になっている割合は何％？",), 66.7),  # of that sheet's 12 rows
    # 「令和6年度の指摘のうち」: the year's findings (the title's 指摘事項), not those of 指摘区分 指摘 alone
    (("令和6年度の指摘のうち、措置済の割合は？",), 66.7),
    # the sheet's rows counted, not the 集計 sheet's rows beside its 未措置 column
    (("令和7年度の指摘で未措置のものはいくつ？",), 4),
    (("R5〜R7の3年間で「要望」は合計何件出ていますか",), 7),
    (("R-19の対応区分は何？", "前年度のリスク値はいくつだった？"), 15),
    (("内部統制評価報告書で重大な不備と評価された項目はどれ？", "その項目の前年度の評価は？"), "一部不備"),
    (("令和7年度の研修受講率は全庁でどれくらい？",), 86.7),  # the 全庁合計 row, no mean of the 課
    (("部単位で見ると、令和7年度の研修受講率が一番低い部は？",), "健康福祉部"),  # the 部計 rows
    (("健康福祉部の令和7年度の研修受講者数は合計で何人？",), 73),  # (部計 rows never added in)
    (("教育部の各課の研修受講率を教えて", "令和7年度でいちばん低いのはどの課？", "その課の前年度の受講率は？"), 78.9),
    (("令和3年度から7年度までの5年間で、通報が一番多かった区分は？",), "ハラスメント"),
    (("R3〜R7の公益通報件数は1年あたり平均何件？",), 17.8),
    # the row whose 備考 cites the one answered before (再指摘（5-07）), on the next year's sheet
    (("指摘番号5-07の措置状況はどうなってる？", "それが翌年度に再指摘された件は、いつ措置されたの？"), "令和7年9月"),
    (("内部統制の評価基準日はいつ？",), "令和8年3月31日"),
    (("内部統制の自己点検で使ったチェックリストは何項目？",), 168),
])
def test_values(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.value == value, (answer.status, answer.summary)


_PAGE = """<html><head><title>楓谷町 防災訓練参加状況</title></head><body>
<h1>防災訓練の参加状況（令和５年度・令和６年度）</h1>
<table>
<tr><th rowspan="2">No.</th><th rowspan="2">局</th><th rowspan="2">課</th><th colspan="2">令和５年度</th><th colspan="2">令和６年度</th></tr>
<tr><th>参加者数（人）</th><th>参加率（％）</th><th>参加者数（人）</th><th>参加率（％）</th></tr>
<tr><td>1</td><th rowspan="3">企画局</th><td>企画課</td><td>10</td><td>100.0</td><td>9</td><td>90.0</td></tr>
<tr><td>2</td><td>広報課</td><td>8</td><td>80.0</td><td>6</td><td>60.0</td></tr>
<tr><td></td><td>局計</td><td>18</td><td>90.0</td><td>15</td><td>75.0</td></tr>
<tr><td>3</td><th rowspan="4">生活局</th><td>環境課</td><td>12</td><td>60.0</td><td>16</td><td>80.0</td></tr>
<tr><td>4</td><td>窓口課</td><td>9</td><td>90.0</td><td>10</td><td>100.0</td></tr>
<tr><td>5</td><td>保険課</td><td>7</td><td>70.0</td><td>8</td><td>80.0</td></tr>
<tr><td></td><td>局計</td><td>28</td><td>70.0</td><td>34</td><td>85.0</td></tr>
<tr><td></td><td colspan="2">全庁合計</td><td>46</td><td>76.7</td><td>49</td><td>81.7</td></tr>
</table>
<p>注）参加率は小数点第２位を四捨五入しています。</p>
</body></html>
"""


@pytest.fixture(scope="module")
def drills(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made90_drills")
    (folder / "楓谷町_防災訓練参加状況.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,value", [
    (("令和6年度の防災訓練の参加率は全庁でどれくらい？",), 81.7),  # the 全庁合計 row's own rate
    (("局単位で見ると、令和6年度の参加率が一番高い局は？",), "生活局"),  # its 局計 row
    (("生活局の令和6年度の参加者数は合計で何人？",), 34),  # (its 局計 row never added to its 課)
])
def test_groups_and_whole_of_another_page(drills, turns, value) -> None:
    answer = ask(drills, *turns)
    assert answer.value == value, (answer.status, answer.summary)
