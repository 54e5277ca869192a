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


def test_asked_as_a_follow_up_about_the_one_selected_record(assistant):
    first = assistant.ask("実践項目33")
    assert [r["key"] for r in first.rows] == ["practice:33"]
    answer = assistant.ask("これに似た他の自治体の取組は？")
    assert answer.target == "related" and answer.status == "search" and not answer.error
    assert answer.understood[0]["value"] == "practice:33"
    assert "本庁舎における電話交換業務の民間委託" in answer.understood[0]["label"]
    assert answer.rows and all(r["source"] != first.rows[0]["source"] for r in answer.rows)
    assert any(r["record_kind"] == "事例" for r in answer.rows[:3])
    # the conversation is still about item 33: asking again gives the same list
    assert [r["key"] for r in assistant.ask("似た取組は？").rows] == [r["key"] for r in answer.rows]


def test_without_one_selected_record_it_says_what_to_do(assistant):
    alone = assistant.ask("似た取組は？")
    assert alone.status == "no_match" and not alone.rows and "1 件に絞って" in alone.summary
    assistant.ask("R4に終了した実践項目")
    many = assistant.ask("これに似た他の自治体の取組は？")
    assert many.status == "no_match" and "1 件の記録ではない" in many.summary


def test_a_topic_question_stays_a_keyword_question(assistant):
    answer = assistant.ask("ふるさと納税に関連する取組")
    assert answer.target != "related"


def test_rule_examples():
    from assistant.query.grammar.related import RELATED
    from tests.query.test_grammar_rules import produce

    assert RELATED.examples
    for fragment, expected in RELATED.examples:
        assert produce(RELATED, fragment) == expected, fragment
