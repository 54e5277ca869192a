"""A legend table of grades (評価 │ 状態 │ 修繕の方針 over A, B, C, D) asked for the grade whose meaning is quoted: the
grade column said prints letters only, so the quoted words are the other column's that prints them
(question._other_holder), and the legend's rows are keyed by their letter (read._grade_letters_column). Another
town's page, beside its facility list (another page) whose 劣化度評価 column prints the same letters; a legend whose
letters a table of its own document grades by keeps no codes (read._unkey_graded_legends: made95's 判定の基準)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>橋りょう・公共建築物の点検結果｜柚木原村</title></head>
<body><main>
<h1>橋りょう・公共建築物の点検結果</h1>
<p>更新日：2025年11月20日</p>
<h2>劣化度評価の基準</h2>
<table border="1">
<thead><tr><th>評価</th><th>状態</th><th>修繕の方針</th></tr></thead>
<tbody>
<tr><th>A</th><td>異常なし</td><td>経過観察とし、次回点検で確認</td></tr>
<tr><th>B</th><td>軽微な損傷</td><td>損傷が進む前に予防的な修繕を検討</td></tr>
<tr><th>C</th><td>損傷が進行</td><td>機能の低下があり、計画的な修繕が必要</td></tr>
<tr><th>D</th><td>重大な損傷</td><td>利用者の安全に関わるため、至急の修繕が必要</td></tr>
</tbody></table>
</main></body></html>
"""


_LIST = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>点検した施設の一覧｜柚木原村</title></head>
<body><main>
<h1>点検した施設の一覧</h1>
<h2>点検した施設</h2>
<table border="1">
<thead><tr><th>施設番号</th><th>施設名</th><th>所管課</th><th>点検年度</th><th>劣化度評価</th></tr></thead>
<tbody>
<tr><td>K-01</td><td>中川原橋</td><td>建設課</td><td>令和5年度</td><td>B</td></tr>
<tr><td>K-02</td><td>村民体育館</td><td>教育課</td><td>令和6年度</td><td>C</td></tr>
<tr><td>K-03</td><td>西郷保育所</td><td>福祉課</td><td>令和6年度</td><td>D</td></tr>
<tr><td>K-04</td><td>上野団地集会所</td><td>総務課</td><td>令和5年度</td><td>A</td></tr>
</tbody></table>
</main></body></html>
"""


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legend")
    (folder / "点検結果｜柚木原村.html").write_text(_PAGE, encoding="utf-8")
    (folder / "点検施設一覧｜柚木原村.html").write_text(_LIST, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}


def test_the_grade_whose_meaning_is_quoted(village) -> None:
    urgent = ask(village, "劣化度評価で「至急の修繕が必要」とされているのはどのランク？")
    assert urgent.status == "exact" and _codes(urgent) == {"D"}, urgent.summary
    planned = ask(village, "評価で「計画的な修繕が必要」となっているのはどれ？")
    assert planned.status == "exact" and _codes(planned) == {"C"}, planned.summary


def test_the_facility_list_keeps_its_grades(village) -> None:
    graded = ask(village, "劣化度評価がDの施設は？")
    assert graded.status == "exact" and graded.count == 1 and "西郷保育所" in graded.summary, graded.summary


@pytest.fixture(scope="module")
def one_page(tmp_path_factory):
    """The legend and the facility list on one page: the legend's letters are the list's grades, no codes."""
    folder = tmp_path_factory.mktemp("legend_one_page")
    body = _LIST.split("<h1>点検した施設の一覧</h1>\n")[1]
    (folder / "点検結果｜柚木原村.html").write_text(_PAGE.replace("</main></body></html>\n", body), encoding="utf-8")
    return assistant_over(folder)


def test_a_legend_beside_the_rows_it_grades_keeps_the_letters_as_grades(one_page) -> None:
    graded = ask(one_page, "劣化度評価がCかDだった施設は？")
    assert graded.status == "exact" and graded.count == 2 and "西郷保育所" in graded.summary, graded.summary


def test_a_grade_asked_of_a_row_is_that_row_not_the_legend(one_page) -> None:
    grade = ask(one_page, "西郷保育所の劣化度評価は？")
    assert grade.value == "D" and [str(r["key"]) for r in grade.to_dict()["rows"]] == ["practice:K-03"], grade.summary



_MONITORING = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>指定管理施設のモニタリング結果｜柚木原村</title></head>
<body><main>
<h1>令和6年度 指定管理施設のモニタリング結果</h1>
<table border="1">
<thead><tr><th>施設番号</th><th>施設名</th><th>指定管理者</th><th>総合点</th><th>評価</th></tr></thead>
<tbody>
<tr><td>S-11</td><td>柚木原温泉センター</td><td>株式会社ゆのき</td><td>18</td><td>A</td></tr>
<tr><td>S-12</td><td>村営キャンプ場</td><td>柚木原観光協会</td><td>11</td><td>C</td></tr>
<tr><td>S-13</td><td>ふるさと資料館</td><td>NPO法人さとやま</td><td>15</td><td>B</td></tr>
<tr><td>S-14</td><td>村民プール</td><td>株式会社アクア北</td><td>7</td><td>D</td></tr>
<tr><td>S-15</td><td>農産物直売所</td><td>JA柚木原</td><td>16</td><td>B</td></tr>
</tbody></table>
</main></body></html>
"""

_POLICY = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>指定管理施設の運用方針｜柚木原村</title></head>
<body><main>
<h1>指定管理施設の運用方針</h1>
<h2>モニタリングの評価</h2>
<table border="1">
<thead><tr><th>評価</th><th>総合点</th><th>村の対応</th></tr></thead>
<tbody>
<tr><th>A</th><td>17点以上</td><td>次期も同様の管理を期待する</td></tr>
<tr><th>B</th><td>13～16点</td><td>軽微な改善を求める</td></tr>
<tr><th>C</th><td>9～12点</td><td>改善計画の提出を求める</td></tr>
<tr><th>D</th><td>8点以下</td><td>指定の取消しを含め検討する</td></tr>
</tbody></table>
</main></body></html>
"""


@pytest.fixture(scope="module")
def monitoring(tmp_path_factory):
    """The graded list on one page, the legend of its grades in the policy on another."""
    folder = tmp_path_factory.mktemp("legend_policy")
    (folder / "モニタリング結果｜柚木原村.html").write_text(_MONITORING, encoding="utf-8")
    (folder / "運用方針｜柚木原村.html").write_text(_POLICY, encoding="utf-8")
    return assistant_over(folder)


def test_grades_said_of_the_rows_ask_the_list_not_the_legend_of_another_page(monitoring) -> None:
    """(「CかDの評価だった施設」: 評価 said as the column the letters are of, which the legend keyed by them calls its
    rows by no more — the graded list answers, as made95's 判定の基準 printed again in its policy)"""
    for question in ("モニタリングでCかDの評価だった施設は？", "CかDの評価だった施設は？"):
        graded = ask(monitoring, question)
        assert graded.status == "exact" and sorted(r["number"] for r in graded.rows) == ["S-12", "S-14"], graded.summary
