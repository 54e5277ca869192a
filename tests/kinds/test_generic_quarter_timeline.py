"""A timeline of marks (工程表): the years merged over four quarter columns each (R5 over 1Q | 2Q | 3Q | 4Q), the
second header row starting past three empty cells under 番号 │ 改革項目 │ 担当課 (merged down) and as long as the
first row once its trailing empty cells are cut. Each quarter column is named by its year and quarter, kept apart
(R5 1Q, not R51Q), and the quarters' row is no data row."""
from __future__ import annotations

from pathlib import Path

from assistant.formats import to_text
from assistant.kinds.generic import loader as generic

MADE125 = Path(__file__).parents[1] / "questions" / "made125" / "docs"

QUARTERS = "\t".join(f"{q}Q" for q in range(1, 5))
TIMELINE = (
    "番号\t改革項目\t担当課\tR5\t\t\t\tR6\t\t\t\tR7\t\t\t\tR8\n"
    f"\t\t\t{QUARTERS}\t{QUARTERS}\t{QUARTERS}\t{QUARTERS}\n"
    "1-1\t組織の再編\t総務課\t■\t■\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\t▶\n"
    "1-2\t公用車の集約\t総務課\t\t■\t■\t■\t■\t▶\t▶\t▶\n"
)


def _rows(text: str, source: str) -> list:
    return [r for r in generic.parse(text, source).records if r.kind == "table_row"]


def test_each_quarter_is_named_by_its_year() -> None:
    rows = _rows(TIMELINE, "timeline.txt")
    assert [r.fields["cells"]["番号"] for r in rows] == ["1-1", "1-2"]
    cells = rows[0].fields["cells"]
    assert list(cells)[3:8] == ["R5 1Q", "R5 2Q", "R5 3Q", "R5 4Q", "R6 1Q"]
    assert cells["R5 3Q"] == "▶" and cells["R8 4Q"] == "▶"
    assert "R5 1Q" not in rows[1].fields["cells"] and rows[1].fields["cells"]["R6 2Q"] == "▶"


def test_a_row_as_full_as_the_header_in_the_same_columns_is_data() -> None:
    # (four figures under four named columns: a data row, though every header cell has one)
    text = "番号\t名称\t令和5年度\t令和6年度\n1\t窓口\t12\t15\n2\t庁舎\t3\t4\n"
    assert [r.fields["cells"]["番号"] for r in _rows(text, "plain.txt")] == ["1", "2"]


def test_the_made_timeline_pdf() -> None:
    name = "行政改革実施計画_工程表（令和５～８年度）.pdf"
    text = to_text((MADE125 / name).read_bytes(), name).text
    rows = _rows(text, name)
    assert len(rows) == 18
    by_code = {r.fields["cells"]["番号"]: r.fields["cells"] for r in rows}
    assert by_code["3-2"]["R7 1Q"] == "▶" and by_code["3-2"]["R6 4Q"] == "■"
    assert sum(v == "■" for v in by_code["2-3"].values()) == 12
