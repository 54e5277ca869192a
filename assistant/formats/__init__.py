"""Files as staff have them (plain text, HTML, PDF, XLSX, DOCX) → text with provenance.

`to_text(data, source)` recognises the format by content (magic bytes, the parts inside a zip),
not by the file name, and returns a FormatText: the text every kind's detect() and parse() read,
and where each of its lines came from (「3ページ」, 「シート名!B7」, 「段落4」, 「表1 2行目」). Tables
of every format become tab-separated rows, one per line, so the kinds' table parsers read them
whatever the file was. Every format's text is folded with text.normalize.fold_compatibility
(⾏ → 行, ‧ → ・), a one-character-for-one mapping that keeps line numbers.

The libraries of each format are imported only when a file of that format arrives.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

from assistant.errors import DocumentError
from assistant.text.normalize import fold_compatibility

FORMAT_LABELS = {"text": "テキスト", "html": "HTML", "pdf": "PDF", "xlsx": "Excel", "docx": "Word"}

# A rule drawn over, under or between a table's rows (dashes, equals signs, box-drawing lines): the
# formats leave it in the text as it was (a line number each), and readers of tables skip it.
RULE_LINE_RE = re.compile(r"^[ \u3000]*[-=_─━＝－―]{3,}[-=_─━＝－― \u3000]*$")

# Characters str.splitlines() breaks at besides \n: inside one extracted line they would shift
# every later line number (kinds and the store count lines with splitlines()).
_ODD_BREAKS_RE = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class FormatText:
    """A file's text and where each of its lines came from.

    `places[i]` is the place of line i + 1 of `text` in the original file, in the words the UI
    shows: 「3ページ」 (PDF), 「シート名!B7」 (XLSX: the row's first filled cell), 「段落4」 or
    「表1 2行目」 (DOCX). It is empty for plain text and HTML, whose line numbers are the place
    (plain text) or have no better one (HTML), and "" for a line with no place of its own.
    """

    text: str
    format: str  # a key of FORMAT_LABELS
    places: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # Japanese, naming the file: what had to be repaired to read it

    @property
    def label(self) -> str:
        return FORMAT_LABELS.get(self.format, self.format)

    def place(self, line: int) -> str:
        """The place of 1-based `line` (「3ページ」), or "" when the format has none."""
        return self.places[line - 1] if 0 < line <= len(self.places) else ""


def sniff(data: bytes, source: str) -> str:
    """The format of a file's bytes: "pdf", "xlsx", "docx", "html" or "text". Raises DocumentError
    for a zip that is neither workbook nor Word document, or a password-protected Office file."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf").startswith(b"%PDF-"):  # readers accept blank bytes before it
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        import zipfile  # only a zip needs it (a text corpus's ingest never does)

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise DocumentError(source, f"ZIP 形式（Excel・Word ファイルなど）ですが壊れていて開けません（{exc}）") from exc
        if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
            return "xlsx"
        if "word/document.xml" in names or any(n.startswith("word/") for n in names):
            return "docx"
        raise DocumentError(source, "ZIP 形式のファイルですが、Excel（.xlsx）でも Word（.docx）でもありません")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError(source, "パスワードで保護された Excel・Word ファイルです。"
                                        "パスワードを外して保存し直してから入れてください")
        raise DocumentError(source, "旧形式の Office ファイル（.xls・.doc）です。"
                                    "Excel・Word で .xlsx・.docx 形式に保存し直してから入れてください")
    if _looks_like_html(data, source):
        return "html"
    return "text"


_HTML_RE = re.compile(rb"<\s*(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I)


def _looks_like_html(data: bytes, source: str) -> bool:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at the ASCII letters only
        head = head.replace(b"\x00", b"")
    if _HTML_RE.search(head):
        return True
    return source.lower().endswith((".html", ".htm", ".xhtml")) and b"<" in head and b">" in head


def to_text(data: bytes, source: str) -> FormatText:
    """A file's bytes as text with provenance, or DocumentError with a Japanese reason."""
    fmt = sniff(data, source)
    if fmt == "pdf":
        from assistant.formats import pdf as module
    elif fmt == "xlsx":
        from assistant.formats import xlsx as module
    elif fmt == "docx":
        from assistant.formats import docx as module
    elif fmt == "html":
        from assistant.formats import html as module
    else:
        from assistant.formats import plain as module
    result: FormatText = module.extract(data, source)
    return finish(result.text, fmt, result.places, source, result.warnings)


def finish(text: str, fmt: str, places: tuple[str, ...], source: str,
           warnings: tuple[str, ...] = ()) -> FormatText:
    """Fold compatibility characters, keep one line per place, refuse empty text. Plain text keeps
    its characters as decode() gave them (its line numbers are the file's own)."""
    if fmt != "text":
        text = _ODD_BREAKS_RE.sub(" ", text)
    text = fold_compatibility(text)
    if not text.strip():
        raise DocumentError(source, f"文字がありません（{FORMAT_LABELS.get(fmt, fmt)} ファイルに本文が見つかりません）")
    if places:
        n_lines = text.count("\n") + 1
        places = tuple(places[:n_lines]) + ("",) * max(0, n_lines - len(places))
    return FormatText(text=text, format=fmt, places=places, warnings=tuple(warnings))


def cell_text(value: object) -> str:
    """One table cell on one line: inner line breaks and runs of spaces become one space, tabs too
    (a tab would start the next cell)."""
    return " ".join(str(value).split()) if value is not None else ""


__all__ = ["FORMAT_LABELS", "RULE_LINE_RE", "FormatText", "sniff", "to_text", "cell_text"]
