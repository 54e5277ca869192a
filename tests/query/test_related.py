"""Related initiatives across documents (assistant/query/related.py) on the real shipped index."""
from __future__ import annotations

from assistant.query.related import related_index, related_records


def _source(db, key: str) -> str:
    kind = key.split(":", 1)[0]
    return db.execute(f'SELECT source FROM "{kind}" WHERE key = ?', (key,)).fetchone()[0]


def test_telephone_outsourcing_finds_the_outsourcing_case_studies(db):
    hits = related_records(db, "practice:33", limit=5)
    assert hits, "practice:33 has related records"
    own = _source(db, "practice:33")
    assert all(h.source != own for h in hits), "never its own document"
    case_studies = [h for h in hits[:3] if h.kind == "case_study"]
    assert case_studies, [h.key for h in hits]
    topics = {k: t for k, t in db.execute("SELECT key, topic FROM case_study")}
    assert any("民間委託" in (topics[h.key] or "") for h in case_studies), [(h.key, topics[h.key]) for h in hits]
    assert any("委託" in h.shared for h in hits[:3]), [h.shared for h in hits[:3]]


def test_hits_are_ranked_named_and_explained(db):
    hits = related_records(db, "case_study:12", limit=6)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)
    for h in hits:
        assert h.title and h.document and h.line > 0 and h.shared
    # 公共施設の複合化 sits next to the plan's 公共施設 items, in the other document
    assert any("公共施設" in h.title for h in hits[:2]), [h.title for h in hits]


def test_a_child_record_asks_for_its_parents_related(db):
    assert [h.key for h in related_records(db, "sheet:33")] == [h.key for h in related_records(db, "practice:33")]


def test_no_function_words_or_numbers_in_the_vectors(db):
    vocab = set(related_index(db).idf)
    for word in ("の", "に", "為る", "有る", "成る", "こと", "2", "令和"[:1]):
        assert word not in vocab, word
    assert "委託" in vocab and "民間" in vocab


def test_unknown_record_has_no_related(db):
    assert related_records(db, "practice:99999") == []
    assert related_records(db, "") == []
