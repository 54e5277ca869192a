"""Rows taken from the records a connection has decoded (assistant/store/records.py) are the rows
SQLite gives for the same SELECT, in its order, and each caller's rows are its own."""
from __future__ import annotations

import json

from assistant.query.answer import Condition, Query
from assistant.query.execute import Executor
from assistant.query.lexicon import load_lexicon
from assistant.store.records import LIST_FIELDS, records


def _direct(db, sql: str, params) -> list[dict]:
    rows = [dict(r) for r in db.query(sql, params)]
    for row in rows:
        for k in LIST_FIELDS:
            if isinstance(row.get(k), str) and row[k].startswith(("[", "{")):
                row[k] = json.loads(row[k])
    return rows


def test_selected_rows_are_those_of_the_select_in_its_order(db):
    """Conditions of several shapes (numbers, grades, text in passages, list fields, an order by a
    field, ties of source and line): each answer's rows equal the SELECT t.* it explains, the second
    time (from the rows already read) as the first."""
    ex = Executor(db, load_lexicon(db))
    queries = [
        Query(question="", target="practice", conditions=[Condition("creativity", "=", 2, "")]),
        Query(question="", target="practice", conditions=[Condition("overall", "=", "B", "")],
              order_by="total", descending=True),
        Query(question="", target="initiative", conditions=[Condition("text", "match", "推進", "")]),
        Query(question="", target="comment", conditions=[Condition("text", "match", "市民", "")]),
        Query(question="", target="grade"),
        Query(question="", target="self_eval"),
        Query(question="", target="practice", conditions=[Condition("departments", "has", "納税課", "")]),
    ]
    compared = 0
    for q in queries:
        for _ in range(2):
            got, sql, params = ex.select(q)
            assert got == _direct(db, sql, params), sql
            compared += len(got)
    assert compared > 500


def test_each_caller_has_rows_of_its_own(db):
    """A caller adding fields to its rows or changing their lists changes no other answer's rows."""
    ids = [r[0] for r in db.execute("SELECT rowid FROM practice ORDER BY source, line").fetchall()]
    first = records(db, "practice", ids)
    assert any(r.get("departments") for r in first)
    for row in first:
        row["excerpt"] = "…"
        for k in LIST_FIELDS:
            if isinstance(row.get(k), list):
                row[k].append("追加")
    again = records(db, "practice", ids)
    assert again == _direct(db, "SELECT * FROM practice ORDER BY source, line", [])
    assert not any("excerpt" in r for r in again)


def test_rows_in_the_order_asked_repeated_ids_too(db):
    ids = [r[0] for r in db.execute("SELECT rowid FROM initiative ORDER BY rowid DESC").fetchall()]
    got = records(db, "initiative", ids + ids[:2])
    keys = [r["key"] for r in got]
    want = [r[0] for r in db.execute("SELECT key FROM initiative ORDER BY rowid DESC").fetchall()]
    assert keys == want + want[:2]


def test_keys_holding_a_word_are_those_the_passage_search_finds(db):
    """The records of a kind whose passages hold a word, read once per open index, are those the
    FTS query finds, for words of every length, rare and common, and words nothing holds."""
    from assistant.store.search import has_kind_index, passage_sql, word_keys

    words = ["事業", "推進", "市", "ふるさと納税", "委託", "ない語句です", "ＩＣＴ", "バス", "評価", "\"", ""]
    kinds = [r[0] for r in db.execute("SELECT DISTINCT kind FROM passages ORDER BY kind").fetchall()]
    found_some = 0
    for word in words:
        for kind in kinds:
            built = passage_sql(word, kinds=[kind], kind_index=has_kind_index(db))
            got = word_keys(db, word, kind)
            if built is None:
                assert got is None
                continue
            inner, params = built
            want = sorted({r[0] for r in db.execute(f"SELECT key FROM passages WHERE id IN ({inner})", params)})
            assert json.loads(got) == want, (word, kind)
            assert word_keys(db, word, kind) == got  # the second time from what was read
            found_some += bool(want)
    assert found_some > 10


def test_passages_holding_a_word_read_again_are_the_same(db):
    """Where a word occurs (without the texts), read once per open index: the same passages in the
    same order as the query gives, every time, and each caller's dicts its own."""
    from assistant.store.search import find_passages, has_kind_index, passage_sql

    compared = 0
    for word in ["事業", "推進", "ふるさと納税", "市", "ない語句です", "事例"]:
        for kinds in (None, ["doc", "article", "qa"], ["practice"]):
            built = passage_sql(word, kinds, None, None, has_kind_index(db))
            sql, params = built
            want = [dict(r) for r in db.query(f"SELECT id, key, kind, field, source, line FROM passages "
                                              f"WHERE id IN ({sql}) ORDER BY source, line, id", params)]
            for _ in range(2):
                got = find_passages(db, word, kinds=kinds, with_text=False)
                assert got == want, (word, kinds)
                for p in got:
                    p["words"] = ["x"]
            compared += len(want)
    assert compared > 300


def test_records_read_together_by_key_are_each_read_alone(db):
    """The rows of records a passage search lists, read together by key, are what reading each one
    alone gives (a key of no record table: its first passage), in the order of the keys."""
    ex = Executor(db, load_lexicon(db))
    keys = [r[0] for r in db.execute("SELECT DISTINCT key FROM passages ORDER BY id DESC").fetchall()]
    assert len(keys) > 500
    for some in (keys, keys[:7], keys[::-3], []):
        assert ex.record_rows(some) == [ex.record_row(k) for k in some]


def test_passages_of_some_records_holding_a_word_are_those_the_query_finds(db):
    """A word's passages among some records' (with their texts), taken from where the word occurs
    in the whole index: those the intersecting query finds, in its order."""
    from assistant.store.search import find_passages, has_kind_index, passage_sql

    keys = [r[0] for r in db.execute("SELECT DISTINCT key FROM passages ORDER BY key").fetchall()]
    compared = 0
    for word in ["事業", "推進", "ふるさと納税", "市", "参加", "ない語句です"]:
        for kinds in (None, ["practice"], ["comment", "initiative"]):
            for some in (keys, keys[::5], keys[:40], ["no:such"]):
                sql, params = passage_sql(word, kinds, None, some, has_kind_index(db))
                want = [dict(r) for r in db.query(f"SELECT id, key, kind, field, source, line, text FROM passages "
                                                  f"WHERE id IN ({sql}) ORDER BY source, line, id", params)]
                assert find_passages(db, word, kinds=kinds, keys=some) == want, (word, kinds, len(some))
                assert find_passages(db, word, kinds=kinds, keys=some, with_text=False) == \
                    [{k: v for k, v in p.items() if k != "text"} for p in want]
                compared += len(want)
    assert compared > 1000


def test_rows_of_a_table_read_first_and_then_again_are_the_same(index_path):
    """On a fresh connection a table's first select reads its rows whole, later ones by rowid (some
    already read, some not): the same rows as the SELECT itself, each time."""
    from assistant.store.search import open_index

    fresh = open_index(index_path)
    try:
        ex = Executor(fresh, load_lexicon(fresh))
        for q in (Query(question="", target="comment", conditions=[Condition("text", "match", "市民", "")]),
                  Query(question="", target="comment"),
                  Query(question="", target="comment", conditions=[Condition("text", "match", "委託", "")])):
            got, sql, params = ex.select(q)
            assert got and got == _direct(fresh, sql, params), sql
    finally:
        fresh.conn.close()


def test_whether_a_word_occurs_asked_again_is_the_same(db):
    """Whether any passage holds a word, kept per open index: what the query says, every time."""
    from assistant.store.search import has_kind_index, has_passage, passage_sql

    held = 0
    for word in ["事業", "いんたびゅー", "ふるさと納税", "ない語句です", "市", "\"", "", "ＩＣＴ", "バス"]:
        for kinds in (None, ["practice"], ["doc", "qa"]):
            built = passage_sql(word, kinds, kind_index=has_kind_index(db))
            want = bool(built) and bool(db.execute(f"SELECT EXISTS ({built[0]})", built[1]).fetchone()[0])
            assert has_passage(db, word, kinds) == want == has_passage(db, word, kinds), (word, kinds)
            held += want
    assert held > 5


def test_selected_rows_are_shared_and_cannot_be_changed(db):
    """The rows a select gives are the connection's own, shared by every answer (not copied): any
    change to one, or to a list in it, is refused, so no answer can alter a later one; a copy
    (dict(row)) is the caller's to change, its lists still refused."""
    import copy

    import pytest

    ex = Executor(db, load_lexicon(db))
    q = Query(question="", target="practice", conditions=[Condition("creativity", "=", 2, "")])
    rows, sql, params = ex.select(q)
    row = next(r for r in rows if r.get("departments"))
    for change in (lambda: row.__setitem__("excerpt", "…"), lambda: row.update(x=1), lambda: row.pop("key"),
                   lambda: row.setdefault("title2", ""), lambda: row.clear(), lambda: row.__delitem__("key"),
                   lambda: row["departments"].append("追加"), lambda: row["departments"].sort(),
                   lambda: row["departments"].__setitem__(0, "x"), lambda: row["departments"].extend(["x"])):
        with pytest.raises(TypeError):
            change()
    mine = dict(row)
    mine["excerpt"] = "…"
    assert copy.deepcopy(row) == row and copy.copy(row) == row
    mine_deep = copy.deepcopy(row)
    mine_deep["departments"].append("追加")
    again, _, _ = ex.select(q)
    assert again == _direct(db, sql, params) and again[rows.index(row)] is row
    assert json.dumps(again, ensure_ascii=False) == json.dumps(_direct(db, sql, params), ensure_ascii=False)


def test_places_go_on_the_answers_own_copies(tmp_path):
    """A row's page or cell (store/places.py) is put on the answer's own copy of the shared row: the
    answer shows it, the rows the next select gives are as the index holds them."""
    from pathlib import Path

    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    path = tmp_path / "made10.db"
    build_index([Path(__file__).parents[1] / "questions" / "made10" / "docs"], path)
    db = open_index(path)
    try:
        answer = Assistant(db).ask("豊橋市と豊川市の連携事業で既に実施しているものは何件")
        assert not answer.error and answer.count == 7
        assert all(r.get("place") for r in answer.rows)
        rows, _, _ = Executor(db, load_lexicon(db)).select(Query(question="", target=answer.target))
        assert rows and not any("place" in r for r in rows)
    finally:
        db.conn.close()


def test_rows_in_the_documents_order_are_those_sqlite_sorts(db):
    """Rows chosen unsorted and put in the documents' order by their place (tables whose rows each
    have a file and line of their own), or sorted by SQLite (tables where rows share one): the
    order of the SELECT … ORDER BY source, line, for every table, all rows and some."""
    from assistant.store.records import _document_places
    from assistant.store.schema import record_tables

    ex = Executor(db, load_lexicon(db))
    kinds = {True: 0, False: 0}
    for table in record_tables(db):
        for conditions in ([], [Condition("text", "match", "市", "")], [Condition("text", "match", "事業", "")]):
            q = Query(question="", target=table, conditions=conditions)
            for _ in range(2):
                got, sql, params = ex.select(q)
                assert [r["key"] for r in got] == [r["key"] for r in _direct(db, sql, params)], sql
        kinds[_document_places(db, table) is not None] += 1
    assert kinds[True] > 5 and kinds[False] > 0  # both ways are taken


def test_field_names_are_the_union_of_the_rows_keys(db):
    from assistant.store.records import field_names

    ex = Executor(db, load_lexicon(db))
    practice, _, _ = ex.select(Query(question="", target="practice"))
    comment, _, _ = ex.select(Query(question="", target="comment"))
    from assistant.store.records import SharedRow

    made_otherwise = SharedRow({**practice[0], "extra": 1})  # as dataclasses.asdict copies one: no names
    for rows in (practice, comment, practice[:3] + comment[:2], [{**practice[0], "place": "1ページ"}, comment[0]],
                 [{"key": "group:1", "count": 2}], [made_otherwise, practice[1]], []):
        assert field_names(rows) == set().union(*(r.keys() for r in rows))


def test_other_copies_asked_again_are_the_query_s_and_the_caller_s_own(db):
    """The records another printed copy names a department for, kept per open index: what the query
    finds, every time, each caller's dicts its own."""
    from assistant.query.lexicon import strip_bureau

    lex = load_lexicon(db)
    ex = Executor(db, lex)
    found = 0
    for name in sorted(lex.full_departments) + ["営業課", "ICT推進課", "100%課", "ない課"]:
        patterns = [f'%"{n}"%' for n in ex._dept_spellings(name)]
        if name == strip_bureau(name):
            patterns.append(f'%){name}"%')
        where = " OR ".join('"values" LIKE ?' for _ in patterns)
        want = [dict(r) for r in db.query(
            f"SELECT key, chosen, \"values\" FROM conflicts WHERE field = 'departments' AND ({where})", patterns)]
        for _ in range(2):
            got = ex.other_copies(name)
            assert got == want, name
            for r in got:
                r["chosen"] = "変更"
        found += len(want)
    assert found > 0
