"""Write the made17 documents: reform reports of three municipalities no loader was written for
(奥州市 in 東北, 宇和島市 in 四国, 岩国市 in 中国), in the shapes such reports are published in.

    python tests/questions/made17/make_documents.py     # rewrites tests/questions/made17/docs/

Every fact the questions ask about is written here, once; the files are made from these tables.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# ---------------------------------------------------------------- 奥州市 (HTML, <section> + <dl>)
# 番号, 取組名, 所管課, 目標, 実績, 評価, 効果額（千円）
OSHU_MEASURES = [
    (1, "窓口業務の民間委託", "市民課",
     "令和8年度までに本庁の証明書交付窓口を民間事業者へ委託する。",
     "委託事業者の選定を完了し、令和8年4月からの委託開始に向けて引継ぎを行った。", "A", "12,400"),
    (2, "公共施設の統廃合", "資産経営課",
     "公共施設個別施設計画に基づき、令和9年度までに延床面積を5％縮減する。",
     "旧水沢地区の集会施設2か所を廃止したが、江刺地区の体育施設は地元協議が継続中。", "B", "35,000"),
    (3, "電子申請の拡大", "デジタル推進課",
     "オンラインで申請できる手続を令和9年度までに200手続とする。",
     "電子申請の対象を148手続に拡大した（前年度比41手続増）。", "A", "1,800"),
    (4, "使用料・手数料の見直し", "財政課",
     "受益者負担の適正化のため、施設使用料の算定基準を統一する。",
     "算定基準の素案を作成したが、関係団体との調整が遅れ、条例改正は翌年度に延期した。", "C", "0"),
    (5, "補助金の整理合理化", "財政課",
     "交付から5年を経過した補助金をすべて検証し、終期を設定する。",
     "対象62件のうち47件で終期を設定し、3件を廃止した。", "B", "8,600"),
    (6, "職員定員の適正化", "職員課",
     "定員適正化計画に基づき、一般行政職を計画期間中に40人削減する。",
     "退職者の補充を抑制し、一般行政職を前年度から11人削減した。", "A", "52,000"),
    (7, "市税収納率の向上", "収納課",
     "市税の現年度分収納率を99.0％以上とする。",
     "コンビニ納付・スマホ決済の利用が伸び、現年度分収納率は98.8％となった。", "B", "21,300"),
    (8, "指定管理者制度の活用拡大", "資産経営課",
     "直営の文化施設・スポーツ施設に指定管理者制度を導入する。",
     "導入に向けた施設ごとの検討に着手できなかった。", "D", "0"),
]


def oshu_html() -> str:
    sections = []
    for no, name, office, goal, result, grade, effect in OSHU_MEASURES:
        sections.append(f"""
<section class="measure" id="torikumi{no}">
  <h3>取組番号{no}　{html.escape(name)}</h3>
  <dl>
    <dt>所管課</dt><dd>{office}</dd>
    <dt>目標</dt><dd>{html.escape(goal)}</dd>
    <dt>実績</dt><dd>{html.escape(result)}</dd>
    <dt>評価</dt><dd>{grade}</dd>
    <dt>効果額（千円）</dt><dd>{effect}</dd>
  </dl>
</section>""")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3次奥州市行財政改革実施計画 令和7年度実施状況 | 奥州市</title>
</head>
<body>
<header><p>岩手県奥州市 公式ホームページ ＞ 市政情報 ＞ 行財政改革</p></header>
<main>
<h1>第3次奥州市行財政改革実施計画 令和7年度実施状況</h1>
<p class="update">更新日：2026年6月10日　担当：総務企画部 行政経営室</p>
<p>奥州市では、第3次奥州市行財政改革大綱（計画期間：令和6年度～令和9年度）に基づき、実施計画に掲げた取組を進めています。
令和7年度の各取組の実施状況を取りまとめましたので公表します。</p>
<h2>評価の区分</h2>
<ul>
  <li>A：計画どおり進んでいる</li>
  <li>B：概ね計画どおり進んでいる</li>
  <li>C：計画より遅れている</li>
  <li>D：未着手</li>
</ul>
<h2>各取組の実施状況</h2>
{''.join(sections)}
<p>※効果額は令和7年度決算見込みにおける前年度比の財政効果です。</p>
</main>
<footer><p>お問い合わせ：奥州市 総務企画部 行政経営室　電話 0197-24-2111</p></footer>
</body>
</html>
"""


# ------------------------------------------------- 奥州市 (text, 行政改革推進委員会 会議録要旨)
OSHU_MINUTES = """令和7年度 第2回奥州市行政改革推進委員会 会議録要旨

1　日時　令和7年11月18日（火）午後2時00分から午後3時40分まで
2　場所　奥州市役所 本庁舎 3階 第1会議室
3　出席者
　　委員　8名（委員長 千葉 正人、副委員長 及川 恵子、ほか6名）
　　欠席委員　2名
　　事務局　総務企画部長、行政経営室長、行政経営室職員2名
4　議題
　（1）第3次奥州市行財政改革実施計画 令和7年度上半期の実施状況について
　（2）公共施設の統廃合について
　（3）使用料・手数料の見直しについて
5　会議の概要

議題（1）第3次奥州市行財政改革実施計画 令和7年度上半期の実施状況について
　事務局から、8取組のうち6取組が概ね計画どおり進んでいること、使用料・手数料の見直しと指定管理者制度の活用拡大の2取組に遅れがあることを説明した。

【委員の意見】
　・遅れている取組について、遅れの理由と今後の見通しを市民に分かるように示してほしい。
　・電子申請は手続の数だけでなく、実際の利用件数も指標にするべきではないか。
【事務局の回答】
　・年度末の実施状況の公表では、遅れの理由と今後の予定を取組ごとに記載する。
　・電子申請の利用件数は令和8年度から実施状況に併せて公表する。

議題（2）公共施設の統廃合について
　事務局から、旧水沢地区の集会施設2か所の廃止と、江刺地区の体育施設の地元協議の状況を説明した。

【委員の意見】
　・廃止した施設の跡地は、売却か貸付けの方針を早めに決めるべきである。
　・地元協議では、代わりに使える施設と送迎の手段を具体的に示してほしい。
【事務局の回答】
　・跡地は令和8年度中に売却の可否を判断し、売却しない場合は地域への貸付けを検討する。
　・代替施設の一覧と利用方法を説明資料に加え、次回の地元協議で示す。

議題（3）使用料・手数料の見直しについて
　事務局から、施設使用料の算定基準の素案と、関係団体との調整の状況を説明した。

【委員の意見】
　・値上げとなる団体には、激変緩和の経過措置を設けるべきである。
　・減免の基準も市内で統一してほしい。
【事務局の回答】
　・改定後3年間は増額幅を段階的にする経過措置を設ける方向で検討している。
　・減免基準は算定基準と併せて見直し、令和8年度の条例改正に盛り込む。

6　次回の開催
　令和8年2月に開催し、令和8年度の実施計画の見直し案を審議する予定。

（文責：行政経営室）
"""

# ------------------------------------------ 宇和島市 (XLSX 進捗管理表, years as column groups)
# No., 取組項目, 担当部局, (取組状況, 評価) for 令和5・6・7年度
UWAJIMA_YEARS = ("令和5年度", "令和6年度", "令和7年度")
UWAJIMA_ITEMS = [
    (1, "ごみ収集業務の委託拡大", "市民環境部",
     ("委託地区の選定", "○"), ("吉田地区を委託", "○"), ("津島地区まで拡大", "◎")),
    (2, "市営住宅の管理代行", "建設部",
     ("県住宅供給公社と協議", "△"), ("協定を締結", "○"), ("管理代行を開始", "○")),
    (3, "ペーパーレス会議の推進", "企画情報部",
     ("庁議でタブレット導入", "○"), ("全審議会に拡大", "◎"), ("紙の会議資料を9割削減", "◎")),
    (4, "未利用市有地の売却", "総務部",
     ("売却候補地の調査", "△"), ("入札不調（2件）", "△"), ("3件売却", "○")),
    (5, "保育所の民営化", "保健福祉部",
     ("移管先法人の公募", "○"), ("応募なし・再公募", "△"), ("移管時期を延期", "△")),
    (6, "学校給食センターの統合", "教育委員会事務局",
     ("―", "―"), ("基本計画を策定", "○"), ("実施設計", "○")),
    (7, "ふるさと納税の推進", "産業経済部",
     ("寄附額 8.2億円", "◎"), ("寄附額 9.6億円", "◎"), ("寄附額 9.1億円", "○")),
]


def uwajima_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗管理表"
    ws["A1"] = "宇和島市行政改革推進計画　進捗管理表（令和8年3月31日現在）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["H2"] = "行政改革推進室"
    top, sub = 3, 4
    for col, label in ((1, "No."), (2, "取組項目"), (3, "担当部局")):
        ws.cell(top, col, label)
        ws.merge_cells(start_row=top, start_column=col, end_row=sub, end_column=col)
    for i, year in enumerate(UWAJIMA_YEARS):
        col = 4 + 2 * i
        ws.cell(top, col, year)
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        ws.cell(sub, col, "取組状況")
        ws.cell(sub, col + 1, "評価")
    ws.cell(top, 10, "備考")
    ws.merge_cells(start_row=top, start_column=10, end_row=sub, end_column=10)
    notes = {6: "令和6年度から取組開始", 5: "移管先法人の再公募を予定"}
    row = sub + 1
    for no, name, dept, *years in UWAJIMA_ITEMS:
        ws.cell(row, 1, no)
        ws.cell(row, 2, name)
        ws.cell(row, 3, dept)
        for i, (state, grade) in enumerate(years):
            ws.cell(row, 4 + 2 * i, state)
            ws.cell(row, 5 + 2 * i, grade)
        ws.cell(row, 10, notes.get(no, ""))
        row += 1
    ws.cell(row + 1, 1, "【評価】◎：計画以上に進んでいる　○：計画どおり　△：計画より遅れている　―：取組前")
    thin = Side(style="thin")
    for r in ws.iter_rows(min_row=top, max_row=row - 1, max_col=10):
        for c in r:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(horizontal="center" if c.column in (1, 5, 7, 9) else "left",
                                    vertical="center", wrap_text=True)
    for col, width in zip("ABCDEFGHIJ", (5, 26, 16, 22, 6, 22, 6, 22, 6, 24)):
        ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 4, 20)
    wb.save(path)


# ------------------------------------ 宇和島市 (PDF, 集中改革プラン 取組結果, 万円 and 合計 row)
# 番号, 改革項目, 主管課, 実施期間, 削減額（万円）, 結果
UWAJIMA_PLAN = [
    ("1", "職員給与の適正化", "人事課", "H17～H21", "48,500", "達成"),
    ("2", "公用車の削減", "管財課", "H18～H19", "620", "達成"),
    ("3", "外郭団体の統廃合", "企画調整課", "H18～H21", "3,200", "一部達成"),
    ("4", "ごみ処理手数料の見直し", "生活環境課", "H19", "1,150", "達成"),
    ("5", "電算システムの共同化", "情報政策課", "H20～H21", "2,480", "未達成"),
    ("6", "出張所の統合", "市民課", "H19～H20", "1,870", "達成"),
    ("7", "補助金の一律削減", "財政課", "H17～H19", "5,300", "達成"),
    ("8", "議会だより印刷の見直し", "議会事務局", "H18", "95", "達成"),
]
UWAJIMA_PLAN_TOTAL = "63,215"


def uwajima_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", format="A4")
    pdf.set_creation_date(dt.datetime(2010, 6, 30, tzinfo=dt.timezone.utc))  # same bytes every time
    pdf.add_font("jp", fname=FONT)
    pdf.add_font("jp", style="B", fname=FONT)
    pdf.add_page()
    pdf.set_font("jp", size=14)
    pdf.cell(0, 10, "宇和島市集中改革プラン 取組結果報告", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("jp", size=10)
    pdf.cell(0, 7, "平成22年6月　宇和島市 総務部 行政改革推進室", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.multi_cell(0, 6, "平成17年度（2005年度）に策定した宇和島市集中改革プランの取組結果を取りまとめました。"
                         "各改革項目の削減額と取組の結果は次の表のとおりです。")
    pdf.ln(3)
    pdf.set_font("jp", size=9)
    header = ("番号", "改革項目", "主管課", "実施期間", "削減額（万円）", "結果")
    with pdf.table(col_widths=(10, 48, 26, 24, 24, 18), text_align=("CENTER", "LEFT", "LEFT", "CENTER", "RIGHT", "CENTER")) as table:
        for row in [header, *UWAJIMA_PLAN, ("", "合計", "", "", UWAJIMA_PLAN_TOTAL, "")]:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "※削減額は平成17年度から平成21年度までの5か年の累計額です（一般会計）。\n"
                         "※結果の区分　達成：目標を達成した　一部達成：目標の一部を達成した　未達成：目標を達成できなかった\n"
                         "※電算システムの共同化は、参加団体の調整がつかず、平成22年度以降の課題として引き継ぎます。")
    return bytes(pdf.output())


# -------------------------------------- 岩国市 (DOCX, 事務事業見直し結果 with 見直し区分 table)
# No., 事務事業名, 所管課, 見直し区分, 見直し内容, 削減見込額（千円）, 実施時期
IWAKUNI_ITEMS = [
    ("1", "敬老祝金支給事業", "高齢福祉課", "縮小", "支給対象を88歳と100歳の節目に限定する。", "9,200", "2026年度"),
    ("2", "市民会館自主文化事業", "文化振興課", "統合", "文化振興財団の自主事業と統合する。", "4,500", "2027年度"),
    ("3", "広報紙の全戸配布", "広報広聴課", "縮小", "発行を月2回から月1回とし、アプリ配信を併用する。", "6,800", "2026年度"),
    ("4", "地域イベント開催補助金", "地域づくり推進課", "廃止", "地域振興交付金に一本化し、本補助金は廃止する。", "3,000", "2026年度"),
    ("5", "観光パンフレット作成事業", "観光振興課", "統合", "県観光連盟との共同作成に切り替える。", "1,200", "2027年度"),
    ("6", "市営駐輪場管理事業", "交通政策課", "継続", "利用率が高いため現行どおり実施する。", "0", "―"),
    ("7", "公民館講座事業", "生涯学習課", "縮小", "受講者の少ない講座を整理し、講座数を3割減らす。", "2,100", "2026年度"),
    ("8", "花いっぱい運動推進事業", "公園緑地課", "廃止", "所期の目的を達成したため廃止する。", "800", "2026年度"),
    ("9", "職員外部派遣研修事業", "人材育成課", "継続", "派遣先を見直した上で継続する。", "0", "―"),
]


def iwakuni_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 2, 16)
    doc.add_heading("令和8年度 岩国市事務事業見直し結果について", level=1)
    doc.add_paragraph("岩国市 総務部 行政改革推進課")
    doc.add_heading("1　見直しの趣旨", level=2)
    doc.add_paragraph("人口減少と物価高騰により財政状況が厳しさを増す中、限られた経営資源を重点施策に振り向けるため、"
                      "令和8年度当初予算編成にあわせて事務事業の見直しを行いました。")
    doc.add_heading("2　見直しの区分", level=2)
    for line in ("廃止：事業を廃止するもの", "統合：他の事業と統合するもの",
                 "縮小：事業の規模・内容を縮小するもの", "継続：現行どおり継続するもの"):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("3　見直し結果", level=2)
    header = ("No.", "事務事業名", "所管課", "見直し区分", "見直し内容", "削減見込額（千円）", "実施時期")
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for item in IWAKUNI_ITEMS:
        for cell, text in zip(table.add_row().cells, item):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("※削減見込額は、令和7年度当初予算額と比べた一般財源ベースの年間の見込額です。")
    doc.add_heading("4　今後の対応", level=2)
    doc.add_paragraph("見直し区分が廃止・統合・縮小の事業は、関係団体への説明を行った上で実施時期から見直しを反映します。"
                      "継続とした事業も、翌年度以降の事務事業評価で引き続き検証します。")
    doc.save(path)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "奥州市_第3次行財政改革実施計画_令和7年度実施状況.html").write_text(oshu_html(), encoding="utf-8")
    (DOCS / "奥州市_行政改革推進委員会_会議録要旨_令和7年度第2回.txt").write_text(OSHU_MINUTES, encoding="utf-8")
    uwajima_xlsx(DOCS / "宇和島市_行政改革推進計画_進捗管理表.xlsx")
    (DOCS / "宇和島市_集中改革プラン_取組結果報告.pdf").write_bytes(uwajima_pdf())
    iwakuni_docx(DOCS / "岩国市_事務事業見直し結果_令和8年度.docx")


if __name__ == "__main__":
    main()
