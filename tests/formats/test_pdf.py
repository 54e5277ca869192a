"""PDF: text and ruled tables in reading order, the page as provenance, compatibility characters
folded, scans named as such. The fixture was written by fpdf2 (tests/formats/make_pdf.py)."""
from __future__ import annotations

import io

import pdfplumber
import pytest

from assistant.formats import to_text
from assistant.store.places import place_of
from tests.formats.helpers import JOINT_QUESTION, ingest
from tests.formats.make_pdf import FIXTURE, japanese_font, joint_projects_pdf, scanned_pdf


@pytest.fixture(scope="module")
def fixture_pdf() -> bytes:
    return FIXTURE.read_bytes()


def test_the_fixture_carries_compatibility_characters(fixture_pdf):
    """What a PDF reader gets from it: ⾏ (U+2F8F) for 行, ⺠ for 民, ‧ for ・ — as real PDFs do."""
    with pdfplumber.open(io.BytesIO(fixture_pdf)) as pdf:
        raw = pdf.pages[0].extract_text()
    assert "\u2f8f" in raw and "\u2ea0" in raw and "\u2027" in raw
    assert "行" not in raw


def test_text_is_normalised_with_pages(fixture_pdf):
    ft = to_text(fixture_pdf, "連携事業.pdf")
    assert ft.format == "pdf"
    lines = ft.text.split("\n")
    assert lines[0] == "行政改革 岡山市・倉敷市 連携事業の進捗状況"
    assert lines[1] == "両市の連携事業は市民サービスの向上を目的に、行政の効率化を進めるものです。"
    assert not any(0x2E80 <= ord(c) <= 0x2FDF or c == "\u2027" for c in ft.text)
    assert ft.place(1) == "1ページ"
    header = next(n for n, line in enumerate(lines, 1) if line.startswith("番号\t事業項目"))
    assert lines[header - 1].split("\t")[:3] == ["番号", "事業項目", "事業内容"]  # table cells kept apart
    assert ft.place(header) == "2ページ"
    eight = next(n for n, line in enumerate(lines, 1) if line.startswith("8\t"))
    assert lines[eight - 1].split("\t")[-2:] == ["介護保険課", "介護保険課"]
    assert ft.place(eight) == "3ページ"  # the table runs on to the next page


def test_joint_projects_pdf_is_structured_and_answers(tmp_path, fixture_pdf):
    summary, reader, assistant = ingest(tmp_path, {"連携事業.pdf": fixture_pdf})
    assert not summary.skipped, summary.skipped
    assert summary.documents[0]["kind"] == "joint_projects"
    answer = assistant.ask(JOINT_QUESTION)
    assert [r["code"] for r in answer.rows] == ["8"], answer.summary
    line = reader.execute("SELECT line FROM joint_project WHERE code = '8'").fetchone()[0]
    assert place_of(reader.conn, "連携事業.pdf", line) == "3ページ"
    # what kinds and search read is ordinary text: 行政 with the ordinary 行, no ⾏ left
    text = reader.execute("SELECT text FROM document_texts").fetchone()[0]
    assert "行政の効率化" in text and "\u2f8f" not in text


@pytest.mark.skipif(japanese_font() is None, reason="no Japanese font on this machine (fonts-ipaexfont-gothic)")
def test_a_pdf_written_now_reads_the_same(fixture_pdf):
    fresh = to_text(joint_projects_pdf(japanese_font()), "new.pdf")
    assert fresh.text == to_text(fixture_pdf, "old.pdf").text


def test_a_scan_is_named_not_indexed_as_empty(tmp_path, fixture_pdf):
    summary, reader, _ = ingest(tmp_path, {"スキャン.pdf": scanned_pdf(), "連携事業.pdf": fixture_pdf})
    assert [d["source"] for d in summary.documents] == ["連携事業.pdf"]
    (path, reason), = summary.skipped
    assert path.endswith("スキャン.pdf")
    assert "スキャン.pdf は画像だけのPDFで文字情報がありません" in reason


def test_cli_ingest_reports_the_scan_by_name(tmp_path, fixture_pdf):
    from tests.conftest import run_cli

    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "連携事業.pdf").write_bytes(fixture_pdf)
    (folder / "scan.pdf").write_bytes(scanned_pdf())
    r = run_cli("ingest", "--index", str(tmp_path / "g.db"), str(folder))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and "WARNING" not in r.stderr.upper()
    assert "読み込めなかったファイル: " in r.stderr and "scan.pdf は画像だけのPDFで文字情報がありません" in r.stderr
    assert "追加・更新 1 件" in r.stdout + r.stderr


def test_ingest_reports_each_files_format_kind_and_records(tmp_path):
    """`gyokaku ingest` says per file what it read: the format, the kind found in it, the records."""
    from pathlib import Path

    from tests.conftest import run_cli

    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / "連携事業.pdf").write_bytes((Path(__file__).parent / "fixtures" / "joint_projects.pdf").read_bytes())
    (folder / "memo.txt").write_text("庁内の連絡メモです。\n", encoding="utf-8")
    r = run_cli("ingest", "--index", str(tmp_path / "g.db"), str(folder))
    assert r.returncode == 0, r.stdout + r.stderr
    rows = [line for line in r.stderr.splitlines() if "連携事業.pdf" in line or "memo.txt" in line]
    pdf = next(line for line in rows if "連携事業.pdf" in line)
    assert "PDF" in pdf and "連携事業の一覧" in pdf
    cells = [c.strip() for c in pdf.split("│") if c.strip()]
    assert int(cells[3]) > 0  # the joint projects it holds
    memo = next(line for line in rows if "memo.txt" in line)
    assert "テキスト" in memo and "その他の文書" in memo
