"""Questions over the plan report of tests/kinds/test_plan_report_merged_headers (岩泉町): the
committee's score said 「委員会の評価」, a grade negated in the te-form that joins a second condition
(「Aじゃなくて、しかも継続中」), a practice item's title shortened in quotes (「窓口の案内」 for
窓口の番号案内) with the town named before it, and a progress sheet named by a word of its title, then
asked of a year."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS
from tests.kinds.test_plan_report_merged_headers import TEXT


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("midori")
    (folder / "岩泉町_評価報告書.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("岩泉町の取組項目で委員会の評価が4以上のものはどれ？", ["1"]),
    ("岩泉町の実践項目で総合評価がAじゃなくて、しかもまだ継続中のものは？", ["2", "N1"]),
])
def test_conditions(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_a_title_shortened_in_quotes(assistant):
    assistant.reset()
    answer = assistant.ask("岩泉町の「窓口の案内」って令和3年度の評価は何だった？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [str(r["code"]) for r in answer.rows] == ["2"] and answer.value == "B"


def test_a_sheet_named_by_words_of_its_title_then_a_year_asked_of_it(assistant):
    # 「窓口の番号案内」's sheet named by a word of the title; then the amount asked of that year is
    # looked for in that sheet's parts first (not in a remark that names the year and the word).
    assistant.reset()
    first = assistant.ask("岩泉町の番号案内の進捗状況シートを見せて")
    assert first.status == "exact" and [str(r["code"]) for r in first.rows] == ["2"]
    challenge = assistant.ask("令和2年度の取組上の課題は？")
    assert [r["problem"] for r in challenge.rows] == ["職員の操作習熟"]
    assistant.reset()
    assistant.ask("岩泉町の番号案内の進捗状況シートを見せて")
    answer = assistant.ask("令和4年度は待ち時間が何分になった？")
    assert "18分から11分" in answer.excerpts[0]["text"]


@pytest.fixture(scope="module")
def beside_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("iwaizumi_and_corpus")
    (folder / "岩泉町_評価報告書.txt").write_text(TEXT, encoding="utf-8")
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_a_title_shortened_in_quotes_that_names_one_record(beside_corpus):
    # 「下水道の改定」 names 下水道使用料の改定, whose document (岩泉町_評価報告書.txt) the town names too:
    # the town is taken by that document, not left as a word the record's text lacks.
    answer = beside_corpus.ask("岩泉町の「下水道の改定」って令和2年度の評価は何だった？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [str(r["code"]) for r in answer.rows] == ["1"] and answer.value == "B"
