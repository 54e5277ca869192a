"""A finance analyst's questions: medians and modes of a field, a share of records said by their number (「R2時点の70項目の
何割」), one figure of a record as a share of another (「総事業費のうち市の実質負担は何％」), a top record's figure as a share
of the whole said, a score above the mean glossed with its figure, and a value glossed by its rank."""
from __future__ import annotations

import statistics
from collections import Counter

import pytest


def _values(db, sql: str) -> list:
    return [r[0] for r in db.execute(sql).fetchall() if r[0] is not None]


def test_the_median_of_a_field(assistant, db):
    want = statistics.median(_values(db, "SELECT committee_score FROM initiative"))
    answer = assistant.ask("22取組の審議会評価平均の中央値っていくつ？")
    assert answer.status == "exact", answer.summary
    assert answer.value == pytest.approx(want)
    assert "中央値" in answer.summary


@pytest.mark.parametrize("question, sql", [
    ("取組ごとの実践項目数の最頻値は？", "SELECT n_practice FROM initiative"),
    ("実践項目の合計点の最頻値は何点？", "SELECT total FROM practice"),
])
def test_the_mode_of_a_field(assistant, db, question, sql):
    counts = Counter(_values(db, sql))
    most = max(counts.values())
    modes = [v for v, n in counts.items() if n == most]
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    if len(modes) == 1:
        assert answer.value == modes[0]
    else:
        assert answer.value is None  # (several values as often: no one value is the answer)


def test_a_share_of_records_said_by_their_number_is_of_those(assistant, db):
    graded = db.execute("SELECT count(*) FROM practice WHERE r2 IN ('A', 'B', 'C', 'D', 'S')").fetchone()[0]
    c = db.execute("SELECT count(*) FROM practice WHERE r2 = 'C'").fetchone()[0]
    answer = assistant.ask(f"R2年度にC評価だった実践項目は何件？R2時点の{graded}項目の何割？")
    assert answer.status == "exact", answer.summary
    assert answer.count == c
    assert answer.value == round(100 * c / graded, 1)
    assert not any(u.get("value") == "時点" for u in answer.understood)


def test_a_share_of_a_number_no_records_make_is_not_exact(assistant):
    answer = assistant.ask("R2年度にC評価だった実践項目は何件？R2時点の71項目の何割？")
    assert answer.status != "exact"


def test_one_figure_of_a_record_as_a_share_of_another(assistant, db):
    total, burden = db.execute("SELECT total_cost, city_burden FROM program").fetchone()
    answer = assistant.ask("埼玉県東南部都市連絡調整会議事業、総事業費のうち市の実質負担は何パーセント？")
    assert answer.status == "exact", answer.summary
    assert answer.value == pytest.approx(round(100 * burden / total, 1))
    assert answer.value != total  # (the whole's amount is no share of it)


def test_the_top_records_figure_as_a_share_of_the_whole_said(assistant, db):
    counts = _values(db, "SELECT n_practice FROM initiative")
    answer = assistant.ask(f"実践項目数が一番多い取組はどれ？全{sum(counts)}項目に占める割合も知りたい")
    assert answer.status == "exact", answer.summary
    assert f"{round(max(counts) / sum(counts) * 100, 1)}%" in answer.summary
    wrong = assistant.ask("委員評価が一番高い取組は？全95項目に占める割合も知りたい")
    assert wrong.status != "exact"  # (委員評価 does not add up to 95: no share of it is stated)


@pytest.mark.parametrize("question", [
    "審議会評価平均が22取組全体の平均（約4.07）を上回っている取組を全部出して",
    "審議会評価平均が全体平均（約4.07）を上回ってる取組は？",
])
def test_a_score_above_the_mean_glossed_with_its_figure(assistant, db, question):
    scores = _values(db, "SELECT committee_score FROM initiative")
    mean = statistics.fmean(scores)
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.count == sum(1 for s in scores if s > mean)


def test_a_value_glossed_by_its_rank_is_the_value(assistant, db):
    want = db.execute("SELECT count(*) FROM practice WHERE total = 8").fetchone()[0]
    answer = assistant.ask("総括合計が8点（下から2番目の点数）の実践項目を全部")
    assert answer.status == "exact", answer.summary
    assert answer.count == want


@pytest.mark.parametrize("question", [
    "ガバメントクラウドファンディングの進捗度の自己評価、R2〜R5で一番低かったのはどの年度？",
    "ガバメントクラウドファンディングの進捗度が一番低かったのはどの年度？",
])
def test_the_year_a_records_score_was_lowest(assistant, db, question):
    rows = db.execute("SELECT year, progress FROM self_eval WHERE practice = '1' AND year LIKE 'R%'").fetchall()
    low = min(p for _, p in rows)
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == "、".join(y for y, p in rows if p == low)


def test_a_scale_said_before_an_extreme_is_no_condition(assistant, db):
    want = db.execute("SELECT code FROM initiative ORDER BY committee_score LIMIT 1").fetchone()[0]
    answer = assistant.ask("委員評価が5点満点で一番低かった取組はどれ？")
    assert answer.status == "exact", answer.summary
    assert [r["code"] for r in answer.rows] == [want]


def test_the_department_named_most(assistant):
    plain = assistant.ask("一番多い担当課はどこ？")
    answer = assistant.ask("担当部署の中で一番多く名前が出てくる課・室はどこ？")
    assert answer.status == "exact", answer.summary
    assert answer.value == plain.value


def test_the_difference_of_averages_of_added_and_original_items(assistant, db):
    def mean(where):
        return statistics.fmean(_values(db, f"SELECT total FROM practice WHERE {where}"))

    want = round(abs(mean("code LIKE 'N%'") - mean("code NOT LIKE 'N%'")), 2)
    answer = assistant.ask("新規のN項目（N1〜N25）と元からの1〜70の項目で、総括合計の平均の差はいくつ？")
    assert answer.status == "exact", answer.summary
    assert answer.value == pytest.approx(want)


def test_original_items_said_by_their_number(assistant, db):
    n = db.execute("SELECT count(*) FROM practice WHERE code NOT LIKE 'N%'").fetchone()[0]
    answer = assistant.ask(f"元々の{n}項目のうち、取組終了が空欄のものは？")
    assert answer.status == "exact", answer.summary
    assert answer.rows and all(not r["code"].startswith("N") for r in answer.rows)


def test_the_percent_change_of_an_amount_between_two_years(assistant):
    answer = assistant.ask("企業版ふるさと納税の寄附額、R4からR5で何パーセント増減した？")
    assert answer.status == "search", answer.summary  # (figures read from the sheet's text: shown to be checked)
    # (17社 238,981,858円 in R4, 19社 215,257,994円 in R5, as the sheet prints them)
    assert answer.value == pytest.approx(round((215257994 - 238981858) / 238981858 * 100, 2))
    assert "減少" in answer.summary
