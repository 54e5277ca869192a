"""Two values of one record asked at once (「…の総事業費と、成果指標の利用者登録数の実績は？」): each read as if asked
alone, both said; when either is not read exactly, the question is answered as a whole (as before)."""
from __future__ import annotations


def test_two_values_asked_at_once_are_both_said(assistant, db):
    subject = "埼玉県東南部都市連絡調整会議事業の令和4年度の"
    one = assistant.ask(subject + "総事業費は？")
    two = assistant.ask(subject + "成果指標の利用者登録数の実績は？")
    if one.status != "exact" or two.status != "exact":
        return  # (the evaluation sheet is not in this corpus)
    assistant.reset()
    both = assistant.ask(subject + "総事業費と、成果指標の利用者登録数の実績は？")
    assert both.status == "exact"
    assert both.value == f"{one.value}、{two.value}"
