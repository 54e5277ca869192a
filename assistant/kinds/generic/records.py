"""Record kinds of a document no other kind recognised: the document itself (searchable as passages),
and the structure read from it: table rows, numbered items with their labelled fields, count facts.

They declare no kind or field words on purpose: the question engine's vocabulary stays that of the
dedicated kinds, and questions about these records are answered by assistant/query/facts.py, which
reads the field names (所管課, 担当課名, …) from the data itself.
"""
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

TABLE_ROW = RecordKind(
    "table_row", "表の行", (),
    fields=(
        Field("table", "表", show=True),
        Field("cells", "列と値", type="json"),  # header → value, the header as the document prints it
        Field("text", "行の内容", show=True),
        Field("heading", "見出し"),
    ),
)

ITEM = RecordKind(
    "item", "番号付きの項目", (),
    fields=(
        Field("number", "番号", show=True),
        Field("title", "名称", show=True),
        Field("heading", "見出し", show=True),
        Field("fields", "記載事項", type="json"),  # label → value, labels as the document prints them
        Field("text", "本文"),
    ),
)

COUNT_FACT = RecordKind(
    "count_fact", "件数の記載", (),
    fields=(
        Field("label", "区分", show=True),
        Field("count", "件数", type="number", show=True),
        # Not `unit`: a field name another kind's question words lead to (an indicator's 単位) would
        # make the engine take these records for that kind's.
        Field("count_unit", "単位", show=True),
        Field("percent", "割合", type="number", unit="%", show=True),
        Field("heading", "見出し", show=True),
        Field("text", "記載"),
    ),
)

# The document kind as users see it (ingest's report, the browse tree).
LABEL = "その他の文書（汎用）"

RECORDS = (DOC, TABLE_ROW, ITEM, COUNT_FACT)
