"""A list of charges (one row each, its 判定 one of a few words) beside a summary table by those words (判定区分 │ 件数 │
amounts): a question naming no rows (「…より多いのは？」「…って判定されたのは」) asks for the list's rows; the summary
answers when its own word for its rows is said (「…少ない判定区分は？」). Another town's documents than made178's."""
from __future__ import annotations

import pytest

from assistant.query.grammar.phrasings import named
from tests.conversation_helpers import ask, assistant_over

LIST = """鷺ノ宮町 負担金等の見直し一覧（令和８年度）

番号,負担金等の名称,所管課,支出先,令和６年度負担額,令和７年度負担額,令和８年度予算額,判定
11,消防団協力負担金,総務課,鷺ノ宮町消防団,800,780,760,縮減
12,防犯灯維持負担金,総務課,各町内会,600,600,650,存続
21,子ども会育成負担金,こども課,鷺ノ宮町子ども会連合会,300,300,－,終了
22,図書ボランティア負担金,こども課,図書ボランティアの会,150,160,200,存続
31,商店街活性化負担金,商工観光課,鷺ノ宮商店街振興組合,1200,1100,900,縮減
32,花火大会負担金,商工観光課,花火大会実行委員会,2000,2100,2300,存続
41,河川清掃負担金,環境課,河川愛護会,90,90,－,終了
"""

SUMMARY = """鷺ノ宮町 負担金等の見直し結果の要旨

１ 見直しの結果
 対象とした負担金等は７件である。

------------------------------------------------------------
判定区分   件数   令和７年度負担額   令和８年度予算額
------------------------------------------------------------
存続         3         2,860              3,150
縮減         2         1,880              1,660
終了         2           390                  0
合計         7         5,130              4,810
------------------------------------------------------------
（単位：千円）
"""


@pytest.fixture(scope="module")
def saginomiya(tmp_path_factory):
    folder = tmp_path_factory.mktemp("saginomiya")
    (folder / "鷺ノ宮町_負担金等の見直し一覧（令和８年度）.txt").write_text(LIST, encoding="utf-8")
    (folder / "鷺ノ宮町_負担金等の見直し結果の要旨.txt").write_text(SUMMARY, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> set[str]:
    return {r.get("title") or r.get("name") or "" for r in answer.rows}


def test_columns_compared_with_no_rows_named_are_the_lists(saginomiya):
    answer = ask(saginomiya, "令和８年度予算が７年度の負担額より多いのは？")
    assert answer.status == "exact" and answer.count == 3, answer.summary
    assert all(n in answer.summary for n in ("防犯灯維持負担金", "図書ボランティア負担金", "花火大会負担金")), answer.summary


def test_value_judged_colloquially_is_the_lists_rows(saginomiya):
    answer = ask(saginomiya, "縮減って判定されたのはどれ")
    assert answer.status == "exact" and answer.count == 2, answer.summary
    assert "消防団協力負担金" in answer.summary and "商店街活性化負担金" in answer.summary, answer.summary
    count = ask(saginomiya, "存続って判定されたのは何件")
    assert count.status == "exact" and count.value == 3, count.summary


def test_summary_rows_when_called_by_its_word(saginomiya):
    answer = ask(saginomiya, "令和８年度予算額が令和７年度負担額より少ない判定区分は？")
    assert answer.status == "exact" and answer.count == 2, answer.summary
    assert all(str(r.get("source", "")).endswith("要旨.txt") for r in answer.rows), answer.rows


def test_colloquial_quotative_before_judging_is_to():
    p = named("quoted_judged_colloquial")
    assert p.apply("縮減って判定されたのは何件") == "縮減と判定されたのは何件"
    assert p.apply("これって評価は？") == "これって評価は？"  # (って as a topic, not before a verb of judging)
