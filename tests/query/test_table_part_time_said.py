"""「パート」「フル」 said for the cells パートタイム, フルタイム. A made-up town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "西谷町 臨時職員の配置状況", "（単位：人）",
    T.join(["職種", "任用形態", "令和5年度", "令和6年度"]),
    T.join(["保育士", "フルタイム", "10", "12"]), T.join(["保育士", "パートタイム", "20", "21"]),
    T.join(["事務補助", "パートタイム", "30", "28"]), T.join(["調理員", "フルタイム", "4", "5"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("part_time")
    (folder / "西谷町_臨時職員.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_part_and_full_said_short(assistant) -> None:
    answer = ask(assistant, "西谷町の臨時職員、令和6年度の保育士はフルとパートあわせて何人？")
    assert (answer.status, answer.value) == ("exact", 33), answer.summary
