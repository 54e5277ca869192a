"""Documents of three municipalities no loader was written for (熊谷市, 彦根市, 出雲市), in the shapes
such reports are published in, for the made19 question set.

Run from the project root: `python -m tests.questions.made19.make_documents` (rewrites docs/).
The PDF needs a Japanese font (fonts-ipaexfont-gothic); every file is written with fixed dates so
that a rerun gives the same content.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# ---------------------------------------------------------------- 熊谷市: XLSX 行革取組一覧
KUMAGAYA_YEARS = ("2024年度", "2025年度", "2026年度")
KUMAGAYA_ROWS = [
    # 番号, 取組名, 担当部局, 担当課, 2024, 2025, 2026, 効果額（千円）, 備考
    (1, "窓口業務の民間委託", "市民部", "市民課", "実施", "実施", "実施", 18400, ""),
    (2, "電子申請の拡充", "総務部", "デジタル推進課", "一部実施", "実施", "実施", 6200, ""),
    (3, "公用車の削減", "総務部", "管財課", "実施", "実施", "一部実施", 3150, "カーシェアリングを併用"),
    (4, "補助金の見直し", "財務部", "財政課", "未実施", "一部実施", "実施", 12000, ""),
    (5, "市税の収納率向上", "財務部", "収税課", "実施", "実施", "実施", 25600, ""),
    (6, "使用料・手数料の見直し", "財務部", "財政課", "未実施", "未実施", "一部実施", 0, "2027年度に改定予定"),
    (7, "ごみ収集業務の委託拡大", "環境部", "清掃事業課", "一部実施", "一部実施", "実施", 9800, ""),
    (8, "保育所の民営化", "こども未来部", "保育課", "未実施", "実施", "実施", 41000, ""),
    (9, "指定管理者制度の導入拡大", "市民部", "市民活動推進課", "―", "一部実施", "実施", 7500, "2025年度から"),
    (10, "職員研修のオンライン化", "総務部", "職員課", "実施", "実施", "実施", 1900, ""),
    (11, "下水道事業の広域化", "都市整備部", "下水道課", "―", "未実施", "未実施", 0, "県と協議中"),
    (12, "庁舎照明のLED化", "総務部", "管財課", "一部実施", "実施", "実施", 4350, ""),
]


def kumagaya_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    wb = Workbook()
    wb.properties.created = dt.datetime(2027, 5, 20)
    wb.properties.modified = dt.datetime(2027, 5, 20)
    ws = wb.active
    ws.title = "取組一覧"
    ws["A1"] = "熊谷市 行革取組一覧（2026年度末現在）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "各年度欄は、その年度の取組の実施状況（実施／一部実施／未実施）。―は取組期間外。"
    header = ["番号", "取組名", "担当部局", "担当課", *KUMAGAYA_YEARS, "効果額（千円）", "備考"]
    ws.append([])
    ws.append(header)
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in KUMAGAYA_ROWS:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            cell.border = box
        ws.cell(ws.max_row, 8).number_format = "#,##0"
    for col, width in zip("ABCDEFGHI", (6, 28, 14, 16, 11, 11, 11, 14, 24)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "C5"

    # 部ごとの効果額: the figures are written as values (a workbook saved by Excel carries them)
    summary = wb.create_sheet("効果額集計")
    summary["A1"] = "部別 効果額集計（2024〜2026年度）"
    summary["A1"].font = Font(bold=True, size=12)
    summary.append([])
    summary.append(["部", "取組数", "効果額（千円）"])
    for cell in summary[3]:
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = box
    totals: dict[str, list[int]] = {}
    for row in KUMAGAYA_ROWS:
        entry = totals.setdefault(row[2], [0, 0])
        entry[0] += 1
        entry[1] += row[7]
    for bu, (count, amount) in totals.items():
        summary.append([bu, count, amount])
    summary.append(["合計", sum(c for c, _ in totals.values()), sum(a for _, a in totals.values())])
    for r in summary.iter_rows(min_row=4):
        for cell in r:
            cell.border = box
        r[2].number_format = "#,##0"
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["C"].width = 16
    wb.save(path)


# ---------------------------------------------------------------- 熊谷市: 行革ニュース (text)
KUMAGAYA_NEWS = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　くまがや 行革ニュース　第8号
　2026年（令和8年）10月1日発行
　編集・発行　熊谷市 総務部 行政改革推進室
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

市では、平成30年度に策定した行財政改革推進計画に基づき、市民サービスの向上と
経費の削減に取り組んでいます。今号では、最近の取組を3つご紹介します。

■ 市民課の窓口がさらに便利になりました
　令和8年4月1日から、市民課の窓口業務（住民票の写しや印鑑登録証明書の交付など）の
委託範囲を広げました。繁忙期の平均待ち時間は、委託前の約25分から約12分に短くなりました。
委託による経費の削減は、年間で約1,840万円を見込んでいます。
　担当：市民部 市民課

■ 公用車を15台減らしました
　2026年3月31日までに、公用車を142台から127台に減らしました。使用頻度の低い車両を
売り払い、近い距離の出張には電動アシスト自転車とカーシェアリングを使っています。
車両の維持費と燃料費を合わせて、年間約315万円の節減になります。
　担当：総務部 管財課

■ 行財政改革推進委員会を開きました
　2026年8月25日（令和8年8月25日）、第2回熊谷市行財政改革推進委員会を開き、
委員10人のうち8人が出席しました。委員からは「使用料・手数料の見直しは、市民への
説明を丁寧に行ってほしい」「下水道事業の広域化は、県との協議の状況を定期的に報告して
ほしい」との意見がありました。次回は令和9年2月に開く予定です。
　担当：総務部 行政改革推進室

────────────────────────────────────
問い合わせ　行政改革推進室（市役所本庁舎3階）　電話 048-524-1111（代表）
"""


# ---------------------------------------------------------------- 彦根市: PDF 行政評価 結果報告
HIKONE_MEASURES = [
    # 取組名, 所管, 指標, 目標値, 実績値, 達成率, 評価
    ("ふるさと納税の推進", "企画振興部 シティプロモーション課", "寄附受入額（百万円）", "800", "912", "114.0%", "A"),
    ("市有財産の売却", "総務部 管財課", "売却収入額（千円）", "150,000", "96,300", "64.2%", "C"),
    ("窓口キャッシュレス決済の導入", "市民環境部 市民課", "導入窓口数（箇所）", "20", "18", "90.0%", "B"),
    ("事務事業の見直し", "企画振興部 企画課", "見直し件数（件）", "40", "43", "107.5%", "A"),
    ("時間外勤務の縮減", "総務部 人事課", "職員1人当たり年間時間外勤務時間（時間）", "120以下", "151", "79.5%", "C"),
    ("公共施設の予防保全", "都市建設部 建築住宅課", "長寿命化改修の実施施設数（施設）", "6", "5", "83.3%", "B"),
    ("市税収納率の向上", "総務部 税務課", "現年度分収納率（％）", "99.0", "99.2", "100.2%", "A"),
    ("AI・RPAによる業務効率化", "総務部 情報政策課", "削減業務時間（時間）", "5,000", "2,100", "42.0%", "D"),
]


def hikone_pdf(path: Path) -> None:
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 9, 30, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_auto_page_break(False)
    page = 0

    def new_page() -> None:
        nonlocal page
        if page:
            pdf.set_y(-15)
            pdf.set_font("jp", size=9)
            pdf.cell(0, 6, f"- {page} -", align="C")
        page += 1
        pdf.add_page()
        pdf.set_font("jp", size=9)
        pdf.cell(0, 6, "彦根市 行政評価 結果報告", align="R", new_x="LMARGIN", new_y="NEXT")

    new_page()
    pdf.set_font("jp", size=15)
    pdf.cell(0, 12, "令和7年度 行政評価 結果報告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=10)
    pdf.multi_cell(0, 6, "彦根市では、行財政改革の取組ごとに指標と目標値を定め、毎年度その達成状況を評価しています。"
                   "本報告は、令和7年度（2025年度）の実績を取りまとめたものです。\n"
                   "評価は達成率により、A（100%以上）、B（80%以上100%未満）、C（50%以上80%未満）、"
                   "D（50%未満）の4段階としています。\n令和8年9月　彦根市 企画振興部 企画課",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # the lines run on as a word processor sets them: a block may begin on one page and end on the next
    for number, (name, office, indicator, target, actual, rate, grade) in enumerate(HIKONE_MEASURES, start=1):
        if pdf.get_y() > 262:
            new_page()
        pdf.set_font("jp", size=11)
        pdf.cell(0, 8, f"【取組{number}】", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("jp", size=10)
        for label, value in (("取組名", name), ("所管", office), ("指標", indicator), ("目標値", target),
                             ("実績値", actual), ("達成率", rate), ("評価", grade)):
            if pdf.get_y() > 276:
                new_page()
            pdf.cell(0, 5.5, f"　{label}：{value}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_y(-15)
    pdf.set_font("jp", size=9)
    pdf.cell(0, 6, f"- {page} -", align="C")
    pdf.output(str(path))


# ---------------------------------------------------------------- 出雲市: HTML 外部評価委員会 評価結果
IZUMO_EVALUATIONS = [
    # 事業名, 担当 (部, 課), 事業概要 (lines), 評点, 判定, 委員コメント (lines)
    ("コミュニティバス運行事業", ("都市建設部", "交通政策課"),
     ["市内6路線でコミュニティバスを運行", "令和7年度事業費 48,200千円"], "3.2", "改善して継続",
     ["利用者の少ない路線は、デマンド型交通への転換を検討すべきである。", "運行ダイヤを利用者アンケートに基づいて見直すこと。"]),
    ("敬老祝金支給事業", ("健康福祉部", "高齢者福祉課"),
     ["88歳・100歳の市民に祝金を支給", "令和7年度事業費 31,500千円"], "2.4", "縮小",
     ["対象年齢と支給額を見直し、事業費を縮小すべきである。"]),
    ("観光パンフレット作成事業", ("経済環境部", "観光課"),
     ["観光パンフレット（日本語・英語）を作成・配布", "令和7年度事業費 6,800千円"], "2.0", "廃止",
     ["紙のパンフレットはウェブサイト・SNSでの発信に切り替えるべきである。", "配布数の実績が把握されていない。"]),
    ("子ども医療費助成事業", ("子ども未来部", "子育て支援課"),
     ["高校生までの医療費の自己負担を助成", "令和7年度事業費 412,000千円"], "4.3", "現状どおり継続",
     ["子育て世帯の負担軽減に効果が大きく、現状どおり継続すべきである。"]),
    ("農業用施設維持補助事業", ("農林水産部", "農業振興課"),
     ["水路・農道の補修費を地元組織に補助", "令和7年度事業費 22,300千円"], "3.0", "改善して継続",
     ["補助の優先順位の基準を明確にすること。", "申請手続の簡素化を図ること。"]),
    ("図書館電子書籍貸出事業", ("教育委員会", "中央図書館"),
     ["電子書籍の貸出サービスを提供", "令和7年度事業費 4,100千円"], "4.1", "拡充",
     ["利用が伸びており、蔵書数を増やして拡充すべきである。"]),
    ("市民文化祭開催事業", ("文化スポーツ部", "文化振興課"),
     ["市民文化祭を年1回開催", "令和7年度事業費 9,600千円"], "2.8", "改善して継続",
     ["若い世代の参加が少なく、内容の見直しが必要である。", "実行委員会への委託も検討すること。"]),
]


def izumo_html(path: Path) -> None:
    from html import escape

    rows = []
    for number, (name, (bu, ka), outline, score, verdict, comments) in enumerate(IZUMO_EVALUATIONS, start=1):
        rows.append(
            "      <tr>\n"
            f"        <td>{number}</td>\n"
            f"        <td>{escape(name)}</td>\n"
            f"        <td>{escape(bu)}<br>{escape(ka)}</td>\n"
            f"        <td>{'<br>'.join(escape(line) for line in outline)}</td>\n"
            f"        <td class=\"num\">{score}</td>\n"
            f"        <td>{escape(verdict)}</td>\n"
            f"        <td>{'<br>'.join('・' + escape(line) for line in comments)}</td>\n"
            "      </tr>")
    body = "\n".join(rows)
    path.write_text(f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>令和8年度 出雲市外部評価委員会 評価結果｜出雲市</title>
  <style>
    table {{ border-collapse: collapse; }}
    th, td {{ border: 1px solid #666; padding: 4px 6px; vertical-align: top; }}
    th {{ background: #e8f0e0; }}
    td.num {{ text-align: right; }}
  </style>
</head>
<body>
  <header><p><a href="/">出雲市ホームページ</a> &gt; 市政情報 &gt; 行財政改革 &gt; 外部評価</p></header>
  <main>
    <h1>令和8年度 出雲市外部評価委員会 評価結果</h1>
    <p>出雲市外部評価委員会（委員5人）は、令和8年7月から8月にかけて、令和7年度に実施した7事業について、
    担当課からの説明と質疑をもとに外部評価を行いました。その結果を次のとおりお知らせします。</p>
    <p>評点は、各委員が5点満点で付けた点数の平均です。判定は「拡充」「現状どおり継続」「改善して継続」「縮小」「廃止」の5区分です。</p>
    <table>
      <caption>外部評価結果一覧</caption>
      <thead>
        <tr><th>No.</th><th>事業名</th><th>担当課</th><th>事業概要</th><th>評点</th><th>判定</th><th>委員コメント</th></tr>
      </thead>
      <tbody>
{body}
      </tbody>
    </table>
    <p>評価結果を受けた各事業の対応方針は、令和9年度予算に反映し、改めて公表します。</p>
    <p>問い合わせ先：出雲市 総合政策部 行政改革課</p>
  </main>
  <footer><p>&copy; Izumo City</p></footer>
</body>
</html>
""", encoding="utf-8")


# ---------------------------------------------------------------- 出雲市: DOCX 公共施設再編計画
IZUMO_FACILITIES = [
    # 施設名, 所管課, 方針, 実施時期, 延床面積（㎡）
    ("出雲市民会館", "文化振興課", "継続", "―", "8,420"),
    ("平田地区公民館", "市民活動支援課", "統合", "令和9年度", "1,260"),
    ("旧北浜小学校", "教育総務課", "譲渡", "令和8年度", "3,540"),
    ("斐川温水プール", "スポーツ振興課", "廃止", "令和10年度", "2,180"),
    ("大社児童館", "子育て支援課", "統合", "令和11年度", "640"),
    ("湖陵老人福祉センター", "高齢者福祉課", "廃止", "令和9年度", "920"),
    ("多伎保育所", "保育幼稚園課", "譲渡", "令和10年度", "780"),
    ("佐田図書館", "中央図書館", "継続", "―", "1,050"),
    ("出雲市斎場", "市民課", "継続", "―", "2,310"),
    ("今市市営住宅A棟", "建築住宅課", "廃止", "令和12年度", "2,860"),
]


def izumo_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = dt.datetime(2026, 3, 25)
    doc.core_properties.modified = dt.datetime(2026, 3, 25)
    doc.core_properties.author = "出雲市 総務部 財産活用課"
    doc.add_heading("出雲市公共施設再編計画（第2期）", level=0)
    doc.add_paragraph("令和8年3月　出雲市")
    doc.add_heading("1　計画の概要", level=1)
    doc.add_paragraph(
        "本市は、合併前の旧市町から引き継いだ多くの公共施設を抱えており、その多くが更新の時期を迎えています。"
        "本計画は、施設ごとの再編方針と実施時期を定めるものです。計画期間は、令和8年度から令和17年度までの10年間とします。")
    doc.add_heading("2　施設ごとの再編方針", level=1)
    doc.add_paragraph("方針は「廃止」「統合」「譲渡」「継続」の4区分とし、継続とする施設は実施時期を「―」としています。")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("施設名", "所管課", "方針", "実施時期", "延床面積（㎡）")):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for facility in IZUMO_FACILITIES:
        cells = table.add_row().cells
        for cell, text in zip(cells, facility):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10)
    doc.add_heading("3　再編の効果", level=1)
    doc.add_paragraph(
        "廃止・統合・譲渡とする7施設の延床面積は合わせて12,180㎡で、計画期間中の維持管理経費を約9億円削減できる見込みです。")
    doc.add_paragraph("問い合わせ先：総務部 財産活用課")
    doc.save(path)


def _same_bytes(path: Path, when: dt.datetime) -> None:
    """Rewrite an Office file (a zip) with fixed entry times and document dates, so a rerun of this
    script leaves the committed file unchanged."""
    import re
    import zipfile

    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving here
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6]), data,
                            compress_type=zipfile.ZIP_DEFLATED)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    kumagaya_xlsx(DOCS / "熊谷市_行革取組一覧_2024-2026年度.xlsx")
    _same_bytes(DOCS / "熊谷市_行革取組一覧_2024-2026年度.xlsx", dt.datetime(2027, 5, 20))
    (DOCS / "熊谷市_行革ニュース_第8号.txt").write_text(KUMAGAYA_NEWS, encoding="utf-8")
    hikone_pdf(DOCS / "彦根市_行政評価結果報告書_令和7年度.pdf")
    izumo_html(DOCS / "出雲市_外部評価委員会評価結果_令和8年度.html")
    izumo_docx(DOCS / "出雲市_公共施設再編計画_第2期.docx")
    _same_bytes(DOCS / "出雲市_公共施設再編計画_第2期.docx", dt.datetime(2026, 3, 25))
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
