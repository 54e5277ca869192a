"""A list of audit findings with the day each was acted on (措置年月日, 和暦): a fiscal year said 「…年度中に措置済に
なった」 is the year that day falls in (３月31日 is of the year before), not the row's own 監査年度; 「措置年月日が
いちばん新しいのはどの件」 asks for the finding (its printed code), 「…はいつ」 for the day. Over made138's workbook and
a made-up town's list of another shape (完了日 beside 点検年度, codes of its own), so nothing is one file's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE138 = Path(__file__).resolve().parents[1] / "questions" / "made138" / "docs"
WORKBOOK = "包括外部監査結果措置状況一覧（R7.10.31現在）.xlsx"

# (点検年度, code, 所管課, 指摘の内容, 対応状況, 完了日)
ROWS = [
    ("令和５年度", "T5-1", "税務課", "滞納整理の記録が不十分", "完了", "令和6年3月29日"),
    ("令和５年度", "T5-2", "建設課", "工事検査調書の押印漏れ", "完了", "令和6年4月2日"),
    ("令和５年度", "T5-3", "保健課", "委託料の精算遅延", "対応中", "－"),
    ("令和６年度", "T6-1", "税務課", "減免申請書の保存期間誤り", "完了", "令和7年3月31日"),
    ("令和６年度", "T6-2", "農林課", "補助金実績報告の審査漏れ", "完了", "令和6年11月15日"),
    ("令和６年度", "T6-3", "建設課", "道路台帳の更新遅延", "完了", "令和7年6月30日"),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "点検結果"
    ws["A1"] = "柊野町 内部点検指摘事項の対応状況"
    ws.merge_cells("A1:F1")
    for col, head in enumerate(["点検年度", "番号", "所管課", "指摘の内容", "対応状況", "完了日"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(ROWS, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("action_dates")
    shutil.copy(MADE138 / WORKBOOK, folder / WORKBOOK)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("action_dates_town")
    _workbook(folder / "内部点検指摘事項対応状況.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("key", "")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    # 令和６年３月31日 is of 令和５年度; the rows' 監査年度 is another year (R4's findings acted on in R5)
    ("令和５年度中（令和６年３月31日まで）に措置済になったものは？",
     ["R4-意-05", "R4-意-07", "R4-意-08", "R4-指-01", "R4-指-02", "R4-指-03", "R4-指-05", "R4-指-06", "R5-指-02"]),
])
def test_year_of_the_day_acted(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert _codes(answer) == codes, (answer.status, answer.summary)
    assert not any(c["field"] == "監査年度" for c in answer.understood)


def test_year_of_the_day_acted_counted(assistant) -> None:
    answer = ask(assistant, "令和６年度中に措置済になったのは何件？")
    assert answer.count == 11, answer.summary


def test_the_row_year_still_the_rows_own(assistant) -> None:
    # 「令和５年度の監査で」 is the 監査年度 of the rows, no day's year
    answer = ask(assistant, "令和５年度の監査で措置済になったものは？")
    assert any(c["field"] == "監査年度" for c in answer.understood)
    assert not any(c["field"] == "措置年月日" for c in answer.understood)


@pytest.mark.parametrize("turns,value", [
    (("措置年月日がいちばん新しいのはどの件？",), "R6-意-09"),
    (("生涯学習課の監査結果", "そのうち措置年月日が一番早いのは？"), "R4-指-05"),
    (("措置年月日がいちばん新しいのはいつ？",), "令和7年10月20日"),  # the day asked, not the row
])
def test_latest_day_names_the_row(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.value == value, (answer.status, answer.summary)


@pytest.mark.parametrize("question,codes", [
    # another town's words: 完了日 by 完了, 点検年度 the rows' own year; 令和7年3月31日 is of 令和６年度
    ("令和６年度中に完了したものは？", ["T5-2", "T6-1", "T6-2"]),
    ("令和５年度中に完了した指摘は？", ["T5-1"]),
])
def test_other_town_year_of_the_day(town, question, codes) -> None:
    answer = ask(town, question)
    assert _codes(answer) == codes, (answer.status, answer.summary, answer.understood)


@pytest.mark.parametrize("question,value", [
    ("完了日がいちばん新しいのはどれ？", "T6-3"),
    ("完了日が一番早いのは？", "T5-1"),
])
def test_other_town_latest_day(town, question, value) -> None:
    answer = ask(town, question)
    assert answer.value == value, (answer.status, answer.summary)


HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>区分別の対応件数｜楢岡村</title></head><body>
<h1>広聴 区分別の対応件数</h1>
<p style="text-align:right">（単位：件）</p>
<table>
<thead>
<tr><th rowspan="2">年度</th><th rowspan="2">窓口</th><th colspan="3">苦情</th><th colspan="3">要望</th></tr>
<tr><th>件数</th><th>対応済</th><th>未対応</th><th>件数</th><th>対応済</th><th>未対応</th></tr>
</thead><tbody>
<tr><td>令和５年度</td><td>本庁</td><td>20</td><td>12</td><td>8</td><td>14</td><td>13</td><td>1</td></tr>
<tr><td>令和５年度</td><td>支所</td><td>6</td><td>6</td><td>0</td><td>5</td><td>2</td><td>3</td></tr>
<tr><td>令和６年度</td><td>本庁</td><td>17</td><td>15</td><td>2</td><td>12</td><td>12</td><td>0</td></tr>
<tr><td>令和６年度</td><td>支所</td><td>9</td><td>4</td><td>5</td><td>30</td><td>10</td><td>20</td></tr>
</tbody></table>
</body></html>
"""


@pytest.fixture(scope="module")
def counts(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("groups_apart")
    shutil.copy(MADE138 / "テーマ別措置状況件数.html", folder / "テーマ別措置状況件数.html")
    (folder / "区分別対応件数.html").write_text(HTML, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question,value,columns", [
    # the counts of 措置済 apart, not the groups' 件数 (10 − 6 = 4 of R4 would be stated with confidence)
    ("R4の監査で、措置済の件数は意見のほうが指摘より何件多い？", 1, "意見措置済|指摘措置済"),
    # another table's words: 対応済 of 要望 and 苦情
    ("令和５年度の本庁で、対応済の件数は要望のほうが苦情より何件多い？", 1, "要望対応済|苦情対応済"),
    ("令和６年度の支所で、未対応は要望のほうが苦情より何件多い？", 15, "要望未対応|苦情未対応"),
])
def test_groups_apart_of_the_measure_said(counts, question, value, columns) -> None:
    answer = ask(counts, question)
    assert answer.value == value, (answer.status, answer.summary, answer.understood)
    assert any(str(c["field"]).startswith(columns) for c in answer.understood)
