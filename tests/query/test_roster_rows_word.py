"""「委員のうち学識経験者は何人」 over a table captioned 「委員名簿」 whose 役職 column prints 委員長 | 委員: the value
said before のうち, heading the caption's list word (名簿, 一覧), names all the rows the list holds, not 役職が委員."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_REPORT = """梅ヶ枝町 行財政改革懇話会 報告書

１　開催の経過
本懇話会は令和８年度に３回開催した。

２　委員名簿
役職\t氏名\t区分\t所属等
会長\t大谷 一郎\t学識経験者\t梅ヶ枝大学教授
副会長\t木村 花子\t団体推薦\t町商工会
委員\t佐野 健\t学識経験者\t公認会計士
委員\t田島 由美\t公募\t公募委員
委員\t野口 誠\t団体推薦\t町社会福祉協議会

３　意見
各委員から意見を聴取した。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("umegae_roster")
    (folder / "umegae_kondankai.txt").write_text(_REPORT, encoding="utf-8")
    return assistant_over(folder)


def test_the_list_word_before_noucchi_names_all_rows(town):
    a = ask(town, "委員のうち学識経験者は何人？")
    assert a.count == 2, a.summary
    a = ask(town, "委員の中で団体推薦の人は何人？")
    assert a.count == 2, a.summary
