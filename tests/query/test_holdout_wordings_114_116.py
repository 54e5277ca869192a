"""Wordings of the holdout paraphrases114–116, each asked in other words: a superlative within one record said as a
scope (among its items), a theme glossed in brackets, orders of a printed average and of 点数 after the one score
bounded, ties said as 番号順, Kansai speech (Bやない, のん, ほな), the group with most items of an overall grade, bureaus
counted by their marks, either progress cell of a joint project blank, 部会 counted with a care said after it, shared
items included with the partners named, and the unit corrected (課ではなく部で)."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def test_a_superlative_within_one_record_said_as_a_scope_is_among_its_items(assistant):
    answer = ask(assistant, "行政事務の民間委託で、合計点がいちばん低いのは？")
    assert answer.target == "practice" and answer.status == "exact", answer.summary
    items = ask(assistant, "行政事務の民間委託の実践項目で合計点がいちばん低いのは？")
    assert sorted(_codes(answer)) == sorted(_codes(items)) and answer.rows


def test_a_theme_glossed_in_brackets_is_the_theme_not_a_title(assistant):
    plain = ask(assistant, "テーマに施設が含まれる取組項目")
    glossed = ask(assistant, "テーマが『施設』（公共施設のマネジメント）の取組項目は？")
    assert len(plain.rows) > 1 and sorted(_codes(glossed)) == sorted(_codes(plain)), glossed.summary


def test_orders_of_a_printed_average_and_of_the_score_bounded(assistant):
    answer = ask(assistant, "取組項目を効率性の平均値が低い順に3つ並べて")
    plain = ask(assistant, "取組項目を効率性が低い順に3つ並べて")
    assert answer.status == "exact" and _codes(answer) == _codes(plain), answer.summary
    bounded = ask(assistant, "委員評価が4.0以上の取組項目を、点数の高い順に並べて（同点は番号順で）")
    scores = [r["committee_score"] for r in bounded.rows]
    assert bounded.status == "exact" and scores == sorted(scores, reverse=True) and scores, bounded.summary


def test_kansai_negation_and_no_n(assistant):
    plain = ask(assistant, "総合評価がAではない実践項目")
    kansai = ask(assistant, "総合評価がAやない実践項目")
    assert kansai.status == "exact" and sorted(_codes(kansai)) == sorted(_codes(plain)), kansai.summary
    left = ask(assistant, "総務課が担当しとる実践項目", "ほな(総)の総務課のんは除いたら、何が残る？")
    assert left.status == "exact" and left.rows and all("(総)" not in str(r["departments"]) for r in left.rows), left.summary


def test_the_group_with_most_items_of_an_overall_grade_said_of_the_items(assistant):
    answer = ask(assistant, "総合評価がAだった実践項目がいちばん多い取組項目はどれ")
    assert answer.status == "exact" and any(c["field"] == "overall" for c in answer.understood), answer.summary
    counted = ask(assistant, "取組項目ごとに総合評価がAの実践項目を数えたら、いちばんAが多い取組項目は")
    assert _codes(counted) == _codes(answer), counted.summary


def test_bureaus_counted_by_their_marks(assistant):
    plain = ask(assistant, "実践項目が一番多い部局は？")
    marks = ask(assistant, "担当部署を略称（(財)(総)など）ごとに数えると、実践項目が一番多いのは？")
    assert marks.value == plain.value and marks.status != "no_match", marks.summary
    parts = ask(assistant, "取組項目No.12の実践項目を担当している部は何部ある？課ではなく部の数（括弧の略号）でお願いします。")
    assert parts.status == "exact" and "種類" in parts.summary, parts.summary


def test_either_progress_cell_blank(assistant):
    answer = ask(assistant, "既に実施と今年度に実施予定のいずれかが空欄の連携事業")
    done = {r["code"] for r in ask(assistant, "既に実施が空欄の連携事業").rows}
    assert answer.status == "exact" and done and done < {r["code"] for r in answer.rows}, answer.summary


def test_subcommittees_counted_with_the_care_said_after(assistant):
    plain = ask(assistant, "連携事業には部会がいくつありますか")
    answer = ask(assistant, "連携事業には、部会がいくつありましたか。同じ部会が二つの事業を持つときは1つと数えてください")
    assert answer.status == "exact" and answer.value == plain.value and plain.value, answer.summary


def test_shared_items_included_with_the_partners_named_and_the_unit_corrected(assistant):
    alone = ask(assistant, "行政監理室が単独で所管している実践項目")
    every = ask(assistant, "行政監理室が単独で所管している実践項目",
                "いや、情報政策課などとの共管のものも含めて、行政監理室が入っているもの全部でお願いします")
    assert every.status == "exact" and len(every.rows) > len(alone.rows) > 0, every.summary
    unit = ask(assistant, "埼玉県東南部都市連絡調整会議事業の担当課は？", "いや、課じゃなくて部で教えて")
    assert unit.value and str(unit.value).endswith("部"), unit.summary
