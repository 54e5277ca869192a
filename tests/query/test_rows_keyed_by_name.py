"""A table's row with no numbering column is keyed by its name (「table_row:福井駅西口駐車場」), what its document
prints, where no other row listed bears that name; its place in the index (file:line) stays in `record`, and a
follow-up (「そのうち…」) narrows the same rows. Real indexes of tests/questions/made30 and made32: a facility list
read by the table reader, a roster, and an effect-amount table whose rows are read as 取組 (rows_are) yet carry no
number."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.answer import Answer
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

QUESTIONS = Path(__file__).parent.parent / "questions"


def _over(tmp_path_factory, name: str) -> Assistant:
    folder = tmp_path_factory.mktemp(f"{name}_named_rows")
    for doc in (QUESTIONS / name / "docs").iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp(f"{name}_named_rows_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def fukui(tmp_path_factory):
    return _over(tmp_path_factory, "made30")


@pytest.fixture(scope="module")
def kusatsu(tmp_path_factory):
    return _over(tmp_path_factory, "made32")


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_facilities_keyed_by_name_with_their_place_kept(fukui) -> None:
    answer = ask(fukui, "福井市の指定管理者の評価結果を教えて", "総合評価がSのとこはどこですか")
    rows = answer.to_dict()["rows"]
    assert [r["key"] for r in rows] == ["table_row:福井市総合体育館", "table_row:福井駅西口駐車場"], answer.summary
    assert all(r["record"].startswith("table_row:福井市_指定管理者評価結果一覧_令和6年度.pdf:") for r in rows)


def test_follow_up_narrows_rows_keyed_by_name(fukui) -> None:
    answer = ask(fukui, "福井市の指定管理者の評価結果を教えて", "総合評価がSのとこはどこですか", "そのうち駐車場は？")
    assert _keys(answer) == ["table_row:福井駅西口駐車場"], answer.summary


def test_roster_members_keyed_by_name(kusatsu) -> None:
    answer = ask(kusatsu, "飯田市の行革推進委員会の会議録を見せて", "公募委員で出席していたのは誰？")
    assert _keys(answer) == ["table_row:熊谷 健一", "table_row:牧内 香織"], answer.summary


def test_rows_read_as_another_kind_without_a_number_keyed_by_name(kusatsu) -> None:
    answer = ask(kusatsu, "草津市の行政改革効果額で、歳入確保に区分されている取組は？")
    assert _keys(answer) == ["table_row:市税等の徴収強化", "table_row:広告料収入の拡大", "table_row:遊休市有地の売却",
                             "table_row:ふるさと納税の推進"], answer.summary


def test_a_name_two_listed_rows_bear_keeps_their_places() -> None:
    rows = [{"key": "table_row:a.html:4", "title": "中央集会所", "number": ""},
            {"key": "table_row:b.html:9", "title": "中央集会所", "number": ""},
            {"key": "table_row:a.html:5", "title": "みどり会館", "number": ""},
            {"key": "table_row:c.pdf:7", "title": "体育館", "number": "R-09"}]
    d = Answer("q", rows=rows).to_dict()
    assert [r["key"] for r in d["rows"]] == ["table_row:a.html:4", "table_row:b.html:9", "table_row:みどり会館",
                                             "table_row:R-09"]
    assert d["rows"][2]["record"] == "table_row:a.html:5" and "record" not in d["rows"][0]
