"""A union council's questions on the reform plan (tests/questions/made125, its Word list alone): No. │ 会議名 │ 質問議員
「氏名（○○選出）」 │ 質問要旨 │ 答弁者 │ 答弁要旨 │ 関連項目 (the plan's item code, 「－」 for none). The members' questions are
their opinions on the items they cite (generic/opinion_rows.py: who asked, who answered, at which meeting), and a
question calling the rows 質疑・質問・答弁 reads them as such, keyed by the item (query/tables/rows_are.py), as 意見
does a committee's table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made125" / "docs"
LIST = "連合議会質疑一覧（行政改革関係）.docx"


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made125_council")
    shutil.copy(DOCS / LIST, folder)
    index = tmp_path_factory.mktemp("made125_council_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.to_dict()["rows"])


def test_questions_are_comments_on_the_items_they_cite(council) -> None:
    rows = council.db.execute("SELECT key, member, member_role, responder, meeting FROM comment ORDER BY n").fetchall()
    # (No.5 and No.12 cite no item (「－」): no comment of an item)
    assert len(rows) == 10
    assert tuple(rows[2]) == ("comment:3-2-3", "村瀬 健一", "深沢町選出", "消防長", "令和5年第4回定例会")


def test_answered_by_is_asked_of_the_questions(council) -> None:
    answer = ask(council, "消防長が答弁した質疑はどの項目について？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["comment:3－2-3"], answer.summary


def test_follow_up_keeps_reading_them_as_questions(council) -> None:
    answer = ask(council, "葛城村選出の議員の質問を出して", "そのうち財政課長が答弁したもの")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["comment:2－1-2"], answer.summary
