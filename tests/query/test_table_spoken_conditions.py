"""Conditions said as users speak them over other cities' tables: a year's までに kept when the column of
years is said after it, a legend's 「遅れあり」 said 「遅れが出ている」, 「空欄は除いて」 beside an average,
a word of a category (電子化 of 「2 窓口サービスの電子化」), 「一番広い」, 「1万人に届いていない」, 「ゼロ」,
「3か年の効果額」 for the 3か年計 column, two years' columns compared (増えた), summed (令和5年度から7年度まで)
and apart (いくら差がある), the table itself asked for (推移を見せて), and agenda items of minutes found by
their topic (手数料の改定について話し合ったところ)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """桜野市行政改革推進プラン 令和7年度進捗状況

No.\t方針\t取組項目\t担当課\t開始\t終了予定\t進捗\t効果額（千円）
1\t1 財源の確保\t市有財産の貸付拡大\t管財課\tR5\tR7\t○\t3200
2\t1 財源の確保\t徴収体制の強化\t収納課\tR6\tR10\t◎\t8800
3\t1 財源の確保\t企業版寄附の推進\t企画課\tR6\tR6\t△\t
4\t2 窓口サービスの電子化\t電子申請の拡大\tデジタル推進課\tR5\tR8\t○\t1500
5\t2 窓口サービスの電子化\t書かない窓口の導入\t市民窓口課\tR7\tR8\t×\t
6\t2 窓口サービスの電子化\t電子契約の導入\t契約課\tR6\tR9\t△\t600
7\t3 施設の再編\t集会所の統合\t地域振興課\tR5\tR7\t◎\t4100
8\t3 施設の再編\t体育施設の集約\tスポーツ推進課\tR6\tR10\t○\t2600

※進捗 ◎：計画以上 ○：計画どおり △：遅れあり ×：未着手
"""

EFFECTS = """梅ヶ丘町 行財政改革効果額の推移（令和5年度〜令和7年度）

（単位：千円）
区分\t取組\t担当課\t令和5年度\t令和6年度\t令和7年度\t3か年計
収入確保\t使用料の改定\t財政課\t5,000\t6,200\t6,000\t17,200
収入確保\t町有地の売却\t管財課\t0\t12,000\t3,000\t15,000
収入確保\t広告事業の拡大\t企画課\t－\t800\t1,100\t1,900
経費削減\t庁舎清掃の委託\t管財課\t2,400\t0\t2,600\t5,000
経費削減\t印刷物の削減\t総務課\t1,300\t1,500\t1,200\t4,000

（注）「－」は取組開始前、「0」は効果がなかった年度です。
"""

FACILITIES = """楓市 公共施設評価一覧（令和7年度）

No.\t施設名\t分類\t所管課\t延床面積（㎡）\t利用者数（人）\t評価
1\t楓市民会館\t文化施設\t文化課\t5,400\t48,000\tB
2\t北部公民館\t公民館\t生涯学習課\t900\t7,500\tC
3\t南部公民館\t公民館\t生涯学習課\t1,100\t12,300\tB
4\t楓市営プール\tスポーツ施設\tスポーツ課\t2,800\t9,100\tD
5\t旧東小学校\t未利用施設\t財産管理課\t3,900\t0\tD
"""


def _minutes(path: Path) -> None:
    from docx import Document

    d = Document()
    d.add_heading("令和7年度 第1回 楓市行政改革懇話会 会議録", level=1)
    d.add_paragraph("日時：令和7年8月5日（火）午前10時〜正午")
    d.add_heading("1　開会", level=2)
    d.add_paragraph("企画課長の進行により開会した。")
    d.add_heading("2　議事", level=2)
    d.add_heading("（1）公共施設評価の結果について", level=3)
    d.add_paragraph("事務局（財産管理課）から5施設の評価結果を説明した。")
    d.add_paragraph("田中委員：楓市営プールは老朽化が進んでおり、近隣の学校プールとの共用も検討してはどうか。")
    d.add_paragraph("事務局：楓市営プールについては、来年度に利用実態の調査を行う予定である。")
    d.add_heading("（2）手数料の改定方針について", level=3)
    d.add_paragraph("事務局（財政課）から、原価に基づき5年ごとに改定する方針を説明した。")
    d.add_paragraph("佐藤委員：改定の幅が大きい場合は段階的に引き上げるべきではないか。")
    d.add_heading("（3）次期計画の策定について", level=3)
    d.add_paragraph("事務局（企画課）から、令和8年度に計画を策定する予定であることを説明した。")
    d.add_paragraph("鈴木委員：手数料の改定も計画に位置づけてほしい。")
    d.add_heading("3　閉会", level=2)
    d.add_paragraph("会長のあいさつにより閉会した。")
    d.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("spoken")
    (folder / "sakurano_plan_2025.txt").write_text(PLAN, encoding="utf-8")
    (folder / "umegaoka_effects.txt").write_text(EFFECTS, encoding="utf-8")
    (folder / "kaede_facilities.txt").write_text(FACILITIES, encoding="utf-8")
    _minutes(folder / "kaede_committee.docx")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _titles(answer) -> list[str]:
    return sorted(r["title"] for r in answer.rows)


def test_a_years_bound_is_kept_when_the_column_of_years_is_said_after_it(assistant):
    assistant.reset()
    answer = assistant.ask("桜野市で令和7年度までに終わる予定の取組は？")
    assert _titles(answer) == ["企業版寄附の推進", "市有財産の貸付拡大", "集会所の統合"]
    assert answer.status == "exact"


def test_a_legends_wording_with_ari_is_said_by_its_noun(assistant):
    assistant.reset()
    answer = assistant.ask("桜野市の取組で遅れが出ているものは？")
    assert _titles(answer) == ["企業版寄附の推進", "電子契約の導入"] and answer.status == "exact"


def test_blanks_left_out_of_an_average(assistant):
    assistant.reset()
    answer = assistant.ask("桜野市の効果額の平均は？空欄は除いて")
    assert answer.value == pytest.approx(20800 / 6, abs=0.01) and answer.status == "exact"


def test_a_word_of_one_category_names_its_rows(assistant):
    assistant.reset()
    answer = assistant.ask("桜野市の電子化の取組でデジタル推進課以外が担当しているのは？")
    assert _titles(answer) == ["書かない窓口の導入", "電子契約の導入"] and answer.status == "exact"


def test_the_widest_facilitys_office(assistant):
    assistant.reset()
    answer = assistant.ask("楓市の公共施設で延床面積が一番広い施設の所管課は？")
    assert answer.value == "文化課" and answer.status == "exact"


def test_a_number_not_reached(assistant):
    assistant.reset()
    answer = assistant.ask("楓市の施設でCかDの評価で、利用者が1万人に届いていない施設は？")
    assert _titles(answer) == ["北部公民館", "旧東小学校", "楓市営プール"] and answer.status == "exact"


def test_zero_said_as_a_word_is_the_cells_0_not_its_dash(assistant):
    assistant.reset()
    answer = assistant.ask("梅ヶ丘町で令和6年度に効果額がゼロだった取組は？")
    assert _titles(answer) == ["庁舎清掃の委託"] and answer.status == "exact"


def test_a_total_over_years_said_by_those_years(assistant):
    assistant.reset()
    answer = assistant.ask("梅ヶ丘町で3か年の効果額がいちばん大きい取組は？")
    assert answer.rows[0]["title"] == "使用料の改定" and answer.status == "exact"


def test_two_year_only_columns_compared(assistant):
    assistant.reset()
    answer = assistant.ask("梅ヶ丘町の効果額で、令和6年度より令和7年度のほうが増えた取組は？")
    assert _titles(answer) == ["庁舎清掃の委託", "広告事業の拡大"] and answer.status == "exact"


def test_years_said_from_to_are_summed_across_their_columns(assistant):
    assistant.reset()
    answer = assistant.ask("梅ヶ丘町の収入確保の取組、令和5年度から7年度までの効果額は合わせていくら？")
    assert answer.value == 34100 and answer.status == "exact"


def test_the_gap_between_two_years_of_a_row(assistant):
    assistant.reset()
    answer = assistant.ask("梅ヶ丘町の使用料の改定は令和5年度と令和7年度でいくら差がある？")
    assert answer.value == 1000 and answer.status == "exact"


def test_the_table_asked_for_lists_its_rows(assistant):
    assistant.reset()
    answer = assistant.ask("梅ヶ丘町の行財政改革効果額の推移を見せて")
    assert answer.target == "table_row" and answer.count == 5 and answer.status == "exact"
    assert assistant.ask("印刷物の削減は2023年度はいくら？").value == 1300


def test_an_agenda_item_by_its_topic_said_with_no(assistant):
    assistant.reset()
    answer = assistant.ask("楓市の懇話会で、手数料の改定について話し合ったところを見せて")
    assert _titles(answer) == ["手数料の改定方針について"] and answer.status == "exact"


def test_a_name_written_in_the_minutes_is_not_said_to_be_missing(assistant):
    assistant.reset()
    answer = assistant.ask("楓市の行政改革懇話会で、楓市営プールについて委員からどんな意見が出た？")
    assert answer.status != "no_match" and "にはありません" not in answer.summary
