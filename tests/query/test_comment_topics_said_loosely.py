"""Topics of comments said loosely: nouns listed before a rise or shortage say whose it is (「人手不足か、コスト・物価の
高騰に言及」: any comment saying 人手不足 or 高騰, however it names what rose); a quote said to be the gist
(「『PDCAサイクルを回すように』という趣旨の指摘」) is its noun, not its words. Expected records come from the index."""
from __future__ import annotations

from assistant.query.grammar.phrasings import rephrase


def _items_saying(db, *words: str) -> set[str]:
    out = set()
    for (initiative, text) in db.execute("SELECT initiative, text FROM comment"):
        if any(w in (text or "") for w in words):
            out.add(str(initiative))
    return out


def test_nouns_listed_before_a_rise_say_whose_it_is(assistant, db):
    expected = _items_saying(db, "人手不足", "高騰")
    answer = assistant.ask("委員の意見で、人手不足か、コスト・物価の高騰に言及している取組項目は？")
    assert {str(r["code"]) for r in answer.rows} == expected and expected, answer.summary


def test_what_is_done_with_listed_nouns_keeps_them(assistant):
    answer = assistant.ask("公共施設マネジメント（総合管理計画や地方公会計の活用）の取組事例")
    said = " ".join(str(u.get("value")) for u in answer.understood)
    assert "総合管理計画" in said and "地方公会計" in said


def test_gist_of_a_quote_said_with_toiu_shushi():
    assert rephrase("委員から『PDCAサイクルを回すように』という趣旨の指摘があった取組項目") == "委員からPDCAサイクルの指摘があった取組項目"


def test_gist_of_a_quote_finds_the_comments_noun(assistant, db):
    expected = _items_saying(db, "PDCAサイクル")
    answer = assistant.ask("委員から『PDCAサイクルを回すように』という趣旨の指摘があった取組項目はどれでしたか。")
    assert {str(r["code"]) for r in answer.rows} == expected and expected, answer.summary
