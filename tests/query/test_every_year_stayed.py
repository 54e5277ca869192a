"""「3年間ずっと△のまま」 over a table with a mark per year column: every year's mark is △, and 「のまま」
(the mark stayed) is part of saying so, not a word left unread."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "南条町 情報化推進計画 取組別の達成状況", "（◎達成 ○概ね順調 △遅れ ×未着手）",
    T.join(["番号", "取組名", "担当課", "達成状況 令和5年度", "達成状況 令和6年度", "達成状況 令和7年度"]),
    T.join(["1", "電子申請の拡大", "情報政策課", "△", "△", "△"]),
    T.join(["2", "窓口のキャッシュレス化", "市民課", "△", "○", "◎"]),
    T.join(["3", "会議のペーパーレス化", "総務課", "△", "△", "△"]),
    T.join(["4", "公共施設予約のオンライン化", "生涯学習課", "○", "△", "△"]), ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stayed")
    (folder / "南条町_取組別達成状況.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["3年間ずっと△（遅れ）のままの取組は？", "ずっと△のままの取組は？"])
def test_a_mark_that_stayed_every_year(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and not answer.unused, (answer.status, answer.unused, answer.summary)
    assert answer.count == 2 and "電子申請の拡大" in answer.summary and "会議のペーパーレス化" in answer.summary, answer.summary
