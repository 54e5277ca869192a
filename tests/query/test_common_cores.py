"""「委員の意見で新型コロナに触れてるのは？」: a full name whose everyday core the documents print in compounds of their
own (コロナ禍) is sought by the core (short_forms.common_core), which only adds the texts saying the core alone; the
answer says so."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _keys(answer) -> set[str]:
    return {str(r.get("key")) for r in answer.rows}


def test_full_name_finds_the_comments_saying_its_core(assistant, db):
    want = {f"initiative:{r['initiative']}" for r in db.query("SELECT DISTINCT initiative FROM comment WHERE text LIKE '%コロナ%'")}
    full = {f"initiative:{r['initiative']}" for r in db.query("SELECT DISTINCT initiative FROM comment WHERE text LIKE '%新型コロナ%'")}
    assert full and full < want  # (some say only the core: コロナ禍)
    answer = ask(assistant, "委員の意見で新型コロナに触れてるのはどの取組？")
    assert _keys(answer) == want, answer.summary
    assert any("「新型コロナ」を、その通称の「コロナ」として探しました" in n for n in answer.notes), answer.notes
