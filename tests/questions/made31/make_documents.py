"""Write new editions of the shipped document kinds for the holdout set made31.

Run: .venv/bin/python -m tests.questions.made31.make_documents
The data below is the single source of the answers in questions.jsonl: another city, other years,
other formats, some blank cells, so that the readers are measured on what they were not fitted to.
"""
from __future__ import annotations

import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# ---- (a) 002 kind: 室蘭市 plan report, years R4–R7, HTML ----
PLAN_CITY = "室蘭市"
PLAN_YEARS = ["R4", "R5", "R6", "R7"]
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]
# No, name, themes, self grade, committee score, comments
INITIATIVES = [
    ("1", "自主財源の確保", {"財政", "協働"}, "A", 4.2,
     ["ふるさと納税の返礼品の見直しは寄附額の増加につながっており評価できる。",
      "使用料の見直しは市民への丁寧な説明を続けてほしい。"]),
    ("2", "窓口サービスの改善", {"サービス", "ICT"}, "B", 3.6,
     ["書かない窓口の導入は遅れているが、引き続き取り組んでほしい。"]),
    ("3", "公共施設の適正配置", {"財政", "施設", "民活"}, "A", 4.0,
     ["指定管理者制度の活用の効果を数値で示してほしい。",
      "施設の統廃合は地域住民との合意形成が重要である。"]),
    ("4", "デジタル化の推進", {"ICT", "人材"}, "A", 4.5,
     ["RPAの導入による時間削減の効果が大きく、全庁展開を期待する。"]),
    ("5", "職員の働き方改革", {"人材"}, "B", 3.4,
     ["時間外勤務の縮減はまだ十分ではない。"]),
]
# code, initiative, name, grades R4..R7 ("" = not yet), scores 進捗/連携/効率/創造, end year, dept
PRACTICES = [
    ("1", "1", "ふるさと納税返礼品の見直し", ["A", "A", "A", "A"], (3, 3, 3, 2), "R6", "(企)企画課"),
    ("2", "1", "使用料・手数料の見直し", ["B", "B", "A", "A"], (2, 3, 2, 2), "", "(財)財政課"),
    ("3", "1", "広告事業の拡大", ["C", "B", "B", "B"], (2, 2, 2, 2), "R7", "(財)財政課"),
    ("4", "2", "書かない窓口の導入", ["B", "C", "C", "B"], (1, 2, 2, 2), "", "(市)市民課"),
    ("5", "2", "キャッシュレス決済の導入", ["A", "A", "B", "A"], (3, 2, 3, 2), "R5", "(市)市民課、(財)納税課"),
    ("6", "3", "指定管理者制度の活用", ["A", "A", "A", "A"], (3, 3, 2, 2), "", "(企)資産経営課"),
    ("7", "3", "公共施設の統廃合", ["B", "B", "B", "C"], (2, 1, 2, 2), "", "(企)資産経営課"),
    ("8", "3", "学校施設の複合化", ["C", "C", "B", "B"], (2, 2, 2, 1), "R7", "(教)教育総務課"),
    ("9", "4", "RPAの導入", ["A", "A", "A", "A"], (3, 3, 3, 3), "R5", "(総)情報政策課"),
    ("10", "4", "電子申請の拡大", ["B", "A", "A", "A"], (3, 2, 3, 3), "", "(総)情報政策課"),
    ("N1", "4", "生成AIの試行導入", ["", "", "A", "A"], (3, 2, 3, 3), "", "(総)情報政策課"),
    ("11", "5", "時間外勤務の縮減", ["C", "C", "B", "B"], (2, 2, 1, 1), "", "(総)職員課"),
    ("12", "5", "テレワークの推進", ["B", "B", "A", "B"], (2, 2, 2, 2), "R6", "(総)職員課"),
    ("N2", "5", "フレックスタイム制の導入", ["", "", "", "B"], (1, 2, 2, 2), "", "(総)職員課"),
]


def averages(no: str) -> tuple[list[float], float]:
    rows = [p for p in PRACTICES if p[1] == no]
    avg = [round(sum(p[4][i] for p in rows) / len(rows), 1) for i in range(4)]
    return avg, round(sum(avg), 1)


def plan_html() -> str:
    e = html.escape
    out = [f"<html><head><meta charset='utf-8'><title>{PLAN_CITY}行政改革推進プラン 取組の評価に関する意見書</title></head><body>",
           f"<h1>{PLAN_CITY}行政改革推進プラン 取組の評価に関する意見書</h1>",
           f"<p>令和8年7月24日 {PLAN_CITY}行政改革推進委員会</p>",
           "<p>担当課による実践項目の自己評価を踏まえ、委員会では取組項目ごとに評価を行った。</p>",
           "<h2>行政改革推進プラン取組状況一覧【取組項目別】</h2><table border='1'>",
           "<tr><th>No.</th><th>取組項目</th>" + "".join(f"<th>{t}</th>" for t in THEMES)
           + "<th>実践項目数</th><th>進捗度</th><th>連携度</th><th>効率性</th><th>創造性</th><th>合計</th>"
           "<th>担当課自己評価(総合評価)</th><th>委員会評価平均</th></tr>"]
    for no, name, themes, grade, score, _ in INITIATIVES:
        avg, total = averages(no)
        n = sum(p[1] == no for p in PRACTICES)
        out.append(f"<tr><td>{no}</td><td>{e(name)}</td>" + "".join(f"<td>{'○' if t in themes else ''}</td>" for t in THEMES)
                   + f"<td>{n}</td>" + "".join(f"<td>{a}</td>" for a in avg)
                   + f"<td>{total}</td><td>{grade}</td><td>{score}</td></tr>")
    out.append("</table><h2>行政改革推進プラン取組状況一覧【実践項目別】</h2><table border='1'>")
    out.append("<tr><th>小No.</th><th>大No.</th><th>取組項目</th><th>実践項目</th>"
               + "".join(f"<th>{y}</th>" for y in PLAN_YEARS)
               + "<th>進捗度</th><th>連携度</th><th>効率性</th><th>創造性</th><th>合計</th><th>総合評価</th>"
               "<th>取組終了</th><th>担当課</th></tr>")
    names = {i[0]: i[1] for i in INITIATIVES}
    for code, ino, name, grades, sc, end, dept in PRACTICES:
        out.append(f"<tr><td>{code}</td><td>No.{ino}</td><td>{e(names[ino])}</td><td>{e(name)}</td>"
                   + "".join(f"<td>{g}</td>" for g in grades) + "".join(f"<td>{s}</td>" for s in sc)
                   + f"<td>{sum(sc)}</td><td>{grades[-1]}</td><td>{end}</td><td>{e(dept)}</td></tr>")
    out.append("</table><h2>I 取組項目別の評価について</h2>")
    for no, name, _, grade, score, comments in INITIATIVES:
        out.append(f"<h3>{no} {e(name)}</h3><table border='1'><tr><th>No.</th><th>実践項目名</th><th>進捗度</th>"
                   "<th>連携度</th><th>効率性</th><th>創造性</th><th>合計</th><th>総合評価</th><th>取組終了</th><th>担当課</th></tr>")
        for code, ino, pname, grades, sc, end, dept in PRACTICES:
            if ino == no:
                out.append(f"<tr><td>{code}</td><td>{e(pname)}</td>" + "".join(f"<td>{s}</td>" for s in sc)
                           + f"<td>{sum(sc)}</td><td>{grades[-1]}</td><td>{end}</td><td>{e(dept)}</td></tr>")
        out.append(f"</table><h4>委員の意見等</h4><p>委員評価 {score} /5</p><ul>"
                   + "".join(f"<li>・{e(c)}</li>" for c in comments) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out)


# ---- (b) 003 kind: 春日部市 evaluation sheet, PDF ----
SHEET = {
    "code": "2000118", "name": "公共施設予約システム運用事業", "bu": "総務部", "ka": "情報政策課",
    "start": "平成28年度", "end": "なし",
    "overview": "市内の公共施設の利用予約をインターネットで受け付けるシステムを運用する。",
    "costs": {"令和5年度決算": 4_820_000, "令和6年度決算": 5_130_000, "令和7年度予算": 5_300_000},
    "activity": ("システム操作説明会の開催回数", "回", {"令和5年度": (6, 5), "令和6年度": (6, 6), "令和7年度": (6, None)}),
    "outcome": ("オンライン予約の利用率", "%", {"令和5年度": (70, 64), "令和6年度": (75, 78), "令和7年度": (80, None)}),
    "policy": "改善して継続",
}


def sheet_pdf(path: Path) -> None:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("ipa", "", FONT)
    pdf.set_font("ipa", size=10)
    s = SHEET

    def line(text: str) -> None:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    line(f"事務事業評価シート (令和6年度決算)")
    for k, v in [("事務事業コード", s["code"]), ("事業名", s["name"]), ("担当部名", s["bu"]),
                 ("担当課名", s["ka"]), ("開始年度", s["start"]), ("終了年度", s["end"]),
                 ("何をする事業か (概要)", s["overview"])]:
        line(f"{k} | {v}")
    line("歳出 | 総事業費(合計)")
    for year, cost in s["costs"].items():
        line(f"{year} | {cost:,} 円")
    for label, (name, unit, rows) in [("活動指標", s["activity"]), ("成果指標", s["outcome"])]:
        line(f"{label} | 指標名 | {name} | 単位 | {unit}")
        line("年度 | 計画値 | 実績値 | 達成率")
        for year, (plan, actual) in rows.items():
            rate = f"{actual / plan * 100:.1f}" if actual is not None else ""
            line(f"{year} | {plan} | {'' if actual is None else actual} | {rate}")
    line(f"今後の方向性 | {s['policy']}")
    pdf.output(str(path))


# ---- (c) 000 kind: 福山市・尾道市 joint projects, XLSX, departments in one cell per city ----
JOINT_CITIES = ("福山市", "尾道市")
# 番号, 事業項目, 事業内容, 既に実施, 今年度(R8)に実施予定, 部会, dept 福山, dept 尾道
JOINT = [
    (1, "図書館の相互利用", "両市の市民が両市の図書館を利用できるようにする。", "R6.04.01 開始 相互貸出", "", "教育部会(福山市)", "中央図書館", "尾道市立中央図書館"),
    (2, "消防指令業務の共同運用", "消防の通信指令を共同で行う。", "", "R8.10 共同指令センター運用開始予定", "消防部会(福山市)", "消防局指令課", "消防本部警防課"),
    (3, "職員合同研修", "若手職員の合同研修を実施する。", "R7.08.20 実施 両市各10名", "R8も継続予定", "人事部会(尾道市)", "職員課", "人事課"),
    (4, "観光プロモーションの連携", "しまなみ海道を含む観光情報を共同で発信する。", "R7.03 共同パンフレット作成", "", "観光部会(尾道市)", "観光課", "観光課 文化振興課"),
    (5, "滞納整理の合同実施", "滞納市税の合同徴収を行う。", "", "協議中", "納税部会(福山市)", "収納課", ""),
    (6, "災害時の相互応援", "大規模災害時の物資と職員の相互応援を行う。", "R5.11.01 協定締結", "", "防災部会(尾道市)", "危機管理防災課", "危機管理課"),
    (7, "ごみ処理施設の広域化", "ごみ処理施設の共同設置を検討する。", "", "R8 基本構想策定予定", "環境部会(福山市)", "", "清掃事業所"),
]


def joint_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "連携事業"
    a, b = JOINT_CITIES
    ws.append([f"{a}・{b} 連携事業の進捗状況 (令和8年度)"])
    ws.append(["番号", "事業項目", "事業内容", "進捗状況", "", "部会名称 (部会長の市)", "担当課", ""])
    ws.append(["", "", "", "既に実施", "今年度(R8)に実施予定", "", a, b])
    for row in JOINT:
        ws.append(list(row))
    wb.save(path)


# ---- 004 kind: 高松市 市民協働 newsletter, plain text ----
NEWS = """高松市 市民協働だより Vol.4 (令和8年6月発行)

■ 協働研修会を開催しました
令和8年5月14日(木)に、市民活動団体と市職員を対象とした協働研修会を開催しました。参加者は42名でした。

■ いただいた質問
質問:協働事業提案制度には個人でも応募できますか。
回答:応募できるのは、市内で活動する5人以上の団体です。個人での応募はできません。
質問:提案した事業の経費はどこまで対象になりますか。
回答:事業の実施に直接必要な経費が対象で、上限は50万円です。

■ 協働事業提案を募集します
募集期間:令和8年7月1日(水)から令和8年8月31日(月)まで
説明会:令和8年7月10日(金) 高松市役所 13階 会議室
審査会:令和8年9月下旬

■ モデル事業の紹介
事業名:まちなか子ども食堂ネットワーク
実施団体:NPO法人たかまつ子ども未来
担当部署:市民政策局 市民活動推進課
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "muroran_plan_report.html").write_text(plan_html(), encoding="utf-8")
    sheet_pdf(DOCS / "kasukabe_evaluation_sheet.pdf")
    joint_xlsx(DOCS / "fukuyama_onomichi_joint_projects.xlsx")
    (DOCS / "takamatsu_newsletter_vol4.txt").write_text(NEWS, encoding="utf-8")


if __name__ == "__main__":
    main()
