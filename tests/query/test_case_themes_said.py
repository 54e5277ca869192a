"""Cases chosen by their theme: 「★見出しに「民間委託」が入っているテーマの事例は、それぞれどこの自治体」 (the ★ heading is
the theme; テーマ said again and それぞれ ask nothing more), and 「公共施設マネジメント（総合管理計画や地方公会計の活用）の
取組事例」 (the last alternative's own noun, 活用, no condition on them all). Expected cases come from the index."""
from __future__ import annotations

import pytest


def test_star_heading_is_the_theme(assistant, db):
    expected = {str(c) for (c,) in db.execute("SELECT code FROM case_study WHERE topic LIKE '%民間委託%'")}
    if not expected:
        pytest.skip("no theme with 民間委託")
    answer = assistant.ask("★見出しに「民間委託」が入っているテーマの事例は、それぞれどこの自治体？")
    assert {str(r["code"]) for r in answer.rows} == expected and answer.status == "exact", answer.summary


def test_alternatives_in_brackets_with_ya(assistant, db):
    expected = {str(c) for (c, t) in db.execute("SELECT code, coalesce(topic,'') || coalesce(summary,'') || coalesce(details,'') "
                                                "|| coalesce(measures,'') || coalesce(effects,'') FROM case_study")
                if "公共施設マネジメント" in t and ("総合管理計画" in t or "地方公会計" in t)}
    if len(expected) < 2:
        pytest.skip("no such cases")
    answer = assistant.ask("事例集の中で、公共施設マネジメント（総合管理計画や地方公会計の活用）の取組事例として載っている自治体はどこですか。")
    assert expected <= {str(r["code"]) for r in answer.rows}, answer.summary
