"""A record printed as a block of lines (a progress sheet) holds the parts of the same parent printed inside
that block (the sheet's yearly entries, its self-evaluation rows): 「テレワークが出てくる進捗状況シート」 is every
sheet whose block prints the word, in its own passages or in those parts'. The parts are the kinds whose text
counts as the same parent's (registry: text_of_parent); only those printed within the record's lines, in the
same document and under the same parent, are its own — never a part printed elsewhere."""
from __future__ import annotations

from assistant.kinds import registry


def sibling_parts(kind: str, columns: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(part kind, parent column) of the kinds printed under the same parent as `kind`, when `kind`'s records
    span lines (line, end_line) and both hold the parent column; empty otherwise."""
    kinds = registry.record_kinds()
    rk = kinds.get(kind)
    if rk is None or not rk.parent or not rk.text_of_parent:
        return []
    own = set(columns.get(kind, []))
    parent_col = rk.parent[1]
    if not {"line", "end_line", "source", parent_col} <= own:
        return []
    return [(other.name, parent_col) for other in kinds.values()
            if other.name != kind and other.parent == rk.parent and other.text_of_parent
            and {"line", "source", parent_col} <= set(columns.get(other.name, []))]


def within_clause(part: str, parent_col: str) -> str:
    """SQL: the record t holds a part of `part` among the keys of json_each(?), printed within t's lines."""
    return (f"EXISTS (SELECT 1 FROM [{part}] r WHERE r.key IN (SELECT value FROM json_each(?)) "
            f"AND r.source = t.source AND r.[{parent_col}] = t.[{parent_col}] "
            f"AND r.line BETWEEN t.line AND coalesce(t.end_line, t.line))")
