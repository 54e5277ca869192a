"""「汐見温水プールは何年に建てられましたか？西暦で教えてください。」 over a facilities list printing 建築年 in 和暦
(made87's 公共施設一覧: 平成元年), other documents naming the same facility in their text: the year asked by the verb
is the 建築年 field (grammar phrasing built_year_by_verb_in_western, read by the documents' structure too), said in
the western calendar as asked, every word used."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made87" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("built_year")
    for name in ("04_公共施設一覧.html", "05_総務常任委員会質疑要旨（令和8年9月）.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "汐見温水プールは何年に建てられましたか？西暦で教えてください。",
    "汐見温水プールって西暦で何年に建てられたの？",
    "汐見温水プールの建築年は西暦で何年？",
])
def test_built_year_in_western(assistant, question) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == 1989 and not answer.unused, (answer.status, answer.summary)
