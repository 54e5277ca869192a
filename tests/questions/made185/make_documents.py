"""Generate made185/docs/: 楝ヶ原市（おうちがはらし） 事務事業の外部評価（令和６年度実施）.

Run: /work/main/.venv/bin/python tests/questions/made185/make_documents.py
All data lives in the tables below; verify.py imports them to recompute the answers.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"
CITY = "楝ヶ原市"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

DEPTS = ["総務部", "市民生活部", "健康福祉部", "産業建設部"]
# code, name, dept, section, start year (as printed), costs R3..R6 in 千円 (None = 「－」 not yet started)
PROJECTS = [
    ("101", "市民便利帳発行事業", "総務部", "総務課", "平成18年度", [4820, 4910, 5030, 5120]),
    ("102", "職員研修事業", "総務部", "人事課", "昭和63年度", [12400, 12650, 13100, 13380]),
    ("103", "広報紙発行事業", "総務部", "秘書広報課", "昭和55年度", [18760, 18900, 19450, 20110]),
    ("104", "庁舎総合案内業務", "総務部", "管財課", "平成10年度", [6300, 6300, 6450, 6520]),
    ("201", "地域集会所運営費補助事業", "市民生活部", "市民協働課", "平成5年度", [9800, 9650, 9500, 9420]),
    ("202", "防犯灯設置費補助事業", "市民生活部", "市民協働課", "平成21年度", [3200, 3350, 3600, 3880]),
    ("203", "消費生活相談事業", "市民生活部", "市民課", "平成12年度", [7450, 7620, 7980, 8300]),
    ("204", "ごみ減量推進事業", "市民生活部", "環境課", "平成15年度", [15300, 14800, 14200, 13950]),
    ("301", "敬老祝金支給事業", "健康福祉部", "高齢福祉課", "昭和47年度", [31500, 30200, 29400, 28900]),
    ("302", "はり・きゅう施術費助成事業", "健康福祉部", "高齢福祉課", "昭和60年度", [8900, 8700, 8450, 8100]),
    ("303", "地域子育て支援センター運営事業", "健康福祉部", "子育て支援課", "平成19年度", [24600, 25300, 26800, 28400]),
    ("304", "健康マイレージ事業", "健康福祉部", "健康づくり課", "令和4年度", [None, 2100, 3400, 4050]),
    ("401", "商店街にぎわいイベント補助事業", "産業建設部", "商工観光課", "平成24年度", [5500, 5800, 6100, 5900]),
    ("402", "観光案内所運営事業", "産業建設部", "商工観光課", "平成8年度", [11200, 11600, 11900, 12300]),
    ("403", "新規就農者支援事業", "産業建設部", "農林課", "平成27年度", [9600, 10400, 11800, 13500]),
    ("404", "空き家バンク事業", "産業建設部", "都市計画課", "平成30年度", [2800, 3100, 3500, 3900]),
]
YEARS = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]
KINDS = ["廃止", "縮小", "現行どおり", "拡充"]
# votes 廃止, 縮小, 現行どおり, 拡充 ; conclusion
VOTES = {
    "101": ([3, 2, 1, 0], "廃止"),
    "102": ([0, 0, 4, 2], "現行どおり"),
    "103": ([0, 3, 3, 0], "縮小"),  # 可否同数 → 委員長判断
    "104": ([1, 4, 1, 0], "縮小"),
    "201": ([0, 4, 2, 0], "縮小"),
    "202": ([0, 1, 5, 0], "現行どおり"),
    "203": ([0, 0, 2, 4], "拡充"),
    "204": ([0, 1, 3, 2], "現行どおり"),
    "301": ([4, 2, 0, 0], "廃止"),
    "302": ([2, 3, 1, 0], "縮小"),
    "303": ([0, 0, 1, 5], "拡充"),
    "304": ([0, 2, 3, 0], "現行どおり"),  # 委員１名 利害関係で判定に加わらず
    "401": ([1, 3, 2, 0], "縮小"),
    "402": ([0, 2, 4, 0], "現行どおり"),
    "403": ([0, 0, 2, 4], "拡充"),
    "404": ([0, 0, 3, 3], "拡充"),  # 可否同数 → 委員長判断
}
# city response: 方針, 内容, 実施時期
RESPONSE = {
    "101": ("廃止", "令和７年度版を最終とし、令和８年度からデジタル版（市ホームページ・アプリ）へ移行する。", "令和８年度"),
    "102": ("現行どおり", "オンライン研修を併用し、受講機会の確保に努める。", "－"),
    "103": ("縮小", "発行回数を月２回から月１回に改め、印刷製本費を削減する。", "令和７年度"),
    "104": ("現行どおり", "来庁者数が多いため当面は委託を継続し、窓口改革にあわせて令和８年度に再検討する。", "－"),
    "201": ("縮小", "補助基準を利用実績に応じた額に見直す。", "令和８年度"),
    "202": ("現行どおり", "ＬＥＤ化の完了にあわせて補助率を検証する。", "－"),
    "203": ("拡充", "相談員を１名増員し、若年層向けの出前講座を新設する。", "令和７年度"),
    "204": ("現行どおり", "成果指標に資源化率を追加する。", "－"),
    "301": ("縮小", "対象年齢を段階的に引き上げ、令和９年度をもって廃止する。", "令和７年度"),
    "302": ("縮小", "１回あたりの助成額を１，０００円から８００円に改める。", "令和７年度"),
    "303": ("拡充", "土曜日の開所を開始し、利用者支援員を配置する。", "令和７年度"),
    "304": ("現行どおり", "若年層の参加を促すため、スマートフォンアプリを導入する。", "－"),
    "401": ("縮小", "補助上限額を５０万円から３０万円に引き下げる。", "令和８年度"),
    "402": ("縮小", "冬季（１２月～２月）の開所日を週３日に縮小する。", "令和７年度"),
    "403": ("拡充", "研修農場を１か所増設する。", "令和８年度"),
    "404": ("拡充", "不動産関係団体と協定を結び、物件の掘り起こしを行う。", "令和７年度"),
}
# R7 当初予算額（千円）
BUDGET_R7 = {
    "101": 2600, "102": 13500, "103": 12800, "104": 6500, "201": 8200, "202": 3900, "203": 9600, "204": 13900,
    "301": 22000, "302": 6900, "303": 31200, "304": 4100, "401": 4800, "402": 10900, "403": 15800, "404": 4600,
}
MEMBERS = [  # 役職, 氏名, 区分
    ("委員長", "山際　恒一", "学識経験者（大学教授）"),
    ("副委員長", "岡部　直美", "公認会計士"),
    ("委員", "多田　健司", "商工会議所"),
    ("委員", "長尾　誠", "自治会連合会"),
    ("委員", "三好　由紀", "公募市民"),
    ("委員", "浜口　沙織", "公募市民"),
]
MEETINGS = [  # 回, 開催日, 内容, 出席委員
    ("第1回", "令和６年７月１０日", "委員の委嘱、評価方法の説明、対象事業の選定", 6),
    ("第2回", "令和６年８月２日", "ヒアリング（総務部・市民生活部　８事業）", 6),
    ("第3回", "令和６年８月２３日", "ヒアリング（健康福祉部・産業建設部　８事業）", 5),
    ("第4回", "令和６年９月２７日", "判定、意見のとりまとめ", 6),
    ("第5回", "令和６年１０月２５日", "報告書の確定、市長への提出", 6),
]
# opinions: 番号, 事業番号, 委員（姓）, 意見, 市の考え方
OPINIONS = [
    (1, "101", "山際委員", "紙の便利帳は配布実績に比べて印刷部数が過大である。デジタル版で代替できるため廃止すべき。",
     "令和７年度版を最終とし、令和８年度からデジタル版へ移行します。"),
    (2, "101", "三好委員", "高齢者には紙の便利帳を求める声もあり、配慮が必要である。",
     "窓口で必要な頁を印刷してお渡しする対応を行います。"),
    (3, "103", "岡部委員", "発行回数を見直せば印刷製本費を削減できる。", "令和７年度から月１回発行とします。"),
    (4, "104", "多田委員", "総合案内は委託によらず職員の交代配置でも対応可能ではないか。",
     "来庁者数が多い現状では委託の継続が必要と考えますが、令和８年度に再検討します。"),
    (5, "201", "長尾委員", "集会所ごとに利用実態の差が大きく、一律の補助は見直すべき。", "利用実績に応じた補助基準に改めます。"),
    (6, "203", "浜口委員", "相談件数が増加し、特に若年層の被害が目立つ。相談体制を拡充すべき。",
     "相談員を１名増員し、出前講座を新設します。"),
    (7, "204", "山際委員", "成果指標がごみ排出量だけでは不十分。受益者負担のあり方も含めて検討を。",
     "資源化率を成果指標に加えます。"),
    (8, "301", "岡部委員", "敬老祝金は個人への現金給付で効果が見えにくい。廃止すべき。",
     "急な廃止は影響が大きいため、段階的に縮小し令和９年度に廃止します。"),
    (9, "302", "三好委員", "利用者が固定化している。受益者負担の観点から自己負担の引上げを検討すべき。",
     "助成額を１回８００円に改めます。"),
    (10, "303", "浜口委員", "平日の利用が集中し待ち時間が長い。開所日の拡充が必要。", "土曜日の開所を開始します。"),
    (11, "304", "長尾委員", "参加者が高齢層に偏っている。働く世代が参加しやすい工夫を。", "スマートフォンアプリを導入します。"),
    (12, "402", "多田委員", "冬季の来所者数は少なく、開所日を見直す余地がある。", "冬季の開所日を週３日とします。"),
    (13, "403", "山際委員", "研修修了者の定着率が高く、成果が上がっている。", "研修農場を増設します。"),
    (14, "404", "岡部委員", "登録物件数が少ない。不動産団体との連携が必要。", "関係団体と協定を結びます。"),
]

NAME = {p[0]: p[1] for p in PROJECTS}


def fw(text) -> str:
    """Full-width digits."""
    return str(text).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def yen(v) -> str:
    return "－" if v is None else f"{v:,}"


def make_xlsx() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "事業費の推移"
    ws["A1"] = f"{CITY}　外部評価対象事業　事業費の推移（令和３～６年度）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "出典：各年度決算（令和６年度は決算見込額）　　単位：千円"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "事業番号", "事業名", "担当課", "開始年度"
    ws["E4"] = "事業費（決算額）"
    ws["I4"] = "増減（令和６年度－令和５年度）"
    for c, y in zip("EFGH", YEARS):
        ws[f"{c}5"] = y
    for c in "ABCD":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("E4:H4")
    ws.merge_cells("I4:I5")
    row = 6
    grand = [0, 0, 0, 0]
    for dept in DEPTS:
        ws.cell(row, 1, f"【{dept}】")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        sub = [0, 0, 0, 0]
        for code, name, d, sec, start, costs in PROJECTS:
            if d != dept:
                continue
            ws.cell(row, 1, code)
            ws.cell(row, 2, name)
            ws.cell(row, 3, sec)
            ws.cell(row, 4, fw(start))
            for i, v in enumerate(costs):
                ws.cell(row, 5 + i, "－" if v is None else v)
                sub[i] += v or 0
            diff = costs[3] - costs[2]
            ws.cell(row, 9, f"▲{-diff:,}" if diff < 0 else diff)
            row += 1
        ws.cell(row, 2, f"{dept}　小計")
        for i, v in enumerate(sub):
            ws.cell(row, 5 + i, v)
            grand[i] += v
        ws.cell(row, 9, sub[3] - sub[2])
        row += 1
    ws.cell(row, 2, "合計")
    for i, v in enumerate(grand):
        ws.cell(row, 5 + i, v)
    ws.cell(row, 9, grand[3] - grand[2])
    row += 2
    notes = [
        "※１　「－」は事業開始前のため実績がないことを示す（健康マイレージ事業は令和４年度開始）。",
        "※２　小計・合計は各部の対象事業のみの合計であり、部全体の予算額ではない。",
        "※３　増減欄の▲は減少を示す。",
    ]
    for n in notes:
        ws.cell(row, 1, n)
        row += 1
    for c, w in zip("ABCDEFGHI", [10, 30, 14, 12, 12, 12, 12, 12, 16]):
        ws.column_dimensions[c].width = w
    for r in ws.iter_rows(min_row=4, max_row=5):
        for cell in r:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb.save(DOCS / "外部評価対象事業　事業費の推移（R3～R6）.xlsx")


def make_pdf() -> None:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 5, f"令和６年度　{CITY}事務事業外部評価結果報告書", align="R")
            self.ln(8)

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 5, f"－ {self.page_no()} －", align="C")

    pdf = PDF(format="A4")
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 10, f"令和６年度　{CITY}事務事業外部評価結果報告書", align="C")
    pdf.ln(12)
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 5, f"令和６年１０月　{CITY}事務事業外部評価委員会", align="R")
    pdf.ln(9)
    body = [
        ("１　はじめに", "本委員会は、市が実施する事務事業について、市民の視点から必要性・有効性・効率性を評価するため、"
         "学識経験者、公認会計士、関係団体の代表及び公募市民の計６名の委員で構成される。令和６年度は、各部から"
         "推薦のあった事業のうち１６事業を対象として、５回の委員会を開催し、担当課へのヒアリングを経て判定を行った。"),
        ("２　評価の方法", "各委員は、事業ごとに「廃止」「縮小」「現行どおり」「拡充」のいずれかを選択し、最も票数の多い区分を"
         "委員会の結論とした。票数が同数となった場合は、委員長が審議の経過を踏まえて結論を決定した。"),
        ("３　評価結果", "判定結果は表１のとおりである。結論の内訳は、廃止２事業、縮小５事業、現行どおり５事業、拡充４事業であった。"),
    ]
    for head, text in body:
        pdf.set_font("ipa", size=11)
        pdf.cell(0, 7, head)
        pdf.ln(7)
        pdf.set_font("ipa", size=9.5)
        pdf.multi_cell(0, 5.5, "　" + text)
        pdf.ln(3)
    pdf.ln(62)

    widths = [16, 58, 26, 14, 14, 18, 14, 20]

    def table_header(cont: bool = False):
        pdf.set_font("ipa", size=8.5)
        if cont:
            pdf.cell(0, 6, "表１　評価結果一覧（続き）")
        else:
            pdf.cell(0, 6, "表１　評価結果一覧")
        pdf.ln(6)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(widths[0], 12, "事業番号", border=1, align="C")
        pdf.cell(widths[1], 12, "事業名", border=1, align="C")
        pdf.cell(widths[2], 12, "担当課", border=1, align="C")
        pdf.cell(sum(widths[3:7]), 6, "委員の判定（票数）", border=1, align="C")
        pdf.cell(widths[7], 12, "結論", border=1, align="C")
        pdf.set_xy(x + sum(widths[:3]), y + 6)
        for w, k in zip(widths[3:7], KINDS):
            pdf.cell(w, 6, k, border=1, align="C")
        pdf.set_xy(x, y + 12)

    table_header()
    rows = []
    for dept in DEPTS:
        rows.append(("group", dept))
        rows.extend(("rec", p) for p in PROJECTS if p[2] == dept)
    for kind, item in rows:
        if pdf.get_y() > 270:
            pdf.add_page()
            table_header(cont=True)
        if kind == "group":
            pdf.cell(sum(widths), 6, f"【{item}】", border=1)
            pdf.ln(6)
            continue
        code, name, _, sec, _, _ = item
        votes, concl = VOTES[code]
        mark = "※１" if code in ("103", "404") else ("※２" if code == "304" else "")
        pdf.cell(widths[0], 6, code, border=1, align="C")
        pdf.cell(widths[1], 6, name, border=1)
        pdf.cell(widths[2], 6, sec, border=1)
        for w, v in zip(widths[3:7], votes):
            pdf.cell(w, 6, fw(v) if v else "－", border=1, align="C")
        pdf.cell(widths[7], 6, concl + mark, border=1, align="C")
        pdf.ln(6)
    pdf.ln(2)
    pdf.set_font("ipa", size=8)
    for n in ["※１　票数が同数のため、委員長が結論を決定した。",
              "※２　委員１名が事業の受託団体の役員であるため判定に加わらず、５名で判定した。",
              "　　　「－」は票がなかったことを示す。"]:
        pdf.cell(0, 5, n)
        pdf.ln(5)
    pdf.ln(4)
    pdf.set_font("ipa", size=11)
    pdf.cell(0, 7, "４　総評")
    pdf.ln(7)
    pdf.set_font("ipa", size=9.5)
    pdf.multi_cell(0, 5.5, "　今回の評価では、個人給付型の事業や印刷物の発行事業について、社会環境の変化を踏まえた見直しを求める"
                   "意見が多く出された。一方、消費生活相談や子育て支援、新規就農者支援など、需要が増加している分野では"
                   "拡充を求める判定となった。市においては、本報告書の判定及び意見を令和７年度予算編成に反映されたい。"
                   "なお、廃止又は縮小の判定となった７事業の令和６年度事業費（見込）は合計８４，０７０千円である。")
    pdf.output(str(DOCS / "令和６年度事務事業外部評価結果報告書.pdf"))


def make_docx() -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "MS Mincho"
    style.font.size = Pt(10.5)
    doc.add_heading("外部評価結果に対する市の対応方針", level=1)
    doc.add_paragraph(f"令和６年１２月　{CITY}総務部行政経営課")
    doc.add_paragraph("　令和６年度事務事業外部評価委員会の判定及び意見を受け、市の対応方針を次のとおり定めました。"
                      "委員会の結論と異なる方針とした事業については、その理由を対応内容に記載しています。")
    doc.add_heading("１　事業別の対応方針", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["事業番号", "事業名", "委員会の結論", "市の対応方針", "対応内容", "実施時期"]):
        c.text = h
    for code, name, *_ in PROJECTS:
        pol, text, when = RESPONSE[code]
        cells = t.add_row().cells
        for c, v in zip(cells, [fw(code), name, VOTES[code][1], pol, text, fw(when) if when != "－" else "－"]):
            c.text = v
    doc.add_paragraph("※　実施時期の「－」は、現行どおり継続する事業であることを示す。")
    doc.add_heading("２　委員の主な意見と市の考え方", level=2)
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["番号", "事業番号", "委員", "意見の要旨", "市の考え方"]):
        c.text = h
    for n, code, who, op, ans in OPINIONS:
        cells = t2.add_row().cells
        for c, v in zip(cells, [fw(n), f"{fw(code)}\n{NAME[code]}", who, op, ans]):
            c.text = v
    doc.add_heading("３　今後の進め方", level=2)
    doc.add_paragraph("　対応方針の進捗は、令和７年度の行政評価の中で確認し、翌年度の外部評価委員会に報告します。"
                      "令和７年度の外部評価は、１２事業を対象に実施する予定です。")
    doc.save(DOCS / "外部評価結果に対する市の対応方針.docx")


def make_html() -> None:
    def td(v):
        return f"<td>{v}</td>"

    summary = {k: sum(1 for v in VOTES.values() if v[1] == k) for k in KINDS}
    budget_rows = "\n".join(
        f"<tr><td>{fw(code)}</td><td>{name}</td><td>{VOTES[code][1]}</td><td>{RESPONSE[code][0]}</td>"
        f"<td class=\"num\">{BUDGET_R7[code]:,}</td></tr>"
        for code, name, *_ in PROJECTS)
    members = "\n".join(f"<tr><td>{r}</td><td>{n}</td><td>{k}</td></tr>" for r, n, k in MEMBERS)
    meetings = "\n".join(f"<tr><th scope=\"row\">{fw(m[0])}</th><td>{m[1]}</td><td>{m[2]}</td><td>{fw(m[3])}名</td></tr>"
                         for m in MEETINGS)
    sums = "\n".join(f"<tr><td>{k}</td><td>{fw(v)}事業</td></tr>" for k, v in summary.items())
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和６年度 事務事業外部評価を実施しました｜{CITY}</title></head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li><li>行政改革</li></ol></nav>
<main>
<h1>令和６年度 事務事業外部評価を実施しました</h1>
<p class="date">更新日：令和７年３月２８日</p>
<p>{CITY}では、事務事業の見直しを進めるため、外部の委員による事務事業外部評価を実施しています。令和６年度は１６事業を対象に評価を行い、
委員会から報告書の提出を受けました。市は報告書を踏まえて対応方針を定め、令和７年度当初予算に反映しました。</p>
<h2>外部評価委員</h2>
<table border="1"><caption>事務事業外部評価委員会委員名簿（敬称略）</caption>
<thead><tr><th>役職</th><th>氏名</th><th>選出区分</th></tr></thead>
<tbody>
{members}
</tbody></table>
<h2>開催経過</h2>
<table border="1"><thead><tr><th>回</th><th>開催日</th><th>内容</th><th>出席委員</th></tr></thead>
<tbody>
{meetings}
</tbody></table>
<h2>判定結果の内訳</h2>
<table border="1"><thead><tr><th>結論</th><th>事業数</th></tr></thead>
<tbody>
{sums}
</tbody>
<tfoot><tr><td>計</td><td>１６事業</td></tr></tfoot></table>
<h2>令和７年度当初予算への反映状況</h2>
<table border="1"><thead><tr><th>事業番号</th><th>事業名</th><th>委員会の結論</th><th>市の対応方針</th><th>令和７年度当初予算額（千円）</th></tr></thead>
<tbody>
{budget_rows}
</tbody></table>
<ul class="notes">
<li>※ 令和７年度当初予算額は、一般会計の当該事業分です。</li>
<li>※ 詳しくは「外部評価結果報告書」（PDF）及び「市の対応方針」（Word）をご覧ください。</li>
</ul>
<h2>お問い合わせ</h2>
<p>総務部 行政経営課 行政改革係　電話：０１２３－４５－６７８９</p>
</main></body></html>
"""
    (DOCS / "令和６年度 事務事業外部評価を実施しました｜楝ヶ原市.html").write_text(html, encoding="utf-8")


def make_txt() -> None:
    text = f"""令和６年度　第４回{CITY}事務事業外部評価委員会　会議録（要旨）

日　時：令和６年９月２７日（金）午後２時００分～午後４時３０分
場　所：市役所本庁舎　第２会議室
出席者：委員６名（山際委員長、岡部副委員長、多田委員、長尾委員、三好委員、浜口委員）
事務局：総務部行政経営課　３名

──────────────────────────────────────

１　開会
　委員長から、本日は前回までのヒアリングを踏まえ、対象１６事業の判定を行う旨の説明があった。

２　判定について
　事務局から、対象１６事業の令和６年度事業費（見込）の合計は１８５，７３０千円であり、
令和３年度の１７２，１３０千円（健康マイレージ事業を除く）と比べて増加している旨の報告があった。
　各委員の判定を集計した結果、広報紙発行事業と空き家バンク事業の２事業は票数が同数となったため、
委員長の判断により、広報紙発行事業を「縮小」、空き家バンク事業を「拡充」とした。
　敬老祝金支給事業は、６名中４名が「廃止」と判定した。委員からは、急な廃止は対象者への影響が大きいため、
経過措置を設けるべきとの意見が付された。
　健康マイレージ事業は、受託団体の役員である委員１名が判定に加わらず、５名で判定した。

３　意見のとりまとめ
　委員長から、拡充と判定した４事業についても、成果指標を明確にしたうえで予算を措置するよう付言したい旨の
提案があり、了承された。
　また、岡部副委員長から、廃止又は縮小と判定した事業の見直しにより、令和７年度は年間でおおむね
２，５００万円の削減効果が見込まれる旨の試算が示された。

４　今後の予定
　第５回委員会（１０月２５日）で報告書を確定し、市長へ提出する。

５　閉会

以上
"""
    (DOCS / "第４回外部評価委員会 会議録要旨.txt").write_text(text, encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()


if __name__ == "__main__":
    main()
