"""「…の運営を民間に任せる取組」: work handed to private business is read as 民間委託, the word titles use, so the
description names the one practice item titled so (everyday_terms.py: handed_to_private); a list of acts
(「民間に任せたり統廃合したりした例」) is left as said."""
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
