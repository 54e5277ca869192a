"""Five reform documents of three municipalities no loader was written for (八戸市, 松江市, 高崎市),
in the shapes such offices publish, for the holdout question set made4/questions.jsonl.

`python -m tests.questions.made4.make_documents` rewrites tests/questions/made4/docs/. The contents are
made up; the answers in questions.jsonl were read from the generated files, not from this script's lists.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# --- 八戸市: XLSX, measures as columns (sheet 取組概要) and years as rows (sheet 効果額) -------------
HACHINOHE_MEASURES = [
    # 取組名, 担当課, 開始年度, 令和7年度の進捗, 状況
    ("窓口業務の民間委託", "市民課", "令和6年度", "順調", "完了"),
    ("公共施設予約のオンライン化", "施設管理課", "令和6年度", "概ね順調", "実施中"),
    ("ペーパーレス会議の推進", "行政改革推進課", "令和7年度", "順調", "完了"),
    ("市有地の売却", "資産活用課", "令和6年度", "遅れ", "実施中"),
    ("下水道使用料の見直し", "下水道経営課", "令和8年度", "－", "未着手"),
    ("指定管理者制度の拡大", "施設管理課", "令和7年度", "概ね順調", "実施中"),
]
# 効果額（千円）per fiscal year row, in the order of the measures
HACHINOHE_EFFECTS = [
    ("令和6年度（2024年度）", [12000, 1500, 0, 48000, 0, 0]),
    ("令和7年度（2025年度）", [18500, 2300, 800, 0, 0, 6200]),
    ("令和8年度（2026年度）見込", [18500, 2600, 900, 30000, 15000, 6500]),
    ("令和9年度（2027年度）見込", [18500, 2600, 900, 0, 15000, 6500]),
]


def hachinohe_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "取組概要"
    ws["A1"] = "八戸市行政改革実施計画（令和6年度～令和9年度）　取組の進捗状況（令和7年度末）"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "八戸市 総務部 行政改革推進課"
    labels = ["項目", "取組名", "担当課", "開始年度", "令和7年度の進捗", "状況"]
    for r, label in enumerate(labels, start=4):
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
    for c, measure in enumerate(HACHINOHE_MEASURES, start=2):
        ws.cell(row=4, column=c, value=f"取組{c - 1}").font = Font(bold=True)
        for r, value in enumerate(measure, start=5):
            ws.cell(row=r, column=c, value=value).alignment = Alignment(wrap_text=True)
    ws["A11"] = "※進捗：順調／概ね順調／遅れ（「－」は令和7年度に取組がないもの）"
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 18

    ws2 = wb.create_sheet("効果額")
    ws2["A1"] = "取組別の財政効果額の推移（単位：千円）"
    ws2["A1"].font = Font(bold=True)
    header = ["年度"] + [m[0] for m in HACHINOHE_MEASURES] + ["合計"]
    for c, value in enumerate(header, start=1):
        ws2.cell(row=3, column=c, value=value).font = Font(bold=True)
    for r, (year, amounts) in enumerate(HACHINOHE_EFFECTS, start=4):
        ws2.cell(row=r, column=1, value=year)
        for c, amount in enumerate(amounts + [sum(amounts)], start=2):
            ws2.cell(row=r, column=c, value=amount).number_format = "#,##0"
    ws2.cell(row=8, column=1, value="※令和8年度・令和9年度は見込額")
    ws2.column_dimensions["A"].width = 26
    wb.properties.created = dt.datetime(2026, 5, 20)
    wb.save(path)


# --- 八戸市: PDF, one box of 項目/内容 per measure followed by a paragraph ---------------------------
HACHINOHE_REVIEW = [
    ("1", "電子申請の拡充", "情報政策課", "令和6年度～令和9年度", "A", "3,200千円",
     "電子申請に対応する手続を令和7年度に42手続追加し、累計で186手続とした。来庁せずに済む手続が増え、窓口の混雑が緩和された。"),
    ("2", "公用車の削減", "管財課", "令和6年度～令和7年度", "A", "4,800千円",
     "公用車の稼働状況を調べ、稼働率の低い12台を廃止した。カーシェアリングの活用により業務への支障は生じていない。令和7年度で取組を終了する。"),
    ("3", "補助金の見直し", "財政課", "令和6年度～令和8年度", "B", "9,500千円",
     "補助金評価シートにより全86件を点検し、7件を廃止、11件を縮小した。団体との調整に時間を要し、一部の見直しは令和8年度に持ち越した。"),
    ("4", "使用料・手数料の適正化", "財政課", "令和7年度～令和9年度", "C", "0千円",
     "原価計算の方法を定めたが、施設ごとの算定が終わらず、改定案の作成に至らなかった。令和8年度に算定を終え、審議会に諮る予定である。"),
    ("5", "RPAによる定型業務の自動化", "情報政策課", "令和6年度～令和9年度", "B", "2,100千円",
     "給与・会計など9業務にRPAを導入し、年間約3,400時間の作業時間を削減した。シナリオの保守を担う職員の育成が課題である。"),
    ("6", "職員研修の内製化", "人事課", "令和7年度～令和8年度", "B", "650千円",
     "外部講師に依頼していた研修のうち5講座を職員講師による研修に切り替えた。受講者アンケートの満足度は前年度並みであった。"),
]


def hachinohe_pdf(path: Path) -> None:
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("a Japanese font is needed (Debian package fonts-ipaexfont-gothic)")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 6, 30, tzinfo=dt.timezone.utc))  # same bytes every time
    pdf.add_font("jp", fname=font)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("jp", size=14)
    pdf.cell(0, 10, "令和7年度　八戸市行政改革取組評価報告書", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("jp", size=10)
    pdf.cell(0, 7, "令和8年6月　八戸市総務部行政改革推進課", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.multi_cell(0, 6, "本報告書は、八戸市行政改革実施計画に掲げた事務事業の見直しに関する取組について、"
                         "令和7年度（2025年度）の実施状況と評価をまとめたものである。\n"
                         "評価の区分　A：計画どおり進んでいる　B：おおむね計画どおり進んでいる　C：計画より遅れている")
    pdf.ln(4)
    for number, name, office, period, grade, effect, text in HACHINOHE_REVIEW:
        if pdf.get_y() > 200:
            pdf.add_page()
        pdf.set_font("jp", size=11)
        pdf.cell(0, 8, f"取組{number}　{name}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("jp", size=9)
        with pdf.table(col_widths=(35, 135), text_align="LEFT", first_row_as_headings=False) as table:
            for label, value in (("項目", "内容"), ("取組名", name), ("所管課", office), ("実施期間", period),
                                 ("令和7年度評価", grade), ("効果額（令和7年度）", effect)):
                row = table.row()
                row.cell(label)
                row.cell(value)
        pdf.ln(2)
        pdf.multi_cell(0, 6, "【実施状況】" + text)
        pdf.ln(4)
    pdf.output(str(path))


# --- 松江市: HTML, a table whose first column is a rowspan'd 基本方針, ○ in the year columns ----------
MATSUE_PLAN = [
    ("基本方針1　市民サービスの向上", [
        ("1", "コンビニ交付の拡大", "市民課", "○○  ", "令和7年度完了"),
        ("2", "オンライン申請の拡充", "情報システム課", "○○○○", ""),
        ("3", "窓口のキャッシュレス化", "会計課", " ○○ ", ""),
    ]),
    ("基本方針2　効率的な行政運営", [
        ("4", "業務の外部委託の推進", "行政経営課", "○○○○", ""),
        ("5", "会議録作成へのAI活用", "議会事務局", "  ○○", "令和8年度から実施"),
        ("6", "職員定員の適正化", "人事課", "○○○○", ""),
        ("7", "電子決裁の全庁導入", "総務課", "○○  ", "令和7年度完了"),
    ]),
    ("基本方針3　健全な財政運営", [
        ("8", "未利用財産の売却", "管財課", "○○○ ", ""),
        ("9", "市税収納率の向上", "納税課", "○○○○", ""),
        ("10", "公共施設の統廃合", "公共施設マネジメント課", "  ○○", "令和8年度から実施"),
    ]),
]


def matsue_html(path: Path) -> None:
    rows = []
    for policy, items in MATSUE_PLAN:
        for i, (number, name, office, marks, note) in enumerate(items):
            head = f'<th rowspan="{len(items)}" scope="rowgroup">{policy}</th>' if i == 0 else ""
            years = "".join(f'<td class="c">{m.strip()}</td>' for m in marks)
            rows.append(f"<tr>{head}<td>{number}</td><td>{name}</td><td>{office}</td>{years}<td>{note}</td></tr>")
    body = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>松江市行財政改革推進計画　取組スケジュール｜松江市</title>
<style>table{{border-collapse:collapse}}th,td{{border:1px solid #666;padding:4px}}td.c{{text-align:center}}</style>
</head>
<body>
<div id="breadcrumb"><a href="/">トップ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行財政改革</div>
<main>
<h1>松江市行財政改革推進計画（令和6年度～令和9年度）取組スケジュール</h1>
<p>更新日：2025年4月1日　担当：政策部行政経営課</p>
<p>本計画では、3つの基本方針のもとに10の取組を定め、年度ごとの実施予定を次の表のとおりとしています。表中の「○」は、その年度に取組を実施することを示します。</p>
<table>
<thead>
<tr><th>基本方針</th><th>No.</th><th>取組項目</th><th>担当課</th><th>R6</th><th>R7</th><th>R8</th><th>R9</th><th>備考</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<h2>お問い合わせ</h2>
<p>政策部 行政経営課　電話：0852-00-0000</p>
</main>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# --- 松江市: DOCX, 「(1)」 headings with 「ア」「イ」「ウ」 paragraphs -----------------------------------
MATSUE_REPORT = [
    ("(1)　人材育成と組織力の強化", [
        ("職員提案制度の活性化", "人事課", "順調",
         "令和7年度の職員提案は48件で、前年度より12件増えた。うち6件を採用し、事務の改善につなげた。"),
        ("女性職員の管理職登用", "人事課", "やや遅れ",
         "管理職に占める女性職員の割合は18.2％で、目標の25％に届かなかった。"),
    ]),
    ("(2)　デジタル化による業務改革", [
        ("窓口手続の電子化", "情報システム課", "順調",
         "転入・転出など32手続をオンラインで受け付けられるようにした。"),
        ("電子決裁率の向上", "総務課", "やや遅れ",
         "電子決裁率は72.5％で、目標の90％を下回った。紙の添付資料が多い決裁が残っている。"),
        ("テレワーク環境の整備", "情報システム課", "順調",
         "貸出用端末を150台に増やし、全ての課でテレワークができるようにした。"),
    ]),
    ("(3)　持続可能な財政基盤の確立", [
        ("ふるさと納税の推進", "政策企画課", "順調",
         "寄附額は8億2,300万円で、前年度を1億1,000万円上回った。"),
        ("未利用財産の売却", "管財課", "遅れ",
         "売却できたのは2件で、目標の5件を下回った。入札の不調が続いている。"),
        ("受益者負担の適正化", "財政課", "やや遅れ",
         "使用料の見直し方針を定めたが、施設ごとの料金改定は令和8年度に持ち越した。"),
    ]),
]
KANA = "アイウエオ"


def matsue_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = dt.datetime(2026, 5, 15)
    doc.add_heading("第5次松江市行政改革大綱　令和7年度推進状況報告書", level=1)
    doc.add_paragraph("令和8年5月　松江市政策部行政経営課")
    doc.add_paragraph("第5次松江市行政改革大綱（令和6年度～令和9年度）に基づく取組の令和7年度の推進状況を報告する。"
                      "進捗状況は「順調」「やや遅れ」「遅れ」の3区分で示す。")
    for heading, items in MATSUE_REPORT:
        doc.add_heading(heading, level=2)
        for kana, (name, office, progress, text) in zip(KANA, items):
            doc.add_paragraph(f"{kana}　{name}（担当：{office}）")
            doc.add_paragraph(f"【進捗状況】{progress}")
            doc.add_paragraph(text)
    doc.save(path)


# --- 高崎市: Markdown, a pipe table and a bullet list of results ---------------------------------------
TAKASAKI = [
    ("1", "マイナンバーカード交付率の向上", "市民課", "80%", "82.4%", "達成", "0"),
    ("2", "電子申請手続数の拡大", "DX推進課", "300手続", "265手続", "未達成", "1,800"),
    ("3", "窓口待ち時間の短縮", "市民課", "15分以内", "14分", "達成", "0"),
    ("4", "時間外勤務の削減", "職員課", "前年度比10%減", "前年度比6%減", "未達成", "42,000"),
    ("5", "公共施設等総合管理計画の改定", "資産経営課", "改定", "改定", "達成", "0"),
    ("6", "下水道事業の広域化の検討", "下水道課", "方針決定", "検討中", "一部達成", "0"),
    ("7", "保育所入所申請のオンライン化", "こども課", "導入", "導入", "達成", "650"),
    ("8", "ごみ収集運搬業務の委託拡大", "清掃課", "2地区", "2地区", "達成", "80,000"),
]


def takasaki_md(path: Path) -> None:
    lines = [
        "# 高崎市行政改革アクションプラン　2025年度実績報告",
        "",
        "2026年（令和8年）6月　高崎市 総務部 行政改革推進室",
        "",
        "## 1　取組の実績",
        "",
        "| No. | 取組 | 担当課 | 目標（2025年度） | 実績（2025年度） | 達成状況 | 効果額（千円） |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in TAKASAKI]
    lines += [
        "",
        "## 2　主な成果",
        "",
        "- 8項目のうち、達成 5項目（62.5%）、一部達成 1項目（12.5%）、未達成 2項目（25.0%）であった。",
        "- 財政効果額は合計 124,450千円で、最も大きいのはごみ収集運搬業務の委託拡大（80,000千円）である。",
        "- マイナンバーカードの交付率は82.4%となり、目標の80%を2年前倒しで上回った。",
        "- 電子申請手続数は265手続にとどまった。国の標準様式への対応を待つ手続が残っている。",
        "",
        "## 3　2026年度の方針",
        "",
        "- 未達成の2項目は、2026年度も目標を据え置いて取り組む。",
        "- 下水道事業の広域化は、2026年度中に県と方針を決定する。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    hachinohe_xlsx(DOCS / "hachinohe_jisshi_keikaku_shinchoku.xlsx")
    hachinohe_pdf(DOCS / "hachinohe_torikumi_hyoka_r7.pdf")
    matsue_html(DOCS / "matsue_gyozaisei_kaikaku_schedule.html")
    matsue_docx(DOCS / "matsue_taiko_suishin_r7.docx")
    takasaki_md(DOCS / "takasaki_action_plan_2025.md")


if __name__ == "__main__":
    main()
