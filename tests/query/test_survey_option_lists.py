"""A survey printed as text (tests/questions/made148's staff survey and a made-up citizens' one here): each question
「問２　…選んでください。」 over 「回答者数：３１０人」 and its options 「1．窓口の待ち時間　……　41.3％」 becomes a
table of its own (選択肢 │ 割合), captioned by its question (assistant/formats/plain.choice_tables; the same header
under the next question starts a new table, not the page's continuation). 「一番多く選ばれたのは」 asks the option
of the largest share (its name the answer), 「一番多く選ばれた割合は」 the share itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.formats.plain import choice_tables
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

SURVEY = """\
椋ヶ原町　窓口サービスに関する町民アンケート結果

調査期間：令和６年１０月１日～１０月３１日

問１　この１年間に役場の窓口を利用しましたか。
　回答者数：３１０人
　　1．利用した　……　62.6％
　　2．利用していない　……　37.4％

問２　窓口で不便に感じたことをすべて選んでください。（複数回答）
　回答者数：１９４人
　　1．窓口の待ち時間　……　41.3％
　　2．駐車場の混雑　……　18.0％
　　3．書類の書き方が分かりにくい　……　35.7％
　　4．開庁時間が短い　……　29.9％

問３　今後、最も充実してほしい手続の方法を１つ選んでください。
　回答者数：３１０人
　　1．スマートフォンでの申請　……　47.1％
　　2．コンビニでの証明書交付　……　22.3％
　　3．窓口の延長開庁　……　30.6％
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey_options")
    (folder / "町民アンケート結果.txt").write_text(SURVEY, encoding="utf-8")
    index = tmp_path_factory.mktemp("survey_options_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_options_become_a_table_line_for_line() -> None:
    lines = choice_tables(SURVEY).split("\n")
    assert len(lines) == len(SURVEY.split("\n"))  # (the file's line numbers stay the provenance)
    assert lines[5] == "選択肢\t割合（％）" and lines[11] == "窓口の待ち時間\t41.3"


def test_a_numbered_list_without_respondents_is_left_as_is() -> None:
    text = "主な成果\n1．申請件数　……　12.5％\n2．利用率　……　30.0％\n"
    assert choice_tables(text) == text


def test_option_chosen_most_is_its_name(town) -> None:
    answer = ask(town, "窓口で不便に感じたこととして一番多く選ばれたのは？")
    assert answer.status == "exact" and answer.value == "窓口の待ち時間", answer.summary


def test_share_chosen_most_is_the_figure(town) -> None:
    answer = ask(town, "窓口で不便に感じたこととして一番多く選ばれた割合は？")
    assert answer.value == 41.3, answer.summary


def test_each_question_is_its_own_table(town) -> None:
    # (問３ prints the same header under its own question: its options are no rows of 問２)
    answer = ask(town, "充実してほしい手続の方法として最も多かった回答は？")
    assert answer.status == "exact" and answer.value == "スマートフォンでの申請", answer.summary
