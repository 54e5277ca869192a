"""Questions typed on a phone without kanji conversion, words apart (「れいわ4ねんど に しゅうりょう した
じっせんこうもく」): each hiragana word read as the known word it reads as, said in a note; a word two known
words read alike left unread, said first (partial); the documents' own words read too (ころな, ひなんじょ)."""
from __future__ import annotations

from assistant.query.kana_reading import derive_readings, read_spaced_kana
from tests.conversation_helpers import ask


def _keys(answer) -> list[str]:
    return sorted(str(r.get("key")) for r in answer.rows if isinstance(r, dict))


def test_kana_typed_apart_reads_as_the_kanji_question(assistant):
    typed = ask(assistant, "れいわ4ねんど に しゅうりょう した じっせんこうもく")
    kanji = ask(assistant, "令和4年度に終了した実践項目")
    assert typed.status == "exact" and _keys(typed) == _keys(kanji) and _keys(kanji), typed.summary
    assert any("「しゅうりょう」を「終了」と" in n for n in typed.notes)


def test_field_and_kind_words_in_kana_keep_their_condition(assistant):
    # (was 委員評価 of 取組項目 ranked: the count of practice items lost, the answer given with confidence)
    typed = ask(assistant, "じっせんこうもく が いちばん おおい とりくみこうもく は？")
    kanji = ask(assistant, "実践項目が一番多い取組項目は？")
    assert typed.value == kanji.value and _keys(typed) == _keys(kanji), typed.summary
    themed = ask(assistant, "みんかつ テーマ の とりくみこうもく", "いいんひょうか が 4 みまん の もの")
    assert {u["field"] for u in themed.understood} >= {"themes", "committee_score"}, themed.understood


def test_words_of_the_documents_text_in_kana(assistant):
    shelter = ask(assistant, "ひなんじょ に ふれた いいん の いけん は どれ")  # (避難所, said ひなんじょ, read ひなん+しょ)
    assert any(u.get("value") == "避難所" for u in shelter.understood), shelter.understood
    assert shelter.rows


def test_a_reading_two_known_words_share_is_said_unread(assistant):
    answer = ask(assistant, "きょうどう する のに きまった てつづき って ある？")  # (共同 or 協働)
    assert answer.status == "partial" and "きょうどう" in answer.unused
    assert answer.summary.startswith("「きょうどう」は"), answer.summary


def test_sentence_words_and_spaces_between_figures_are_left(assistant):
    read = read_spaced_kana(assistant.db, assistant.parser.lex, "LINE こうしき あかうんと は R7 3がつ じてん で なんにん")
    assert "R7 3" in read.question  # (two figures apart stay apart)
    read = read_spaced_kana(assistant.db, assistant.parser.lex, "実践項目 が おおい")
    assert read.question == "実践項目 が おおい"  # (no word to read: the question as typed)
    read = read_spaced_kana(assistant.db, assistant.parser.lex, "じっせんこうもく が いちばん おおい")
    assert read.question.endswith("おおい"), read.question  # (おおい is 多い to the grammar, not a name)


def test_readings_of_compounds_and_their_parts():
    table = derive_readings(("災害時の避難所の在り方",))
    assert table.get("ひなんしょ") == ("避難所",) and table.get("さいがいじ") == ("災害時",)
    assert not any(len(w) < 2 for ws in table.values() for w in ws)


def test_only_the_items_of_a_condition_after_their_opinions(assistant):
    # (read as a new question about the items, it listed 14 of them with confidence)
    typed = ask(assistant, "いいん の いけん で ひとでぶそく に ふれてる もの", "いいんひょうか 4 いじょう の とりくみ だけ")
    kanji = ask(assistant, "委員の意見で人手不足に触れてるもの", "委員評価4以上の取組だけ")
    assert typed.target == kanji.target == "comment"
    assert _keys(typed) == _keys(kanji) == ["comment:11-5"], kanji.summary


def test_particles_typed_apart_stay_particles(assistant):
    read = read_spaced_kana(assistant.db, assistant.parser.lex, "R2 から R5 まで ずっと A ひょうか の じっせんこうもく")
    assert read.question.startswith("R2からR5まで"), read.question
    assert ("ひょうか", "評価") in read.read
