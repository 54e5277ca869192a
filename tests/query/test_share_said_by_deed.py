"""「町が50%以上負担している組合」「100%出資の法人」 over a column of the town's ratio (町負担割合（％）, 町出資比率):
the share said before the deed it is of (負担, 出資) compares the deed's ratio column with the figure, instead of
the figure and the deed being left unread. A made-up town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "北浦町 一部事務組合等への負担の状況", "",
    T.join(["番号", "組合名", "町負担割合（％）", "負担額（千円）"]),
    T.join(["1", "北浦地区衛生組合", "62.5", "48,300"]),
    T.join(["2", "北浦消防組合", "50.0", "120,400"]),
    T.join(["3", "湾岸広域斎場組合", "18.0", "9,800"]),
    T.join(["4", "北浦町外二町水道企業団", "100.0", "33,000"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("share_said_by_deed")
    (folder / "北浦町_一部事務組合負担.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question,names", [
    ("町が50%以上負担している組合は？", ["北浦地区衛生組合", "北浦消防組合", "北浦町外二町水道企業団"]),
    ("町が100%負担してる組合", ["北浦町外二町水道企業団"]),
])
def test_share_said_before_the_deed(assistant, question, names) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert sorted(str(r.get("title")) for r in answer.rows) == sorted(names), answer.summary
