"""Blocks each headed by a 【…】 line alone naming a place (【朝霧市（東山県）】) over 区分：… lines (made135's 他事業体の
事例; a made list of 【施設名（地区）】 blocks): each block is an item of its own, the next 【…】 line its sibling, not a
part of the first (generic/structure.py); a 【現状と課題】 line under such an item stays its part."""
from __future__ import annotations

from pathlib import Path

from assistant.kinds.generic import loader

CASES = Path(__file__).resolve().parents[1] / "questions" / "made135" / "docs" / "他事業体における広域化・官民連携の事例.txt"

HALLS = """地区集会所の概要

令和７年４月　市民協働課

【中央集会所（中央地区）】
　所在地：本町1-2
　定員　：80人
　開設　：平成10年度

【北集会所（北部地区）】
　所在地：北町3-4
　定員　：40人
　開設　：平成15年度

【南集会所（南部地区）】
　所在地：南町5-6
　定員　：60人
　開設　：令和2年度

以上
"""


def _items(text: str, source: str) -> list[dict]:
    doc = loader.parse(text, source)
    return [r.fields if hasattr(r, "fields") else r for r in doc.records if str(getattr(r, "key", "")).startswith("item:")]


def test_each_block_an_item() -> None:
    items = _items(CASES.read_text(encoding="utf-8"), CASES.name)
    titles = [i["title"] for i in items]
    assert titles == ["朝霧市（東山県）", "白浜町（南海県）", "深山市（北陸県）", "青葉市（東山県）", "港川市（西浜県）",
                      "高森村（北陸県）", "西原市（南海県）"], titles
    assert [i["fields"]["区分"] for i in items].count("官民連携") == 4


def test_made_blocks() -> None:
    items = _items(HALLS, "halls.txt")
    assert [(i["title"], i["fields"]["定員"]) for i in items] == [
        ("中央集会所（中央地区）", "80人"), ("北集会所（北部地区）", "40人"), ("南集会所（南部地区）", "60人")], items
