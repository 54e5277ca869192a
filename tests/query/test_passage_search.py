"""The free-text search reads the text of only the passages that can be among its first excerpts:
its records and excerpts are those of ranking every passage holding the words (the former way)."""
from __future__ import annotations

import pytest

from assistant.query.execute import _MAX_EXCERPTS, Executor, _excerpt, _occurrences
from assistant.store.search import find_passages


def _every_passage_ranked(db, words, kinds):
    hits: dict[int, dict] = {}
    for word in words:
        for p in find_passages(db, word, kinds=kinds):
            hits.setdefault(p["id"], {**p, "words": []})["words"].append(word)
    if not hits:
        return [], []
    by_key: dict[str, set[str]] = {}
    for p in hits.values():
        by_key.setdefault(p["key"], set()).update(p["words"])
    best = max(len(v) for v in by_key.values())
    keys = [k for k, v in by_key.items() if len(v) == best]
    first = {}
    for p in hits.values():
        first[p["key"]] = min(first.get(p["key"], (p["source"], p["line"])), (p["source"], p["line"]))
    keys.sort(key=lambda k: first[k])
    ranked = sorted((p for p in hits.values() if p["key"] in set(keys)),
                    key=lambda p: (-len(p["words"]), -_occurrences(p), p["source"], p["line"]))
    return keys, [_excerpt(p) for p in ranked[:_MAX_EXCERPTS]]


@pytest.mark.parametrize("words, kinds", [
    (["参加"], None), (["事例"], ["doc", "article", "qa"]), (["委託", "民間"], None),
    (["職員研修会", "参加"], None), (["公共施設", "基金", "自治体"], None), (["市", "の"], None),
    (["ふるさと納税"], ["comment"]), (["存在しない語ですよ"], None), (["評価", "委員", "意見", "取組"], None),
])
def test_free_text_search_equals_ranking_every_passage(db, words, kinds):
    keys, excerpts = _every_passage_ranked(db, words, kinds)
    rows, got, _ = Executor(db).passage_search(words, kinds=kinds)
    assert [r["key"] for r in rows] == keys
    assert got == excerpts
