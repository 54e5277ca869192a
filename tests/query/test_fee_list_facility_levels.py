"""A fee list of a row per 施設×室×区分 whose 施設番号 repeats down a facility's rows (made165's xlsx, made130's of
another village): 「全部の区分で値上がり」「…区分が一つもない」 are said of every row, or none, of a facility; 「10月からは
いくら」 over 現行 | 改定後 of a list its title dates 「10月１日改定」 asks the fee after; 「激変緩和の対象になった」 of a
column printing one mark is that mark. The PDF's second table right under a numbered heading is a table of its own.
Over real indexes of the made documents."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
MADE165 = QUESTIONS / "made165" / "docs"
MADE130_LIST = QUESTIONS / "made130" / "docs" / "R8改定_施設使用料一覧（案）.xlsx"


@pytest.fixture(scope="module")
def tsubaki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tsubaki")
    for f in MADE165.iterdir():
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def masanoya(tmp_path_factory):
    folder = tmp_path_factory.mktemp("masanoya")
    shutil.copy(MADE130_LIST, folder / MADE130_LIST.name)
    return assistant_over(folder)


def codes(answer) -> set[str]:
    return {str(r.get("number")) for r in answer.rows}


@pytest.mark.parametrize("turns, expected", [
    (("負担割合が50％の施設を教えて", "そのうち全部の区分で値上がりになる施設は？"), {"福-02", "集-05"}),
    (("改定率が20％以上の区分が一つもない施設はどこ？",), {"福-02", "集-03", "集-08"}),
])
def test_every_or_no_row_of_a_facility(tsubaki, turns, expected) -> None:
    answer = ask(tsubaki, *turns)
    assert answer.status == "exact", answer.summary
    assert codes(answer) == expected, answer.summary


@pytest.mark.parametrize("question, expected", [
    ("全部の区分で値上がりになる施設は？", {"S-01", "S-02", "S-03", "S-05", "S-06"}),
    ("改定率が20％以上の区分が一つもない施設はどこ？", {"S-04", "S-08"}),
])
def test_every_or_no_row_on_another_list(masanoya, question, expected) -> None:
    answer = ask(masanoya, question)
    assert codes(answer) == expected, answer.summary


def test_the_month_the_title_dates_asks_the_fee_after(tsubaki, masanoya) -> None:
    assert ask(tsubaki, "中央公民館の和室を午前に借りると、10月からはいくら？").value == 570
    assert ask(masanoya, "村民会館の大ホールを午前に借りると4月からはいくら？").value == 4200
    # (another month is no date the title gives: not read as the fee after)
    assert ask(tsubaki, "中央公民館の和室を午前に借りると、4月からはいくら？").value != 570


def test_the_mark_a_row_is_the_object_of(tsubaki) -> None:
    answer = ask(tsubaki, "激変緩和の対象になった区分が一番多い施設")
    assert answer.value == "南地区コミュニティセンター", answer.summary
    assert any(u["op"] == "filled" and u["field"] == "激変緩和" for u in answer.understood), answer.understood


def test_a_numbered_section_table_under_a_table_is_its_own(tsubaki) -> None:
    answer = ask(tsubaki, "集会施設なのに第３分類になっていない施設は？")
    assert codes(answer) == {"集-08"}, answer.summary
    assert ask(tsubaki, "分類一覧に載っている施設は全部でいくつ？").count == 14


@pytest.mark.parametrize("fixture, question, expected", [
    ("tsubaki", "施設ごとに改定率を平均して、高い順に上位３施設を並べて", ["体-01", "集-05", "体-04"]),
    ("masanoya", "施設ごとに改定率を平均して高い順に上位２施設", ["S-05", "S-01"]),
])
def test_groups_averaged_then_ranked(request, fixture, question, expected) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert [str(r["key"]).partition(":")[2] for r in answer.rows] == expected, answer.summary
    assert answer.status == "exact" and not answer.unused, (answer.status, answer.unused)


def test_a_thing_is_not_its_category(tsubaki) -> None:
    # 「施設ごとに」 over the txt's rows of 施設分類 (its 平均改定率 per category) is no reading of that table
    answer = ask(tsubaki, "施設ごとに改定率を平均して")
    assert "施設分類" not in answer.summary, answer.summary


@pytest.mark.parametrize("question, expected", [
    ("第３分類に入ってる施設を教えて", {"文-11", "集-03", "集-05"}),
    ("第２分類に属する施設は？", {"集-08", "福-02", "福-06"}),
])
def test_in_the_category_a_value_names(tsubaki, question, expected) -> None:
    answer = ask(tsubaki, question)
    assert answer.status == "exact" and codes(answer) == expected, answer.summary


@pytest.mark.parametrize("question, expected", [
    ("激変緩和が適用された室がある施設はどこ？", {"体-01", "体-04", "文-11", "集-05"}),
    ("夜間の改定率がマイナスになっている室がある施設", {"文-11", "福-06", "集-03"}),
])
def test_facilities_with_a_room_said_by_its_one_kanji_name(tsubaki, question, expected) -> None:
    answer = ask(tsubaki, question)
    assert answer.status == "exact" and codes(answer) == expected, answer.summary


@pytest.mark.parametrize("question, expected", [
    # (9 区分 rows marked, over 4 rooms)
    ("激変緩和が適用された室は何室？", 4),
    # (the two 集会室 of two facilities are two rooms)
    ("現行の午前料金が1,000円未満の室って何室ある？", 8),
])
def test_rooms_counted_within_their_facility(tsubaki, question, expected) -> None:
    answer = ask(tsubaki, question)
    assert answer.count == expected, answer.summary


def test_values_quantified_over_a_room_are_not_taken_row_by_row(tsubaki) -> None:
    # (each room's every 区分, then its facility: not read yet — never the facilities with any one such row)
    answer = ask(tsubaki, "午前・午後・夜間どれも改定率30％以上になる室を持ってる施設は？")
    assert answer.status != "exact" or codes(answer) == {"体-01", "体-04", "文-11", "集-05"}, answer.summary
