"""Damaged and protected files: a Japanese reason naming the file, the others still go in, and the
previous index is kept as it was."""
from __future__ import annotations

import io
import zipfile

import pytest

from assistant.errors import DocumentError
from assistant.formats import sniff, to_text
from tests.formats.helpers import ingest, joint_docx, joint_xlsx
from tests.formats.make_pdf import FIXTURE


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "secret")
    pdf.set_encryption(owner_password="owner", user_password="user", encryption_method=EncryptionMethod.AES_128)
    return bytes(pdf.output())


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


BROKEN = {
    "encrypted.pdf": (_encrypted_pdf, "パスワード"),
    "truncated.pdf": (lambda: FIXTURE.read_bytes()[:1500], "PDF"),
    "corrupt.xlsx": (lambda: joint_xlsx()[:2000], "ZIP"),
    "garbage_parts.xlsx": (lambda: _zip({"[Content_Types].xml": b"<x", "xl/workbook.xml": b"not xml"}), "Excel"),
    "garbage_parts.docx": (lambda: _zip({"[Content_Types].xml": b"<x", "word/document.xml": b"<<"}), "Word"),
    "other.zip": (lambda: _zip({"readme.txt": b"hello"}), "Excel（.xlsx）でも Word（.docx）でもありません"),
    "old.xls": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧形式"),
    "protected.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + bytes(600),
                       "パスワード"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_reason_in_japanese(name):
    make, part = BROKEN[name]
    with pytest.raises(DocumentError) as caught:
        to_text(make(), name)
    assert part in caught.value.reason
    assert name in caught.value.message


def test_format_is_read_from_content():
    assert sniff(joint_xlsx(), "a.txt") == "xlsx"
    assert sniff(joint_docx(), "a.xlsx") == "docx"
    assert sniff(FIXTURE.read_bytes(), "a.docx") == "pdf"
    assert sniff("<html><body>本文</body></html>".encode(), "a.txt") == "html"
    assert sniff("行政改革 <注> 本文".encode(), "a.txt") == "text"


def test_broken_files_are_reported_and_the_rest_go_in(tmp_path):
    good = {"連携事業.xlsx": joint_xlsx()}
    summary, reader, _ = ingest(tmp_path, good)
    assert summary.documents[0]["kind"] == "joint_projects"
    broken = {name: make() for name, (make, _) in BROKEN.items()}
    summary, reader, assistant = ingest(tmp_path, {**broken, "報告.docx": joint_docx()})
    reported = {path.rsplit("/", 1)[1]: reason for path, reason in summary.skipped}
    assert set(reported) == set(BROKEN)
    for name, (_, part) in BROKEN.items():
        assert part in reported[name], (name, reported[name])
        assert "Traceback" not in reported[name] and "不具合" not in reported[name]
    assert sorted(d["source"] for d in summary.documents) == ["報告.docx", "連携事業.xlsx"]
    assert summary.unchanged == ["連携事業.xlsx"]
