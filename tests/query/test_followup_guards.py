"""Follow-ups that cannot be answered with confidence: 「その中で…」 after a turn that found nothing is
answered over the whole table and says so; 「どこに…」 answered with a bare count cell says so."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

TRAININGS = "\n".join([
    "青沢町 令和6年度 職員研修実績", "",
    "■新人研修", "区分：階層別（集合）", "受講者数：12人", "満足度：90.5%", "",
    "■文書研修", "区分：実務（オンライン）", "受講者数：30人", "満足度：80.0%", "",
    "■防災研修", "区分：特別（集合）", "受講者数：50人", "満足度：70.0%", ""])

SUMMARY = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>青沢町 施設再編計画</title></head>
<body><h1>青沢町 施設再編計画</h1><h2>方針別の施設数</h2>
<table><tr><th>地区</th><th>存続</th><th>集約</th><th>計</th></tr>
<tr><td>北地区</td><td>1</td><td>1</td><td>2</td></tr><tr><td>南地区</td><td>2</td><td>0</td><td>2</td></tr></table>
</body></html>"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("followup_guards")
    (folder / "青沢町_職員研修実績.txt").write_text(TRAININGS, encoding="utf-8")
    (folder / "青沢町_施設再編計画.html").write_text(SUMMARY, encoding="utf-8")
    return assistant_over(folder)


def test_narrowing_nothing_is_no_exact_answer(assistant) -> None:
    answer = ask(assistant, "青沢町の研修で出張形式だったのはどれ？", "その中で満足度がいちばん高かったのは？")
    assert answer.status != "exact", (answer.status, answer.summary)


def test_a_count_is_no_place(assistant) -> None:
    answer = ask(assistant, "青沢町の再編計画で、北地区の施設は？", "そのうち集約されるのは？", "どこに集約されるの？")
    assert answer.status != "exact", (answer.status, answer.summary)
