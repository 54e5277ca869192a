"""蕨ヶ汀市's 定住自立圏 vision (made102's documents, read alone): minutes whose members' turns name the vision's
project numbers (「○蔦谷委員　生活-1-(2)の…」, 「政策分野２全体として」) and whose staff replies after each
(「△事務局（交通政策課）　…」) say the office answering; a list of facilities run together whose rows are one per
member municipality (rowspan groups, each with its share); a table of the member municipalities whose header prints
the day its figures are as of. General behaviours, not made102's facts: each is asked the way another town's
documents would be."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.generic.minutes_turns import turn_comments
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made102" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made102_layouts")
    for name in ("03_共生ビジョン懇談会会議録_令和7年度.docx", "04_共同運営施設システム一覧.html"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted({str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]})


def test_turns_naming_field_prefixed_codes_and_their_replies() -> None:
    lines = ["３　令和６年度 第２回 ○○圏域懇談会", "○山田委員　観光（産業-2-(1)）が遅れている。",
             "△事務局（観光課）　令和７年度予算で対応する。", "○佐藤会長　政策分野３全体として順調だ。",
             "△事務局（企画課）　引き続き取り組む。", "○鈴木委員　移住（結び-1-(2)）の周知が足りない。"]
    found = {r.fields["initiative"]: r.fields for r in turn_comments(lines, "m.docx")}
    assert sorted(found) == ["3", "産業-2-(1)", "結び-1-(2)"]
    assert found["産業-2-(1)"]["responder"] == "観光課" and "令和7年度予算" in found["産業-2-(1)"]["response"]
    assert found["3"]["about"] == "initiative" and found["3"]["meeting"] == "第2回"
    assert "responder" not in found["結び-1-(2)"]  # (no reply after the last turn)


@pytest.mark.parametrize("turns,codes", [
    (("蔦谷委員はどの事業について意見を言ってた？",), ["生活-1-(1)", "生活-1-(2)", "生活-2-(2)"]),
    (("第2回の懇談会で交通政策課が回答した意見は、どの事業についてのもの？",), ["結び-1-(1)", "結び-1-(3)"]),
    (("事務局が「令和8年度予算」で対応すると答えた意見はどの事業のこと？",), ["生活-1-(2)", "結び-1-(3)"]),
])
def test_member_turns_and_replies_asked(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "comment" and sorted({r["initiative"] for r in answer.rows}) == codes, \
        (answer.status, answer.summary)


def test_a_member_said_absent_leaves_out_the_whole_group(assistant) -> None:
    answer = ask(assistant, "鹿籠町が入っていない共同運営の施設やシステムは？")
    assert _keys(answer) == ["共-2", "共-3", "共-6"], (answer.status, answer.summary)
    assert answer.rows_are == "joint_project", answer.rows_are


def test_values_listed_as_the_title_lists_them_name_the_document(assistant) -> None:
    answer = ask(assistant, "令和6年度以降に運営開始（予定も含む）の共同運営施設・システムはどれ？")
    assert _keys(answer) == ["共-5", "共-6", "共-8"], (answer.status, answer.summary)


def test_which_member_of_a_group_is_asked(assistant) -> None:
    answer = ask(assistant, "共同運営の施設・システムで、まだ整備中のものは？",
                 "それに参加している町村の中で負担割合が一番大きいのはどこ？")
    assert answer.value == "鮎返町", (answer.status, answer.summary)


def test_where_a_numbered_meeting_was_held(assistant) -> None:
    answer = ask(assistant, "第2回の共生ビジョン懇談会ってどこでやった？")
    assert answer.status != "exact" and "生涯学習センター" in answer.summary, (answer.status, answer.summary)


@pytest.mark.parametrize("question,keys", [
    ("圏域の市町村で人口が5,000人に満たないところは？", ["4", "5"]),  # (header: 人口（人）<br>…現在)
    ("面積が200平方キロを超える構成市町村は？", ["1", "4"]),
    ("懇談会の委員で学識経験者枠の人は？", ["1", "8"]),
])
def test_member_tables_asked(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert _keys(answer) == keys, (answer.status, answer.summary)
