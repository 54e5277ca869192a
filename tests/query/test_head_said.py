"""What a place's head said in minutes printing each turn after a surname run into the office (made88's 協議会会議録:
「○門脇楡ノ台村長　本村は既存の村営バス路線との調整が必要なため…」): the head's turn sharing most of the question's
words, the words of the turns around it breaking a tie, the question before read for a follow-up (head_said.py);
shown as a search, never claimed as a value."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made88" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("head_said")
    for name in ("01_広域連携事業一覧.xlsx", "03_令和6年度協議会会議録.docx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


@pytest.mark.parametrize("turns,said", [
    # two of the head's turns say 参加: the one among turns on the thing asked (境界越え運行)
    (("デマンド交通の境界越え運行に楡ノ台村が当面参加しない理由について、村長は何と言っていましたか。",), "村営バス"),
    (("杣ノ木町が移住定住の共同窓口に参加しない理由は？",), "移住支援センター"),
    # a follow-up: the words of the question before say which turn
    (("ごみ処理の広域化の話が出たのは何回目の協議会？", "そのとき鶫原町長は何て言ってた？"), "28年"),
])
def test_turn_of_the_head(assistant, turns, said) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "search" and answer.value is None and said in answer.summary, answer.summary


def test_no_turn_shares_a_word(assistant) -> None:
    # nothing of the question in any turn of the head: no turn chosen
    answer = ask(assistant, "楡ノ台村長は宇宙開発について何と言っていた？")
    assert "門脇楡ノ台村長の発言" not in answer.summary, answer.summary
