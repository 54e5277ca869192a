"""Kinds of question made31 found misread, asked of small documents written here or of the shipped
corpus in other words than made31's (each test names the value or the record a wrong reading misses)."""
from __future__ import annotations

from pathlib import Path

import pytest

# An evaluation sheet as a PDF's text gives it (one label and its value a line), naming no municipality.
_SHEET = """事務事業評価シート (令和7年度決算)
事務事業コード | 3100207
事業名 | 図書館相互貸借事業
担当部名 | 教育部
担当課名 | 中央図書館
歳出 | 総事業費(合計)
令和6年度決算 | 2,300,000 円
令和7年度決算 | 2,500,000 円
令和8年度予算 | 2,700,000 円
活動指標 | 指標名 | 利用案内の配布回数 | 単位 | 回
年度 | 計画値 | 実績値 | 達成率
令和6年度 | 10 | 8 | 80.0
令和7年度 | 10 | 9 | 90.0
成果指標 | 指標名 | 相互貸借の件数 | 単位 | 件
年度 | 計画値 | 実績値 | 達成率
令和6年度 | 400 | 380 | 95.0
令和7年度 | 420 | 441 | 105.0
"""


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    folder = tmp_path_factory.mktemp("sheet")
    (folder / "evaluation_sheet.txt").write_text(_SHEET, encoding="utf-8")
    build_index([folder], folder / "gyokaku.db")
    return lambda: Assistant(open_index(folder / "gyokaku.db"))


def test_the_settled_years_cost_of_a_sheet_written_one_pair_a_line(sheet):
    answer = sheet().ask("図書館相互貸借事業の令和7年度の総事業費はいくらですか")
    assert answer.value == 2500000


def test_a_change_between_settled_years_of_a_sheet_that_names_no_city(sheet):
    # The city said cannot be checked against a sheet that names none: answered, with that said.
    answer = sheet().ask("青葉市の図書館相互貸借事業、総事業費は令和6年度から令和7年度でいくら増えましたか")
    assert answer.value == 200000 and answer.status == "partial" and answer.unused == ["青葉市"]
    assert "青葉市" in answer.caveat and answer.caveat in answer.summary


def test_a_practice_item_titled_like_an_initiative_is_named_by_its_kind_word(assistant):
    # 町内会の活性化に向けた取組 titles initiative 10 and practice item 25: 実践項目「…」 names the item.
    answer = assistant.ask("実践項目「町内会の活性化に向けた取組」の担当課は？")
    assert [(c["field"], c["value"]) for c in answer.understood if c["field"] in ("code", "initiative")] == [("code", "25")]
    again = assistant.ask("取組項目「町内会の活性化に向けた取組」の実践項目は？")
    assert [(c["field"], c["value"]) for c in again.understood if c["field"] in ("code", "initiative")] == [("initiative", "10")]


def test_a_compound_the_sheet_writes_with_の_between_its_nouns(sheet):
    # 利用案内配布回数 for the indicator 利用案内の配布回数: not dropped (which left both indicators of R6).
    answer = sheet().ask("図書館相互貸借事業の、令和6年度の利用案内配布回数の達成率は？")
    assert answer.value == 80.0 and answer.count == 1
    assert any("利用案内の配布回数" in n for n in answer.notes)


def test_the_sum_of_an_initiatives_averages_is_its_total(assistant):
    # 平均値の合計 is the 合計 column (the sum of its averaged scores), not an average of 委員評価.
    answer = assistant.ask("取組項目「RPAの導入」の平均値の合計は？")
    assert answer.value == 8.8 and not any(c["op"] == "avg" for c in answer.understood)


def test_the_committees_evaluation_said_as_委員会の評価(assistant):
    said = assistant.ask("委員会の評価が4.5以上の取組項目")
    assistant.reset()
    plain = assistant.ask("委員評価が4.5以上の取組項目")
    assert said.status == "exact" and sorted(r["key"] for r in said.rows) == sorted(r["key"] for r in plain.rows)
    assert said.rows


def test_a_follow_up_keeps_a_place_that_could_not_be_checked_as_unused(sheet):
    # The city said of a sheet naming none was answered with that said; the follow-up goes on from
    # that answer's records, not from a search for the city's name in the text (which finds nothing).
    a = sheet()
    first = a.ask("青葉市の事務事業評価シートの成果指標は何ですか")
    assert first.count == 2 and first.unused == ["青葉市"]
    answer = a.ask("令和7年度の実績値は？")
    assert answer.value == 441 and answer.unused == ["青葉市"] and answer.status == "partial"


@pytest.fixture(scope="module")
def named_file(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    folder = tmp_path_factory.mktemp("named")
    (folder / "aoba-shi_hyoka_sheet.txt").write_text(_SHEET, encoding="utf-8")
    build_index([folder], folder / "gyokaku.db")
    return lambda: Assistant(open_index(folder / "gyokaku.db"))


def test_a_file_named_after_its_city_in_romaji_says_whose_sheet_it_is(named_file):
    answer = named_file().ask("青葉市の図書館相互貸借事業の令和7年度の総事業費は？")
    assert answer.status == "exact" and answer.value == 2500000 and not answer.unused
    assert any(c["field"] == "source" and c["value"] == ["aoba-shi_hyoka_sheet.txt"] for c in answer.understood)
    # another city is not that file's
    other = named_file().ask("青森市の図書館相互貸借事業の令和7年度の総事業費は？")
    assert other.status != "exact" and "青森市" in other.unused


def test_romaji_spellings_of_a_place_compare_alike():
    from assistant.text.names import file_names_place

    assert file_names_place("kasukabe_evaluation_sheet.pdf", "春日部市")
    assert file_names_place("Konosu-shi_2024.xlsx", "鴻巣市") and file_names_place("kounosu.pdf", "鴻巣市")
    assert file_names_place("chiba_city.html", "千葉市") and file_names_place("tiba.html", "千葉市")
    assert not file_names_place("kasukabe_evaluation_sheet.pdf", "春日市")
    assert not file_names_place("evaluation_sheet.pdf", "春日部市")
