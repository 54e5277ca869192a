"""Blocks whose 【主な意見】 is a list of ・ bullets (a 事業仕分け 議事概要): every bullet is the block's field, so
「受益者負担に触れた意見」 finds a word in any bullet and 「主な意見が４つ」 counts them; a vote table whose note says
「「－」は０票を示す」 compares 「－」 as 0 votes. Over real indexes of made136's documents, and a made text edition
of another city's blocks (other labels, other words) to show nothing is fitted to the one PDF."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made136" / "docs"
PDF = "事業仕分け議事概要（令和７年８月）.pdf"
XLSX = "R7事業仕分け結果一覧.xlsx"

OTHER = """\
鴫野町 外部評価 会議録要旨

２－０１　図書館運営事業（生涯学習課）
【評価の視点】開館時間が利用実態に合っているか。
【委員の主な発言】
・夜間開館の利用は少なく、時間を見直すべき。
・電子書籍の貸出を広げるべき。
【まとめ】見直し
２－０２　除雪対策事業（建設課）
【評価の視点】委託先の確保ができているか。
【委員の主な発言】
・担い手の高齢化が進み、委託先の確保が難しい。
・近隣町との共同発注を検討すべき。
・除雪機の貸与で地域の自主除雪を支えるべき。
【まとめ】現行通り
２－０３　温水プール管理事業（スポーツ課）
【評価の視点】利用料の水準は適正か。
【委員の主な発言】
・受益者負担の水準を見直すべき。
・民間施設との役割分担を整理すべき。
【まとめ】見直し
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bullets")
    shutil.copy(DOCS / PDF, folder / PDF)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other_bullets")
    (folder / "shigino_gaibu_hyoka.txt").write_text(OTHER, encoding="utf-8")
    return assistant_over(folder)


def numbers(answer) -> set[str]:
    return {str(r.get("number")) for r in answer.rows}


@pytest.mark.parametrize("question, expected", [
    ("受益者負担に触れた意見が出た事業は？", {"1-04", "1-08", "2-02", "2-06"}),
    ("成果指標について意見が出た事業は？", {"1-07", "2-01", "2-03", "2-05"}),
])
def test_a_word_in_any_bullet_of_the_opinions(minutes, question, expected) -> None:
    answer = ask(minutes, question)
    assert answer.status == "exact" and numbers(answer) == expected, (answer.status, answer.summary)
    assert not any(u["field"] == "論点" for u in answer.understood), answer.understood


@pytest.mark.parametrize("question, expected", [
    ("主な意見が４つ載っている事業は？", {"1-08", "2-06"}),
    ("仕分け人の主な意見が3つの事業は何件？", None),
])
def test_the_bullets_of_a_block_counted(minutes, question, expected) -> None:
    answer = ask(minutes, question)
    if expected is None:
        assert answer.count == 14, (answer.status, answer.summary)
    else:
        assert answer.status == "exact" and numbers(answer) == expected, (answer.status, answer.summary)


def test_the_bullets_of_another_citys_blocks(other) -> None:
    answer = ask(other, "委員の主な発言が３つある事業は？")
    assert numbers(answer) == {"2-02"} or {r.get("title") for r in answer.rows} == {"除雪対策事業(建設課)"}, \
        (answer.status, answer.summary, answer.rows[:3])
    found = ask(other, "主な発言で受益者負担に触れた事業")
    assert len(found.rows) == 1 and "温水プール" in str(found.rows[0].get("title")), (found.status, found.summary)


@pytest.fixture(scope="module")
def votes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("votes")
    shutil.copy(DOCS / XLSX, folder / XLSX)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def votes_no_note(tmp_path_factory):
    folder = tmp_path_factory.mktemp("votes_no_note")
    book = openpyxl.load_workbook(DOCS / XLSX)
    sheet = book.active
    changed = 0
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "「－」は０票を示す。" in cell.value:
                cell.value = cell.value.replace("「－」は０票を示す。", "")
                changed += 1
    assert changed == 1
    book.save(folder / XLSX)
    return assistant_over(folder)


def test_two_vote_columns_compared_with_the_dash_as_zero_votes(votes) -> None:
    answer = ask(votes, "不要の票数が市・現行通りの票数より多かった事業")
    assert answer.status == "exact", answer.summary
    assert numbers(answer) == {"1-01", "1-03", "1-08", "2-03", "2-07"}, answer.summary


def test_a_dash_no_note_defines_is_no_vote_count(votes_no_note) -> None:
    answer = ask(votes_no_note, "不要の票数が市・現行通りの票数より多かった事業")
    assert numbers(answer) == {"1-01", "2-03"}, answer.summary


@pytest.mark.parametrize("question, expected", [
    ("拡充に１票でも入った事業", {"1-04", "2-01", "2-05", "2-06", "2-08"}),
    ("不要に票が入った事業は？", {"1-01", "1-03", "1-07", "1-08", "2-03", "2-07"}),
])
def test_a_vote_put_into_a_category_printing_dashes_for_none(votes, question, expected) -> None:
    answer = ask(votes, question)
    assert answer.status == "exact" and numbers(answer) == expected, (answer.status, answer.summary)


def test_the_largest_vote_of_a_row_with_dashes_for_none(votes) -> None:
    answer = ask(votes, "最多の判定でも３票どまりだった事業は？")
    assert answer.status == "exact", answer.summary
    assert numbers(answer) == {"1-01", "1-03", "1-04", "1-07", "2-01", "2-02", "2-03", "2-08"}, answer.summary
