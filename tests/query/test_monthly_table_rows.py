"""A table of one row per month (made168's 月別来庁者数 pdf, over two pages, and another town's library table made
here): months said bare name the rows (「４月～９月」「10月から３月まで」, across the new year), 「何月」 asks the month,
the title line's measure (月別来庁者数, 館別月別利用者数) said of a column is that column, and the 前年度比 row is no
month: its cells are answered as ratios (「南支所の前年度比は何％」「前の年度より増えた庁舎」), never ranked or summed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "questions" / "made168" / "docs"

LIBRARY = """\
南浦町 教育委員会 生涯学習課
令和５年度 館別月別利用者数
町立図書館の本館及び分館の入館者数を集計したものです。
（単位：人）
月\t本館\t東分館\t西分館\t計
４月\t5,120\t1,210\t980\t7,310
５月\t4,860\t1,150\t1,020\t7,030
６月\t4,400\t1,090\t1,100\t6,590
７月\t5,300\t1,400\t1,250\t7,950
８月\t6,100\t1,520\t1,310\t8,930
９月\t4,200\t1,010\t1,050\t6,260
10月\t4,350\t1,060\t990\t6,400
11月\t4,150\t990\t1,010\t6,150
12月\t3,900\t950\t1,020\t5,870
１月\t4,050\t980\t940\t5,970
２月\t4,300\t1,030\t960\t6,290
３月\t4,700\t1,120\t1,000\t6,820
合計\t55,430\t13,510\t12,630\t81,570
前年度比\t97.5%\t103.2%\t101.1%\t98.9%
※ 前年度比は、令和４年度の年間利用者数に対する割合です。
"""


@pytest.fixture(scope="module")
def visitors(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made168_visitors")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    shutil.copy(DOCS / "令和６年度_月別来庁者数.pdf", folder / "令和６年度_月別来庁者数.pdf")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("library_months")
    (folder / "南浦町図書館月別利用者数.txt").write_text(LIBRARY, encoding="utf-8")
    return assistant_over(folder)


def _months(answer) -> list[str]:
    return sorted(str(r.get("月")) for r in answer.to_dict()["rows"])


def test_month_spans_and_month_asked(visitors) -> None:
    a = ask(visitors, "上半期（４月～９月）の本庁舎の来庁者数を足すと？")
    assert a.status == "exact" and a.value == 100840
    b = ask(visitors, "10月から３月までの下半期、北支所の来庁者数の合計は")
    assert b.status == "exact" and b.value == 19250
    c = ask(visitors, "来庁者数（計）が一番少なかったのは何月？")
    assert c.status == "exact" and c.value == "12月"


def test_measure_said_of_a_column_and_compared(visitors) -> None:
    a = ask(visitors, "北支所より南支所の来庁者のほうが多かった月は？")
    assert a.status == "exact" and _months(a) == ["12月", "7月", "8月"]
    b = ask(visitors, "本庁舎の来庁者が17,000人を超えた月は？")
    assert b.status == "exact" and _months(b) == ["2月", "3月", "4月", "5月"]


def test_ratio_row_is_no_month(visitors) -> None:
    a = ask(visitors, "月別来庁者数で南支所の前年度比は何％？")
    assert a.status == "exact" and a.value == 96.8
    b = ask(visitors, "来庁者数が前の年度より増えた庁舎はどこ")
    assert b.status == "exact" and b.value == "北支所"
    c = ask(visitors, "南支所の来庁者が一番少なかった月は？")
    assert c.value == "9月"  # (the ratio row's 96.8% is no month's figure)


def test_another_towns_monthly_table(library) -> None:
    assert ask(library, "本館の利用者が一番多かった月は？").value == "8月"
    assert ask(library, "10月から３月までの東分館の利用者数の合計は").value == 6130
    assert ask(library, "４月～９月の本館を足すと？").value == 29980
    assert ask(library, "西分館の前年度比は何％？").value == 101.1
    rising = ask(library, "利用者数が前の年度より増えた館はどこ")
    assert rising.status == "exact" and rising.count == 2 and "東分館" in rising.summary and "西分館" in rising.summary
    assert _months(ask(library, "東分館より西分館の利用者のほうが多かった月は？")) == ["11月", "12月", "6月", "9月"]
    assert ask(library, "計が7,000人を超えた月は何か月ある？").value == 4


def test_count_of_the_totalled_columns_says_which_total(visitors) -> None:
    # 「３庁舎の計」: the three columns 計 totals; a count that is not theirs is no reading of it
    a = ask(visitors, "３庁舎の計が25,000人を超えた月は何か月ある？")
    assert a.status == "exact" and a.value == 2
    assert ask(visitors, "２庁舎の計が25,000人を超えた月は何か月ある？").status != "exact"


def test_year_of_the_title_line_names_the_table(visitors) -> None:
    # 「令和６年度 月別来庁者数」: Ｒ６ is the year of the months; another year is not this table's
    a = ask(visitors, "Ｒ６で本庁舎の来庁者が一番多かった月は？")
    assert a.status == "exact" and a.value == "3月"
    assert ask(visitors, "Ｒ５で本庁舎の来庁者が一番多かった月は？").value != "3月"
