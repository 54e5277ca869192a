"""「協力隊制度ができたのはいつ？」「…っていつ始まった？」: when a thing came to be is the year said with its beginning
(「令和元年度に「地域活性化隊」として発足した」「令和元年度から受け入れています」), read first over a line that names the
thing beside another day (the day of a meeting that reviewed it). The answer stays a place to read (search).
Over a made 榊原村's report and page (made180 m180-046 over 椿ヶ瀬市's 職員提案制度)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.text.normalize import nfkc
from tests.conversation_helpers import ask, assistant_over

MINUTES = """令和６年度第１回榊原村地域づくり審議会 会議録

日時　令和６年５月２０日（月）午後１時３０分～午後３時
議題　（１）地域おこし協力隊制度の見直し　（２）移住相談窓口の運営

１　開会
２　議事
　事務局から、地域おこし協力隊の任期終了後の定住状況について説明があった。
"""

REPORT = """地域おこし協力隊制度の運用状況

令和７年２月
榊原村企画課

１　制度の沿革
　本村の地域おこし協力隊制度は、令和元年度に「地域活性化隊」として発足した。令和４年度からは、任期終了後の起業支援を加え、
現在は５名の隊員が活動している。

２　隊員数の推移
　隊員数は令和３年度の７名をピークに、令和６年度は５名となった。
"""


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("came_to_be")
    (folder / "地域づくり審議会_会議録.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "地域おこし協力隊制度の運用状況.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "地域おこし協力隊制度ができたのはいつ？",
    "地域おこし協力隊制度っていつ始まった？",
])
def test_the_year_said_with_its_beginning_is_read_first(village, question) -> None:
    answer = ask(village, question)
    assert answer.status in ("search", "partial") and answer.excerpts, (answer.status, answer.summary)
    first = nfkc(answer.excerpts[0]["text"])
    assert "令和元年度" in first and "令和元年度" in nfkc(answer.summary), (first, answer.summary)


def test_a_day_asked_of_a_meeting_still_reads_its_day(village) -> None:
    answer = ask(village, "協力隊の見直しを話し合った会議はいつ？")
    assert "令和６年５月２０日" in answer.summary or "令和6年5月20日" in nfkc(answer.summary), answer.summary
