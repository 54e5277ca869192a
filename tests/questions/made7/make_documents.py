"""Writes the made7 documents: reform reports of four municipalities no loader was written for.

`python -m tests.questions.made7.make_documents` (from the project root) rewrites tests/questions/made7/docs/:
  karatsu_r6.xlsx  唐津市行財政改革実施計画 進捗状況（令和6年度実績）   Excel, two-row header, 集計 sheet
  karatsu_r7.xlsx  the same plan one year later（令和7年度実績）: one more year of grades, 2 items ended, 2 added
  saijo_2024.docx  西条市行政改革大綱2024 実施計画 取組結果            Word, one table per 基本方針, ◎○△×
  ina_h30.html     伊那市行政改革推進計画 平成30年度実施状況           a city web page, one table, 5段階
  miyakonojo_r7.pdf 都城市第4次行財政改革推進プラン 令和7年度取組状況  ruled landscape table, 達成/概ね達成/未達成
The facts below are the documents' contents; questions.jsonl is answered from these files.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FIXED = dt.datetime(2026, 9, 30, 9, 0, 0)

# 唐津市: 番号, 取組項目, 取組内容, 所管部署, 実施期間, {年度: 評価}, {年度: 効果額（千円）}, 取組終了
KARATSU = [
    (1, "公共施設の統廃合の推進", "個別施設計画に基づき類似施設の集約化を進める", "財務部 資産経営課", "R5～R8",
     {5: "B", 6: "A", 7: "A"}, {6: 12400, 7: 18900}, ""),
    (2, "市税のスマホ決済の拡大", "市税・国保税の納付にスマートフォン決済を追加する", "財務部 税務課", "R5～R6",
     {5: "A", 6: "S"}, {6: 3200}, "R6"),
    (3, "窓口業務の民間委託", "市民課の証明書交付窓口を段階的に委託する", "市民部 市民課", "R5～R8",
     {5: "C", 6: "B", 7: "B"}, {6: 0, 7: 5600}, ""),
    (4, "電子申請の拡充", "オンラインで申請できる手続を拡大する", "総務部 DX推進課", "R5～R8",
     {5: "A", 6: "A", 7: "S"}, {6: 1500, 7: 2100}, ""),
    (5, "使用料・手数料の見直し", "受益者負担の適正化の観点から改定する", "財務部 財政課", "R6～R7",
     {6: "B", 7: "A"}, {6: 8000, 7: 9500}, "R7"),
    (6, "補助金の総点検", "全ての補助金の効果を検証し廃止・縮小する", "財務部 財政課", "R5～R8",
     {5: "B", 6: "C", 7: "B"}, {6: 2300, 7: 4100}, ""),
    (7, "市営住宅の管理代行制度の導入", "県住宅供給公社に市営住宅の管理を代行させる", "都市整備部 建築住宅課", "R5～R7",
     {5: "B", 6: "B", 7: "A"}, {6: 6700, 7: 7200}, "R7"),
    (8, "観光施設への指定管理者制度の導入", "呼子・七山地区の観光施設に指定管理者を導入する", "経済観光部 観光課", "R5～R8",
     {5: "A", 6: "B", 7: "C"}, {6: 4000, 7: 1200}, ""),
    (9, "職員定員の適正化", "定員適正化計画に基づき職員数を管理する", "総務部 人事課", "R5～R8",
     {5: "A", 6: "A", 7: "A"}, {6: 25000, 7: 31000}, ""),
    (10, "ごみ収集業務の委託拡大", "直営で行っている収集区域を委託に切り替える", "市民環境部 生活環境対策課", "R5～R8",
     {5: "B", 6: "A", 7: "B"}, {6: 9800, 7: 10300}, ""),
    (11, "学校給食センターの統合", "市内3か所の給食センターを2か所に統合する", "教育委員会 学校教育課", "R5～R6",
     {5: "B", 6: "A"}, {6: 15000}, "R6"),
    (12, "水道料金のキャッシュレス化", "水道料金の口座振替・キャッシュレス決済を推進する", "上下水道局 水道総務課", "R5～R8",
     {5: "C", 6: "C", 7: "B"}, {6: 0, 7: 800}, ""),
    (13, "ペーパーレス会議の全庁導入", "会議資料を電子化しタブレットで閲覧する", "総務部 DX推進課", "R7～R8",
     {7: "A"}, {7: 1300}, ""),
    (14, "ふるさと納税の返礼品拡充", "地場産品の返礼品を拡充し寄附額を増やす", "政策部 企画政策課", "R7～R8",
     {7: "S"}, {7: 22000}, ""),
]
KARATSU_GRADES = "評価基準　S：計画を上回って進捗　A：計画どおり進捗　B：やや遅れている　C：遅れている　－：評価対象外"

# 西条市: 基本方針 -> [(番号, 改革項目, 担当部局, スケジュール, 2024年度の取組実績, 達成度, 効果額（百万円）)]
SAIJO = [
    ("基本方針1　持続可能な財政運営", [
        ("1-1", "未利用市有地の売却", "財務部 管財課", "2024～2027", "一般競争入札により3件を売却した", "◎", "42.5"),
        ("1-2", "市税収納率の向上", "財務部 収納課", "2024～2027", "現年度分の収納率は98.6％となった", "○", "18.0"),
        ("1-3", "下水道事業の経営健全化", "上下水道部 下水道課", "2024～2025", "経営戦略の改定に着手した", "△", "0.0"),
        ("1-4", "ネーミングライツの導入", "財務部 管財課", "2025～2027", "募集要項の案を作成した", "△", "0.0"),
    ]),
    ("基本方針2　市民サービスの向上", [
        ("2-1", "書かない窓口の導入", "市民生活部 市民課", "2024～2026", "本庁舎の市民課窓口で開始した", "○", "0.0"),
        ("2-2", "行政手続のオンライン化", "経営戦略部 デジタル推進課", "2024～2027", "120手続をオンライン化した", "◎", "6.2"),
        ("2-3", "子育て支援窓口の一元化", "健康福祉部 こども家庭課", "2024～2025", "庁内検討会議を設置した", "△", "0.0"),
        ("2-4", "図書館への指定管理者制度の導入", "教育委員会 社会教育課", "2025～2027", "導入の可否を検討中で、着手していない", "×", "0.0"),
    ]),
    ("基本方針3　効率的な組織運営", [
        ("3-1", "RPAによる定型業務の自動化", "経営戦略部 デジタル推進課", "2024～2027", "15業務にRPAを導入した", "○", "9.8"),
        ("3-2", "時間外勤務の縮減", "総務部 人事課", "2024～2027", "時間外勤務時間が前年度比8％減少した", "○", "21.3"),
        ("3-3", "外郭団体の統廃合", "経営戦略部 経営企画課", "2024～2026", "1団体を解散し、事業を市に移管した", "◎", "12.0"),
        ("3-4", "公用車の削減とカーシェアの導入", "総務部 総務課", "2024～2025", "公用車12台を削減した", "○", "4.6"),
    ]),
]
SAIJO_GRADES = "達成度　◎：計画以上に達成　○：計画どおり達成　△：一部未達成　×：未着手"

# 伊那市: No., 推進項目, 主管課, 区分, H29達成度, H30達成度, H30効果額（千円）, 状況, 備考
INA = [
    (1, "事務事業評価の見直し", "企画政策課", "重点", 3, 4, 0, "継続", "評価シートを簡素化した"),
    (2, "指定管理者制度の活用", "企画政策課", "一般", 3, 3, 3500, "継続", "高遠町の宿泊施設に導入"),
    (3, "下水道事業への地方公営企業法の適用", "下水道課", "重点", 2, 4, 0, "完了", "平成31年4月1日から法を適用"),
    (4, "保育園の統合", "子育て支援課", "重点", 3, 2, 0, "継続", "地元との協議に時間を要している"),
    (5, "市税等のコンビニ収納", "税務課", "一般", 5, 5, 1200, "完了", "平成29年度に導入済み"),
    (6, "使用料の見直し", "財政課", "重点", 3, 3, 6800, "継続", "体育施設の使用料を改定"),
    (7, "職員数の適正化", "総務課", "重点", 4, 4, 48000, "継続", "職員数は計画を下回って推移"),
    (8, "電子入札の拡大", "契約検査課", "一般", 4, 5, 900, "継続", "建設工事の全件を電子入札とした"),
    (9, "公共施設の長寿命化", "財政課", "一般", 3, 4, 0, "継続", "公共施設等総合管理計画の個別計画を策定"),
    (10, "ふるさと納税の推進", "地域創造課", "一般", 5, 5, 85000, "継続", "寄附件数が前年度の1.4倍"),
    (11, "窓口の混雑緩和", "市民課", "一般", 1, 2, 0, "継続", "番号案内システムの導入を検討"),
]
INA_GRADES = "達成度は5段階（5：目標を上回った　4：目標を達成した　3：概ね順調　2：やや遅れている　1：未着手）"

# 都城市: No., 取組事項, 担当課, 取組期間, 令和6年度評価, 令和7年度評価, 財政効果（千円）（令和7年度）
MIYAKONOJO = [
    (1, "基幹系システムの標準化", "情報政策課", "2024～2025", "概ね達成", "達成", 0),
    (2, "債権管理の一元化", "納税管理課", "2024～2027", "未達成", "概ね達成", 7400),
    (3, "公民館の地域移管", "生涯学習課", "2025～2027", "－", "未達成", 0),
    (4, "ごみ処理手数料の見直し", "環境政策課", "2024～2025", "達成", "達成", 21000),
    (5, "職員提案制度の活性化", "職員課", "2024～2027", "概ね達成", "概ね達成", 0),
    (6, "入札制度の改善", "契約課", "2024～2026", "達成", "概ね達成", 3300),
    (7, "市有施設の照明LED化", "資産活用課", "2024～2027", "達成", "達成", 11600),
    (8, "地域包括支援センターの運営委託の見直し", "介護保険課", "2025～2026", "－", "概ね達成", 2500),
    (9, "広告収入の拡大", "秘書広報課", "2024～2027", "未達成", "未達成", 650),
    (10, "窓口のキャッシュレス決済の導入", "市民課", "2024～2025", "概ね達成", "達成", 0),
]


def karatsu_xlsx(last_year: int) -> bytes:
    """The progress sheet of one edition (grades R5..last_year, 効果額 R6..last_year) and a 集計 sheet."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    years = list(range(5, last_year + 1))
    money_years = list(range(6, last_year + 1))
    items = [row for row in KARATSU if min(row[5]) <= last_year]
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws["A1"] = "唐津市行財政改革実施計画（令和5年度～令和8年度）進捗状況一覧"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"（令和{last_year}年度実績）　令和{last_year + 1}年9月　総務部 行政経営課"
    head = ["番号", "取組項目", "取組内容", "所管部署", "実施期間"]
    ncol = len(head) + len(years) + len(money_years) + 1
    for c, text in enumerate(head, start=1):
        ws.cell(row=4, column=c, value=text)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    c0 = len(head) + 1
    ws.cell(row=4, column=c0, value="評価")
    ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + len(years) - 1)
    for i, y in enumerate(years):
        ws.cell(row=5, column=c0 + i, value=f"令和{y}年度")
    c1 = c0 + len(years)
    ws.cell(row=4, column=c1, value="効果額（千円）")
    if len(money_years) > 1:
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c1 + len(money_years) - 1)
    for i, y in enumerate(money_years):
        ws.cell(row=5, column=c1 + i, value=f"令和{y}年度")
    ws.cell(row=4, column=ncol, value="取組終了")
    ws.merge_cells(start_row=4, start_column=ncol, end_row=5, end_column=ncol)
    thin = Side(style="thin")
    r = 6
    for no, title, body, dept, period, grades, money, ended in items:
        values = [no, title, body, dept, period]
        values += [grades.get(y, "－") for y in years]
        values += [money.get(y, "－") if money.get(y) is not None else "－" for y in money_years]
        values += [ended if ended and int(ended[1:]) <= last_year else ""]
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if isinstance(v, int) and c > c1 - 1:
                cell.number_format = "#,##0"
            cell.alignment = Alignment(wrap_text=c in (2, 3), vertical="center")
        r += 1
    ws.cell(row=r + 1, column=1, value=KARATSU_GRADES)
    ws.cell(row=r + 2, column=1, value="取組終了欄は、取組が終了した年度を示す（空欄は継続中）。")
    for col, width in zip("ABCDE", (6, 30, 44, 26, 10)):
        ws.column_dimensions[col].width = width

    summary = wb.create_sheet("集計")
    summary["A1"] = f"令和{last_year}年度 評価の集計"
    summary["A3"], summary["B3"], summary["C3"] = "評価", "項目数", "割合"
    graded = [row[5][last_year] for row in items if last_year in row[5]]
    for i, grade in enumerate(("S", "A", "B", "C")):
        n = graded.count(grade)
        summary.cell(row=4 + i, column=1, value=grade)
        summary.cell(row=4 + i, column=2, value=n)
        summary.cell(row=4 + i, column=3, value=f"{100 * n / len(graded):.1f}%")
    summary.cell(row=8, column=1, value="計")
    summary.cell(row=8, column=2, value=len(graded))
    summary.cell(row=8, column=3, value="100.0%")
    wb.properties.creator = "唐津市"
    wb.properties.created = wb.properties.modified = FIXED
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def saijo_docx() -> bytes:
    import io

    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.author = "西条市"
    doc.core_properties.created = doc.core_properties.modified = FIXED
    doc.add_heading("西条市行政改革大綱2024 実施計画　2024年度（令和6年度）取組結果", level=1)
    doc.add_paragraph("令和7年6月　西条市 経営戦略部 経営企画課")
    doc.add_paragraph("西条市行政改革大綱2024（計画期間：2024年度～2027年度）に基づく実施計画の12項目について、"
                      "2024年度の取組結果を取りまとめました。")
    grades = [g for _, rows in SAIJO for *_, g, _m in rows]
    doc.add_paragraph(f"達成度の内訳は、◎が{grades.count('◎')}項目、○が{grades.count('○')}項目、"
                      f"△が{grades.count('△')}項目、×が{grades.count('×')}項目です。")
    doc.add_paragraph(SAIJO_GRADES)
    head = ("番号", "改革項目", "担当部局", "スケジュール", "2024年度の取組実績", "達成度", "効果額（百万円）")
    for policy, rows in SAIJO:
        doc.add_heading(policy, level=2)
        table = doc.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, head):
            cell.text = text
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
        doc.add_paragraph("")
    total = sum(float(m) for _, rows in SAIJO for *_, m in rows)
    doc.add_paragraph(f"2024年度の効果額の合計は{total:.1f}百万円でした。")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def ina_html() -> str:
    rows = []
    for no, title, dept, kind, g29, g30, money, state, note in INA:
        rows.append(f"      <tr><td>{no}</td><td>{title}</td><td>{dept}</td><td>{kind}</td>"
                    f"<td>{g29}</td><td>{g30}</td><td>{money:,}</td><td>{state}</td><td>{note}</td></tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>伊那市行政改革推進計画 平成30年度実施状況 - 伊那市公式ホームページ</title>
<style>table{{border-collapse:collapse}} th,td{{border:1px solid #666;padding:4px}}</style>
</head>
<body>
<header><p>伊那市公式ホームページ</p>
<nav><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行政改革</nav></header>
<main>
<h1>伊那市行政改革推進計画 平成30年度実施状況</h1>
<p>更新日：2019年7月10日　担当：総務部 総務課 行政改革係</p>
<p>伊那市では、伊那市行政改革推進計画（平成28年度～平成31年度）に掲げた11の推進項目について、毎年度、実施状況を点検しています。
平成30年度（2018年度）の実施状況は次のとおりです。</p>
<h2>推進項目の実施状況</h2>
<p>{INA_GRADES}</p>
<table>
  <thead>
    <tr><th>No.</th><th>推進項目</th><th>主管課</th><th>区分</th><th>H29達成度</th><th>H30達成度</th><th>H30効果額（千円）</th><th>状況</th><th>備考</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>※効果額は平成30年度の単年度の額です。区分の「重点」は重点推進項目を示します。</p>
<h2>お問い合わせ</h2>
<p>総務部 総務課 行政改革係　電話：0265-78-4111</p>
</main>
<footer><p>Copyright &copy; Ina City. All Rights Reserved.</p></footer>
</body>
</html>
"""


def miyakonojo_pdf() -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 9, 30, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.add_page()
    pdf.set_font("jp", size=14)
    pdf.cell(0, 10, "都城市第4次行財政改革推進プラン　令和7年度取組状況報告書", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 6, "都城市第4次行財政改革推進プラン（計画期間：令和6年度～令和9年度）の10の取組事項について、"
                         "令和7年度（2025年度）の取組状況を報告します。\n"
                         "評価は「達成」「概ね達成」「未達成」の3区分です。財政効果は令和7年度の単年度の額です。\n"
                         "令和8年8月　都城市 総合政策部 行政改革推進課")
    pdf.ln(4)
    pdf.set_font("jp", size=9)
    head = ("No.", "取組事項", "担当課", "取組期間", "令和6年度評価", "令和7年度評価", "財政効果（千円）")
    with pdf.table(col_widths=(10, 80, 32, 28, 30, 30, 34), text_align="LEFT",
                   headings_style=FontFace(emphasis="")) as table:
        cells = table.row()
        for text in head:
            cells.cell(text)
        for no, title, dept, period, g6, g7, money in MIYAKONOJO:
            cells = table.row()
            for text in (str(no), title, dept, period, g6, g7, f"{money:,}"):
                cells.cell(text)
    pdf.ln(4)
    pdf.set_font("jp", size=9)
    pdf.multi_cell(0, 6, "※「－」は当該年度に取組を開始していないため評価対象外。")
    return bytes(pdf.output())


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "karatsu_r6.xlsx").write_bytes(karatsu_xlsx(6))
    (DOCS / "karatsu_r7.xlsx").write_bytes(karatsu_xlsx(7))
    (DOCS / "saijo_2024.docx").write_bytes(saijo_docx())
    (DOCS / "ina_h30.html").write_text(ina_html(), encoding="utf-8")
    (DOCS / "miyakonojo_r7.pdf").write_bytes(miyakonojo_pdf())
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
