"""Year columns under two upper labels sharing the lower one (交付額 │ R6決算 R7予算 beside 見直し後 │ R8予算):
「R8予算」 names the year's one column of that lower label, 「R8予算がR7予算より増える」 compares across the two
labels, and 「ずっと同じ額」 asks every year's figure equal to the one before (each pair, not the first and last)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "北浜町 補助金一覧及び見直し結果", "（単位：千円）",
    T.join(["補助金番号", "補助金名", "見直し区分", "交付額R5決算", "交付額R6決算", "交付額R7予算", "見直し後R8予算"]),
    T.join(["K-01", "自治会活動補助金", "継続", "1,000", "1,000", "1,000", "1,000"]),
    T.join(["K-02", "商店街振興補助金", "拡充", "800", "900", "900", "1,500"]),
    T.join(["K-03", "記念式典補助金", "廃止", "300", "300", "300", "－"]),
    T.join(["K-04", "子育て支援補助金", "縮小", "2,000", "2,000", "2,400", "1,600"]),
    T.join(["K-05", "防災訓練補助金", "継続", "1,000", "1,200", "1,000", "1,000"]),
    "※ 見直し後R8予算欄の「－」は、廃止により予算計上しないことを示す。", ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lower_label")
    (folder / "北浜町_補助金見直し結果.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["R8予算の合計は？", "見直し後のＲ８予算、全部合わせるといくら？"])
def test_the_year_said_with_the_lower_label_picks_its_column(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and not answer.unused, (answer.status, answer.unused, answer.summary)
    assert answer.value == 5100, answer.summary  # 「－」 adds nothing


@pytest.mark.parametrize("question", ["R5からR7までずっと同じ額の補助金は？", "ずっと同じ額の補助金は？"])
def test_always_the_same_is_each_year_equal_to_the_last(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and not answer.unused, (answer.status, answer.unused, answer.summary)
    # K-04 is 2,000 in R5 and R6 but 2,400 in R7, K-05 the same in R5 and R7 but not in R6: not always the same
    assert answer.count == 2 and "子育て支援補助金" not in answer.summary and "防災訓練補助金" not in answer.summary, \
        answer.summary


def test_the_same_until_the_year_said(town) -> None:
    answer = ask(town, "R5からR6までずっと変わらない補助金は？")
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert answer.count == 3 and "商店街振興補助金" not in answer.summary, answer.summary
