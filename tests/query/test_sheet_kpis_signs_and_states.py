"""Shapes of made65 in small documents of another town: sheets of label | value rows with a KPI table
under them (達成状況 ↑/→/↓, 単位 per row, grades printed with their meaning), a fee list whose note gives
the dash its meaning (据置き), an effect table printing ▲ with a 状況 column asked yes/no, and facilities
run by bodies of several legal forms over two years' users."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.generic.loader import parse
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SHEETS = """令和6年度 青葉台町 施策評価結果

施策評価シート（1/3）
施策番号\t1-1
施策名\t図書館サービスの充実
主管課\t生涯学習課
評価\tB（概ね順調）
■ 成果指標
指標名\t単位\t基準値\tR5実績\tR6実績\t目標値(R8)\t達成状況
図書館来館者数\t千人\t210\t204\t198\t230\t↓
電子書籍貸出数\t件\t3,100\t4,800\t6,200\t8,000\t↑
■ 評価の理由：来館者は減ったが電子書籍が伸びたため概ね順調と判断した。

施策評価シート（2/3）
施策番号\t1-2
施策名\t地域交通の維持
主管課\t交通政策課
評価\tC（やや遅れている）
■ 成果指標
指標名\t単位\t基準値\tR5実績\tR6実績\t目標値(R8)\t達成状況
町営バス利用者数\t人\t42,000\t40,300\t38,900\t45,000\t↓
■ 評価の理由：利用者数が目標から遠ざかっているためやや遅れていると判断した。

施策評価シート（3/3）
施策番号\t2-1
施策名\t消防団の強化
主管課\t防災課
評価\tA（順調に進んでいる）
■ 成果指標
指標名\t単位\t基準値\tR5実績\tR6実績\t目標値(R8)\t達成状況
消防団員数\t人\t310\t318\t325\t330\t→
■ 評価の理由：団員数が順調に増えているため順調と判断した。
"""

FEES = """青葉台町 使用料の見直し一覧
施行日が「－」のものは据置き。

No.\t施設名\t所管課\t現行料金（円）\t改定後料金（円）\t施行日
1\t町民ホール\t文化課\t30,000\t33,000\t令和8年4月1日
2\t町民プール\tスポーツ課\t250\t250\t－
3\t体育館\tスポーツ課\t1,500\t1,800\t令和8年4月1日
"""

EFFECTS = """青葉台町 行革効果額の推移
（単位：千円） ▲はマイナス

取組\t令和4年度\t令和5年度\t令和6年度\t累計\t状況
窓口業務の委託\t▲1,200\t2,400\t3,100\t4,300\t継続
公用車の削減\t800\t900\t900\t2,600\t完了
庁舎照明のLED化\t▲3,000\t▲500\t1,800\t▲1,700\t継続
補助金の整理\t1,500\t1,500\t1,600\t4,600\t完了
"""

FACILITIES = """青葉台町 指定管理施設の利用状況

施設名\t指定管理者\t総合評価\t令和5年度利用者数\t令和6年度利用者数
町民体育館\t株式会社あおばスポーツ\tA\t52,000\t55,500
町民プール\t一般財団法人青葉台振興会\tB\t21,000\t19,800
青葉台キャンプ場\tアウトドアサービス株式会社\tB\t8,400\t9,100
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made65_shapes")
    for name, text in (("aobadai_sheets.txt", SHEETS), ("aobadai_fees.txt", FEES),
                       ("aobadai_effects.txt", EFFECTS), ("aobadai_facilities.txt", FACILITIES)):
        (folder / name).write_text(text, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_kpi_table_under_a_sheets_label_rows_is_a_table_of_its_own():
    records = parse(SHEETS, "sheets.txt").records
    items = [r for r in records if r.kind == "item"]
    rows = [r for r in records if r.kind == "table_row"]
    assert [i.fields["title"] for i in items] == ["図書館サービスの充実", "地域交通の維持", "消防団の強化"]
    # the KPI header is no label | value pair of the sheet (a sheet's one KPI row may lend it its cells)
    assert all(i.fields["fields"].get("指標名") != "単位" for i in items)
    assert len(rows) == 4 and rows[0].fields["cells"]["R6実績"] == "198"
    # 「■ 評価の理由：…」 is its sheet's field, never the heading of the sheets after it
    assert items[0].fields["fields"]["評価の理由"].startswith("来館者は減った")
    assert not any("評価の理由" in i.fields["heading"] for i in items)


@pytest.mark.parametrize("turns, value", [
    (["青葉台町の図書館来館者数、R6実績は何千人？"], 198),  # 千人 is the row's 単位
    (["青葉台町の町営バス利用者数、R5からR6でどれだけ減った？"], 1400),
    (["青葉台町の施策評価で、防災課が主管の施策は？", "その評価は何？"], "A"),  # not 「A（順調に進んでいる）」
    (["青葉台町の町民体育館、利用者数は1年でどれだけ増えた？"], 3500),
])
def test_values(assistant, turns, value):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.value == value, answer.summary


@pytest.mark.parametrize("question, count", [
    ("青葉台町の成果指標で、達成状況が↓のものはいくつ？", 2),
    ("青葉台町の施策評価でC以下だった施策は何件？", 1),
    ("青葉台町の使用料で料金を据え置くものは何件？", 1),  # the note: 施行日 「－」 is 据置き
    ("青葉台町の使用料で据え置かないものは何件？", 2),
    ("青葉台町の行革効果額で、マイナスになった年がある取組は何件？", 2),
    ("青葉台町の行革効果額で、一度もマイナスになってない取組は何件？", 2),
    ("青葉台町で株式会社が指定管理者になってる施設はいくつ？", 2),  # before or after the name
])
def test_counts(assistant, question, count):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status in ("exact", "partial") and answer.count == count, (answer.summary, answer.unused)


@pytest.mark.parametrize("question, said", [
    ("青葉台町の公用車の削減って、もう終わった？", "はい"),
    ("青葉台町の庁舎照明のLED化はもう完了した取組？", "いいえ"),
])
def test_done_asked_yes_or_no_from_the_state_column(assistant, question, said):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.value == said, answer.summary


def test_when_of_one_row_is_its_one_column_of_days(assistant):
    assistant.reset()
    answer = assistant.ask("青葉台町の町民ホールの料金っていつから？")
    assert answer.value == "令和8年4月1日", answer.summary
    assistant.reset()
    kept = assistant.ask("青葉台町の町民プールの料金はいつから？")
    assert "据置き" in kept.summary, kept.summary  # the dash explained by the note
