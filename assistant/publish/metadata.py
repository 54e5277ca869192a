"""Datasette metadata for an index, derived from the kinds' declarations and the tables the index has.

Titles and column descriptions are the kinds' Japanese labels; default facets are the declared facet
fields (list fields as facets over their JSON arrays); units are the declared ones. Nothing here
imports Datasette: the plugin (assistant/publish/plugin.py) hands these dictionaries to it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from assistant.kinds import registry
from assistant.kinds.spec import Field
from assistant.store.schema import SCHEMA_VERSION

# The view the plugin creates on each connection so that Datasette's search box runs gyokaku's search.
SEARCH_VIEW = "passages_search"

# Columns for the engine's own use, left out of Datasette's table pages unless asked for (?_col=).
INTERNAL_COLUMNS = {"passages": ("norm", "terms")}

_BASE = {
    "key": "キー（種類:番号。別の文書と重なるものは @ファイル名 つき）",
    "code": "番号",
    "source": "出典の文書",
    "line": "行（出典の文書の何行目から）",
    "end_line": "終わりの行",
}

_FIXED_TABLES = {
    "documents": ("文書", "取り込んだ資料。1 行が 1 ファイルです。", {
        "source": "ファイル名", "path": "ファイルの場所（索引のフォルダからの相対パス）",
        "kind": "文書の種類", "title": "表題", "sha256": "内容のハッシュ（SHA-256）", "size": "大きさ（バイト）",
        "n_lines": "行数", "n_records": "記録の数", "n_passages": "本文の断片の数",
        "ingested_at": "取り込んだ日時", "format": "形式",
    }),
    "passages": ("本文の断片", "資料の本文を段落や欄ごとに分けたもの。検索欄で日本語の語を探せます"
                 "（gyokaku の検索と同じ結果。空白は無視して一続きの語として探します）。", {
        "id": "番号", "key": "記録のキー", "kind": "記録の種類", "field": "項目", "source": "出典の文書",
        "line": "行", "text": "本文",
    }),
    "conflicts": ("資料間の食い違い", "同じ記録の同じ項目が資料の複数箇所で違う値のもの（gyokaku check と同じ）。", {
        "key": "記録のキー", "field": "項目", "chosen": "採用した値", "values": "各所の値（JSON）",
        "source": "出典の文書", "note": "採用の理由", "absent": "記録を載せていない写し",
    }),
    "warnings": ("読み取りの注意", "読み込みのときに気づいたこと（欠けた写し、変換で分断された行）。", {
        "source": "出典の文書", "line": "行（0 は文書全体）", "kind": "種類", "record": "記録のキー", "note": "内容",
    }),
    "places": ("行の出どころ", "PDF・Excel・Word の行がどのページ・セルから来たか。", {
        "source": "出典の文書", "first_line": "最初の行", "last_line": "最後の行", "place": "場所", "format": "形式",
    }),
}
_FIXED_FACETS = {
    "documents": ["kind", "format"],
    "passages": ["kind", "field", "source"],
    "conflicts": ["field", "source"],
    "warnings": ["kind", "source"],
}
_HIDDEN_TABLES = ("meta", "document_texts", "derived")  # (derived: tables of the question reading, stored.py)


@dataclass
class IndexMetadata:
    """What the plugin needs for one database: Datasette's metadata and the units to show in cells."""

    metadata: dict
    units: dict[str, dict[str, str]] = field(default_factory=dict)  # table → column → unit


def is_index(conn: sqlite3.Connection) -> bool:
    """Whether the database is a gyokaku index of this schema version (others are left as they are)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        conn.execute("SELECT id FROM passages LIMIT 0")
    except sqlite3.Error:
        return False
    return row is not None and str(row[0]) == str(SCHEMA_VERSION)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]


def _column_description(rk, name: str) -> str:
    if name in _BASE:
        return _BASE[name]
    if name == registry.link_column(rk.name):
        return f"{registry.kind_labels().get(rk.parent[1], rk.parent[1])}へのリンク（同じ文書の記録）"
    declared = rk.field(name)
    if declared is None:
        return registry.field_label(name, rk.name)
    out = declared.label
    if declared.unit:
        out += f"（単位: {declared.unit}）"
    if declared.type == "list":
        out += "（一覧。JSON の配列）"
    elif declared.type == "json":
        out += "（JSON）"
    return out


def _label_column(rk, columns: list[str]) -> str | None:
    """The column naming a record where another table links to it: its title or name, else its first
    shown text field that is not a number or a link."""
    for name in ("title", "name"):
        if name in columns and rk.field(name) is not None:
            return name
    skip = {"code", "no", "n", rk.parent[0] if rk.parent else ""}
    for f in rk.fields:
        if isinstance(f, Field) and f.show and f.type == "text" and f.name not in skip and f.name in columns:
            return f.name
    return None


def _record_table(rk, columns: list[str]) -> tuple[dict, dict[str, str]]:
    document_kind = registry.document_kinds().get(rk.name, "")
    description = f"{registry.document_label(document_kind)}の{rk.label}。"
    if rk.parent:
        parent = registry.kind_labels().get(rk.parent[1], rk.parent[1])
        description += f"{parent}に属します（{registry.link_column(rk.name)} が{parent}へのリンク）。"
    facets = []
    for name in registry.facet_fields(rk.name):
        declared = rk.field(name)
        if name in columns:
            facets.append({"array": name} if declared is not None and declared.type == "list" else name)
    table = {
        "title": rk.label,
        "description": description,
        "sort": "line",
        "columns": {c: _column_description(rk, c) for c in columns},
    }
    if facets:
        table["facets"] = facets
    label = _label_column(rk, columns)
    if label:
        table["label_column"] = label
    units = {c: f.unit for c in columns if (f := rk.field(c)) is not None and f.unit}
    return table, units


def index_metadata(conn: sqlite3.Connection) -> IndexMetadata:
    """Datasette metadata for the database on `conn` (a gyokaku index)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, dict] = {}
    units: dict[str, dict[str, str]] = {}
    for name, (title, description, columns) in _FIXED_TABLES.items():
        if name in tables:
            out[name] = {"title": title, "description": description, "columns": dict(columns)}
            if name in _FIXED_FACETS:
                out[name]["facets"] = list(_FIXED_FACETS[name])
    out["documents"]["label_column"] = "title"
    out["passages"]["fts_table"] = SEARCH_VIEW
    for name in _HIDDEN_TABLES:
        if name in tables:
            out[name] = {"hidden": True}
    for name, rk in registry.record_kinds().items():
        if name in tables:
            out[name], table_units = _record_table(rk, _columns(conn, name))
            if table_units:
                units[name] = table_units
    metadata = {
        "title": "行革アシスタントの索引",
        "description": "行政改革の資料から gyokaku が作った索引（読み取り専用）。表は資料の記録の種類ごと、"
                       "本文の断片は日本語で検索できます。",
        "tables": out,
    }
    return IndexMetadata(metadata, units)
