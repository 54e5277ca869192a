"""Made next editions of the shipped kinds of document (holdout made22) and the answers derived from them.

`python tests/questions/made22/make_documents.py` writes into tests/questions/made22/docs/:

- 東川町_行政改革推進プラン_進捗状況報告書_令和3年度.pdf: the plan report of a town, H30–R3 (平成 and
  令和 crossing), 5 取組項目 and 15 実践項目, with four 進捗状況シート as ruled tables (fpdf2).
- 名寄市_行財政改革推進計画_意見書_令和4年.docx: the committee's opinions alone (python-docx): per
  取組項目 its number, title, 委員評価 and the members' comments as bullets.
- 長岡市・柏崎市_連携事業の進捗状況_平成18年度.html: joint projects in a <table>, 部会 cells with rowspan.
- 坂戸市_事務事業評価シート_令和5年度.pdf: one evaluation sheet as a ruled table.

Every fact lives once in the data below; the documents and the answer keys (derivations.json) are both
made from it, so the questions can be derived without the engine.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from statistics import mean

HERE = Path(__file__).parent
DOCS = HERE / "docs"
FONT = next(p for p in ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                        "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf") if Path(p).exists())

# ---------------------------------------------------------------- 東川町 plan report
TOWN = "東川町"
YEARS = ["H30", "R1", "R2", "R3"]
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]
INITIATIVES = [  # no, title, themes, 審議会評価平均
    (1, "自主財源の確保", {"財政", "協働"}, 4.3),
    (2, "窓口サービスの向上", {"サービス", "ICT"}, 4.0),
    (3, "公共施設の適正管理", {"財政", "施設"}, 3.6),
    (4, "業務の民間委託の推進", {"財政", "民活"}, 3.9),
    (5, "職員の能力向上と働き方改革", {"人材"}, 3.5),
]
# code, initiative, title, grades H30/R1/R2/R3 ("" = not yet started, "-" = ended), scores, end, department
PRACTICES = [
    ("1", 1, "ふるさと納税の返礼品の拡充", "BAAA", (3, 3, 2, 3), "R3", "企画財政課"),
    ("2", 1, "町有地の売却と貸付の推進", "BBBB", (2, 2, 2, 2), "", "企画財政課"),
    ("3", 1, "広告収入の確保", "BCB-", (2, 2, 3, 2), "R2", "企画財政課"),
    ("N1", 1, "企業版ふるさと納税の活用", "  BA", (3, 3, 3, 2), "R3", "企画財政課"),
    ("4", 2, "証明書のコンビニ交付の導入", "AA--", (3, 2, 3, 3), "R1", "住民課"),
    ("5", 2, "窓口のワンストップ化", "CBBB", (2, 3, 2, 2), "", "住民課"),
    ("6", 2, "各種申請のオンライン化", "BBAA", (3, 2, 3, 3), "R3", "総務課"),
    ("7", 3, "公共施設個別施設計画の策定", "A---", (3, 2, 2, 2), "H30", "企画財政課"),
    ("8", 3, "町営住宅の長寿命化", "BBCB", (2, 2, 2, 1), "", "建設水道課"),
    ("9", 3, "旧小学校校舎の利活用", "CCBA", (2, 3, 2, 3), "R3", "学校教育課"),
    ("N2", 3, "公共施設の照明LED化", "  AA", (3, 2, 3, 2), "R3", "建設水道課"),
    ("10", 4, "学校給食調理業務の民間委託", "BAA-", (3, 3, 2, 2), "R2", "学校教育課"),
    ("11", 4, "上下水道料金徴収業務の民間委託", "BBBB", (2, 2, 2, 2), "", "建設水道課"),
    ("12", 5, "職員研修の充実", "AABA", (3, 2, 2, 3), "R3", "総務課"),
    ("N3", 5, "テレワークの導入", "  CB", (1, 2, 2, 2), "", "総務課"),
]


def grade_of(total: int) -> str:
    """The report's rule: 10–12 A, 8–9 B, 7 or less C."""
    return "A" if total >= 10 else "B" if total >= 8 else "C"


def practice_rows() -> list[dict]:
    rows = []
    for code, ini, title, grades, scores, end, dept in PRACTICES:
        total = sum(scores)
        rows.append({"code": code, "initiative": ini, "title": title, "department": dept, "end": end,
                     "grades": dict(zip(YEARS, (g.strip() for g in grades))), "scores": scores,
                     "total": total, "overall": grade_of(total)})
    return rows


def initiative_rows() -> list[dict]:
    rows = []
    for no, title, themes, committee in INITIATIVES:
        items = [p for p in practice_rows() if p["initiative"] == no]
        avgs = [round(mean(p["scores"][i] for p in items) + 1e-9, 1) for i in range(4)]
        total = round(sum(avgs), 1)
        rows.append({"no": no, "title": title, "themes": themes, "n": len(items), "avgs": avgs, "total": total,
                     "overall": "A" if total >= 9.5 else "B", "committee": committee})
    return rows


ERA = {"H30": "平成30年度", "R1": "令和元年度", "R2": "令和2年度", "R3": "令和3年度"}
END_MONTH = {"H30": "平成31年3月", "R1": "令和2年3月", "R2": "令和3年3月", "R3": "令和4年3月"}
# Four progress sheets: per year the plan/result entries, the self-evaluation (進捗度, 連携度, 効率性, 創造性) and
# its reasons, and the year's 取組上の課題. The yearly scores give the yearly grades of PRACTICES.
SHEETS = {
    "1": {
        "schedule": "返礼品の開拓・拡充（H30〜R3 工程どおり）",
        "entries": {"H30": [("①", "(新)", "返礼品の見直し方針の策定", "町内事業者12社と協議し、方針を定めた。", "工程どおり")],
                    "R1": [("②", "(新)", "返礼品の新規開拓", "家具・米・木工品など18品目を追加した。", "工程どおり")],
                    "R2": [("③", "(継)", "ポータルサイトの追加", "掲載サイトを2つから4つに増やした。", "工程どおり")],
                    "R3": [("④", "(継)", "定期便の導入", "米の定期便を始め、寄附額が前年度比1.3倍となった。", "工程どおり")]},
        "evals": {"H30": (2, 2, 2, 2), "R1": (3, 2, 2, 3), "R2": (3, 3, 2, 3), "R3": (3, 3, 2, 3)},
        "reasons": ("4年間で返礼品を18品目増やした。", "町内事業者と協議を重ねた。", "委託先の手数料が増えた。", "定期便という新しい形を取り入れた。"),
        "challenges": {"H30": ("事業者の参加が少ない", "説明会を開き参加を呼びかける。"),
                       "R1": ("在庫の確保", "繁忙期の出荷計画を事業者と共有する。"),
                       "R2": ("委託手数料の増加", "ポータルサイトごとの費用対効果を検証する。"),
                       "R3": ("寄附者のリピート率の向上", "寄附者へのお礼状とアンケートを送る。")},
    },
    "5": {
        "schedule": "総合窓口の設置（H30 検討、R1〜 運用）",
        "entries": {"H30": [("①", "(新)", "先進自治体の視察", "2町を視察したが、庁舎の改修が必要とわかり遅れた。", "遅れ")],
                    "R1": [("②", "(新)", "総合窓口の試行", "転入・転出の手続を1か所で受け付けた。", "工程どおり")],
                    "R2": [("③", "(継)", "対象手続の拡大", "児童手当の手続を加えた。", "工程どおり")],
                    "R3": [("④", "(継)", "書かない窓口の検討", "申請書の記入を減らす方法を検討した。", "工程どおり")]},
        "evals": {"H30": (1, 2, 2, 2), "R1": (2, 3, 2, 2), "R2": (2, 2, 2, 2), "R3": (2, 3, 2, 2)},
        "reasons": ("総合窓口は設置したが対象手続は一部にとどまる。", "保健福祉課と連携した。", "待ち時間は短くなった。", "新たな手法は取り入れていない。"),
        "challenges": {"H30": ("庁舎のレイアウト", "改修計画に窓口の配置を盛り込む。"),
                       "R1": ("職員の習熟", "手続ごとのマニュアルを作る。"),
                       "R2": ("感染症対策", "窓口に仕切りを設け、予約制を試す。"),
                       "R3": ("繁忙期の待ち時間", "3月・4月に臨時窓口を開く。")},
    },
    "9": {
        "schedule": "活用方針の決定（R1）→ 改修・貸付（R2〜R3）",
        "entries": {"H30": [("①", "(新)", "地域住民との意見交換", "意見交換会を2回開いたが、方針はまとまらなかった。", "遅れ")],
                    "R1": [("②", "(新)", "活用事業者の募集", "応募がなく、募集条件を見直した。", "遅れ")],
                    "R2": [("③", "(継)", "募集条件の見直しと再募集", "家具工房を営む事業者1社と協定を結んだ。", "工程どおり")],
                    "R3": [("④", "(継)", "校舎の貸付開始", "令和3年10月に貸付を始め、工房と交流スペースが開いた。", "工程どおり")]},
        "evals": {"H30": (1, 2, 1, 2), "R1": (1, 2, 2, 2), "R2": (2, 2, 2, 2), "R3": (3, 3, 2, 3)},
        "reasons": ("貸付を始め、活用方針を実現した。", "地域住民・事業者と協議を重ねた。", "改修費の一部を事業者が負担した。", "工房と交流スペースを組み合わせた。"),
        "challenges": {"H30": ("地域の合意形成", "意見交換会を重ねる。"),
                       "R1": ("事業者の応募がない", "貸付料の減額と改修費の分担を検討する。"),
                       "R2": ("耐震改修の費用", "国の補助金を活用する。"),
                       "R3": ("交流スペースの運営", "地域の団体と運営協議会を作る。")},
    },
    "N3": {
        "schedule": "試行（R2）→ 本格導入（R3〜）",
        "entries": {"R2": [("①", "(新)", "テレワークの試行", "端末10台で試行したが、回線が不安定で利用は少なかった。", "遅れ")],
                    "R3": [("②", "(継)", "利用規程の制定", "利用規程を定め、延べ120人が利用した。", "工程どおり")]},
        "evals": {"R2": (1, 2, 1, 2), "R3": (2, 2, 2, 2)},
        "reasons": ("利用は一部の課にとどまる。", "総務課と情報担当が連携した。", "端末の追加に費用がかかる。", "新たな手法は取り入れていない。"),
        "challenges": {"R2": ("通信回線の容量不足", "回線を増強する。"),
                       "R3": ("窓口部門での利用", "業務の切り分けを検討する。")},
    },
}

# ---------------------------------------------------------------- 名寄市 opinions (DOCX)
NAYORO = [  # no, title, 委員評価, comments
    (1, "財政基盤の強化", 4.1, [
        "市税の収納率が向上しており、口座振替の勧奨など地道な取組を評価したい。",
        "使用料・手数料の見直しは市民の理解を得ながら進めてほしい。",
        "基金の残高の推移を分かりやすく公表することを期待する。"]),
    (2, "デジタル化による市民サービスの向上", 4.5, [
        "マイナンバーカードを使った証明書のコンビニ交付が定着し、高く評価できる。",
        "オンライン申請の対象手続が大きく増えた点を評価する。",
        "高齢者がデジタル化に取り残されないよう、スマートフォン教室を続けてほしい。",
        "窓口の待ち時間が短くなったと市民から聞いている。"]),
    (3, "公共施設の総量適正化", 3.3, [
        "小中学校の統廃合は地域の声を丁寧に聞いて進めてほしい。",
        "施設の削減目標に対して実績が遅れている。",
        "複合化の検討を早めるべきである。"]),
    (4, "民間活力の導入", 3.8, [
        "指定管理者制度の導入施設が増え、サービスの質も保たれている。",
        "委託の効果を費用と質の両面から検証してほしい。",
        "地元企業が参入しやすい発注の工夫を期待する。"]),
    (5, "組織体制の見直し", 3.7, [
        "係制の見直しで意思決定が速くなった点を評価する。",
        "職員の負担が特定の課に偏らないよう配慮してほしい。"]),
]

# ---------------------------------------------------------------- 長岡市・柏崎市 joint projects (HTML)
PAIR = ("長岡市", "柏崎市")
SUBCOMMITTEES = [  # name, chair city, projects (no, title, description, done, planned, dept city1, dept city2)
    ("税務部会", "長岡市", [
        (1, "差押財産の合同インターネット公売", "両市の差押財産を合同でインターネット公売するもの。", "H17.11.15 実施 動産12点（長岡市8点、柏崎市4点）", "年2回の実施を予定", "納税課", "収納課"),
        (2, "滞納整理の合同研修会", "滞納整理の実務研修を合同で行うもの。", "H17.07.20 実施 両市職員 計30名", "H18.07 に実施予定", "納税課", "収納課"),
        (3, "固定資産評価の情報交換", "評価替えに向けて評価の方法を情報交換するもの。", "H17.09.05 実施", "協議中", "資産税課", "税務課"),
    ]),
    ("福祉部会", "柏崎市", [
        (4, "障がい者施設の相互利用", "両市の障がい者施設を両市民が利用できるようにするもの。", "H17.04.01 から実施", "利用状況を調査予定", "福祉課", "福祉課"),
        (5, "子育て支援情報の共同発信", "両市の子育て支援情報を一つの冊子にまとめて配布するもの。", "", "H18.10 に冊子を発行予定", "子育て支援課", "子ども課"),
    ]),
    ("観光・文化部会", "長岡市", [
        (6, "共同観光キャンペーン", "両市の夏祭りを組み合わせた観光キャンペーンを行うもの。", "H17.08 実施 首都圏で共同PR", "H18.08 に実施予定", "観光課", "観光交流課"),
        (7, "観光パンフレットの共同作成", "両市を巡る観光ルートのパンフレットを作るもの。", "H17.12 に2万部作成", "英語版を作成予定", "観光課", "観光交流課"),
        (8, "図書館の相互利用", "両市の市立図書館で貸出カードを共通にするもの。", "", "H19.04 からの実施に向けて協議中", "中央図書館", "図書館"),
    ]),
]

# ---------------------------------------------------------------- 坂戸市 evaluation sheet (PDF)
SHEET_FACTS = {
    "事務事業コード": "2000117", "事業名": "市内循環バス運行事業", "担当部名": "都市整備部", "担当課名": "交通政策課",
    "施策の柱": "3 安全で快適なまち", "開始年度": "平成24年度", "終了年度": "なし", "施策": "3-4 公共交通の充実",
    "対象": "市民", "意図": "・日常の移動手段が確保されている",
    "何をする事業か (概要)": "市内の公共施設・駅・病院を結ぶ循環バスを4路線で運行し、運行事業者に運行経費を補助する。",
    "何の為にやるのか (目的)": "交通不便地域の解消と高齢者の外出機会の確保を図る。",
    "課題": "運転士の不足により、令和4年度は一部の便を運休した。",
    "対応": "運行事業者と協議し、令和5年度にダイヤを見直した。",
    "総事業費(合計)": "48,560,000", "特定財源計": "12,000,000", "市の実質負担額(=総事業費−特定財源)": "36,560,000",
}
INDICATORS = [  # type, name, unit, direction, goal, {year: (plan, actual)}
    ("活動指標 ※市が何をするか", "運行便数", "便", "維持", 9000,
     {"令和4年度": (9000, 8820), "令和5年度": (9000, 9000), "令和6年度": (9000, None), "令和7年度": (9000, None), "令和8年度": (9000, None)}),
    ("成果指標 ※市民(市)がどうなったか", "年間利用者数", "人", "増加", 150000,
     {"令和4年度": (140000, 131600), "令和5年度": (145000, 146450), "令和6年度": (150000, None), "令和7年度": (150000, None), "令和8年度": (150000, None)}),
]


def rate(plan: int, actual: int | None) -> str:
    return "" if actual is None else f"{actual / plan * 100:.1f}"


# ================================================================ writers
def _pdf():
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=FONT)
    pdf.set_font("jp", size=9)
    pdf.set_auto_page_break(True, margin=12)
    return pdf


def _line(pdf, text: str, size: int = 9, h: float = 6) -> None:
    pdf.set_font("jp", size=size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def _table(pdf, rows: list[list[str]], widths: tuple, size: int = 7) -> None:
    pdf.set_font("jp", size=size)
    with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False, line_height=4.5) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(str(value))
    pdf.ln(3)


def write_plan_pdf(path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    _line(pdf, f"{TOWN}行政改革推進プラン", 16, 10)
    _line(pdf, "取組の進捗状況報告書（令和3年度）", 14, 9)
    _line(pdf, "令和4年6月", 11)
    _line(pdf, f"{TOWN}行政改革推進委員会", 11)
    _line(pdf, "1 はじめに", 11, 8)
    _line(pdf, f"平成30年度からスタートした『{TOWN}行政改革推進プラン』（計画期間 平成30年度〜令和3年度）は、"
          "令和3年度をもって計画期間を終えました。本報告書は、4年間の取組の有効性について委員会が評価した結果を取りまとめたものです。"
          "委員の意見は別冊の意見書に掲載しています。")
    _line(pdf, "2 評価方法について", 11, 8)
    _line(pdf, "担当部署は、実践項目ごとに【進捗度・連携度・効率性・創造性】の4項目を0〜3の4段階で自己評価し、"
          "合計が10〜12点をA、8〜9点をB、7点以下をCとして総合評価を行った。委員会は取組項目ごとに5段階（5 非常に評価できる〜1 課題あり）で評価した。")
    _line(pdf, "3 取組状況一覧【取組項目別】", 11, 8)
    head = ["No.", "取組項目", *THEMES, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計", "担当部署自己評価 (総合評価)", "委員会評価平均"]
    rows = [head]
    for r in initiative_rows():
        rows.append([r["no"], r["title"], *("○" if t in r["themes"] else "" for t in THEMES), r["n"],
                     *(f"{a:.1f}" for a in r["avgs"]), f"{r['total']:.1f}", r["overall"], f"{r['committee']:.1f}"])
    _table(pdf, rows, (8, 45, 10, 13, 10, 10, 10, 10, 10, 14, 12, 12, 12, 12, 12, 22, 18))
    pdf.add_page()
    _line(pdf, "4 取組項目・実践項目一覧", 11, 8)
    head = ["小No.", "大No.", "取組項目", "実践項目", *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当部署(実践項目)"]
    titles = {r["no"]: r["title"] for r in initiative_rows()}
    rows = [head]
    for p in practice_rows():
        rows.append([p["code"], f"No.{p['initiative']}", titles[p["initiative"]], p["title"],
                     *(p["grades"][y] for y in YEARS), *p["scores"], p["total"], p["overall"], p["end"], p["department"]])
    _table(pdf, rows, (10, 11, 36, 48, 9, 9, 9, 9, 11, 11, 11, 11, 10, 13, 13, 27))
    pdf.add_page()
    _line(pdf, "I 取組項目別の評価について", 12, 9)
    for r in initiative_rows():
        _line(pdf, f"{r['no']} {r['title']}", 10, 7)
        rows = [["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当部署"]]
        for p in practice_rows():
            if p["initiative"] == r["no"]:
                rows.append([p["code"], p["title"], *p["scores"], p["total"], p["overall"], p["end"], p["department"]])
        _table(pdf, rows, (12, 70, 14, 14, 14, 14, 12, 16, 16, 35))
        _line(pdf, f"委員評価 {r['committee']:.1f} /5　（委員の意見は別冊の意見書のとおり）")
    pdf.add_page()
    _line(pdf, f"【資料編】 {TOWN}行政改革推進プラン 令和3年度進捗状況シート", 12, 9)
    for code, sheet in SHEETS.items():
        p = next(p for p in practice_rows() if p["code"] == code)
        pdf.add_page()
        _line(pdf, f"No.{p['initiative']} {titles[p['initiative']]}　【進捗状況シート】", 11, 8)
        _table(pdf, [["実践項目", p["title"]], ["担当部署", p["department"]], ["工程表 (予定含む)", sheet["schedule"]]], (40, 220))
        rows = [["取組内容", "年度", "番号", "取組予定", "取組内容（取組結果）", "進捗"]]
        for year, entries in sheet["entries"].items():
            for n, status, plan, result, progress in entries:
                rows.append(["", ERA[year], n, plan, f"{status} {result}", progress])
        _table(pdf, rows, (20, 25, 12, 60, 120, 23))
        if p["end"]:
            _line(pdf, f"取組終了の場合記入 → {END_MONTH[p['end']]}取組終了")
        years = list(sheet["evals"])
        rows = [["取組に対する自己評価", *(ERA[y] for y in years), "総括", "【評価の理由】"]]
        for i, label in enumerate(["進捗度", "連携度", "効率性", "創造性"]):
            rows.append([label, *(sheet["evals"][y][i] for y in years), p["scores"][i], sheet["reasons"][i]])
        rows.append(["総合評価", *(grade_of(sum(sheet["evals"][y])) for y in years), p["overall"], ""])
        _table(pdf, rows, (40, *(22 for _ in years), 18, 260 - 58 - 22 * len(years)))
        rows = [["取組上の課題", "年度", "課題・問題点", "左記の解決方法"]]
        for year, (problem, solution) in sheet["challenges"].items():
            rows.append(["", ERA[year], problem, solution])
        _table(pdf, rows, (30, 25, 95, 110))
    path.write_bytes(bytes(pdf.output()))


def write_opinions_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = dt.datetime(2022, 8, 10)
    doc.add_heading("名寄市行財政改革推進計画 取組の有効性に関する意見書", level=0)
    doc.add_paragraph("令和4年8月10日")
    doc.add_paragraph("名寄市行財政改革推進委員会")
    doc.add_paragraph("本意見書は、名寄市行財政改革推進計画（令和元年度〜令和3年度）の取組項目ごとに、委員の評価（5段階）と意見をまとめたものです。")
    doc.add_heading("I 取組項目別の評価について", level=1)
    for no, title, score, comments in NAYORO:
        doc.add_heading(f"{no} {title}", level=2)
        doc.add_paragraph(f"委員評価 {score:.1f} /5")
        doc.add_paragraph("委員の意見")
        for c in comments:
            doc.add_paragraph(c, style="List Bullet")
    doc.core_properties.modified = dt.datetime(2022, 8, 10)
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip_times(buffer.getvalue()))


def _fixed_zip_times(data: bytes) -> bytes:
    """The same bytes on every run: python-docx stamps each zip entry with the current time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2022, 8, 10, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write_joint_html(path: Path) -> None:
    a, b = PAIR
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           f"<title>{a}・{b} 連携事業の進捗状況（平成18年度）</title></head><body>",
           f"<h1>{a}・{b} 連携事業の進捗状況</h1>", "<p>平成18年6月 両市連携推進会議</p>",
           '<table border="1">',
           f'<tr><th rowspan="2">番号</th><th rowspan="2">事業項目</th><th rowspan="2">事業内容</th><th colspan="2">進捗状況</th>'
           f'<th rowspan="2">部会名称 (部会長)</th><th colspan="2">担当部署</th></tr>',
           f"<tr><th>既に実施</th><th>今年度(H18)に実施予定</th><th>{a}</th><th>{b}</th></tr>"]
    for name, chair, projects in SUBCOMMITTEES:
        for i, (no, title, desc, done, planned, d1, d2) in enumerate(projects):
            cell = f'<td rowspan="{len(projects)}">{name}<br>（部会長 {chair}）</td>' if i == 0 else ""
            out.append(f"<tr><td>{no}</td><td>{title}</td><td>{desc}</td><td>{done}</td><td>{planned}</td>{cell}"
                       f"<td>{d1}</td><td>{d2}</td></tr>")
    out += ["</table>", "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_evaluation_pdf(path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    _line(pdf, "事務事業評価シート（令和5年度決算）　坂戸市", 13, 9)
    f = SHEET_FACTS
    rows = [["事務事業名、担当課等", ""], ["事務事業コード", f["事務事業コード"]], ["事業名", f["事業名"]],
            ["担当部名", f["担当部名"]], ["担当課名", f["担当課名"]], ["施策の柱", f["施策の柱"]],
            ["開始年度", f["開始年度"]], ["終了年度", f["終了年度"]], ["施策", f["施策"]],
            ["対象", f["対象"]], ["意図", f["意図"]],
            ["何をする事業か (概要)", f["何をする事業か (概要)"]], ["何の為にやるのか (目的)", f["何の為にやるのか (目的)"]],
            ["課題", f["課題"]], ["対応", f["対応"]],
            ["総事業費(合計) 令和5年度決算", f["総事業費(合計)"]], ["特定財源計 令和5年度決算", f["特定財源計"]],
            ["市の実質負担額(=総事業費−特定財源)", f["市の実質負担額(=総事業費−特定財源)"]]]
    _table(pdf, rows, (80, 180), size=8)
    for kind, name, unit, direction, goal, years in INDICATORS:
        _table(pdf, [[kind, "指標名", name, "単位", unit, "指標数値のめざす方向", direction, "目標値", goal]],
               (60, 18, 40, 14, 14, 40, 16, 18, 20), size=8)
        rows = [["目標進捗", "計画値", "実績値", "単位", "達成率", "単位"]]
        for year, (plan, actual) in years.items():
            rows.append([year, plan, "" if actual is None else actual, unit, rate(plan, actual), "%"])
        _table(pdf, rows, (50, 40, 40, 30, 40, 30), size=8)
    _table(pdf, [["事業の評価・改善/実績報告", "令和5年度はダイヤを見直し、運休した便を再開した。利用者数は前年度より14,850人増えた。"],
                 ["評価", "高齢者の通院・買物の移動手段として定着しており、継続すべきと考えている。"],
                 ["今後の方針(改善策)", "デマンド型交通との組合せを検討する。"]], (80, 180), size=8)
    path.write_bytes(bytes(pdf.output()))


FILES = {
    "plan": "東川町_行政改革推進プラン_進捗状況報告書_令和3年度.pdf",
    "opinions": "名寄市_行財政改革推進計画_意見書_令和4年.docx",
    "joint": "長岡市・柏崎市_連携事業の進捗状況_平成18年度.html",
    "evaluation": "坂戸市_事務事業評価シート_令和5年度.pdf",
}


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_plan_pdf(DOCS / FILES["plan"])
    write_opinions_docx(DOCS / FILES["opinions"])
    write_joint_html(DOCS / FILES["joint"])
    write_evaluation_pdf(DOCS / FILES["evaluation"])
    for name in FILES.values():
        size = (DOCS / name).stat().st_size
        assert size < 250_000, (name, size)
        print(name, size)
    derivations = {"practices": practice_rows(),
                   "initiatives": [{**r, "themes": sorted(r["themes"])} for r in initiative_rows()],
                   "sheets": {c: {"evals": s["evals"], "grades": {y: grade_of(sum(v)) for y, v in s["evals"].items()}}
                              for c, s in SHEETS.items()}}
    (HERE / "derivations.json").write_text(json.dumps(derivations, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
