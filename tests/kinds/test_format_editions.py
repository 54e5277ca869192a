"""Every shipped document, in every edition (other fiscal years, another municipality) and every format
(text, Word, HTML, Excel, PDF), read through the same path `gyokaku ingest` takes: it is recognised as
its own kind, never the generic one, and gives the shipped records transformed as the text was.

The files are written here by the plain converters of tests/kinds/format_editions.py, which know
nothing of any kind; each is built and read once per module."""
from __future__ import annotations

import os
import re
from typing import Any

import pytest

from assistant.kinds import registry
from assistant.model import ParsedDocument
from tests.formats.make_pdf import japanese_font
from tests.kinds.format_editions import (
    DOCUMENTS, EDITIONS, FORMATS, SUFFIX, edition_text, expected_records, ingest, map_strings, records_by_key,
    render, shift_years,
)
from tests.kinds.helpers import corpus_text

# Cases where the converter loses what a publisher's file keeps: (document, format, edition or "*") → why.
XFAIL: dict[tuple[str, str, str], str] = {
    ("case_studies", "pdf", "*"): (
        "the text holds Markdown tables (| … | … |) whose rows are longer than a PDF line: printed as text they "
        "wrap, and the wrapped half of a row is no table row any more (a publisher's PDF prints a ruled table)"),
    ("plan_report", "pdf", "*"): (
        "the committee's remarks sit in one cell, told apart only by a space or a ・ bullet; fpdf2 wraps the cell "
        "anywhere, without 禁則: a wrap falling on the space swallows it (two remarks read as one), and a line "
        "may start with a 中黒 (需要・供給 read as two remarks). A publisher's PDF sets remarks as list items"),
}

# Cases that take too long for every run (seconds to write and read the 582 KB report in that format);
# GYOKAKU_ALL_EDITIONS=1 runs them too. The converters act on lines, not on what an edition changes,
# so the plain edition in each format and every edition as text and Excel run always.
SLOW: dict[tuple[str, str, str], str] = {
    **{("plan_report", fmt, edition): "the report as Word/HTML in every edition: ~10 s each"
       for fmt in ("docx", "html") for edition in EDITIONS if edition != "plain"},
    **{("plan_report", "pdf", edition): "the report as a PDF of 162 A3 pages: ~80–110 s to write and read"
       for edition in EDITIONS},
    **{(document, "pdf", edition): "a PDF in every edition: ~3 s each"
       for document in DOCUMENTS for edition in EDITIONS if edition != "plain"},
}
ALL_EDITIONS = os.environ.get("GYOKAKU_ALL_EDITIONS") == "1"

CASES = [(d, f, e) for d in DOCUMENTS for f in FORMATS for e in EDITIONS]


def _param(document: str, fmt: str, edition: str):
    marks = []
    reason = XFAIL.get((document, fmt, edition)) or XFAIL.get((document, fmt, "*"))
    if reason:
        marks.append(pytest.mark.xfail(reason=reason, strict=True))
    if (document, fmt, edition) in SLOW and not ALL_EDITIONS:
        marks.append(pytest.mark.skip(reason=f"{SLOW[(document, fmt, edition)]} (GYOKAKU_ALL_EDITIONS=1 runs it)"))
    if fmt == "pdf":
        marks.append(pytest.mark.skipif(japanese_font() is None,
                                        reason="no Japanese font on this machine (fonts-ipaexfont-gothic)"))
    return pytest.param(document, fmt, edition, marks=marks, id=f"{document}-{fmt}-{edition}")


@pytest.fixture(scope="module")
def shipped() -> dict[str, ParsedDocument]:
    return {name: registry.parse(corpus_text(d.source), d.source) for name, d in DOCUMENTS.items()}


@pytest.fixture(scope="module")
def read_edition(tmp_path_factory):
    """(document, format, edition) → what ingest makes of the file, each file written and read once."""
    folder = tmp_path_factory.mktemp("editions")
    cache: dict[tuple[str, str, str], ParsedDocument] = {}

    def read(document: str, fmt: str, edition: str) -> ParsedDocument:
        if (document, fmt, edition) not in cache:
            shipped_doc = DOCUMENTS[document]
            text = edition_text(corpus_text(shipped_doc.source), shipped_doc, edition)
            path = folder / f"{document}-{edition}{SUFFIX[fmt]}"
            path.write_bytes(render(text, fmt, japanese_font()))
            cache[(document, fmt, edition)] = ingest(path.read_bytes(), shipped_doc.source)
        return cache[(document, fmt, edition)]

    return read


# A line number written into a note (同じ部署名が3行目で…) is provenance: it differs with the layout.
_LINE_RE = re.compile(r"\d+行目")
# In a PDF, a cell or a line wraps where a space was: the space cannot be told from the wrap.
_SPACE_RE = re.compile(r"\s+")


def _comparable(fields: dict[str, Any], fmt: str) -> dict[str, Any]:
    def norm(s: str) -> str:
        s = _LINE_RE.sub("N行目", s)
        return _SPACE_RE.sub("", s) if fmt == "pdf" else s

    return map_strings(fields, norm)


@pytest.mark.parametrize("document,fmt,edition", [_param(*case) for case in CASES])
def test_an_edition_in_a_format_reads_as_the_text(shipped, read_edition, document, fmt, edition):
    got = read_edition(document, fmt, edition)
    assert got.kind == DOCUMENTS[document].kind, [w.note for w in got.warnings if w.kind == "other_kind"]
    expected = {key: _comparable(fields, fmt) for key, fields in
                expected_records(shipped[document], DOCUMENTS[document], edition).items()}
    found = {key: _comparable(fields, fmt) for key, fields in records_by_key(got).items()}
    assert set(found) == set(expected), (sorted(set(expected) - set(found))[:10], sorted(set(found) - set(expected))[:10])
    wrong = {key: {f: (found[key].get(f), v) for f, v in fields.items() if found[key].get(f) != v}
             | {f: (found[key][f], None) for f in set(found[key]) - set(fields)}
             for key, fields in expected.items() if found[key] != fields}
    assert not wrong, list(wrong.items())[:3]


def test_the_editions_change_what_they_say():
    """The transformations reach the documents: years move (bare 16年度 too), places are renamed."""
    assert shift_years("納税部会 16年度(岡山市) 平成16～25年度 2015年度 R2", 3) == "納税部会 19年度(岡山市) 平成19～28年度 2015年度 R5"
    assert shift_years("平成3年度", -4) == "昭和62年度"
    for name, document in DOCUMENTS.items():
        text = corpus_text(document.source)
        assert all(old in text for old, _ in document.places), name
        assert edition_text(text, document, "another-city") != text
        assert edition_text(text, document, "years+3") != text
