"""A prefecture's survey of its municipalities (tests/questions/made133, 鶬野県): the measures' matrix (○ 実施中 / △ 検討中
/ blank), the staff numbers and the financial ratios are tables of the same municipalities in different documents.
Marks are counted along a row (tables/marks_counted.py), the documents' rows are joined by the municipality's name
where no one table reads the question (tables/places_joined.py), 改善 of a soundness ratio is its fall
(tables/better_lower.py), and a bare superlative after a column's values is of that column (tables/extreme_of_asked.py).
Each is shown again on a made prefecture (鵯川県) of other names, measures and years."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.grammar.phrasings import PHRASINGS
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made133" / "docs"

MATRIX = """鵯川県 市町村の行革取組状況（令和８年度調査）
凡例：○＝実施中 △＝検討中 空欄＝未実施

市町村名,類型,地域,窓口委託,RPA,電子契約,公会計活用
鵯川市,市,東部,○,○,○,○
葛城市,市,西部,○,△,○,
椋田町,町,東部,△,△,,△
桐生町,町,西部,○,,○,○
楢岡村,村,東部,△,△,△,
杉森村,村,西部,,○,,
"""
RATIOS = """鵯川県 市町村の財政指標（令和７年度決算）

市町村名,経常収支比率R6決算,経常収支比率R7決算,職員数
鵯川市,93.0,91.5※1,820
葛城市,88.2,89.0,410
椋田町,90.1,90.1,150
桐生町,95.5,94.0※1,120
楢岡村,86.0※1,88.8,60
杉森村,91.0,90.2,45
※1 病院事業会計への繰出金を含む。
"""


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made133_survey")
    for f in DOCS.iterdir():
        shutil.copy(f, folder)
    index = tmp_path_factory.mktemp("made133_survey_index") / "gyokaku.db"
    build_index([folder], index)
    return open_index(index)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hiyodori_survey")
    (folder / "鵯川県_取組状況.txt").write_text(MATRIX, encoding="utf-8")
    (folder / "鵯川県_財政指標.txt").write_text(RATIOS, encoding="utf-8")
    index = tmp_path_factory.mktemp("hiyodori_survey_index") / "gyokaku.db"
    build_index([folder], index)
    return open_index(index)


def _names(answer) -> list[str]:
    return sorted(r["key"].split(":", 1)[1] for r in answer.to_dict()["rows"])


def test_a_mark_is_counted_along_the_row(survey, made) -> None:
    answer = ask(Assistant(survey), "取組状況調査の8項目のうち、○が7項目以上ついている団体は？")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["北浜市", "鶬野市"]
    assert all(r["key"].startswith("table_row:") for r in answer.to_dict()["rows"])  # (項目 of 7項目 is no kind)
    answer = ask(Assistant(made), "○が3つ以上の市町村は？")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["桐生町", "鵯川市"]


def test_a_mark_counted_within_a_kind_of_municipality(survey, made) -> None:
    answer = ask(Assistant(survey), "村のなかで△が２つ以上ある村は何村？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 3
    answer = ask(Assistant(made), "村のなかで△が２つ以上ある村は何村？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 1 and _names(answer) == ["楢岡村"]


def test_all_marks_said_as_a_number_of_other_columns_is_left_unread(made) -> None:
    # (「5項目のうち」 over 4 mark columns: not the columns counted, so not read as them)
    answer = ask(Assistant(made), "5項目のうち、○が3つ以上の市町村は？")
    assert answer.status != "exact", answer.summary


def test_the_phrasings_keep_a_name_and_the_follow_up_word() -> None:
    by_name = {p.name: p for p in PHRASINGS}
    assert by_name["naka_in_kana"].apply("そのなかで合計点が12点のもの") == "そのなかで合計点が12点のもの"
    assert by_name["kind_counted"].apply("森下村は何村と連携") == "森下村は何村と連携"


def test_rows_of_two_documents_joined_by_the_municipality(survey, made) -> None:
    answer = ask(Assistant(survey), "RPAを実施中で、しかも経常収支比率（R6）が90％未満の団体")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["川瀬町", "若葉町"]
    assert any("市町村名で突き合わせ" in n for n in answer.notes)
    answer = ask(Assistant(made), "RPAを実施中で、経常収支比率（R7）が91％未満の団体")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["杉森村"]


def test_a_follow_up_over_the_joined_rows_keeps_the_first_condition(survey) -> None:
    answer = ask(Assistant(survey), "人口３万人未満の団体は？", "そのうち経常収支比率が前年度より悪化したところは？")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == sorted(["上原村", "大沢町", "奥谷村", "川瀬町", "松岡町", "森下村", "清水村", "若葉町"])


def test_a_soundness_ratio_improves_as_it_falls(survey, made) -> None:
    answer = ask(Assistant(survey), "経常収支比率が前年度より改善した団体（下がったところ）")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == sorted(["岩崎町", "柳原町", "花房村", "高坂市"])
    # (the asker's restatement the other way is left unread: not answered as certain)
    answer = ask(Assistant(survey), "経常収支比率が前年度より改善した団体（上がったところ）")
    assert answer.status != "exact", answer.summary
    answer = ask(Assistant(made), "経常収支比率が前年度より改善した団体")
    assert _names(answer) == sorted(["鵯川市", "桐生町", "杉森村"])


def test_a_bare_superlative_is_of_the_column_answered(survey, made) -> None:
    answer = ask(Assistant(survey), "南部の市町村の実質公債費比率を教えて", "一番低いのは？")
    assert answer.status == "exact", answer.summary
    assert "川瀬町" in answer.summary and "実質公債費比率" in answer.summary, answer.summary
    answer = ask(Assistant(made), "東部の市町村の職員数を教えて", "一番少ないのは？")
    assert "楢岡村" in answer.summary and "職員数" in answer.summary, answer.summary


def test_a_note_mark_printed_after_a_value_is_said_of_its_column(survey, made) -> None:
    answer = ask(Assistant(survey), "経常収支比率のR6の数字に※1が付いてるのはどこ？")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == sorted(["大沢町", "森下村", "白川市"])
    answer = ask(Assistant(made), "経常収支比率のR7に※1が付いてる団体は？")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == sorted(["鵯川市", "桐生町"])
    # (a mark no cell of the column carries is not read as a condition: the answer is not given as certain)
    answer = ask(Assistant(made), "経常収支比率のR7に※2が付いてる団体は？")
    assert answer.status != "exact", answer.summary


def test_a_column_said_with_no_and_a_year_column_beside_its_change(survey) -> None:
    # (「公共施設等総合管理計画の改訂」 of the header 資産管理｜公共施設等総合管理計画改訂; 「職員数（R7）」 the year's own
    # column, not 対前年増減(R7-R6) of the same year)
    answer = ask(Assistant(survey), "公共施設等総合管理計画の改訂が△の団体", "その中で職員数（R7）が100人未満のところは？")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["森下村", "花房村"]


def test_a_header_said_with_no_is_rewritten_only_to_one_header_ending_so() -> None:
    from dataclasses import dataclass

    from assistant.query.tables.header_said_with_no import as_header_said_with_no

    @dataclass
    class Col:
        header: str

    @dataclass
    class Tab:
        columns: list

    tables = [Tab([Col("資産管理公共施設等総合管理計画改訂"), Col("市町村名")])]
    assert as_header_said_with_no("公共施設等総合管理計画の改訂が△の団体", tables) == "資産管理公共施設等総合管理計画改訂が△の団体"
    # (words of no header's end are left as said)
    assert as_header_said_with_no("公共施設等総合管理計画の推進", tables) == "公共施設等総合管理計画の推進"
