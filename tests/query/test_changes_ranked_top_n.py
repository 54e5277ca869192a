"""「令和4年度から5年度で利用者数の増え方が大きい施設、上位２つ」: the changes between two years' columns ranked, the
first N of them (not the one largest, not every row that grew). A made-up town's facilities, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "北条町 公共施設の利用者数", "（単位：人）",
    T.join(["番号", "施設名", "利用者数令和3年度", "利用者数令和4年度", "利用者数令和5年度"]),
    T.join(["01", "北条町民会館", "12,000", "12,500", "12,900"]),
    T.join(["02", "北条町立図書館", "30,000", "28,000", "33,500"]),
    T.join(["03", "北条町総合体育館", "21,000", "22,000", "21,400"]),
    T.join(["04", "北条温水プール", "8,000", "9,000", "11,200"]),
    T.join(["05", "北条町郷土資料館", "2,000", "2,100", "2,150"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("changes_ranked")
    (folder / "北条町_公共施設利用者数.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "令和4年度から令和5年度で利用者数の増え方が大きい施設、上位２つ",
    "令和4年度から令和5年度で利用者数の増加幅が大きい施設を上位2つ",
])
def test_largest_changes_ranked(assistant, question) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    # (図書館 +5,500, プール +2,200; 町民会館 +400 and 資料館 +50 grew too, 体育館 fell)
    assert [str(r.get("title")) for r in answer.rows] == ["北条町立図書館", "北条温水プール"], answer.summary
