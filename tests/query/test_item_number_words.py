"""「提言4の対応区分」: an item numbered with the document's own word (提言) asked by that word and its number."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PROPOSALS = (
    "青沢町行政改革懇談会 答申\n\n提言\n\n提言1　窓口を改めること\n\n【現状と課題】\n待ち時間が長い。\n"
    "【提言内容】\n予約制を入れること。\n関係課：町民課\n対応区分：対応済\n\n"
    "提言2　補助金を見直すこと\n\n【現状と課題】\n効果の検証がない。\n【提言内容】\n終期を設けること。\n"
    "関係課：企画課\n対応区分：未対応\n\n"
    "提言3　施設を減らすこと\n\n【現状と課題】\n老朽化している。\n【提言内容】\n集約すること。\n"
    "関係課：管財課\n対応区分：一部対応\n"
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("item_number_words")
    (folder / "青沢町行政改革懇談会_答申.txt").write_text(PROPOSALS, encoding="utf-8")
    return assistant_over(folder)


def test_the_proposal_by_its_number(assistant) -> None:
    answer = ask(assistant, "青沢町の答申の提言2、対応区分はどうなってる？")
    assert answer.status == "exact" and answer.value == "未対応", (answer.status, answer.value, answer.summary)
