"""Real PDFs for the format tests, written with fpdf2: one with text and a ruled table set in a
Japanese font whose text carries the compatibility characters real PDFs have (⾏ U+2F8F for 行, ⽬
for 目, ⺠ for 民, ‧ for ・), and one with only an image (a scan).

`python -m tests.formats.make_pdf` rewrites the committed fixture tests/formats/fixtures/
joint_projects.pdf (with IPAexGothic, Debian package fonts-ipaexfont-gothic); the tests also write
a fresh one when such a font is on the machine.
"""
from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from tests.conftest import CORPUS

FIXTURE = Path(__file__).parent / "fixtures" / "joint_projects.pdf"
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
)
# Radicals the way a PDF producer's font maps them: the glyph of 行 reached through U+2F8F, and so on.
COMPAT = str.maketrans({"行": "\u2f8f", "目": "\u2f6c", "民": "\u2ea0", "・": "\u2027"})


def japanese_font() -> str | None:
    return next((p for p in FONT_CANDIDATES if Path(p).exists()), None)


def joint_rows(last: int = 8) -> list[list[str]]:
    """The header and projects 1..last of the shipped joint-projects table."""
    lines = (CORPUS / "000_f03bfc25bf0d6070.txt").read_text(encoding="utf-8").split("\n")
    rows = [line.split("\t") for line in lines if line.strip()]
    header, body = rows[:2], [r for r in rows[2:] if r[0].isdigit() and int(r[0]) <= last]
    width = max(len(r) for r in header + body)
    return [(r + [""] * width)[:width] for r in header + body]


def _font_with_hyphenation_point(font: str, folder: str) -> str:
    """The font with U+2027 (‧) mapped to its ・ glyph, as the fonts of some producers map it (so the
    PDF's text layer says ‧ where ・ is printed)."""
    from fontTools.ttLib import TTFont

    ttf = TTFont(font)
    for table in ttf["cmap"].tables:
        if table.isUnicode() and 0x30FB in table.cmap:
            table.cmap[0x2027] = table.cmap[0x30FB]
    out = str(Path(folder) / "font.ttf")
    ttf.save(out)
    return out


def joint_projects_pdf(font: str) -> bytes:
    """Page 1: a title and a paragraph; pages 2 and 3: the table, ruled, with short cells."""
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))  # same bytes every time
    with tempfile.TemporaryDirectory() as folder:
        pdf.add_font("jp", fname=_font_with_hyphenation_point(font, folder))
    pdf.set_font("jp", size=11)
    pdf.add_page()
    pdf.cell(0, 10, "⾏政改⾰ 岡山市・倉敷市 連携事業の進捗状況".translate(COMPAT), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "両市の連携事業は市⺠サービスの向上を⽬的に、⾏政の効率化を進めるものです。".translate(COMPAT)
                   + "\n" + "担当部署‧部会名称は次のページの表のとおりです。".translate(COMPAT))
    pdf.add_page()
    pdf.set_font("jp", size=7)
    rows = joint_rows()
    with pdf.table(col_widths=(8, 30, 60, 40, 40, 30, 25, 25), text_align="LEFT", first_row_as_headings=False) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                # the long descriptions are cut so that the table fits one page
                cells.cell(value[:60].translate(COMPAT))
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A page holding only a picture of text, as a scanner writes it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 300), "white")
    draw = ImageDraw.Draw(image)
    for y in range(40, 260, 30):
        draw.rectangle((40, y, 560, y + 12), fill="black")  # lines of "text", as ink
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=190)
    return bytes(pdf.output())


if __name__ == "__main__":
    found = japanese_font()
    if found is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_bytes(joint_projects_pdf(found))
    print(FIXTURE, FIXTURE.stat().st_size)
