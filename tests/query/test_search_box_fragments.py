"""Search-box fragments (paraphrases144): an acronym typed in any case beside a kind's word names the one title
printing it, and a follow-up asking conditions after a search for it; 「総合A」 is the overall grade; a scoring body
then a decimal figure (委員3.8) is its score; 「終了年 空欄」 is a blank end year; 「Nだけ」 after a department keeps it."""
from __future__ import annotations

import json

from assistant.query.acronym_titles import acronym_title
from assistant.query.grammar.phrasings import PHRASINGS
from tests.conversation_helpers import ask


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def _items_of_title_printing(db, acronym: str) -> tuple[str, set[str]]:
    (code,) = [c for c, t in db.execute("SELECT code, title FROM initiative") if acronym in str(t)]
    return code, {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE initiative = ?", (code,))}


def test_an_acronym_typed_in_lower_case_beside_a_kind_word_names_its_title(assistant, db):
    _, want = _items_of_title_printing(db, "RPA")
    for said in ("rpa 実践項目", "ＲＰＡ 実践項目", "RPA 実践項目"):
        answer = ask(assistant, said)
        assert answer.status == "exact" and _codes(answer) == want, (said, answer.summary)
        # (an item whose text only mentions RPA, tried and dropped, is no item of it)
        assert not any(u.get("field") == "text" for u in answer.understood), said


def test_an_acronym_two_titles_print_stays_a_word_searched(assistant):
    answer = ask(assistant, "AI 実践項目")
    assert any(u.get("field") == "text" and str(u.get("value")) == "AI" for u in answer.understood)


def test_an_acronym_naming_a_theme_stays_the_theme(assistant, db):
    want = sum(1 for (t,) in db.execute("SELECT themes FROM initiative") if "ICT" in t)
    answer = ask(assistant, "ICTのテーマに入ってる取組項目は何個？")
    assert answer.status == "exact" and answer.count == want


def test_an_acronym_searched_then_the_overall_grade_said_short(assistant, db):
    code, _ = _items_of_title_printing(db, "RPA")
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE initiative = ? AND overall = 'A'", (code,))}
    answer = ask(assistant, "RPA", "総合A")
    assert want and answer.status == "exact" and _codes(answer) == want, answer.summary


def test_the_items_added_later_asked_after_a_department_keep_it(assistant, db):
    want = {str(c) for c, d in db.execute("SELECT code, departments FROM practice")
            if any("総合福祉課" in x for x in json.loads(d)) and str(c).startswith("N")}
    answer = ask(assistant, "総合福祉課", "N だけ")
    assert want and answer.status == "exact" and _codes(answer) == want, answer.summary


def test_an_end_year_said_blank_after_the_items_added_later(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE code LIKE 'N%' AND coalesce(ended, '') = ''")}
    answer = ask(assistant, "N番号", "終了年 空欄")
    assert want and answer.status == "exact" and _codes(answer) == want, answer.summary


def test_a_scoring_body_then_a_decimal_figure_is_its_score(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM initiative WHERE self_overall = 'B' AND committee_score = 3.8")}
    answer = ask(assistant, "自己評価B 取組項目", "委員3.8")
    assert want and answer.status == "exact" and _codes(answer) == want, answer.summary


# Another plan's titles (no edition of the shipped corpus): what the acronym rule reads from them.
_TITLES = (("dxの推進", "initiative", "1", "DXの推進"), ("dx人材の育成", "practice", "4", "DX人材の育成"),
           ("bprによる業務改善", "initiative", "2", "BPRによる業務改善"))
_LINKS = (("initiative", "practice"), ("initiative", "comment"))


def test_an_acronym_is_read_as_the_one_title_printing_it_for_a_kind_it_scopes():
    assert acronym_title("bpr 実践項目", _TITLES, {"practice"}, _LINKS)[2:] == ("initiative", "2", "BPRによる業務改善")
    assert acronym_title("BPR 取組項目", _TITLES, {"initiative"}, _LINKS)[2:] == ("initiative", "2", "BPRによる業務改善")
    assert acronym_title("dx 実践項目", _TITLES, {"practice"}, _LINKS) is None  # (two titles print it)
    assert acronym_title("bpr", _TITLES, set(), _LINKS) is None  # (no kind said: a word searched)
    assert acronym_title("bpr 事例", _TITLES, {"case_study"}, _LINKS) is None  # (a kind the title does not scope)
    assert acronym_title("bpr導入 実践項目", _TITLES, {"practice"}, _LINKS) is None  # (a run of words: by the title's words)
    assert acronym_title("bpr 実践項目", _TITLES, {"practice"}, _LINKS, known={"BPR"}) is None  # (a theme's word)


def test_fragments_read_short_only_where_they_are_a_score_or_grade():
    body, overall = (next(p for p in PHRASINGS if p.name == n) for n in ("body_then_score", "overall_said_short"))
    for said in ("委員3.5人", "委員会2.1.3", "委員3名"):  # (people, a section number, a member's number)
        assert body.apply(said) == said
    for said in ("総合AI戦略", "地域総合A"):  # (a longer word, a name ending in 総合)
        assert overall.apply(said) == said


def test_an_acronym_the_documents_spell_out_typed_in_small_letters(assistant):
    small, capitals = ask(assistant, "gcf 実践項目"), ask(assistant, "GCF 実践項目")
    assert small.status == capitals.status == "exact"
    assert _codes(small) == _codes(capitals) and len(_codes(small)) == 1
    assert not any(u.get("field") == "text" for u in small.understood)  # (the record named, no word searched)
