"""Five made reform documents of four municipalities in 東北・関東 for the made6 question set.

Written as the cities publish them, by an author who never read the engine: a PDF results table
(花巻市), an XLSX progress list with a two-row header (酒田市), an HTML page with one table per
basic policy (上尾市), a DOCX external-evaluation report with 【】 fields (上尾市, an earlier plan)
and a plain-text results report with ■ blocks (小山市, 平成 years).

`python -m tests.questions.made6.make_documents` (from the project root) rewrites docs/.
The data below is the only source of the documents; questions.jsonl was derived by reading them.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# ---------------------------------------------------------------- 花巻市 (PDF, S/A/B/C, R6–R9)
HANAMAKI = [
    # 番号, 取組項目, 担当課, 令和6年度の実績, 達成度, 効果額（千円）, 実施期間
    ("1", "窓口キャッシュレス決済の導入", "市民登録課", "本庁舎及び3総合支所の窓口で交通系ICカード・QRコード決済を導入した。", "A", "0", "R6～R7"),
    ("2", "公共施設の長寿命化と再配置", "資産経営課", "個別施設計画に基づき旧公民館1施設を解体し、跡地を駐車場とした。", "B", "12,400", "R6～R9"),
    ("3", "ふるさと納税の返礼品拡充", "地域づくり課", "返礼品を412品目から538品目に拡充し、寄附額が前年度比18％増となった。", "S", "85,300", "R6～R9"),
    ("4", "電子申請の拡大", "デジタル推進課", "電子申請できる手続を64件から131件に拡大した（目標100件）。", "S", "0", "R6～R8"),
    ("5", "ごみ収集業務の委託拡大", "清掃センター", "家庭ごみ収集の委託区域を2地区拡大した。", "A", "18,600", "R6～R7"),
    ("6", "補助金の見直し", "財政課", "全補助金126件を点検し、9件を廃止・統合した。", "A", "7,250", "R6"),
    ("7", "市税のスマートフォン決済の導入", "収納課", "スマートフォン決済アプリによる市税の納付を開始した。", "A", "1,980", "R6"),
    ("8", "保育所の民営化", "こども課", "移管先法人の選定が遅れ、令和7年度に再公募することとした。", "C", "0", "R6～R9"),
    ("9", "使用料・手数料の見直し", "財政課", "受益者負担の算定基準を定めた。料金の改定は令和8年度の予定。", "B", "0", "R6～R8"),
    ("10", "会議録作成へのAI活用", "デジタル推進課", "音声認識による会議録作成を全庁に導入した。", "A", "3,400", "R6～R7"),
    ("11", "職員提案制度の活性化", "人事課", "提案件数は27件で、目標の40件に届かなかった。", "B", "0", "R6～R9"),
    ("12", "未利用市有地の売却", "資産経営課", "未利用地3件を一般競争入札により売却した。", "A", "46,800", "R6～R9"),
]

# ---------------------------------------------------------------- 酒田市 (XLSX, ◎○△×, 西暦)
SAKATA = [
    # 番号, 改革項目, 主管課, 開始年度, 終了年度, 進捗状況, 2024年度効果額, 累計効果額, 備考
    (1, "窓口業務の包括委託", "市民課", "2023年度", "2025年度", "○", 9800, 15200, ""),
    (2, "下水道使用料の改定", "上下水道部経営企画課", "2024年度", "2024年度", "◎", 52000, 52000, "2024年10月検針分から改定"),
    (3, "図書館への指定管理者制度導入", "社会教育課", "2024年度", "2026年度", "△", 0, 0, "選定委員会の開催が遅れている"),
    (4, "公用車の削減とカーシェアリングの導入", "管財課", "2023年度", "2024年度", "○", 4300, 7100, "公用車12台を削減"),
    (5, "RPAによる定型業務の自動化", "情報企画課", "2023年度", "2026年度", "◎", 6500, 9900, "対象業務18件"),
    (6, "外郭団体の統廃合", "企画調整課", "2025年度", "2026年度", "×", 0, 0, "2025年度から着手予定"),
    (7, "市営住宅の集約", "建築住宅課", "2023年度", "2026年度", "△", 1200, 1200, "入居者との協議に時間を要している"),
    (8, "電子入札の対象拡大", "契約検査課", "2024年度", "2025年度", "○", 0, 0, "工事に加え業務委託を対象とした"),
    (9, "ペーパーレス会議の推進", "情報企画課", "2023年度", "2024年度", "◎", 2150, 3800, "タブレット端末を120台配備"),
    (10, "遊休施設の貸付", "管財課", "2024年度", "2026年度", "○", 3600, 3600, "旧公民館2施設を民間事業者に貸付"),
]

# ---------------------------------------------------------------- 上尾市 (HTML, 達成度 1–5, R7–R10)
AGEO_POLICIES = [
    ("基本方針1　持続可能な財政運営", [
        # 取組番号, 取組名, 担当部局, スケジュール, 令和7年度の取組状況, 達成度, 効果額（百万円）
        ("1-1", "市税収納率の向上", "財政部", "令和7年度～令和10年度", "滞納整理を強化し、現年度分の収納率は99.2％となった。", "4", "32.5"),
        ("1-2", "受益者負担の適正化", "行政経営部", "令和7年度～令和8年度", "施設使用料の算定方法の見直し案を作成した。", "3", "0.0"),
        ("1-3", "公共施設の複合化", "行政経営部", "令和8年度～令和10年度", "令和8年度からの着手に向け、庁内検討会議を設置した。", "－", "－"),
        ("1-4", "ネーミングライツの導入", "財政部", "令和7年度～令和9年度", "市民体育館など2施設で命名権の契約を締結した。", "5", "4.8"),
    ]),
    ("基本方針2　デジタル化による市民サービスの向上", [
        ("2-1", "書かない窓口の導入", "市民生活部", "令和7年度～令和8年度", "市民課窓口で申請書作成支援システムを稼働させた。", "4", "0.0"),
        ("2-2", "オンライン申請の拡充", "行政経営部", "令和7年度～令和10年度", "オンラインで申請できる手続を150件追加した。", "4", "1.2"),
        ("2-3", "地理情報システムの統合", "都市整備部", "令和7年度～令和9年度", "仕様書の作成が遅れ、調達は令和8年度に延期した。", "2", "0.0"),
        ("2-4", "学校の校務DX", "教育総務部", "令和7年度", "校務支援システムを市立小中学校全校で更新した。", "4", "6.3"),
    ]),
    ("基本方針3　組織・人材の活性化", [
        ("3-1", "人事評価制度の見直し", "総務部", "令和7年度～令和8年度", "評価項目を改定し、一部の部署で試行した。", "3", "0.0"),
        ("3-2", "時間外勤務の縮減", "総務部", "令和7年度～令和10年度", "時間外勤務時間は前年度比8.4％の減となった。", "4", "21.7"),
        ("3-3", "外部人材の登用", "総務部", "令和7年度～令和9年度", "デジタル分野の専門人材を募集したが、応募者がなかった。", "2", "0.0"),
    ]),
]

# ---------------------------------------------------------------- 上尾市 (DOCX, 達成/概ね達成/未達成, R3–R6)
AGEO_OLD = [
    # 番号, 取組名, 所管課, 計画期間, 最終実績, 委員会評価, 効果額, 委員会意見
    (1, "窓口業務のワンストップ化", "市民課", "令和3年度～令和5年度", "令和5年5月に本庁舎1階に総合窓口を開設した。", "達成", "－",
     "来庁者アンケートの満足度も高く、計画どおりの成果と認められる。"),
    (2, "公共施設予約システムの導入", "スポーツ振興課", "令和3年度～令和4年度", "令和4年10月からスポーツ施設と公民館の予約をオンライン化した。", "達成", "－",
     "利用者登録の手続も簡素化されており評価できる。"),
    (3, "指定管理者制度の拡大", "行政経営課", "令和3年度～令和6年度", "対象とした5施設のうち4施設に指定管理者制度を導入した。", "概ね達成", "24,000千円",
     "残る1施設についても導入の可否を早期に判断されたい。"),
    (4, "上尾市土地開発公社の解散", "財政課", "令和4年度～令和6年度", "令和6年3月に公社を解散し、保有土地を市が取得した。", "達成", "120,000千円",
     "将来の財政負担のリスクが解消されたことを評価する。"),
    (5, "コンビニ交付の拡大", "市民課", "令和3年度", "住民票の写し等に加え、戸籍証明書のコンビニ交付を開始した。", "達成", "－",
     "マイナンバーカードの普及とあわせ、引き続き周知に努められたい。"),
    (6, "学校給食センターの統合", "学務課", "令和3年度～令和6年度", "新センターの用地選定が難航し、基本計画の策定に至らなかった。", "未達成", "－",
     "次期計画で工程を見直し、地域への説明を丁寧に行うべきである。"),
    (7, "ペーパーレス化の推進", "情報政策課", "令和3年度～令和6年度", "コピー用紙の使用量を令和2年度比で32％削減した（目標40％）。", "概ね達成", "5,600千円",
     "会議資料の電子化は進んだが、申請書類の電子化が課題である。"),
    (8, "職員の定員適正化", "職員課", "令和3年度～令和6年度", "職員数を計画より6人多い1,012人とした。", "概ね達成", "86,000千円",
     "業務量に応じた配置の検証を継続されたい。"),
    (9, "補助金の終期設定", "財政課", "令和5年度～令和6年度", "終期を設定した補助金は対象42件のうち15件にとどまった。", "未達成", "－",
     "全ての補助金に終期を設ける原則を徹底すべきである。"),
]

# ---------------------------------------------------------------- 小山市 (text, A/B/C/D, 平成30年度)
OYAMA = [
    # 番号, 推進項目, 担当課, 実施期間, 取組内容, 進捗状況, 効果額
    (1, "事務事業評価の見直し", "行政経営課", "平成29年度～平成31年度",
     "評価シートの様式を簡素化し、全432事業の評価を実施した。外部評価は平成31年度に実施予定。", "B", "－"),
    (2, "市税等の口座振替の推進", "収税課", "平成29年度～2020年度",
     "口座振替の加入促進キャンペーンを実施し、加入率が2.1ポイント上昇した。", "A", "2,100千円"),
    (3, "市立幼稚園の統廃合", "こども育成課", "平成30年度～令和元年度",
     "保護者説明会を3回開催したが、統合先の合意に至っていない。", "C", "－"),
    (4, "公民館使用料の見直し", "生涯学習課", "平成30年度",
     "平成30年10月から使用料を改定し、減免基準を統一した。", "A", "1,450千円"),
    (5, "庁内ネットワークの再構築", "情報管理課", "2018年度～2019年度",
     "基幹系と情報系のネットワークを分離し、機器を更新した。", "A", "8,900千円"),
    (6, "市有財産の貸付・売却", "財産活用課", "平成29年度～令和2年度",
     "未利用地4件のうち2件を売却した。残る2件は平成31年度に入札予定。", "B", "33,000千円"),
    (7, "臨時・非常勤職員の任用の見直し", "総務課", "平成30年度～平成31年度",
     "会計年度任用職員制度への移行に向け、職の整理を進めた。", "B", "－"),
    (8, "入札制度の改善", "契約課", "平成31年度～令和2年度",
     "平成31年度からの着手に向け、他市の事例を調査した。", "D", "－"),
]


def hanamaki_pdf(path: Path) -> None:
    from fpdf import FPDF

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 6, 30, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.add_font("jp", style="B", fname=font)  # the table headings are set in bold
    pdf.add_page()
    pdf.set_font("jp", size=16)
    pdf.cell(0, 12, "花巻市行財政改革推進計画（令和6年度～令和9年度）", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 12, "令和6年度 取組実績報告書", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("jp", size=11)
    pdf.cell(0, 10, "令和7年6月　花巻市 総務部 行財政改革推進室", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    pdf.multi_cell(0, 7, (
        "本市では、令和6年度から令和9年度までを計画期間とする花巻市行財政改革推進計画に基づき、"
        "12の取組項目を進めています。このたび、計画初年度である令和6年度の取組実績を取りまとめました。\n"
        "令和6年度の効果額は、12項目の合計で175,730千円となりました。\n"
        "達成度の区分は次のとおりです。\n"
        "　S：計画を上回って達成した\n"
        "　A：計画どおり達成した\n"
        "　B：一部達成できなかった\n"
        "　C：未着手、又は大幅に遅れている\n"
        "令和6年度の達成度は、S 2項目、A 6項目、B 3項目、C 1項目でした。"
    ))
    pdf.add_page()
    pdf.set_font("jp", size=12)
    pdf.cell(0, 10, "取組項目別の実績一覧", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("jp", size=9)
    header = ("番号", "取組項目", "担当課", "令和6年度の実績", "達成度", "効果額（千円）", "実施期間")
    with pdf.table(col_widths=(10, 48, 28, 104, 14, 28, 22), text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "RIGHT", "CENTER"),
                   line_height=6) as table:
        for row in (header, *HANAMAKI):
            cells = table.row()
            for value in row:
                cells.cell(value)
    path.write_bytes(bytes(pdf.output()))


def sakata_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況一覧"
    ws["A1"] = "第3次酒田市行政改革実施計画　進捗状況一覧（2024年度末時点）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "酒田市 企画部 行政改革推進室　計画期間：2023年度～2026年度"
    top = ["番号", "改革項目", "主管課", "取組期間", None, "進捗状況", "財政効果額（千円）", None, "備考"]
    sub = [None, None, None, "開始年度", "終了年度", None, "2024年度", "累計", None]
    ws.append([])
    ws.append(top)
    ws.append(sub)
    for col in ("A", "B", "C", "F", "I"):
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("D4:E4")
    ws.merge_cells("G4:H4")
    for row in SAKATA:
        ws.append(list(row))
    thin = Side(style="thin")
    for line in ws.iter_rows(min_row=4, max_row=5 + len(SAKATA), max_col=9):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for line in ws.iter_rows(min_row=6, max_row=5 + len(SAKATA), min_col=7, max_col=8):
        for cell in line:
            cell.number_format = "#,##0"
    for col, width in zip("ABCDEFGHI", (6, 34, 22, 11, 11, 10, 12, 12, 36)):
        ws.column_dimensions[col].width = width
    legend = wb.create_sheet("凡例")
    legend.append(["進捗状況の区分"])
    for mark, meaning in (("◎", "計画以上に進んでいる"), ("○", "計画どおり進んでいる"),
                          ("△", "やや遅れている"), ("×", "遅れている・未着手")):
        legend.append([mark, meaning])
    wb.properties.creator = "酒田市"
    wb.properties.created = dt.datetime(2025, 5, 30)
    wb.properties.modified = dt.datetime(2025, 5, 30)
    wb.save(path)


def ageo_html(path: Path) -> None:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        "<title>上尾市行政経営改革アクションプラン 令和7年度の取組状況｜上尾市</title></head><body>",
        '<div id="breadcrumb"><a href="/">トップページ</a> &gt; 市政情報 &gt; 行財政改革 &gt; 令和7年度の取組状況</div>',
        "<h1>上尾市行政経営改革アクションプラン 令和7年度の取組状況</h1>",
        "<p>更新日：2026年6月15日</p>",
        "<p>上尾市では、令和7年度から令和10年度までの4年間を計画期間とする「上尾市行政経営改革アクションプラン」に基づき、"
        "11の取組を進めています。令和7年度の取組状況を次のとおり公表します。</p>",
        "<h2>達成度の区分</h2>",
        "<ul><li>5：計画を大きく上回った</li><li>4：計画どおり</li><li>3：おおむね計画どおり</li>"
        "<li>2：計画より遅れている</li><li>1：未着手</li><li>－：令和7年度は取組期間外のため評価しない</li></ul>",
        "<p>令和7年度の達成度は、5が1件、4が5件、3が2件、2が2件、評価なし（－）が1件でした。"
        "効果額は合計66.5百万円です。</p>",
    ]
    header = ("取組番号", "取組名", "担当部局", "スケジュール", "令和7年度の取組状況", "達成度", "効果額（百万円）")
    for title, rows in AGEO_POLICIES:
        parts.append(f"<h2>{e(title)}</h2>")
        parts.append('<table border="1" class="datatable">')
        parts.append("<thead><tr>" + "".join(f'<th scope="col">{e(h)}</th>' for h in header) + "</tr></thead><tbody>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
        parts.append("</tbody></table>")
    parts += [
        "<h2>お問い合わせ</h2>",
        "<p>行政経営部 行政経営課 行革推進担当<br>電話：048-000-0000（代表）</p>",
        "</body></html>",
    ]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def ageo_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.author = "上尾市行政改革推進委員会"
    doc.core_properties.created = dt.datetime(2025, 8, 29)
    doc.core_properties.modified = dt.datetime(2025, 8, 29)
    doc.add_heading("第6次上尾市行政改革大綱 実施計画（令和3年度～令和6年度）外部評価報告書", level=0)
    doc.add_paragraph("令和7年8月　上尾市行政改革推進委員会")
    doc.add_heading("1　評価の概要", level=1)
    doc.add_paragraph(
        "本委員会は、第6次上尾市行政改革大綱 実施計画の計画期間の終了にあたり、9つの取組の最終実績について、"
        "所管課へのヒアリングを行い、「達成」「概ね達成」「未達成」の3段階で評価した。")
    doc.add_paragraph("評価の結果は、達成 4項目、概ね達成 3項目、未達成 2項目であった。"
                      "効果額のある取組の効果額は合計235,600千円である。")
    doc.add_heading("2　取組ごとの評価", level=1)
    for number, name, section, period, result, grade, effect, opinion in AGEO_OLD:
        doc.add_heading(f"取組{number}　{name}", level=2)
        doc.add_paragraph(f"【所管課】{section}")
        doc.add_paragraph(f"【計画期間】{period}")
        doc.add_paragraph(f"【最終実績】{result}")
        doc.add_paragraph(f"【効果額】{effect}")
        doc.add_paragraph(f"【委員会評価】{grade}")
        doc.add_paragraph(f"【委員会意見】{opinion}")
    doc.add_heading("3　総括", level=1)
    doc.add_paragraph(
        "未達成となった取組は、令和7年度からの上尾市行政経営改革アクションプランにおいて、"
        "工程を見直したうえで引き続き取り組むことを求める。")
    doc.save(path)


def oyama_text(path: Path) -> None:
    lines = [
        "第6次小山市行政改革大綱 推進計画",
        "平成30年度（2018年度）実績報告書",
        "",
        "令和元年7月",
        "小山市 総務部 行政経営課",
        "",
        "1. 概要",
        "",
        "第6次小山市行政改革大綱 推進計画（平成29年度～令和2年度）に掲げる8つの推進項目について、",
        "平成30年度の取組実績を取りまとめました。",
        "進捗状況は、A（計画どおり進んでいる）、B（概ね計画どおり）、C（遅れている）、D（未着手）の4段階で示しています。",
        "平成30年度の進捗状況は、A 3項目、B 3項目、C 1項目、D 1項目です。",
        "効果額は4項目で生じ、合計45,450千円でした。",
        "",
        "2. 推進項目ごとの実績",
        "",
    ]
    for number, name, section, period, content, grade, effect in OYAMA:
        lines += [
            f"■ 推進項目{number}　{name}",
            f"　担当課　　：{section}",
            f"　実施期間　：{period}",
            f"　平成30年度の取組内容：{content}",
            f"　進捗状況　：{grade}",
            f"　効果額　　：{effect}",
            "",
        ]
    lines += ["3. 今後の方針", "",
              "進捗が遅れている推進項目については、平成31年度に工程を見直し、計画期間内の達成を目指します。", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    hanamaki_pdf(DOCS / "hanamaki_gyozaisei_r6_jisseki.pdf")
    sakata_xlsx(DOCS / "sakata_gyokaku_shinchoku_2024.xlsx")
    ageo_html(DOCS / "ageo_action_plan_r7.html")
    ageo_docx(DOCS / "ageo_gaibu_hyoka_r6.docx")
    oyama_text(DOCS / "oyama_gyokaku_h30_jisseki.txt")
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
