"""Record kind of a document no other kind recognised: the document itself, searchable as passages."""
from __future__ import annotations

from assistant.kinds.spec import Field, RecordKind

DOC = RecordKind(
    "doc", "文書", (),
    fields=(
        Field("title", "表題", show=True),
        Field("lines", "行数", type="number"),
        Field("headings", "見出しの数", type="number"),
        Field("tables", "表の数", type="number"),
    ),
)

RECORDS = (DOC,)
