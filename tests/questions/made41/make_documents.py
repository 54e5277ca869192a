"""Write made41/docs/: five publications of two other cities (上越市, 鶴岡市), made from data.py.

Run from the project root: /work/main/.venv/bin/python -m tests.questions.made41.make_documents
"""
from __future__ import annotations

from pathlib import Path

from . import data as D

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
EVAL_FILE = "上越市_行政評価結果一覧_令和6年度.xlsx"
MIN_FILE = "上越市_行政改革推進委員会_第2回会議録.docx"
TEIIN_FILE = "鶴岡市_定員適正化計画_進捗状況_令和6年度.pdf"
SHITEI_FILE = "鶴岡市_指定管理者制度導入施設_評価結果_令和5年度.html"
KAIKAKU_FILE = "上越市_行政改革推進計画_進捗報告_令和6年度.txt"

# minutes: (agenda, speaker, text)
MINUTES = [
    ("議題（1）令和6年度事務事業評価の外部評価について", "事務局（行政改革推進課長）",
     "資料1に基づき、今年度外部評価の対象とした14事業の評価結果を説明します。総合評価Dは2事業で、いずれも廃止の方向です。"),
    ("議題（1）令和6年度事務事業評価の外部評価について", "佐藤委員長",
     "ありがとうございました。ご意見のある方はお願いします。"),
    ("議題（1）令和6年度事務事業評価の外部評価について", "高橋委員",
     "コミュニティバスは利用者一人当たりの経費が年々増えている。デマンド型交通への転換を検討すべきではないか。"),
    ("議題（1）令和6年度事務事業評価の外部評価について", "交通政策課長",
     "令和7年度に中郷区でデマンド型乗合タクシーの実証運行を予定しています。"),
    ("議題（1）令和6年度事務事業評価の外部評価について", "渡辺委員",
     "ふるさと納税は寄附額が伸びているが、返礼品の経費率が高い。地場産品の開拓とあわせて経費の検証をお願いしたい。"),
    ("議題（1）令和6年度事務事業評価の外部評価について", "小林委員",
     "婚活支援イベントの廃止はやむを得ないが、県の結婚支援センターとの連携は残してほしい。"),
    ("議題（2）行政改革推進計画の進捗状況について", "事務局（行政改革推進課長）",
     "資料2により、推進計画10項目の進捗を報告します。効果額の合計は1億3,480万円です。"),
    ("議題（2）行政改革推進計画の進捗状況について", "高橋委員",
     "市民プールの廃止が遅れている。利用者の代替手段を示したうえで、丁寧に説明を続けてほしい。"),
    ("議題（2）行政改革推進計画の進捗状況について", "伊藤委員",
     "書かない窓口は評判が良い。各区の総合事務所だけでなく、出張所にも広げてはどうか。"),
    ("議題（2）行政改革推進計画の進捗状況について", "佐藤委員長",
     "本日の意見は事務局で整理し、次回の委員会で対応方針を示してください。"),
]


def shared_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("IPAexG", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
    return "IPAexG"


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    ws["A1"] = "令和6年度 上越市 事務事業評価結果一覧"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "（単位：千円）　評価：A 良好／B 概ね良好／C 課題あり／D 見直しが必要"
    ws.append([])
    ws.append(["No.", "事業名", "担当課", "事業費（千円）", None, "評価", None, None, "今後の方向性"])
    ws.append([None, None, None, "令和5年度決算", "令和6年度決算", "有効性", "効率性", "総合評価", None])
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:H4", "I4:I5"):
        ws.merge_cells(rng)
    for row in D.JIGYO:
        ws.append(list(row))
    ws.append(["合計", None, None, sum(r[3] for r in D.JIGYO), sum(r[4] for r in D.JIGYO), None, None, None, None])
    ws.append([])
    ws.append(["※ 事業費は一般財源と特定財源の合計。令和6年度決算は見込み額を含む。"])
    for c in "ABCDEFGHI":
        ws.column_dimensions[c].width = 14
    ws.column_dimensions["B"].width = 28
    for cell in ws[4] + ws[5]:
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws2 = wb.create_sheet("施策評価")
    ws2["A1"] = "令和6年度 施策評価（第7次総合計画 前期基本計画）"
    ws2.append([])
    ws2.append(["施策番号", "施策名", "所管部", "成果指標", "評価"])
    ws2.append([None, None, None, "達成率（％）", None])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "E3:E4"):
        ws2.merge_cells(rng)
    for row in D.SHISAKU:
        ws2.append(list(row))
    ws2.append([])
    ws2.append(["※ 達成率は成果指標の目標値に対する実績値の割合（複数指標の場合は平均）。"])

    ws3 = wb.create_sheet("方向性別集計")
    ws3["A1"] = "今後の方向性別 事業数"
    ws3.append(["方向性", "事業数", "令和6年度決算額（千円）"])
    order = ["拡充", "継続", "改善", "縮小", "廃止"]
    for d in order:
        rows = [r for r in D.JIGYO if r[8] == d]
        ws3.append([d, len(rows), sum(r[4] for r in rows)])
    ws3.append(["計", len(D.JIGYO), sum(r[4] for r in D.JIGYO)])
    wb.save(path)


def write_docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading("令和6年度 第2回 上越市行政改革推進委員会 会議録", level=1)
    for line in ("1 日時　令和6年11月14日（木）午後2時00分から午後4時05分まで",
                 "2 場所　上越市役所 木田第1庁舎 401会議室",
                 "3 出席委員　佐藤委員長、高橋委員、渡辺委員、小林委員、伊藤委員（欠席：山本委員）",
                 "4 事務局　行政改革推進課長、同課副課長、同課係長",
                 "5 議事"):
        doc.add_paragraph(line)
    current = None
    for agenda, speaker, text in MINUTES:
        if agenda != current:
            doc.add_heading(agenda, level=2)
            current = agenda
        doc.add_paragraph(f"【{speaker}】　{text}")
    doc.add_paragraph("6 閉会　午後4時05分　佐藤委員長が閉会を宣した。")
    doc.add_paragraph("（会議録の要点筆記。発言の趣旨を損なわない範囲で整理している。）")
    doc.save(path)


def write_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font = shared_font()
    h = ParagraphStyle("h", fontName=font, fontSize=14, leading=20)
    b = ParagraphStyle("b", fontName=font, fontSize=10, leading=15)
    ts = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                     ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    story = [Paragraph("鶴岡市定員適正化計画（令和3年度～令和7年度）進捗状況", h),
             Paragraph("令和6年度版　鶴岡市総務部人事課", b), Spacer(1, 10),
             Paragraph("1 計画の概要", h),
             Paragraph(f"本計画は、{D.TEIIN_BASE[0]}4月1日の職員数{D.TEIIN_BASE[1]:,}人を基準とし、"
                       f"令和7年度までに{D.TEIIN_BASE[1] - D.TEIIN[-1][1]}人を削減して"
                       f"{D.TEIIN[-1][1]:,}人とすることを目標とする。職員数は各年度4月1日現在（単位：人）。", b),
             Spacer(1, 10), Paragraph("2 年度別の目標と実績", h)]
    rows = [["年度", "計画目標職員数", "実職員数", "目標との差", "前年度退職者数", "採用者数"]]
    for y, goal, real, ret, hire in D.TEIIN:
        rows.append([y, f"{goal:,}", "－" if real is None else f"{real:,}",
                     "－" if real is None else f"{real - goal:+d}",
                     "－" if ret is None else str(ret), "－" if hire is None else str(hire)])
    story += [Table(rows, style=ts), Paragraph("※ 令和7年度の実績は令和7年4月1日現在の確定後に掲載する。", b)]
    story += [Spacer(1, 14), Paragraph("3 部門別職員数", h),
              Paragraph("部門の区分は地方公共団体定員管理調査による。令和2年度は基準値。", b)]
    # filler so the department table breaks across pages
    for i in range(1, 9):
        story.append(Paragraph(f"（{i}）部門別の適正化は、業務量調査、事務事業評価の結果及び民間委託の進捗を踏まえ、"
                               "各部門の所管課と協議のうえ毎年度見直す。会計年度任用職員及び再任用職員は含まない。", b))
    rows = [["部門", "区分", "令和2年度（基準）", "令和6年度（実績）", "令和7年度（目標）"]]
    for r in D.BUMON:
        rows.append([r[0], r[1], str(r[2]), str(r[3]), str(r[4])])
    rows.append(["合計", "", str(sum(r[2] for r in D.BUMON)), str(sum(r[3] for r in D.BUMON)),
                 str(sum(r[4] for r in D.BUMON))])
    t = Table(rows, style=ts, repeatRows=1, rowHeights=[28] * len(rows))
    story += [t, Paragraph("※ 合計は部門別の計。年度別表の職員数とは集計時点が異なる場合がある。", b)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def write_html(path: Path) -> None:
    parts = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'>",
             "<title>指定管理者制度導入施設の評価結果（令和5年度） | 鶴岡市</title></head><body>",
             "<nav>ホーム &gt; 市政情報 &gt; 行政改革 &gt; 指定管理者制度</nav>",
             "<h1>指定管理者制度導入施設の評価結果（令和5年度）</h1>",
             "<p>最終更新日：2024年9月30日　担当：企画部 行政経営課</p>",
             "<p>評価は S（特に優れている）、A（優れている）、B（適正）、C（改善を要する）の4段階です。</p>"]
    for group in ("文化・スポーツ施設", "福祉・その他施設"):
        parts.append(f"<h2>{group}</h2><table border='1'>")
        parts.append("<tr><th rowspan='2'>No.</th><th rowspan='2'>施設名</th><th rowspan='2'>指定管理者</th>"
                     "<th rowspan='2'>指定期間</th><th rowspan='2'>総合評価</th><th colspan='2'>令和5年度実績</th></tr>"
                     "<tr><th>利用者数（人）</th><th>利用者満足度（％）</th></tr>")
        for g, no, name, mgr, period, grade, users, sat in D.SHITEI:
            if g == group:
                parts.append(f"<tr><td>{no}</td><td>{name}</td><td>{mgr}</td><td>{period}</td>"
                             f"<td>{grade}</td><td>{users:,}</td><td>{sat}</td></tr>")
        parts.append("</table>")
    parts.append("<p>※ 指定期間の「R4.4～R9.3」は令和4年4月から令和9年3月までを表します。</p>")
    parts.append("<p>※ 利用者満足度は利用者アンケートで「満足」「やや満足」と答えた人の割合です。</p>")
    parts.append("<footer>鶴岡市役所 〒997-8601 山形県鶴岡市馬場町9-25</footer></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_txt(path: Path) -> None:
    out = ["上越市行政改革推進計画 令和6年度 進捗報告", "",
           "令和7年6月　上越市 総務管理部 行政改革推進課", "",
           "進捗の記号　◎：計画以上　○：計画どおり　△：やや遅れ　×：遅れ", "効果額の単位は千円（令和6年度単年度）", ""]
    current = None
    for pillar, no, name, dept, prog, eff, text in D.KAIKAKU:
        if pillar != current:
            out += [pillar, ""]
            current = pillar
        out += [f"{no}．{name}", f"　担当課：{dept}", f"　進捗：{prog}", f"　効果額：{eff:,}千円",
                f"　取組状況：{text}", ""]
    total = sum(k[5] for k in D.KAIKAKU)
    out += ["■ 効果額の合計", f"　{total:,}千円（10項目の合計）", "",
            "※ 効果額は前年度との比較による歳出削減額及び歳入増加額。", "以上"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / EVAL_FILE)
    write_docx(DOCS / MIN_FILE)
    write_pdf(DOCS / TEIIN_FILE)
    write_html(DOCS / SHITEI_FILE)
    write_txt(DOCS / KAIKAKU_FILE)
    for p in sorted(DOCS.iterdir()):
        assert p.stat().st_size < 200_000, p
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
