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


def _every_excerpt(ex, target, keys, words, scope):
    """The rows' excerpts found among every passage holding the words (the former way)."""
    from assistant.query.vocabulary import LINKS

    order = {k: i for i, k in enumerate(keys)}
    found: dict[int, dict] = {}
    for kind in scope or [target]:
        link = LINKS.get((target, kind)) if kind != target else None
        if kind != target and (link is None or kind not in ex.tables):
            continue
        for word in words:
            for p in find_passages(ex.db, word, kinds=[kind]):
                row_key = p["key"] if link is None else ex._linked_key(target, kind, link, p["key"])
                if row_key in order:
                    found.setdefault(p["id"], {**p, "row": row_key, "words": []})["words"].append(word)
    ranked = sorted(found.values(), key=lambda p: (order[p["row"]], -len(p["words"]), p["line"]))
    return [_excerpt(p) for p in ranked[:_MAX_EXCERPTS]]


@pytest.mark.parametrize("target, words", [
    ("practice", ["委託"]), ("practice", ["目標", "達成"]), ("initiative", ["意見", "評価"]),
    ("program", ["参加", "研修"]), ("practice", ["存在しない語ですよ"]),
])
def test_excerpts_of_rows_and_their_linked_records_equal_searching_every_passage(db, target, words):
    from assistant.query.vocabulary import WIDER_SCOPE

    ex = Executor(db)
    keys = [r[0] for r in db.execute(f"SELECT key FROM [{target}] ORDER BY source, line").fetchall()]
    for rows in (keys, keys[::3], keys[:2]):
        scope = [target] + WIDER_SCOPE.get(target, [])
        assert ex.excerpts(target, rows, words, scope) == _every_excerpt(ex, target, rows, words, scope)
        assert ex.excerpts(target, rows, words) == _every_excerpt(ex, target, rows, words, None)


def test_a_month_date_is_sought_as_the_documents_write_it_and_read_first(assistant):
    """令和3年3月 is written R3年3月 in the report; the passage holding it and the other words comes first."""
    answer = assistant.ask("LINE公式アカウントの友だち登録は、令和3年3月時点で何人を超えていましたか")
    assert any(c["label"] == "本文に「R3年3月」を含む" for c in answer.understood)
    assert "11,000人" in answer.summary
