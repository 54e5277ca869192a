"""A clerk relaying a resident's call in everyday words (grammar/everyday_terms.py): a word glossing a department,
a bureau mark or a theme the question names is that condition; a word glossed by words in brackets is any of them;
a word the documents never print as typed is sought with their terms, and the answer says how it was read. A word
the documents print is sought as typed. Also a bureau mark in brackets after the word glossing it, and bureaus
glossed by their marks when counted."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _keys(answer) -> set[str]:
    return {str(r.get("key")) for r in answer.rows}


def _same(assistant, said: str, plain: str):
    expected = ask(assistant, plain)
    answer = ask(assistant, said)
    assert expected.rows, expected.summary
    assert _keys(answer) == _keys(expected), answer.summary
    return answer


def test_word_glossing_a_department_is_no_word_to_find(assistant):
    answer = _same(assistant, "ゴミ関係のやつ（ゼロごみ推進課が担当のもの）を教えて", "ゼロごみ推進課が担当の実践項目は？")
    assert not any(c.get("field") == "text" for c in answer.understood), answer.understood


def test_word_glossing_a_bureau_mark(assistant):
    _same(assistant, "ゴミとか環境の部、(環)がついてる部署が担当してる項目は全部でどれ？", "(環)の部署が担当してる実践項目は？")


def test_word_glossing_a_theme(assistant):
    _same(assistant, "公共施設とか市の建物に関係するテーマ（施設）に丸がついてる取組項目はどれ？", "テーマに施設が入っている取組項目は？")


def test_word_never_printed_is_sought_with_the_terms_and_said(assistant, db):
    want = {f"joint_project:{r['no']}" for r in db.query(
        "SELECT no FROM joint_project WHERE title LIKE '%火災%' OR title LIKE '%消防%'")}
    assert want
    answer = ask(assistant, "火事に関係する連携事業ってある？")
    assert want <= _keys(answer), answer.summary
    assert "「火事」を「火災・消防」として探しました" in answer.summary


def test_paying_by_phone_reads_cashless_and_drops_the_paying_word(assistant, db):
    want = {f"practice:{r['code']}" for r in db.query("SELECT code FROM practice WHERE title LIKE '%キャッシュレス%'")}
    assert want
    answer = ask(assistant, "支払いをスマホとかカードでできるようにするやつ、実践項目でどれ？")
    assert want <= _keys(answer), answer.summary
    assert "キャッシュレス" in answer.summary
    assert not any(c.get("value") == "支払い" for c in answer.understood), answer.understood


def test_word_glossed_in_brackets_is_any_of_them(assistant):
    answer = ask(assistant, "お年寄り（高齢者）への対応について委員が意見を書いてる取組ってどれ？")
    assert any(c.get("op") == "match_any" and "高齢者" in str(c.get("value")) for c in answer.understood), answer.understood
    assert "お年寄り" in answer.summary


def test_word_the_documents_print_is_not_widened(assistant):
    answer = ask(assistant, "公園に関係する実践項目は？")
    assert "として探しました" not in answer.summary
    assert not any(c.get("op") == "match_any" for c in answer.understood), answer.understood


def test_bureau_mark_in_brackets_after_its_gloss(assistant):
    _same(assistant, "水道のほう（(水)の部）が担当してる実践項目ってどれ？", "(水)の部署が担当してる実践項目は？")


def test_bureaus_counted_by_their_marks_given_as_examples(assistant):
    plain = ask(assistant, "行政事務の民間委託の実践項目の担当部署の部局の略称は何種類？")
    answer = ask(assistant, "行政事務の民間委託の実践項目って、担当してる部（(総)とか(民)のカッコ）が何種類ある？")
    assert answer.status == "exact" and answer.value == plain.value and plain.value, answer.summary


def test_quoted_resident_phrase_and_short_mail(assistant, db):
    sms = db.execute("SELECT code, overall FROM practice WHERE title LIKE '%SMS%'").fetchall()
    assert len(sms) == 1
    answer = ask(assistant, "『税金の集め方』でショートメール使うやつ、あれの総括の総合評価って何だった？")
    assert answer.value == sms[0][1], answer.summary
    assert "「ショートメール」を「SMS」として探しました" in answer.summary
    assert answer.status != "exact", answer.summary  # (総括 left unread: said)


def test_what_two_places_do_together_is_their_joint_project(assistant):
    answer = ask(assistant, "岡山と倉敷でゴミとか環境のことを一緒にやってるのある？")
    assert answer.target == "joint_project" and answer.rows, answer.summary
    from assistant.query.grammar.phrasings import PHRASINGS

    rule = next(p for p in PHRASINGS if p.name == "two_places_doing_together")
    assert not rule.regex.search("納税課と市民課が一緒にやってる実践項目")  # (two departments: not a joint project)


def test_topic_glossed_in_brackets_then_dealing_with_it_is_the_topic(assistant):
    # 「お年寄り（高齢者）への対応について」: 対応 wraps the topic (grammar topic_wrapped_in_a_word), no word to find
    # in the comments as well: the comments touching the topic, whether or not they print 対応
    answer = ask(assistant, "お年寄り（高齢者）への対応について委員が意見を書いてる取組ってどれ？")
    plain = ask(assistant, "お年寄り（高齢者）について委員が意見を書いてる取組ってどれ？")
    assert plain.rows
    assert _keys(answer) == _keys(plain), answer.summary
    assert not any(c.get("value") == "対応" for c in answer.understood), answer.understood
