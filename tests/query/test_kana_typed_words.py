"""Words typed in hiragana on a phone (「れいわ4」「8いか」「そうむか がたんとうの」「いいんのいけん」) and the
shorthands beside them (「R4→5」「22年度」「それ担当」): read as the words, and not where they are other words."""
from assistant.query.grammar.phrasings import PHRASINGS
from assistant.query.grammar.years import inherit_eras
from assistant.query.same_reading import read_as_words


def _phrasing(name):
    return next(p for p in PHRASINGS if p.name == name)


def test_grammar_words_in_kana_only_beside_what_says_them():
    kana = _phrasing("grammar_words_in_kana")
    assert kana.apply("いかがですか") == "いかがですか"
    assert kana.apply("いがいと多い") == "いがいと多い"
    assert kana.apply("3ねんど→4ねんど") == "3年度→4年度"


def test_arrow_year_keeps_a_score_after_it():
    arrow = _phrasing("year_arrow_era_left_out")
    assert arrow.apply("R3→4点に上がった") == "R3→4点に上がった"


def test_that_no_dropped_leaves_sore_igai():
    that = _phrasing("that_no_dropped")
    assert that.apply("それ以外は？") == "それ以外は？"
    assert that.apply("それ何件？") == "それ何件？"
    assert that.apply("それ共同担当も含めて何件？") == "それ共同担当も含めて何件？"


def test_two_digit_year_is_the_western_year_the_reports_grade():
    graded = {"R2", "R3", "R4", "R5", "R6"}
    assert inherit_eras("22年度でおわった", "", graded) == "2022年度でおわった"
    # (a year the reports do not grade, 17年度 of a joint project's era, is left as said)
    assert inherit_eras("17年度の連携事業", "", graded) == "17年度の連携事業"
    assert inherit_eras("22年度でおわった", "", set()) == "22年度でおわった"


def test_kind_word_with_no_typed_in_kana():
    text, notes = read_as_words("いいんのいけんで人件費")
    assert text.startswith("委員の意見で") and notes
