"""「岡山市側が事業政策課」: a municipality said as the subject of a department is its own column of the joint-projects
table; said after another municipality's department, it narrows, never replaces it. Over the shipped corpus."""
from __future__ import annotations


def labels(answer) -> list[str]:
    return [u["label"] for u in answer.understood]


def test_a_side_said_as_subject_is_that_municipalitys_column(assistant):
    answer = assistant.ask("岡山市側が事業政策課の連携事業")
    assert "岡山市の担当部署 ≈ 事業政策課" in labels(answer) and not answer.unused


def test_the_other_sides_department_narrows_the_one_said_before(assistant):
    assistant.ask("倉敷市の担当部署が産業支援課の連携事業")
    answer = assistant.ask("そのうち岡山市側が地域産業課のもの")
    assert {"倉敷市の担当部署 ≈ 産業支援課", "岡山市の担当部署 ≈ 地域産業課"} <= set(labels(answer))
    assert [r["key"] for r in answer.rows] == ["joint_project:13"]


def test_the_same_sides_department_replaces_the_one_said_before(assistant):
    assistant.ask("倉敷市の担当部署が産業支援課の連携事業")
    answer = assistant.ask("じゃあ倉敷市が予防課のもの")
    assert "倉敷市の担当部署 ≈ 産業支援課" not in labels(answer) and "倉敷市の担当部署 ≈ 予防課" in labels(answer)
