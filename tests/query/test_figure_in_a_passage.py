"""A count asked of something a newsletter's passage prints under its label (「参加者 ： 19 名」), with no
record field holding it: the figure is read from the passages shown, and the answer stays a search (to
be checked there)."""
import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

# The repository's shipped corpus (the shared copy beside the checkout when the repository has none).
CORPUS = next((p for p in (Path(__file__).resolve().parents[2] / "corpus",
                           Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
               if any(p.glob("004*"))), Path(__file__).resolve().parents[2] / "corpus")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    newsletter = next((p for p in CORPUS.glob("004*") if p.is_file()), None)
    if newsletter is None:
        pytest.skip("the shared corpus's newsletter is not present")
    folder = tmp_path_factory.mktemp("figure")
    shutil.copy(newsletter, folder / newsletter.name)
    return assistant_over(folder)


def test_a_labelled_figure_of_the_passage_found_is_its_value(assistant):
    answer = ask(assistant, "ワーキングチーム研修の参加者は何人でしたか")
    assert answer.value == 19
    assert answer.status == "search"
    assert answer.summary.startswith("抜粋に「参加者は 19名」")


def test_a_label_the_passages_do_not_print_gives_no_value(assistant):
    answer = ask(assistant, "ワーキングチーム研修の講師は何人でしたか")
    assert answer.value is None


def test_a_figure_asked_with_a_verb_is_read_under_the_verbs_noun(assistant):
    # 「何名参加した」: the passage labels it 参加者
    answer = ask(assistant, "ワーキングチーム研修には何名参加した？")
    assert answer.value == 19 and answer.status == "search"


@pytest.mark.parametrize("question", ["ワーキングチーム研修って何人参加した？", "ワーキングチーム研修、参加したのは何人だった？"])
def test_a_figure_asked_of_an_event_is_read_under_the_verbs_noun(assistant, question):
    # 「研修って何人」: 研修 names the event, not the people counted; they are labelled 参加者
    answer = ask(assistant, question)
    assert answer.value == 19 and answer.status == "search"


def test_a_count_printed_in_brackets_after_its_label(assistant):
    # 「現在の関係各課（３８課）」 for 「関係各課っていくつ」
    answer = ask(assistant, "協働の関係各課って今いくつあるの？")
    assert answer.value == 38 and answer.status == "search"


def test_a_label_alone_asked_after_the_passage_was_found(assistant):
    answer = ask(assistant, "岡山市の協働研修って参加者何人だった？", "満足度は？")
    assert answer.value == 85 and answer.status == "search"


PROSE = """ひがしやま協働通信 第3号

講演会を開催しました

2027年5月20日、東山市民会館で「地域防災講演会」を開催し、自主防災組織の皆さん57人が参加しました。
講師は防災士の2名が務めました。

施設見学会を開催しました

浄水場の施設見学会には参加者30名(男性12名、女性18名)が集まりました。

募集のお知らせ

受付期間：2027年6月1日～6月30日
"""


@pytest.fixture(scope="module")
def prose(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figure_prose")
    (folder / "higashiyama_tsushin_3.txt").write_text(PROSE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["ひがしやま協働通信の講演会には何人参加した？", "協働通信の講演会の参加者は何人？"])
def test_a_figure_printed_before_the_verb_asked_is_its_value(prose, question):
    # 「57人が参加しました」: the figure right before 参加, the verb asked (or the verb of 参加者).
    answer = ask(prose, question)
    assert answer.value == 57
    assert answer.status == "search"
    assert answer.summary.startswith("抜粋に「57人が参加」")


def test_a_figure_not_before_the_verb_asked_gives_no_value(prose):
    # 講師の2名 is printed, but before no 出席: no figure is claimed.
    answer = ask(prose, "協働通信の講演会には何人出席した？")
    assert answer.value is None


def test_a_figure_of_a_breakdown_in_brackets(prose):
    # 「参加者30名(男性12名、女性18名)」: the label asked, a word of its own right before its figure
    answer = ask(prose, "ひがしやま協働通信の施設見学会、女性は何人参加？")
    assert answer.value == 18


def test_a_breakdown_read_from_the_shipped_program_sheet(tmp_path):
    sheet = next((p for p in CORPUS.glob("003*") if p.is_file()), None)
    if sheet is None:
        pytest.skip("the shared corpus's evaluation sheet is not present")
    shutil.copy(sheet, tmp_path / sheet.name)
    answer = ask(assistant_over(tmp_path), "婚活まんまるバスツアー、女性は何人参加？")
    assert answer.value == 17 and answer.status == "search"


def test_a_figure_asked_without_a_question_mark(assistant):
    # 「…の参加者は」: the label asked is what makes it a question
    assert ask(assistant, "ワーキングチーム研修の参加者は").value == 19
