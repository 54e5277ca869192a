"""Datasette on the real index: Japanese titles, keys, foreign keys, facets, NULLs, hidden columns and
the search box finding Japanese words exactly as gyokaku's own search does."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from assistant.kinds import registry
from assistant.store.search import find_passages


def _tables(client) -> dict[str, dict]:
    return {t["name"]: t for t in client.json("/gyokaku.json")["tables"]}


def _table_metadata(client) -> dict[str, dict]:
    return client.json("/-/metadata.json")["databases"]["gyokaku"]["tables"]


def test_every_record_table_has_its_japanese_title_and_column_labels(client, db):
    tables = _tables(client)
    metadata = _table_metadata(client)
    kinds = [k for k in registry.record_kinds() if k in tables]
    assert {"practice", "initiative", "sheet_entry", "joint_project", "case_study", "program"} <= set(kinds)
    for kind in kinds:
        html = client.get(f"/gyokaku/{kind}").text
        assert f"<h1>{registry.kind_labels()[kind]}</h1>" in html, kind
        assert metadata[kind]["title"] == registry.kind_labels()[kind]
    practice = metadata["practice"]["columns"]
    assert practice["overall"] == "総合評価"
    assert practice["r4"] == "R4評価"  # a field family's label, for the years this edition prints
    assert practice["initiative_key"] == "取組項目へのリンク（同じ文書の記録）"
    assert "行革プランの意見書・進捗状況シート" in metadata["practice"]["description"]
    assert "<h1>本文の断片</h1>" in client.get("/gyokaku/passages").text
    for table, title in (("documents", "文書"), ("conflicts", "資料間の食い違い"), ("warnings", "読み取りの注意")):
        assert f"<h1>{title}</h1>" in client.get(f"/gyokaku/{table}").text
    assert "<h1>行革アシスタント</h1>" in client.get("/").text


def test_units_come_from_the_declarations(client, db):
    html = client.get("/gyokaku/indicator").text
    assert _table_metadata(client)["indicator"]["columns"]["rate"] == "達成率（単位: %）"
    rate = db.execute("SELECT rate FROM indicator WHERE rate IS NOT NULL").fetchone()[0]
    assert f"{int(rate):,} %" in html  # 100.0 is shown as 100
    # The sheet prints its money without a unit: none is claimed.
    assert _table_metadata(client)["program"]["columns"]["total_cost"] == "総事業費"


def test_record_tables_are_keyed_by_their_record_key(client):
    tables = _tables(client)
    for kind in registry.record_kinds():
        if kind in tables:
            assert tables[kind]["primary_keys"] == ["key"], kind
    row = client.json("/gyokaku/practice/practice~3A27.json?_shape=objects")["rows"][0]
    assert row["key"] == "practice:27" and row["code"] == "27"


def test_links_are_foreign_keys_datasette_follows(client, db):
    tables = _tables(client)
    outgoing = {(t, fk["column"], fk["other_table"], fk["other_column"])
                for t, info in tables.items() for fk in info["foreign_keys"]["outgoing"]}
    # every declared parent, from the kinds' declarations
    for (parent, child), field_name in registry.links().items():
        if child in tables and parent in tables:
            assert (child, f"{field_name}_key", parent, "key") in outgoing, child
    for child in ("sheet", "sheet_entry", "self_eval", "challenge", "grade"):
        assert (child, "practice_key", "practice", "key") in outgoing
    assert ("practice", "initiative_key", "initiative", "key") in outgoing
    assert ("passages", "source", "documents", "source") in outgoing
    assert ("practice", "source", "documents", "source") in outgoing
    # every link holds in the data
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for (parent, child), field_name in registry.links().items():
        if child in tables:
            missing = db.execute(f"SELECT count(*) FROM [{child}] WHERE [{field_name}_key] IS NULL").fetchone()[0]
            assert missing == 0, child
    # the table shows the parent's title as a link to its row; the parent's row page links back
    initiative, title = db.execute(
        "SELECT i.key, i.title FROM practice p JOIN initiative i ON i.key = p.initiative_key"
        " WHERE p.key = 'practice:27'").fetchone()
    html = client.get("/gyokaku/practice?key=practice%3A27").text
    assert f'<a href="/gyokaku/initiative/{initiative.replace(":", "~3A")}">{title}</a>' in html
    back = client.get(f"/gyokaku/initiative/{initiative.replace(':', '~3A')}").text
    assert f'href="/gyokaku/practice?initiative_key={initiative}"' in back


def test_default_facets_include_lists_as_arrays(client):
    data = client.json("/gyokaku/practice.json")
    facets = data["facet_results"]
    assert {"departments", "themes", "ended", "overall"} <= set(facets)
    themes = {r["value"] for r in facets["themes"]["results"]}
    assert themes and all(isinstance(v, str) and not v.startswith("[") for v in themes)
    for name, facet in facets.items():
        assert "" not in {r["value"] for r in facet["results"]}, name


def test_empty_values_are_null_not_empty_strings(client, db):
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
                               " AND name NOT LIKE 'passages_t%'").fetchall():
        for column in [r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]:
            n = db.execute(f"SELECT count(*) FROM [{table}] WHERE [{column}] = ''").fetchone()[0]
            assert n == 0, (table, column)
    # a practice item still going on has no end year: null in Datasette, no blank facet bucket
    going = client.json("/gyokaku/practice.json?_shape=objects&ended__isnull=1")
    assert going["rows"] and all(r["ended"] is None for r in going["rows"])


def test_internal_columns_and_whole_files_are_hidden(client, index_path):
    columns = client.json("/gyokaku/passages.json")["columns"]
    assert "text" in columns and "norm" not in columns and "terms" not in columns
    assert "norm" not in client.get("/gyokaku/passages.csv").text.splitlines()[0]
    assert "norm" in client.json("/gyokaku/passages.json?_col=norm")["columns"]  # still there when asked for
    assert ".row.table-passages .col-norm" in client.get("/-/gyokaku.css").text
    assert "/-/gyokaku.css" in client.get("/gyokaku/passages/1").text
    tables = _tables(client)
    assert "text" not in tables["documents"]["columns"]
    assert tables["document_texts"]["hidden"] and tables["meta"]["hidden"]


def test_internal_columns_are_hidden_from_the_first_request(index_path):
    from assistant.publish.app import make_datasette
    from tests.datasette.conftest import Client

    fresh = Client(make_datasette(index_path))
    assert "norm" not in fresh.json("/gyokaku/passages.json")["columns"]


def test_documents_hold_no_absolute_path(client, index_path):
    from assistant.store.build import resolved_path

    rows = client.json("/gyokaku/documents.json?_shape=objects")["rows"]
    assert rows
    for row in rows:
        assert not row["path"].startswith("/") and ":\\" not in row["path"], row["path"]
        assert resolved_path(index_path, row["path"]).read_bytes()  # still finds its file


@pytest.mark.parametrize("word", ["バス", "ふるさと納税", "委託"])
def test_search_box_finds_japanese_words_like_gyokaku(client, db, word):
    expected = sorted(p["id"] for p in find_passages(db, word))
    assert expected, word
    data = client.json(f"/gyokaku/passages.json?_search={quote(word)}&_col=id&_shape=objects&_size=max")
    assert data["filtered_table_rows_count"] == len(expected)
    assert sorted(r["id"] for r in data["rows"]) == expected
    html = client.get(f"/gyokaku/passages?_search={quote(word)}").text
    assert 'name="_search"' in html and f"{len(expected)} row" in html


def _search_ids(client, text: str, mode: str = "") -> list[int]:
    data = client.json(f"/gyokaku/passages.json?_search={quote(text)}&_col=id&_shape=objects&_size=max{mode}")
    return sorted(r["id"] for r in data["rows"])


def test_search_reads_the_text_as_gyokaku_does(client, db):
    # spaces are not word boundaries for gyokaku's search (ふるさと 納税 is ふるさと納税)
    assert _search_ids(client, "ふるさと 納税") == sorted(p["id"] for p in find_passages(db, "ふるさと 納税"))
    assert _search_ids(client, "ふるさと 納税") == _search_ids(client, "ふるさと納税")
    # FTS syntax typed into the box is only ever text; signs alone find nothing, without an error
    assert _search_ids(client, 'バス OR "') == sorted(p["id"] for p in find_passages(db, 'バス OR "'))
    assert _search_ids(client, "、") == []


def test_search_runs_on_the_full_text_indexes(index_path):
    """The search box's MATCH reaches the FTS5 indexes (no scan of the passages)."""
    import sqlite3

    from assistant.publish import plugin

    conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True)
    try:
        plugin.prepare_connection(conn, "gyokaku", None)
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM passages WHERE rowid IN "
            "(SELECT rowid FROM passages_search WHERE passages_search MATCH escape_fts(?))", ["バス"]))
        count = conn.execute("SELECT count(*) FROM passages WHERE rowid IN (SELECT rowid FROM passages_search"
                             " WHERE passages_search MATCH escape_fts(?))", ["委託"]).fetchone()[0]
    finally:
        conn.close()
    assert "passages_tri VIRTUAL TABLE INDEX" in plan and "passages_tok VIRTUAL TABLE INDEX" in plan, plan
    assert "SCAN passages " not in plan + " "
    assert count > 0


def test_fts_tables_are_detected_by_datasette_and_sqlite_utils(index_path):
    import sqlite3

    import sqlite_utils
    from datasette.utils import detect_fts

    conn = sqlite3.connect(index_path)
    try:
        assert detect_fts(conn, "passages") in ("passages_tri", "passages_tok")
    finally:
        conn.close()
    assert sqlite_utils.Database(index_path)["passages"].detect_fts() in ("passages_tri", "passages_tok")
