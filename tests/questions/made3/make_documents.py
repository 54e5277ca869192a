"""Documents of municipalities no loader was written for, in five shapes, for the made3 question set.

`python -m tests.questions.made3.make_documents` rewrites tests/questions/made3/docs/. The facts are
invented but shaped like real reform documents: a CSV-like text export with 和暦 dates in cells (北上市),
an XLSX whose header spans two rows with a 合計 row and notes (那須町), a DOCX with one landscape table per
重点項目 and line breaks in cells (那須町), a PDF report with （1） paragraphs and ◎○△ grades (島根県) and
an HTML page with an <h3> and a definition list per measure (酒田市).
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# 北上市: 番号, 取組名, 所管課, 着手日, 完了日, 状況, 効果額（千円）
KITAKAMI = [
    ("1", "窓口業務の一部委託", "市民課", "R6.4.1", "R7.3.31", "完了", "12400"),
    ("2", "公共施設予約システムの導入", "生涯学習課", "R6.10.1", "", "実施中", "0"),
    ("3", "電子契約の導入", "契約管財課", "R6.7.1", "R7.9.30", "完了", "3150"),
    ("4", "市税の口座振替推進", "税務課", "R6.4.1", "", "実施中", "1800"),
    ("5", "庁用車の台数削減", "契約管財課", "R7.4.1", "R8.3.31", "完了", "5600"),
    ("6", "ペーパーレス会議の推進", "情報政策課", "R6.4.1", "R7.3.31", "完了", "2300"),
    ("7", "団体補助金の見直し", "企画調整課", "R7.4.1", "", "実施中", "8900"),
    ("8", "ごみ収集ルートの最適化", "環境対策課", "", "", "未着手", "0"),
    ("9", "下水道使用料の改定", "下水道課", "R6.4.1", "R8.3.31", "完了", "21000"),
    ("10", "市営住宅の集約", "都市整備課", "R7.4.1", "", "延期", "0"),
]


def _stable_zip(path: Path) -> None:
    """The same bytes on every run: openpyxl stamps the save time into docProps/core.xml and the zip
    entries carry the clock, so both are set to the documents' date."""
    with zipfile.ZipFile(path) as zf:
        entries = [(info.filename, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-01T00:00:00Z", data)
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def kitakami_text() -> str:
    lines = [
        "北上市行政経営改革プラン（令和6年度～令和9年度）取組実績一覧",
        "令和8年3月31日現在　北上市総務部行政経営課",
        "",
        "番号,取組名,所管課,着手日,完了日,状況,効果額（千円）",
    ]
    lines += [",".join(row) for row in KITAKAMI]
    lines += [
        "",
        "※効果額は令和7年度決算見込み額（単年度）。",
        "※状況の区分　完了：取組を終えたもの　実施中：取組を継続しているもの　未着手：着手していないもの　延期：計画期間内の実施を見送ったもの",
    ]
    return "\n".join(lines) + "\n"


# 那須町 実施計画: 番号, 改革項目, 担当課, (R6 計画, 実績), (R7 計画, 実績), (R8 計画, 実績), 評価
NASU_PLAN = [
    (1, "町税収納率の向上", "税務課", (3000, 3400), (3500, 3100), (4000, None), "B"),
    (2, "ふるさと納税の拡充", "企画財政課", (20000, 26500), (25000, 31000), (30000, None), "A"),
    (3, "町有施設の統廃合", "総務課", (5000, 4200), (8000, 8000), (10000, None), "A"),
    (4, "使用料・手数料の見直し", "企画財政課", (1200, 900), (1500, 1100), (1500, None), "C"),
    (5, "庶務事務の委託化", "総務課", (2500, 2500), (2500, 2800), (3000, None), "A"),
    (6, "職員数の適正化", "総務課", (15000, 12000), (18000, 16500), (20000, None), "B"),
    (7, "観光施設への指定管理者制度導入", "観光商工課", (0, 0), (6000, 3900), (6000, None), "C"),
    (8, "保育料の適正化", "保健福祉課", (800, 800), (800, 850), (800, None), "A"),
]


def nasu_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "実施計画"
    ws["A1"] = "那須町行財政改革実施計画（令和6年度～令和8年度）財政効果額一覧"
    ws["I2"] = "（単位：千円）"
    ws.append([])
    # row 3: the year over 計画/実績; row 4: the sub-columns
    ws["A3"], ws["B3"], ws["C3"], ws["J3"] = "番号", "改革項目", "担当課", "評価"
    for col, year in zip(("D", "F", "H"), ("令和6年度", "令和7年度", "令和8年度")):
        ws[f"{col}3"] = year
    for col in "DFH":
        nxt = chr(ord(col) + 1)
        ws.merge_cells(f"{col}3:{nxt}3")
        ws[f"{col}4"], ws[f"{nxt}4"] = "計画", "実績"
    for col in "ABCJ":
        ws.merge_cells(f"{col}3:{col}4")
    for cell in ws[3] + ws[4]:
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for no, name, dept, r6, r7, r8, grade in NASU_PLAN:
        ws.append([no, name, dept, r6[0], r6[1], r7[0], r7[1], r8[0], r8[1], grade])
    totals = [sum(row[i][j] or 0 for row in NASU_PLAN) for i in (3, 4, 5) for j in (0, 1)]
    totals[5] = None  # 令和8年度の実績は未確定
    ws.append(["合計", None, None, *totals, None])
    ws.append([])
    ws.append(["注1）評価は令和7年度の実績による。A：計画額以上、B：計画額の80％以上、C：計画額の80％未満"])
    ws.append(["注2）令和8年度の実績は令和9年5月に確定する予定。"])
    ws.column_dimensions["B"].width = 32
    ws.column_dimensions["C"].width = 14
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 12, 1)
    wb.save(path)


# 那須町 事務事業見直し計画: 重点項目 → (番号, 見直し事業, 所管課, 見直し内容, 実施時期, 備考)
NASU_REVIEW = [
    ("歳入の確保", [
        ("1-1", "町有地の売却", "総務課", "未利用の町有地3か所を一般競争入札で売却\n売却見込額 45百万円", "令和7年度", "測量は令和6年度に完了"),
        ("1-2", "広告収入の確保", "企画財政課", "広報誌・町ウェブサイトに有料広告を掲載\n収入見込額 年1.2百万円", "令和7年度", ""),
        ("1-3", "温泉施設入浴料の改定", "観光商工課", "町外利用者の入浴料を\n500円から700円に改定", "令和8年度", "条例改正が必要"),
    ]),
    ("歳出の削減", [
        ("2-1", "敬老祝金の見直し", "保健福祉課", "支給対象を88歳・100歳に限定\n削減見込額 6.5百万円", "令和7年度", ""),
        ("2-2", "町営バス路線の再編", "企画財政課", "利用の少ない2路線を\nデマンド交通に転換", "令和8年度", "地域公共交通会議で協議中"),
        ("2-3", "小学校の統合", "教育委員会事務局", "3小学校を1校に統合", "令和9年度", "保護者説明会を実施"),
        ("2-4", "公用車のリース化", "総務課", "購入からリースへ切替\n削減見込額 2.1百万円", "令和7年度", ""),
    ]),
    ("行政サービスの向上", [
        ("3-1", "オンライン申請の拡大", "総務課", "対象手続を30から80に拡大", "令和7年度～令和8年度", ""),
        ("3-2", "窓口の日曜開庁", "住民課", "毎月第2・第4日曜日に\n住民票等を交付", "令和8年度", "令和7年度に試行"),
    ]),
]


def nasu_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    doc.core_properties.created = dt.datetime(2026, 12, 1)
    doc.add_heading("那須町事務事業見直し計画（令和7年度～令和9年度）", level=1)
    doc.add_paragraph("令和7年3月　那須町行財政改革推進本部")
    doc.add_paragraph("厳しい財政状況を踏まえ、次の3つの重点項目に沿って事務事業を見直す。見直し事業は合わせて9項目である。")
    for n, (theme, rows) in enumerate(NASU_REVIEW, start=1):
        doc.add_heading(f"重点項目{n}　{theme}（{len(rows)}項目）", level=2)
        table = doc.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("番号", "見直し事業", "所管課", "見直し内容", "実施時期", "備考")):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    doc.add_paragraph("※実施時期は見直し後の制度を始める年度を示す。")
    doc.save(path)


# 島根県: 番号, 取組, 担当, 進捗, 実績の文, 効果額（百万円、記載のあるもののみ）
SHIMANE = [
    (1, "県税の徴収強化", "税務課", "◎", "滞納整理の強化により、令和7年度の県税収納率は99.2％となり、目標の99.0％を上回った。", 320),
    (2, "未利用県有地の売却", "管財課", "○", "4件を売却し、売却額は180百万円となった（目標250百万円）。", 180),
    (3, "出資法人の見直し", "行政改革推進室", "△", "統合を予定する2法人について協議を続けたが、合意には至っていない。", None),
    (4, "行政手続のデジタル化", "デジタル推進課", "◎", "電子申請に対応した手続は420件となり、目標の300件を上回った。", None),
    (5, "職員定数の適正化", "人事課", "○", "知事部局の職員数は3,012人で、目標の3,000人に近づいた。", None),
    (6, "公共施設の長寿命化", "営繕課", "○", "個別施設計画の策定率は92％（目標100％）となった。", None),
    (7, "県単独補助金の見直し", "財政課", "◎", "35件の補助金を見直し、410百万円を削減した。", 410),
    (8, "指定管理者制度の活用", "行政改革推進室", "△", "新たな導入は1施設にとどまった（目標4施設）。", None),
]


def shimane_pdf(path: Path) -> bool:
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        return False
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=14)
    pdf.add_page()
    pdf.multi_cell(0, 9, "島根県行財政改革推進計画　令和7年度取組状況報告書", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 7, "令和8年6月　島根県総務部行政改革推進室", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 7, "進捗の区分　◎：目標を達成　○：おおむね順調　△：遅れている", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for no, name, dept, grade, sentence, effect in SHIMANE:
        pdf.set_font("jp", size=11)
        pdf.multi_cell(0, 7, f"（{no}）{name}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("jp", size=10)
        pdf.multi_cell(0, 7, f"担当：{dept}　進捗：{grade}", new_x="LMARGIN", new_y="NEXT")
        text = sentence + (f"効果額は{effect}百万円。" if effect is not None else "")
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    counts = {g: sum(1 for r in SHIMANE if r[3] == g) for g in "◎○△"}
    effect_total = sum(r[5] or 0 for r in SHIMANE)
    pdf.add_page()
    pdf.set_font("jp", size=11)
    pdf.multi_cell(0, 7, "進捗状況のまとめ", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 7, f"◎ {counts['◎']}項目、○ {counts['○']}項目、△ {counts['△']}項目（計{len(SHIMANE)}項目）",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, f"令和7年度の効果額の合計は{effect_total}百万円である。", new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return True


# 酒田市: 取組名, 所管部署, 計画期間, 目標, 成果, 達成状況, 効果額（百万円、5年間累計）
SAKATA = [
    ("市税等の収納率向上", "納税課", "平成28年度～令和2年度", "市税収納率 98.0％", "98.6％（令和2年度）", "達成", 152),
    ("ごみ処理手数料の見直し", "環境衛生課", "平成29年度（2017年度）", "指定ごみ袋の価格改定", "平成29年10月に改定", "達成", 96),
    ("公民館への指定管理者制度導入", "社会教育課", "2018年度～2020年度", "導入 12館", "導入 7館", "一部達成", 38),
    ("人件費の抑制", "人事課", "平成28年度～令和2年度", "職員数 1,050人以下", "1,032人（令和2年4月1日）", "達成", 610),
    ("窓口のワンストップ化", "市民課", "平成30年度～令和元年度", "総合窓口の開設", "未開設（令和3年度以降に延期）", "未達成", 0),
    ("公共施設の再編", "企画調整課", "平成28年度～令和2年度", "延床面積 5％削減", "3.1％削減", "一部達成", 220),
    ("電子入札の導入", "契約検査課", "2019年度", "全工事で導入", "全工事で導入", "達成", 15),
]


def sakata_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8"><title>第3次酒田市行財政改革大綱 実施計画の成果 | 酒田市</title></head>',
        "<body>",
        "<h1>第3次酒田市行財政改革大綱 実施計画の成果（平成28年度～令和2年度）</h1>",
        "<p>酒田市では、平成28年度から令和2年度までの5年間、第3次行財政改革大綱の実施計画に取り組みました。"
        "主な取組の成果は次のとおりです（効果額は5年間の累計、単位：百万円）。</p>",
        '<p>更新日：2021年6月15日　担当：総務部行政改革推進課</p>',
    ]
    for n, (name, dept, period, goal, result, status, effect) in enumerate(SAKATA, start=1):
        parts += [
            f"<h3>取組{n}　{name}</h3>",
            "<dl>",
            f"<dt>所管部署</dt><dd>{dept}</dd>",
            f"<dt>計画期間</dt><dd>{period}</dd>",
            f"<dt>目標</dt><dd>{goal}</dd>",
            f"<dt>成果</dt><dd>{result}</dd>",
            f"<dt>達成状況</dt><dd>{status}</dd>",
            f"<dt>効果額</dt><dd>{effect}百万円</dd>",
            "</dl>",
        ]
    counts = {s: sum(1 for r in SAKATA if r[5] == s) for s in ("達成", "一部達成", "未達成")}
    parts += [
        "<h2>達成状況のまとめ</h2>",
        "<table border=\"1\"><tr><th>達成状況</th><th>取組数</th></tr>",
        *(f"<tr><td>{s}</td><td>{c}</td></tr>" for s, c in counts.items()),
        f"<tr><td>計</td><td>{len(SAKATA)}</td></tr></table>",
        f"<p>効果額の累計は{sum(r[6] for r in SAKATA):,}百万円となりました。</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "kitakami_torikumi_jisseki.txt").write_text(kitakami_text(), encoding="utf-8")
    nasu_xlsx(DOCS / "nasu_zaisei_kouka.xlsx")
    nasu_docx(DOCS / "nasu_jimujigyo_minaoshi.docx")
    for name in ("nasu_zaisei_kouka.xlsx", "nasu_jimujigyo_minaoshi.docx"):
        _stable_zip(DOCS / name)
    if not shimane_pdf(DOCS / "shimane_torikumi_jokyo.pdf"):
        raise SystemExit("日本語フォントがありません（fonts-ipaexfont-gothic）")
    (DOCS / "sakata_kaikaku_seika.html").write_text(sakata_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
