"""Two ruled tables printed side by side on one page, each under its own caption on one line
(「令和5年度」 over the left, 「令和6年度」 over the right): each caption goes with the table under it,
so the second table is not read as more rows of the first under the first's year."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.formats import to_text
from tests.formats.make_pdf import japanese_font

LEFT = [["部名", "職員数（人）", "使用量（千枚）"], ["総務部", "210", "1,420"], ["財務部", "165", "980"],
        ["市民部", "248", "2,310"], ["合計", "623", "4,710"]]
RIGHT = [["部名", "職員数（人）", "使用量（千枚）", "増減（千枚）"], ["総務部", "205", "1,180", "▲240"],
         ["財務部", "160", "870", "▲110"], ["市民部", "240", "2,040", "▲270"], ["合計", "605", "4,090", "▲620"]]


def side_by_side_pdf(font: str, ruled: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=9)
    pdf.add_page()
    pdf.cell(0, 8, "北山市 庁内コピー用紙使用量の状況（部別）")
    for x, caption, rows, width in ((20, "令和5年度（2023年度）", LEFT, 30), (150, "令和6年度（2024年度）", RIGHT, 28)):
        pdf.set_xy(x, 30)
        pdf.cell(60, 6, caption)
        for n, row in enumerate(rows):
            pdf.set_xy(x, 38 + 7 * n)
            for cell in row:
                pdf.cell(width, 7, cell, border=1 if ruled else 0)
    pdf.set_xy(20, 80)
    pdf.cell(0, 6, "※ 増減は令和6年度から令和5年度を差し引いたもの。")
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def pdf() -> bytes:
    font = japanese_font()
    if font is None:
        pytest.skip("no Japanese font on this machine (fonts-ipaexfont-gothic)")
    return side_by_side_pdf(font)


def test_each_caption_goes_with_the_table_under_it(pdf) -> None:
    lines = to_text(pdf, "kitayama.pdf").text.split("\n")
    left, right = lines.index("令和5年度（2023年度）"), lines.index("令和6年度（2024年度）")
    assert lines[left + 1:left + 1 + len(LEFT)] == ["\t".join(r) for r in LEFT]
    assert lines[right + 1:right + 1 + len(RIGHT)] == ["\t".join(r) for r in RIGHT]
    assert right == left + 1 + len(LEFT)
    assert not any("令和5年度（2023年度） 令和6年度" in line for line in lines)


def test_the_tables_are_asked_by_their_years(pdf, tmp_path) -> None:
    from tests.conversation_helpers import ask, assistant_over

    (tmp_path / "北山市_コピー用紙使用量.pdf").write_bytes(pdf)
    assistant = assistant_over(tmp_path)
    total = ask(assistant, "北山市の令和6年度のコピー用紙使用量は合計でどれくらい？")
    assert total.status == "exact" and total.value == 4090
    one = ask(assistant, "北山市の財務部の令和5年度の使用量は？")
    assert one.status == "exact" and one.value == 980
    fewer = ask(assistant, "北山市で、前年度から使用量が200千枚以上減った部は何部ありますか")
    assert fewer.status == "exact" and fewer.count == 2  # 総務部 ▲240, 市民部 ▲270
    under = ask(assistant, "北山市で令和5年度の使用量が1,000千枚未満の部は？")
    assert under.status == "exact" and under.count == 1
    change = ask(assistant, "北山市の市民部、使用量は前の年度からどれだけ減りましたか")
    assert change.value == 270


def test_unruled_tables_side_by_side_read_as_one_with_a_year_over_each_half(tmp_path) -> None:
    """Without rules the two tables come as one wide table under its captions' line: that line is a first
    header row, each year over its half (the same columns again)."""
    from tests.conversation_helpers import ask, assistant_over

    font = japanese_font()
    if font is None:
        pytest.skip("no Japanese font on this machine (fonts-ipaexfont-gothic)")
    (tmp_path / "北山市_コピー用紙使用量.pdf").write_bytes(side_by_side_pdf(font, ruled=False))
    assistant = assistant_over(tmp_path)
    total = ask(assistant, "北山市の令和6年度のコピー用紙使用量は合計でどれくらい？")
    assert total.status == "exact" and total.value == 4090
    one = ask(assistant, "北山市の財務部の令和5年度の使用量は？")
    assert one.status == "exact" and one.value == 980
    change = ask(assistant, "北山市の市民部、使用量は前の年度からどれだけ減りましたか")
    assert change.value == 270
