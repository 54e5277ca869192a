"""The whole's change from the year before (tables/total_year_change.py): 「寄附総額、R6は前年度から何円増えた？」 over
named rows × year columns of a measure, the total row's figure (else the rows' sum, said so) of the year said less
the year before's. Over real indexes of two villages'/cities' sheets (made144's 使途 × 件数・金額, made118's
見直し区分 × 件数・削減額); a row named, or a word the reading cannot place, is no whole's change."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
SHEET144 = ROOT / "tests" / "questions" / "made144" / "docs" / "01_使途別寄附実績_R4-R6.xlsx"
SHEET118 = ROOT / "tests" / "questions" / "made118" / "docs" / "見直し区分別集計表_R4-R7.xlsx"


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("total_change")
    for f in (SHEET144, SHEET118):
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


def test_the_whole_of_a_measure_changed_from_the_year_before(sheets) -> None:
    answer = ask(sheets, "寄附総額、R6は前年度から何円増えた？")
    # (27,420,000 → 32,003,000: the six 使途 rows of R5 and R6 summed)
    assert answer.status == "exact" and answer.value == 4583000, (answer.status, answer.summary)
    counted = ask(sheets, "寄附件数の合計は令和5年度に前の年からどれだけ増えた？")
    assert counted.status == "exact" and counted.value == 163, (counted.status, counted.summary)
    # (another city's sheet: 見直し区分 rows, 件数 over the years, a fall asked)
    fell = ask(sheets, "見直しの件数全体は令和6年度に前年度から何件減った？")
    assert fell.status == "exact" and fell.value == 6, (fell.status, fell.summary)


def test_a_rise_asked_of_a_fall_is_corrected_not_answered(sheets) -> None:
    answer = ask(sheets, "寄附総額、R6は前年度からいくら減った？")
    assert answer.status != "exact" or answer.value != 4583000, (answer.status, answer.summary)


def test_a_word_beyond_the_whole_is_no_whole_change(sheets) -> None:
    # (「農産品の」 names none of the sheet's rows: the whole's change would drop it)
    answer = ask(sheets, "農産品の寄附総額、R6は前年度から何円増えた？")
    assert answer.value != 4583000, (answer.status, answer.summary)
    # (a row named is that row's change: 子育て支援 7,412,000 → 9,105,000)
    row = ask(sheets, "子育て支援の寄附総額、R6は前年度から何円増えた？")
    assert row.value != 4583000, (row.status, row.summary)


# 「…への寄附、…いくら集まった」 (phrasings gift_asked_in_money, amount_collected): the gift asked in money is the
# 金額 of a table printing 件数 and 金額, the verb of its coming in no word left unread.
SHEET50 = ROOT / "tests" / "questions" / "made50" / "docs" / "joetsu_furusato_kifu_r5.xlsx"


@pytest.fixture(scope="module")
def gifts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gifts")
    for f in (SHEET144, SHEET50):
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


def test_a_gift_asked_in_money_is_its_amount(gifts) -> None:
    answer = ask(gifts, "子育て支援への寄附、３年間で合計いくら集まった？（円）")
    # (5,830,000 + 7,412,000 + 9,105,000: the 金額 of the three years, never their 件数)
    assert answer.status == "exact" and answer.value == 22347000, (answer.status, answer.summary)
    # (another city's sheet by quarter: the quarter's 金額, and the year's total column)
    quarter = ask(gifts, "子育て・教育の充実への寄附、第1四半期にいくら集まった？")
    assert quarter.status == "exact" and quarter.value == 6180000, (quarter.status, quarter.summary)
    year = ask(gifts, "地域産業の振興への寄附は年間でいくら集まった？")
    assert year.status == "exact" and year.value == 44740000, (year.status, year.summary)


# 1件当たり of a series by year (tables/per_case.py): a column a year (令和6年度金額 ÷ 令和6年度件数), said by the
# amount's words of the title too (寄附額); a table of a row per year (made74's 久米ヶ原町) keeps its one column.
TXT74 = ROOT / "tests" / "questions" / "made74" / "docs" / "05_久米ヶ原町_ふるさと納税_寄附実績.txt"


@pytest.fixture(scope="module")
def per_case_sheets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("per_case")
    for f in (SHEET144, TXT74):
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


def test_an_amount_per_case_of_each_year(per_case_sheets) -> None:
    # (R6: 観光振興 5,064,000 ÷ 347 = 14,594 the highest; R4: 村長おまかせ 6,902,000 ÷ 520 = 13,273 the lowest)
    answer = ask(per_case_sheets, "R6で１件当たりの寄附額が一番高い使途はどれ？")
    assert answer.status == "exact" and answer.value == "観光振興", (answer.status, answer.summary)
    low = ask(per_case_sheets, "令和４年度の１件あたりの寄附金額が一番低い使途は？")
    assert low.status == "exact" and low.value == "村長おまかせ", (low.status, low.summary)
    rows_by_year = ask(per_case_sheets, "久米ヶ原町のふるさと納税、令和5年度の1件あたりの平均寄附額は何円？")
    assert rows_by_year.status == "exact" and rows_by_year.value == 14200, (rows_by_year.status, rows_by_year.summary)
