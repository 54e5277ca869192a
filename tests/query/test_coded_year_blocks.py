"""A report of blocks each headed by a record's code (「■ R4-02　里山竹林再生プロジェクト」) over a table of the years it
ran (年度 │ 団体自己評価 │ 担当課評価) — tests/questions/made154's Word report, beside the shipped corpus — and a town's
web page of the same shape with other labels, codes and grades. Each block is one row keyed by its code (practice:<code>: its years are graded; the list of the same projects, ungraded, keys table_row), its years'
cells columns of their year; a change said with no year runs over each row's own years; 「担当課の評価」 is the
column, not the plan's 担当部署 and grades; 「…だったことがある」 bounds some year; one row's value asked with no year
is the one year it prints."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).parent.parent.parent
DOCS = ROOT / "tests" / "questions" / "made154" / "docs"

_OTHER = """<html><head><title>楓台町 地域活動補助事業 評価結果</title></head><body><h1>楓台町 地域活動補助事業 評価結果</h1>
<p>評価の基準　A：十分達成　B：概ね達成　C：一部未達成</p>
<p>■ K-11　通学路見守り隊</p><p>実施団体：楓台PTA連合会　／　所管課：学校教育課</p>
<table><tr><th>年度</th><th>自己評価</th><th>所管課評価</th></tr>
<tr><td>令和4年度</td><td>B</td><td>C</td></tr><tr><td>令和5年度</td><td>A</td><td>B</td></tr>
<tr><td>令和6年度</td><td>A</td><td>B</td></tr></table>
<p>■ K-12　高齢者サロン運営</p><p>実施団体：楓台社会福祉協議会　／　所管課：福祉課</p>
<table><tr><th>年度</th><th>自己評価</th><th>所管課評価</th></tr>
<tr><td>令和4年度</td><td>A</td><td>A</td></tr><tr><td>令和5年度</td><td>B</td><td>B</td></tr></table>
<p>■ K-21　花いっぱい運動</p><p>実施団体：楓台緑の会　／　所管課：環境課</p>
<table><tr><th>年度</th><th>自己評価</th><th>所管課評価</th></tr>
<tr><td>令和5年度</td><td>B</td><td>B</td></tr><tr><td>令和6年度</td><td>B</td><td>C</td></tr></table>
<p>■ K-22　子ども将棋教室</p><p>実施団体：楓台将棋クラブ　／　所管課：生涯学習課</p>
<table><tr><th>年度</th><th>自己評価</th><th>所管課評価</th></tr>
<tr><td>令和6年度</td><td>A</td><td>C</td></tr></table>
</body></html>
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made154_blocks")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    for path in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kaedes_blocks")
    (folder / "地域活動補助事業評価.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"] if str(r["key"]).startswith(("practice:", "table_row:"))}


@pytest.mark.parametrize("question, codes", [
    ("R5の担当課評価が△だった事業は？", {"R4-04", "R4-05"}),
    ("団体自己評価も担当課評価も２年連続で◎だった事業は？", {"R5-01"}),
])
def test_each_block_is_a_row_keyed_by_its_heading_code(report, question, codes) -> None:
    answer = ask(report, question)
    assert answer.status == "exact" and _keys(answer) == {f"practice:{c}" for c in codes}, answer.summary


def test_a_block_of_another_town_is_keyed_by_its_code_too(other) -> None:
    answer = ask(other, "令和５年度の所管課評価がBだった事業は？")
    assert answer.status == "exact" and _keys(answer) == {"practice:K-11", "practice:K-12", "practice:K-21"}, answer.summary


def test_a_change_with_no_year_runs_over_each_rows_own_years(report, other) -> None:
    # (R4-04 ran R4–R5 and R5-03 R5–R6: the last two years alone would leave R4-04 out)
    answer = ask(report, "担当課の評価が下がっちゃった事業ってある？")
    assert _keys(answer) == {"practice:R4-04", "practice:R5-03"}, answer.summary
    assert any("最初の年度" in str(u.get("label")) for u in answer.understood), answer.understood
    # (K-12 ran R4–R5, K-21 R5–R6; K-11 rose from C to B)
    answer = ask(other, "所管課評価が下がった事業は？")
    assert _keys(answer) == {"practice:K-12", "practice:K-21"}, answer.summary
    answer = ask(other, "所管課の評価が上がった事業は？")
    assert _keys(answer) == {"practice:K-11"}, answer.summary


def test_two_years_said_keep_their_change(report) -> None:
    # (a change between two years said stays between them, whatever years the rows print)
    answer = ask(report, "R5からR6にかけて参加者数が増えた事業は？")
    assert not any(str(u.get("op")).startswith("span_") for u in answer.understood), answer.understood


def test_ever_said_bounds_some_year(report) -> None:
    answer = ask(report, "自治会が提案した事業は？", "そのうち参加者数が200人以上だったことがあるのは？")
    assert answer.status == "exact" and set(_table_rows(answer)) == {"table_row:R5-02", "table_row:R6-02"}, answer.summary
    # (a year said keeps the bound on that year)
    answer = ask(report, "自治会が提案した事業は？", "そのうち令和６年度の参加者数が200人以上だったことがあるのは？")
    assert set(_table_rows(answer)) == {"table_row:R6-02"}, answer.summary


def test_one_rows_value_is_the_one_year_it_prints(report) -> None:
    answer = ask(report, "河川清掃の事業に出た交付額はいくら？")
    assert answer.value == 180000 and "令和5年度" in answer.summary, answer.summary


def _table_rows(answer) -> list[str]:
    """The rows' keys, as table rows: rows read as the items another table grades are keyed practice and show their
    own table row as an excerpt keyed table_row (one decision for every set, issue 12)."""
    d = answer.to_dict()
    rows = [str(r.get("key", "")) for r in d["rows"]]
    shown = [str(e.get("key", "")) for e in d.get("excerpts") or [] if str(e.get("key", "")).startswith("table_row:")]
    rekeyed = rows and not any(k.startswith("table_row:") for k in rows) and len(shown) == len(rows)
    return shown if rekeyed else rows
