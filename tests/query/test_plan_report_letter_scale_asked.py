"""Questions over the plan report of tests/kinds/test_plan_report_torikumi_letter_scale (遠軽町): grades
of its own letter scale (S above A) said in questions and ranked by its legend, initiatives called 取組
and ordered by the committee's score without a kind word, and a joint-projects table of 分科会 asked by
a plan said with a plain verb (今年度やる予定)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_joint_projects_bunkakai import TEXT as JOINT
from tests.kinds.test_plan_report_torikumi_letter_scale import TEXT


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kawabe")
    (folder / "遠軽町_評価報告書.txt").write_text(TEXT, encoding="utf-8")
    (folder / "美幌町_津別町_連携事業.txt").write_text(JOINT.replace("2\t職員研修の共同実施\t新任職員の研修を合同で行う。\t検討中",
                                                                    "2\t職員研修の共同実施\t新任職員の研修を合同で行う。\t令和6年度実施予定"),
                                                        encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("遠軽町の実践項目で令和5年度にS評価だったのは？", ["21"]),
    ("遠軽町で総合評価がSの実践項目", ["21"]),
    ("遠軽町で令和4年度から令和5年度に評価が上がった実践項目", ["21", "31"]),
    ("遠軽町で総合評価がA以上の実践項目", ["21", "31"]),
])
def test_letters_of_the_documents_own_scale(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_initiatives_called_torikumi_ordered_by_the_committee(assistant):
    assistant.reset()
    answer = assistant.ask("遠軽町の取組を委員会評価の低い順に")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [str(r["no"]) for r in answer.rows] == ["3", "2"]


def test_joint_projects_planned_this_year_said_with_a_plain_verb(assistant):
    assistant.reset()
    answer = assistant.ask("美幌町と津別町の連携事業で今年度やる予定のもの")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [str(r["no"]) for r in answer.rows] == ["2"]


def test_a_letter_no_rule_reads_is_said():
    # A grade of a letter scale the grammar does not read (E of an A–E legend) is never dropped silently.
    from assistant.query.grammar.accountability import unused_words
    from assistant.query.grammar.canon import canonicalise

    text = "総合評価がEの実践項目"
    free = "\x1f\x1f\x1f\x1fがEの\x1f\x1f\x1f\x1f"
    assert "E" in unused_words(free, "\x1f", canonicalise(text), [])
