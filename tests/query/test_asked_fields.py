"""A field asked for by its word, of the record the question's other words find."""
from __future__ import annotations


def test_the_field_of_the_kind_whose_records_hold_the_name(assistant):
    """担当部署 is a field of several kinds (連携事業's departments, モデル事業's department): the one
    whose records name CAPおかやま answers."""
    answer = assistant.ask("CAPおかやまと一緒にやっている市の担当部署")
    assert answer.target == "model_project"
    assert answer.value == "保健福祉局健康づくり課"


def test_a_value_said_before_its_field_is_a_condition_and_the_last_field_is_asked(assistant):
    answer = assistant.ask("CAPおかやまが実施団体のモデル事業の担当部署")
    assert answer.target == "model_project" and answer.value == "保健福祉局健康づくり課"
