"""Records that hold no year of their own, from reports each of one year (連携事業の進捗状況（H17）,
（H19）): a fiscal year said names the report. Never the H17 table's rows for a question about H19."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("editions")
    shutil.copy(ROOT / "corpus/000_f03bfc25bf0d6070.txt", folder)  # 岡山市・倉敷市 (H17)
    shutil.copy(ROOT / "tests/questions/made10/docs/fukuyama_onomichi_renkei_h19.txt", folder)
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_year_no_report_of_those_cities_is_of_finds_none(assistant):
    assistant.reset()
    answer = assistant.ask("岡山市と倉敷市の連携事業で観光部会のもの（平成19年度）")
    assert answer.status == "no_match" and answer.count == 0 and not answer.unused


def test_the_year_of_a_report_scopes_to_it(assistant):
    assistant.reset()
    h19 = assistant.ask("平成19年度の連携事業は何件？")
    assistant.reset()
    every = assistant.ask("連携事業は何件？")
    assert h19.status == "exact" and 0 < h19.value < every.value
    assert {r["source"] for r in h19.rows} == {"fukuyama_onomichi_renkei_h19.txt"}


def test_a_year_of_no_report_is_none(assistant):
    assistant.reset()
    answer = assistant.ask("平成18年度の連携事業")
    assert answer.status == "no_match" and answer.count == 0
