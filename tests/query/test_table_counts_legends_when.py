"""Other cities' tables asked as staff ask them: the votes of one category under a heading of counts
(「見直しは何票入った」「廃止の票が1票も入らなかった」「継続の票がいちばん多かった」, the category alone
still the verdict column's value), status words read through the document's legend (「導入済み」 for 済,
「まだ導入されていない」 for not 済, 「導入時期が決まっていない」 for 検討中, 「令和8年度に導入予定」),
「いつ導入される予定」 asking the one column of years, a follow-up 「年間取扱件数は？」 asking that column's
value (not a count), and label blocks with an acronym label (KPI：) and a label of two words (課題・対応：)
under a 【凡例】 block that is no item."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

VOTES = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和6年度 楢葉市 外部評価 判定結果</title></head><body>
<h1>令和6年度 楢葉市 外部評価 判定結果</h1>
<p>評価委員5人がそれぞれ判定し、最も多い判定を評価結果としました。</p>
<table border="1">
<tr><th rowspan="2">番号</th><th rowspan="2">事業名</th><th rowspan="2">担当課</th><th colspan="4">委員の判定（票数）</th><th rowspan="2">評価結果</th></tr>
<tr><th>廃止</th><th>縮小</th><th>見直し（市）</th><th>継続</th></tr>
<tr><td>1</td><td>花壇整備事業</td><td>公園課</td><td>3</td><td>1</td><td>1</td><td>0</td><td>廃止</td></tr>
<tr><td>2</td><td>市民マラソン開催事業</td><td>スポーツ課</td><td>0</td><td>1</td><td>3</td><td>1</td><td>見直し（市）</td></tr>
<tr><td>3</td><td>広報紙配布事業</td><td>広報課</td><td>0</td><td>0</td><td>1</td><td>4</td><td>継続</td></tr>
<tr><td>4</td><td>記念品贈呈事業</td><td>福祉課</td><td>4</td><td>0</td><td>1</td><td>0</td><td>廃止</td></tr>
<tr><td>5</td><td>防犯灯設置補助事業</td><td>防災課</td><td>0</td><td>2</td><td>0</td><td>3</td><td>継続</td></tr>
</table>
</body></html>
"""

WINDOWS = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>窓口キャッシュレス決済の導入状況</title></head><body>
<h1>窓口キャッシュレス決済の導入状況（令和7年4月1日現在）</h1>
<p>担当：楢葉市 会計課</p>
<h2>状況の区分</h2>
<ul><li>済：導入済み（「導入年度」は導入した年度）</li><li>予定：導入を予定</li><li>検討中：導入時期未定</li></ul>
<table border="1">
<tr><th>No.</th><th>窓口</th><th>担当課</th><th>年間取扱件数</th><th>状況</th><th>導入年度</th></tr>
<tr><td>1</td><td>住民票等の交付窓口</td><td>市民課</td><td>32,400</td><td>済</td><td>令和5年度</td></tr>
<tr><td>2</td><td>税証明の交付窓口</td><td>税務課</td><td>12,800</td><td>予定</td><td>令和8年度</td></tr>
<tr><td>3</td><td>ごみ処理券の販売窓口</td><td>環境課</td><td>8,100</td><td>済</td><td>令和6年度</td></tr>
<tr><td>4</td><td>施設使用料の収納窓口</td><td>生涯学習課</td><td>5,600</td><td>検討中</td><td>－</td></tr>
<tr><td>5</td><td>駐輪場定期券の販売窓口</td><td>道路課</td><td>2,300</td><td>予定</td><td>令和7年度</td></tr>
</table>
</body></html>
"""

BLOCKS = """楢葉市 民間活力導入検討状況（令和7年3月末時点）

【凡例】
　事業費：設計・建設・運営の合計額（単位：百万円）
　KPI：従来方式と比べた削減率
　段階：簡易検討 → 詳細調査中 → 詳細調査完了

◇運動公園再整備事業
　担当課　　　：スポーツ課
　事業費　　　：2,400百万円
　KPI　　　　：6.2％
　段階　　　　：詳細調査完了
　課題・対応　：事業者の意向確認を継続

◇学校給食センター更新事業
　担当課　　　：学校給食課
　事業費　　　：3,100百万円
　KPI　　　　：8.9％
　段階　　　　：詳細調査中
　課題・対応　：令和7年度中に方針決定

◇駅前駐車場運営事業
　担当課　　　：道路課
　事業費　　　：300百万円
　KPI　　　　：－（対象外）
　段階　　　　：簡易検討
　課題・対応　：指定管理へ移行
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("counts_legends")
    (folder / "naraha_votes.html").write_text(VOTES, encoding="utf-8")
    (folder / "naraha_windows.html").write_text(WINDOWS, encoding="utf-8")
    (folder / "naraha_ppp.txt").write_text(BLOCKS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _titles(answer) -> list[str]:
    return sorted(r["title"] for r in answer.rows)


def test_one_categorys_votes_of_a_row(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の外部評価で、市民マラソン開催事業に「見直し」は何票入った？")
    assert answer.value == 3 and answer.status == "exact"
    assert "3票" in answer.summary  # (the count's unit is its counter, not 票数)


def test_not_even_one_vote(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の外部評価で「廃止」の票が1票も入らなかった事業は何件？")
    assert answer.count == 3 and answer.status == "exact"
    assert _titles(answer) == ["市民マラソン開催事業", "広報紙配布事業", "防犯灯設置補助事業"]


def test_the_most_votes_of_a_category_said_in_the_past(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の外部評価で継続の票がいちばん多かった事業は？")
    assert answer.value == "広報紙配布事業" and answer.status == "exact"


def test_votes_with_a_bound(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の外部評価で縮小が2票以上の事業は？")
    assert _titles(answer) == ["防犯灯設置補助事業"] and answer.status == "exact"


def test_any_vote_of_a_category(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の外部評価で、縮小の票が入った事業はいくつ？")
    assert answer.count == 3 and answer.status == "exact"


def test_the_category_alone_is_still_the_verdicts_value(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の外部評価で評価結果が廃止の事業は何件？")
    assert answer.count == 2 and answer.status == "exact"


def test_a_legends_meaning_names_its_value(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市のキャッシュレス決済で導入済みの窓口は何件？")
    assert answer.count == 2 and answer.status == "exact"


def test_a_legends_meaning_negated(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市のキャッシュレス決済で、まだ導入されていない窓口の年間取扱件数の合計は？")
    assert answer.value == 20700 and answer.status == "exact"
    assert any("導入され" in c["label"] for c in answer.understood)  # (as the question spells it)


def test_undecided_said_for_a_legends_mitei(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市のキャッシュレス決済で導入時期が決まっていない窓口は？")
    assert _titles(answer) == ["施設使用料の収納窓口"] and answer.status == "exact"


def test_a_year_of_a_planned_status_is_its_years_column(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市で令和8年度に導入予定の窓口は？")
    assert _titles(answer) == ["税証明の交付窓口"] and answer.status == "exact"


def test_when_asks_the_one_column_of_years(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の税証明の交付窓口はいつ導入される予定ですか")
    assert answer.value == "令和8年度" and answer.status == "exact"


def test_a_follow_up_naming_a_count_column_asks_its_value(assistant):
    assistant.reset()
    assistant.ask("楢葉市の住民票等の交付窓口について")
    answer = assistant.ask("年間取扱件数は？")
    assert answer.value == 32400 and answer.status == "exact"


def test_an_acronym_label_is_a_field_and_a_legend_block_no_item(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の民間活力導入検討で、KPIがいちばん大きい事業は？")
    assert answer.value == "学校給食センター更新事業" and answer.status == "exact"
    assistant.reset()
    answer = assistant.ask("楢葉市の民間活力導入検討の事業は何件？")
    assert answer.count == 3  # (the 【凡例】 block's labels are no fourth item)


def test_a_label_of_two_words_joined_by_a_middle_dot(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の運動公園再整備事業の課題・対応は？")
    assert answer.value == "事業者の意向確認を継続" and answer.status == "exact"


def test_when_of_a_row_printing_a_dash_says_what_its_status_means(assistant):
    assistant.reset()
    answer = assistant.ask("楢葉市の施設使用料の収納窓口はいつ導入されますか")
    assert "導入時期未定" in answer.summary and answer.status == "exact"
    assistant.reset()
    answer = assistant.ask("楢葉市のキャッシュレス決済で、導入が済んでいる窓口は？")
    assert _titles(answer) == ["ごみ処理券の販売窓口", "住民票等の交付窓口"] and answer.status == "exact"


@pytest.mark.parametrize("question, expected", [
    ("楢葉市の外部評価で、縮小に１票でも入った事業", ["花壇整備事業", "市民マラソン開催事業", "防犯灯設置補助事業"]),
    ("楢葉市の外部評価で廃止に票が入った事業は？", ["花壇整備事業", "記念品贈呈事業"]),
    ("楢葉市の外部評価で、継続にも票が入ってた事業", ["市民マラソン開催事業", "広報紙配布事業", "防犯灯設置補助事業"]),
    ("楢葉市の外部評価で廃止に3票以上入った事業", ["花壇整備事業", "記念品贈呈事業"]),
])
def test_votes_said_as_put_into_a_category(assistant, question, expected):
    # (「Xに票が入った」: the category voted for, not the verdict X; 「１票でも」 is at least one)
    assistant.reset()
    answer = assistant.ask(question)
    assert sorted(_titles(answer)) == sorted(expected) and answer.status == "exact", (answer.status, answer.summary)


@pytest.mark.parametrize("question, expected", [
    ("楢葉市の外部評価で、最多の判定でも3票どまりだった事業", ["花壇整備事業", "市民マラソン開催事業", "防犯灯設置補助事業"]),
    ("楢葉市の外部評価で、いちばん多い判定が4票以上の事業", ["広報紙配布事業", "記念品贈呈事業"]),
])
def test_the_largest_count_of_a_row(assistant, question, expected):
    # (the largest of the row's counts under the one heading, whichever category holds it)
    assistant.reset()
    answer = assistant.ask(question)
    assert sorted(_titles(answer)) == sorted(expected) and answer.status == "exact", (answer.status, answer.summary)
