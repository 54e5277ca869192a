"""Made documents of other municipalities (no loader was written for them), in five formats.

`python -m tests.questions.made.make_documents` rewrites tests/questions/made/docs/. The facts live in the
tables below; questions.jsonl was answered by reading the written files. Dates and metadata are fixed so
the files come out the same every time.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FIXED = dt.datetime(2026, 4, 1, 9, 0, 0)

# 松阪市 (三重県): action plan, XLSX. 番号, 基本方針, 取組項目, 取組内容, 担当課, 目標年度, 目標効果額(千円), R6, R7
MATSUSAKA_PLAN = [
    ("1", "1", "市税等の収納率向上", "コンビニ収納・スマホ決済の拡充と滞納整理の強化", "納税推進課", "令和9年度", "30,000", "順調", "順調"),
    ("2", "1", "使用料・手数料の見直し", "受益者負担の原則に基づく料金の改定", "財務課", "令和7年度", "12,000", "順調", "完了"),
    ("3", "1", "未利用市有地の売却", "旧小学校跡地等の売却・貸付の推進", "管財課", "令和8年度", "80,000", "遅れ", "順調"),
    ("4", "1", "ふるさと納税の推進", "返礼品の拡充とポータルサイトの追加", "商工政策課", "令和9年度", "50,000", "順調", "順調"),
    ("5", "1", "公共施設の統廃合", "公共施設等総合管理計画に基づく施設の集約化", "資産経営課", "令和9年度", "120,000", "遅れ", "遅れ"),
    ("6", "2", "電子申請の拡大", "行政手続のオンライン化（100手続）", "デジタル推進課", "令和8年度", "－", "順調", "順調"),
    ("7", "2", "書かない窓口の導入", "市民課窓口での申請書作成支援システムの導入", "市民課", "令和7年度", "－", "順調", "完了"),
    ("8", "2", "キャッシュレス決済の導入", "窓口手数料のキャッシュレス化", "会計課", "令和6年度", "－", "完了", "－"),
    ("9", "2", "AI-OCR・RPAの活用", "定型業務の自動化による事務時間の削減", "デジタル推進課", "令和9年度", "8,000", "未着手", "遅れ"),
    ("10", "3", "定員適正化", "定員管理計画に基づく職員数の適正化", "人事課", "令和9年度", "60,000", "順調", "順調"),
    ("11", "3", "会議の効率化", "ペーパーレス会議の全庁展開", "総務課", "令和7年度", "3,000", "遅れ", "完了"),
    ("12", "3", "指定管理者制度の活用", "体育施設等への指定管理者制度の導入", "スポーツ課", "令和8年度", "15,000", "順調", "遅れ"),
    ("13", "3", "補助金の見直し", "終期の設定と効果検証による補助金の整理", "財務課", "令和8年度", "20,000", "順調", "順調"),
    ("14", "1", "広告収入の確保", "市ホームページ・封筒への有料広告の掲載", "広報広聴課", "令和6年度", "2,400", "完了", "－"),
]
MATSUSAKA_POLICIES = {"1": "持続可能な財政運営", "2": "デジタル化による市民サービスの向上", "3": "効率的な組織運営"}

# 富士宮市 (静岡県): progress report, PDF. No., 実施項目, 所管課, 令和5年度評価, 令和6年度評価, 所見
FUJINOMIYA_REPORT = [
    ("1", "窓口業務の民間委託", "市民課", "A", "A", "繁忙期の待ち時間が平均25分から12分に短縮した。"),
    ("2", "公民館の地域移管", "生涯学習課", "B", "C", "移管先となる地区との協議が整わず、令和6年度の移管は0館にとどまった。"),
    ("3", "ごみ収集業務の委託拡大", "生活環境課", "A", "B", "委託地区を拡大したが、収集車両の確保に遅れが生じた。"),
    ("4", "水道料金の適正化", "水道業務課", "B", "B", "料金改定の審議会答申を受け、改定時期を令和8年度とした。"),
    ("5", "保育所の民営化", "子ども未来課", "C", "B", "移管先法人の公募を実施し、1園の移管先が決定した。"),
    ("6", "市税のコンビニ収納", "収納課", "A", "A", "コンビニ収納の割合が全体の38%に達した。"),
    ("7", "職員提案制度の活性化", "行政経営課", "B", "A", "提案件数が前年度の2倍の64件となり、うち9件を実施した。"),
    ("8", "電子契約の導入", "契約検査課", "C", "C", "事業者側の対応が進まず、利用は3件にとどまった。"),
    ("9", "公用車の削減", "財産管理課", "A", "B", "8台を削減したが、目標の12台には届かなかった。"),
    ("10", "観光施設の指定管理", "観光課", "B", "A", "白糸の滝周辺施設に指定管理者制度を導入した。"),
    ("11", "ペーパーレス化の推進", "情報政策課", "A", "A", "庁内の印刷枚数を令和4年度比で31%削減した。"),
    ("12", "企業誘致による税収確保", "企業立地推進課", "B", "B", "2社の立地協定を締結したが、操業開始は令和8年度以降となる。"),
]

# 伊那市 (長野県): 行政改革大綱, DOCX. 番号, 柱, 取組名, 所管課, 内容, 期待される効果, 目標年度(西暦)
INA_MEASURES = [
    ("1", "財政基盤の強化", "公共施設マネジメントの推進", "財政課", "利用率の低い施設の集約化・複合化を進める。", "維持管理費を年間約4,500万円縮減", "2027"),
    ("2", "財政基盤の強化", "ふるさと納税の拡充", "地域創造課", "地場産品の返礼品を拡充し、寄附の使い道を明確にする。", "寄附額を年間10億円に増やす", "2026"),
    ("3", "財政基盤の強化", "下水道事業の経営健全化", "上下水道課", "処理区の統合と使用料の見直しを行う。", "経費回収率100%の達成", "2029"),
    ("4", "市民サービスの向上", "行かなくてよい窓口の推進", "市民課", "主要な行政手続をスマートフォンから申請できるようにする。", "オンライン申請率50%", "2027"),
    ("5", "市民サービスの向上", "子育て手続のワンストップ化", "子育て支援課", "出生から入園までの手続を一つの窓口でまとめて受け付ける。", "来庁回数を平均3回から1回に減らす", "2026"),
    ("6", "市民サービスの向上", "地域公共交通の再編", "地域交通課", "路線バスとデマンド交通の役割を見直す。", "公共交通の利用者数を年間5%増やす", "2028"),
    ("7", "組織・人材の活性化", "デジタル人材の育成", "人事課", "全職員向けのデジタル研修と専門人材の採用を行う。", "DX推進リーダーを各課に1名配置", "2026"),
    ("8", "組織・人材の活性化", "基幹業務システムの標準化", "DX推進課", "ガバメントクラウドへの移行と業務の標準化を行う。", "システム運用経費を年間約2,000万円縮減", "2025"),
    ("9", "組織・人材の活性化", "支所機能の見直し", "総務課", "高遠町・長谷の総合支所の業務を見直す。", "支所の人員を段階的に再配置", "2028"),
    ("10", "組織・人材の活性化", "外部人材の活用", "人事課", "民間企業の専門人材を任期付職員として登用する。", "専門人材を5名登用", "2029"),
]

# 鯖江市 (福井県): results page, HTML. 番号, 取組名, 所管課, 効果額(千円) 2022/2023/2024, 達成状況
SABAE_RESULTS = [
    ("1", "時間外勤務の縮減", "職員課", 12000, 15500, 18200, "◎"),
    ("2", "庁舎照明のLED化", "財政課", 3200, 3200, 3300, "○"),
    ("3", "封筒広告・ネーミングライツの導入", "財政課", 1800, 2100, 2600, "◎"),
    ("4", "上下水道料金の口座振替推進", "上下水道課", 900, 1100, 1050, "△"),
    ("5", "学校給食センターの統合", "教育総務課", 0, 25000, 27000, "◎"),
    ("6", "事務用品の一括調達", "契約管財課", 2400, 2300, 2500, "○"),
    ("7", "市営住宅の集約化", "都市整備課", 0, 0, 8800, "△"),
    ("8", "電子決裁の導入", "情報統計課", 1500, 4200, 5100, "○"),
    ("9", "公用車のカーシェアリング", "契約管財課", 600, 1200, 1500, "○"),
    ("10", "敬老祝金の見直し", "長寿福祉課", 9000, 9000, 9000, "◎"),
]


def _fixed_zip(path: Path) -> None:
    """Rewrite a saved XLSX/DOCX with fixed member dates so the committed file only changes with its content."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as old:
        members = [(info.filename, old.read(info)) for info in old.infolist()]
    # openpyxl stamps the time of saving into the core properties whatever the workbook says
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    members = [(name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                if name == "docProps/core.xml" else data) for name, data in members]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in members:
            new.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "実施計画"
    ws["A1"] = "松阪市行財政改革アクションプラン 実施計画・進捗管理表（令和6年度～令和9年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和8年4月1日現在　総務部 行財政改革推進課"
    ws.append([])
    ws.append(["番号", "基本方針", "取組項目", "取組内容", "担当課", "目標年度", "目標効果額（千円）",
               "令和6年度 進捗状況", "令和7年度 進捗状況"])
    for row in MATSUSAKA_PLAN:
        number, policy, *rest = row
        ws.append([int(number), f"{policy} {MATSUSAKA_POLICIES[policy]}", *rest])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for column, width in zip("ABCDEFGHI", (6, 24, 26, 44, 16, 12, 14, 12, 12)):
        ws.column_dimensions[column].width = width
    legend = ws.max_row + 2
    ws.cell(legend, 1, "（注）進捗状況　完了：取組を終えたもの　順調：計画どおり進んでいるもの　遅れ：計画より遅れているもの　未着手：取組を始めていないもの　－：完了後のため対象外")
    ws2 = wb.create_sheet("基本方針")
    ws2.append(["基本方針", "内容"])
    for key, name in MATSUSAKA_POLICIES.items():
        ws2.append([key, name])
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)
    _fixed_zip(path)


def write_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 9, 30, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_font("jp", size=14)
    pdf.add_page()
    pdf.multi_cell(0, 9, "富士宮市第4次行政改革実施計画\n進捗状況評価報告書（令和6年度実績）", align="C")
    pdf.set_font("jp", size=10)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "令和7年9月（2025年9月）\n富士宮市 企画部 行政経営課", align="R")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "1 評価の方法\n第4次行政改革実施計画（令和5年度～令和8年度）に掲げた12の実施項目について、"
                   "所管課の自己評価をもとに富士宮市行政改革推進本部が年度ごとに評価した。\n"
                   "評価の区分　A：計画どおり進んでいる　B：一部に遅れがある　C：大幅に遅れている")
    pdf.ln(3)
    pdf.multi_cell(0, 6, "2 実施項目別の評価")
    pdf.set_font("jp", size=9)
    with pdf.table(col_widths=(10, 60, 35, 22, 22), text_align="LEFT",
                   headings_style=FontFace(emphasis="")) as table:
        table.row(["No.", "実施項目", "所管課", "令和5年度", "令和6年度"])
        for number, item, section, r5, r6, _ in FUJINOMIYA_REPORT:
            table.row([number, item, section, r5, r6])
    pdf.set_font("jp", size=10)
    pdf.ln(4)
    counts = {g: sum(1 for r in FUJINOMIYA_REPORT if r[4] == g) for g in "ABC"}
    pdf.multi_cell(0, 6, "令和6年度の評価の内訳は、A評価 {A}項目、B評価 {B}項目、C評価 {C}項目であった。".format(**counts))
    pdf.add_page()
    pdf.multi_cell(0, 6, "3 実施項目ごとの所見")
    for number, item, section, _, r6, remark in FUJINOMIYA_REPORT:
        pdf.ln(2)
        pdf.multi_cell(0, 6, f"No.{number} {item}（{section}）\n{remark}")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "4 今後の方針\nC評価の項目は、所管課が改善計画を作成し、令和7年度末までに推進本部へ報告する。")
    path.write_bytes(bytes(pdf.output()))


def write_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED
    doc.core_properties.title = "伊那市第5次行政改革大綱"
    doc.add_heading("伊那市第5次行政改革大綱", level=0)
    doc.add_paragraph("計画期間：2025年度（令和7年度）～2029年度（令和11年度）")
    doc.add_paragraph("令和7年3月　伊那市")
    doc.add_heading("第1章 大綱策定の趣旨", level=1)
    doc.add_paragraph("人口減少と高齢化が進む中、限られた経営資源で質の高い行政サービスを提供し続けるため、"
                      "第4次大綱の成果と課題を踏まえて第5次行政改革大綱を定める。")
    doc.add_heading("第2章 基本方針", level=1)
    pillars = list(dict.fromkeys(m[1] for m in INA_MEASURES))
    for n, pillar in enumerate(pillars, 1):
        doc.add_paragraph(f"基本方針{n}　{pillar}")
    doc.add_heading("第3章 具体的な取組", level=1)
    for n, pillar in enumerate(pillars, 1):
        doc.add_heading(f"{n} {pillar}", level=2)
        for number, p, name, section, content, effect, year in INA_MEASURES:
            if p != pillar:
                continue
            doc.add_paragraph(f"取組{number}　{name}")
            doc.add_paragraph(f"【所管課】{section}")
            doc.add_paragraph(f"【内容】{content}")
            doc.add_paragraph(f"【期待される効果】{effect}")
            doc.add_paragraph(f"【目標年度】{year}年度")
    doc.add_heading("第4章 推進体制", level=1)
    doc.add_paragraph("市長を本部長とする伊那市行政改革推進本部が毎年度の進捗を管理し、"
                      "伊那市行政改革審議会に報告して意見を求める。")
    doc.add_heading("取組一覧", level=1)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("番号", "取組名", "所管課", "目標年度")):
        cell.text = text
    for number, _, name, section, _, _, year in INA_MEASURES:
        for cell, text in zip(table.add_row().cells, (number, name, section, f"{year}年度")):
            cell.text = text
    doc.save(path)
    _fixed_zip(path)


def write_html(path: Path) -> None:
    rows = []
    totals = [0, 0, 0]
    for number, name, section, y1, y2, y3, mark in SABAE_RESULTS:
        totals = [totals[0] + y1, totals[1] + y2, totals[2] + y3]
        cells = [number, name, section, f"{y1:,}", f"{y2:,}", f"{y3:,}", f"{y1 + y2 + y3:,}", mark]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    total_row = ["合計", "", "", *(f"{t:,}" for t in totals), f"{sum(totals):,}", ""]
    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in total_row) + "</tr>")
    achieved = sum(1 for r in SABAE_RESULTS if r[6] == "◎")
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>行財政改革の取組成果（令和6年度実績） | 鯖江市</title></head>
<body>
<nav><a href="/">鯖江市トップ</a> &gt; <a href="/shisei/">市政情報</a> &gt; 行財政改革</nav>
<main>
<h1>鯖江市行財政改革の取組成果（令和6年度実績）</h1>
<p>更新日：2025年7月15日　担当：総務部 行革推進課</p>
<p>鯖江市行財政改革推進プラン（2022年度～2025年度）に基づく主な取組の効果額をお知らせします。
効果額は、取組を行わなかった場合と比べて削減できた経費または増えた収入です（単位：千円）。</p>
<h2>取組ごとの効果額</h2>
<table border="1">
<thead>
<tr><th>番号</th><th>取組名</th><th>所管課</th><th>2022年度（令和4年度）</th><th>2023年度（令和5年度）</th><th>2024年度（令和6年度）</th><th>3か年の合計</th><th>達成状況</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>達成状況　◎：目標を達成　○：おおむね達成　△：未達成</p>
<p>目標を達成した取組は {achieved}項目（{100 * achieved / len(SABAE_RESULTS):.1f}%）でした。</p>
<h2>今後の取組</h2>
<p>未達成の取組については、2025年度に所管課が原因を分析し、行財政改革推進委員会に報告します。</p>
</main>
<footer>鯖江市役所　〒916-8666 福井県鯖江市西山町13番1号</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


MINUTES = """令和7年度 第2回 松阪市行財政改革推進委員会 会議録（要旨）

1 日時　令和7年11月18日（火）午後2時から午後4時まで
2 場所　松阪市役所 本庁舎5階 第1委員会室
3 出席委員　7名（委員長 西村 和夫、副委員長 中川 由美、委員 伊藤 健一、委員 森下 さやか、委員 大西 浩、委員 田中 美穂、委員 北川 進）
4 欠席委員　1名（委員 山本 隆）
5 事務局　総務部長、行財政改革推進課長ほか2名
6 議事
（1）松阪市行財政改革アクションプランの令和7年度上半期の進捗状況について
（2）次期アクションプランの策定方針について

7 議事の概要
（1）進捗状況について
事務局から、アクションプランの14の取組項目のうち、令和7年度上半期までに4項目が完了したことを報告した。

【委員の意見】
○伊藤委員：公共施設の統廃合が2年続けて遅れとなっている。地元説明会の日程を示し、住民の理解を得る努力を続けてほしい。
○森下委員：ふるさと納税は順調とのことだが、返礼品の経費を差し引いた実質の収入も示してほしい。
○大西委員：書かない窓口は来庁者の評判が良い。支所にも広げることを検討してほしい。
○田中委員：AI-OCR・RPAの活用が遅れている理由を知りたい。職員の負担軽減につながる取組なので優先してほしい。
○北川委員：指定管理者制度の活用は、令和7年度に遅れとなった。応募する事業者が少ない原因を分析すべきである。
○中川副委員長：未利用市有地の売却が順調に転じたことは評価できる。売却収入の使い道も説明してほしい。

【事務局の回答】
・公共施設の統廃合については、令和8年2月に対象地区で説明会を開く予定である。
・AI-OCR・RPAの活用については、システムの調達が遅れたため、令和8年度からの本格導入を目指す。

（2）次期アクションプランの策定方針について
事務局から、次期プランの計画期間を令和10年度から令和13年度までの4年間とする案を説明した。

【委員の意見】
○西村委員長：次期プランでは、効果額を毎年度公表するようにしてほしい。
○伊藤委員：市民アンケートの結果を次期プランの取組に反映させてほしい。

8 次回の予定　令和8年2月中旬に開催する予定である。

以上
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    write_xlsx(DOCS / "matsusaka_action_plan.xlsx")
    write_pdf(DOCS / "fujinomiya_progress_report.pdf")
    write_docx(DOCS / "ina_gyokaku_taiko.docx")
    write_html(DOCS / "sabae_kouka.html")
    (DOCS / "matsusaka_iinkai_minutes.txt").write_text(MINUTES, encoding="utf-8")
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
