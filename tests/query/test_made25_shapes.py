"""Shapes of the made25 holdout, in small documents of made-up cities (other names, other numbers):
a workbook of a 指定管理 evaluation (a summary sheet, then one label | value sheet per facility with
numbered sections and a 目標/実績 table), a list of subsidies by year with 「－」 and a 合計 row, minutes
whose title prints the city's name, a plan of facilities built in 昭和 and 平成, and a plan's measures
with a legend (D：未着手). Indexed beside the shipped corpus."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over

T = "\t"

FACILITIES = [  # 番号, 施設名, 所管課, 指定管理者, 終期, 総合評価, 指定管理料(千円), 目標, 実績
    (1, "北岬市民体育館", "体育振興課", "みさきスポーツ共同体", "令和10年3月31日", "B", "120,500", 300000, 312400),
    (2, "北岬文化ホール", "文化課", "北岬文化振興財団", "令和9年3月31日", "A", "98,000", 200000, 187000),
    (3, "潮見公園", "公園課", "潮見グリーン株式会社", "令和10年3月31日", "A", "45,600", 150000, 149000),
    (4, "北岬市老人福祉センター", "長寿課", "北岬福祉会", "令和9年3月31日", "C", "30,200", 40000, 41000),
]


def _workbook(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["令和6年度 指定管理者評価結果一覧"])
    ws.append([])
    ws.append(["No.", "施設名", "所管課", "指定管理者", "指定期間", "総合評価"])
    for no, name, office, operator, end, grade, *_ in FACILITIES:
        ws.append([no, name, office, operator, f"令和5年4月1日～{end}", grade])
    for no, name, office, operator, end, grade, fee, goal, actual in FACILITIES:
        sheet = wb.create_sheet(name[:10])
        sheet.append(["令和6年度 指定管理者評価シート"])
        sheet.append([])
        for label, value in (("施設番号", no), ("施設名", name), ("所管課", office), ("指定管理者", operator),
                             ("令和6年度指定管理料（千円）", fee)):
            sheet.append([label, value])
        sheet.append([])
        sheet.append(["1\u3000利用実績"])
        sheet.append(["区分", "目標", "実績"])
        sheet.append(["利用者数（人）", goal, actual])
        sheet.append(["満足度（%）", 80, 82])
        sheet.append([])
        sheet.append(["2\u3000評価項目"])
        sheet.append(["評価項目", "評価"])
        sheet.append(["管理運営", "A"])
        sheet.append(["安全管理", "B"])
        sheet.append([])
        sheet.append(["総合評価", grade])
    wb.save(path)


SUBSIDIES = "\n".join([
    "令和7年度 補助金見直し一覧", "北岬市 財政課", "（単位：千円）",
    T.join(["No.", "補助金の名称", "所管課", "見直し区分", "令和6年度予算額", "令和7年度予算額", "見直しの内容"]),
    T.join(["1", "自治会活動補助金", "市民協働課", "継続", "30,000", "30,000", ""]),
    T.join(["2", "長寿祝金", "長寿課", "縮小", "12,000", "8,000", "対象を88歳に限定"]),
    T.join(["3", "老人クラブ補助金", "長寿課", "縮小", "6,000", "5,000", "均等割を廃止"]),
    T.join(["4", "商店街装飾補助金", "商工課", "廃止", "2,000", "－", "役割を終えた"]),
    T.join(["5", "商店街振興補助金", "商工課", "統合", "4,000", "－", "装飾補助を統合"]),
    T.join(["6", "創業支援補助金", "商工課", "継続", "3,000", "4,500", ""]),
    T.join(["合計", "", "", "", "57,000", "47,500", ""]), ""])

MINUTES = "\n".join([
    "令和6年度 第1回北岬市行政改革推進委員会 会議録", "",
    "1\u3000日時\u3000令和6年10月2日（水）午前10時", "2\u3000出席委員（4名）", "",
    T.join(["役職", "氏名", "所属等"]), T.join(["委員長", "青木 一郎", "北岬大学"]),
    T.join(["副委員長", "石田 花子", "商工会"]), T.join(["委員", "上野 健", "公募"]), T.join(["委員", "江藤 葵", "公募"]), "",
    "3\u3000会議の経過", "委員長：開会します。", "事務局：補助金は廃止1件、縮小2件、統合1件としています。", ""])

BUILDINGS = "\n".join([
    "北岬市 公共施設個別施設計画（令和7年改訂）", "",
    "表1 施設ごとの対策", "",
    T.join(["施設名", "所管課", "建築年度", "築年数（年）", "対策", "実施時期", "概算費用（百万円）"]),
    T.join(["北岬第一小学校", "教育総務課", "昭和51年度", "48", "長寿命化", "令和9年度", "800"]),
    T.join(["北岬公民館", "生涯学習課", "昭和61年度", "38", "建替え", "令和8年度", "950"]),
    T.join(["潮見分館", "生涯学習課", "昭和48年度", "51", "廃止", "令和8年度", "－"]),
    T.join(["北岬保健センター", "健康課", "平成5年度", "31", "長寿命化", "令和12年度", "150"]),
    T.join(["北岬市民プール", "体育振興課", "平成10年度", "26", "譲渡", "令和10年度", "－"]), ""])

MEASURES = """北岬市第3次行財政改革推進計画 令和6年度取組状況

達成度の区分　A：達成　B：概ね達成　C：遅れ　D：未着手

取組1　ふるさと寄附金の拡充
【担当課】企画課
【達成度】A

取組2　オンライン申請の拡大
【担当課】情報政策課
【目標】申請できる手続数 200手続（令和9年度）
【令和6年度目標】80手続
【実績】30手続
【達成度】D

取組3　公用車の削減
【担当課】管財課
【達成度】C
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made25_shapes")
    _workbook(folder / "北岬市_指定管理者評価_令和6年度.xlsx")
    (folder / "北岬市_補助金見直し一覧.txt").write_text(SUBSIDIES, encoding="utf-8")
    (folder / "北岬市_行政改革推進委員会会議録.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "北岬市_個別施設計画.txt").write_text(BUILDINGS, encoding="utf-8")
    (folder / "南浦市_行財政改革推進計画.txt").write_text(MEASURES.replace("北岬市", "南浦市"), encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


# One facility's sheet is one record: its label | value cells, and its 目標/実績 table under 「1 利用実績」.
@pytest.mark.parametrize("question,value", [
    ("北岬市民体育館の令和6年度の指定管理料はいくら？", 120500),  # the city's name inside the facility's
    ("北岬文化ホールの利用者数の実績は何人でしたか", 187000),  # 何人 asks the column's number
])
def test_a_value_of_a_facilitys_sheet(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.value == value, answer.summary


def test_the_largest_fee_over_the_sheets(assistant):
    answer = ask(assistant, "北岬市の指定管理施設で指定管理料がいちばん高いのはどこ？")
    assert answer.status == "exact", answer.summary  # 指定管理施設: the document's word and the rows'
    assert "北岬市民体育館" in answer.summary


def test_a_target_said_alone_is_compared_with_the_results(assistant):
    answer = ask(assistant, "北岬市の指定管理施設で、利用者数が目標に届かなかったのは何施設？")
    assert answer.count == 2, answer.summary  # 文化ホール 187,000 < 200,000, 潮見公園 149,000 < 150,000


def test_the_summary_list_answers_before_the_sheets(assistant):
    answer = ask(assistant, "北岬市の指定管理者評価で総合評価がAの施設は？")
    assert answer.status == "exact", answer.summary
    assert sorted(r["key"] for r in answer.rows) == [
        "table_row:北岬市_指定管理者評価_令和6年度.xlsx:5", "table_row:北岬市_指定管理者評価_令和6年度.xlsx:6"]


def test_a_period_that_ends_in_a_month(assistant):
    answer = ask(assistant, "北岬市で指定期間が令和9年3月末で満了する施設は何施設？")
    assert answer.count == 2, answer.summary
    assert "令和9年3月（令和8年度）" in answer.summary  # the month said, and the fiscal year it falls in


# The subsidies: the city's name is no title word of its minutes (which print it), so the list answers.
@pytest.mark.parametrize("question,count", [
    ("北岬市の補助金で、見直し区分が廃止と統合以外のものは何件ですか", 4),  # neither of the two
    ("北岬市の長寿課の補助金はいくつ見直しの対象になってますか", 2),  # 見直しの対象: the rows, not 見直しの内容
    ("北岬市の補助金で縮少とされたものは何件？", 2),  # 縮少: the input method's slip for 縮小
])
def test_counts_of_subsidies(assistant, question, count):
    answer = ask(assistant, question)
    assert answer.count == count, answer.summary


@pytest.mark.parametrize("question,value", [
    ("北岬市で縮小になった補助金のR7予算、全部でいくらになりますか", 13000),  # R7予算: 令和7年度予算額
    ("北岬市の補助金、令和7年度予算額の合計はいくら？", 47500),  # the 合計 row is not added again
])
def test_sums_of_subsidies(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.value == value, answer.summary


def test_the_members_present_are_the_rows_of_their_table(assistant):
    answer = ask(assistant, "北岬市の行革推進委員会に出席した委員は何人？")
    assert answer.count == 4, answer.summary  # 委員長 and 副委員長 too: 出席委員 is the table, not 役職が委員
    assert answer.status == "exact", answer.summary  # 行革 is 行政改革 of the title


# Buildings of 昭和: the year a building went up is not the plan's year.
@pytest.mark.parametrize("question,count", [
    ("北岬市の個別施設計画で、昭和に建てられた施設はいくつ？", 3),
    ("北岬市の個別施設計画で、築40年以上の施設は何施設？", 2),
    ("北岬市で令和8年度に対策をする施設は何施設？", 2),  # 実施時期, not 建築年度
    ("北岬市で令和10年度までに対策を実施する施設は何施設？", 4),
])
def test_building_years_and_plan_years(assistant, question, count):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert answer.count == count, answer.summary


def test_everything_summed(assistant):
    answer = ask(assistant, "北岬市の個別施設計画の概算費用は全部でいくら？")
    assert answer.value == 1900, answer.summary


def test_a_measure_called_by_its_subject_and_another_spelling(assistant):
    answer = ask(assistant, "南浦市のふるさと寄付金の取組の担当課はどこですか")
    assert answer.value == "企画課", answer.summary


def test_not_yet_begun_said_as_the_legend_means(assistant):
    answer = ask(assistant, "南浦市の取組でまだ手をつけていないものはありますか")
    assert [r["key"] for r in answer.rows] == ["item:南浦市_行財政改革推進計画.txt:9"], answer.summary


# A document the city does not have answers nothing, rather than the city's other tables.
@pytest.mark.parametrize("question", [
    "南浦市の個別施設計画で廃止する施設は何件？",  # only 北岬市 has one
    "南浦市の第2次行財政改革推進計画で達成度がDの取組は何件？",  # its plan is the 第3次
])
def test_a_document_the_city_does_not_have(assistant, question):
    answer = ask(assistant, question)
    assert answer.count == 0, answer.summary
    assert answer.status == "no_match", answer.summary


def test_a_follow_up_counts_the_tables_rows_not_another_documents_count(assistant):
    answer = ask(assistant, "北岬市の補助金見直し一覧を見たい", "縮少とされたものは何件ありますか")
    assert answer.count == 2, answer.summary
    assert answer.target == "table_row", answer.summary  # the list's rows, not 「縮小2件」 of the minutes


def test_the_result_and_that_years_target_asked_together(assistant):
    answer = ask(assistant, "南浦市のオンライン申請の取組、R6の実績と目標はどうだった？")
    assert answer.status == "exact", answer.summary
    assert "30手続" in answer.summary and "80手続" in answer.summary, answer.summary  # 令和6年度目標, not 目標


def test_when_a_meeting_named_short_and_by_its_number_was_held(assistant):
    answer = ask(assistant, "北岬市の行革推進委員会、令和6年度の第1回はいつ開催されましたか")
    assert "令和6年10月2日" in answer.summary, answer.summary  # 「1　日時　令和6年10月2日…」 of its minutes


def test_the_citys_document_said_loosely_is_still_its_own(assistant):
    answer = ask(assistant, "北岬市の補助金一覧で廃止になったものは何件？")  # 「補助金見直し一覧」
    assert answer.status != "no_match", answer.summary
    assert answer.count == 1, answer.summary


def test_two_counts_joined_are_the_rows_of_either(assistant):
    # The minutes state 「廃止1件、縮小2件、統合1件」: 廃止 and 統合 are two counts, not one printed twice.
    answer = ask(assistant, "北岬市の補助金で廃止か統合になったものは何件？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 2, answer.summary
