"""Japanese labels for record kinds and fields, derived from the kinds' declarations (assistant/kinds)."""
from __future__ import annotations

from assistant.kinds import registry

# Labels of what is not a record field: answer-table columns, the conflicts view, built-in targets.
BASE_LABELS = {
    "key": "キー",
    "code": "番号",
    "source": "出典",
    "line": "行",
    "place": "箇所",  # the page or cell of a PDF, Excel or Word document (store/places.py)
    "field": "項目",
    "chosen": "採用値",
    "record": "記録",
    "excerpt": "抜粋",
    "copies": "各所の値",
    "values": "各所の値",
    "count": "件数",
    "value": "値",
    "group": "区分",
    "department_city": "担当部署の市町村",  # a field of the conflicts view
    # columns of a related-initiatives answer (query/related.py)
    "record_kind": "種類",
    "document": "資料",
    "shared": "共通の語",
    "similarity": "類似度",
}
BASE_KIND_LABELS = {"document": "文書", "passage": "本文", "conflicts": "食い違い", "related": "他の資料の似た記録"}


def field_label(field: str, kind: str = "") -> str:
    parent = registry.link_columns().get(field)
    if parent:  # the stored link to the parent record (initiative_key)
        return f"{kind_label(parent)}のキー"
    if field in BASE_LABELS and not (kind and registry.record_kinds().get(kind) and
                                     registry.record_kinds()[kind].field(field)):
        return BASE_LABELS[field]
    return registry.field_label(field, kind)


def kind_label(kind: str) -> str:
    return registry.kind_labels().get(kind) or BASE_KIND_LABELS.get(kind, kind)


def join_mapping(value: dict) -> str:
    """An object such as a joint project's departments as one line of text:
    {"A市": "介護保険課", "B市": "介護保険課"} → 「A市: 介護保険課 / B市: 介護保険課」 (blank entries left out)."""
    return " / ".join(f"{key}: {item}" for key, item in value.items() if item not in (None, ""))


def provenance(item: dict, compact: bool = False) -> str:
    """Where a row or excerpt comes from, as every view prints it: 「報告書.pdf 3ページ」,
    「評価.xlsx 評価シート!B7」 when the document has pages or cells (`place`), else the line of the
    text: 「a.txt 12行目」 (`compact`: 「a.txt:12」, for table cells)."""
    source = str(item.get("source") or "")
    if not source:
        return ""
    place, line = item.get("place"), item.get("line")
    if place:
        return f"{source} {place}"
    if not line:
        return source
    return f"{source}:{line}" if compact else f"{source} {line}行目"
