"""made114's papers as a village prints them: an xlsx plan with one sheet per 区分, each titled 「…進捗状況【歳入】」
(the bracketed word names the sheet's rows; 「…を含んでいる区分は」 asks those words), and a 総括 sheet whose rows
are those 区分 (keyed as the plan's groups); a PDF table whose columns are courses, each of two figures, where a
count of rows is no answer to a figure asked; minutes printing 「○委員（山科）　歳入-1の…」 turns and 「○総務課長」
replies (opinions on items coded by their group's word, and those no reply followed)."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE114 = Path(__file__).resolve().parents[1] / "questions" / "made114" / "docs"


@pytest.fixture(scope="module")
def made114(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made114_docs")
    for doc in _MADE114.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer, kind: str) -> list[str]:
    out = []
    for r in answer.to_dict()["rows"]:
        k, _, code = str(r.get("key", "")).partition(":")
        if k == kind:
            out.append(unicodedata.normalize("NFKC", code))
    return out


def test_the_bracketed_word_of_a_sheets_heading_names_its_rows(made114) -> None:
    a = ask(made114, "歳出の改善項目のうち、目標額が5,000千円以上のものは？")
    assert set(_keys(a, "practice")) == {"歳出-1", "歳出-4", "歳出-5", "歳出-6", "歳出-9"}
    a = ask(made114, "歳入の改善項目の一覧を見せて", "その中で令和6年度の実績が大きい順に上位3つは？")
    assert _keys(a, "practice")[:3] == ["歳入-1", "歳入-4", "歳入-2"]


def test_the_groups_of_the_rows_found_are_the_bracketed_words(made114) -> None:
    a = ask(made114, "中止になった項目を含んでいる区分はどれ？")
    assert set(_keys(a, "initiative")) == {"歳入", "歳出"}


def test_rows_of_a_summary_sheet_named_by_the_groups_are_the_groups(made114) -> None:
    a = ask(made114, "区分（歳入・歳出・組織）の中で達成率がいちばん高いのはどこ？")
    assert _keys(a, "initiative") == ["組織"]


def test_a_figure_of_a_column_asked_is_not_a_count_of_rows(made114) -> None:
    a = ask(made114, "令和5年度の「森林と清流の保全」コースの寄附件数は？")
    assert a.status != "exact" or a.value == 790


def test_minutes_turns_with_the_name_in_brackets_and_replies_marked_alike(made114) -> None:
    a = ask(made114, "総務常任委員会で山科委員が取り上げた改善項目は？")
    assert {k.split("-")[0] + "-" + k.split("-")[1] for k in _keys(a, "comment")} == \
        {"歳入-1", "歳入-5", "組織-6", "歳出-1", "組織-4"}
    a = ask(made114, "委員の発言のうち、総務課長の答弁がなかったものはどの項目についての意見？")
    assert {k.rsplit("-", 1)[0] for k in _keys(a, "comment")} == {"歳入-5", "組織-6", "組織-5", "歳出-1", "組織-4"}


def test_the_group_of_the_largest_row_is_not_claimed_as_the_largest_group(made114) -> None:
    a = ask(made114, "目標額がいちばん大きい区分は？")
    assert a.status != "exact" or _keys(a, "initiative") == ["歳出"]
