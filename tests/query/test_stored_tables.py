"""The tables derived from words (clipped forms and nouns of the titles, readings of the field words and of
the words questions typed in hiragana say) are stored in the index at ingest (query/stored.py), read back
under their keys, and change no answer: an index without them (built by an older version) or with a stale
one answers the same."""
from __future__ import annotations

import marshal
import shutil
import sqlite3

import pytest

from assistant.query import clipped_names, kana_reading, same_reading, stored
from assistant.query.conversation import Assistant
from assistant.query.lexicon import load_lexicon, title_nouns
from assistant.store.search import open_index

# (a clipped title, a title said by its words, kind and field words typed by their reading)
QUESTIONS = ["R4に終了した実践項目", "ふる納関係の実践どれ？", "SMSの徴収業務見直しの担当は？", "総合表かCの実践って何件",
             "それのたんとうは？", "そうむか の じっせんこうもく", "ころな に ついて ふれてる いいん の いけん"]


def _forget() -> None:
    """This process's tables as if no index had stored any."""
    stored._pool.clear()
    clipped_names._clippings.cache_clear()
    clipped_names._starts.cache_clear()
    same_reading._readings.cache_clear()
    kana_reading.known_verbs.cache_clear()


def _answers(path) -> list[dict]:
    _forget()
    assistant = Assistant(open_index(path))  # (a new connection: its lexicon read afresh)
    return [assistant.ask(q).to_dict(explain=True) for q in QUESTIONS]


def test_stored_at_ingest_under_the_keys_a_question_works_out(db):
    rows = {r[0]: (r[1], r[2]) for r in db.execute(f"SELECT name, key, value FROM [{stored.TABLE}]")}
    titles = load_lexicon(db).all_titles()
    words = same_reading.reading_words()
    made = {"clippings": (clipped_names.derive_clippings, titles), "title_nouns": (title_nouns, titles),
            "readings": (same_reading.derive_readings, words),
            # (the readings of the words questions typed in hiragana may say: kana_reading.py)
            "kana_known": (kana_reading.derive_known_readings, kana_reading.engine_words(load_lexicon(db))),
            "kana_verbs": (kana_reading.derive_verbs, kana_reading.grammar_examples())}
    assert set(rows) == set(made)
    _forget()
    stored.load(db)
    for name, (derive, inputs) in made.items():
        assert rows[name][0] == stored.key(name, derive, inputs)
        assert stored.derived(name, derive, inputs) == derive(inputs)
    assert "ふる納" in clipped_names.derive_clippings(titles)


@pytest.mark.parametrize("change", ["dropped", "stale"])
def test_answers_equal_without_the_stored_tables(index_path, tmp_path, change):
    other = tmp_path / "gyokaku.db"
    shutil.copyfile(index_path, other)
    conn = sqlite3.connect(other)
    if change == "dropped":  # an index built before the tables were stored
        conn.execute(f"DROP TABLE [{stored.TABLE}]")
    else:  # stored by other code: its key is not the one worked out now, and it is not read
        conn.execute(f"UPDATE [{stored.TABLE}] SET key = 'other', value = ?", (b"\x00",))
    conn.commit()
    conn.close()
    try:
        assert _answers(other) == _answers(index_path)
    finally:
        _forget()


def test_an_ingest_derives_again_a_table_stored_under_another_key(index_path, tmp_path):
    from assistant.store.build import build_index
    from tests.conftest import CORPUS

    other = tmp_path / "gyokaku.db"
    shutil.copyfile(index_path, other)
    conn = sqlite3.connect(other)
    conn.execute(f"UPDATE [{stored.TABLE}] SET key = 'other', value = ? WHERE name = 'clippings'", (b"\x00",))
    conn.commit()
    conn.close()
    build_index([CORPUS], other)  # (every document unchanged: the tables are stored all the same)
    db = open_index(other)
    rows = {r[0]: (r[1], marshal.loads(r[2])) for r in db.execute(f"SELECT name, key, value FROM [{stored.TABLE}]")}
    fresh = {r[0]: (r[1], marshal.loads(r[2]))
             for r in open_index(index_path).execute(f"SELECT name, key, value FROM [{stored.TABLE}]")}
    assert rows == fresh


def test_a_new_index_takes_the_tables_an_earlier_ingest_derived(tmp_path, monkeypatch):
    """The tables are also kept in the user's cache folder by their key (stored._Cache): a new index of
    the same titles and code derives none of them again, and holds the same rows."""
    from assistant.store.build import build_index
    from tests.conftest import CORPUS

    monkeypatch.setenv("GYOKAKU_CACHE", str(tmp_path / "cache"))
    build_index([CORPUS], tmp_path / "first.db")
    assert (tmp_path / "cache" / "gyokaku" / "derived-tables.marshal").exists()

    def derived_again(self, k, value):
        raise AssertionError("a table was derived again")

    monkeypatch.setattr(stored._Cache, "put", derived_again)
    build_index([CORPUS], tmp_path / "second.db")
    tables = [{r[0]: (r[1], r[2]) for r in open_index(tmp_path / name).execute(
        f"SELECT name, key, value FROM [{stored.TABLE}]")} for name in ("first.db", "second.db")]
    assert tables[0] == tables[1] and len(tables[0]) == 5
