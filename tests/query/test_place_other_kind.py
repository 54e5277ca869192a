"""A place's documents hold another kind the asked field is read from: 「青葉市の…の計画値は」 over a
city's evaluation sheet (indicators) next to the shipped plan report, whose yearly entries also have
a 計画 field, is answered from the city's indicators, not as 'no such records there'."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_program_sheet_workbook import _HEAD


@pytest.fixture(scope="module")
def assistant_with_sheet(tmp_path_factory, corpus_dir):
    root = tmp_path_factory.mktemp("place_kind")
    docs = root / "docs"
    shutil.copytree(corpus_dir, docs)
    book = openpyxl.Workbook()
    sheet = book.active
    for row in _HEAD + [["成果指標", "相互貸借の貸出冊数"], ["単位", "冊"],
                        ["年度", "令和5年度", "令和6年度", "令和7年度"],
                        ["計画値", 4800, 5000, 5200], ["実績値", 4700, 5400]]:
        sheet.append(row)
    book.save(docs / "aoba_hyoka.xlsx")
    build_index([docs], root / "index.db")
    return Assistant(open_index(root / "index.db"))


def test_the_place_s_indicator_answers_the_plan_value(assistant_with_sheet):
    answer = assistant_with_sheet.ask("青葉市の相互貸借の貸出冊数の令和7年度の計画値は")
    assert answer.target == "indicator" and answer.value == 5200 and answer.status == "exact"
