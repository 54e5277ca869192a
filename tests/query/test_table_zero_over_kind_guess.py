"""A workbook grading facilities by year (施設番号 │ 施設名 │ 総合評価 R4 │ R5 │ R6, grades S > A > B > C) beside the
shipped plan report: 「R4からR6まで毎年評価が上がり続けた施設ってある？」 reads as the plan's 実践項目 only by leaving
施設 (the word for the table's rows) unread; the table reads every word, and no facility rose every year, so the
answer is its honest 0, not the plan's records said partial. Another city's workbook than the holdout's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

CORPUS = Path(__file__).parent.parent.parent / "corpus"  # (the dedicated kinds beside the workbook, as users have them)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("table_zero_over_kind_guess")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws.append(["椎名台市　指定管理施設　総合評価一覧"])
    ws.append(["施設番号", "施設名", "指定管理者", "総合評価", None, None])
    ws.append([None, None, None, "令和４年度", "令和５年度", "令和６年度"])
    ws.merge_cells("D2:F2")
    for row in (["11", "椎名台市民体育館", "しいな総合サービス株式会社", "B", "B", "A"],
                ["12", "椎名台テニスコート", "しいな総合サービス株式会社", "C", "B", "B"],
                ["21", "椎名台市民会館", "公益財団法人椎名台文化財団", "A", "S", "A"],
                ["31", "東部ふれあいセンター", "社会福祉法人椎名台福祉会", "B", "A", "A"]):
        ws.append(row)
    wb.save(folder / "指定管理施設総合評価一覧.xlsx")
    index = folder / "gyokaku.db"
    build_index([CORPUS, folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", [
    "R4からR6まで毎年評価が上がり続けた施設ってある？",
    "令和4年度から令和6年度まで毎年評価が上がった施設は？",
])
def test_no_facility_rose_every_year(assistant, question) -> None:
    a = ask(assistant, question).to_dict()
    assert a["count"] == 0 and not a["rows"] and a["status"] == "no_match", (a["status"], a["unused"], a["summary"])


def test_a_facility_that_rose_is_still_found(assistant) -> None:
    a = ask(assistant, "R5からR6で評価が上がった施設は？").to_dict()
    assert sorted(str(r["key"]).rpartition(":")[2] for r in a["rows"]) == ["11"], (a["status"], a["summary"])
