"""「市の情報発信の取組の実践項目」: words said of what holds the records asked name a record of the holding kind
(the initiative 市政情報の効果的な発信), not the held records whose titles share the words; several of that kind
holding as many name none (parse._parent_title_of_children_said)."""


def _keys(answer):
    return [r["key"] for r in answer.rows]


def test_words_said_of_the_holding_initiative_name_it(assistant):
    whole = assistant.ask("市政情報の効果的な発信の実践項目")
    said = assistant.ask("市の情報発信の取組の実践項目")
    assert said.status == "exact" and not said.unused
    assert len(whole.rows) > 2 and _keys(said) == _keys(whole)
    assert {r["initiative"] for r in said.rows} == {whole.rows[0]["initiative"]}


def test_a_follow_up_narrows_that_initiatives_items(assistant):
    assistant.ask("市の情報発信の取組の実践項目")
    narrowed = assistant.ask("ICT推進室が関わっているのは？")
    assert len(narrowed.rows) >= 2
    assert all(any("ICT推進室" in d for d in r["departments"]) for r in narrowed.rows)


def test_words_several_initiatives_share_name_none_of_them(assistant):
    answer = assistant.ask("民間の活用の取組の実践項目")
    assert len({r["initiative"] for r in answer.rows}) > 1
