"""The paperless plan of tests/questions/made162 (a workbook of 取組 with 担当課, a PDF of paper used per 課 whose
running header names the issuing section 「総務課ＤＸ推進係」, a meeting report), beside the shipped report whose
実践項目 are held by (総)総務課 and (消)総務課: 「総務課が担当してるやつ何件？」 names no document. The issuer's line
in the PDF's title does not make that table the one meant (both tables read 総務課 as their data), the workbook's
担当課 reads it, and the shipped records' answer, kept, says it is not certain and names the workbook's rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "tests" / "questions" / "made162" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made162")
    for f in DOCS.iterdir():
        shutil.copy(f, folder)
    shutil.copy(ROOT / "corpus" / "002_388add96d06013c9.txt", folder)
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def alone(tmp_path_factory) -> Assistant:
    index = tmp_path_factory.mktemp("made162_alone") / "gyokaku.db"
    assert not build_index([DOCS], index).skipped
    return Assistant(open_index(index))


def test_department_of_no_document_named_is_not_certain(assistant):
    assistant.reset()
    answer = assistant.ask("総務課が担当してるやつ何件？")
    assert answer.status == "partial"
    assert "P-1-01" in answer.summary and "P-4-04" in answer.summary


def test_department_counted_on_the_workbook_not_the_issuers_table(alone):
    alone.reset()
    answer = alone.ask("総務課が担当してるやつ何件？")
    assert answer.status == "exact"
    assert answer.count == 8
