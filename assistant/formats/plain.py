"""Plain text files: the bytes are decoded by text.decode (encodings, BOMs, binaries refused)."""
from __future__ import annotations

from assistant.formats import FormatText
from assistant.text.decode import decode


def extract(data: bytes, source: str) -> FormatText:
    """The file's own lines are the provenance: no place map."""
    return FormatText(text=decode(data, source), format="text")
