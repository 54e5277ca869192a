"""Writes the made21 documents (tests/questions/made21/docs/): five reform documents of three
municipalities (一関市 in 東北, 新居浜市 in 四国, 越前市 in 北陸), each in the shape such a city
publishes, for a question set written without looking at the engine.

    /work/main/.venv/bin/python -m tests.questions.made21.make_documents

Every fact the questions ask is in the tables below; the files are rewritten from them with fixed
dates so that a rerun gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FIXED = dt.datetime(2026, 3, 31, 9, 0, 0)

# ---------------------------------------------------------------- 一関市 (XLSX + HTML)
ICHINOSEKI_ITEMS = [
    # 部, 番号, 取組項目, 主管課, 実施年度, 進捗状況, 達成度, 令和7年度効果額（千円）
    ("総務部", 1, "電子申請の拡充", "デジタル推進課", "R6〜R8", "順調", "A", 12400),
    ("総務部", 2, "ペーパーレス会議の導入", "総務課", "R6〜R7", "完了", "S", 3200),
    ("総務部", 3, "職員定員の適正化", "人事課", "R6〜R9", "遅れ", "B", 48000),
    ("財務部", 4, "公共施設使用料の見直し", "財政課", "R7〜R8", "順調", "A", 6500),
    ("財務部", 5, "市税のスマホ決済納付の拡大", "収納課", "R6〜R7", "完了", "A", 1800),
    ("財務部", 6, "未利用市有地の売却", "資産管理課", "R6〜R9", "遅れ", "C", 25000),
    ("財務部", 7, "補助金の終期設定と見直し", "財政課", "R7〜R9", "未着手", "C", 0),
    ("市民環境部", 8, "ごみ収集業務の民間委託拡大", "環境課", "R6〜R8", "順調", "B", 15600),
    ("市民環境部", 9, "支所窓口業務の集約", "市民課", "R7〜R8", "遅れ", "B", 4100),
    ("保健福祉部", 10, "健診のオンライン予約", "健康づくり課", "R6〜R7", "完了", "S", 900),
    ("保健福祉部", 11, "市立保育園の民営化", "こども家庭課", "R6〜R9", "順調", "A", 32000),
]
ICHINOSEKI_TREND = [
    # 年度, 計画額, 実績額（千円）
    ("令和6年度", 95000, 88200),
    ("令和7年度", 160000, sum(r[7] for r in ICHINOSEKI_ITEMS)),
    ("令和8年度", 190000, None),
]


def ichinoseki_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗一覧"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "一関市行財政改革実施計画　進捗一覧（令和7年度末時点）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "達成度　S：計画以上　A：計画どおり　B：やや遅れ　C：大幅な遅れ・未着手"
    header = ["部", "番号", "取組項目", "主管課", "実施年度", "進捗状況", "達成度", "効果額（千円）"]
    top = 4
    for col, name in enumerate(header, 1):
        cell = ws.cell(top, col, name)
        cell.font = Font(bold=True)
        cell.border = box
        cell.alignment = Alignment(horizontal="center")
    row = top + 1
    starts: dict[str, int] = {}
    for item in ICHINOSEKI_ITEMS:
        starts.setdefault(item[0], row)
        for col, value in enumerate(item, 1):
            cell = ws.cell(row, col, value if col != 1 or starts[item[0]] == row else None)
            cell.border = box
            if col == 8:
                cell.number_format = "#,##0"
        row += 1
    # the 部 column: one merged cell over the 部's rows, as the city's sheet has it
    ends: dict[str, int] = {}
    for offset, item in enumerate(ICHINOSEKI_ITEMS):
        ends[item[0]] = top + 1 + offset
    for dept, first in starts.items():
        if ends[dept] > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=ends[dept], end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="center")
    row += 1  # one blank row, then the second table on the same sheet
    ws.cell(row, 1, "効果額の推移（単位：千円）").font = Font(bold=True)
    row += 1
    for col, name in enumerate(["年度", "計画額", "実績額", "差引"], 1):
        ws.cell(row, col, name).border = box
    for year, plan, actual in ICHINOSEKI_TREND:
        row += 1
        values = [year, plan, actual if actual is not None else "－",
                  actual - plan if actual is not None else "－"]
        for col, value in enumerate(values, 1):
            cell = ws.cell(row, col, value)
            cell.border = box
            if isinstance(value, int):
                cell.number_format = "#,##0"
    row += 1
    ws.cell(row, 1, "※令和8年度は計画額のみ（実績は令和9年度に公表予定）")
    for col, width in zip("ABCDEFGH", (12, 6, 30, 16, 12, 10, 8, 14)):
        ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)


MINUTES = [
    ("議題1　行財政改革実施計画の進捗状況について", [
        ("事務局", "資料1により、令和7年度末時点の進捗を説明します。11項目のうち完了が3項目、順調が4項目、"
                   "遅れが3項目、未着手が1項目です。令和7年度の効果額は合計149,500千円となりました。"),
        ("小野寺委員", "未利用市有地の売却が遅れている理由を伺いたい。"),
        ("事務局", "令和7年度は2件の入札を予定していましたが、旧東山給食センター跡地の1件が不調となりました。"
                   "令和8年度に最低売却価格を見直して再入札します。"),
        ("菅原委員", "ごみ収集業務の民間委託は、受託事業者の人員確保が課題と聞いている。"),
        ("事務局", "令和8年度から東部地区の2ルートを追加で委託する予定で、事業者とは協議を続けています。"),
        ("佐々木副委員長", "職員定員の適正化は達成度がBだが、退職者の補充が追いついていないのではないか。"),
        ("事務局", "技術職の採用が予定数に届いていないためです。令和8年度は社会人経験者枠を設けます。"),
    ]),
    ("議題2　補助金の見直しについて", [
        ("及川委員", "補助金の終期設定がまだ未着手なのはなぜか。"),
        ("事務局", "補助金交付要綱の改正を令和8年度上半期に行い、令和9年度予算から反映する予定です。"),
        ("佐々木副委員長", "補助を受けている団体への説明は丁寧に行ってほしい。"),
    ]),
    ("議題3　その他", [
        ("千葉委員長", "次回は令和8年5月に開催し、令和7年度の最終実績を報告してもらう。"),
    ]),
]


def ichinoseki_html(path: Path) -> None:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        "<title>令和7年度第2回一関市行政改革推進委員会 会議録</title></head><body>",
        "<h1>令和7年度第2回一関市行政改革推進委員会 会議録</h1>",
        "<table border=\"1\">",
        "<tr><th>日時</th><td>令和8年2月12日（木）午後2時から午後3時45分まで</td></tr>",
        "<tr><th>場所</th><td>一関市役所 本庁舎4階 大会議室</td></tr>",
        "<tr><th>出席委員</th><td>千葉委員長、佐々木副委員長、小野寺委員、菅原委員、及川委員（5名）</td></tr>",
        "<tr><th>欠席委員</th><td>阿部委員</td></tr>",
        "<tr><th>事務局</th><td>総務部行政経営室</td></tr>",
        "</table>",
        "<h2>会議の経過</h2>",
    ]
    for topic, lines in MINUTES:
        parts.append(f"<h3>{topic}</h3>")
        for speaker, words in lines:
            parts.append(f"<p>{speaker}：{words}</p>")
    parts.append("<p>（午後3時45分閉会）</p></body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 新居浜市 (PDF)
NIIHAMA_ITEMS = [
    # 番号, 取組項目, 担当部局, 担当課, 実施期間, 2024年度の実績, 評価, 財政効果額（千円）
    (1, "行政評価制度の再構築", "企画部", "企画政策課", "2024〜2025", "評価シートを簡素化し、全320事業で試行した。", 4, 0),
    (2, "ふるさと納税の返礼品拡充", "企画部", "企画政策課", "2024〜2027", "返礼品を85品目から142品目に増やした。", 5, 85000),
    (3, "AI議事録作成システムの導入", "企画部", "情報政策課", "2024", "全庁に導入し、会議録作成時間を約6割削減した。", 5, 2400),
    (4, "公式LINEによる情報発信", "企画部", "広報課", "2025〜2026", "配信内容と運用方法を検討した。", 3, 0),
    (5, "時間外勤務の縮減", "総務部", "人事課", "2024〜2027", "前年度比2.1％の縮減にとどまった。", 2, 18000),
    (6, "公用車の削減とカーシェアの導入", "総務部", "管財課", "2024〜2025", "公用車を12台削減した。", 4, 6300),
    (7, "庁舎電力の調達方法の見直し", "総務部", "管財課", "2024", "本庁舎ほか5施設で入札を実施した。", 5, 11200),
    (8, "電子決裁の推進", "総務部", "総務課", "2024〜2026", "電子決裁率は48％（目標60％）。", 3, 1500),
    (9, "証明書のコンビニ交付の拡大", "市民部", "市民課", "2024〜2025", "戸籍証明書をコンビニ交付の対象に加えた。", 4, 3600),
    (10, "公民館への指定管理者制度の導入", "市民部", "地域コミュニティ課", "2025〜2027", "地元との協議に着手できなかった。", 1, 0),
    (11, "書かない窓口の導入", "市民部", "市民課", "2025〜2026", "先進市の視察を行った。", 3, 0),
    (12, "敬老祝金の見直し", "福祉部", "高齢福祉課", "2024", "支給対象を節目年齢に限定した。", 5, 24000),
    (13, "介護認定調査の外部委託", "福祉部", "介護保険課", "2024〜2026", "委託先の確保が進まず、委託は一部にとどまった。", 2, 4800),
    (14, "子育て支援センターの統合", "福祉部", "子育て支援課", "2026〜2027", "（2026年度から実施）", 1, 0),
    (15, "市営住宅の集約と用途廃止", "建設部", "建築住宅課", "2024〜2027", "2団地の入居者移転を進めた。", 3, 9700),
    (16, "道路照明灯のLED化", "建設部", "道路課", "2024〜2025", "計画数の8割にあたる1,460灯を更新した。", 4, 7900),
    (17, "下水道使用料の改定", "建設部", "下水道課", "2025〜2026", "経営審議会への諮問が遅れた。", 2, 0),
    (18, "公園管理の包括委託", "建設部", "公園緑地課", "2025〜2027", "委託範囲の検討を始めた。", 3, 5200),
    (19, "学校給食センターの統合", "教育委員会事務局", "学校給食課", "2024〜2026", "新センターの実施設計を行った。", 4, 0),
    (20, "小中学校の適正配置", "教育委員会事務局", "学校教育課", "2024〜2027", "地域説明会を8回開催した。", 3, 0),
    (21, "図書館の開館時間の見直し", "教育委員会事務局", "生涯学習課", "2024", "利用の少ない平日夜間の開館時間を短縮した。", 5, 3100),
]


def niihama_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from tests.formats.make_pdf import japanese_font

    font = japanese_font()
    if font is None:
        raise SystemExit("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic）")
    pdf = FPDF(orientation="portrait", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 8, 29, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("jp", size=14)
    pdf.cell(0, 10, "新居浜市第6次行政改革大綱 実施計画（令和6年度実績）", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("jp", size=9.5)
    pdf.multi_cell(0, 6, "本実施計画は、新居浜市第6次行政改革大綱に基づく具体的な取組を定めるものです。"
                         "計画期間は令和6年度（2024年度）から令和9年度（2027年度）までの4年間とし、"
                         "毎年度、取組の実績と評価を公表します。\n"
                         "評価　5：計画以上に進んでいる　4：計画どおり　3：おおむね計画どおり　2：やや遅れている　"
                         "1：未着手・大幅に遅れている")
    pdf.ln(3)
    header = ("番号", "取組項目", "担当部局", "担当課", "実施期間", "2024年度の実績", "評価", "財政効果額（千円）")
    rows: list[tuple[str, ...]] = []
    total = 0
    for index, item in enumerate(NIIHAMA_ITEMS):
        rows.append(tuple(str(v) if i != 7 else f"{v:,}" for i, v in enumerate(item)))
        last = index + 1 == len(NIIHAMA_ITEMS) or NIIHAMA_ITEMS[index + 1][2] != item[2]
        if last:
            subtotal = sum(r[7] for r in NIIHAMA_ITEMS if r[2] == item[2])
            total += subtotal
            rows.append(("", f"{item[2]} 小計", "", "", "", "", "", f"{subtotal:,}"))
    rows.append(("", "合計", "", "", "", "", "", f"{total:,}"))
    pdf.set_font("jp", size=10.5)
    bold = FontFace(emphasis=None, fill_color=(220, 220, 220))
    with pdf.table(col_widths=(9, 32, 20, 22, 24, 42, 9, 20), text_align="LEFT", line_height=10,
                   headings_style=bold, repeat_headings=1) as table:
        head = table.row()
        for name in header:
            head.cell(name)
        for values in rows:
            cells = table.row()
            for value in values:
                cells.cell(value)
    pdf.ln(2)
    pdf.set_font("jp", size=8.5)
    pdf.multi_cell(0, 5, "※財政効果額は2024年度（令和6年度）の単年度の額で、効果額のない取組は0としています。")
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------- 越前市 (DOCX + TXT)
ECHIZEN_MEASURES = {
    "第2章　効率的で質の高い行政運営": [
        ("窓口のワンストップ化", "市民課", "令和8年度までに転入・転出等の手続窓口を1か所に集約する。",
         "総合窓口の開設に向けて、手続ごとの業務量を分析し、庁舎1階のレイアウトを変更した。",
         "令和7年10月に総合窓口を開設した。", "達成"),
        ("電子申請手続の拡大", "情報政策課", "令和7年度に電子申請できる手続を200件とする（令和元年度は38件）。",
         "申請フォームの共通様式を作り、各課の手続を順次電子化した。", "令和7年度末で164件。", "概ね達成"),
        ("RPAによる定型業務の自動化", "情報政策課", "年間3,000時間の事務時間を削減する。",
         "給与・会計・税の12業務にRPAを導入した。", "削減時間は年間1,250時間にとどまった。", "未達成"),
        ("職員提案制度の活性化", "職員課", "職員提案を年間50件以上とする。",
         "提案の様式を簡素化し、優秀提案を庁内報で紹介した。", "令和7年度の提案は62件。", "達成"),
        ("会議・審議会の見直し", "総務課", "審議会等の数を平成31年度の48から40に減らす。",
         "設置目的が重なる審議会の統合を進めた。", "令和7年度末で43。", "概ね達成"),
        ("指定管理者制度の導入拡大", "行政改革推進室", "指定管理者制度の導入施設を令和元年度の22施設から30施設に増やす。",
         "体育施設と観光施設を対象に公募した。", "令和7年度末で27施設。", "概ね達成"),
    ],
    "第3章　持続可能な財政運営": [
        ("市税収納率の向上", "税務課", "現年度分の市税収納率を99.3％以上とする。",
         "スマートフォン決済を導入し、滞納初期の催告を早めた。", "令和7年度の現年度分収納率は99.4％。", "達成"),
        ("使用料・手数料の見直し", "財政課", "受益者負担の適正化に関する基準を策定し、使用料を改定する。",
         "施設ごとの原価を算定した。", "基準案の作成にとどまり、改定は行えなかった。", "未達成"),
        ("公共施設の総量縮減", "資産経営課", "公共施設の延床面積を令和元年度比で5％縮減する。",
         "旧南中山公民館など3施設を廃止・解体した。", "令和元年度比3.1％の縮減。", "概ね達成"),
        ("広告収入の確保", "財政課", "広告料収入を年間800万円とする。",
         "市ホームページと封筒に加え、庁舎内デジタルサイネージの広告枠を設けた。", "令和7年度の広告料収入は910万円。", "達成"),
    ],
}


def echizen_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED
    doc.add_heading("越前市行政改革推進プラン　令和7年度実績報告", level=0)
    doc.add_paragraph("令和8年6月　越前市 総務部 行政改革推進室")
    doc.add_heading("第1章　プランの概要", level=1)
    doc.add_paragraph("本市は、人口減少と社会保障関係経費の増加に対応するため、越前市行政改革推進プランに基づき、"
                      "事務の効率化と財源の確保に取り組んでいます。本報告書は、プランに掲げた重点取組の"
                      "令和7年度の実績と評価をまとめたものです。")
    doc.add_paragraph("評価は、目標に対する実績により「達成」「概ね達成」「未達成」の3段階で示しています。")
    number = 0
    for chapter, measures in ECHIZEN_MEASURES.items():
        doc.add_heading(chapter, level=1)
        for name, section, goal, work, result, grade in measures:
            number += 1
            doc.add_paragraph(f"（{number}）{name}")
            doc.add_paragraph(f"【所管課】{section}")
            doc.add_paragraph(f"【目標】{goal}")
            doc.add_paragraph(f"【取組内容】{work}")
            doc.add_paragraph(f"【実績】{result}")
            doc.add_paragraph(f"【評価】{grade}")
    doc.add_heading("第4章　今後の進め方", level=1)
    doc.add_paragraph("未達成となった取組は、原因を分析したうえで令和8年度の取組内容を見直します。"
                      "実績は行政改革推進委員会に報告し、意見を踏まえて改善を図ります。")
    doc.save(path)


ECHIZEN_EFFECTS = [
    # 番号, 取組項目, 所管課, 区分, 令和6年度, 令和7年度（千円）
    (1, "窓口のワンストップ化", "市民課", "歳出削減", 0, 2100),
    (2, "電子申請手続の拡大", "情報政策課", "歳出削減", 850, 1320),
    (3, "RPAによる定型業務の自動化", "情報政策課", "歳出削減", 1400, 2900),
    (4, "会議・審議会の見直し", "総務課", "歳出削減", 380, 520),
    (5, "指定管理者制度の導入拡大", "行政改革推進室", "歳出削減", 12000, 15500),
    (6, "市税収納率の向上", "税務課", "歳入確保", 18600, 21300),
    (7, "使用料・手数料の見直し", "財政課", "歳入確保", 0, 0),
    (8, "公共施設の総量縮減", "資産経営課", "歳出削減", 9800, 14200),
    (9, "広告収入の確保", "財政課", "歳入確保", 7600, 9100),
    (10, "ふるさと納税の推進", "ふるさと納税推進室", "歳入確保", 45000, 52000),
]


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int, right: bool = False) -> str:
    space = " " * max(size - width(text), 0)
    return space + text if right else text + space


def echizen_txt(path: Path) -> None:
    sizes = (4, 30, 20, 10, 12, 12, 12)
    lines = [
        "越前市行政改革推進プラン　財政効果額一覧（令和7年度決算見込み）",
        "",
        "                                                                                  （単位：千円）",
    ]

    def line(values: tuple, right_from: int = 4) -> str:
        return "".join(pad(str(v), s, right=i == 0 or i >= right_from) + ("  " if i == 0 else "")
                       for i, (v, s) in enumerate(zip(values, sizes))).rstrip()

    rule = "-" * 106
    lines += [rule, line(("番号", "取組項目", "所管課", "区分", "令和6年度", "令和7年度", "累計")), rule]
    for number, name, section, kind, first, second in ECHIZEN_EFFECTS:
        lines.append(line((number, name, section, kind, f"{first:,}", f"{second:,}", f"{first + second:,}")))
    lines.append(rule)
    first = sum(e[4] for e in ECHIZEN_EFFECTS)
    second = sum(e[5] for e in ECHIZEN_EFFECTS)
    lines.append(line(("", "合計", "", "", f"{first:,}", f"{second:,}", f"{first + second:,}")))
    lines.append(rule)
    lines.append("※区分：歳入確保＝収入を増やす取組、歳出削減＝支出を減らす取組。")
    lines.append("※令和7年度は決算見込み額。ふるさと納税の推進は寄附額から返礼品等の経費を差し引いた額。")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fixed_zip_times(path: Path) -> None:
    """Rewrite an Office file with one fixed time on every member, so reruns give the same bytes."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    members = []
    with zipfile.ZipFile(path) as zin:
        for info in zin.infolist():
            members.append((info.filename, zin.read(info.filename)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":  # openpyxl stamps the time of saving; keep the fixed one
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    xlsx = DOCS / "一関市_行財政改革実施計画_進捗一覧_令和7年度.xlsx"
    ichinoseki_xlsx(xlsx)
    fixed_zip_times(xlsx)
    ichinoseki_html(DOCS / "一関市_行政改革推進委員会_会議録_令和7年度第2回.html")
    niihama_pdf(DOCS / "新居浜市_第6次行政改革大綱_実施計画_令和6年度実績.pdf")
    docx_path = DOCS / "越前市_行政改革推進プラン_令和7年度実績報告.docx"
    echizen_docx(docx_path)
    fixed_zip_times(docx_path)
    echizen_txt(DOCS / "越前市_財政効果額一覧_令和7年度.txt")
    for made in sorted(DOCS.iterdir()):
        print(made.name, made.stat().st_size)


if __name__ == "__main__":
    main()
