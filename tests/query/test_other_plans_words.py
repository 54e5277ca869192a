"""Staff of another city use their own plan's words for this report's labels (改革項目・取組事項 for 実践項目, 評価ランク・判定
for the grade, 担当セクション・所管 for 担当課, 外部委員のコメント for 委員の意見, 広域連携 for 連携事業): each answers as the
report's own word does, on the shipped corpus's index; a word before 項目 that names nothing is said unused, never searched."""
from __future__ import annotations

import pytest


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


@pytest.mark.parametrize("theirs, ours", [
    ("2022年度で取組が終わった改革項目", "R4に終了した実践項目"),
    ("2021年度以前に終わってしまった改革項目は？", "R3以前に終了した実践項目"),
    ("令和3年度〜2022年度のあいだに終了した取組事項", "R3からR4に終了した実践項目"),
    ("R2からR5まで4年間ずっと評価ランクAのままだった取組事項", "R2からR5まで4年間ずっとAの実践項目"),
    ("令和3年度から4年度にかけて評価ランクが上がった項目", "R3よりR4の評価が上がった実践項目"),
    ("判定Cが2年続いたことのある改革項目", "2年連続でCだった実践項目"),
    ("総括の判定がBの改革項目", "総合評価がBの実践項目"),
    ("行政監理室が担当セクションになってる改革項目", "行政監理室が担当の実践項目"),
])
def test_another_plans_words_read_as_ours(assistant, theirs, ours):
    said, asked = assistant.ask(theirs), assistant.ask(ours)
    assert said.status == "exact" and not said.unused, said.summary
    assert said.rows and _codes(said) == _codes(asked)


@pytest.mark.parametrize("question", ["2022年度で取組が終わった推進項目は何件", "2022年度で取組が終わった個別項目は何件"])
def test_an_unknown_word_before_koumoku_is_said_unused_not_searched(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "partial" and any(u.endswith("項目") for u in answer.unused), answer.summary
    assert not any(c["field"] == "text" for c in answer.query["conditions"])


def test_sections_split_into_how_many(assistant):
    answer = assistant.ask("職員人材育成と働き方改革の取組、改革項目の所管セクションは何か所に分かれてますか")
    assert answer.status == "exact" and answer.query["aggregate"] == "distinct" and answer.value == 1, answer.summary


def test_a_theme_left_out_with_niwa(assistant):
    answer = assistant.ask("ICTのテーマに入ってて、でも財政のテーマには入っていない取組は？")
    assert _codes(answer) == _codes(assistant.ask("ICTのテーマに入っていて、財政のテーマに入っていない取組項目"))
    assert "8" not in _codes(answer)


def test_outside_members_comments(assistant):
    answer = assistant.ask("外部委員のコメントで「人手不足」に触れてる取組ってどれですか")
    assert _codes(answer) == {"2", "11", "21"}, answer.summary
    assert _codes(assistant.ask("外部委員さんが費用対効果のことを書いてる取組は？")) == {"12", "14"}


def test_koiki_renkei_is_the_joint_projects_and_one_citys_section(assistant):
    first = assistant.ask("岡山と倉敷の広域連携で、保育関係の事業ってどれですか")
    assert first.target == "joint_project" and _codes(first) == {"7"}, first.summary
    answer = assistant.ask("倉敷市側の所管はどこの課？")
    assert answer.value == "保育課", answer.summary


def test_item_name_word_without_a_quoted_word(assistant):
    answer = assistant.ask("No.12 行政事務の民間委託の中で、項目名に「委託」が入っていない改革項目は？")
    assert answer.status == "exact" and _codes(answer) == {"N11", "N12"}, answer.summary
