"""What the search keeps per open index or per word gives what reading the index again gives: the
texts of passages (asked in any order, again, in part, past the kept number) and each word's FTS5
query (a short word is read with Sudachi)."""
from __future__ import annotations

import random

from assistant.store import search
from assistant.store.search import fts_query, open_index, passage_texts
from assistant.text.normalize import search_form
from assistant.text.tokenize import terms


def _read(db, ids):
    return {i: db.execute("SELECT text FROM passages WHERE id = ?", [i]).fetchone()[0]
            for i in ids if db.execute("SELECT 1 FROM passages WHERE id = ?", [i]).fetchone()}


def test_passage_texts_are_the_index_texts_asked_any_way(index_path):
    db = open_index(index_path)  # a connection of its own: nothing kept yet
    ids = [r[0] for r in db.execute("SELECT id FROM passages ORDER BY id").fetchall()]
    rng = random.Random(11)
    asked = [ids[:5], ids[3:9], list(reversed(ids[:9])), [ids[0], ids[0]], rng.sample(ids, 300), ids[-3:] + [10 ** 9]]
    for some in asked:
        assert passage_texts(db, some) == _read(db, some), some[:5]
    assert passage_texts(db, []) == {}
    # Past the number kept, everything is read afresh and still right.
    old = search._TEXTS_MAX
    try:
        search._TEXTS_MAX = 50
        for some in (rng.sample(ids, 40), rng.sample(ids, 40), ids[:60]):
            assert passage_texts(db, some) == _read(db, some)
            assert len(db.memo["passage_texts"]) <= max(50, len(some))
    finally:
        search._TEXTS_MAX = old


def test_fts_query_is_worked_out_as_before_for_every_word():
    def former(word):
        norm = "".join(search_form(word).split())
        if not norm:
            return None
        if len(norm) >= 3:
            return "passages_tri", '"' + norm.replace('"', '""') + '"'
        toks = terms(word, expand=False)
        if not toks:
            return None
        return "passages_tok", '"' + " ".join(toks).replace('"', '""') + '"'

    words = ["市", "京都", "AI", "ＡＩ", "課", "", " ", "・", '"', '"a', "評価", "デジタルサイネージ", "令和5年度", "ｶﾅ", "の"]
    for _ in range(2):  # the second time from the cache
        for w in words:
            assert fts_query(w) == former(w), w
