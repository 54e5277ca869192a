"""Words said as alternatives (「AかB」) are any of them; words listed before 「の取組」 each name an
initiative; a field word that is the subject of a condition is not asked when a count is."""
from __future__ import annotations


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_words_joined_by_ka_are_any_of_them(assistant):
    either = assistant.ask("キャッシュレスかRPAに関する実践項目")
    one, other = assistant.ask("キャッシュレスに関する実践項目"), assistant.ask("RPAに関する実践項目")
    assert either.status == "exact"
    assert _codes(either) == _codes(one) | _codes(other)
    assert _codes(one) - _codes(other) and _codes(other) - _codes(one)  # the test can tell any from all


def test_words_listed_before_torikumi_name_their_initiatives(assistant, db):
    answer = assistant.ask("RPAとAIの取組の実践項目")
    want = {r["code"] for r in db.query(
        "SELECT p.code FROM practice p JOIN initiative i ON i.code = p.initiative "
        "WHERE i.title LIKE '%RPA%' OR i.title LIKE 'AI%'")}
    assert answer.status == "exact" and _codes(answer) == want
    assert len({r["initiative"] for r in answer.rows}) == 2


def test_a_field_word_as_the_subject_of_a_condition_leaves_the_count_asked(assistant, db):
    answer = assistant.ask("担当部署が納税課の実践項目は何件")
    want = db.execute("SELECT count(*) FROM practice WHERE departments LIKE '%納税課%'").fetchone()[0]
    assert answer.status == "exact" and answer.value == want


def test_each_shown_value_the_copies_print_differently_is_said(assistant, db):
    """A listed value of a record whose copies disagree (the lists print another department) is said."""
    row = next(iter(db.query("SELECT key FROM conflicts WHERE field = 'departments' AND key LIKE 'practice:%'")), None)
    if row is None:
        return
    code = row["key"].split(":", 1)[1]
    ended = db.execute("SELECT ended FROM practice WHERE code = ?", [code]).fetchone()[0]
    if not ended:
        return
    assistant.ask(f"{ended}に終了した実践項目")
    answer = assistant.ask("それぞれの担当部署は？")
    assert f"{code} の担当部署は資料の中で記載が食い違っています" in answer.summary
