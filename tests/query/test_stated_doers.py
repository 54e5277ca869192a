"""「意見を出したのは何人？」: the people who did a thing, as the document states them under a label of the thing and
the verb's noun (「意見提出者数　１２人（うち団体２）」), not a count of the opinions (records) or a search. Another
town's consultation results as plain text, beside a report of its briefings; no set's words or figures."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

RESULTS = """「楢葉台町地域福祉計画（素案）」に対する意見募集の結果

１　募集期間　令和６年１１月１日から令和６年１１月３０日まで
２　意見提出者数　１２人（うち団体２）
３　意見件数　３０件
４　意見の内容と町の考え方
（１）見守り活動の担い手を増やしてほしい。
（２）移動支援を充実させてほしい。
"""

BRIEFINGS = """地域福祉計画　住民説明会の報告

説明会参加者数　４５人
開催回数　３回
"""

OTHER_RESULTS = """「楢葉台町公共交通計画（案）」に対する意見募集の結果

意見提出者数：７人（意見件数１５件）
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stated_doers")
    (folder / "地域福祉計画素案への意見募集の結果.txt").write_text(RESULTS, encoding="utf-8")
    (folder / "住民説明会の報告.txt").write_text(BRIEFINGS, encoding="utf-8")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town_of_two_consultations(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stated_doers_two")
    (folder / "地域福祉計画素案への意見募集の結果.txt").write_text(RESULTS, encoding="utf-8")
    (folder / "公共交通計画案への意見募集の結果.txt").write_text(OTHER_RESULTS, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["意見を出したのは何人？", "意見を提出した人は何人いた？"])
def test_the_people_who_did_it_as_the_document_states_them(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and answer.value == 12 and "12人" in answer.summary, \
        (answer.status, answer.value, answer.summary)


def test_two_documents_stating_two_figures_are_no_answer_of_one(town_of_two_consultations) -> None:
    answer = ask(town_of_two_consultations, "意見を出したのは何人？")
    assert not (answer.status == "exact" and answer.value in (7, 12)), (answer.status, answer.value, answer.summary)


def test_the_document_named_by_its_title_words_says_which(town_of_two_consultations) -> None:
    answer = ask(town_of_two_consultations, "公共交通計画に意見を出したのは何人？")
    assert answer.status == "exact" and answer.value == 7, (answer.status, answer.value, answer.summary)
