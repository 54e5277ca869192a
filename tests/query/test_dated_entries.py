"""A log of dated entries (「2025.6.10　【研修】…」 and a body line, between rules), beside another document:
entries counted by their tag and by a fiscal or calendar year, a figure, a 課 and a place read from one
entry, and a follow-up on the entry shown."""
from __future__ import annotations

import pytest

from assistant.kinds.generic.structure import dated_entry, item_start
from tests.conversation_helpers import ask, assistant_over

LOG = """━━━━━━━━━━━━━━━━━━━━
庁内だより さくらがわ　令和7年度の記録
発行：桜川町 総務課
━━━━━━━━━━━━━━━━━━━━

2025.4.15　【お知らせ】新しい窓口案内を始めました
　本庁舎1階で総合案内を始めました。

2025.6.10　【研修】接遇研修を開催
　町民ホールで接遇研修を開き、職員25名が参加しました。

2025.9.2　【表彰】業務改善コンテストの結果
　業務改善コンテストは、最優秀賞に税務課の「納付書の様式統一」が選ばれました。優秀賞は福祉課です。

2025.11.20　【研修】情報セキュリティ研修
　オンラインで情報セキュリティ研修を行い、47名が参加しました。

2026.2.5　【会議】第2回行政改革委員会
　役場別館の第1会議室で第2回の委員会が開かれました。

2026.3.18　【研修】管理職研修
　管理職12名を対象に研修を行いました。

━━━━━━━━━━━━━━━━━━━━
"""

PLAN = """桜川町 行政改革計画
1 窓口の改善
  所管課：住民課
2 研修体系の見直し
  所管課：総務課
"""


def test_a_dated_line_opens_an_entry():
    number, style, rest = item_start("2025.6.10　【研修】接遇研修を開催")
    assert (number, style) == ("2025.6.10", "date")
    assert dated_entry(number, rest) == ("接遇研修を開催", {"日付": "2025-06-10", "分類": "研修"})


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated_entries")
    (folder / "dayori.txt").write_text(LOG, encoding="utf-8")
    (folder / "keikaku.txt").write_text(PLAN, encoding="utf-8")
    return assistant_over(folder)


def test_entries_counted_by_tag_and_year(assistant):
    fiscal = ask(assistant, "庁内だよりさくらがわで、令和7年度に研修は何回開かれた？")
    assert fiscal.status == "exact" and fiscal.count == 3, (fiscal.summary, fiscal.unused)
    calendar = ask(assistant, "庁内だよりで2026年になってから載った記事は何件？")
    assert calendar.status == "exact" and calendar.count == 2, calendar.summary
    year = ask(assistant, "庁内だよりで2025年の研修は何回？")  # (a calendar year said: 2025.6.10 and 2025.11.20)
    assert year.count == 2, year.summary


def test_what_one_entry_writes(assistant):
    people = ask(assistant, "庁内だよりで情報セキュリティ研修には何人参加した？")
    assert people.value == 47 and people.status == "search", people.summary
    section = ask(assistant, "庁内だよりの業務改善コンテストで最優秀賞をとったのはどこの課？")
    assert section.value == "税務課", section.summary
    place = ask(assistant, "庁内だよりによると第2回の委員会はいつ開かれた？", "会場はどこ？")
    assert place.value == "役場別館の第1会議室", place.summary


def test_a_word_no_entry_says_is_said(assistant):
    answer = ask(assistant, "庁内だよりで防災訓練は何回開かれた？")
    assert answer.status != "exact" and "防災訓練" in answer.summary, answer.summary


def test_other_questions_are_left_alone(assistant):
    answer = ask(assistant, "行政改革計画で総務課が所管する取組は？")
    assert all("dayori" not in str(r.get("source", "")) for r in answer.rows), answer.summary


def test_entries_listed_and_a_figure_counted_in_one(assistant):
    listed = ask(assistant, "庁内だよりで2026年以降の記事は？")
    assert listed.status == "exact" and listed.count == 2 and listed.value is None, listed.summary
    # (「何件」 of what one entry writes is its figure, not how many entries say it)
    figure = ask(assistant, "庁内だよりで接遇研修には何人参加した？")
    assert figure.value == 25, figure.summary


def test_a_general_part_of_the_title_names_nothing(assistant):
    # (「年度の」 of 「令和7年度の記録」 said in another question names no log)
    answer = ask(assistant, "行政改革計画で令和7年度の研修の取組は何件？")
    assert answer.target != "item" or not answer.rows, answer.summary
