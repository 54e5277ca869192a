"""The end of a practice item asked as クローズ (a word for 終了), and asked again of another item said with のほう
(「…の総合運用のほうは？」: the same field, of the record named now, even when named by its words)."""
from __future__ import annotations


def _ended(db, code: str) -> str:
    return db.execute("SELECT ended FROM practice WHERE code = ?", (code,)).fetchone()[0]


def _title_code(db, word: str) -> str:
    return db.execute("SELECT code FROM practice WHERE title LIKE ?", (f"%{word}%",)).fetchone()[0]


def test_closed_is_ended(assistant, db):
    answer = assistant.ask("本庁舎の総合案内業務の民間委託、クローズしたのは何年何月？")
    assert answer.query["value_field"] == "ended", answer.summary
    assert [r["code"] for r in answer.rows] == [_title_code(db, "総合案内業務")]


def test_the_same_field_of_the_other_one(assistant, db):
    assistant.ask("本庁舎の総合案内業務の民間委託って、何年何月に取組終了しとる？")
    answer = assistant.ask("窓口サービス課と保険年金課の総合運用のほうは？")
    assert answer.query["value_field"] == "ended", answer.summary
    code = _title_code(db, "総合運用")
    assert [r["code"] for r in answer.rows] == [code]
    assert answer.value == _ended(db, code)
