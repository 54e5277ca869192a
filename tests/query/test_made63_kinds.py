"""Kinds of document the fresh holdout made63 found misread, in small documents of made-up towns whose
words, columns and years are not made63's: a workbook with a sheet per 担当部 whose title row says
「担当部：…」 (no column of it); blocks 【改善案No.N】 with labelled lines whose 所見 sentence states the
amount; a status table whose kinds are 済 and a year's plan with a 【凡例】 line; a table of three years'
rates with a change column; buildings dated in eras. Each test names the value a wrong reading would miss."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

T = "\t"

BLOCKS = "\n".join([
    "令和7年度 西岬村業務改善提案 判定結果",
    "",
    "改善提案の判定を行いました。節減額は提案課の見込みを確認したものです。節減額のない提案もあります。",
    "",
    "【改善案No.1】",
    "担当：会計課",
    "改善案名：支払通知のメール送付",
    "判定：採択",
    "所見：郵送料が不要となり、年間約60万円の節減となる見込みである。",
    "",
    "【改善案No.2】",
    "担当：総務課",
    "改善案名：庁内掲示板の廃止",
    "判定：不採択",
    "所見：既に全課で電子掲示板へ移行済みであり、効果が重なるため見送った。",
    "",
    "【改善案No.3】",
    "担当：水道課",
    "改善案名：メーター点検の委託",
    "判定：採択",
    "所見：点検の繁忙期の時間外勤務が減り、年間約140万円の節減となる見込みである。",
    "",
    "【改善案No.4】",
    "担当：会計課",
    "改善案名：窓口案内表示の多言語化",
    "判定：採択",
    "所見：外国人住民の窓口での待ち時間が短くなる。節減額は見込んでいない。",
    ""])

STATUS = "\n".join([
    "南丘町 申請手続の電子化の状況",
    "",
    T.join(["課", "手続", "年間件数", "電子化"]),
    T.join(["町民課", "戸籍証明の請求", "3,200", "済"]),
    T.join(["町民課", "転入届", "900", "令和9年度予定"]),
    T.join(["税務課", "納税証明の請求", "1,500", "済"]),
    T.join(["税務課", "申告相談の予約", "400", "令和9年度予定"]),
    T.join(["福祉課", "手当の認定請求", "650", "対象外"]),
    T.join(["福祉課", "施設の利用申込", "1,100", "済"]),
    "",
    "【凡例】済：電子申請で手続が完結するもの 令和9年度予定：令和9年度に電子申請を始めるもの 対象外：法令により原本の確認が必要なため電子化しないもの",
    ""])

RATES = "\n".join([
    "東浦市 施策の重要度調査（2025年度）",
    "",
    "表 施策別重要度の推移（%）",
    T.join(["番号", "施策", "2023年度", "2024年度", "2025年度", "前年度差"]),
    T.join(["1", "河川の改修", "50.0", "52.0", "49.5", "▲2.5"]),
    T.join(["2", "図書館の充実", "40.1", "38.0", "41.0", "3.0"]),
    T.join(["3", "バス路線の維持", "61.2", "66.0", "60.0", "▲6.0"]),
    T.join(["4", "商店街の活性化", "30.0", "31.5", "33.0", "1.5"]),
    ""])

BUILDINGS = "\n".join([
    "北浜村 公共建築物の保全計画",
    "",
    T.join(["建物名", "建築年", "劣化度", "実施予定"]),
    T.join(["北浜村役場", "昭和48年", "C", "R9"]),
    T.join(["北浜村公民館", "平成3年", "B", "R10～R12"]),
    T.join(["北浜村体育館", "平成20年", "A", "―"]),
    T.join(["北浜村保育所", "昭和61年", "D", "R9～R10"]),
    ""])


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheets = {"企画部": [("地域おこし補助金", "各自治会", 5000, 4200, "縮小"),
                        ("移住相談補助金", "移住支援協会", 1200, 1300, "継続"),
                        ("広報誌配布補助金", "各自治会", 800, 700, "廃止")],
              "福祉部": [("老人会補助金", "老人会連合会", 3000, 2800, "縮小"),
                        ("子ども食堂補助金", "子ども食堂ネット", 900, 1500, "継続"),
                        ("手話講座補助金", "手話の会", 300, 300, "統合")]}
    for n, (dept, rows) in enumerate(sheets.items()):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = dept
        ws["A1"] = f"西岬村 補助金の点検結果（令和7年度） 担当部：{dept}"
        for col, head in enumerate(["補助金名", "交付先", "支出額（千円）", "", "点検区分"], 1):
            ws.cell(2, col, head)
        ws.merge_cells("C2:D2")
        for col, head in enumerate(["補助金名", "交付先", "令和5年度", "令和6年度", "点検区分"], 1):
            ws.cell(3, col, head)
        for r, row in enumerate(rows, 4):
            for col, v in enumerate(row, 1):
                ws.cell(r, col, v)
        ws.cell(4 + len(rows), 1, "小計")
        ws.cell(4 + len(rows), 3, sum(x[2] for x in rows))
        ws.cell(4 + len(rows), 4, sum(x[3] for x in rows))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made63_kinds")
    _workbook(folder / "西岬村_補助金の点検結果.xlsx")
    (folder / "西岬村_業務改善提案_判定結果.txt").write_text(BLOCKS, encoding="utf-8")
    (folder / "南丘町_申請手続の電子化の状況.txt").write_text(STATUS, encoding="utf-8")
    (folder / "東浦市_施策の重要度調査.txt").write_text(RATES, encoding="utf-8")
    (folder / "北浜村_公共建築物の保全計画.txt").write_text(BUILDINGS, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,value", [
    # the sheet's title row 「担当部：福祉部」 is a column 担当部 of its rows
    (("西岬村の補助金の点検結果で、子ども食堂補助金はどこの部の担当？",), "福祉部"),
    (("西岬村の補助金の点検結果で、福祉部の令和6年度の支出額の合計は？",), 4600),
    (("西岬村の補助金の点検結果で企画部の補助金のうち縮小になったのは何件？",), 1),
    # 区分 said of 点検区分
    (("西岬村の補助金の点検結果で手話講座補助金はどういう区分になった？",), "統合"),
    # the year said before 「前の年から」 is the later of the two
    (("西岬村の補助金の点検結果の地域おこし補助金、R5の支出額は？", "R6は前の年からいくら減った？"), 800),
    (("西岬村の補助金の点検結果の地域おこし補助金、令和6年度は前年度から何千円減った？",), 800),
    # the one row left is what 「どれ」 asks
    (("西岬村の補助金の点検結果で縮小になった補助金は何件？", "そのうち福祉部のはどれ？"), "老人会補助金"),
])
def test_sheets_labelled_by_their_title_row(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_the_sheet_label_is_no_part_of_the_title(assistant) -> None:
    answer = ask(assistant, "西岬村の補助金の点検結果で廃止になった補助金は何件？")
    assert answer.value == 1 and "担当部：" not in answer.summary and "「企画部」の表" not in answer.summary


@pytest.mark.parametrize("turns,value", [
    (("西岬村の業務改善提案の判定結果で改善案No.3の節減額はいくら？（万円）",), 140),
    (("西岬村の業務改善提案の判定結果で3番の改善案の節減額は？",), 140),
    (("西岬村の業務改善提案の判定結果で採択された改善案の節減額を全部足すと何万円？",), 200),
    (("西岬村の業務改善提案の判定結果で採択された改善案のうち、節減額がいちばん大きいのは？",), "メーター点検の委託"),
    (("西岬村の業務改善提案の判定結果、メーター点検の委託を出したのはどこの課？",), "水道課"),
    (("西岬村の業務改善提案の判定結果で採択は何件？", "そのうち節減額が書かれていない改善案は？"), "窓口案内表示の多言語化"),
])
def test_blocks_numbered_and_their_amounts_in_sentences(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_why_a_block_was_not_taken_is_its_comment(assistant) -> None:
    answer = ask(assistant, "西岬村の業務改善提案の判定結果で庁内掲示板の廃止はどうなった？", "なんで採択されなかったの？")
    assert answer.status == "search" and "電子掲示板へ移行済み" in answer.summary


@pytest.mark.parametrize("turns,value", [
    (("南丘町の申請手続の電子化の状況で、電子化が済んでいる手続は何件？",), 3),
    (("南丘町の申請手続の電子化の状況で、電子化済みの手続の年間件数の合計は？",), 5800),
    (("南丘町の申請手続の電子化の状況で令和9年度に電子化する予定の手続は何件？",), 2),
    (("南丘町の申請手続の電子化の状況で令和9年度電子化予定の手続は何件？",), 2),
    (("南丘町の申請手続の電子化の状況で令和9年度に電子化する予定の手続は？", "そのうち年間500件以上あるのは何件？"), 1),
])
def test_status_kinds_said_as_verbs_and_plans(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


def test_a_legend_line_says_what_a_kind_means(assistant) -> None:
    answer = ask(assistant, "南丘町の申請手続の電子化の状況で「対象外」ってどういう意味？")
    assert "原本の確認" in answer.summary


@pytest.mark.parametrize("question,value", [
    ("東浦市の施策の重要度調査で2025年度にいちばん重要度が高かった施策は？", "バス路線の維持"),
    ("東浦市の施策の重要度調査で前年度からの下げ幅がいちばん大きかった施策は？", "バス路線の維持"),
    ("東浦市の施策の重要度調査で前年度からの下落幅がいちばん大きかった施策は？", "バス路線の維持"),
])
def test_rates_over_years(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)


@pytest.mark.parametrize("question,expected", [
    ("北浜村の公共建築物の保全計画で平成以降に建った建物は？", ["北浜村体育館", "北浜村公民館"]),
    ("北浜村の公共建築物の保全計画で平成より前に建てられた建物は？", ["北浜村保育所", "北浜村役場"]),
])
def test_an_era_with_a_bound(assistant, question, expected) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and titles(answer) == sorted(expected), (answer.status, answer.summary)
