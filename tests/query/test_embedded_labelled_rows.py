"""A small table in a record's text kept as rows of 「heading: cell / …」 (embedded_tables._labelled_cell): the one
cell a question names by a cell of its row and its column's heading; a row named twice, or no column, is no answer."""
from __future__ import annotations

from assistant.query.embedded_tables import cell_asked

_ROWS = ["期 / 年度 / 保育所数", "期: 第5期 / 年度: 29～31年度 / 保育所数: 10か所",
         "期: 第6期 / 年度: 32～34年度 / 保育所数: 12か所", "期: 第7期 / 年度: 35～36年度 / 保育所数: 6か所"]


def test_the_cell_named_by_row_and_column() -> None:
    assert cell_asked("第6期の保育所数は？", _ROWS)[:3] == ("第6期", "保育所数", "12か所")


def test_no_column_named_is_no_cell() -> None:
    assert cell_asked("第6期はいつ？", _ROWS) is None


def test_two_rows_named_is_no_cell() -> None:
    assert cell_asked("第5期と第6期の保育所数は？", _ROWS) is None
