"""「延べ利用者数、集会施設と福祉施設を合わせると何人」: the word before the one comma is the measure, its own figure
the whole; only the parts named after it are added up (the whole added to its parts was a wrong sum)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MADE165 = Path(__file__).resolve().parents[1] / "questions" / "made165" / "docs"

# a second document of another shape: the whole printed first, its parts after it
OTHER = """図書館の利用状況について

１　貸出冊数
　令和６年度の貸出冊数は250,000冊で、館別では中央館120,000冊、北分館70,000冊、南分館60,000冊でした。

２　来館者数
　令和６年度の来館者数は180,000人で、館別では中央館100,000人、北分館45,000人、南分館35,000人でした。
"""


@pytest.fixture(scope="module")
def made165(tmp_path_factory):
    path = tmp_path_factory.mktemp("m165") / "g.db"
    build_index([MADE165], path)
    return Assistant(open_index(path))


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    docs = tmp_path_factory.mktemp("lib_docs")
    (docs / "図書館の利用状況.txt").write_text(OTHER, encoding="utf-8")
    path = tmp_path_factory.mktemp("lib") / "g.db"
    build_index([docs], path)
    return Assistant(open_index(path))


def test_parts_named_after_the_measure_added_without_the_whole(made165):
    answer = made165.ask("Ｒ６の延べ利用者数、集会施設と福祉施設を合わせると何人？")
    assert answer.value == 84702 + 32923 and answer.status == "search", answer.summary


def test_parts_after_the_measure_on_another_document(other):
    answer = other.ask("来館者数、北分館と南分館を合わせると何人？")
    assert answer.value == 45000 + 35000 and answer.status == "search", answer.summary
