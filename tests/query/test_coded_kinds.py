"""tables/coded_kinds.py: a word for a sort of rows no cell prints, which the documents give a code letter (a legend
line 「B＝町営バス、T＝乗合タクシー」) or a value of the table's column (デマンド交通 ↔ 区域デマンド, and コミュニティバス,
the other name of the pair 「コミュニティバス・デマンド交通」, the other value), read as those rows in the table
coding them and in a table whose cells open with its codes. Over tests/questions/made171 and a town's made-up routes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "tests" / "questions" / "made171" / "docs"

ROUTES = """桜川町 町営交通 系統別実績（令和５年度）
系統番号	系統名	運行方式	利用者数
B-1	さくら線	定時定路線	5200
B-2	つつじ線	定時定路線	3100
T-1	北部乗合	区域運行	800
T-2	南部乗合	区域運行	450
T-3	西部乗合	区域運行	300
※ B＝町営バス、T＝乗合タクシー
※ 評価は、Ａ＝継続、Ｂ＝改善、Ｃ＝見直し
"""


def _index(folder: Path) -> Assistant:
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def transit(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made171")
    for f in DOCS.iterdir():
        shutil.copy(f, folder)
    return _index(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("town")
    (folder / "routes.txt").write_text(ROUTES, encoding="utf-8")
    return _index(folder)


def _codes(answer) -> list[str]:
    return sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"])


def test_a_name_sharing_a_word_with_a_value_and_the_other_of_its_pair(transit):
    # (コミュニティバス titles the fare page too: the routes' table still answers, its 収支率 read)
    transit.reset()
    answer = transit.ask("コミュニティバスで収支率が20％を切っている路線を教えて")
    assert answer.status == "exact" and _codes(answer) == ["C-3", "C-4", "C-5", "C-7"]
    transit.reset()
    answer = transit.ask("デマンド交通のＲ６利用者数を全部足すと何人？")
    assert answer.status == "exact" and answer.value == 15140
    transit.reset()
    answer = transit.ask("デマンド以外の路線は？")
    assert answer.status == "exact" and _codes(answer) == ["C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7"]


def test_the_sort_reaches_a_table_whose_cells_open_with_the_codes(transit):
    # (the stops' 路線 prints 「D-1 山手地区デマンド」: the D routes' stops, of every page)
    transit.reset()
    answer = transit.ask("デマンドの乗降ポイントで降車がいちばん多いのはどこ？")
    assert answer.status == "exact" and answer.value == "桜台スーパー前"
    transit.reset()
    answer = transit.ask("コミュニティバスの停留所で、乗車が年間1,000人未満のところは何か所？")
    assert answer.status == "exact" and answer.value == 5


def test_a_legend_line_of_code_letters_names_the_sorts(town):
    town.reset()
    answer = town.ask("乗合タクシーの利用者数の合計は？")
    assert answer.status == "exact" and answer.value == 1550
    town.reset()
    answer = town.ask("町営バスの系統は？")
    assert answer.status == "exact" and _codes(answer) == ["B-1", "B-2"]


def test_a_legend_of_grades_names_no_sort(town):
    # (「Ｂ＝改善」: B is a code letter here, but the line's Ａ and Ｃ are none: a legend of grades, not of codes)
    town.reset()
    answer = town.ask("改善の系統は？")
    assert not (answer.status == "exact" and _codes(answer) == ["B-1", "B-2"])
