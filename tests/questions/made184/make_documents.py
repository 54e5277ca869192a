"""Generate the five documents of made184 (榛ノ台市 公用車の適正配置・集中管理). Run: python make_documents.py"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CITY = "榛ノ台市"

FW = str.maketrans("0123456789.-,", "０１２３４５６７８９．－，")


def fw(x) -> str:
    return str(x).translate(FW)


def wareki(fy: int) -> str:
    if fy >= 2019:
        n = fy - 2018
        return "令和元年度" if n == 1 else f"令和{fw(n)}年度"
    return f"平成{fw(fy - 1988)}年度"


# 部 -> vehicles: (管理番号, 所属課, 車種, 燃料, 登録年度(西暦年度), 走行距離km, 稼働率 R4, R5, R6 (None = －), 今後の方針)
GROUPS = [
    ("総務部", [
        ("101", "総務課", "普通乗用", "ハイブリッド", 2019, 42310, 58.2, 61.5, 63.0, "継続"),
        ("102", "総務課", "普通乗用", "ガソリン", 2009, 118540, 40.1, 35.6, 30.2, "廃車予定"),
        ("103", "財政課", "軽乗用", "ガソリン", 2012, 86200, 33.5, 29.8, 27.4, "集中管理へ移管"),
        ("104", "税務課", "軽乗用", "ガソリン", 2015, 64870, 71.2, 73.0, 75.4, "継続"),
    ]),
    ("市民生活部", [
        ("201", "市民課", "軽乗用", "ガソリン", 2011, 97450, 25.3, 22.1, 18.6, "廃車予定"),
        ("202", "環境課", "軽貨物", "ガソリン", 2010, 132080, 62.4, 60.0, 58.7, "更新（ＥＶ）"),
        ("203", "環境課", "軽貨物", "ＥＶ", 2023, 8920, None, None, 66.3, "継続"),
        ("204", "市民協働課", "普通乗用", "ガソリン", 2013, 75630, 44.0, 41.2, 39.9, "集中管理へ移管"),
    ]),
    ("建設部", [
        ("301", "道路課", "軽貨物", "ガソリン", 2014, 101220, 80.5, 82.3, 79.1, "継続"),
        ("302", "道路課", "普通貨物", "軽油", 2008, 156700, 55.0, 52.4, 49.8, "廃車予定"),
        ("303", "都市計画課", "軽乗用", "ハイブリッド", 2020, 31480, 48.7, 50.2, 52.6, "継続"),
        ("304", "下水道課", "ワゴン", "ガソリン", 2012, 89900, 36.2, 31.0, 28.5, "集中管理へ移管"),
    ]),
    ("健康福祉部", [
        ("401", "福祉課", "軽乗用", "ＥＶ", 2022, 15340, None, 57.8, 62.1, "継続"),
        ("402", "介護保険課", "軽乗用", "ガソリン", 2010, 108330, 68.9, 70.4, 69.5, "更新（ＥＶ）"),
        ("403", "子育て支援課", "ワゴン", "ハイブリッド", 2018, 52760, 45.5, 47.9, 51.3, "継続"),
        ("404", "健康推進課", "マイクロバス", "軽油", 2007, 143050, 12.4, 10.8, 9.6, "廃車予定"),
    ]),
]
VEHICLES = [v for _, vs in GROUPS for v in vs]
GROUP_OF = {v[0]: g for g, vs in GROUPS for v in vs}

# 表１ 年度別: 年度, 年度当初保有台数, 削減目標, 削減実績 (None = －), 導入台数
FLEET = [
    (2021, 22, 2, 3, 1),
    (2022, 20, 2, 3, 1),
    (2023, 18, 2, 2, 1),
    (2024, 17, 2, 1, 0),
    (2025, 16, 2, None, None),
]

# 表２ 取組: 方針 -> (取組番号, 取組名, 担当課, R4, R5, R6)
POLICIES = [
    ("1", "配置の適正化", [
        ("1-(1)", "稼働率調査の実施", "管財課", "◎", "◎", "◎"),
        ("1-(2)", "低稼働車両の廃車", "管財課", "○", "◎", "△"),
        ("1-(3)", "課別配置基準の策定", "総務課", "△", "○", "○"),
        ("1-(4)", "運行記録のデジタル化", "情報政策課", "－", "△", "○"),
    ]),
    ("2", "集中管理・カーシェアの推進", [
        ("2-(1)", "集中管理駐車場の整備", "管財課", "△", "○", "◎"),
        ("2-(2)", "予約システムの導入", "情報政策課", "×", "△", "○"),
        ("2-(3)", "庁内カーシェアの試行", "管財課", "－", "－", "○"),
        ("2-(4)", "民間カーシェアの活用検討", "管財課", "－", "×", "△"),
    ]),
    ("3", "環境配慮車の導入", [
        ("3-(1)", "ＥＶ・ハイブリッド車への計画的更新", "管財課", "○", "○", "◎"),
        ("3-(2)", "充電設備の整備", "管財課", "△", "△", "○"),
        ("3-(3)", "エコドライブ研修の実施", "職員課", "◎", "○", "△"),
        ("3-(4)", "燃料使用量の見える化", "環境課", "○", "○", "○"),
    ]),
]
PRACTICES = [p for _, _, ps in POLICIES for p in ps]

# txt 方針別の評価 (A>B>C)
INITIATIVES = [("1", "配置の適正化", "B", "A", "B"),
               ("2", "集中管理・カーシェアの推進", "C", "B", "A"),
               ("3", "環境配慮車の導入", "B", "B", "A")]

# docx 検討会意見: 番号, 会議(1/2), 区分, 関連 (管理番号 / 取組番号 / －), 意見の要旨, 発言者
OPINIONS = [
    (1, 1, "評価", "2-(3)", "庁内カーシェアの試行で本庁舎と支所の間の移動が効率化された。利用者アンケートの満足度も高い。", "総務課長"),
    (2, 1, "指摘", "404", "マイクロバスは稼働率が１割前後であり、保有を続ける理由を整理すべきである。", "財政課長"),
    (3, 1, "要望", "3-(2)", "充電設備が本庁舎の１か所のみであり、支所でも充電できるようにしてほしい。", "市民課長"),
    (4, 1, "指摘", "302", "道路パトロール車は災害時に必要であり、稼働率だけで廃車を判断すべきではない。", "道路課長"),
    (5, 1, "評価", "1-(1)", "稼働率調査が毎年度行われ、各課の利用実態が見えるようになった。", "財政課長"),
    (6, 1, "要望", "－", "運転日報の様式を全庁で統一してほしい。", "福祉課長"),
    (7, 2, "指摘", "2-(2)", "予約システムと紙の予約簿が併用されており、二重予約が発生している。", "介護保険課長"),
    (8, 2, "要望", "202", "環境課の軽貨物は不法投棄の回収に使うため、ＥＶへの更新時も荷台付きの車種を希望する。", "環境課長"),
    (9, 2, "評価", "3-(1)", "ＥＶ・ハイブリッド車の導入により燃料費が削減された。", "財政課長"),
    (10, 2, "指摘", "－", "削減目標の達成状況を毎年度公表すべきである。", "市民協働課長"),
    (11, 2, "要望", "2-(4)", "民間カーシェアの活用は、休日の災害対応に支障がないか検証してほしい。", "道路課長"),
]
MEETINGS = [(1, "令和６年７月１０日", "第１会議室"), (2, "令和６年１１月２０日", "第２会議室")]

# html カーシェア試行
TRIAL_VEHICLES = [("103", "軽乗用", "財政課", "本庁舎東駐車場"),
                  ("204", "普通乗用", "市民協働課", "本庁舎東駐車場"),
                  ("304", "ワゴン", "下水道課", "北支所駐車場")]
MONTHS = [("令和６年１０月", 48, 45, 2.1), ("令和６年１１月", 62, 58, 2.4), ("令和６年１２月", 55, 51, 2.2),
          ("令和７年１月", 70, 66, 2.6), ("令和７年２月", 74, 69, 2.5), ("令和７年３月", 81, 77, 2.8)]
DEPT_USE = [("総務部", 112), ("市民生活部", 97), ("建設部", 85), ("健康福祉部", 72)]


def rate(x):
    return "－" if x is None else x


# ---------------------------------------------------------------- xlsx
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "公用車台帳"
    ws["A1"] = f"{CITY} 公用車台帳（課別）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和７年４月１日現在　　資料：総務部管財課"
    ws["H2"] = "単位：km、％"
    heads = ["管理番号", "所属課", "車種", "燃料区分", "登録年度", "走行距離（km）", "稼働率（％）", None, None, "今後の方針"]
    for i, h in enumerate(heads, 1):
        if h:
            ws.cell(4, i, h)
    for i, y in enumerate(["令和４年度", "令和５年度", "令和６年度"]):
        ws.cell(5, 7 + i, y)
    for col in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=9)
    r = 6
    for g, vs in GROUPS:
        ws.cell(r, 1, f"【{g}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for v in vs:
            code, ka, kind, fuel, fy, km, r4, r5, r6, plan = v
            for i, val in enumerate([code, ka, kind, fuel, wareki(fy), km, rate(r4), rate(r5), rate(r6), plan], 1):
                ws.cell(r, i, val)
            r += 1
        ws.cell(r, 1, f"{g}　小計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 5, f"{len(vs)}台")
        ws.cell(r, 6, sum(v[5] for v in vs))
        for c in (7, 8, 9):
            ws.cell(r, c, "－")
        r += 1
    ws.cell(r, 1, "合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 5, f"{len(VEHICLES)}台")
    ws.cell(r, 6, sum(v[5] for v in VEHICLES))
    r += 2
    for note in ["※１　稼働率は、年間の開庁日のうち当該車両が使用された日数の割合である。",
                 "※２　「－」は当該年度に配置されていなかったため算出していない（203は令和６年２月、401は令和５年３月に導入）。",
                 "※３　走行距離は令和７年３月末時点の累計である。",
                 "※４　小計・合計行の走行距離は各車両の合計である。"]:
        ws.cell(r, 1, note)
        r += 1
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["B"].width = 14
    ws2 = wb.create_sheet("方針区分の説明")
    ws2.append(["今後の方針", "内容"])
    for a, b in [("継続", "現在の所属課で引き続き使用する"), ("集中管理へ移管", "管財課の集中管理（庁内カーシェア）に移す"),
                 ("廃車予定", "次の車検までに廃車とする"), ("更新（ＥＶ）", "廃車時にＥＶへ更新する")]:
        ws2.append([a, b])
    wb.save(DOCS / "公用車台帳（課別・令和７年４月１日現在）.xlsx")


# ---------------------------------------------------------------- pdf
def make_pdf():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"{CITY}公用車適正配置計画（令和６年度改訂版）", align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("ipa", size=8)
            self.cell(0, 6, f"－ {self.page_no()} －", align="C")

    pdf = PDF()
    pdf.add_font("ipa", fname=FONT)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("ipa", size=15)
    pdf.cell(0, 12, f"{CITY}公用車適正配置計画（令和６年度改訂版）", align="C", new_x="LMARGIN", new_y="NEXT")

    def h(t):
        pdf.set_font("ipa", size=12)
        pdf.cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")

    def p(t):
        pdf.set_font("ipa", size=10)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    h("第１章　計画改訂の趣旨")
    p("本市では、令和３年度に公用車適正配置計画を策定し、各課に分散して配置されていた公用車の削減と効率的な運用に取り組んできた。"
      "令和３年度当初に２２台あった公用車は、令和７年度当初には１６台となり、４年間で６台を純減した。"
      "一方で、稼働率が３０％に満たない車両が依然として残っており、車両の老朽化も進んでいることから、計画を改訂する。")
    h("第２章　計画の目標")
    p("令和７年度末の保有台数を１４台とすることを目標とする。また、令和６年度の全車両の平均稼働率は４８．９％であったが、"
      "これを令和７年度に５５％以上へ引き上げる。ＥＶ・ハイブリッド車の割合は令和７年度当初の５台（約３１％）から、"
      "令和９年度までに５０％以上とする。")
    h("第３章　年度別の削減状況")
    cols = [("年度", 34), ("年度当初保有台数", 40), ("削減目標台数", 36), ("削減実績台数", 36), ("新規導入台数", 36)]
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 7, "表１　年度別保有台数と削減の状況", new_x="LMARGIN", new_y="NEXT")
    for t, w in cols:
        pdf.cell(w, 7, t, border=1, align="C")
    pdf.ln()
    for fy, hold, tgt, act, new in FLEET:
        for val, (_, w) in zip([wareki(fy), f"{fw(hold)}台", f"{fw(tgt)}台", "－" if act is None else f"{fw(act)}台",
                                "－" if new is None else f"{fw(new)}台"], cols):
            pdf.cell(w, 7, val, border=1, align="C")
        pdf.ln()
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　令和７年度の削減実績・新規導入は年度途中のため「－」とした。削減実績には更新に伴う廃車を含まない。",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    h("第４章　取組の評価")
    p("各取組は、毎年度、管財課が担当課の報告をもとに評価し、庁内検討会の意見を聴いて確定している。"
      "評価は◎（計画以上に進んだ）、○（計画どおり）、△（遅れている）、×（着手したが成果なし）の４段階とし、"
      "未着手の年度は「－」と表記する。令和６年度は◎が３件、○が６件となり、前年度より改善した取組が多い。")
    p("特に、集中管理駐車場の整備と庁内カーシェアの試行を一体で進めたことにより、令和６年１０月から３台の車両を集中管理に移した。"
      "他方、低稼働車両の廃車は、災害対応車両の扱いについて庁内で意見が分かれたため、令和６年度は１台の廃車にとどまった。"
      "エコドライブ研修は、受講者数が令和４年度の１２０人から令和６年度の４５人へ減少しており、実施方法の見直しが必要である。")
    pdf.ln(14)
    cols2 = [("取組番号", 20), ("取組名", 66), ("担当課", 30), ("令和４年度", 24), ("令和５年度", 24), ("令和６年度", 24)]

    def head2(cont=False):
        pdf.set_font("ipa", size=9)
        pdf.cell(0, 7, "表２　取組別評価一覧" + ("（表の続き）" if cont else ""), new_x="LMARGIN", new_y="NEXT")
        for t, w in cols2:
            pdf.cell(w, 7, t, border=1, align="C")
        pdf.ln()

    head2()
    for pno, pname, ps in POLICIES:
        rows = [("group", f"方針{fw(pno)}　{pname}")] + [("row", x) for x in ps]
        for kind, x in rows:
            if pdf.get_y() > 270:
                pdf.add_page()
                head2(True)
            pdf.set_font("ipa", size=9)
            if kind == "group":
                pdf.cell(sum(w for _, w in cols2), 7, x, border=1)
            else:
                for val, (_, w) in zip(x, cols2):
                    pdf.cell(w, 7, val, border=1, align="L" if w > 24 else "C")
            pdf.ln()
    pdf.set_font("ipa", size=8)
    pdf.multi_cell(0, 5, "※　評価基準　◎：計画以上　○：計画どおり　△：遅れている　×：成果なし　－：未着手",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    h("第５章　推進体制")
    p("計画の進行管理は、副市長を座長とし、各部の庶務担当課長で構成する公用車適正配置庁内検討会が行う。"
      "検討会は年２回開催し、取組の評価と翌年度の削減対象車両を協議する。")
    pdf.output(str(DOCS / "榛ノ台市公用車適正配置計画（令和６年度改訂版）.pdf"))


# ---------------------------------------------------------------- docx
def make_docx():
    from docx import Document

    d = Document()
    d.add_heading("令和６年度 公用車適正配置庁内検討会 意見の概要", level=1)
    d.add_paragraph("総務部管財課　令和６年１２月")
    d.add_heading("１　開催状況", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["回", "開催日", "会場", "出席者数"]):
        c.text = s
    for (n, day, room), cnt in zip(MEETINGS, [14, 12]):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = f"第{fw(n)}回", day, room, f"{fw(cnt)}人"
    r = t.add_row().cells
    r[0].merge(r[2])
    r[0].text = "延べ出席者数"
    r[3].text = "２６人"
    d.add_heading("２　主な意見", level=2)
    d.add_paragraph("意見の区分は、取組を評価するもの（評価）、課題を指摘するもの（指摘）、対応を求めるもの（要望）とした。"
                    "関連欄には、意見が対象とする車両の管理番号又は計画の取組番号を記載した。")
    d.add_heading("（１）第１回（令和６年７月１０日）", level=3)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ["番号", "区分", "関連", "意見の要旨", "発言者"]):
        c.text = s
    for n, m, kind, rel, text, who in OPINIONS:
        if m != 1:
            continue
        r = t.add_row().cells
        for c, s in zip(r, [fw(n), kind, rel, text, who]):
            c.text = s
    d.add_heading("（２）第２回（令和６年１１月２０日）", level=3)
    for n, m, kind, rel, text, who in OPINIONS:
        if m != 2:
            continue
        para = d.add_paragraph()
        run = para.add_run(f"【意見{fw(n)}】（{kind}）　関連：{rel}")
        run.bold = True
        d.add_paragraph(f"{text}（{who}）")
    d.add_heading("３　事務局の対応", level=2)
    d.add_paragraph("指摘・要望のうち、予約の二重登録については令和７年４月から紙の予約簿を廃止し、予約システムに一本化する。"
                    "充電設備は令和７年度に北支所へ１基増設する。")
    d.save(DOCS / "令和６年度公用車適正配置庁内検討会 意見の概要.docx")


# ---------------------------------------------------------------- html
def make_html():
    tr = lambda cells, tag="td": "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>\n"
    h = ["<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>公用車カーシェア（集中管理）の試行について｜"
         f"{CITY}</title></head><body>\n",
         "<ol class=\"breadcrumb\"><li>ホーム</li><li>市政情報</li><li>行財政改革</li><li>公用車カーシェアの試行</li></ol>\n",
         "<h1>公用車カーシェア（集中管理）の試行について</h1>\n",
         "<p>市では、各課に配置していた公用車の一部を管財課の集中管理とし、複数の課で共同利用する庁内カーシェアを"
         "令和６年１０月から令和７年３月まで試行しました。</p>\n",
         "<h2>試行の対象車両</h2>\n<table border=\"1\">\n", tr(["管理番号", "車種", "元の所属課", "集中管理の場所"], "th")]
    for x in TRIAL_VEHICLES:
        h.append(tr(x))
    h += ["</table>\n", "<h2>月別の利用実績</h2>\n<table border=\"1\">\n",
          tr(["月", "予約件数（件）", "利用件数（件）", "平均利用時間（時間）"], "th")]
    for m, a, b, c in MONTHS:
        h.append(tr([m, fw(a), fw(b), fw(c)]))
    h.append(tr(["合計", fw(sum(x[1] for x in MONTHS)), fw(sum(x[2] for x in MONTHS)), "－"]))
    h += ["</table>\n<ul><li>※ 予約件数と利用件数の差は、当日の取消しによるものです。</li>"
          "<li>※ 平均利用時間は１回当たりの時間です。</li></ul>\n",
          "<h2>部別の利用件数</h2>\n<table border=\"1\">\n", tr(["部", "利用件数（件）"], "th")]
    for a, b in DEPT_USE:
        h.append(tr([a, fw(b)]))
    h += ["</table>\n",
          "<h2>試行の結果</h2>\n<p>試行期間中の利用件数は合計３６６件で、対象３台の平均稼働率は６８．４％となり、"
          "各課に配置していた令和５年度（３台平均３４．０％）を大きく上回りました。職員アンケート（回答１５２人）では、"
          "８２％が「便利になった」と回答しました。一方、月曜日の午前に予約が集中し、予約が取れなかった例が１９件ありました。</p>\n",
          "<h2>今後の予定</h2>\n<p>令和７年度は本格実施に移行し、対象車両を５台に拡大する予定です。</p>\n",
          "<p>問合せ先：総務部管財課 車両管理係（内線２３１４）</p>\n</body></html>\n"]
    (DOCS / f"公用車カーシェア（集中管理）の試行について｜{CITY}.html").write_text("".join(h), encoding="utf-8")


# ---------------------------------------------------------------- txt
def make_txt():
    lines = [f"{CITY}　公用車適正配置の検討経過（令和６年度）", "",
             "１　背景",
             "　本市の公用車は、令和３年度当初に２２台あったが、計画に基づく削減により令和７年度当初は１６台となった。",
             "　このうちＥＶは２台、ハイブリッド車は３台である。公用車の燃料費は令和３年度の約４１０万円から令和６年度の約３２０万円へ減少した。",
             "",
             "２　庁内検討会の開催",
             "-" * 60,
             "　回　　開催日　　　　　　　主な議題",
             "　１　　令和６年７月１０日　　令和５年度の取組評価、稼働率調査の結果",
             "　２　　令和６年１１月２０日　カーシェア試行の中間報告、令和７年度の削減対象車両",
             "-" * 60,
             "",
             "３　方針別の評価",
             "　評価はＡ（順調）、Ｂ（おおむね順調）、Ｃ（遅れている）の３段階とした。",
             "　方針　名称　　　　　　　　　　　　令和４年度　令和５年度　令和６年度"]
    for n, name, a, b, c in INITIATIVES:
        lines.append(f"　{fw(n)}　　　{name.ljust(16, '　')}{a.translate(str.maketrans('ABC', 'ＡＢＣ'))}　　　　　"
                     f"{b.translate(str.maketrans('ABC', 'ＡＢＣ'))}　　　　　{c.translate(str.maketrans('ABC', 'ＡＢＣ'))}")
    lines += ["",
              "４　令和７年度の削減対象",
              "　廃車予定の４台のうち、１０２（総務課）及び４０４（健康推進課）を令和７年度中に廃車する。",
              "　３０２（道路課）は災害対応車両としての必要性を再検証し、令和８年度に改めて判断する。",
              "　２０１（市民課）は集中管理車両で代替できるか確認したうえで、令和８年度に廃車する。",
              "",
              "５　今後の進め方",
              "　令和７年度から庁内カーシェアを本格実施とし、対象車両を３台から５台に拡大する。",
              "　充電設備は北支所に１基を増設し、２基体制とする。次回の計画見直しは令和９年度に行う。", ""]
    (DOCS / "公用車適正配置 検討経過.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_xlsx()
    make_pdf()
    make_docx()
    make_html()
    make_txt()
    for f in sorted(DOCS.iterdir()):
        print(f.stat().st_size, f.name)
