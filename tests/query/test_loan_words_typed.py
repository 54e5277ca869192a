"""English words and loanwords typed among Japanese (「grade C」「item 20」「only」「C スタート」) and figures typed
apart from their particle (「が ７件以上」): read as the Japanese they say, each condition kept."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _keys(answer) -> list[str]:
    return sorted(str(r.get("key")) for r in answer.rows if isinstance(r, dict))


def _same(assistant, typed: str, japanese: str):
    a, b = ask(assistant, typed), ask(assistant, japanese)
    assert a.status == b.status == "exact", (a.summary, b.summary)
    assert _keys(a) == _keys(b) and a.value == b.value and (a.rows or a.value is not None), a.summary
    return a


def test_grade_word_before_a_letter_is_the_grade(assistant):
    _same(assistant, "R2～R5 のどこかで一度でも grade C がついた実践項目", "R2からR5のどこかで一度でもCがついた実践項目")
    _same(assistant, "ＩＣＴ テーマ で 自己評価（総合評価）が grade B の取組項目", "ICTテーマで自己評価（総合評価）がBの取組項目")


def test_grade_a_year_started_with(assistant):
    started = _same(assistant, "R2 が grade C スタートだった実践項目", "R2がCだった実践項目")
    assert {u["field"] for u in started.understood} == {"r2"}, started.understood


def test_item_number_and_figure_spaced(assistant):
    _same(assistant, "item 20 の委員評価は？", "No.20の委員評価は？")
    _same(assistant, "実践項目数が ７件以上 ある取組項目", "実践項目数が7件以上ある取組項目")


def test_an_english_word_outside_the_table_is_said_unused(assistant):
    answer = ask(assistant, "R2 が C で priority の高い実践項目")
    assert answer.status != "exact" and "priority" in answer.unused, answer.summary


def test_bound_typed_apart_from_field_and_unit(assistant):
    typed = ask(assistant, "No.20「職員人材育成と「働き方改革」の推進」の実践項目", "合計 11 点以上 のだけ")
    said = ask(assistant, "No.20「職員人材育成と「働き方改革」の推進」の実践項目", "合計が11点以上のだけ")
    assert typed.status == "exact" and _keys(typed) == _keys(said) and _keys(said), typed.summary


def test_number_before_a_practice_title_is_its_own(assistant):
    # (was 取組項目34: no practice item of an initiative numbered 34, nothing answered)
    typed = ask(assistant, "No.34 本庁舎の総合案内業務の民間委託、何年何月で取組終了した？")
    said = ask(assistant, "本庁舎の総合案内業務の民間委託、何年何月で取組終了した？")
    assert typed.status == said.status == "exact" and typed.value == said.value and said.value, typed.summary
    # (an initiative's number before its own title keeps both, as they agree)
    initiative = ask(assistant, "No.20「職員人材育成と「働き方改革」の推進」の実践項目")
    assert initiative.count == 7, initiative.summary
