"""Acts said in everyday verbs, read as the nouns titles use (everyday_terms.py): 「…の運営を民間に任せる取組」 as
民間委託 (handed_to_private), 「RPAを入れる取組」 as 導入 (brought_in), so the description names the record titled so;
a list of acts (「民間に任せたり統廃合したりした例」) is left as said."""
from assistant.query.grammar.phrasings import rephrase


def test_handing_over_said_in_a_list_of_acts_is_left():
    said = "図書館を民間に任せたり統廃合したりした例はどこの自治体？"
    assert rephrase(said) == said


def test_work_handed_to_private_names_the_outsourcing_item(assistant):
    titled = assistant.ask("放課後児童クラブ業務の民間委託の担当課は？")
    said = assistant.ask("放課後児童クラブの運営を民間に任せる取組はどこの課？")
    assert said.status == "exact" and not said.unused
    assert len(said.rows) == 1 and said.rows[0]["key"] == titled.rows[0]["key"]
    assert "民間委託" in said.rows[0]["title"]


def test_something_brought_in_names_the_introduction_record(assistant):
    titled = assistant.ask("RPAの導入について教えて")
    said = assistant.ask("RPAを入れる取組について教えて")
    assert said.status == "exact" and not said.unused
    assert [r["key"] for r in said.rows] == [r["key"] for r in titled.rows] and len(said.rows) == 1
    follow = assistant.ask("担当部署の自己評価（総合評価）は？")
    assert follow.status == "exact" and follow.rows[0]["key"] == titled.rows[0]["key"] and follow.value
