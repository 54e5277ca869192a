"""made153's 未利用市有地 documents over a real index: a sheet with a group heading over some columns (土地の状況,
利活用の状況 │ 方針 | 処分予定 | 状況) and a unit note naming each measure; a PDF of one table per year heading with
the header printed again, 年度計 rows and a running head; a docx of 【所在地】… 【面積】… lines; a txt of leases
whose 契約期間 are spans of days. Each question is read on the right table, every word used, or said partial."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made153" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("land_register")
    for path in DOCS.iterdir():
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("number") or r.get("物件番号")) for r in answer.rows}


@pytest.mark.parametrize("question, op", [
    ("令和８年度中に契約期間が切れる貸付ってどれ？", "fy_end"),
    ("令和８年度中に契約期間が終わる貸付は", "fy_end"),
])
def test_span_ends_in_the_year(assistant, question, op) -> None:
    # 未-04 runs 令和5年4月1日～令和10年3月31日: inside 令和8年度, not ending in it (the confident wrong answer before)
    answer = ask(assistant, question)
    assert answer.status == "exact" and _codes(answer) == {"未-11", "未-15", "未-16"}, answer.summary
    assert any(u.get("op") == op for u in answer.understood)


def test_span_starts_in_the_year(assistant) -> None:
    answer = ask(assistant, "契約期間が令和３年度に始まった貸付は")
    assert answer.status == "exact" and _codes(answer) == {"未-16"}, answer.summary


@pytest.mark.parametrize("question, codes", [
    # 状況 is the last column's own label under 利活用の状況 (not 方針's), and 公募中 its value, not a word of the
    # html's title 「公募中の市有地売却物件のご案内」; 状況 no word of the txt's 「市有地貸付収入の状況」 either
    ("状況が公募中の物件", {"未-01", "未-07", "未-13", "未-20"}),
    ("状況が未着手の物件は？", {"未-05", "未-08", "未-10", "未-14", "未-19", "未-21", "未-25"}),
    # the sheet 「未利用地一覧」 names its rows; 今 before the value read is the state printed
    ("今公募中になってる未利用地ってどれ？", {"未-01", "未-07", "未-13", "未-20"}),
    ("面積が１万㎡を超えてる物件を教えて", {"未-01", "未-05", "未-10", "未-14", "未-23"}),
    # 評価額 in 千円 by the unit note 「（単位：面積 ㎡、評価額 千円）」
    ("第一種住居地域の物件で評価額が２千万円以上のものは？", {"未-01", "未-07", "未-11", "未-24"}),
])
def test_sheet_of_grouped_headings(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    # (partial only where another document's table holds such rows too, and the answer says so)
    assert answer.status == "exact" or "にも当てはまる行があります" in answer.summary, answer.summary
    assert not answer.unused and _codes(answer) == codes, answer.summary


def test_unit_note_per_measure(assistant) -> None:
    answer = ask(assistant, "地目が宅地の物件の評価額の平均は？")
    assert answer.status == "exact" and abs(float(answer.value) - 112006.67) < 0.01, answer.summary
    assert "千円" in answer.summary and "面積です" not in answer.summary


@pytest.mark.parametrize("question, codes", [
    # the header printed again under each year's heading and the 年度計 rows are no rows; ※不調 is 不調
    ("３年間で不調に終わった入札は延べ何件？", None),
    ("R6に不調だった物件", {"未-07", "未-09", "未-17", "未-24"}),
    ("Ｒ６の入札結果を教えて", {"未-07", "未-09", "未-17", "未-18", "未-22", "未-24"}),
    ("契約日が令和５年（１月～12月）の売却は？", {"未-03", "未-06", "未-12"}),
])
def test_sales_by_year_heading(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and not answer.unused, answer.summary
    if codes is None:
        assert answer.count == 7
    else:
        assert _codes(answer) == codes


def test_bracketed_labels_on_one_line(assistant) -> None:
    # (the 面積 a field of its own, not the tail of 【所在地】's value; the sheet holds the row too, and the answer says so)
    answer = ask(assistant, "旧鵠ヶ浜南中学校跡地の面積は？")
    assert "の面積は 18,402.77" in answer.summary and "審議" not in answer.summary, answer.summary


def test_unit_note_labels() -> None:
    from assistant.query.tables.column_units import units_by_label

    assert units_by_label("（単位：面積 ㎡、評価額 千円）") == {"面積": "m2", "評価額": "千円"}
    assert units_by_label("（単位：千円）") is None  # one unit of every number: read as before
    assert units_by_label("（単位：件、円）") is None  # units by kind of column, no measure named


def test_count_beside_amounts_is_no_amount(assistant) -> None:
    # 入札者数 under 「（単位：円）」 counts bidders: no yen
    answer = ask(assistant, "売却の入札で、入札者数が一番多かったのはどの物件？")
    assert answer.status == "exact" and "5円" not in answer.summary and "県道港線改良残地" in answer.summary, answer.summary


def test_participants_are_the_bidders(assistant) -> None:
    # 参加者 of a sale by tender are its bidders: the table's one count of them (入札者数)
    answer = ask(assistant, "売却の入札で、参加者が一番多かったのはどの物件？")
    assert answer.status == "exact" and not answer.unused and _codes(answer) >= {"未-12"}, answer.summary
    assert answer.rows[0].get("number") == "未-12", answer.rows[0]


def test_participants_of_two_counts_unsaid() -> None:
    # 応募者数 beside 入札者数: 参加者 would not tell which, so neither is said so
    from assistant.query.tables.participant_counts import participant_forms
    from assistant.query.tables.read import Column

    def col(base: str) -> Column:
        return Column(header=base, forms=(base,), year=None, base=base, numeric=True, years_inside=False, unit="")

    one = participant_forms([col("入札者数"), col("落札価格")])
    assert "参加者" in one[0].forms
    two = [col("応募者数"), col("入札者数")]
    assert participant_forms(two) == two


@pytest.mark.parametrize("question, value", [
    # A above B by the most: A less B at its largest (未-02: 51,230,000 − 45,600,000), the column asked its cell
    ("落札価格が最低売却価格を一番大きく上回った案件の物件番号", "未-02"),
    ("落札価格が最低売却価格を最も上回った物件は", "旧北浦保育所"),
])
def test_most_above_another_column(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and not answer.unused and answer.value == value, answer.summary
    assert any(u.get("op") == "delta_max" and u.get("value") == "up" for u in answer.understood), answer.understood


@pytest.mark.parametrize("question", ["公募中の物件で、現地説明会をやらないのは？", "現地説明会を実施しない物件は？"])
def test_doing_declined_in_a_cell(assistant, question) -> None:
    # 現地説明会 prints dates, and 「実施しません」 for 未-20 alone: the negated doing names that cell
    answer = ask(assistant, question)
    assert answer.status == "exact" and not answer.unused and _codes(answer) == {"未-20"}, answer.summary


def test_declined_cell_said_in_words_only() -> None:
    from assistant.query.tables.declined_cells import _DECLINED

    assert _DECLINED.match("実施しません") and _DECLINED.match("開催なし")
    assert not _DECLINED.match("令和７年10月18日（土）午前10時") and not _DECLINED.match("－")
