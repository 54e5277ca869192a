"""「幹事会は何回やった？」→「そのうち書面は？」: a figure read from a passage (「幹事会 4回(うち2回書面
開催)」), then the part of it the same passage prints after うち. A field word inside a longer noun
(幹事 in 幹事会) is not that field."""
import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

CORPUS = next((p for p in (Path(__file__).resolve().parents[2] / "corpus",
                           Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
               if any(p.glob("003*"))), Path(__file__).resolve().parents[2] / "corpus")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("part")
    sheet = next((p for p in CORPUS.glob("003*") if p.is_file()), None)
    if sheet is None:
        pytest.skip("the shared corpus's evaluation sheet is not present")
    shutil.copy(sheet, tmp_path / sheet.name)
    joint = next((p for p in CORPUS.glob("000*") if p.is_file()), None)
    if joint is not None:  # (its 幹事 column must not take 幹事会)
        shutil.copy(joint, tmp_path / joint.name)
    return assistant_over(tmp_path)


def test_a_meeting_of_the_field_word_is_no_field(assistant):
    answer = ask(assistant, "東南部都市連絡調整会議の幹事会は何回やった？")
    assert answer.value == 4
    assert not answer.unused


def test_the_part_after_uchi_is_read_from_the_same_passage(assistant):
    answer = ask(assistant, "東南部都市連絡調整会議の幹事会は何回やった？", "そのうち書面は？")
    assert answer.value == 2
    assert answer.status == "search"
    assert "書面" in answer.summary and "2回" in answer.summary


def test_a_part_asked_later_than_the_next_turn_is_not_read_from_the_old_passage(assistant):
    answer = ask(assistant, "東南部都市連絡調整会議の幹事会は何回やった？", "東南部都市連絡調整会議の担当課は？",
                 "そのうち書面は？")
    assert answer.value != 2


def test_a_part_the_passage_does_not_print_is_not_made_up(assistant):
    answer = ask(assistant, "東南部都市連絡調整会議の幹事会は何回やった？", "そのうち対面は？")
    assert answer.value is None


def test_a_part_listed_under_the_figure_on_lines_of_its_own(tmp_path):
    # a label on a line of its own and its amount on the next (a table's cells), then the main parts listed
    (tmp_path / "koka.txt").write_text(
        "北浜町行財政改革プラン 総括\n\n2 財政効果額について\n財政効果額\n12億3千万円\n主な取組\n"
        "・ 旧庁舎用地の売却 8億円\n・ 窓口業務の包括委託 4億3千万円\n\n3 今後の課題\n人材の確保が課題である。\n",
        encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "北浜町の財政効果額は？")
    assert answer.value == "12億3千万円" and "12億3千万円" in answer.summary
    answer = assistant.ask("そのうち窓口業務の包括委託の分は？")
    assert answer.value == "4億3千万円" and answer.status == "search"
    answer = assistant.ask("うち旧庁舎用地の売却は")
    assert answer.value == "8億円"
