"""Plain text files: the bytes are decoded by text.decode (encodings, BOMs, binaries refused)."""
from __future__ import annotations

from assistant.formats import FormatText
from assistant.text.decode import decode_with_warnings


def extract(data: bytes, source: str) -> FormatText:
    """The file's own lines are the provenance: no place map."""
    text, warnings = decode_with_warnings(data, source)
    return FormatText(text=text, format="text", warnings=tuple(warnings))
