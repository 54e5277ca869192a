"""A column of offices named by their role (担当課, 所管課) said with the verb of that role: 「研修を担当してる課」
is the column 担当課, so 「…はいくつ」 counts its kinds, not the rows."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TRAININGS = """東谷町 職員研修の実施状況

番号\t研修名\t受講者数\t担当課
K-1\t新規採用職員研修\t12\t総務課
K-2\t接遇研修\t30\t町民課
K-3\t係長研修\t8\t総務課
K-4\tDX研修\t20\t情報政策室
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("office_verb")
    (folder / "東谷町_職員研修.txt").write_text(TRAININGS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("said", ["担当してる課", "担当している課", "担当する課"])
def test_the_office_said_by_its_verb_counts_its_kinds(assistant, said):
    assistant.reset()
    answer = assistant.ask(f"東谷町で研修を{said}は全部でいくつ？")
    assert answer.value == 3 and answer.status == "exact", answer.summary


def test_one_rows_office_said_by_its_verb(assistant):
    assistant.reset()
    answer = assistant.ask("東谷町の接遇研修を担当している課は？")
    assert answer.value == "町民課" and answer.status == "exact", answer.summary
