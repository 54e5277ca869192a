"""「令和4年度の目標別の達成状況」 over a report's table 「２ 目標別の達成状況」 (目標 1 … 4 │ 名称 │ 令和3年度 │ 令和4年度 │
令和5年度, grades): its caption said whole names it, and 「目標別の」 of its own numbering column lists each row's
grade of the year, no count of rows by number; then 「その中でＡだったのは？」 is the grade of the year just shown, not
the latest year's. Over a made-up town (萩野台町) of other years, words and grades."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_TEXT = """萩野台町行政経営プラン　進行管理報告

　　　　　　　　　　　　　　　　　　　　　　　　　令和６年６月
　　　　　　　　　　　　　　　　　　　　　　　　　萩野台町総務課

１　進行管理の方法
　　毎年度、各課の自己評価をもとに行政経営推進本部が目標ごとの達成状況を判定した。

２　目標別の達成状況
　　目標ごとの達成状況（Ａ：達成、Ｂ：概ね達成、Ｃ：未達成）は次のとおりである。

　　目標  名称                          令和3年度  令和4年度  令和5年度
　　１    窓口サービスの向上            A          B          A
　　２    財政基盤の強化                B          A          B
　　３    職員の能力開発                C          B          A
　　４    公共施設の最適化              B          A          C

３　今後の進め方
　　次期プランの策定に向け、令和６年度中に町民アンケートを実施する。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_grades_listed")
    (folder / "行政経営プラン進行管理報告.txt").write_text(_TEXT, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key")).split(":", 1)[1] for r in answer.to_dict()["rows"])


def test_each_rows_grade_of_the_year_listed(town) -> None:
    # (was a count of the rows by their number, 「目標ごとに数えると」, the year left unread)
    answer = ask(town, "令和4年度の目標別の達成状況")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["1", "2", "3", "4"], answer.summary
    assert "令和4年度" in answer.summary and "数える" not in answer.summary, answer.summary


def test_grade_said_after_is_of_the_year_shown(town) -> None:
    # (was the latest year's, 令和5年度: 1 and 3)
    answer = ask(town, "令和4年度の目標別の達成状況", "その中でAだったのは？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["2", "4"], answer.summary

