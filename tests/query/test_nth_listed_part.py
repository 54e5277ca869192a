"""The Nth item a record's cell lists (nth_listed_part.py): 「…事業の「対応」に挙がっている3つ目の項目」 is the third of the
items the 対応 cell numbers ①②③④; an ordinal past the cell's items stays unused, the answer partial. Over the
shipped corpus (a 事務事業評価シート)."""
from __future__ import annotations

from tests.conversation_helpers import ask


def test_the_third_item_of_a_numbered_cell(assistant):
    for question in ("東南部都市連絡調整会議事業の「対応」に挙がっている3つ目の項目は？", "東南部都市連絡調整会議事業の対応の3つ目は？"):
        a = ask(assistant, question)
        assert a.status == "exact" and str(a.value).startswith("職員の意識改革"), a.summary


def test_an_ordinal_past_the_cells_items_is_left_unused(assistant):
    a = ask(assistant, "東南部都市連絡調整会議事業の対応の9つ目は？")
    assert a.status == "partial" and a.value is None, a.summary
