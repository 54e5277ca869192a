"""CSV: RFC 4180 (csv module, CRLF rows, quoted line breaks kept), UTF-8 with BOM or CP932."""
from __future__ import annotations

import csv
import io

from assistant.export.cells import answer_table, neutralise, text_of, to_cp932

ENCODINGS = ("utf-8-sig", "cp932", "utf-8")


def to_csv(answer, english_keys: bool = False, encoding: str = "utf-8-sig") -> tuple[bytes, dict[str, int]]:
    """The answer table as CSV bytes, and the characters replaced for CP932 (char -> count).

    utf-8-sig: UTF-8 with a BOM, so Excel opens Japanese correctly (the default).
    utf-8: no BOM (used for stdout, where a BOM would reach the next program).
    cp932: for older Excel; characters CP932 lacks become 「〓」 and are listed in the second value
    (never dropped silently). Formula-like text cells get a leading apostrophe (see cells.py).
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown CSV encoding: {encoding}")
    headers, rows = answer_table(answer, english_keys)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([text_of(neutralise(h)) for h in headers])
    for row in rows:
        writer.writerow([text_of(neutralise(c)) for c in row])
    text = buf.getvalue()
    replaced: dict[str, int] = {}
    if encoding == "cp932":
        return to_cp932(text, replaced).encode("cp932"), replaced
    return text.encode(encoding, errors="replace"), replaced
