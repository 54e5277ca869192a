"""A workload survey and its BPR papers (tests/questions/made155): a sheet of tasks under a two-row header
(年間業務量（時間） over 正規職員 │ 会計年度任用職員 │ 合計), a working group's proposals each a 「提案(1)」 heading over a
two-column table, a web page of counter tasks with ○△× defined by a legend, and a memo of the savings worked out.
Another town's papers (an html page of its own) show none of it is one document's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made155" / "docs"

_OTHER = """<html><head><title>桜台町 業務改善の取組</title></head><body><h1>桜台町 業務改善の取組</h1>
<h2>１ 業務量</h2>
<table>
<tr><th rowspan="2">課</th><th rowspan="2">業務ID</th><th rowspan="2">業務名</th><th colspan="3">年間業務量（時間）</th><th rowspan="2">改善手法</th><th rowspan="2">削減見込（時間）</th></tr>
<tr><th>正規職員</th><th>会計年度任用職員</th><th>合計</th></tr>
<tr><td>住民課</td><td>住-01</td><td>転入届受付</td><td>900</td><td>1,500</td><td>2,400</td><td>外部委託</td><td>1,300</td></tr>
<tr><td>住民課</td><td>住-02</td><td>証明書交付</td><td>1,200</td><td>400</td><td>1,600</td><td>キオスク端末</td><td>300</td></tr>
<tr><td>住民課</td><td>住-03</td><td>戸籍審査</td><td>2,000</td><td>100</td><td>2,100</td><td>なし</td><td>0</td></tr>
<tr><td>税務課</td><td>税-01</td><td>申告受付</td><td>700</td><td>1,100</td><td>1,800</td><td>外部委託</td><td>500</td></tr>
<tr><td>税務課</td><td>税-02</td><td>課税計算</td><td>2,500</td><td>300</td><td>2,800</td><td>RPA</td><td>600</td></tr>
</table>
<h2>２ 提言</h2>
<h3>提言(1)　窓口の委託</h3>
<table><tr><th>対象業務</th><td>住-01、税-01</td></tr><tr><th>優先度</th><td>高</td></tr>
<tr><th>意見</th><td>個人情報の取扱いに留意すること。</td></tr></table>
<h3>提言(2)　課税計算の自動化</h3>
<table><tr><th>対象業務</th><td>税-02</td></tr><tr><th>優先度</th><td>中</td></tr>
<tr><th>意見</th><td>シナリオの保守体制を整えること。</td></tr></table>
<h3>提言(3)　証明書のキオスク交付</h3>
<table><tr><th>対象業務</th><td>住-02</td></tr><tr><th>優先度</th><td>低</td></tr>
<tr><th>意見</th><td>費用対効果を検証すること。</td></tr></table>
<h3>提言(4)　戸籍審査の手順見直し</h3>
<table><tr><th>対象業務</th><td>住-03</td></tr><tr><th>優先度</th><td>中</td></tr>
<tr><th>意見</th><td>個人情報を含む帳票の保管方法も見直すこと。</td></tr></table>
</body></html>
"""


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made155_survey")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sakuradai_bpr")
    (folder / "桜台町_業務改善.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("fixture, question, value", [
    # 合計 said alone before で/は, under a header whose lower cell is 合計: the sum asked
    ("survey", "市民課の年間業務量は合計で何時間？", 23300),
    ("other", "住民課の年間業務量は合計で何時間？", 6100),
    ("other", "税務課の削減見込は合計で何時間？", 1100),
    # the figure's own unit asked after the largest row: the figure, not the row's name
    ("survey", "保険年金課の中で、会計年度任用職員の時間が一番多い業務は何時間？", 2160),
    ("other", "住民課で正規職員の時間が一番多い業務は何時間？", 2000),
    # the kinds of a column of words, its 「なし」 left out
    ("survey", "改善手法って「なし」を除くと何種類使われてる？", 6),
    ("other", "改善手法って「なし」を除くと何種類？", 3),
    # a method said adopted is the value of the column of means
    ("survey", "AI-OCRを入れる業務の削減見込って、平均すると何時間？", 856),
])
def test_figures_of_the_survey_sheet(request, fixture, question, value) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_name_still_answered_when_no_figure_is_asked(survey) -> None:
    answer = ask(survey, "保険年金課の中で、会計年度任用職員の時間が一番多い業務は？")
    assert answer.value == "国保資格取得・喪失", answer.summary


@pytest.mark.parametrize("fixture, question, codes", [
    # two columns of one row compared, the unit both hold said between
    ("other", "会計年度任用職員の時間のほうが正規職員より多い業務は？", {"住-01", "税-01"}),
    # half of another column
    ("other", "削減見込が年間業務量の半分以上の業務は？", {"住-01"}),
    ("survey", "削減見込が年間業務量の半分以上になる業務はどれ？", {"総-03", "総-04", "収-04", "福-03"}),
])
def test_rows_of_the_survey_sheet(request, fixture, question, codes) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary


def test_measure_carried_out_is_each_rows_own(survey) -> None:
    answer = ask(survey, "R8上期に改善を実施する業務は何件？")
    assert answer.status == "exact" and answer.value == 6, answer.summary


@pytest.mark.parametrize("fixture, question, titles", [
    ("survey", "ＷＧ意見で個人情報に触れてるものは？", {"紙申請書のAI-OCR読取", "市民課窓口の包括的民間委託"}),
    ("survey", "優先度が高の提案は？", {"定型計算・帳票作成業務のRPA化", "紙申請書のAI-OCR読取", "市民課窓口の包括的民間委託"}),
    ("other", "意見で個人情報に触れてる提言は？", {"窓口の委託", "戸籍審査の手順見直し"}),
    ("other", "優先度が中の提言は？", {"課税計算の自動化", "戸籍審査の手順見直し"}),
])
def test_numbered_proposals_hold_their_table(request, fixture, question, titles) -> None:
    # 「提案(1)　…」「提言(1)　…」 over a two-column table: one item, the table's rows its fields
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.status == "exact" and {r["title"] for r in answer.rows} == titles, answer.summary


@pytest.mark.parametrize("question, value", [
    ("委託できない×の業務はいくつ？", 3),
    ("一部委託できる業務は何件？", 5),
])
def test_legend_meanings_said_as_verbs(survey, question, value) -> None:
    # 「×：委託不可」「△：一部委託可能」 said 「委託できない」「一部委託できる」
    answer = ask(survey, question)
    assert answer.status == "exact" and answer.value == value, answer.summary


@pytest.mark.parametrize("question, value", [
    ("試算に使った人件費単価って時間あたりいくら？", 3800),
    ("削減見込を人件費に換算すると何円？", 90098000),
    ("削減見込の合計は何人工分？", 13.2),
])
def test_figures_read_from_the_memo(survey, question, value) -> None:
    answer = ask(survey, question)
    assert answer.status == "search" and answer.value == value, answer.summary


@pytest.fixture(scope="module")
def beside_plan(tmp_path_factory):
    """The survey's papers beside a shipped plan report whose practice items name their departments (課): a
    question of the 課 could be read as that plan's departments counted, were the survey's table not read."""
    folder = tmp_path_factory.mktemp("made155_beside_plan")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    shutil.copy(Path(__file__).parent.parent.parent / "corpus" / "002_388add96d06013c9.txt", folder)
    return assistant_over(folder)


def test_column_heading_matched_only_as_text_is_the_tables(beside_plan):
    # 人工 is no field of a practice item, only a word its text might hold; it heads a column of the PDF's table of
    # 課: the 課 with the most 人工 is that table's, never the plan's department with the most items
    answer = ask(beside_plan, "人工が一番多い課は？")
    assert answer.status == "exact"
    assert answer.value == "市民課"
    assert {r.get("source") for r in answer.rows} == {"令和7年度業務量調査_課別サマリー.pdf"}


def test_count_column_said_with_plain_counter(beside_plan):
    # 「業務数が5つある」: 5 of the count column 業務数, the counter つ its number's own, not the plan's
    # departments having five items
    answer = ask(beside_plan, "業務数が5つある課はどこ？")
    assert answer.status == "exact"
    assert {str(r.get("課") or r.get("title")) for r in answer.rows} == {"税務課", "市民課", "介護保険課"}


@pytest.mark.parametrize("question, codes", [
    # 実施予定 right after a time said, over a column 実施時期: the column's own act, its year the time said
    ("令和９年度以降に実施予定の改善はどの業務？", {"総-03", "職-04", "税-02", "税-05", "収-04", "市-01", "市-02", "市-05",
                                      "保-01", "保-03", "福-02", "福-04", "介-01", "介-03", "介-04"}),
    ("R8上期に実施予定の業務は？", {"総-01", "職-01", "職-02", "税-04", "収-01", "保-04"}),
])
def test_planned_act_of_the_time_column(survey, question, codes):
    answer = ask(survey, question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes


def test_group_another_document_prints_over_the_rows(survey):
    # 部 is in no cell of the sheet of tasks; the PDF prints its 課 under headings of their 部: 総務部 is the rows of
    # 総務課 and 職員課, said as such
    answer = ask(survey, "総務部で削減見込がゼロの業務ってどれ？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"総-02", "職-03"}
    assert any("総務課・職員課" in str(u.get("label")) for u in answer.understood)


def test_group_not_printed_elsewhere_is_no_condition(other):
    # the other town's page prints no table of its 課 under 部: 「総務部」 reads as nothing of the tasks
    answer = ask(other, "総務部で削減見込がゼロの業務ってどれ？")
    assert answer.status != "exact" or not answer.rows
