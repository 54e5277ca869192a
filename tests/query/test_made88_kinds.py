"""Five towns' 広域連携 (made88's documents, read alone): a joint-projects list whose legend under the table says
which member's mark leads a project (◎：幹事町村), 開始年度 printed 「令和４年度（2022）」, a 工程表 of →★◇● marks
by year read by its legend, minutes printing each meeting under 「第３回協議会」, a survey printing its whole
row (全体) under the towns'."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made88" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made88_kinds")
    for name in ("01_広域連携事業一覧.xlsx", "03_令和6年度協議会会議録.docx", "04_広域連携工程表.html",
                 "05_住民アンケート結果.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).split(":", 1)[-1] for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # ◎ under a legend 「◎：幹事町村」 is the project's 幹事
    (("苧環村が幹事を担当している事業は？",), ["広-07", "広-12"]),
    # a follow-up naming another town stays on the projects (the survey also has a row per town)
    (("杣ノ木町が幹事をやってる事業は？", "じゃあ鳰ヶ浦町が幹事なのは？"), ["広-02", "広-05", "広-09"]),
    # … also after a question that left a word unused (分野: no field of the projects): its own words read whole
    (("福祉とか子育ての分野の連携事業ってある？", "その中で苧環村が幹事のものは？"), ["広-07"]),
    # 「令和４年度（2022）」 is R4: 2022年度より前 is R3 and before
    (("2022年度より前から続いている広域連携事業はどれ？",), ["広-03", "広-10", "広-11"]),
    (("5町村すべてが参加している事業を一覧で。",), ["広-01", "広-03", "広-10", "広-13"]),
    # the 工程表's ★ read by its legend (★：完了予定), its rows the projects of the same 番号 and 事業名
    (("工程表でR9に完了予定となっている事業はどれですか。",), ["広-02", "広-06", "広-11", "広-13"]),
])
def test_projects(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "joint_project" and _codes(answer) == codes, (answer.status, answer.summary)


def test_chair_of_most_projects_among_towns(assistant) -> None:
    answer = ask(assistant, "幹事を担当している事業の数がいちばん多い町村はどこですか。")
    assert answer.value == "杣ノ木町", answer.summary


@pytest.mark.parametrize("turns,value", [
    # no town named: the whole row's figure (全体 | 1284 | 42.8)
    (("住民アンケートの回収率は何％でしたか。",), 42.8),
    (("広域連携の取組を「知っている」と答えた割合がいちばん高かったのはどこの町村？",), "苧環村"),
    (("楡ノ台村のアンケート回収数は？", "じゃあ鳰ヶ浦町は？"), 318),
])
def test_survey(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.value == value, (answer.status, answer.summary)


def test_meeting_decisions_and_place(assistant) -> None:
    decided = ask(assistant, "第3回の協議会ではどんなことが決まりましたか。")
    assert "令和9年度末までに基本構想を策定" in decided.summary and decided.status == "search"
    held = ask(assistant, "令和6年度の第4回協議会はいつ、どこで開かれた？")
    assert "2月17日" in held.summary and "鶫原町役場" in held.summary
    assert ask(assistant, "令和6年度に協議会は何回開かれましたか。").count == 4


def test_day_a_project_starts(assistant) -> None:
    # the list prints the fiscal year (R6); the minutes' decision the day, said after it
    answer = ask(assistant, "病児保育の相互利用はいつから始めることになったんでしょうか。")
    assert answer.value == "R6" and "令和6年10月1日から開始" in answer.summary, answer.summary
