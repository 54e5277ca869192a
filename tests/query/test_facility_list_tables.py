"""A city's documents on its designated-manager facilities (tests/questions/made117, its documents alone): a facility
list (指定管理施設一覧: 施設番号 │ 施設名 │ 指定期間 │ 所管課 │ 利用者数 per year │ 指定管理料) and a list of
improvement instructions (改善指示…一覧: 指示番号 │ 施設番号 │ 施設名 │ …), whose title also says 指定管理施設.
The rows' word with the file name's words (指定管理施設), a span's first day said with 始まる, a group counted
most keyed by the facility code its rows share, an extreme change asked by a noun phrase, a follow-up asking a
column of another table of the facility named before by its code, a column headed by a circled number alone said by
the item the document names with it (the graded sheet's rows are keyed as practice items)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made117" / "docs"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made117_facilities")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made117_facilities_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_rows_word_with_the_file_names_words_names_the_list(town) -> None:
    answer = ask(town, "文化振興課が持っている指定管理施設は？")
    assert answer.status == "exact", answer.summary
    assert sorted(_table_rows(answer)) == ["table_row:指-01", "table_row:指-03"], answer.summary


def test_first_day_of_a_span_said_with_begins(town) -> None:
    answer = ask(town, "指定期間が令和3年4月1日から始まっていない施設はある？")
    assert answer.status == "exact", answer.summary
    assert _table_rows(answer) == ["table_row:指-15"], answer.summary
    assert ask(town, "指定期間が令和3年4月1日から始まった施設は？").count == 15


def test_group_counted_most_is_keyed_by_its_code(town) -> None:
    answer = ask(town, "改善指示の件数が一番多い施設はどこ？")
    assert answer.status == "exact", answer.summary
    assert _table_rows(answer)[0] == "table_row:指-12", answer.summary
    assert "市営住宅堤台団地" in answer.summary


def test_extreme_change_asked_by_a_noun_phrase(town) -> None:
    answer = ask(town, "令和3年度と比べて令和6年度の利用者数が最も増えた施設（人数ベース）")
    assert answer.status == "exact", answer.summary
    assert _table_rows(answer) == ["table_row:指-13"], answer.summary


def test_follow_up_column_of_the_facility_named_by_its_code(town) -> None:
    answer = ask(town, "指-13について教えて", "指定管理料はいくら？（千円）")
    assert answer.status == "exact", answer.summary
    assert answer.value == 56780, answer.summary


def test_circled_item_column_said_by_its_name(town) -> None:
    # the sheet heads its items ①…⑤ only; its title line names them (③安全・危機管理)
    answer = ask(town, "令和6年度、③安全・危機管理が2点以下だった施設は？")
    assert answer.status == "exact", answer.summary
    assert sorted(_keys(answer)) == ["practice:指-03", "practice:指-09", "practice:指-12", "practice:指-16"]


def _table_rows(answer) -> list[str]:
    """The rows' keys, as table rows: rows read as the items another table grades are keyed practice and show their
    own table row as an excerpt keyed table_row (one decision for every set, issue 12)."""
    d = answer.to_dict()
    rows = [str(r.get("key", "")) for r in d["rows"]]
    shown = [str(e.get("key", "")) for e in d.get("excerpts") or [] if str(e.get("key", "")).startswith("table_row:")]
    rekeyed = rows and not any(k.startswith("table_row:") for k in rows) and len(shown) == len(rows)
    return shown if rekeyed else rows
