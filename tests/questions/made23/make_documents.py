"""Write the made23 documents: five reform reports of three municipalities (土浦市, 焼津市, 延岡市),
each in the shape such a report is commonly published in.

`python -m tests.questions.made23.make_documents` (from the project root) rewrites tests/questions/made23/docs/.
The PDF needs a Japanese font (IPAexGothic, Debian package fonts-ipaexfont-gothic).
"""
from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# ---- 土浦市: 行政改革大綱 推進計画, one two-column Word table per measure -------------------------
TSUCHIURA_MEASURES = [
    ("窓口申請のオンライン化", "情報政策課",
     "窓口での紙の申請が多く、市民の来庁負担と職員の入力作業が大きい。",
     "オンラインで申請できる手続を120件とする", "オンライン申請対応手続 95件", "A"),
    ("公共施設予約システムの統合", "施設管理課",
     "スポーツ施設・公民館・文化施設で予約システムが3つに分かれている。",
     "予約システムを1つに統合する", "統合に向けた仕様の作成まで完了", "B"),
    ("市税の口座振替の推進", "収税課",
     "口座振替率が県内平均を下回り、督促の事務が多い。",
     "口座振替率55.0%", "口座振替率51.2%", "B"),
    ("指定管理者制度の導入拡大", "行政経営課",
     "直営の施設に民間のノウハウを生かす余地がある。",
     "指定管理者制度の導入施設30施設", "導入施設27施設", "A"),
    ("補助金の見直し", "財政課",
     "長期間継続している補助金の効果検証が不十分である。",
     "補助金40件の見直し", "見直し18件", "C"),
    ("ペーパーレス会議の推進", "総務課",
     "庁内会議の資料印刷に多くの用紙と時間を要している。",
     "コピー用紙使用量を令和5年度比30%削減", "令和5年度比33%削減", "S"),
    ("未利用市有地の売却", "財政課",
     "活用見込みのない市有地が点在し、維持管理費がかかっている。",
     "売却収入2億円", "売却収入0.6億円（2件）", "C"),
    ("職員提案制度の活性化", "人事課",
     "職員提案の件数が年々減少している。",
     "職員提案件数 年100件", "提案件数112件", "S"),
]


def tsuchiura_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("土浦市行政改革大綱 推進計画 令和7年度進捗状況", level=1)
    doc.add_paragraph(
        "本書は、土浦市行政改革大綱に基づく推進計画（計画期間：令和6年度～令和9年度）の各取組について、"
        "令和7年度末時点の進捗をまとめたものです。目標は令和8年度の到達目標です。")
    doc.add_paragraph("進捗の区分　S：目標を上回る　A：順調　B：概ね順調　C：遅れている")
    doc.add_paragraph("令和8年3月　土浦市 市長公室 行政経営課")
    for number, (name, section, issue, goal, result, grade) in enumerate(TSUCHIURA_MEASURES, 1):
        doc.add_paragraph(f"取組{number}")
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in (("取組名", name), ("担当課", section), ("現状と課題", issue),
                             ("目標（令和8年度）", goal), ("実績（令和7年度）", result), ("進捗", grade)):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        doc.add_paragraph("")
    doc.save(path)


# ---- 焼津市: 事務事業評価 一覧 (XLSX, 40 rows, a blank narrow column between groups) -----------
YAIZU_PROJECTS = [
    # 事業名, 所管部, 所管課, 事業費（千円）, 評価区分, 評価年度
    ("防災無線維持管理事業", "総務部", "防災課", 18400, "継続", "2025年度"),
    ("自主防災組織育成事業", "総務部", "防災課", 6200, "拡充", "2025年度"),
    ("職員研修事業", "総務部", "人事課", 9800, "改善", "2025年度"),
    ("庁舎清掃委託事業", "総務部", "総務課", 21500, "継続", "2024年度"),
    ("公用車管理事業", "総務部", "総務課", 7300, "縮小", "2025年度"),
    ("ふるさと納税推進事業", "企画財政部", "企画課", 152000, "拡充", "2025年度"),
    ("移住定住促進事業", "企画財政部", "企画課", 24600, "改善", "2025年度"),
    ("広報紙発行事業", "企画財政部", "企画課", 31200, "改善", "2024年度"),
    ("財務会計システム運用事業", "企画財政部", "財政課", 14900, "継続", "2025年度"),
    ("市有財産管理事業", "企画財政部", "財政課", 5600, "縮小", "2025年度"),
    ("住民票等コンビニ交付事業", "市民部", "市民課", 11300, "拡充", "2025年度"),
    ("窓口案内業務委託事業", "市民部", "市民課", 8700, "廃止", "2025年度"),
    ("市税収納対策事業", "市民部", "税務課", 12800, "継続", "2025年度"),
    ("固定資産評価事業", "市民部", "税務課", 19500, "継続", "2024年度"),
    ("消費生活相談事業", "市民部", "市民協働課", 4100, "継続", "2025年度"),
    ("地区集会所整備補助事業", "市民部", "市民協働課", 3300, "縮小", "2025年度"),
    ("敬老祝金支給事業", "健康福祉部", "福祉課", 26800, "廃止", "2024年度"),
    ("生活困窮者自立支援事業", "健康福祉部", "福祉課", 17600, "拡充", "2025年度"),
    ("障害者移動支援事業", "健康福祉部", "福祉課", 22400, "継続", "2025年度"),
    ("がん検診事業", "健康福祉部", "健康づくり課", 48300, "継続", "2025年度"),
    ("健康マイレージ事業", "健康福祉部", "健康づくり課", 2900, "改善", "2025年度"),
    ("子育て支援センター運営事業", "健康福祉部", "子育て支援課", 35700, "拡充", "2025年度"),
    ("ファミリーサポート事業", "健康福祉部", "子育て支援課", 5400, "継続", "2024年度"),
    ("放課後児童クラブ運営事業", "健康福祉部", "子育て支援課", 88100, "拡充", "2025年度"),
    ("漁港施設維持管理事業", "水産経済部", "水産振興課", 41200, "継続", "2025年度"),
    ("魚食普及推進事業", "水産経済部", "水産振興課", 3800, "改善", "2025年度"),
    ("水産加工業振興補助事業", "水産経済部", "水産振興課", 12000, "縮小", "2024年度"),
    ("農地集積推進事業", "水産経済部", "農政課", 6900, "継続", "2025年度"),
    ("有害鳥獣対策事業", "水産経済部", "農政課", 4500, "拡充", "2025年度"),
    ("観光宣伝事業", "水産経済部", "商工観光課", 27300, "改善", "2025年度"),
    ("商店街イベント補助事業", "水産経済部", "商工観光課", 2600, "廃止", "2025年度"),
    ("創業支援事業", "水産経済部", "商工観光課", 8200, "拡充", "2025年度"),
    ("市道維持補修事業", "建設部", "道路課", 96500, "継続", "2025年度"),
    ("橋梁長寿命化事業", "建設部", "道路課", 134000, "継続", "2024年度"),
    ("街路灯LED化事業", "建設部", "道路課", 15800, "縮小", "2025年度"),
    ("都市公園管理事業", "建設部", "都市計画課", 52100, "改善", "2025年度"),
    ("空き家対策事業", "建設部", "都市計画課", 7700, "拡充", "2025年度"),
    ("コミュニティバス運行事業", "建設部", "都市計画課", 63400, "改善", "2025年度"),
    ("市営住宅管理事業", "建設部", "建築住宅課", 38900, "継続", "2025年度"),
    ("旧公民館解体事業", "建設部", "建築住宅課", 29000, "廃止", "2024年度"),
]


def yaizu_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws.append(["No", "事業名", "所管部", "所管課", "", "事業費（千円）", "評価区分", "評価年度"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for number, row in enumerate(YAIZU_PROJECTS, 1):
        name, bureau, section, cost, grade, year = row
        ws.append([number, name, bureau, section, None, cost, grade, year])
    ws.auto_filter.ref = f"A1:H{len(YAIZU_PROJECTS) + 1}"
    ws.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (5, 28, 12, 14, 1.5, 14, 10, 11)):
        ws.column_dimensions[column].width = width
    for cell in ws["F"][1:]:
        cell.number_format = "#,##0"
    notes = wb.create_sheet("凡例")
    notes.append(["焼津市 事務事業評価 一覧（令和6年度・令和7年度評価）"])
    notes.append(["評価区分", "内容"])
    for grade, text in (("拡充", "事業を拡大して実施する"), ("継続", "現状のまま継続する"),
                        ("改善", "手法を見直して継続する"), ("縮小", "規模を縮小する"),
                        ("廃止", "事業を廃止する")):
        notes.append([grade, text])
    notes.append(["事業費は評価年度の決算額（千円）。"])
    wb.save(path)


# ---- 延岡市: 行財政改革の取組状況 (HTML, <ol> of measures with a status badge) ------------------
NOBEOKA_MEASURES = [
    ("電子契約の導入", "契約検査課", "完了"),
    ("公共施設等総合管理計画の改訂", "資産活用課", "完了"),
    ("保育所の民営化", "こども保育課", "実施中"),
    ("ごみ収集業務の委託拡大", "清掃課", "実施中"),
    ("市税のキャッシュレス納付", "納税課", "完了"),
    ("上下水道料金の見直し", "上下水道局経営企画課", "検討中"),
    ("庁内業務へのRPA導入", "デジタル推進課", "実施中"),
    ("支所機能の再編", "地域振興課", "検討中"),
    ("職員定員の適正化", "職員課", "実施中"),
    ("外郭団体の見直し", "行政改革推進室", "検討中"),
    ("図書館への指定管理者制度導入", "社会教育課", "完了"),
]

NOBEOKA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>行財政改革の取組状況｜延岡市</title>
<style>
.badge {{ display:inline-block; padding:0 6px; border-radius:4px; font-size:90%; }}
.done {{ background:#cde; }} .doing {{ background:#fec; }} .plan {{ background:#eee; }}
</style>
</head>
<body>
<nav><a href="/">トップ</a> ＞ <a href="/shisei/">市政情報</a> ＞ 行財政改革</nav>
<main>
<h1>行財政改革の取組状況</h1>
<p>延岡市行財政改革推進計画に掲げる主な取組の状況をお知らせします（令和7年9月30日現在）。</p>
<p>状況の見方：<span class="badge done">完了</span> 取組を終えたもの、
<span class="badge doing">実施中</span> 取り組んでいるもの、<span class="badge plan">検討中</span> 実施に向けて検討しているもの</p>
<ol class="measures">
{items}
</ol>
<p>お問い合わせ：延岡市 総務部 行政改革推進室　電話 0982-00-0000</p>
</main>
<footer>Copyright 延岡市 All Rights Reserved.</footer>
</body>
</html>
"""

BADGE_CLASS = {"完了": "done", "実施中": "doing", "検討中": "plan"}


def nobeoka_html(path: Path) -> None:
    items = "\n".join(
        f'<li><p class="name">{name}</p><p class="tanto">担当：{section}</p>'
        f'<span class="badge {BADGE_CLASS[status]}">{status}</span></li>'
        for name, section, status in NOBEOKA_MEASURES)
    path.write_text(NOBEOKA_HTML.format(items=items), encoding="utf-8")


# ---- 延岡市: 財政健全化計画 進捗報告 (PDF, two small tables with 計 rows) ------------------------
NOBEOKA_REVENUE = [  # 取組, 目標額, 実績額 (百万円)
    ("市税収納率の向上", 120, 135),
    ("ふるさと納税の推進", 300, 412),
    ("使用料・手数料の見直し", 80, 52),
    ("未利用財産の売却", 150, 98),
    ("広告収入の確保", 10, 12),
]
NOBEOKA_SPENDING = [
    ("人件費の抑制", 400, 385),
    ("事務事業の見直し", 250, 270),
    ("公共施設の統廃合", 180, 95),
    ("補助金の整理合理化", 90, 88),
]


def nobeoka_pdf(path: Path) -> None:
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("a Japanese font is needed (fonts-ipaexfont-gothic)")
    pdf = FPDF(format="A4")
    pdf.add_font("jp", "", font)
    pdf.add_font("jp", "B", font)
    pdf.set_font("jp", size=10)
    pdf.add_page()
    pdf.set_font("jp", size=15)
    pdf.cell(0, 10, "延岡市財政健全化計画 進捗報告（令和6年度実績）", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 6, "財政健全化計画に掲げる歳入確保策と歳出削減策について、令和6年度の効果額の実績を報告します。"
                         "金額は一般財源ベースの効果額です。", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "令和7年8月　延岡市 企画部 財政課", new_x="LMARGIN", new_y="NEXT")
    for title, rows in (("1 歳入確保策", NOBEOKA_REVENUE), ("2 歳出削減策", NOBEOKA_SPENDING)):
        pdf.ln(4)
        pdf.set_font("jp", size=12)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("jp", size=10)
        pdf.cell(0, 6, "（単位：百万円）", align="R", new_x="LMARGIN", new_y="NEXT")
        body = [[name, f"{goal:,}", f"{actual:,}"] for name, goal, actual in rows]
        body.append(["計", f"{sum(r[1] for r in rows):,}", f"{sum(r[2] for r in rows):,}"])
        with pdf.table(col_widths=(90, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT")) as table:
            for values in [["取組", "目標額", "実績額"]] + body:
                row = table.row()
                for value in values:
                    row.cell(value)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "※ 実績額が目標額に達しなかった取組は、令和7年度に手法を見直して取り組みます。",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---- 焼津市: 行革通信 (plain text with a Q&A section) -----------------------------------------
YAIZU_NEWS = """焼津市 行革通信 第3号
令和7年12月発行　焼津市 企画財政部 行政経営課

■ 今号の内容
1 令和7年度 事務事業評価の結果
2 行革Q&A
3 職員の改善事例

1 令和7年度 事務事業評価の結果
令和7年度は、市の事務事業のうち40事業を評価しました（令和6年度に評価した事業を含みます）。
評価の結果は市のホームページで「事務事業評価 一覧」として公開しています。
評価区分は、拡充・継続・改善・縮小・廃止の5つです。

2 行革Q&A
Q. 事務事業評価は誰が行っているのですか。
A. 各事業の所管課が自己評価を行い、行政経営課と外部の有識者による評価会議で確認しています。

Q. 評価区分の「改善」と「縮小」はどう違うのですか。
A. 「改善」は事業の規模を保ったまま手法を見直すもの、「縮小」は事業の規模を小さくするものです。

Q. 敬老祝金が廃止になったのはなぜですか。
A. 対象者の増加により費用が増え続けていることから、見守り訪問など他の高齢者支援に財源を振り向けるためです。

Q. 評価の結果に市民の意見は反映されますか。
A. 評価会議には公募の市民委員2名が参加しています。また、市民意見箱とメールで随時ご意見を受け付けています。

Q. コミュニティバスはなくなるのですか。
A. なくなりません。評価は「改善」で、利用の少ない路線をデマンド型乗合タクシーに切り替える予定です。

3 職員の改善事例
水産振興課では、漁港施設の点検記録をタブレットで入力する方法に改め、報告書の作成時間を年間約120時間削減しました。

お問い合わせ　焼津市 企画財政部 行政経営課　電話 054-000-0000
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    tsuchiura_docx(DOCS / "土浦市_行政改革大綱推進計画_令和7年度進捗状況.docx")
    yaizu_xlsx(DOCS / "焼津市_事務事業評価一覧_令和7年度.xlsx")
    (DOCS / "焼津市_行革通信_第3号.txt").write_text(YAIZU_NEWS, encoding="utf-8")
    nobeoka_html(DOCS / "延岡市_行財政改革の取組状況.html")
    nobeoka_pdf(DOCS / "延岡市_財政健全化計画_進捗報告_令和6年度.pdf")


if __name__ == "__main__":
    main()
