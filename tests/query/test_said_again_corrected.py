"""Words put right in the next turn (「あ、R5じゃなくて2020年度で」): the question before is asked again with that
word replaced, over what it was asked of, and the answer says so; words said as one phrase stay so in follow-ups;
items none of which the words pick, and items counted by 項目 alone, name their 取組項目."""
from __future__ import annotations


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.rows}


def test_a_word_put_right_asks_the_question_before_again(assistant):
    assistant.reset()
    first = assistant.ask("R5でC評価だった項目だけ抜き出して")
    again = assistant.ask("あ、R5じゃなくて2020年度で")
    direct = assistant.ask("2020年度でC評価だった実践項目")
    assert first.status == again.status == "exact" and not again.unused
    assert _codes(again) == _codes(direct) and _codes(again) != _codes(first)
    assert "「R5」を「2020年度」に置き換えて" in again.notes[0]


def test_a_correction_of_a_word_not_said_is_no_correction(assistant):
    assistant.reset()
    assistant.ask("R5でC評価だった実践項目")
    again = assistant.ask("あ、総務課じゃなくて財政課で")
    assert not any("置き換えて" in n for n in again.notes)


def test_words_said_as_one_phrase_stay_so_in_a_follow_up(assistant):
    assistant.reset()
    found = assistant.ask("支払いのキャッシュレス化をやってる改革項目はありますか")
    each = assistant.ask("それぞれの担当セクションは？")
    assert "19" in _codes(found) and _codes(each) == _codes(found)


def test_items_none_of_which_are_picked_name_their_parents(assistant):
    assistant.reset()
    none_a = assistant.ask("総括でAの項目が一個もない取組ってどれ？")
    assert none_a.target == "initiative" and none_a.status == "exact" and _codes(none_a) == {"8", "10"}
    assistant.reset()
    five = assistant.ask("項目が5つ以上ある取組を一覧で")
    assert five.target == "initiative" and len(five.rows) == 7
