"""Full-text search on the real index: compounds, variants, and no hits inside unrelated words."""
from __future__ import annotations

import pytest

from assistant.store.build import build_index
from assistant.store.search import find_passages, highlight_spans, open_index


def texts(db, word):
    return [p["text"] for p in find_passages(db, word)]


@pytest.mark.parametrize("word, inside", [
    ("委託", "民間委託"),
    ("デジタル", "デジタルサイネージ"),
    ("バス", "バスロケーション"),
    ("病院", "市立病院"),
    ("AI", "AIヘルプデスク"),
    ("サイネージ", "デジタルサイネージ"),
])
def test_word_found_inside_compounds(db, word, inside):
    found = texts(db, word)
    assert any(inside in t for t in found), f"{word} not found inside {inside}"


@pytest.mark.parametrize("a, b", [("AI", "ＡＩ"), ("AI", "ａｉ"), ("キャッシュレス", "ｷｬｯｼｭﾚｽ"), ("ゴミ", "ごみ")])
def test_variants_match_each_other(db, a, b):
    assert {p["id"] for p in find_passages(db, a)} == {p["id"] for p in find_passages(db, b)}
    assert find_passages(db, a)


def test_every_substring_hit_of_long_words_is_found(db):
    """Trigram search finds every passage whose search form contains a word of 3+ letters."""
    from assistant.text.normalize import search_form

    rows = list(db.query("SELECT id, norm FROM passages"))
    for word in ["ふるさと納税", "キャッシュレス", "民間委託", "公共施設", "ノウハウ", "連携"]:
        expected = {r["id"] for r in rows if "".join(search_form(word).split()) in r["norm"]}
        got = {p["id"] for p in find_passages(db, word)}
        if len(search_form(word)) >= 3:
            assert got == expected, word


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small")
    (folder / "memo.txt").write_text(
        "東京都の取組について\n\nHOKKAIDO の事例を調べた。\n\nバスツアーを企画した。\n\n京都府との連携。\n",
        encoding="utf-8")
    path = folder / "idx.db"
    build_index([folder / "memo.txt"], path)
    return open_index(path)


def test_letters_inside_unrelated_words_do_not_count(small_db):
    kyoto = texts(small_db, "京都")
    assert all("東京都" not in t for t in kyoto) and any("京都府" in t for t in kyoto)
    assert texts(small_db, "AI") == []
    assert any("バスツアー" in t for t in texts(small_db, "バス"))


def test_fts_syntax_is_only_text(db):
    for word in ['"', "*", "AND", "NEAR(", "^", "passages_tri:", "a OR b", "'; DROP TABLE passages; --"]:
        find_passages(db, word)  # must not raise


def test_highlight_spans_map_back_to_original_characters():
    text = "ｷｬｯｼｭﾚｽ決済とＡＩ"
    (s, e), = highlight_spans(text, "キャッシュレス")
    assert text[s:e] == "ｷｬｯｼｭﾚｽ"
    (s, e), = highlight_spans(text, "ai")
    assert text[s:e] == "ＡＩ"


_NARROWING_WORDS = ["委託", "AI", "職員研修会", "参加", "ふるさと納税", "市", "存在しない語ですよ", "\"", "バス"]


@pytest.mark.parametrize("word", _NARROWING_WORDS)
def test_existence_and_sources_agree_with_the_full_search(db, word):
    """The cheap questions (is the word anywhere? in which documents?) answer what the full search says."""
    from assistant.store.search import has_passage, passage_sources

    found = find_passages(db, word)
    assert has_passage(db, word) == bool(found)
    assert passage_sources(db, word) == sorted({p["source"] for p in found})
    for kind in ("practice", "comment", "doc"):
        assert has_passage(db, word, kinds=[kind]) == bool(find_passages(db, word, kinds=[kind]))


@pytest.mark.parametrize("word", _NARROWING_WORDS)
def test_search_narrowed_to_records_keeps_their_passages_in_order(db, word):
    from assistant.store.search import find_passages as find

    everything = find(db, word)
    keys = sorted({p["key"] for p in everything})[::2] + ["practice:存在しない"]
    assert find(db, word, keys=keys) == [p for p in everything if p["key"] in set(keys)]
    assert find(db, word, keys=[]) == []


def test_kind_filter_of_a_word_search_reads_the_index_not_the_passages(db):
    """On a large index a common word has thousands of hits: which of them are of a kind is read
    from a covering index (id, kind, key), not from each passage's row with its text."""
    from assistant.store.search import passage_sql

    sql, params = passage_sql("参加", kinds=["program"])
    plan = " ".join(str(r[3]) for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
    assert "COVERING INDEX passages_id_kind" in plan, plan


def test_several_kinds_are_filtered_on_the_index_and_an_older_index_still_answers(db, index_path, tmp_path):
    """With passages_id_kind the kinds of a common word's hits are read from it whatever their number;
    an index built before it existed answers the same, by reading the rows."""
    import shutil
    import sqlite3

    from assistant.store.search import has_kind_index, passage_sql

    sql, params = passage_sql("事例", kinds=["doc", "article", "qa"], kind_index=has_kind_index(db))
    plan = " ".join(str(r[3]) for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
    assert "COVERING INDEX passages_id_kind" in plan, plan

    older = tmp_path / "older.db"
    shutil.copyfile(index_path, older)
    conn = sqlite3.connect(older)
    conn.execute("DROP INDEX passages_id_kind")
    conn.commit()
    conn.close()
    old_db = open_index(older)
    assert not has_kind_index(old_db)
    for word in ("事例", "参加", "委託", "AI"):
        for kinds in (["doc", "article", "qa"], ["practice"], None):
            assert find_passages(old_db, word, kinds=kinds) == find_passages(db, word, kinds=kinds)


def test_the_index_is_read_through_its_mapping(db):
    from assistant.store.search import MMAP_BYTES

    assert db.execute("PRAGMA mmap_size").fetchone()[0] == MMAP_BYTES
