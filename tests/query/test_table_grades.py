"""A town's grades by year in a table no kind was written for, with the legend printed under it
(「S：計画以上 A：計画どおり B：やや遅れ C：遅れ －：未着手」): grades compared between years in the
legend's order, the dash named by the legend, cells written or not, and verbs of a value's state."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENT = """港西町行政改革 進捗管理表（令和7年度）

No.\t取組項目\t担当課\t実施期間\tR6達成度\tR7達成度\t効果額（千円）
1\t窓口の民間委託\t市民課\tR6～R8\tA\tS\t1200
2\t電子申請の拡充\t情報課\tR6～R9\tB\tA\t－
3\t公用車の削減\t管財課\tR6～R7\tA\tB\t800
4\t使用料の見直し\t財政課\tR7～R9\t－\tC\t0
5\t補助金の点検\t財政課\tR6～R9\tB\tB\t－
6\t研修の内製化\t人事課\tR5～R7\tC\tA\t300

達成度 S：計画以上に進んでいる A：計画どおり B：やや遅れている C：遅れている －：未着手
"""


PROGRAMS = """港西町 事務事業評価結果（令和7年度）

事業名\t所管課\t事業開始年度\t事業費（千円）
コミュニティバス運行事業\t交通課\t平成22年度\t86,400
子ども医療費助成事業\t子育て課\t平成元年度\t412,000
市民文化祭開催事業\t文化課\t昭和55年度\t3,200
窓口業務委託事業\t市民課\t令和2年度\t54,600
"""


DAYS = """港東町 取組実績一覧

番号\t取組名\t所管課\t着手日\t完了日\t状況\t効果額（千円）
1\t窓口の一部委託\t市民課\tR6.4.1\tR7.3.31\t完了\t12400
2\t電子契約の導入\t契約課\tR6.7.1\tR7.9.30\t完了\t3150
3\t庁用車の削減\t管財課\tR7.4.1\tR8.3.31\t完了\t5600
4\t補助金の見直し\t企画課\tR7.4.1\t\t実施中\t8900
"""


MARKS = """港北町 行政改革推進計画 実施状況

番号\t取組事項\t担当課\t自己評価\t委員会評価
1\t公共施設の統廃合\t資産課\t○\t△
2\t窓口の混雑緩和\t市民課\t◎\t◎
3\t公用車の削減\t管財課\t△\t△
4\t電子契約の導入\t契約課\t◎\t○
5\t補助金の点検\t財政課\t×\t

評価 ◎：十分達成 ○：概ね達成 △：一部達成 ×：未達成
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grades")
    (folder / "kosai_r7.txt").write_text(DOCUMENT, encoding="utf-8")
    (folder / "kosai_programs.txt").write_text(PROGRAMS, encoding="utf-8")
    (folder / "kosai_days.txt").write_text(DAYS, encoding="utf-8")
    (folder / "kohoku_marks.txt").write_text(MARKS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


CASES = [
    ("港西町でR6からR7に達成度が上がった取組", ["研修の内製化", "窓口の民間委託", "電子申請の拡充"]),
    ("港西町で達成度が下がった取組は？", ["公用車の削減"]),  # no year said: the last two
    ("港西町でR6とR7の達成度が変わらない取組", ["補助金の点検"]),  # a dash is no grade to compare
    ("港西町でR6に未着手だった取組", ["使用料の見直し"]),  # the legend names the dash
    ("港西町で効果額が出ている取組", ["公用車の削減", "研修の内製化", "窓口の民間委託"]),  # 0 and － are none
    ("港西町で効果額の記載がない取組", ["補助金の点検", "電子申請の拡充"]),  # 0 is written
    ("港西町でR7に計画どおり進んでいる取組", ["研修の内製化", "電子申請の拡充"]),
    ("港西町でR6に始まった取組", ["公用車の削減", "窓口の民間委託", "補助金の点検", "電子申請の拡充"]),
    ("港西町でR7の達成度がBかCの取組", ["使用料の見直し", "公用車の削減", "補助金の点検"]),  # C is R7's too
    ("港西町で効果額の大きい順に上位2つ", ["公用車の削減", "窓口の民間委託"]),
    # Two columns of marks compared cell by cell (a row with one of them blank is neither).
    ("港北町で自己評価と委員会評価が異なる取組は何件？", ["公共施設の統廃合", "電子契約の導入"]),
    ("港北町で自己評価と委員会評価が違う取組", ["公共施設の統廃合", "電子契約の導入"]),
    ("港北町で自己評価と委員会評価が一致している取組", ["公用車の削減", "窓口の混雑緩和"]),
    ("港北町で自己評価と委員会評価が同じ取組は？", ["公用車の削減", "窓口の混雑緩和"]),
]


def test_a_distribution_of_the_year_said(assistant):
    assistant.reset()
    answer = assistant.ask("港西町の達成度の内訳（R6）")
    assert answer.status == "exact", answer.summary
    assert {r["group"]: r["count"] for r in answer.rows} == {"A": 2, "B": 2, "C": 1, "－": 1} \
        or {r["group"]: r["count"] for r in answer.rows} == {"A": 2, "B": 2, "C": 1, "-": 1}, answer.rows
    assistant.reset()
    latest = assistant.ask("港西町の達成度の内訳")
    assert "R7達成度" in latest.summary and any("最新" in n for n in latest.notes), latest.summary


@pytest.mark.parametrize("question, names", CASES)
def test_grades_and_cells(assistant, question, names):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r.get("title")) for r in answer.rows) == sorted(names), answer.summary


def test_the_asked_column_of_the_row_with_the_largest_value(assistant):
    assistant.reset()
    answer = assistant.ask("港西町で事業費が最も大きい事業の所管課は？")
    assert answer.status == "exact" and answer.value == "子育て課", answer.summary


@pytest.mark.parametrize("question, names", [
    ("港西町で平成の時代に始まった事業", ["コミュニティバス運行事業", "子ども医療費助成事業"]),
    ("港西町で令和に入ってから始まった事業", ["窓口業務委託事業"]),
])
def test_an_era_alone(assistant, question, names):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("title")) for r in answer.rows) == sorted(names), answer.summary


@pytest.mark.parametrize("question, names", [
    ("港東町で令和7年度中に完了した取組", ["庁用車の削減", "電子契約の導入"]),  # R8.3.31 is fiscal R7
    ("港東町で一番早く完了した取組は", ["窓口の一部委託"]),
    ("港東町の取組で着手が一番遅いのは？", ["庁用車の削減", "補助金の見直し"]),
    ("港東町で効果額が1000万円を超える取組", ["窓口の一部委託"]),
    ("港東町で効果額が1000万円を超えていない取組", ["庁用車の削減", "補助金の見直し", "電子契約の導入"]),
])
def test_days_and_bounds(assistant, question, names):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    if answer.value is not None and answer.rows and "最も" in answer.summary:
        shown = [n for n in names if n in answer.summary.split("（")[0]]  # the rows at the extreme are named first
        assert shown == names, answer.summary
    else:
        assert sorted(str(r.get("title")) for r in answer.rows) == sorted(names), answer.summary


def test_a_share_of_the_rows(assistant):
    assistant.reset()
    answer = assistant.ask("港西町でR7の達成度がAの取組の割合は？")
    assert answer.status == "exact" and answer.value == 33.3, answer.summary
    assert "全6件中 2件" in answer.summary
