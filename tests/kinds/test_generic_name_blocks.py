"""Blocks of 「ラベル：値」 lines under headings, each opened by its name line (施設名：…), are one item each
under the heading; 【現状と課題】 alone inside a numbered 提言 is a part of it, not a heading closing it;
「推進項目1-1 …」 numbered with a hyphen opens an item whose 効果額 line below its table is its field."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic

FACILITIES = (
    "青沢町 施設再編計画\n\n北地区\n\n"
    "施設名：北公民館\n地区：北地区\n延床面積：800.0㎡\n方針：存続\n\n"
    "施設名：北児童館\n地区：北地区\n延床面積：300.5㎡\n方針：廃止\n\n"
    "南地区\n\n"
    "施設名：南体育館\n地区：南地区\n延床面積：1,200.0㎡\n方針：譲渡\n\n"
    "施設名：南診療所\n地区：南地区\n延床面積：400.0㎡\n方針：存続\n"
)

PROPOSALS = (
    "青沢町行政改革懇談会 答申\n\n提言\n\n提言1　窓口を改めること\n\n【現状と課題】\n待ち時間が長い。\n"
    "【提言内容】\n予約制を入れること。\n関係課：町民課\n対応区分：対応済\n\n"
    "提言2　補助金を見直すこと\n\n【現状と課題】\n効果の検証がない。\n【提言内容】\n終期を設けること。\n"
    "関係課：企画課\n対応区分：未対応\n"
)

PLAN = (
    "青沢町 実施計画\n推進項目1-1 窓口の改善 （担当課：町民課）\n"
    "取組内容\t令和7年度\t令和8年度\n①予約制の導入\t検討\t実施\n②案内の改善\t実施\t→\n"
    "効果額（見込み）：1,200千円\n"
    "推進項目1-2 公用車の削減 （担当課：管財課）\n"
    "取組内容\t令和7年度\t令和8年度\n①台数の見直し\t実施\t●\n②共用化\t検討\t実施\n"
    "効果額（見込み）：―\n"
)


def _items(text: str, source: str) -> list:
    return [r for r in generic.parse(text, source).records if r.kind == "item"]


def test_each_name_line_opens_an_item_under_its_heading() -> None:
    items = _items(FACILITIES, "aosawa.html")
    assert [(i.fields["title"], i.fields["heading"]) for i in items] == [
        ("北公民館", "北地区"), ("北児童館", "北地区"), ("南体育館", "南地区"), ("南診療所", "南地区")]
    assert items[1].fields["fields"]["方針"] == "廃止"


def test_a_bracketed_part_alone_does_not_close_the_proposal() -> None:
    items = _items(PROPOSALS, "toshin.docx")
    assert [(i.fields["number"], i.fields["fields"].get("対応区分")) for i in items] == [("1", "対応済"), ("2", "未対応")]


def test_an_item_numbered_with_a_hyphen_holds_the_line_under_its_table() -> None:
    items = _items(PLAN, "plan.pdf")
    assert [(i.fields["number"], i.fields["fields"].get("担当課"), i.fields["fields"].get("効果額(見込み)"))
            for i in items] == [("1-1", "町民課", "1,200千円"), ("1-2", "管財課", "―")]


RULED = (
    "青沢町 職員提案 審査結果\n\n効果額の単位は千円。「－」は算定していないもの。\n"
    "━━━━━━━━━━━━━━━━\n受付番号：A-1\n件　　名：窓口の予約制\n提 案 課：町民課\n効果額（千円）：１，２００\n結　　果：採用\n"
    "━━━━━━━━━━━━━━━━\n受付番号：A-2\n件　　名：公用車の共用\n提 案 課：管財課\n効果額（千円）：－\n結　　果：不採用\n"
    "━━━━━━━━━━━━━━━━\n"
)


def test_ruled_off_blocks_numbered_by_their_first_line_are_items() -> None:
    items = _items(RULED, "teian.txt")
    assert [(i.fields["number"], i.fields["title"]) for i in items] == [("A-1", "窓口の予約制"), ("A-2", "公用車の共用")]
    # (labels spaced out to line up their colons are read whole)
    assert items[0].fields["fields"]["提案課"] == "町民課" and items[0].fields["fields"]["結果"] == "採用"
    assert items[0].fields["fields"]["効果額(千円)"] in ("1,200", "１，２００")
    assert "効果額(千円)" not in items[1].fields["fields"]  # 「－」: not calculated, no value
