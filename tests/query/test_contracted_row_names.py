"""A row named by its usual contraction (「農協の補助金」 for 農業協同組合…, the first kanji of two words of two kanji)
and one year's column compared with another's by 「…と比べて…はいくら増えた」 (the difference asked, 比べ read).
Another town's list than made178's (「漁協の補助金、令和４年度と比べて令和６年度はいくら減った？」)."""
from __future__ import annotations

import pytest

from assistant.query.tables.contracted_names import as_contracted_names
from tests.conversation_helpers import ask, assistant_over

LIST = """柏尾町 団体補助金一覧

番号,補助金の名称,所管課,令和５年度交付額,令和６年度交付額,令和７年度交付額
1,農業協同組合営農指導補助金,農政課,900,950,1000
2,森林組合作業道補助金,農政課,400,380,360
3,商工会事業補助金,商工課,1500,1500,1400
4,老人クラブ連合会補助金,福祉課,700,650,600
"""


@pytest.fixture(scope="module")
def kashio(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kashio")
    (folder / "柏尾町_団体補助金一覧.txt").write_text(LIST, encoding="utf-8")
    return assistant_over(folder)


def test_contraction_read_as_the_two_words_it_shortens(kashio):
    answer = ask(kashio, "農協の補助金、令和５年度と比べて令和７年度はいくら増えた？")
    assert answer.status == "exact" and answer.value == 100, answer.summary
    assert any("農協" in n and "農業協同" in n for n in answer.notes), answer.notes


def test_year_compared_then_difference_of_a_named_row(kashio):
    answer = ask(kashio, "森林組合作業道補助金、令和５年度と比べて令和７年度はいくら減った？")
    assert answer.status == "exact" and answer.value == 40, answer.summary


class _T:
    def __init__(self, name, columns, rows):
        self.name, self.columns, self.rows = name, columns, rows


class _C:
    def __init__(self, header):
        self.header = header


def test_printed_or_ambiguous_words_are_not_contractions():
    rows = [{"cells": {"名称": "農業協同組合補助金", "区分": "継続"}}, {"cells": {"名称": "農村協力隊補助金", "区分": "予算"}}]
    t = _T("名称", [_C("名称"), _C("区分")], rows)
    assert as_contracted_names("農協の補助金", [t])[1] == ""  # (農業協同 and 農村協力 both shorten to 農協)
    assert as_contracted_names("予算の補助金", [t]) == ("予算の補助金", "")  # (a word the table prints)
    one = _T("名称", [_C("名称")], rows[:1])
    assert as_contracted_names("農協の補助金", [one])[0] == "農業協同の補助金"
