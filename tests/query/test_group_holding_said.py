"""A made-up village's list of its 事業 by 担当課 (not made182's words): the largest group asked as what it holds,
「いちばん多くの事業を持ってる担当課は、何件持ってる？」, is 「多くの事業がある担当課」: the size of that group."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
LIST = "\n".join([
    "萌木村 行財政改革 事業一覧（令和５年度）",
    T.join(["事業番号", "事業名", "担当課", "区分"]),
    T.join(["1", "庁舎照明のLED化", "管財課", "継続"]),
    T.join(["2", "公用車の削減", "管財課", "継続"]),
    T.join(["3", "電子申請の拡大", "企画課", "拡充"]),
    T.join(["4", "遊休地の売却", "管財課", "新規"]),
    T.join(["5", "補助金の見直し", "財政課", "継続"]),
    T.join(["6", "窓口の一本化", "企画課", "新規"]),
    ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("group_holding")
    (folder / "萌木村_事業一覧.txt").write_text(LIST, encoding="utf-8")
    return assistant_over(folder)


def test_largest_group_said_as_what_it_holds(assistant):
    answer = ask(assistant, "いちばん多くの事業を持ってる担当課は、何件持ってる？")
    assert answer.status == "exact" and answer.value == 3, answer.summary
