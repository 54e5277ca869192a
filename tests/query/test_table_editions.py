"""Two editions of one town's progress report (令和6年度版 and 令和7年度版) held together, as offices keep
them: the same items, a year apart. A question naming no edition is answered from the latest, said so;
one naming the earlier edition's year is answered from it; items only one edition lists are counted once."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HEADER = "番号\t取組名\t担当課\t進捗"
EDITIONS = {
    "kohoku_r6.txt": ("港北町行政改革 取組状況報告書（令和6年度）", [
        "1\t公用車の削減\t総務課\t順調", "2\t電子決裁の導入\t総務課\t遅れ",
        "3\t下水道使用料の改定\t上下水道課\t遅れ", "4\t保育所の統合\t子ども課\t順調"]),
    "kohoku_r7.txt": ("港北町行政改革 取組状況報告書（令和7年度）", [
        "1\t公用車の削減\t総務課\t完了", "2\t電子決裁の導入\t総務課\t順調",
        "3\t下水道使用料の改定\t上下水道課\t遅れ", "4\t保育所の統合\t子ども課\t遅れ",
        "5\t窓口のキャッシュレス化\t会計課\t順調"]),
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("editions")
    for name, (title, rows) in EDITIONS.items():
        (folder / name).write_text("\n".join([title, "", HEADER, *rows, ""]), encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(index))


def titles(answer) -> list[str]:
    return sorted(str(r.get("title")) for r in answer.rows)


def test_no_edition_named_is_answered_from_the_latest(assistant):
    assistant.reset()
    answer = assistant.ask("港北町で進捗が遅れの取組は？")
    assert answer.status == "exact", answer.summary
    assert titles(answer) == ["下水道使用料の改定", "保育所の統合"]
    assert any("以前の版" in n and "令和6年度" in n for n in answer.notes), answer.notes


def test_the_earlier_editions_year_is_answered_from_it(assistant):
    assistant.reset()
    answer = assistant.ask("港北町の令和6年度の報告書で進捗が遅れの取組は？")
    assert titles(answer) == ["下水道使用料の改定", "電子決裁の導入"], answer.summary
    assert answer.status in ("exact", "partial")


def test_the_latest_said_is_the_latest_edition(assistant):
    assistant.reset()
    answer = assistant.ask("港北町の最新の報告書で順調の取組は？")
    assert answer.status == "exact", answer.summary
    assert titles(answer) == ["窓口のキャッシュレス化", "電子決裁の導入"]


def test_an_item_of_one_edition_is_counted_once(assistant):
    assistant.reset()
    answer = assistant.ask("港北町で会計課の取組は何件？")
    assert answer.value == 1, answer.summary


@pytest.mark.parametrize("question", ["港北町で新たに追加された取組は？", "港北町の令和7年度の報告書で新しく加わった取組"])
def test_rows_new_in_the_later_edition(assistant, question):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert titles(answer) == ["窓口のキャッシュレス化"]
