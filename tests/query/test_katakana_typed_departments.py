"""Departments typed as their reading in half-width katakana (「ｿｳﾑｶ」「ﾏﾄﾞｸﾞﾁｻｰﾋﾞｽ課」「(総)ｷﾞｮｳｾｲｶﾝﾘ室」): read as the
department the index holds whose name reads so, bureau mark kept, said in a note; a katakana word the documents
print is a word, not a reading."""
from __future__ import annotations

from assistant.query.katakana_names import respell_katakana_departments
from assistant.query.lexicon import katakana_words
from tests.conversation_helpers import ask


def _keys(answer) -> list[str]:
    return sorted(str(r.get("key")) for r in answer.rows if isinstance(r, dict))


def test_half_width_reading_with_the_bureau_mark_is_that_bureaus_department(assistant):
    typed = ask(assistant, "（総）ｿｳﾑｶが担当してる実践項目を全部")
    kanji = ask(assistant, "(総)総務課が担当している実践項目")
    assert typed.status == "exact" and _keys(typed) == _keys(kanji) and _keys(kanji), typed.summary
    assert any("「ソウムカ」を「総務課」と" in n for n in typed.notes), typed.notes


def test_reading_typed_before_the_kanji_of_the_name(assistant):
    office = ask(assistant, "(総)ｷﾞｮｳｾｲｶﾝﾘ室 が担当部署に入ってる実践項目の件数は？")
    kanji = ask(assistant, "(総)行政監理室が担当部署に入っている実践項目の件数は？")
    assert office.count == kanji.count and kanji.count, office.summary


def test_follow_up_keeps_the_department_read(assistant):
    # (was 「マドグチサービス課（記録にない部署名）」: 0 records, then 「0件」 stated with confidence)
    typed = ask(assistant, "ﾏﾄﾞｸﾞﾁｻｰﾋﾞｽ課 の実践項目", "その中で R6 まで続いたのは何件？")
    kanji = ask(assistant, "窓口サービス課の実践項目", "その中で R6 まで続いたのは何件？")
    assert typed.count == kanji.count and kanji.count, typed.summary


def test_katakana_the_documents_print_is_left_as_typed(db, assistant):
    question = "キャッシュレス決済の実践項目"
    assert respell_katakana_departments(assistant.parser.lex, katakana_words(db), question) == (question, "")


def test_a_count_over_an_office_no_document_names_is_no_exact_zero(assistant):
    # (the first turn already says no records; the follow-up's 「0件です」 was stated as exact)
    answer = ask(assistant, "都市計画課の実践項目", "その中で R6 まで続いたのは何件？")
    assert answer.status == "no_match" and answer.summary.startswith("「都市計画課」はどの資料の担当部署にもない"), answer.summary
