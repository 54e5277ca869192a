"""An acronym the documents spell out once in brackets (「ガバメントクラウドファンディング(GCF)」) read as the name."""
from __future__ import annotations

from assistant.query.acronyms import spelled_out
from tests.conversation_helpers import ask


def test_an_acronym_spelled_out_in_the_documents_names_the_record(assistant):
    said = ask(assistant, "GCFのR5の自己評価 進捗度いくつだった？")
    full = ask(assistant, "ガバメントクラウドファンディングのR5の進捗度は？")
    assert said.value == full.value and said.value is not None, said.summary
    assert any("GCF" in n for n in said.notes)


def test_an_acronym_a_title_writes_or_none_spells_out_is_kept():
    titles = ("RPAの導入", "窓口の改善")
    assert spelled_out("RPAの担当", lambda a: {"ロボティック"}, titles) == "RPAの担当"
    assert spelled_out("XYZの担当", lambda a: set(), titles) == "XYZの担当"
    assert spelled_out("MDの担当", lambda a: {"窓口の改善", "RPAの導入"}, titles) == "MDの担当"  # (two names: not guessed)
    assert spelled_out("MDの担当", lambda a: {"窓口の改善"}, titles) == "窓口の改善の担当"
    assert spelled_out("MDの担当", lambda a: {"とても新しい窓口"}, titles) == "MDの担当"  # (a short end of a long name)
