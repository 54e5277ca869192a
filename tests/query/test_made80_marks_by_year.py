"""made80's plan report (柞ノ浦市, a PDF of one long table over three pages: codes Ⅰ-1-①, ◎○△×－ by fiscal year under a
legend, 担当部 and 担当課 apart, a 完了 column of a year (西暦 or 和暦) or 継続, 基本方針 rows over 重点項目 rows) and its
committee's 答申 (a Word letter: 「■ 重点項目Ⅰ-1」 blocks with 「委員会評価：十分」 and 【委員の意見】 bullets), asked as
users say it. Nothing here is of this city: the layouts are read by their shape."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made80" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("marks_by_year")
    for name in ("01_第４次柞ノ浦市行財政改革実施計画_進捗報告書.pdf", "03_行財政改革推進委員会答申.docx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_items_read_with_their_columns(assistant):
    rows = {r["code"]: r for r in assistant.db.query("SELECT * FROM practice")}
    assert len(rows) == 34
    item = rows["I-2-3"]
    # (完了 printed 「令和8年度」: that fiscal year; 担当部 apart from 担当課; the 基本方針 row above its 重点項目 rows)
    assert (item["ended"], item["state"], item["bureau"], item["initiative"]) == ("R8", "完了", "市民生活部", "I-2")
    assert item["policy"] == "基本方針I 市民サービスの向上"
    assert rows["III-3-2"]["initiative"] == "III-3"  # (page 3 goes on under the group of page 2)
    assert rows["III-2-4"]["started"] == "R8"  # (「－」 before it was added)


@pytest.mark.parametrize("question, codes", [
    ("FY2025の達成状況が×だった実施項目は？", ["I-1-4", "II-2-2", "II-3-4", "III-2-3"]),
    ("重点項目Ⅱ-3にぶら下がる実施項目は？", ["II-3-1", "II-3-2", "II-3-3", "II-3-4"]),
    ("2026年度から2027年度にかけて達成状況が悪くなった実施項目", ["I-1-2", "I-3-1", "II-3-2", "II-3-3", "III-3-1", "III-3-3"]),
    ("計画期間中に完了した実施項目のうち、△や×が一度もなかったのはどれ？",
     ["I-2-2", "I-2-3", "II-2-3", "II-2-4", "III-1-1", "III-1-4", "III-3-2"]),
    ("企画部が担当する実施項目で、継続となっているもの以外を教えて", ["II-2-3"]),
    ("市民生活部の実施項目で、×がついた年度が一度でもあるものは？", ["I-1-4", "I-3-2"]),
])
def test_marks_by_year(assistant, question, codes):
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == codes, answer.summary


def test_policy_in_roman_numerals(assistant):
    answer = ask(assistant, "基本方針Ⅰの実施項目のうち、計画期間中に完了したものは何件？")
    assert answer.status == "exact" and answer.count == 4, (answer.summary, answer.unused)


def test_committee_letter_joins_the_groups(assistant):
    answer = ask(assistant, "答申で委員会評価が不十分だった重点項目の意見を見せてください")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted({str(r["initiative"]) for r in answer.rows}) == ["I-3", "II-3"]
    narrowed = ask(assistant, "答申で委員会評価が不十分だった重点項目の意見を見せてください", "その中で数値目標に触れているものは？")
    assert narrowed.status == "exact" and [str(r["initiative"]) for r in narrowed.rows] == ["I-3"], narrowed.summary
    first = ask(assistant, "委員会評価が概ね十分だった重点項目はどれ？")
    assert _codes(first) == ["II-1", "II-2", "III-1", "III-2"], first.summary
    held = ask(assistant, "委員会評価が概ね十分だった重点項目はどれ？", "そのうち、2028年度に◎の実施項目があるのは？")
    assert held.status == "exact" and _codes(held) == ["II-1", "III-1"], held.summary
