"""PDF layouts without rules: a list set as text at column positions becomes tab-separated rows, a
report in two columns is read column by column (tests/kinds/other_cities.py writes them with fpdf2;
the committed copies are read where no Japanese font is installed)."""
from __future__ import annotations

from assistant.formats import to_text
from tests.kinds.other_cities import KITAHAMA_ROWS, pdf_bytes


def test_an_unruled_table_keeps_its_cells() -> None:
    ft = to_text(pdf_bytes("kitahama.pdf"), "kitahama.pdf")
    lines = ft.text.split("\n")
    header = lines.index("\t".join(KITAHAMA_ROWS[0]))
    assert lines[header:header + len(KITAHAMA_ROWS)] == ["\t".join(row) for row in KITAHAMA_ROWS]
    # the sentences around it stay sentences, compatibility characters folded (⾏ → 行, ⽬ → 目)
    assert lines[0] == "北浜村 令和6年度 行政改革実施計画 進捗一覧"
    assert lines[header - 1] == "各取組の目標値と実績値は次のとおりです。"
    assert lines[header + len(KITAHAMA_ROWS)] == "達成 2項目、未達成 2項目となりました。"


def test_two_columns_are_read_one_after_the_other() -> None:
    ft = to_text(pdf_bytes("higashiyama.pdf"), "higashiyama.pdf")
    lines = ft.text.split("\n")
    assert lines[0] == "東山町 令和3年度 行財政改革の取組報告"  # across both columns, first
    assert lines[1] == "(1) 公用車の削減（担当：総務課）"
    assert lines[2] == "令和3年度は公用車を2台削減した。"
    assert lines.index("(4) 図書館の指定管理者制度導入（担当：社会教育課）") == lines.index("評価：C") + 1
    assert lines[-1] == "評価：A" and all(ft.place(n) == "1ページ" for n in range(1, len(lines) + 1))
    assert not any("\t" in line for line in lines)


def test_a_ruled_table_beside_count_lines() -> None:
    ft = to_text(pdf_bytes("aobadai.pdf"), "aobadai.pdf")
    lines = ft.text.split("\n")
    assert "A（目標を達成） 3項目（42.9%）" in lines
    assert "3\t電子契約の導入\t契約課\t全契約の50%を電子化\t62%を電子化\tA" in lines
    # a cell wrapped in its narrow column is one cell, its Japanese joined without a space
    assert "7\t公用車の削減とカーシェアリングの導入\t管財課\t公用車10台削減\t公用車を8台削減しカーシェアリング2台を導入\tB" \
        in lines


def test_the_committed_copies_read_as_written_now() -> None:
    import pytest

    from tests.formats.make_pdf import japanese_font
    from tests.kinds.other_cities import FIXTURES, PDFS

    if japanese_font() is None:
        pytest.skip("no Japanese font on this machine (fonts-ipaexfont-gothic)")
    for name in PDFS:
        assert to_text((FIXTURES / name).read_bytes(), name).text == to_text(pdf_bytes(name), name).text, name


def test_a_bullet_that_starts_a_line_of_a_cell_starts_an_item() -> None:
    """A cell listing remarks (・…・…) wrapped in its column: a line that starts with a bullet is the
    next item, kept apart by a space as the text had it; a line that merely continues is joined."""
    import datetime as dt

    import pytest
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        pytest.skip("no Japanese font on this machine (fonts-ipaexfont-gothic)")
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=9)
    pdf.add_page()
    with pdf.table(col_widths=(20, 60), first_row_as_headings=False) as table:
        row = table.row()
        row.cell("委員評価")
        row.cell("・取組は着実に進んでいる。\n・今後は成果を市民に分かりやすく示すことを期待したい。\n※ 数値は速報値")
    lines = to_text(bytes(pdf.output()), "a.pdf").text.split("\n")
    assert "委員評価\t・取組は着実に進んでいる。 ・今後は成果を市民に分かりやすく示すことを期待したい。 ※ 数値は速報値" in lines


def test_a_wrapped_cell_joins_japanese_to_latin_without_a_space() -> None:
    """Where a cell wrapped between a Japanese character and a Latin one (【 | R5), no space was there;
    between two Latin words one was (Open | Data)."""
    from assistant.formats.pdf import _wrapped_cell

    assert _wrapped_cell("地域公共交通計画の推進【\nR5内容変更】") == "地域公共交通計画の推進【R5内容変更】"
    assert _wrapped_cell("LINE\n公式アカウント") == "LINE公式アカウント"
    assert _wrapped_cell("Open\nData の推進") == "Open Data の推進"
    assert _wrapped_cell("期待したい。\n・今後は") == "期待したい。 ・今後は"
