"""A survey repeated every few years (平成30年度・令和3年度・令和6年度): 「前回（の調査）より下がった」 compares
the latest round with the one before it, as 「前年度より」 does over yearly columns; 「2回連続で」 runs over the
rounds as 「2年連続で」 over years; 「今回」「前回」 alone are the latest round and the one before it (year columns, or
rows named by year); 「じゃあ平成30年度は？」 after a one-year report's rows moves the bound to that year's column of
the table by year; a bound said of 「基本方針別の平均満足度」 is on each group's mean; and the rows printing each
group's mean (「基本方針２　平均」, the group's number in it) are no records to count. Over a made town's workbook
and report (its town, rounds and figures are made up)."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROWS = {  # 基本方針 → rows (番号, 施策名, 満足度 H30/R3/R6, 重要度 R3/R6)
    ("１", "暮らしの安全"): [("1-1", "交通安全の推進", 40.1, 42.0, 45.3, 60.2, 61.0),
                            ("1-2", "防犯対策の強化", 38.0, 36.5, 35.9, 58.0, 57.1)],
    ("２", "子どもと教育"): [("2-1", "保育サービスの充実", 30.4, 33.3, 31.0, 70.5, 72.0),
                            ("2-2", "学校教育の充実", 50.2, 52.8, 55.0, 66.0, 64.5),
                            ("2-3", "図書館サービスの向上", 44.0, 41.2, 39.9, 40.3, 41.8)],
}


def _mean(xs):
    return round(sum(xs) / len(xs), 1)


def _workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "施策別"
    ws["A1"] = "霧ヶ丘町 町民意識調査 施策別満足度・重要度の推移"
    ws["A2"] = "単位：％"
    ws.append([])
    ws.append(["番号", "施策名", "満足度（％）", None, None, "重要度（％）", None])
    ws.append([None, None, "平成30年度", "令和3年度", "令和6年度", "令和3年度", "令和6年度"])
    for c in ("A", "B"):
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("C4:E4")
    ws.merge_cells("F4:G4")
    for (no, name), rows in ROWS.items():
        ws.append([f"【基本方針{no}　{name}】"])
        ws.merge_cells(f"A{ws.max_row}:G{ws.max_row}")
        for row in rows:
            ws.append(list(row))
        ws.append([f"基本方針{no}　平均", None] + [_mean([r[i] for r in rows]) for i in range(2, 7)])
        ws.merge_cells(f"A{ws.max_row}:B{ws.max_row}")
    rounds = wb.create_sheet("回収状況")
    rounds.append(["調査年度", "配布数（人）", "回収数（件）", "回収率（％）"])
    rounds.append(["平成30年度", 2000, 702, 35.1])
    rounds.append(["令和3年度", 2000, 768, 38.4])
    rounds.append(["令和6年度", 2500, 1040, 41.6])
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey_rounds")
    _workbook(folder / "霧ヶ丘町_町民意識調査_施策別集計.xlsx")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _asked(assistant, question):
    assistant.reset()
    return assistant.ask(question)


def _codes(answer):
    return sorted(str(r.get("番号") or r["key"]) for r in answer.rows)


@pytest.mark.parametrize("question, codes", [
    ("前回調査より満足度が下がった施策は？", ["1-2", "2-1", "2-3"]),
    ("満足度が前回より上がった施策", ["1-1", "2-2"]),
    ("前回からの満足度の伸びがいちばん大きかった施策は？", ["1-1"]),
    # (a run of rounds is said with 回 as one of years with 年)
    ("満足度が2回連続で下がった施策", ["1-2", "2-3"]),
    ("3回続けて満足度が上がってる施策", ["1-1", "2-2"]),
    ("満足度が一度も40%に届いてない施策", ["1-2", "2-1"]),
    ("3回の調査で一度も満足度が40%に届いてない施策", ["1-2", "2-1"]),
])
def test_the_round_before_is_the_one_before_the_latest(town, question, codes):
    answer = _asked(town, question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary


@pytest.mark.parametrize("question, value", [
    ("保育サービスの充実って今回の満足度は？", 31.0),
    ("図書館サービスの向上の前回の満足度は？", 41.2),
    # (rows named by the rounds' years)
    ("前回調査の回収率って何％？", 38.4),
    ("今回の回収率は？", 41.6),
])
def test_this_round_and_the_one_before_are_years_of_the_survey(town, question, value):
    answer = _asked(town, question)
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == value, answer.summary


REPORT = """令和６年度 霧ヶ丘町町民意識調査 報告書

表２ 施策別の満足度（令和６年度）
番号\t施策名\t満足度（％）\t重要度（％）
1-1\t交通安全の推進\t45.3\t61.0
1-2\t防犯対策の強化\t35.9\t57.1
2-1\t保育サービスの充実\t31.0\t72.0
2-2\t学校教育の充実\t55.0\t64.5
2-3\t図書館サービスの向上\t39.9\t41.8
"""


@pytest.fixture(scope="module")
def town_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey_report")
    _workbook(folder / "霧ヶ丘町_町民意識調査_施策別集計.xlsx")
    (folder / "令和６年度霧ヶ丘町町民意識調査報告書.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_another_year_said_alone_moves_the_condition_to_the_table_by_year(town_report):
    town_report.reset()
    first = town_report.ask("令和6年度で満足度40%以上の施策")
    assert first.status == "exact", first.summary
    assert _codes(first) == ["1-1", "2-2"], first.summary
    then = town_report.ask("じゃあ平成30年度は？")
    assert then.status == "exact", then.summary
    # (平成30年度: 1-1 40.1, 2-2 50.2, 2-3 44.0 — not the two rows answered before)
    assert _codes(then) == ["1-1", "2-2", "2-3"], then.summary


def test_a_bound_on_the_groups_mean_keeps_the_groups(town):
    # (令和6年度: 基本方針１ (45.3 + 35.9) / 2 = 40.6, 基本方針２ (31.0 + 55.0 + 39.9) / 3 = 41.97; the rows' own
    # figures over 41 are 1-1 and 2-2, one of each)
    answer = _asked(town, "基本方針別の平均満足度で令和6年度に41%を超えてるのは？")
    assert answer.status == "exact", answer.summary
    assert [r["key"] for r in answer.rows] == ["initiative:2"], answer.summary


def test_how_many_rows_the_largest_group_holds_said_by_the_rows_word(town):
    # (「何施策ある」: 施策 the rows' own word as the counter, the size asked, not the group's name)
    answer = _asked(town, "施策数がいちばん多い基本方針は何施策ある？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 3, answer.summary


FREE_TEXT = """霧ヶ丘町 町民意識調査 自由記述の分類

表 自由記述の分類別件数
分類\t令和3年度（件）\t令和6年度（件）
道路・交通\t40\t52
子育て・教育\t35\t31
防災・防犯\t20\t18
その他\t12\t15
"""


@pytest.fixture(scope="module")
def free_text(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey_free_text")
    (folder / "霧ヶ丘町_自由記述の分類.txt").write_text(FREE_TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_round_before_with_the_count_word_between(free_text):
    # (columns named by their year alone, 件数 said between 前回より and the verb)
    answer = _asked(free_text, "前回より件数が減った分類は？")
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("分類")) for r in answer.rows) == ["子育て・教育", "防災・防犯"], answer.summary
