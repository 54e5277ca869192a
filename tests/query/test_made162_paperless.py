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


MINUTES = """令和７年度 第２回 白浜村行財政改革推進会議 報告
議題１　窓口改善について
　（２）委員からの主な意見
　　○会長（K-01関係）　窓口の待ち時間は短くなったが、キャッシュレス決済の周知が足りない。
　　○副会長（K-03関連）　証明書のコンビニ交付をもっと広めてほしい。
議題２　公共施設の見直しについて
　（２）委員からの主な意見
　　○会長（K-05関係）　公民館の統合は地区の声を聞いて進めるべきである。
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("posts")
    (folder / "shirahama_kaigi.txt").write_text(MINUTES, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_opinions_opening_with_post_and_code_are_comments(alone, minutes):
    # (generic/opinion_posts.py: 「○福祉課長（P-3-06関係）　本文」 under 「議題３」, keyed by the cited code)
    alone.reset()
    answer = alone.ask("福祉課長が意見を言ったのはどの取組について？")
    assert answer.status == "exact"
    assert sorted(r["initiative"] for r in answer.rows) == ["P-2-03", "P-3-06"]
    minutes.reset()
    answer = minutes.ask("会長が出した意見は？")
    assert sorted(r["initiative"] for r in answer.rows) == ["K-01", "K-05"]
    assert sorted(r["agenda"] for r in answer.rows) == ["議題1", "議題2"]


def test_opinions_of_two_towns_documents_are_not_certain(assistant, tmp_path_factory):
    # (comments_of_two_places.py: the shipped city's committee and the town's 本部員 both spoke of キャッシュレス)
    assistant.reset()
    answer = assistant.ask("キャッシュレスに触れた意見は？")
    assert answer.status == "partial"
    assert {"P-3-03", "P-3-04"} <= {r["initiative"] for r in answer.rows}
    assistant.reset()
    answer = assistant.ask("福祉課長が意見を言ったのはどの取組について？")  # (one town's only: as certain as before)
    assert answer.status == "exact"


def test_opinions_under_an_agenda_item(alone, minutes):
    # (grammar/member_names.py opinion_agenda: 「議題３では」 is the agenda item the opinions stand under)
    alone.reset()
    answer = alone.ask("議題３ではいくつ意見が出た？")
    assert answer.status == "exact" and answer.count == 4
    minutes.reset()
    answer = minutes.ask("議題2で出た意見は？")
    assert [r["initiative"] for r in answer.rows] == ["K-05"]


PROJECTS = """西山町 デジタル化事業一覧
事業番号\t事業名\t担当課\t開始年度
N-1\t窓口予約システム\t住民課\t令和5年度
N-2\t公共施設のWi-Fi整備\t総務課\t令和6年度
N-3\t電子契約の導入\t財政課\t令和6年度
N-4\t税証明のコンビニ交付\t税務課\t令和7年度
"""


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("began")
    (folder / "nishiyama_jigyo.txt").write_text(PROJECTS, encoding="utf-8")
    shutil.copy(ROOT / "corpus" / "002_388add96d06013c9.txt", folder)
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_year_begun_reads_the_column_of_start_years(assistant, projects):
    # (tables/began_column.py: the shipped records answer nothing of 令和７年度, the one column of start years does)
    assistant.reset()
    answer = assistant.ask("令和７年度から始めた取組はどれ？")
    assert answer.status == "exact"
    assert sorted(r["number"] for r in answer.rows) == ["P-1-04", "P-2-03", "P-3-04", "P-4-04"]
    projects.reset()
    answer = projects.ask("令和６年度から始めた事業は？")
    assert answer.status == "exact"
    assert sorted(r["事業名"] for r in answer.rows) == ["公共施設のWi-Fi整備", "電子契約の導入"]


GOALS = """南川市 総合計画 基本目標別の評価
目標\t目標の名称\t指標数\t平均達成率(%)
1\t安心して暮らせるまち\t8\t92.5
2\t子どもが育つまち\t6\t78.0
3\t活力あるまち\t7\t85.1
"""


@pytest.fixture(scope="module")
def goals(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("numbered")
    (folder / "minamikawa_goals.txt").write_text(GOALS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_column_word_with_a_number_names_the_row(alone, goals):
    # (tables/header_numbered.py: 「柱２」 over 柱 │ 柱の名称 │ 平均点 of 1…4, though the list of 取組 prints 「柱2 …」
    # as its headings; 平均点 is said, which that list lacks)
    alone.reset()
    answer = alone.ask("柱２のR7の平均点は？")
    assert answer.status == "exact" and answer.value == 2.8
    alone.reset()
    answer = alone.ask("柱４にはどんな取組がある？")  # (the headings of the list: its 取組, as before)
    assert len(answer.rows) == 6
    # (a table of numbered goals no other table prints as words: the question is left as said, the reader's own)
    from assistant.query.tables.header_numbered import as_header_numbered
    from assistant.query.tables.read import read_tables

    assert as_header_numbered("目標2の平均達成率は？", read_tables(goals.db)) == "目標2の平均達成率は？"


def test_a_skipped_word_said_as_the_topic_of_opinions(assistant):
    # (topic_stop_nouns.py: 審議会 alone names nothing, 「審議会に関するもの」 after opinions is their topic)
    assistant.reset()
    assistant.ask("議題２で出た意見は？")
    answer = assistant.ask("その中で審議会に関するものは？")
    assert [r["initiative"] for r in answer.rows] == ["P-2-03"]
