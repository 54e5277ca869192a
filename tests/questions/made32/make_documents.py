"""Write the made32 documents to tests/questions/made32/docs/ (three other municipalities):
  鶴岡市 行財政改革アクションプラン 令和6年度進捗状況一覧 (XLSX: two-row header, merged 基本方針 cells,
  totals row, legend notes), 飯田市 公共施設評価結果一覧 (PDF: table over two pages, header repeated,
  和暦+西暦 build years, footnotes), 飯田市 行財政改革推進委員会 会議録 (DOCX: attendance table, numbered
  agenda headings with speakers' remarks), 草津市 行政改革効果額の推移 (TXT: fixed-width table with
  subtotal and total rows, notes).

Run: /work/main/.venv/bin/python -m tests.questions.made32.make_documents"""
from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
STAMP = datetime.datetime(2025, 7, 1, 9, 0, 0)

F_XLSX = "鶴岡市_行財政改革アクションプラン_令和6年度進捗状況.xlsx"
F_PDF = "飯田市_公共施設評価結果一覧_令和6年度.pdf"
F_DOCX = "飯田市_行財政改革推進委員会_第2回会議録.docx"
F_TXT = "草津市_行政改革効果額の推移_令和4〜6年度.txt"

# ---- 鶴岡市: (No, 基本方針, 取組項目, 担当課, 開始(令和n), 終了予定(令和n), 進捗区分, 効果額千円 or None, 備考)
POLICIES = ["1 持続可能な財政運営", "2 行政サービスのデジタル化", "3 公共施設の最適化"]
ACTIONS = [
    (1, POLICIES[0], "市税等の収納率向上", "納税課", 4, 8, "○", 12400, "コンビニ収納・スマホ決済を拡大"),
    (2, POLICIES[0], "使用料・手数料の見直し", "財政課", 5, 6, "◎", 8600, "令和6年10月改定"),
    (3, POLICIES[0], "ふるさと納税の推進", "地域振興課", 4, 8, "◎", 45200, "返礼品を120品目追加"),
    (4, POLICIES[0], "補助金の整理合理化", "財政課", 5, 7, "△", 3100, "団体との協議に時間を要している"),
    (5, POLICIES[1], "行政手続のオンライン化", "情報企画課", 4, 7, "○", None, "オンライン化率62%"),
    (6, POLICIES[1], "RPA・AI-OCRの活用拡大", "情報企画課", 5, 8, "◎", 6900, "対象業務を18業務に拡大"),
    (7, POLICIES[1], "キャッシュレス決済の導入", "会計課", 6, 7, "△", None, "窓口端末の調達が遅延"),
    (8, POLICIES[1], "窓口予約システムの導入", "市民課", 6, 8, "×", None, "令和7年度に仕様検討"),
    (9, POLICIES[2], "学校給食センターの統合", "教育総務課", 4, 6, "◎", 21000, "令和6年9月に新センター稼働"),
    (10, POLICIES[2], "市営住宅の集約化", "建築課", 5, 9, "○", 4300, "入居者移転協議中"),
    (11, POLICIES[2], "公民館の地域移管", "社会教育課", 6, 9, "×", None, "地区説明会は令和7年度"),
    (12, POLICIES[2], "未利用地の売却", "財政課", 4, 8, "○", 15800, "3件売却"),
]
STATUS = {"◎": "計画以上に順調", "○": "概ね順調", "△": "遅れあり", "×": "未着手"}

# ---- 飯田市 facilities: (名称, 分類, 所管課, 建築年和暦, 建築年西暦, 延床面積㎡, 利用者数R5 or None, 評価)
FACILITIES = [
    ("飯田市中央公民館", "公民館", "生涯学習課", "昭和55年", 1980, 2450, 68200, "B"),
    ("鼎公民館", "公民館", "生涯学習課", "昭和60年", 1985, 1120, 21500, "A"),
    ("上郷公民館", "公民館", "生涯学習課", "昭和48年", 1973, 980, 9800, "C"),
    ("市民プール", "スポーツ施設", "スポーツ課", "昭和52年", 1977, 3200, 41000, "D"),
    ("総合体育館", "スポーツ施設", "スポーツ課", "平成8年", 1996, 6800, 152300, "A"),
    ("南信濃体育館", "スポーツ施設", "スポーツ課", "昭和57年", 1982, 1450, 3200, "D"),
    ("中央図書館", "図書館", "図書館", "平成2年", 1990, 4100, 210500, "A"),
    ("上村図書室", "図書館", "図書館", "昭和63年", 1988, 210, 1800, "C"),
    ("川路児童センター", "子育て支援施設", "子育て支援課", "平成12年", 2000, 520, 14600, "B"),
    ("竜丘保育園", "子育て支援施設", "保育課", "昭和50年", 1975, 890, None, "C"),
    ("飯田市美術博物館", "文化施設", "文化振興課", "昭和63年", 1988, 8900, 98400, "B"),
    ("旧千代小学校", "未利用施設", "財産管理課", "昭和40年", 1965, 2300, 0, "D"),
    ("天竜峡温泉交流館", "観光施設", "観光課", "平成16年", 2004, 1300, 56700, "B"),
    ("追手町庁舎分室", "庁舎", "財産管理課", "平成5年", 1993, 1650, None, "A"),
]
GRADES = {"A": "現状維持（継続）", "B": "改善して継続", "C": "見直し（縮小・複合化）", "D": "廃止・譲渡を検討"}
PAGE1 = 8  # rows on page 1

# ---- 飯田市 committee: attendance (氏名, 区分, 出欠)
MEMBERS = [
    ("宮下 和夫", "学識経験者", "出席", "会長"),
    ("北原 由美", "学識経験者", "出席", "副会長"),
    ("小池 誠", "商工団体推薦", "出席", ""),
    ("原 さおり", "公募委員", "欠席", ""),
    ("熊谷 健一", "公募委員", "出席", ""),
    ("松下 恵子", "子育て団体推薦", "出席", ""),
    ("代田 昌平", "自治会連合会推薦", "欠席", ""),
    ("牧内 香織", "公募委員", "出席", ""),
]
# agenda items: (heading, [paragraphs])
AGENDA = [
    ("（1）令和6年度公共施設評価の結果について", [
        "事務局（財産管理課）から資料1に基づき、14施設の評価結果を説明した。",
        "小池委員：市民プールは築40年以上で、近隣の民間プールとの連携や利用券方式も検討してはどうか。",
        "北原副会長：旧千代小学校は地元の意向を丁寧に聞いたうえで、譲渡先の公募を進めてほしい。",
        "事務局：市民プールについては、令和7年度中に民間施設活用の可能性調査を行う予定である。",
    ]),
    ("（2）使用料・手数料の見直し方針について", [
        "事務局（財政課）から、受益者負担の原則に基づき、原価算定のうえ4年ごとに見直す方針を説明した。",
        "熊谷委員：値上げの幅が大きい施設は激変緩和措置として段階的に引き上げるべきではないか。",
        "松下委員：子育て世帯の利用が多い施設は減免制度をあわせて示してほしい。",
        "事務局：激変緩和として引上げ率の上限を1.5倍とすることを検討する。",
    ]),
    ("（3）次期行財政改革大綱の策定スケジュールについて", [
        "事務局（行政改革推進課）から、令和7年度に骨子案を作成し、令和8年3月に大綱を策定する予定であることを説明した。",
        "牧内委員：策定過程で市民ワークショップを開き、若い世代の意見も反映してほしい。",
        "宮下会長：パブリックコメントの時期も次回示すこと。",
    ]),
]

# ---- 草津市 savings: (区分, 取組, 所管, R4, R5, R6) ; None = 取組開始前
SAVINGS = [
    ("歳入確保", "市税等の徴収強化", "納税課", 18200, 21500, 19800),
    ("歳入確保", "広告料収入の拡大", "広報課", 1200, 1450, 1600),
    ("歳入確保", "遊休市有地の売却", "財産活用課", 0, 36000, 12500),
    ("歳入確保", "ふるさと納税の推進", "企画調整課", 8900, 12300, 15700),
    ("歳出削減", "職員数の適正化", "人事課", 42000, 38500, 40100),
    ("歳出削減", "事務事業の見直し", "行政経営課", 9600, 7200, 5300),
    ("歳出削減", "電力調達の競争入札", "契約検査課", 3400, 0, 4800),
    ("歳出削減", "公共施設の包括管理委託", "公共施設マネジメント課", None, 2100, 6900),
]
YEARS = ["令和4年度", "令和5年度", "令和6年度"]


def _settle_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            z.writestr(zipfile.ZipInfo(name, STAMP.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況一覧"
    ws["A1"] = "鶴岡市行財政改革アクションプラン（令和4年度〜令和9年度）　令和6年度 進捗状況一覧"
    ws["A2"] = "令和7年6月　企画部 政策企画課"
    ws.append([])
    ws.append(["No.", "基本方針", "取組項目", "担当課", "実施期間", None, "令和6年度", None, "備考"])
    ws.append([None, None, None, None, "開始", "終了予定", "進捗区分", "効果額（千円）", None])
    for c in "ABCDI":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("E4:F4")
    ws.merge_cells("G4:H4")
    first = 6
    for a in ACTIONS:
        no, pol, name, dept, s, e, st, eff, note = a
        ws.append([no, pol, name, dept, f"R{s}", f"R{e}", st, eff, note])
    last = first + len(ACTIONS) - 1
    # merge 基本方針 cells per policy (value kept only in the first row)
    r = first
    for pol in POLICIES:
        n = sum(1 for a in ACTIONS if a[1] == pol)
        for k in range(r + 1, r + n):
            ws.cell(k, 2).value = None
        ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        ws.cell(r, 2).alignment = Alignment(vertical="center", wrap_text=True)
        r += n
    tot = sum(a[7] or 0 for a in ACTIONS)
    ws.append(["合計", None, None, None, None, None, None, tot, None])
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=7)
    ws.append([])
    ws.append(["※進捗区分　◎：計画以上に順調　○：概ね順調　△：遅れあり　×：未着手"])
    ws.append(["※効果額は令和6年度の単年度効果額（見込みを含む）。効果額を算定していない取組は空欄。"])
    ws.append(["※実施期間の「R」は令和を表す。"])
    for col, w in zip("ABCDEFGHI", [6, 22, 26, 14, 8, 10, 10, 14, 34]):
        ws.column_dimensions[col].width = w
    wb.properties.created = STAMP
    wb.save(path)
    _settle_zip(path)


def _pdf_table(rows):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle
    head = ["No.", "施設名", "分類", "所管課", "建築年", "延床面積\n（㎡）", "利用者数\n（人）", "評価"]
    data = [head] + rows
    t = Table(data, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "IPAexG", 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (5, 1), (6, -1), "RIGHT"),
    ]))
    return t


def write_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
    pdfmetrics.registerFont(TTFont("IPAexG", FONT))
    h = ParagraphStyle("h", fontName="IPAexG", fontSize=14, leading=20)
    p = ParagraphStyle("p", fontName="IPAexG", fontSize=9, leading=13)
    rows = []
    for i, f in enumerate(FACILITIES, 1):
        name, kind, dept, wa, ad, area, users, g = f
        rows.append([str(i), name, kind, dept, f"{wa}（{ad}）", f"{area:,}", "－" if users is None else f"{users:,}", g])
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="飯田市 公共施設評価結果一覧", author="飯田市 財産管理課",
                            creator="飯田市", invariant=1)
    story = [Paragraph("令和6年度 飯田市公共施設評価結果一覧", h),
             Paragraph("飯田市公共施設等総合管理計画に基づく施設評価（令和6年12月 総務部財産管理課）", p), Spacer(1, 6),
             Paragraph("評価区分　A：" + GRADES["A"] + "　B：" + GRADES["B"] + "　C：" + GRADES["C"] + "　D：" + GRADES["D"], p),
             Spacer(1, 8), _pdf_table(rows[:PAGE1]), Spacer(1, 6),
             Paragraph("（次ページへ続く）", p), PageBreak(),
             _pdf_table(rows[PAGE1:]), Spacer(1, 8),
             Paragraph("※1 利用者数は令和5年度の年間延べ利用者数。「－」は利用者数を集計していない施設。", p),
             Paragraph("※2 延床面積は小数点以下を四捨五入。", p),
             Paragraph("※3 評価結果は令和7年度以降の個別施設計画の見直しに反映する。", p)]
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("IPAexG", 8)
    canvas.drawCentredString(297, 20, f"- {doc.page} -")
    canvas.restoreState()


def write_docx(path: Path) -> None:
    from docx import Document
    d = Document()
    d.add_heading("令和6年度 第2回 飯田市行財政改革推進委員会 会議録", level=1)
    d.add_paragraph("日時：令和6年11月20日（水）午後1時30分〜午後3時30分")
    d.add_paragraph("場所：飯田市役所 本庁舎3階 第1委員会室")
    d.add_paragraph("出席委員：6名（欠席2名）　事務局：総務部行政改革推進課、財政課、財産管理課")
    d.add_paragraph("委員出欠一覧")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["氏名", "選出区分", "出欠", "役職"]):
        c.text = v
    for m in MEMBERS:
        cells = t.add_row().cells
        for c, v in zip(cells, m):
            c.text = v
    d.add_heading("1　開会", level=2)
    d.add_paragraph("行政改革推進課長の進行により開会した。")
    d.add_heading("2　議事", level=2)
    for head, paras in AGENDA:
        d.add_heading(head, level=3)
        for para in paras:
            d.add_paragraph(para)
    d.add_heading("3　その他", level=2)
    d.add_paragraph("次回（第3回）は令和7年2月に開催予定。日程は別途調整する。")
    d.add_heading("4　閉会", level=2)
    d.add_paragraph("宮下会長のあいさつにより閉会した。")
    d.core_properties.created = STAMP
    d.core_properties.modified = STAMP
    d.save(path)
    _settle_zip(path)


def _w(s: str) -> int:
    return sum(2 if ord(ch) > 0x7F else 1 for ch in s)


def _pad(s: str, n: int, right=False) -> str:
    sp = " " * max(0, n - _w(s))
    return sp + s if right else s + sp


def _yen(v) -> str:
    return "－" if v is None else f"{v:,}"


def savings_line(cat, name, dept, vals):
    tot = sum(v or 0 for v in vals)
    return (_pad(cat, 10) + _pad(name, 26) + _pad(dept, 24) + "".join(_pad(_yen(v), 12, True) for v in vals)
            + _pad(f"{tot:,}", 12, True))


def write_txt(path: Path) -> None:
    L = ["草津市 行政改革効果額の推移（令和4年度〜令和6年度）", "",
         "草津市行政経営改革プラン（令和4年度〜令和7年度）に掲げる取組のうち、財政効果を算定した取組について、",
         "年度ごとの効果額を取りまとめました。", "",
         "                                                            令和7年7月  総合政策部 行政経営課", "",
         "                                                                                  （単位：千円）",
         _pad("区分", 10) + _pad("取組", 26) + _pad("所管課", 24) + "".join(_pad(y, 12, True) for y in YEARS) + _pad("3か年計", 12, True),
         "-" * 120]
    for cat in ["歳入確保", "歳出削減"]:
        rows = [s for s in SAVINGS if s[0] == cat]
        for s in rows:
            L.append(savings_line(cat, s[1], s[2], s[3:]))
        sub = [sum(s[3 + i] or 0 for s in rows) for i in range(3)]
        L.append(savings_line("", f"{cat} 小計", "", sub))
        L.append("-" * 120)
    tot = [sum(s[3 + i] or 0 for s in SAVINGS) for i in range(3)]
    L.append(savings_line("", "合計", "", tot))
    L += ["", "（注）",
          "1 効果額は各年度の決算額をもとに、取組前の水準と比較して算定しています。",
          "2 「－」は取組開始前の年度です。「0」は取組を実施したが効果額が生じなかった年度です。",
          "3 遊休市有地の売却は売却収入額を計上しています。", "",
          "問合せ先　草津市 総合政策部 行政経営課　077-561-xxxx"]
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / F_XLSX)
    write_pdf(DOCS / F_PDF)
    write_docx(DOCS / F_DOCX)
    write_txt(DOCS / F_TXT)
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
