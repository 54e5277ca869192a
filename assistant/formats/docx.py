"""DOCX with python-docx: paragraphs and tables in document order, tables as tab-separated rows.

Provenance is 「段落N」 for the Nth paragraph of the body and 「表N M行目」 for a table row. A cell
merged across columns is repeated by python-docx for every column it spans; it is written once and
the other columns stay empty, as a flattened spreadsheet would, so columns keep their positions.
"""
from __future__ import annotations

import io

from assistant.errors import DocumentError
from assistant.formats import FormatText, cell_text
from assistant.formats.docx_numbering import Numbering


def extract(data: bytes, source: str) -> FormatText:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # PackageNotFoundError, KeyError for missing parts, XML errors ...
        raise DocumentError(source, f"Word ファイルが壊れていて開けません（{type(exc).__name__}: {exc}）") from exc
    lines: list[str] = []
    places: list[str] = []
    paragraphs = tables = 0
    try:
        # Style names by id, looked up once: python-docx's paragraph.style searches every style of the
        # document for each paragraph (most of the time of reading a long document went there).
        style_names = {style.style_id: style.name or "" for style in document.styles}
        numbering = Numbering(document)
        for block in document.iter_inner_content():
            if isinstance(block, docx.table.Table):
                tables += 1
                if lines and lines[-1]:
                    lines.append("")
                    places.append("")
                for n, row in enumerate(block.rows, 1):
                    texts: list[str] = []
                    seen: list = []
                    for cell in row.cells:
                        # merged cells come back once per spanned column as the same element
                        texts.append("" if any(cell._tc is tc for tc in seen) else cell_text(cell.text))
                        seen.append(cell._tc)
                    while texts and not texts[-1]:
                        texts.pop()
                    lines.append("\t".join(texts))
                    places.append(f"表{tables} {n}行目")
                lines.append("")
                places.append("")
            else:
                paragraphs += 1
                # A paragraph styled as a heading stands between blank lines, as headings do in text.
                heading = _is_heading(style_names.get(block._p.style or "", "")) and bool(block.text.strip())
                if heading and lines and lines[-1]:
                    lines.append("")
                    places.append("")
                text = block.text
                label = numbering.label(block._p) if text.strip() else ""
                if label:
                    text = f"{label} {text}"  # the number Word prints before an auto-numbered paragraph
                for part in text.split("\n"):  # soft line breaks inside a paragraph
                    lines.append(part.rstrip())
                    places.append(f"段落{paragraphs}")
                if heading:
                    lines.append("")
                    places.append("")
    except Exception as exc:
        raise DocumentError(source, f"Word ファイルが壊れていて読めません（{type(exc).__name__}: {exc}）") from exc
    return FormatText(text="\n".join(lines), format="docx", places=tuple(places))


def _is_heading(style_name: str) -> bool:
    """Word's built-in heading styles (named Heading 1… or 見出し 1… by the Japanese Word) and Title;
    a paragraph of the default style, or of a style the document refers to but does not define, is none."""
    return style_name.startswith(("Heading", "heading", "見出し", "Title", "表題"))
