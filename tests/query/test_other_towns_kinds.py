"""Another city's words (other_towns_kinds.py, grammar/business_words.py): 事務事業 for the plan's items and 施策
for its groups where the index's 事務事業 (a program sheet) cannot carry the question, 外部評価 for the committee's
score; each read as this index's words, said so in a note, and the program sheet's own questions kept on it."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask

PAIRS = [
    ("2021年度の評価がCだった事務事業ってどれですか？", "R3の評価がCの実践項目は？"),
    ("FY2020の時点でA評価がついていた事務事業は何件ありますか", "R2でA評価の実践項目は何件？"),
    ("完了年度が2022年度になっている事務事業はどれですか", "取組終了がR4の実践項目は？"),
    ("総括の総合評価がBの事務事業は何件ありますか", "総合評価がBの実践項目は何件？"),
    ("外部評価の点数が4.0以上だった施策を教えてください", "委員評価が4.0以上の取組項目は？"),
    ("2023年度の年次評価でCがついた実践項目はありますか", "R5の評価がCの実践項目は？"),
    ("所管課に行政監理室が入っている実践項目", "担当部署に行政監理室が入っている実践項目"),
]


@pytest.mark.parametrize("other,own", PAIRS)
def test_other_towns_words_read_as_this_index(assistant, other, own):
    said, meant = ask(assistant, other), ask(assistant, own)
    assert said.status == "exact" and said.count, (said.status, said.summary)
    assert said.target == meant.target and sorted(r["code"] for r in said.rows) == sorted(r["code"] for r in meant.rows)
    if "事務事業" in other or "施策" in other:
        assert any("として読みました" in n for n in said.notes), said.notes


def test_a_gloss_of_the_asker_is_read_and_not_asked(assistant):
    said = ask(assistant, "令和3年度の評価がCだった事務事業は？前の市では実践項目のことを事務事業って呼んでたので")
    assert said.target == "practice" and said.status == "exact" and said.count, said.summary


def test_the_program_sheet_keeps_its_own_questions(assistant):
    # (one program record named, or a field it has: the word's own kind)
    named = ask(assistant, "その事務事業の担当課はどこですか？埼玉東南部の連絡調整会議のやつ")
    assert named.target == "program", named.summary
    cost = ask(assistant, "事務事業の総事業費はいくら")
    assert cost.target == "program" and not any("として読みました" in n for n in cost.notes), cost.summary


def test_the_body_named_is_no_score():
    from assistant.query.grammar.phrasings import rephrase

    assert "外部評価委員会" in rephrase("外部評価委員会の答申では")


def test_a_count_asked_of_a_records_text_is_read_in_it(assistant):
    # (figure_in_answered_text.py: the figure right after the question's words, in the part saying most of them)
    answer = ask(assistant, "調整会議事業の実績報告にある婚活バスツアー、参加者は何人でした？")
    row = answer.rows[0]
    import re

    part = next(p for p in re.split(r"・", row["report"]) if "バスツアー" in p)
    assert answer.value == int(re.search(r"参加者\s*(\d+)", part).group(1)), answer.summary
    # (no figure said after the words: no value, never the text as the count)
    none = ask(assistant, "調整会議事業の実績報告にある総会、参加者は何人でした？")
    assert none.value is None and none.status != "exact", none.summary


def test_the_section_asked_by_another_citys_word_after_a_group(assistant):
    # (「それの所管課は？」 of a group: the section of its items, as 「それの担当課は？」)
    said = ask(assistant, "外部委員の点数が一番低かった施策ってどれですか", "それの所管課は？")
    meant = ask(assistant, "委員評価が一番低かった取組項目ってどれですか", "それの担当課は？")
    assert said.status == meant.status == "exact" and said.summary == meant.summary, (said.summary, meant.summary)


def test_a_group_named_under_another_citys_words(assistant):
    # (「<group>の施策の事務事業」: the words name a group of the items, not the program sheet's text)
    said = ask(assistant, "職員人材育成と働き方改革の施策の事務事業を見せてください")
    meant = ask(assistant, "職員人材育成と働き方改革の取組項目の実践項目を見せてください")
    assert said.target == "practice" and sorted(r["code"] for r in said.rows) == sorted(r["code"] for r in meant.rows)


def test_both_words_of_another_city_in_one_question(assistant):
    # (「ぶら下がっている事務事業の数が一番多い施策」: each word read in turn, the groups holding most items)
    said = ask(assistant, "ぶら下がっている事務事業の数が一番多い施策は？")
    meant = ask(assistant, "ぶら下がっている実践項目の数が一番多い取組項目は？")
    assert said.target == meant.target == "initiative" and said.value == meant.value, (said.summary, meant.summary)


def test_bureau_marks_said_at_the_head_are_counted(assistant):
    said = ask(assistant, "担当課の頭についてる（総）とか（政）みたいな部の略称、実践項目全体で何種類出てきますか")
    meant = ask(assistant, "実践項目全体で部局の略号は何種類")
    assert said.status == "exact" and said.value == meant.value and said.value, (said.summary, meant.summary)
