"""A new employee's chat (paraphrases75): clipped kind words (実践, 取組), clipped compounds of titles
(ふる納), words typed with a wrong conversion or in kana (総合表か, たんとう), a contrast limiting a
negation (ICTだけど財政入ってない), two years said after a change (じゃR4→R5は？), and a whether-any
question about a word no record holds (図書館の連携事業ってある？)."""
from __future__ import annotations

from assistant.query.clipped_names import unclipped
from assistant.query.contrast import negated_from
from assistant.query.same_reading import read_as_words
from assistant.query.short_kinds import spelled_in_full
from tests.conversation_helpers import ask


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


# ------------------------------------------------------------------ the readers, on their own

def test_a_contrast_between_two_words_limits_the_negation_to_what_follows():
    free = "ICTテーマだけど財政テーマ含まれない"
    assert negated_from(free, [(0, 3), (9, 11)]) == 1
    assert negated_from("ICTにも財政にも含まれない", [(0, 3), (5, 7)]) == 0


def test_clipped_kind_words_are_said_in_full_only_standing_alone():
    titles = ["公共交通の利便性向上に向けた取組"]
    assert spelled_in_full("ふる納関係の実践どれ？", titles) == "ふる納関係の実践項目どれ？"
    assert spelled_in_full("民間委託の取組(No.12)", titles) == "民間委託の取組項目(No.12)"
    assert spelled_in_full("実践項目数が多い", titles) == "実践項目数が多い"  # (a compound of its own)
    assert spelled_in_full("取組内容は", titles) == "取組内容は"
    assert spelled_in_full("令和3年度までに取組が終わった実践項目", titles) == "令和3年度までに取組が終わった実践項目"
    assert spelled_in_full("2022年度中に終了した取り組みって何件", titles) == "2022年度中に終了した取り組みって何件"
    assert spelled_in_full("利便性向上に向けた取組の評価", titles) == "利便性向上に向けた取組の評価"  # (a title's end)


def test_a_clipped_compound_of_the_titles_is_read_in_full_where_no_document_writes_it():
    titles = ["企業版ふるさと納税の導入", "公共施設マネジメントの推進"]
    printed = "企業版ふるさと納税の導入 公共施設マネジメントの推進"
    notes: list[str] = []
    assert unclipped("ふる納関係の実践", titles, lambda w: w in printed, notes) == "ふるさと納税関係の実践"
    assert notes == ["「ふる納」を「ふるさと納税」とみなしました"]
    # (said in full, or a word the documents write as it is: kept)
    assert unclipped("ふるさと納税の実践", titles, lambda w: w in printed) == "ふるさと納税の実践"
    assert unclipped("公共施設の実践", titles, lambda w: w in printed) == "公共施設の実践"


def test_a_word_with_the_reading_of_a_field_word_is_read_as_it():
    assert read_as_words("総合表かCの実践って何件")[0] == "総合評価Cの実践って何件"
    assert read_as_words("それのたんとうは？")[0] == "それの担当は？"
    # (kana said as kana, a field word written right, a word of its own: kept)
    for said in ("実践いちばん多い取組どれ", "表かグラフ", "評価がAの", "それは評価か"):
        assert read_as_words(said)[0] == said


# ------------------------------------------------------------------ over the shipped corpus

def test_a_theme_asserted_then_another_denied_after_a_contrast(assistant, db):
    rows = list(db.execute("SELECT code, themes FROM initiative"))
    want = {str(c) for c, t in rows if "ICT" in t and "財政" not in t}
    answer = ask(assistant, "ICTテーマだけど財政テーマ入ってない取組")
    assert answer.status == "exact" and _codes(answer) == want


def test_clipped_words_ask_for_their_kind(assistant, db):
    most = max(r[0] for r in db.execute("SELECT n_practice FROM initiative"))
    answer = ask(assistant, "実践いちばん多い取組どれ", "それぞれ何件？")
    assert answer.target == "initiative" and answer.count == most
    holders = {r[0] for r in db.execute("SELECT code FROM practice WHERE title LIKE '%ふるさと納税%'")}
    answer = ask(assistant, "ふる納関係の実践どれ？")
    assert answer.target == "practice" and _codes(answer) == holders
    assert any("ふるさと納税" in n for n in answer.notes)


def test_a_field_word_typed_with_a_wrong_conversion(assistant, db):
    want = [r[0] for r in db.execute("SELECT departments FROM practice WHERE overall = 'C'")]
    assert len(want) == 1
    answer = ask(assistant, "総合表かCの実践って何件", "それのたんとうは？")
    assert answer.status == "exact" and str(answer.value) in want[0]


def test_two_years_said_after_a_change_move_it_in_order(assistant, db):
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE r4 = 'B' AND r5 = 'A'")}
    answer = ask(assistant, "R3からR4でBからAに上がった実践", "じゃR4→R5は？")
    assert {c["label"] for c in answer.understood} == {"R4評価 = B", "R5評価 = A"}
    assert _codes(answer) == want


def test_a_whether_any_question_about_a_word_no_record_holds_answers_no(assistant):
    answer = ask(assistant, "岡山と倉敷で図書館の連携事業ってある？")
    assert answer.status == "no_match" and answer.count == 0
    assert not answer.unused


def test_two_years_said_after_a_drop_compare_those_years(assistant, db):
    order = {"A": 0, "B": 1, "C": 2, "D": 3}
    want = {str(c) for c, a, b in db.execute("SELECT code, r3, r4 FROM practice")
            if a in order and b in order and order[b] > order[a]}
    answer = ask(assistant, "R2からR3にかけて下がった実践項目", "じゃあR3からR4は？")
    assert [c["label"] for c in answer.understood] == ["R4評価 < R3評価（A > B > C）"]
    assert _codes(answer) == want


def test_torikumi_after_a_verb_clause_is_the_work_not_the_kind():
    said = "RPAを定型的な内部業務に広げた取組で、R5は何時間くらい業務を減らせた？"
    assert spelled_in_full(said, []) == said
    assert spelled_in_full("実践いちばん多い取組どれ", []) == "実践項目いちばん多い取組項目どれ"
