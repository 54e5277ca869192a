"""Tables of other cities asked the way staff ask them (made49, made50): staff numbers by year in two
tables of the same year columns (a 合計 row in the first), a workbook of donations by use and quarter
with 件数 | 金額 under each 四半期 and 年度計, a survey in Word with five-level percentages under one
merged 回答の割合（％）, and a fee revision with 料金 over 現行 | 改定案. Small documents of made-up
cities, indexed beside the shipped corpus."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over, titles

T = "\t"
YEARS = ["令和2年（2020年）", "令和3年（2021年）", "令和4年（2022年）", "令和5年（2023年）", "令和6年（2024年）"]
STAFF = "\n".join([
    "西原市 職員数の推移（部門別）", "",
    "1 部門別職員数の推移（各年4月1日現在、単位：人）", "",
    T.join(["部門", *YEARS]),
    T.join(["一般行政部門", "1,200", "1,210", "1,230", "1,240", "1,260"]),
    T.join(["教育部門", "300", "296", "290", "288", "286"]),
    T.join(["消防部門", "250", "252", "255", "256", "258"]),
    T.join(["合計", "1,750", "1,758", "1,775", "1,784", "1,804"]), "",
    "※ 会計年度任用職員は含みません。", "",
    "2 再任用短時間勤務職員・任期付職員数の推移（各年4月1日現在、単位：人）", "",
    T.join(["区分", *YEARS]),
    T.join(["再任用短時間勤務職員", "40", "44", "47", "50", "52"]),
    T.join(["任期付職員", "10", "12", "13", "15", "18"]), "",
    "3 定員適正化計画の目標",
    "計画期間：令和3年度～令和7年度",
    "目標：令和7年4月1日の職員数（上表1の合計）を1,780人以内とする。",
    "令和6年4月1日現在の職員数は1,804人であり、目標を24人上回っています。", ""])


def _donations(path) -> None:
    """A workbook of donations by use (rows) and quarter, 件数 | 金額 under each 四半期 and 年度計."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "使途別"
    ws["A1"] = "令和5年度 ふるさと納税 寄附実績 使途別・四半期別"
    ws["A2"] = "東浜市 財政課"
    quarters = ["第1四半期（4月～6月）", "第2四半期（7月～9月）", "第3四半期（10月～12月）", "第4四半期（1月～3月）", "年度計"]
    ws.cell(4, 1, "使途区分")
    ws.merge_cells("A4:A5")
    for n, q in enumerate(quarters):
        col = 2 + 2 * n
        ws.cell(4, col, q)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "件数")
        ws.cell(5, col + 1, "金額")
    rows = [("子育ての充実", (100, 1500000), (200, 3000000), (300, 4500000), (50, 800000)),
            ("福祉の向上", (40, 600000), (60, 900000), (80, 1200000), (20, 300000)),
            ("産業の振興", (90, 1400000), (150, 2600000), (400, 7000000), (60, 900000)),
            ("市長におまかせ", (120, 1800000), (130, 2000000), (500, 8000000), (70, 1000000))]
    for r, (name, *qs) in enumerate(rows, 6):
        ws.cell(r, 1, name)
        for n, (count, amount) in enumerate(qs):
            ws.cell(r, 2 + 2 * n, count)
            ws.cell(r, 3 + 2 * n, amount)
        ws.cell(r, 10, sum(c for c, _ in qs))
        ws.cell(r, 11, sum(a for _, a in qs))
    total = 6 + len(rows)
    ws.cell(total, 1, "合計")
    for col in range(2, 12):
        ws.cell(total, col, sum(ws.cell(r, col).value for r in range(6, total)))
    wb.save(path)


def _survey(path) -> None:
    """A survey report in Word: 5-level percentages under a merged 回答の割合（％）."""
    from docx import Document

    doc = Document()
    doc.add_heading("令和6年度 市役所窓口サービスに関する来庁者アンケート 結果報告書", level=1)
    doc.add_paragraph("北野市 総務部 行政改革課")
    doc.add_heading("2　設問別の満足度", level=2)
    t = doc.add_table(rows=2, cols=8)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text, h0[1].text, h0[2].text, h0[7].text = "番号", "設問", "回答の割合（％）", "回答数（件）"
    h0[0].merge(h1[0])
    h0[1].merge(h1[1])
    h0[7].merge(h1[7])
    h0[2].merge(h0[6])
    for i, level in enumerate(["満足", "やや満足", "ふつう", "やや不満", "不満"]):
        t.rows[1].cells[2 + i].text = level
    for no, q, pcts, n in [("問1", "職員の言葉づかい", (50.0, 30.0, 15.0, 3.0, 2.0), "900"),
                           ("問2", "待ち時間の長さ", (20.0, 20.0, 30.0, 18.0, 12.0), "880"),
                           ("問3", "説明のわかりやすさ", (40.0, 35.0, 18.0, 4.5, 2.5), "890"),
                           ("問4", "申請書の書きやすさ", (20.0, 25.0, 36.0, 13.0, 6.0), "870")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[7].text = no, q, n
        for i, v in enumerate(pcts):
            cells[2 + i].text = f"{v:.1f}"
    doc.save(path)


FEES = "\n".join([
    "南浜市 使用料の見直しについて（案）", "",
    T.join(["番号", "区分", "施設名", "単位", "料金（円）現行", "料金（円）改定案", "備考"]),
    T.join(["1", "体育施設", "体育館 競技場", "1時間", "1,000", "1,200", ""]),
    T.join(["2", "体育施設", "体育館 会議室", "1時間", "300", "300", "据置"]),
    T.join(["3", "体育施設", "市民プール 一般", "1回", "400", "500", ""]),
    T.join(["4", "文化施設", "文化会館 大ホール", "1回", "40,000", "44,000", ""]),
    T.join(["5", "文化施設", "公民館 和室", "1時間", "400", "400", "据置"]), ""])


# A timeline of ● under 「実施時期（年度）」 over a row of 西暦 years, as a PDF prints it (two header rows).
TIMELINE = "\n".join([
    "北浜市公共施設再配置計画 実行プラン（2025年度～2030年度）", "",
    "施設別の方針と実施時期",
    T.join(["No.", "施設名", "分類", "延床面積（㎡）", "建築年", "方針", "実施時期（年度）"]),
    T.join(["", "", "", "", "", "", "2025", "2026", "2027", "2028", "2029", "2030"]),
    T.join(["1", "中央公民館", "公民館", "1,200.0", "1975年", "複合化", "", "", "●", "●"]),
    T.join(["2", "北公民館", "公民館", "800.0", "1985年", "維持", "", "", "", "", "", "●"]),
    T.join(["3", "東小学校", "学校", "6,000.0", "1968年", "複合化", "", "", "", "●", "●", "●"]),
    T.join(["4", "西小学校", "学校", "5,500.0", "1972年", "集約化", "●"]),
    T.join(["5", "南児童館", "児童館", "300.0", "1990年", "廃止", "", "●"]),
    "※ ●は、工事等を実施する予定の年度を示します。", ""])

# A two-column table of counts under a numbered heading: its header names a measure with its unit.
PURPOSES = "\n".join([
    "中原市 来庁者アンケート 結果（抜粋）", "",
    "3　来庁の目的（複数回答）", "",
    T.join(["来庁の目的", "回答者数（人）"]),
    T.join(["住民票・戸籍等の証明書", "300"]),
    T.join(["税に関する手続・相談", "150"]),
    T.join(["子育てに関する手続", "80"]),
    T.join(["延べ回答数", "530"]), "",
    "4　今後の対応", "待ち時間の短縮に取り組みます。", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("series")
    (folder / "西原市_職員数の推移.txt").write_text(STAFF, encoding="utf-8")
    (folder / "南浜市_使用料の見直し.txt").write_text(FEES, encoding="utf-8")
    (folder / "北浜市_再配置実行プラン.txt").write_text(TIMELINE, encoding="utf-8")
    (folder / "中原市_来庁の目的.txt").write_text(PURPOSES, encoding="utf-8")
    _donations(folder / "東浜市_ふるさと納税寄附実績.xlsx")
    _survey(folder / "北野市_窓口アンケート.docx")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


# Two tables of the same year columns under their own headings: a 合計 adds the first table's rows only.
@pytest.mark.parametrize("turns,value", [
    (("西原市の職員数、令和2年から令和6年で合計は何人増えましたか",), 54),
    (("西原市の教育部門の職員数の5年間の平均は？",), 292),
    (("西原市の職員数の推移で一般行政部門を教えて", "令和3年と比べて令和6年は何人増えた？"), 50),
    (("西原市の任期付職員の推移は？", "令和6年は？"), 18),  # the second table, of two rows
])
def test_staff_numbers_by_year(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_the_target_is_the_figure_the_plan_states_not_the_excess(assistant) -> None:
    answer = ask(assistant, "西原市の定員適正化計画の目標は何人ですか")
    assert answer.value != 24 and "1,780人以内" in str(answer.value), answer.summary


# 件数 | 金額 under each 四半期 and 年度計: the quarter said and the word said pick one column together.
@pytest.mark.parametrize("turns,value", [
    (("東浜市のふるさと納税で、福祉の向上の第2四半期の件数",), 60),
    (("東浜市のふるさと納税の実績で、産業の振興はどうなってますか", "第4四半期の件数は？"), 60),
    (("東浜市のふるさと納税で、子育ての充実への寄附は年間いくらでしたか",), 9800000),
    (("東浜市のふるさと納税の寄附額、年度計の合計はいくらになりますか",), 37500000),
    (("東浜市のふるさと納税で寄附件数が年間でいちばん少ない使途は？", "その使途の年間の寄附額は？"), 3000000),
])
def test_donations_by_quarter(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_an_amount_in_man_yen_over_amounts_written_in_full(assistant) -> None:
    answer = ask(assistant, "東浜市のふるさと納税で年間の寄附額が1000万円以上の使途は何件ありますか")
    assert (answer.status, answer.value) == ("exact", 2), answer.summary
    assert titles(answer) == ["市長におまかせ", "産業の振興"], answer.summary


def test_a_count_among_several_count_columns_is_no_count_fact(assistant) -> None:
    # (「福祉の向上 40件」 of the first quarter's 件数 was once the row's stated count)
    answer = ask(assistant, "東浜市 ふるさと納税 福祉の向上 第3四半期の件数")
    assert answer.value == 80, answer.summary


# Percentages of five levels: 何％ and 割合 ask the cell; two levels said added are summed per row.
@pytest.mark.parametrize("turns,value", [
    (("北野市の窓口アンケートの申請書の書きやすさの結果を見せて", "「ふつう」は何％？"), 36),
    (("北野市の窓口アンケートで、待ち時間の長さに「不満」と答えた人の割合は？",), 12),
    (("北野市の窓口アンケートで、説明のわかりやすさの「やや不満」と「不満」を合わせると何％？",), 7),
    (("北野市のアンケートで、満足度（満足＋やや満足）が70％以上の設問はいくつですか",), 2),
])
def test_survey_percentages(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_the_lowest_of_two_levels_added(assistant) -> None:
    answer = ask(assistant, "北野市の窓口アンケート、満足とやや満足を合わせた満足度がいちばん低い設問は？")
    assert (answer.status, answer.value) == ("exact", "待ち時間の長さ"), answer.summary
    assert "＋" in answer.summary, answer.summary


# 料金 over 現行 | 改定案: 値上げ is the proposal above the fee in force; 改定後 is the proposal.
def test_fee_rises_and_the_revised_fee(assistant) -> None:
    answer = ask(assistant, "南浜市の使用料の見直しで体育施設のうち値上げになるのは何件？")
    assert (answer.status, answer.value) == ("exact", 2), answer.summary
    answer = ask(assistant, "南浜市の使用料の見直しで、文化会館 大ホールの改定後の料金はいくら？")
    assert answer.value == 44000, answer.summary


def test_a_row_left_out_and_two_quarters_compared(assistant) -> None:
    answer = ask(assistant, "東浜市のふるさと納税で、市長におまかせ以外で年間の寄附額がいちばん多い使途は？")
    assert (answer.status, answer.value) == ("exact", 11900000) and "産業の振興" in answer.summary, answer.summary
    answer = ask(assistant, "東浜市の子育ての充実って、第3四半期は第1四半期より寄附額がどれだけ増えた？")
    assert (answer.status, answer.value) == ("exact", 3000000), answer.summary


# ● under the years of 「実施時期（年度）」: the years are the columns; いつ answers the years marked.
@pytest.mark.parametrize("question,value", [
    ("北浜市の再配置プランで2028年度に実施予定の施設は何件？", 2),
    ("北浜市の再配置計画で1980年より前に建てられた施設はいくつ", 3),
    ("北浜市の再配置計画で東小学校はいつ実施する予定ですか", "2028年度、2029年度、2030年度"),
])
def test_a_timeline_of_marks_by_year(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_the_oldest_by_the_year_built(assistant) -> None:
    answer = ask(assistant, "北浜市の再配置計画の学校を見せて", "その中でいちばん古いのは？")
    assert answer.status == "exact" and answer.rows[0]["施設名"] == "東小学校", answer.summary


def test_a_count_table_under_a_numbered_heading(assistant) -> None:
    answer = ask(assistant, "中原市の来庁者アンケート、来庁の目的で税に関する手続・相談は何人でしたか")
    assert (answer.status, answer.value) == ("exact", 150), answer.summary
    answer = ask(assistant, "中原市の来庁者アンケートで来庁の目的は何種類？")
    assert answer.value != 4, answer.summary  # (延べ回答数 is the answers added up, no purpose)
