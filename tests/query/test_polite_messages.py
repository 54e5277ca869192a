"""A polite message around a question: courtesy sentences (greetings, apologies, thanks, closings) and sentences
stating the asker's situation (「…資料を作っております。」「…を把握したいので教えてください。」) shape nothing,
while a sentence that names a value the question relies on, or a name it points back at, is kept (shipped corpus)."""
from __future__ import annotations

import pytest

from assistant.query.asker_circumstances import set_aside

_QUESTION = "取組終了が令和4年度の実践項目はいくつありますか。"


@pytest.mark.parametrize("opening,closing", [
    ("お疲れさまです。部内の勉強会で使う表を作っております。", ""),
    ("いつもお世話になっております。年度末の振り返りをまとめる予定です。", "よろしくお願いいたします。"),
    ("突然のご連絡失礼いたします。全体の傾向を把握しておきたいので教えてください。", "お手数をおかけします。"),
    ("恐れ入ります。係の中で進め方を共有したいと考えております。", ""),
])
def test_courtesy_and_the_askers_situation_shape_nothing(assistant, opening, closing):
    plain = assistant.ask(_QUESTION)
    assistant.reset()
    answer = assistant.ask(opening + _QUESTION + closing)
    assert plain.status == "exact" and plain.count, plain.summary
    assert answer.status == "exact" and not answer.unused, (answer.summary, answer.unused)
    assert answer.count == plain.count and answer.value == plain.value, answer.summary
    assert any("前置き" in n for n in answer.notes), answer.notes


@pytest.mark.parametrize("message", [
    # (a year said in the sentence of the asker's situation: the question relies on it)
    "令和3年度に終わった取組を確認したいと思っています。担当部署に(総)が付いているものはどれですか。",
    # (the question points back at what the situation sentence names)
    "窓口サービス課の取組を整理しております。その課の実践項目で取組終了がR6のものはどれですか。",
    # (the question names no records of its own: its subject is the situation sentence's)
    "納税課の取組を知りたいので教えてください。取組終了がR4のものはどれですか。",
    "企業版ふるさと納税の実績を年度別にまとめております。令和4年度は何社から寄附を受領したのでしょうか。",
])
def test_a_situation_sentence_the_question_relies_on_is_kept(message):
    assert set_aside(message)[0] == message


def test_a_quoted_name_pointed_back_at_is_kept(assistant):
    answer = assistant.ask("失礼いたします。次回の係会議で「庁内文書の電子化の推進」を紹介する予定です。"
                           "この取組項目の実践項目を教えていただけますか。")
    assert answer.status == "exact" and not answer.unused, (answer.summary, answer.unused)
    assert any(u.get("field") == "initiative" and "庁内文書の電子化の推進" in str(u.get("label"))
               for u in answer.understood), answer.understood
    assert len(answer.rows) > 2 and all(r.get("initiative_title") == "庁内文書の電子化の推進" for r in answer.rows)


def test_a_grade_column_said_with_its_cell_dash(assistant):
    plain = assistant.ask("R5が「-」の実践項目は何件")
    assistant.reset()
    answer = assistant.ask("令和5年度の総合評価の欄が「-」になっている（それ以前に取組を終えた）実践項目は何件ありますか。")
    assert plain.status == "exact" and plain.count, plain.summary
    assert answer.status == "exact" and not answer.unused, (answer.summary, answer.unused)
    assert answer.count == plain.count, answer.summary
    assert any(u.get("field") == "r5" and u.get("op") == "in" for u in answer.understood), answer.understood


def test_a_theme_glossed_by_its_long_name(assistant):
    plain = assistant.ask("人材テーマの取組項目を確認したいです。")
    assistant.reset()
    answer = assistant.ask("人事課との打合せ用に、人材テーマ（職員の人材育成と働き方改革・簡素で効率的な組織づくり）の取組項目を確認したいです。")
    assert plain.status == "exact" and plain.count, plain.summary
    assert answer.status == "exact" and not answer.unused, (answer.summary, answer.unused)
    assert sorted(r.get("code") for r in answer.rows) == sorted(r.get("code") for r in plain.rows)
    assert not any("人事課" in str(u.get("label")) for u in answer.understood), answer.understood
