"""Where u240's town wordings (made109) stop: 「広域連携」 alone is the joint projects only where no document of another
kind titles itself with it (館林市's 事務事業評価シート 「東毛地域広域連携推進事業」), and rows asked by no word (…のは？) are
the table's own kind only where the question names no document by its title and does not follow up on the same table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
_CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _over(tmp_path_factory, name: str) -> Assistant:
    folder = tmp_path_factory.mktemp(name)
    for src in (_CORPUS, _QUESTIONS / name / "docs"):
        for doc in src.iterdir():
            if doc.is_file() and doc.suffix != ".db":
                shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def made38(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made38")


@pytest.fixture(scope="module")
def made28(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made28")


@pytest.fixture(scope="module")
def made24(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made24")


def test_regional_cooperation_titled_by_a_program_sheet_is_not_the_joint_projects(made38) -> None:
    a = ask(made38, "館林市の東毛の広域連携の事業、総事業費は2022年度から2024年度でいくら増えた？")
    assert a.target != "joint_project" and a.value == 1065000, (a.target, a.value, a.summary[:120])


def test_rows_of_a_document_named_by_its_title_stay_its_rows(made28) -> None:
    a = ask(made28, "豊岡市のR6進捗で、実績値が目標値を上回ったものはどれですか")
    keys = {str(r.get("key", "")) for r in a.to_dict()["rows"]}
    assert keys and all(k.startswith("table_row:") for k in keys), sorted(keys)


def test_a_follow_up_over_the_same_table_keeps_its_rows(made24) -> None:
    a = ask(made24, "三条市の令和6年度の財務課の取組を教えて", "そのうち遅れているのは？")
    shown = [str(r.get("key")) for r in a.to_dict()["rows"]]
    assert shown == ["practice:3"], shown
