"""Case studies under ■ title headings, each with 所在地・人口・取組年度 lines and then prose stating its figures
(a made-up collection of other municipalities' reforms as plain text)."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.case_studies import headed
from assistant.kinds.case_studies import loader as case_studies
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = """業務改善事例集
企画課 編

■電子決裁の全面導入
所在地：山形県川霧市
人口：約15万人
取組年度：2024年度
紙の決裁を電子決裁に切り替えた。決裁にかかる作業時間を年間約2,000時間削減した。

■窓口の予約制
所在地：新潟県湯野町
人口：約1万2千人
取組年度：2025年度
窓口を予約制にした。職員の作業時間も年間約600時間減った。

■文書管理の集約
所在地：山形県月見町
人口：約3万人
取組年度：2024年度
各課の文書庫を集約した。保管経費を年間約150万円圧縮した。
"""


def test_read():
    assert registry.detect(TEXT) is case_studies
    records = {r.code: r.fields for r in case_studies.parse(TEXT, "jirei.txt").records}
    assert records["1"]["places"] == ["山形県", "川霧市"] and records["1"]["title"] == "電子決裁の全面導入"
    assert records["2"]["population"] == 12000 and records["1"]["population"] == 150000
    assert records["3"]["start_year"] == "R6"
    assert headed.population("約1万8千人") == 18000 and headed.population("38,000人") == 38000


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("headed_cases")
    (folder / "jirei.txt").write_text(TEXT, encoding="utf-8")
    # (another document: a name only some documents' titles hold is what scopes a question to them)
    (folder / "oshirase.txt").write_text("庁内お知らせ 第3号\n\n窓口の受付時間が変わります。\n", encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("turns, expected", [
    (["業務改善事例集のうち人口10万人以上の自治体の事例は？"], ["1"]),
    (["業務改善事例集で人口が5万人未満の事例は？"], ["2", "3"]),
    (["業務改善事例集で2024年度に取り組んだ事例は？"], ["1", "3"]),
    (["業務改善事例集で2024年度に取り組んだ事例は？", "そのうち町のは？"], ["3"]),
])
def test_asked(assistant, turns, expected):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_who_did_it(assistant):
    assistant.reset()
    answer = assistant.ask("業務改善事例集で文書管理の集約をやったのはどこ？")
    assert answer.status == "exact" and answer.value == "月見町", answer.summary
    assistant.reset()
    most = assistant.ask("業務改善事例集で作業時間をいちばん減らしたのはどこの自治体？")
    assert most.status == "exact" and most.value == "川霧市", most.summary
