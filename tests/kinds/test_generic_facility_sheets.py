"""The generic reader over an evaluation with one sheet per facility (指定管理): 施設番号 | 施設名 | … label
cells open one item per sheet, its numbered sections (「1 利用実績」「2 評価項目」) are parts of it, the
label | value cells after them (総合評価) are its fields again, and the tables inside it are captioned
by the facility. Text as assistant.formats gives a workbook's sheets; made-up names and numbers."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic

T = "\t"


def _sheet(no: int, name: str, fee: str, grade: str) -> list[str]:
    return ["令和6年度 指定管理者評価シート", "",
            f"施設番号{T}{no}", f"施設名{T}{name}", f"所管課{T}文化課", f"令和6年度指定管理料（千円）{T}{fee}", "",
            "1　利用実績", T.join(["区分", "目標", "実績"]), T.join(["利用者数（人）", "1,000", "950"]), "",
            "2　評価項目", T.join(["評価項目", "評価"]), T.join(["管理運営", "A"]), T.join(["安全管理", "B"]), "",
            f"総合評価{T}{grade}", ""]


TEXT = "\n".join(["令和6年度 指定管理者評価結果一覧", "",
                  *_sheet(1, "北岬文化ホール", "98,000", "A"), *_sheet(2, "潮見公園", "45,600", "B")])


def _records(kind: str):
    return [r for r in generic.parse(TEXT, "sheets.xlsx").records if r.kind == kind]


def test_one_item_per_facility_with_its_label_cells():
    items = _records("item")
    assert [(i.fields["title"], i.fields["number"]) for i in items] == [("北岬文化ホール", "1"), ("潮見公園", "2")]
    first = items[0].fields["fields"]
    assert first["令和6年度指定管理料(千円)"] == "98,000"
    assert first["総合評価"] == "A"  # after the numbered sections: still the sheet's own field


def test_the_numbered_sections_are_no_items_and_the_tables_are_the_facilitys():
    assert not [i for i in _records("item") if i.fields["title"] in ("利用実績", "評価項目")]
    rows = [r for r in _records("table_row") if "区分" in r.fields["cells"]]
    assert [r.fields["table"] for r in rows] == ["1 北岬文化ホール", "2 潮見公園"]
