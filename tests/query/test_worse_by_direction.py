"""「令和6年度より令和7年度の方が悪くなった指標は？（小さいほど良い指標に注意）」 over a table of results per year whose
note says some rows are better lower: worse is a fall of the others and a rise of those (tables/question._read_change,
answer.py change_worse / change_better), and the asker's reminder in brackets is read by it. Over a table without such a
note 悪くなった stays a fall, and the reminder is left unread (not certain)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

GOALS = """北浦市行政改革 数値目標の状況
No.\t指標名\t単位\t令和6年度実績\t令和7年度実績\t令和10年度目標値
1\t電子申請の件数\t件\t1,800\t2,400\t2,000
2\t職員の時間外勤務\t時間\t140\t152\t120
3\t市税の収納率\t%\t98.9\t98.7\t99.2
4\t公共施設の延床面積\tm2\t41,000\t40,200\t40,500

注）No.2及びNo.4は数値が小さいほど良い指標です。
"""

PLAIN = """南浦町 利用状況の推移
No.\t施設名\t令和6年度利用者数\t令和7年度利用者数
1\t南浦町民プール\t12,000\t11,500
2\t南浦町民体育館\t8,000\t8,400
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("worse")
    (folder / "kitaura_goals.txt").write_text(GOALS, encoding="utf-8")
    (folder / "minamiura_use.txt").write_text(PLAIN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _titles(answer) -> list[str]:
    return sorted(r["title"] for r in answer.rows)


def test_worse_follows_the_note_on_rows_better_lower(assistant):
    assistant.reset()
    answer = assistant.ask("北浦市の数値目標で、令和6年度より令和7年度の方が悪くなった指標は？（小さいほど良い指標に注意）")
    assert answer.status == "exact"
    assert _titles(answer) == sorted(["職員の時間外勤務", "市税の収納率"])
    assistant.reset()
    answer = assistant.ask("北浦市の数値目標で、令和6年度より令和7年度に改善した指標は？")
    assert _titles(answer) == sorted(["電子申請の件数", "公共施設の延床面積"])


def test_without_a_note_the_reminder_is_not_read_as_certain(assistant):
    assistant.reset()
    answer = assistant.ask("南浦町の利用状況で、令和6年度より令和7年度の利用者数が悪くなった施設は？（小さいほど良い指標に注意）")
    assert answer.status != "exact"


def test_results_of_a_year_against_the_target_of_another_year_said(assistant):
    # 「令和7年度実績の時点で」: those results compared; 「令和10年度の目標値」: the year said is the target column's own;
    # 「もう」 after the particle adds nothing; rows better lower reach their target from above.
    for question in ("北浦市の数値目標で、令和7年度実績の時点で、令和10年度の目標値にもう届いている指標は？",
                     "北浦市の数値目標で、令和7年度の実績が令和10年度の目標値に届いている指標は？"):
        assistant.reset()
        answer = assistant.ask(question)
        assert answer.status == "exact", question
        assert _titles(answer) == sorted(["電子申請の件数", "公共施設の延床面積"]), question
