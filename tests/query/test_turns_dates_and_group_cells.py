"""Shapes read since made87, on a made-up town's documents: minutes printing each speaker on a line of its own over
the turn (「〇北村 一郎委員」 then the words), answered by who asked and who replied; a date or a count asked of the
passage a search found (「いつまでに」「公募になる施設はいくつ」, not the 非公募 figure beside it); a fee table whose
facility cells are printed on the first row of each group only, read as the group's for the rows under it; the
largest fall of a signed rate (▲) and the mean of a rate 「区分ごとの…を平均すると」 rounded as asked."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

MINUTES = """令和８年第２回青葉町議会定例会
総務委員会　質疑要旨

【質疑１】集会所の管理について
〇北村 一郎委員
　令和７年度の集会所の管理費はいくらか。

〇企画財政課長
　令和７年度の集会所の管理費は１２,３００千円である。

【質疑２】次期の指定管理について
〇南田 花子委員
　次期の選定方法はどうなるのか。

〇企画財政課長
　対象は８施設で、このうち公募が５施設、非公募が３施設である。

【質疑３】プールの改善について
〇北村 一郎委員
　町民プールの改善はどうするのか。

〇生涯学習課長
　指定管理者に対し令和８年１０月３１日までに改善計画書を提出するよう求めている。
"""

FEES = """青葉町使用料の見直し（案）

【算定方法】
激変緩和措置として、改定率の上限を２５％とした。

【見直し対象外の施設】
・青葉温泉センター（廃止予定のため見直し対象外）
・青葉子育て広場（使用料を徴収していないため対象外）

【施設別の使用料】

| No. | 施設名 | 区分 | 現行料金（円） | 改定案（円） | 改定率（％） |
|---|---|---|---|---|---|
| 1 | 青葉町民会館 | 大会議室 | 1,000 | 1,200 | 20.0 |
| 2 |  | 和室 | 500 | 400 | ▲20.0 |
| 3 |  | 調理室 | 800 | 900 | 12.5 |
| 4 | 青葉体育館 | アリーナ | 2,000 | 2,500 | 25.0 |
| 5 |  | 和室 | 400 | 380 | ▲5.0 |
"""


SCORES = """青葉町指定管理者評価結果一覧

| 施設番号 | 施設名 | サービス（30） | 利用者満足度（20） | 合計（50点） |
|---|---|---|---|---|
| A-1 | 青葉町民会館 | 28 | 20 | 48 |
| A-2 | 青葉体育館 | 30 | 17 | 47 |
| A-3 | 青葉図書館 | 25 | 20 | 45 |
"""


BUILDINGS = """青葉町公共施設一覧

| 施設名 | 建築年 | 延床面積（㎡） |
|---|---|---|
| 青葉北会館 | 昭和４７年 | 612.00 |
| 青葉南倉庫 | 平成元年 | 320.50 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("aoba")
    (folder / "青葉町_総務委員会質疑要旨.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "青葉町_使用料の見直し.md").write_text(FEES, encoding="utf-8")
    (folder / "青葉町_評価結果一覧.md").write_text(SCORES, encoding="utf-8")
    (folder / "青葉町_公共施設一覧.md").write_text(BUILDINGS, encoding="utf-8")
    return assistant_over(folder)


def test_who_asked_and_who_replied(assistant):
    answer = ask(assistant, "総務委員会で、集会所の管理費について質問したのは誰？")
    assert answer.value == "北村 一郎"
    answer = ask(assistant, "総務委員会で、集会所の管理費について質問したのは誰？", "それに答弁したのは誰ですか")
    assert answer.status == "search" and answer.value == "企画財政課長"


def test_date_and_count_read_in_the_passage(assistant):
    answer = ask(assistant, "町民プールの改善計画書って、いつまでに出すことになってる？")
    assert answer.status == "search" and answer.value == "令和8年10月31日"
    answer = ask(assistant, "次期の指定管理で、公募になる施設はいくつ？")
    assert answer.status == "search" and answer.value == 5


def test_group_cells_carried_down(assistant):
    answer = ask(assistant, "使用料の見直しで、改定率のマイナス幅がいちばん大きいのはどの区分？")
    assert answer.value == "和室"
    assert answer.rows and answer.rows[0].get("施設名") == "青葉町民会館"
    answer = ask(assistant, "青葉町民会館の区分ごとの改定率を平均すると何％になる？小数第1位で。")
    assert answer.status == "exact" and answer.value == pytest.approx(4.2)


def test_list_under_the_heading_said(assistant):
    answer = ask(assistant, "今回の使用料見直しの対象から外れている施設はどこですか。")
    assert answer.status == "search"
    assert "青葉温泉センター" in answer.summary and "青葉子育て広場" in answer.summary


def test_full_marks_are_the_points_the_header_prints(assistant):
    answer = ask(assistant, "評価結果一覧で、利用者満足度が満点だった施設は？")
    assert answer.status == "exact"
    assert sorted(str(r.get("施設名")) for r in answer.rows) == ["青葉図書館", "青葉町民会館"]


def test_the_limit_answered_then_reached(assistant):
    answer = ask(assistant, "使用料見直しの改定率の上限は何％？", "じゃあ上限いっぱいになっている区分は何区分ある？")
    assert answer.count == 1 and answer.status == "partial"
    answer = ask(assistant, "使用料見直し案で、引下げになる区分はいくつ？")
    assert answer.count == 2  # (和室 of two facilities: each its own 区分)


def test_build_year_asked_in_the_western_calendar(assistant):
    answer = ask(assistant, "青葉北会館は何年に建てられましたか？西暦で教えてください。")
    assert answer.value == 1972


def test_the_other_extreme_asked_next(assistant):
    answer = ask(assistant, "評価結果一覧で合計点がいちばん高かった施設は？", "じゃあいちばん低かったのは？")
    assert answer.value == "青葉図書館"
