"""A count asked of something a newsletter's passage prints under its label (「参加者 ： 19 名」), with no
record field holding it: the figure is read from the passages shown, and the answer stays a search (to
be checked there)."""
import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


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
