"""A committee's own four grades S／A／B／C per 基本方針 (made124's 評価書, no report legend giving the index a
scale): S ranks above A, so a B→S move is a rise; 「評価がR7より良くなった」 reads R8 against R7 (R8 the next and
latest graded year), and 「R7より下がった」 the other way."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


@pytest.fixture(scope="module")
def committee(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made124_grades")
    shutil.copy(QUESTIONS / "made124" / "docs" / "人材育成推進委員会評価書（令和７・８年度）.docx", folder)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.to_dict()["rows"])


def test_b_to_s_is_a_rise(committee) -> None:
    answer = ask(committee, "評価がR7より良くなった基本方針")
    assert _codes(answer) == ["II"], answer.summary


def test_fall_since_year(committee) -> None:
    answer = ask(committee, "R7より評価が下がった基本方針は？")
    assert _codes(answer) == ["III"], answer.summary


def test_unchanged_b_is_no_rise(committee) -> None:
    answer = ask(committee, "R8の評価がR7より上がった基本方針は？")
    assert "IV" not in _codes(answer), answer.summary
