"""A 定住自立圏's progress sheet of joint projects (事業番号 生活-2-(1), 連携市町村, 基準値 | 目標値 | 実績値 by year,
進捗状況 by year) and the area's other tables: a code with a bracket is one code, 連携町村 and 進捗 are the
columns' words, the change from the base figure, 減額 against the year before, a cell unlike the others'
(他と違う), 〜だけに絞って, the city named by its area (青葉市 of 青葉圏域), and by how much a case's figure
changed, read from its text."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SHEET = """第２次青葉圏域定住自立圏共生ビジョン 連携事業進捗管理表

事業番号\t事業名\t連携市町村\t中心市担当課\t基準値令和4年度\t目標値令和8年度\t実績値令和5年度\t実績値令和6年度\t実績値令和7年度\t進捗状況R7
医療-1-(1)\t休日急患センター運営事業\t杉町、楓村\t保健課\t400\t500\t420\t450\t480\tA
医療-1-(2)\t救急医療連携事業\t杉町\t保健課\t300\t350\t310\t305\t320\tB
交流-2-(1)\t空き家バンク連携事業\t楓村、榎町\t住宅課\t12\t30\t16\t20\t16\tC
交流-2-(2)\t移住ポータル事業\t杉町、榎町\t企画課\t5\t15\t6\t9\t11\tB
"""

MEMBERS = """青葉圏域の構成市町村

No.\t市町村名\t人口\t協定締結日
1\t青葉市\t50,000\t令和4年10月3日（中心市宣言：令和4年6月20日）
2\t杉町\t9,000\t令和4年10月3日
3\t楓村\t3,000\t令和4年11月15日
4\t榎町\t7,000\t令和4年10月3日
"""

COSTS = """青葉圏域 連携事業別の事業費（単位：千円）

事業番号\t事業名\t決算額令和6年度\t予算額令和7年度
医療-1-(1)\t休日急患センター運営事業\t8,000\t8,500
医療-1-(2)\t救急医療連携事業\t3,000\t2,600
交流-2-(1)\t空き家バンク連携事業\t2,000\t1,700
交流-2-(2)\t移住ポータル事業\t1,500\t1,900
"""

CASES = """他圏域の取組事例

◆ 浜野市ほか「救急搬送調整」
　搬送調整担当を配置し、受入状況を共有するシステムを導入した。
　【効果】救急搬送の平均所要時間が43.5分から39.1分へ4.4分短縮した。
"""


def _assistant(tmp_path_factory, name: str, files: dict[str, str]) -> Assistant:
    folder = tmp_path_factory.mktemp(name)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def sheets(tmp_path_factory) -> Assistant:
    return _assistant(tmp_path_factory, "area", {"sheet.txt": SHEET, "members.txt": MEMBERS, "cases.txt": CASES})


@pytest.fixture(scope="module")
def costs(tmp_path_factory) -> Assistant:
    return _assistant(tmp_path_factory, "costs", {"costs.txt": COSTS})


def test_a_code_with_a_bracket_is_one_code(sheets):
    sheets.reset()
    answer = sheets.ask("医療-1-(2)の令和6年度の実績値っていくつ？")
    assert answer.value == 305 and answer.status == "exact"


def test_towns_and_progress_said_short(sheets):
    sheets.reset()
    answer = sheets.ask("空き家バンク連携事業の連携町村は？")
    assert answer.value == "楓村、榎町" and answer.status == "exact"
    answer = sheets.ask("その事業の令和7年度の進捗は？")
    assert answer.value == "C" and answer.status == "exact"


def test_the_figure_of_a_year_against_the_base(sheets):
    sheets.reset()
    answer = sheets.ask("休日急患センター運営事業のR7の実績は基準値から何人増えた？")
    assert answer.value == 80 and answer.status == "exact"


def test_the_city_named_by_its_area_and_narrowed_by_request(sheets):
    sheets.reset()
    answer = sheets.ask("青葉市の連携事業で、保健課が担当しているのはどれ？")
    assert sorted(r["title"] for r in answer.rows) == ["休日急患センター運営事業", "救急医療連携事業"]
    answer = sheets.ask("そのうち令和7年度の進捗がBのものだけに絞って")
    assert [r["title"] for r in answer.rows] == ["救急医療連携事業"] and answer.status == "exact"


def test_a_cell_unlike_the_others(sheets):
    sheets.reset()
    sheets.ask("構成市町村の一覧を見せて")
    answer = sheets.ask("その中で協定を結んだ日が他と違うのはどこ？")
    assert len(answer.rows) == 1 and "楓村" in answer.summary and "青葉市" not in answer.summary


def test_by_how_much_a_case_figure_changed(sheets):
    sheets.reset()
    answer = sheets.ask("救急搬送の事例で、搬送時間は何分短くなったの？")
    assert answer.value == 4.4 and answer.status != "exact"


def test_cut_against_the_year_before(costs):
    costs.reset()
    answer = costs.ask("令和7年度の予算が前年度より減額になっている事業は？")
    assert sorted(r["title"] for r in answer.rows) == ["救急医療連携事業", "空き家バンク連携事業"]
