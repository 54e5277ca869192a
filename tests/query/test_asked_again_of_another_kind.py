"""Follow-ups and scopes said the way staff talk, over a made report of another town (per-initiative blocks,
other years, titles and remarks): a title's section said as a place (「…のところで」), the previous question
asked again of another kind (「同じことを実践項目の一覧で」: its conditions, not its records), the previous
records referred to with 「それに対して」, and 「どの項目」 asked of members' remarks (the item they are on)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HEADER = "No.\t実践項目\t担当課\tR2\tR3\tR4\t創造性\t進捗度\t連携度\t効率性\t合計\t総合評価\t取組終了"
TEXT = "\n".join([
    "かわせ町行政経営改革プラン",
    "実施状況報告書",
    "1 評価の方法",
    "各年度の評価の凡例：A＝順調 B＝おおむね順調 C＝遅れ ―＝取組終了後 空欄＝未着手",
    "2 取組項目ごとの評価",
    "取組項目1 情報化による事務の見直し",
    "テーマ：ICT 実践項目数：3",
    HEADER,
    "1\t会議資料のタブレット化\t総務課\tB\tA\tA\t3\t3\t2\t3\t11\tA\t",
    "2\t電子決裁の導入\t情報政策課\tC\tC\tB\t1\t1\t2\t1\t5\tC\t",
    "3\t町議会へのタブレット配布\t議会事務局\t\tB\tB\t2\t2\t2\t2\t8\tB\tR4",
    "所管課の自己評価（総合）：B 委員会評価：3.4点（5点満点）",
    "委員の意見",
    "・電子決裁は決裁時間の短縮に効果が大きい。",
    "・紙の削減量を数字で示されたい。",
    "取組項目2 公共施設の最適化",
    "テーマ：施設 実践項目数：2",
    HEADER,
    "4\t地区集会所の統合\t財産管理課\tC\tC\tC\t1\t1\t1\t1\t4\tC\t",
    "5\t町民プールの長寿命化\t生涯学習課\tB\tB\tA\t2\t3\t2\t2\t9\tB\t",
    "所管課の自己評価（総合）：C 委員会評価：2.8点（5点満点）",
    "委員の意見",
    "・人口減少を見据えて施設の総量を見直すべきである。",
    "・集会所の会議でもタブレットで資料を配るとよい。",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kawase")
    (folder / "kawase_hokoku.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped, summary.skipped
    return open_index(index)


def _codes(answer) -> set[str]:
    return {str(r.get("code")) for r in answer.rows}


@pytest.mark.parametrize("question", ["情報化による事務の見直しのところで総合評価Cのやつ", "情報化による事務の見直しのとこで総合評価Cのもの",
                                      "情報化による事務の見直しの部分で総合評価がCのもの"])
def test_a_titles_section_said_as_a_place_scopes_its_items(town, question):
    answer = Assistant(town).ask(question)
    assert answer.status == "exact" and answer.target == "practice", answer.summary
    assert _codes(answer) == {"2"}


def test_the_same_asked_of_another_kind_carries_the_conditions_not_the_records(town):
    assistant = Assistant(town)
    first = assistant.ask("委員の意見で「タブレット」が出てくるのは？")
    assert first.target == "comment" and len(first.rows) == 1  # (a remark on initiative 2)
    again = assistant.ask("じゃあ同じことを実践項目の一覧で")
    assert again.status == "exact" and again.target == "practice" and not again.unused, again.summary
    assert _codes(again) == {"1", "3"}  # titles holding タブレット, not initiative 2's items


@pytest.mark.parametrize("followup", ["それに対して委員は何て言ってる？", "それに関して委員は何と言っていますか"])
def test_sore_ni_taishite_refers_to_the_records_just_answered(town, followup):
    assistant = Assistant(town)
    assert _codes(assistant.ask("公共施設の最適化の実践項目教えて")) == {"4", "5"}
    comments = assistant.ask(followup)
    assert comments.status == "exact" and comments.target == "comment", comments.summary
    assert {r["initiative"] for r in comments.rows} == {"2"} and len(comments.rows) == 2


def test_dono_koumoku_asked_of_remarks_is_the_item_they_are_on(town):
    answer = Assistant(town).ask("委員の意見で人口減少に触れてるのはどの項目？")
    assert answer.target == "initiative" and _codes(answer) == {"2"}, answer.summary
    assert not answer.unused
