"""「委員からXの心配が出てるのはどの取組？」: a worry members raised is their comments (not any passage), the
worry kept as a word searched in them (心配 and its kin: 懸念・疑問…). Expected records come from the index."""
from __future__ import annotations


def test_a_worry_raised_by_members_is_searched_in_their_comments(assistant, db):
    rows = db.execute("SELECT key, text FROM comment WHERE text LIKE '%プライバシー%'").fetchall()
    assert rows
    answer = assistant.ask("委員からプライバシーの心配が出てるのはどの取組？")
    assert answer.target == "comment", answer.summary
    keys = {r["key"] for r in answer.rows}
    assert keys and keys <= {k for k, _ in rows}, answer.summary
    assert answer.status != "exact" or keys == {k for k, _ in rows}
