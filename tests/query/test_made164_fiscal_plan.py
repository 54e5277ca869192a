"""A village's 中期財政計画 documents beside the shipped corpus (tests/questions/made164): its 財政健全化の取組 are
headings 「取組１ …」 each over a two-column key-value table (所管課, 開始年度, 効果額, 状況), read as the table's rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made164" / "docs"


@pytest.fixture(scope="module")
def village(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("made164_beside")
    shutil.copytree(corpus_dir, folder / "docs")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / "docs")
    return assistant_over(folder / "docs")


@pytest.mark.parametrize("question", ["取組を担当している課は全部で何課？", "取組を担当している課はいくつ？"])
def test_offices_counted_by_the_verb_of_their_column(village, question) -> None:
    # (担当 says the 所管課 column, 課 the noun it qualifies and its counter: how many different 課, not the 14 rows)
    answer = ask(village, question)
    assert answer.value == 5, (answer.status, answer.summary)


@pytest.mark.parametrize("question", ["財政健全化の取組全体で、５年間の効果額はいくらを見込んでる？", "取組全体で、効果額はいくら？"])
def test_an_amount_asked_of_the_whole_is_the_sum(village, question) -> None:
    # (全体で, no row named: the 13 printed amounts added up, the 「－」 of one left out and said so)
    answer = ask(village, question)
    assert answer.value == 360600 and "合計" in answer.summary, (answer.status, answer.summary)


def test_one_row_named_keeps_its_own_amount(village) -> None:
    answer = ask(village, "使用料・手数料の見直しの効果額はいくら？")
    assert answer.value == 18500, (answer.status, answer.summary)


def _names(answer) -> list[str]:
    return sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"])


def test_the_unit_in_a_row_label_is_a_unit_not_the_name(village) -> None:
    # (「指標（単位）」 over 「基金残高（百万円）」: the row is 基金残高, its unit 百万円; 財政力指数 prints none)
    answer = ask(village, "財政指標の表で単位が百万円の指標はどれ？")
    assert answer.status == "exact" and _names(answer) == ["地方債現在高", "基金残高", "標準財政規模"], answer.summary


def test_a_follow_up_keeps_the_unit_condition(village) -> None:
    answer = ask(village, "財政指標の表で単位が百万円の指標はどれ？", "そのうちR6がR5より減っているのは？")
    assert _names(answer) == ["基金残高"], answer.summary


def test_a_row_named_without_its_unit(village) -> None:
    answer = ask(village, "将来負担比率のR6は？")
    assert answer.value == 14.2, answer.summary


def test_a_year_under_the_plan_period_heading_is_the_year_alone(village) -> None:
    # (「計画期間」 merged over Ｒ７…Ｒ11 beside 構成比（Ｒ７）: R7 said alone is the amount's column)
    answer = ask(village, "扶助費のR7は？")
    assert answer.status == "exact" and answer.value == 312600, answer.summary


def test_the_share_of_the_year_is_asked_by_its_word(village) -> None:
    answer = ask(village, "扶助費のR7の構成比は？")
    assert answer.value == 10.3, answer.summary


def test_a_span_of_the_plan_years_averaged(village) -> None:
    answer = ask(village, "扶助費のR7からR11の平均は？")
    assert answer.value == 322700, answer.summary


@pytest.mark.parametrize("question", ["一人当たり借金残高の令和６年度は？", "令和６年度の一人当たりの借金残高は？",
                                      "村民一人当たり借金残高、令和６年度はいくら？"])
def test_per_person_said_as_the_caption_says(village, question) -> None:
    # (the table 「村民一人当たりの地方税と借金残高」: every figure per person, the words naming no column)
    answer = ask(village, question)
    assert answer.status == "exact" and answer.value == 1057390, (answer.status, answer.summary)


def test_per_person_of_a_table_not_per_person_stays_unread(village) -> None:
    # (the funds' table says nothing of people: 一人当たり is said unused, never dropped)
    answer = ask(village, "財政調整基金の一人当たりの令和6年度末は？")
    assert answer.status == "partial" and "1人当たり" in answer.unused, (answer.status, answer.summary)


@pytest.mark.parametrize(("question", "funds"), [
    ("R6末からR7末見込で残高が増える基金は？", ["公共施設整備基金", "森林環境譲与税基金"]),
    ("R5末からR7末見込までずっと減り続けている基金は？", ["ふるさと定住促進基金", "漁港整備基金", "財政調整基金"]),
    ("R6末からR7末見込で残高が減らない基金はどれ？", ["公共施設整備基金", "地域福祉基金", "森林環境譲与税基金"]),
])
def test_year_end_balances_and_the_forecast_end_are_one_series(village, question, funds) -> None:
    # (令和5年度末 | 令和6年度末 | 令和7年度末見込: the forecast's column is the next year's end of the same balance)
    answer = ask(village, question)
    assert answer.status == "exact" and _names(answer) == funds, answer.summary


def test_the_years_a_row_prints_the_dash_counted(village) -> None:
    answer = ask(village, "将来負担比率が「－」で算定されていない年度はいくつある？")
    assert (answer.status, answer.value) == ("exact", 2), answer.summary


def test_the_years_a_row_rose_counted(village) -> None:
    answer = ask(village, "地方債現在高が前年度末より増えた年度は何回？")
    assert (answer.status, answer.value) == ("exact", 3), answer.summary


def test_a_row_of_the_plan_averaged_over_its_years_said_by_their_count(village) -> None:
    # (扶助費 is written in the shipped corpus too; the row of this table asked with its five years is this table's)
    answer = ask(village, "扶助費の５年間の平均額は？（千円）")
    assert (answer.status, answer.value) == ("exact", 322700.0), answer.summary


def test_the_year_its_caption_names_is_the_comparison_tables_own(village) -> None:
    # (表２ 類似団体との比較（令和５年度決算）, no year column, in a document of H30～R6: R5 said is its scope)
    answer = ask(village, "令和５年度決算で、本村が類似団体平均を上回っている指標は？")
    assert answer.status == "exact" and _names(answer) == ["ラスパイレス指数", "実質公債費比率", "経常収支比率"], answer.summary


def test_another_year_is_not_the_comparison_tables(village) -> None:
    answer = ask(village, "令和４年度決算で、本村が類似団体平均を上回っている指標は？")
    assert answer.status != "exact", answer.summary


def test_the_gap_of_the_row_to_the_average_column(village) -> None:
    answer = ask(village, "財政力指数、類似団体平均よりどれだけ低い？")
    assert (answer.status, answer.value) == ("exact", 0.033), answer.summary


@pytest.mark.parametrize("question", ["将来負担比率が前年度より下がった年度は何回？", "将来負担比率は前の年より上がった年度が何回ある？"])
def test_a_rise_count_over_dashed_years_is_declined(village, question) -> None:
    # (the row prints 「－」 for two years: no change from or to them, so no count is given as certain, and the
    # reason is said, not the one pair of years left over)
    answer = ask(village, question)
    assert answer.status == "partial" and answer.value is None and "数えられません" in answer.summary, answer.summary


@pytest.mark.parametrize("question", ["R7の構成比で見て歳出の上位3つを大きい順に", "Ｒ７の構成比で見て歳出の上位３項目を大きい順に"])
def test_the_share_of_a_year_orders_the_rows_by_its_own_column(village, question) -> None:
    # (R7 said with 構成比, whose column is 構成比（R7）: the order is by the share, not by the R7 amounts;
    # 「上位３項目」: 項目 is the rows' own word counting them, not the name column asked)
    answer = ask(village, question)
    assert answer.status == "exact" and [r["title"] for r in answer.to_dict()["rows"]] == [
        "普通建設事業費", "人件費", "物件費"] and "構成比" in answer.summary, answer.summary


@pytest.mark.parametrize("question", ["令和７年度に財政調整基金から取り崩す予定額は？", "財政調整基金をいくら取り崩す予定？"])
def test_an_amount_read_before_the_verb_asked(village, question) -> None:
    # (「…136,000千円を取り崩す予定であり」: the amount printed before を and the question's verb, read from the
    # passage, the answer staying a search; not a 事務事業's 総事業費)
    answer = ask(village, question)
    assert answer.status == "search" and answer.value == 136000 and "千円" in answer.summary, answer.summary


@pytest.mark.parametrize("question, names", [
    ("H30からR6までずっと算定されていない（－の）指標は？", ["実質赤字比率", "連結実質赤字比率"]),
    ("どの年度も「－」になっている指標は？", ["実質赤字比率", "連結実質赤字比率"]),
    # (将来負担比率 prints 「－」 in R3 and R4 only: not every year of R3～R6)
    ("R3からR6までずっと「－」の指標は？", ["実質赤字比率", "連結実質赤字比率"]),
])
def test_rows_printing_the_dash_every_year(village, question, names) -> None:
    answer = ask(village, question)
    assert answer.status == "exact" and sorted(r["title"] for r in answer.to_dict()["rows"]) == names, answer.summary


@pytest.mark.parametrize("follow_up, names", [
    ("そのうち減る額が20,000千円に届かないのは？", ["人件費", "物件費", "補助費等"]),
    ("そのうち減った額が20,000千円以上のものは？", ["普通建設事業費"]),
])
def test_a_bound_on_the_size_of_the_change_before(village, follow_up, names) -> None:
    # (the change R7→R11 the rows were chosen by, bounded in the unit the document prints: 単位：千円)
    answer = ask(village, "歳出で、R11の額がR7より少なくなる項目は？", follow_up)
    assert answer.status == "exact" and sorted(r["title"] for r in answer.to_dict()["rows"]) == names, answer.summary


def test_the_rows_whose_own_peak_is_the_year_said(village) -> None:
    # (R8 the largest of each row's five years, not the rows largest in R8; then 構成比（R7） bounded)
    first = ask(village, "歳入のうち、計画期間中でR8が一番多くなる項目は？")
    assert first.status == "exact" and "R8が最大" in first.summary and len(first.rows) == 4, first.summary
    answer = ask(village, "歳入のうち、計画期間中でR8が一番多くなる項目は？", "そのうちR7の構成比が8％以上のものだけにして")
    assert answer.status == "exact" and sorted(r["title"] for r in answer.to_dict()["rows"]) == ["地方税", "村債"], answer.summary
    ordinary = ask(village, "R8で歳入が一番多い項目は？")
    assert "最大" not in ordinary.summary or "R8が最大" not in ordinary.summary, ordinary.summary
