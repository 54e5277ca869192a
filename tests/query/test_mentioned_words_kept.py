"""A word said to be mentioned (「…に触れてる委員の意見で」) is a stated condition: when the other conditions
leave no record holding it, the answer is none (and says which condition emptied it), not the other
conditions' records with the word dropped."""
from __future__ import annotations


def test_a_mentioned_word_with_a_score_no_such_record_meets(assistant, db):
    holders = {r[0] for r in db.execute("SELECT DISTINCT initiative FROM comment WHERE text LIKE '%ふるさと納税%'")}
    scores = {r[0]: r[1] for r in db.execute("SELECT code, committee_score FROM initiative")}
    assert holders and all(scores[c] >= 4.0 for c in holders)  # (the shipped report: so the answer is none)
    answer = assistant.ask("ふるさと納税に触れてる委員の意見で、委員評価が4.0未満の取組項目")
    assert answer.status == "no_match" and answer.count == 0
    assert "ふるさと納税" in answer.summary


def test_the_kind_holding_every_field_said_is_asked(assistant, db):
    # 「総務企画課」 is a department of practice items and of a joint project; grades by year are items'.
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE r4 = 'A' AND r5 = 'A' AND departments LIKE '%総務企画課%'")}
    answer = assistant.ask("R４もR５もどちらもAで総務企画課のもの")
    assert answer.target == "practice"
    assert {r["code"] for r in answer.rows} == want


def test_a_run_of_nouns_the_documents_print_with_no_between_is_sought_so(assistant):
    answer = assistant.ask("自治体クラウド導入の事例")
    said = [c["value"] for c in answer.understood if c.get("field") == "text"]
    assert said == ["自治体クラウドの導入"]  # (the phrase as the documents print it)
    assert answer.rows and answer.status == "exact"


def test_a_run_of_nouns_whose_words_the_documents_print_only_apart_is_kept_whole(assistant):
    answer = assistant.ask("マイナンバーカードに触れた委員の意見")
    assert answer.count == 0


def test_a_question_word_is_not_cut_into_a_keyword(assistant):
    answer = assistant.ask("実践項目の合計点の平均はいくつ")
    assert not any(c.get("field") == "text" for c in answer.understood), answer.understood


def test_a_value_said_of_a_word_no_rule_reads_is_said_unused(assistant):
    # 「評価が4」 of initiatives: which score is meant is not read; never every initiative, exact
    answer = assistant.ask("評価が4の取組項目")
    assert answer.status != "exact" and "4" in answer.unused
