"""「施設ごとの室の数を多い順に」 over a row per 施設×室×区分: the different rooms of each facility are counted, not its
区分 rows (which gave 9 for a facility of 3 rooms, stated as exact); 「区分の数」 still counts the rows."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MADE165 = Path(__file__).resolve().parents[1] / "questions" / "made165" / "docs"


def _assistant(tmp_path_factory, docs: Path) -> Assistant:
    path = tmp_path_factory.mktemp("idx") / "g.db"
    build_index([docs], path)
    return Assistant(open_index(path))


@pytest.fixture(scope="module")
def made165(tmp_path_factory):
    return _assistant(tmp_path_factory, MADE165)


@pytest.fixture(scope="module")
def halls(tmp_path_factory):
    """A second workbook: 施設 × 室 × 時間帯, one hall of two rooms, one of one room, each room in three slots."""
    docs = tmp_path_factory.mktemp("halls")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["楢原町 集会施設使用料一覧"])
    ws.append(["施設番号", "施設名", "室名", "時間帯", "使用料（円）"])
    for code, hall, rooms in (("A-1", "楢原公民館", ("和室", "講堂")), ("A-2", "東部集会所", ("会議室",))):
        for room in rooms:
            for slot, fee in (("午前", 500), ("午後", 700), ("夜間", 900)):
                ws.append([code, hall, room, slot, fee])
    wb.save(docs / "集会施設使用料一覧.xlsx")
    return _assistant(tmp_path_factory, docs)


def _counts(answer) -> dict[str, int]:
    return {r["group"]: r["count"] for r in answer.rows}


def test_rooms_counted_once_per_facility(made165):
    answer = made165.ask("施設ごとの室の数を多い順に")
    assert _counts(answer).get("総合体育館") == 3, answer.summary
    rows = made165.ask("施設ごとの区分の数を多い順に")
    assert _counts(rows).get("総合体育館") == 9, rows.summary


def test_rooms_counted_once_on_another_workbook(halls):
    answer = halls.ask("施設ごとの室の数を多い順に")
    assert _counts(answer) == {"楢原公民館": 2, "東部集会所": 1}, answer.summary
