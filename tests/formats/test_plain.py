"""Plain text goes through text.decode as before; only compatibility characters are folded."""
from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from assistant.formats import to_text
from assistant.text.decode import decode
from tests.conftest import CORPUS


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_shipped_corpus_text_is_unchanged(path):
    data = path.read_bytes()
    ft = to_text(data, path.name)
    assert ft.format == "text" and ft.places == () and ft.place(3) == ""
    assert ft.text == decode(data, path.name)


def test_text_converted_from_a_pdf_is_folded_too():
    ft = to_text("第3次⾏政改⾰大綱\n市⺠協働\x0cの推進\n".encode("utf-8"), "a.txt")
    assert ft.text == "第3次行政改革大綱\n市民協働\x0cの推進\n"  # a form feed stays: line numbers as today


def test_decode_errors_come_through():
    with pytest.raises(DocumentError, match="空のファイル"):
        to_text(b"", "empty.txt")
