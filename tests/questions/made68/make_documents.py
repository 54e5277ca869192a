"""Write docs/ for made68: a staffing-plan workbook (.xlsx), an evaluation report of the city's
affiliated organisations (.docx), public-comment results over two PDF pages (.pdf), a window-service
survey page (.html) and a fixed-width table of fiscal soundness ratios (.txt)."""
import html
import unicodedata
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from . import data as D
except ImportError:
    import data as D

OUT = Path(__file__).resolve().parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_STAFF = "01_柚木原市_定員適正化計画_進捗状況.xlsx"
F_ORGS = "02_柚木原市_外郭団体経営評価結果_令和6年度実績.docx"
F_PC = "03_杉乃宮町_第5次行政改革大綱案_パブリックコメント実施結果.pdf"
F_SURVEY = "04_鳴瀬台市_窓口サービス満足度アンケート結果.html"
F_RATIO = "05_杉乃宮町_健全化判断比率.txt"


def tri(n):
    """A difference as offices print it: ▲ for minus."""
    return f"▲{-n}" if n < 0 else n


# ---------------------------------------------------------------------------------------------
def staff_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "正規職員"
    ws.append([D.STAFF_TITLE])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["（各年度4月1日現在　単位：人）"])
    ws.append(["部門", "区分"] + [D.WAREKI[y] for y in D.SY] + ["増減（R7－R3）"])
    for d in D.STAFF:
        first = ws.max_row + 1
        for name, vals in d["rows"]:
            ws.append([d["dept"], name] + vals + [tri(vals[-1] - vals[0])])
        act = D.dept_actual(d)
        if len(d["rows"]) > 1:
            ws.append([d["dept"], "小計（実績）"] + act + [tri(act[-1] - act[0])])
        ws.append([d["dept"], "計画値"] + d["plan"] + [tri(d["plan"][-1] - d["plan"][0])])
        ws.append([d["dept"], "差（実績－計画）"] + [tri(a - p) for a, p in zip(act, d["plan"])] + [None])
        last = ws.max_row
        for r in range(first + 1, last + 1):      # 部門 printed once, merged down
            ws.cell(row=r, column=1).value = None
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        ws.cell(row=first, column=1).alignment = Alignment(vertical="center", wrap_text=True)
    ta, tp = D.total_actual(), D.total_plan()
    first = ws.max_row + 1
    ws.append(["合計", "実績"] + ta + [tri(ta[-1] - ta[0])])
    ws.append([None, "計画値"] + tp + [tri(tp[-1] - tp[0])])
    ws.append([None, "差（実績－計画）"] + [tri(a - p) for a, p in zip(ta, tp)] + [None])
    ws.merge_cells(start_row=first, start_column=1, end_row=first + 2, end_column=1)
    ws.append([])
    ws.append(["※ 部門の区分は地方公共団体定員管理調査による。病院は柚木原市民病院（地方公営企業法全部適用）。"])
    ws.append(["※ 差の欄の▲は、実績が計画値を下回っていることを示す。"])
    for col, w in zip("ABCDEFGH", [20, 16, 11, 11, 11, 11, 11, 15]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("会計年度任用職員")
    ws2.append(["会計年度任用職員の任用状況"])
    ws2["A1"].font = Font(bold=True, size=14)
    ws2.append(["（各年度4月1日現在　単位：人）"])
    ws2.append(["職種", "任用形態", "主な配置先"] + [D.WAREKI[y] for y in D.SY])
    for job, kind, place, vals in D.PART:
        ws2.append([job, kind, place] + vals)
    ws2.append(["合計", None, None] + D.part_total())
    ws2.append([])
    ws2.append(["※ 保育士は任用形態別に計上している。一般事務補助は各課に配置しているため配置先を「各課」とした。"])
    for col, w in zip("ABCDEFGH", [18, 13, 18, 11, 11, 11, 11, 11]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("計画の概要")
    for line in [
        "柚木原市定員適正化計画（第3次）の概要",
        "計画期間：令和3年度～令和7年度（5年間）",
        f"計画策定時の職員数：{D.STAFF_BASE_R2:,}人（令和2年4月1日現在）",
        f"目標：令和7年4月1日現在の職員数を{D.STAFF_TARGET_R7:,}人とする。",
        "方針：事務事業の見直しとデジタル化により一般行政部門の職員数を縮減する一方、病院部門は医療体制の確保のため必要な人員を配置する。",
        "所管：総務部 人事課",
    ]:
        ws3.append([line])
    ws3.column_dimensions["A"].width = 100
    wb.save(OUT / F_STAFF)


# ---------------------------------------------------------------------------------------------
def orgs_docx():
    doc = Document()
    doc.add_heading(D.ORG_TITLE, 0)
    doc.add_paragraph("令和7年9月　柚木原市 総務部 行政経営課")
    doc.add_paragraph("市が出資又は継続的な財政支援を行っている8団体について、令和6年度の決算に基づき経営評価を行った。"
                      "経営評価は次の4段階とし、あわせて団体の今後の方向性（「統廃合」「経営改善」「現状維持」）を示した。")
    for g, txt in D.GRADES.items():
        doc.add_paragraph(f"{g}：{txt}", style="List Bullet")
    doc.add_paragraph("市の財政支援額は、補助金、委託料及び指定管理料の合計である（単位：千円）。"
                      "見直しの進捗欄の「－」は、方向性が現状維持のため見直しの対象外であることを示す。")
    for o in D.ORGS:
        doc.add_heading(f"{o['no']}　{o['name']}", 1)
        rows = [
            ("所管課", o["dept"]),
            ("設立年月", o["founded"]),
            ("基本財産・資本金（千円）", "－" if o["capital"] is None else f"{o['capital']:,}"),
            ("市の出資額（千円）", "－" if o["invest"] is None else f"{o['invest']:,}"),
            ("出資比率（%）", "－" if o["ratio"] is None else f"{o['ratio']:.1f}"),
            ("市の財政支援額（令和5年度）（千円）", f"{o['support']['R5']:,}"),
            ("市の財政支援額（令和6年度）（千円）", f"{o['support']['R6']:,}"),
            ("常勤職員数（人）", str(o["staff"])),
            ("うち市派遣職員（人）", str(o["dispatched"])),
            ("経営評価", o["grade"]),
            ("方向性", o["direction"]),
            ("見直しの進捗", o["progress"]),
        ]
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        doc.add_paragraph("【課題】")
        doc.add_paragraph(o["issue"])
    doc.save(OUT / F_ORGS)


# ---------------------------------------------------------------------------------------------
def pc_pdf():
    pdfmetrics.registerFont(TTFont("IPAex", FONT))
    st = ParagraphStyle("c", fontName="IPAex", fontSize=8.5, leading=11)
    stc = ParagraphStyle("cc", parent=st, alignment=1)
    h1 = ParagraphStyle("h", fontName="IPAex", fontSize=13, leading=18)
    body = ParagraphStyle("b", fontName="IPAex", fontSize=9.5, leading=14)
    story = [Paragraph(f"「{D.PC_PLAN}」に対する意見募集（パブリックコメント）の実施結果", h1), Spacer(1, 6)]
    for line in [
        f"1　案件名：{D.PC_PLAN}",
        f"2　募集期間：{D.PC_PERIOD[0]}～{D.PC_PERIOD[1]}",
        f"3　結果：意見提出者 {D.PC_PEOPLE}人　意見数 {len(D.OPINIONS)}件",
        "4　提出方法の内訳：" + "、".join(f"{m} {n}人" for m, n in D.PC_METHODS),
        "5　反映区分：" + "　".join(f"{k} {v}" for k, v in D.MARKS.items()),
        "6　意見の概要と町の考え方：下表のとおり（同趣旨の意見はまとめて掲載しています。）",
    ]:
        story.append(Paragraph(line, body))
    story.append(Spacer(1, 6))
    rows = [[Paragraph(h, stc) for h in ["No.", "該当箇所", "意見の要旨", "町の考え方", "反映"]]]
    for no, sec, op, ans, mark in D.OPINIONS:
        rows.append([Paragraph(str(no), stc), Paragraph(D.SECTIONS[sec], st), Paragraph(op, st),
                     Paragraph(ans, st), Paragraph(mark, stc)])
    t = Table(rows, colWidths=[10 * mm, 30 * mm, 62 * mm, 66 * mm, 12 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [t, Spacer(1, 8),
              Paragraph(f"{D.PC_PUBLISHED}　杉乃宮町 総務課 行政改革推進係", body)]

    def footer(canvas, doc):
        canvas.setFont("IPAex", 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"－ {doc.page} －")

    SimpleDocTemplate(str(OUT / F_PC), pagesize=A4, topMargin=15 * mm, bottomMargin=18 * mm,
                      leftMargin=15 * mm, rightMargin=15 * mm).build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------
def survey_html():
    e = html.escape

    def table(rows_by_year, first_col="年度"):
        head = f"<tr><th>{first_col}</th>" + "".join(f"<th>{a}</th>" for a in D.ANSWERS) + \
               "<th>回答数</th><th>満足度（%）</th></tr>"
        body = []
        for label, c in rows_by_year:
            body.append(f"<tr><th scope=\"row\">{e(label)}</th>" + "".join(f"<td>{v}</td>" for v in c)
                        + f"<td>{D.respondents(c)}</td><td>{D.satisfaction(c):.1f}</td></tr>")
        return f"<table border=\"1\">\n<thead>{head}</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"

    total = {y: [sum(w["counts"][y][k] for w in D.WINDOWS) for k in range(len(D.ANSWERS))] for y in D.SURVEY_YEARS}
    parts = [
        "<!DOCTYPE html>",
        "<html lang=\"ja\"><head><meta charset=\"utf-8\">",
        "<title>窓口サービス満足度アンケートの結果 | 鳴瀬台市</title></head><body>",
        "<nav>ホーム &gt; 市政情報 &gt; 行政改革 &gt; 窓口サービス満足度アンケート</nav>",
        "<h1>窓口サービス満足度アンケートの結果（令和5年度・令和6年度）</h1>",
        "<p>鳴瀬台市では、行政改革の一環として窓口サービスの改善に取り組んでいます。本庁舎の6つの窓口で、"
        "来庁された方にアンケートを実施しました。</p>",
        "<ul>" + "".join(f"<li>{D.WAREKI[y]}の調査期間：{D.SURVEY_PERIOD[y]}</li>" for y in D.SURVEY_YEARS) + "</ul>",
        "<p>満足度は、「満足」と「やや満足」の合計を、回答数から無回答を除いた数で割って算出しています（小数第2位を四捨五入）。"
        "回答数は無回答を含みます。</p>",
        "<h2>1　全体の結果</h2>",
        table([(D.WAREKI[y], total[y]) for y in D.SURVEY_YEARS]),
        "<h2>2　窓口別の結果</h2>",
    ]
    for w in D.WINDOWS:
        parts.append(f"<h3>{e(w['name'])}（本庁舎{w['floor']}）</h3>")
        parts.append(table([(D.WAREKI[y], w["counts"][y]) for y in D.SURVEY_YEARS]))
        parts.append("<p>主な自由意見（令和6年度）</p><ul>" + "".join(f"<li>{e(v)}</li>" for v in w["voices"]) + "</ul>")
    parts += ["<h2>3　今後の取組</h2>",
              "<p>満足度が前年度を下回った窓口では、手続案内のチェックリストを作成し、説明の統一を図ります。"
              "令和7年度は「書かない窓口」を市民課から順次導入します。</p>",
              "<p>お問い合わせ：鳴瀬台市 企画部 行政改革推進課</p>",
              "</body></html>", ""]
    (OUT / F_SURVEY).write_text("\n".join(parts), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)


def _pad(s, n, right=False):
    sp = " " * max(0, n - _w(s))
    return sp + s if right else s + sp


def _v(x, fmt="{:.1f}"):
    return "－" if x is None else fmt.format(x)


def ratio_txt():
    L = [D.RATIO_TITLE, "", "地方公共団体の財政の健全化に関する法律に基づき、令和6年度決算の健全化判断比率及び資金不足比率を"
         "監査委員の審査に付し、議会に報告しましたので公表します。", "", "1．健全化判断比率　　　　　　　　　　　　　（単位：％）"]
    hdr = _pad("指標", 20) + "".join(_pad(D.WAREKI[y], 11, True) for y in D.RY) + _pad("早期健全化基準", 16, True) \
        + _pad("財政再生基準", 14, True)
    L += ["=" * _w(hdr), hdr, "-" * _w(hdr)]
    for r in D.RATIOS:
        L.append(_pad(r["name"], 20) + "".join(_pad(_v(v), 11, True) for v in r["vals"])
                 + _pad(r["early"], 16, True) + _pad(r["rebuild"] or "－", 14, True))
    L += ["=" * _w(hdr), "", "2．資金不足比率　　　　　　　　　　　　　　（単位：％）"]
    hdr2 = _pad("特別会計の名称", 26) + "".join(_pad(D.WAREKI[y], 11, True) for y in D.RY) + _pad("経営健全化基準", 16, True)
    L += ["=" * _w(hdr2), hdr2, "-" * _w(hdr2)]
    for f in D.FUNDS:
        L.append(_pad(f["name"], 26) + "".join(_pad(_v(v), 11, True) for v in f["vals"]) + _pad(D.FUND_LIMIT, 16, True))
    L += ["=" * _w(hdr2), "", "（参考）標準財政規模　　　　　　　　　　　　（単位：百万円）"]
    hdr3 = _pad("", 20) + "".join(_pad(D.WAREKI[y], 11, True) for y in D.RY)
    L += [hdr3, _pad("標準財政規模", 20) + "".join(_pad(f"{v:,}", 11, True) for v in D.SCALE), ""]
    L.append("（注）")
    L += [f"　{k}　{n}" for k, n in zip("①②③④⑤", D.RATIO_NOTES)]
    L += ["", "杉乃宮町 総務課 財政係　令和7年9月", ""]
    (OUT / F_RATIO).write_text("\n".join(L), encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    staff_xlsx(); orgs_docx(); pc_pdf(); survey_html(); ratio_txt()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
