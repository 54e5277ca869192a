"""A committee's opinions numbered （１）… each followed by a line citing what it is on and who said it
(「対象補助金：H-101、H-301 ／ 発言：委員長 柏木 道子」, 「対象補助金：（全般）」): a comment per cited code with the
speaker's name and post, so that questions by post (副委員長), by a word of the text (繰越金) and by a member read them,
an opinion citing several counted once, and those citing none found as such. Over made146's docx and a made-up town's
text of another shape (発言者, 会長/副会長, codes K-01 …), so nothing is one file's. Also: what a record is merged into,
as the prose of its own block says it (「…「多文化共生推進事業補助金」に再編・統合し」)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE146 = Path(__file__).resolve().parents[1] / "questions" / "made146" / "docs"
OPINIONS = "補助金等検討委員会意見書.docx"
SHEETS = "補助金等個別評価シート.pdf"

TOWN = """柊野町行財政改革推進会議 意見

３ 会議の意見

（１）図書館の開館時間は利用実態に合わせて見直されたい。
　対象事業：K-01　／　発言者：会長 山田 太郎
（２）地域バスと観光案内の連携により、来訪者の移動手段を確保されたい。
　対象事業：K-02、K-04　／　発言者：委員 佐藤 花子
（３）事業の成果を町民に分かりやすく公表されたい。
　対象事業：（全体）　／　発言者：副会長 鈴木 一郎
（４）健康づくり事業の参加者の固定化を解消されたい。
　対象事業：K-03　／　発言者：副会長 鈴木 一郎

以上
"""

MERGED = """柊野町 補助金評価シート

■ S-1 夏祭り補助金（商工課）
所見：地域の催事を一つにまとめるため、令和８年度から「地域イベント補助金」に統合する。
見直し区分：統合

■ S-2 花いっぱい運動補助金（環境課）
所見：参加団体は増えており、現行どおり継続とする。
見直し区分：継続
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("cited_line_opinions")
    for name in (OPINIONS, SHEETS):
        shutil.copy(MADE146 / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("cited_line_opinions_town")
    (folder / "推進会議意見.txt").write_text(TOWN, encoding="utf-8")
    (folder / "補助金評価シート.txt").write_text(MERGED, encoding="utf-8")
    return assistant_over(folder)


def _cited(answer) -> list[str]:
    return sorted({str(r.get("initiative") or "") for r in answer.rows})


@pytest.mark.parametrize("question,codes", [
    ("副委員長が意見で取り上げた補助金は？", ["H-203", "H-402"]),
    ("繰越金に触れている意見はどの補助金についてのもの？", ["H-101", "H-203", "H-301"]),
    ("早瀬委員の意見はどれ？", ["H-303", "H-304", "H-305"]),
])
def test_opinions_by_post_word_and_member(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert _cited(answer) == codes, (answer.status, answer.summary)


def test_opinion_citing_several_counted_once(assistant) -> None:
    answer = ask(assistant, "検討委員会の意見書には意見がいくつ載ってる？")
    assert answer.count == 10, answer.summary


def test_opinions_citing_none(assistant) -> None:
    answer = ask(assistant, "特定の補助金を挙げずに全般的に述べた意見は何件？")
    assert answer.count == 2, answer.summary


@pytest.mark.parametrize("question,codes", [
    ("副会長が意見で取り上げた事業は？", ["K-03"]),
    ("佐藤委員の意見はどれ？", ["K-02", "K-04"]),
])
def test_another_towns_opinions(town, question, codes) -> None:
    answer = ask(town, question)
    assert _cited(answer) == codes, (answer.status, answer.summary)


def test_another_towns_opinions_counted(town) -> None:
    answer = ask(town, "会議の意見は何件？")
    assert answer.count == 4, answer.summary


@pytest.mark.parametrize("fixture,question,into", [
    ("assistant", "国際交流協会補助金は何という補助金に統合されるの？", "多文化共生推進事業補助金"),
    ("town", "夏祭り補助金はどの補助金に統合される？", "地域イベント補助金"),
])
def test_merged_into_as_its_block_says(request, fixture, question, into) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.value == into, (answer.status, answer.summary)


def test_not_merged_is_not_answered_so(town) -> None:
    # (S-2 is continued: no sentence says into what; never a merge claimed)
    answer = ask(town, "花いっぱい運動補助金は何という補助金に統合される？")
    assert answer.value != "地域イベント補助金"
    assert "統合されます" not in answer.summary


def test_records_taken_up_at_least_twice(assistant) -> None:
    # (each opinion counted once per code it cites: 「H-203、H-402」 counts for both)
    answer = ask(assistant, "委員会の意見で２回以上取り上げられた補助金はどれ")
    assert _cited(answer) == ["H-101", "H-203", "H-402"], (answer.status, answer.summary)
