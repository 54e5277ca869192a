"""Two tables of the same columns one after the other without a blank line, each under a caption of its
own (「令和5年度（2023年度）」 then 「令和6年度（2024年度）」, as a PDF printing them side by side reads): the
second caption starts a next table whose rows are captioned by it, not a section of the first table with
its header read as a row. A caption over a row of figures is still a section of the table going on."""
from __future__ import annotations

from assistant.kinds.generic import loader as generic

TWO_YEARS = (
    "北山市 庁内コピー用紙使用量の状況\n"
    "令和5年度（2023年度）\n"
    "部名\t職員数（人）\t使用量（千枚）\n"
    "総務部\t210\t1,420\n"
    "財務部\t165\t980\n"
    "令和6年度（2024年度）\n"
    "部名\t職員数（人）\t使用量（千枚）\t増減（千枚）\n"
    "総務部\t205\t1,180\t▲240\n"
    "財務部\t160\t870\t▲110\n"
)

SECTIONS = (
    "取組一覧\n"
    "No.\t取組\t担当課\t効果額（千円）\n"
    "基本方針1 市民サービスの向上\n"
    "1\t窓口の電子化\t市民課\t1,200\n"
    "基本方針2 行政運営の効率化\n"
    "2\t公用車の削減\t管財課\t800\n"
)


def _rows(text: str) -> list:
    return [r for r in generic.parse(text, "a.txt").records if r.kind == "table_row"]


def test_a_caption_over_the_header_again_starts_a_next_table() -> None:
    rows = _rows(TWO_YEARS)
    assert [r.fields["table"] for r in rows] == ["令和5年度（2023年度）"] * 2 + ["令和6年度（2024年度）"] * 2
    assert all(r.fields["cells"]["部名"] != "部名" for r in rows)  # no header read as a row
    assert rows[2].fields["cells"]["増減(千枚)"] == "▲240"


def test_a_caption_over_a_row_of_figures_is_a_section_of_the_table() -> None:
    rows = _rows(SECTIONS)
    assert [r.fields["heading"] for r in rows] == ["基本方針1 市民サービスの向上", "基本方針2 行政運営の効率化"]
