"""A row summing the rows above it named by the ending their names share and 計 (「小学校計」 under 東原小学校 …,
「公民館計」 under 中央公民館 …) is their subtotal, no record; a row whose label merely ends in 計 (一般会計) among
lines whose names do not end so is a line of its own. A table's caption printed again with （続き） over its header
atop the next page goes on with the table."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic

SCHOOLS = """\
学校一覧（令和6年5月1日現在）

学校番号\t学校名\t地区\t学級数\t児童生徒数
小-01\t東原小学校\t東部\t14\t412
小-02\t鵲台小学校\t東部\t6\t158
小学校計\t\t\t20\t570
中-01\t東原中学校\t東部\t9\t298
中-02\t西浜中学校\t西部\t19\t688
中学校計\t\t\t28\t986
"""

HALLS = """\
社会教育施設の利用状況（楢葉町）

施設名\t所在地区\t利用件数\t利用者数
中央公民館\t本町\t1,204\t18,220
北部地区公民館\t北野\t388\t4,102
公民館計\t\t1,592\t22,322
町立図書館\t本町\t-\t31,550
"""

BUDGET = """\
会計別予算額（単位：千円）

会計名\t当初予算額\t前年度比
国民健康保険事業\t3,210,000\t-1.2
介護保険事業\t2,870,000\t2.3
一般会計\t12,500,000\t0.8
"""


def _rows(text: str, name: str) -> list[dict]:
    return [r.fields["cells"] for r in generic.parse(text, name).records if r.kind == "table_row"]


def test_subtotal_of_the_names_ending_is_no_record() -> None:
    rows = _rows(SCHOOLS, "schools.txt")
    assert [r.get("学校番号") for r in rows] == ["小-01", "小-02", "中-01", "中-02"]


def test_subtotal_in_another_towns_list_of_halls() -> None:
    rows = _rows(HALLS, "halls.txt")
    assert [r.get("施設名") for r in rows] == ["中央公民館", "北部地区公民館", "町立図書館"]


def test_a_line_whose_label_ends_in_kei_is_kept() -> None:
    # no name above ends in 一般会 (nor in 一般): 一般会計 is a line of the budget, not their subtotal
    rows = _rows(BUDGET, "budget.txt")
    assert [r.get("会計名") for r in rows] == ["国民健康保険事業", "介護保険事業", "一般会計"]


CONTINUED = """\
（５）中央地区
表２－５ 中央地区の児童生徒数推計 （単位：人）
年度\t小学校 児童数\t中学校 生徒数\t合計
令和６年度（実績）\t1,161\t502\t1,663
令和７年度\t1,172\t504\t1,676
－ 2 －
鵲ノ原市教育委員会 学校再編推進室

鵲ノ原市立小・中学校の適正規模・適正配置 基本計画 資料編
表２－５ 中央地区の児童生徒数推計（続き） （単位：人）
年度\t小学校 児童数\t中学校 生徒数\t合計
令和８年度\t1,179\t514\t1,693
"""


def test_caption_restated_with_tsuzuki_goes_on_with_the_table() -> None:
    doc = generic.parse(CONTINUED, "projection.txt")
    rows = [r for r in doc.records if r.kind == "table_row"]
    assert [r.fields["cells"]["年度"] for r in rows] == ["令和6年度(実績)", "令和7年度", "令和8年度"]
    assert len({r.fields["table"] for r in rows}) == 1
