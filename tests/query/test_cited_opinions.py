"""Opinions ① … ⑥ under one section on 意見, each ending in the record it is on (「（取組(5)関連）」), as the made145
labour-management summary prints them (generic/opinion_cited.py): comments keyed by the cited number, their speaker
the section title's (「３ 組合側の主な意見」 → 組合), so 「組合から出た意見は何件」 counts them and 「組合側の意見が2つ以上
出た取組」 groups them by record (most_commented.py). And a table printing a measure's average per row and year
(平均取得日数) said without 平均, 「全庁平均の年休取得日数、令和６年度は何日？」: the figure, 何日 its count of days
(day_asked.py). A made edition of another town (職員団体, （項目３関係）, 平均受講日数) shows nothing is read off the first."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made145" / "docs"

_OTHER_OPINIONS = """若葉台町 窓口改善に関する意見交換の結果

１ 経過
令和７年度に２回の意見交換を行った。

２ 職員団体からの意見
職員団体から出された意見は次のとおりである。
① 窓口の混雑時に応援体制が組まれていない。（項目３関係）
② 電子申請の案内が分かりにくい。（項目１関係）
③ 応援職員の研修が不足している。（項目３関係）

３ 今後の対応
各課で対応を検討する。繁忙期の臨時窓口を現行の２か所から４か所に増やす。
"""

_OTHER_DAYS = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>研修の受講状況｜若葉台町</title></head><body>
<h1>研修の受講状況（令和６年度）</h1>
<table><caption>課別 研修平均受講日数</caption>
<thead><tr><th rowspan="2">課名</th><th colspan="2">令和５年度</th><th colspan="2">令和６年度</th></tr>
<tr><th>平均受講日数</th><th>目標（３日）</th><th>平均受講日数</th><th>目標（３日）</th></tr></thead>
<tbody>
<tr><td>総務課</td><td>2.5</td><td>未達成</td><td>3.2</td><td>達成</td></tr>
<tr><td>税務課</td><td>3.1</td><td>達成</td><td>2.8</td><td>未達成</td></tr>
<tr><td>町全体</td><td>2.8</td><td>未達成</td><td>3.0</td><td>達成</td></tr>
</tbody></table>
</body></html>
"""


def _assistant(tmp_path_factory, name: str, files: dict[str, bytes]) -> Assistant:
    folder = tmp_path_factory.mktemp(name)
    for file, data in files.items():
        (folder / file).write_bytes(data)
    index = tmp_path_factory.mktemp(name + "_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def banganuma(tmp_path_factory):
    files = [p for p in DOCS.iterdir() if p.suffix in (".docx", ".html")]
    return _assistant(tmp_path_factory, "made145", {p.name: p.read_bytes() for p in files})


@pytest.fixture(scope="module")
def wakabadai(tmp_path_factory):
    return _assistant(tmp_path_factory, "wakabadai", {"意見交換.txt": _OTHER_OPINIONS.encode(),
                                                      "研修.html": _OTHER_DAYS.encode()})


def _codes(answer) -> list[str]:
    return sorted({str(r["key"]).split(":", 1)[1].rsplit("-", 1)[0] for r in answer.to_dict()["rows"]})


def test_opinions_of_a_body_are_counted_by_its_name(banganuma) -> None:
    answer = ask(banganuma, "組合から出た主な意見は全部で何件？")
    assert answer.status == "exact" and answer.count == 6, answer.summary


def test_opinions_are_grouped_by_the_record_they_cite(banganuma) -> None:
    answer = ask(banganuma, "組合側の意見が2つ以上出た取組は？")
    assert answer.status == "exact" and _codes(answer) == ["(5)"], answer.summary
    answer = ask(banganuma, "端末不足を指摘した組合の意見はどの取組について？")
    assert _codes(answer) == ["(12)"], answer.summary


def test_a_word_no_speaker_is_is_not_taken_for_one(banganuma) -> None:
    # (「労働組合」 is not the section's 組合: no condition read off it, the answer says the word went unused)
    answer = ask(banganuma, "労働組合から出た意見は何件？")
    assert answer.status != "exact" or answer.count == 0, answer.summary


def test_average_column_said_without_its_average(banganuma) -> None:
    answer = ask(banganuma, "全庁平均の年休取得日数、令和６年度は何日？")
    assert answer.status == "exact" and answer.value == 12.2, answer.summary


def test_figure_a_count_was_changed_to(banganuma) -> None:
    # (「現行の３パターンから５パターンに拡大」: the figure after から…に, read from the passage, the answer a search)
    answer = ask(banganuma, "時差出勤のパターンは合意で何パターンに増やすことになった？")
    assert answer.status == "search" and answer.value == 5, answer.summary


def test_other_town(wakabadai) -> None:
    answer = ask(wakabadai, "臨時窓口は何か所に増やす？")
    assert answer.status == "search" and answer.value == 4, answer.summary
    answer = ask(wakabadai, "職員団体から出た意見は全部で何件？")
    assert answer.status == "exact" and answer.count == 3, answer.summary
    answer = ask(wakabadai, "職員団体の意見が2つ以上出た項目は？")
    assert answer.status == "exact" and _codes(answer) == ["3"], answer.summary
    answer = ask(wakabadai, "町全体の受講日数、令和６年度は何日？")
    assert answer.status == "exact" and answer.value == 3.0, answer.summary
