"""Write docs/ for made47: XLSX 評価一覧, Word 委員意見書, HTML 連携事業, text 事務事業評価シート."""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data as D  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from docx import Document  # noqa: E402

OUT = Path(__file__).resolve().parent / "docs"


def half_up(x):
    """四捨五入 to one decimal (Python's round() would give 2.2 for 2.25)."""
    from decimal import Decimal, ROUND_HALF_UP
    v = float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return int(v) if v == int(v) else v


def dash(v):
    return "－" if v is None else v


def workbook():
    wb = Workbook()
    ws = wb.active
    ws.title = "実践項目評価"
    ws.append([f"{D.PLAN}　評価一覧（令和5年度～令和8年度）"])
    ws.append([f"{D.CITY}総務部行政改革推進課　令和9年5月作成"])
    ws.append([])
    ws.append(["コード", "実践項目", "開始", "2023年度", "2024年度", "2025年度", "2026年度", "平均点", "完了年度", "所管課"])
    for no, (pillar, name, dept, selfg, _j) in D.INITIATIVES.items():
        ws.append([f"取組{no}", f"{name}（{pillar}）"])
        for code, (pname, g, start, end, ka) in D.PRACTICES.items():
            if not code.startswith(f"{no}-"):
                continue
            ws.append([code, pname, start] + [dash(x) for x in g]
                      + [half_up(D.average(code)), end, f"{D.DEPT_OF_KA[ka]} {ka}"])
    ws.append([])
    legend = "、".join(f"{k}：{v}" for k, v in D.GRADE_LEGEND.items())
    ws.append(["注1）年度欄は担当課による評価点（5段階、5が最高）。" + legend + "。"])
    ws.append(["注2）「－」は評価対象外（取組開始前又は完了後）。平均点は評価対象年度の単純平均（小数第2位四捨五入）。"])
    ws.append(["注3）完了年度は和暦で表示（R7＝令和7年度＝2025年度）。空欄は継続中。"])
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["J"].width = 22

    ws2 = wb.create_sheet("取組一覧")
    ws2.append(["取組一覧"])
    ws2.append(["取組No", "基本方針", "取組名", "所管部", "実践項目数", "担当部自己評価"])
    for no, (pillar, name, dept, selfg, _j) in D.INITIATIVES.items():
        n = sum(1 for c in D.PRACTICES if c.startswith(f"{no}-"))
        ws2.append([no, pillar, name, dept, n, selfg])
    ws2.append([])
    ws2.append(["注）自己評価はA（順調）・B（概ね順調）・C（遅れ）・D（大幅な遅れ）の4段階。委員会の判定は別冊「委員意見書」を参照。"])
    wb.save(OUT / "minatogawa_hyoka_ichiran.xlsx")


def word():
    doc = Document()
    doc.add_heading(f"{D.PLAN}の取組に対する委員意見書", 0)
    doc.add_paragraph("令和9年6月20日")
    doc.add_paragraph(D.COMMITTEE)
    doc.add_heading("1　判定の方法", 1)
    doc.add_paragraph("本委員会は、計画期間（令和5年度～令和8年度）における各取組の成果について、"
                      "別冊「評価一覧」に示された実践項目の評価点を参考に、次の4段階で判定した。")
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "判定", "基準"
    for j, txt in zip(D.JUDGEMENTS, ["目標を達成し、十分な成果があった", "目標を概ね達成した",
                                     "成果が目標を下回った", "成果がほとんど見られない"]):
        r = t.add_row().cells
        r[0].text, r[1].text = j, txt
    doc.add_heading("2　取組ごとの判定と委員の意見", 1)
    for no, (pillar, name, dept, selfg, judge) in D.INITIATIVES.items():
        doc.add_heading(f"取組{no}　{name}", 2)
        doc.add_paragraph(f"基本方針：{pillar}　／　所管部：{dept}")
        doc.add_paragraph(f"委員会の判定：{judge}")
        doc.add_paragraph("委員の意見")
        for op in D.OPINIONS[no]:
            doc.add_paragraph(op, style="List Bullet")
    doc.add_heading("3　委員名簿", 1)
    for n in ["委員長　高瀬 由紀子（湊川大学教授）", "副委員長　森本 健一（商工会議所）", "委員　有田 美穂（公募市民）"]:
        doc.add_paragraph(n)
    doc.save(OUT / "minatogawa_iin_ikensho.docx")


def html():
    rows = []
    for no, (name, desc, status, kanji, kas) in D.JOINT.items():
        cells = [str(no), name, desc, status, kanji] + [k if k else "―" for k in kas]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ["番号", "事業名", "事業の概要", "実施状況", "幹事町村"])
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>桜台町・松ヶ丘町・竹原村 広域連携事業の実施状況</title></head>
<body>
<h1>桜台町・松ヶ丘町・竹原村 広域連携事業の実施状況（令和7年度）</h1>
<p>令和7年10月1日現在　桜台地域広域連携協議会事務局（桜台町総務課）</p>
<p>「―」はその町村が当該事業に参加していないことを示します。</p>
<table border="1">
<thead>
<tr>{head}<th colspan="3">担当課</th></tr>
<tr><th></th><th></th><th></th><th></th><th></th><th>桜台町</th><th>松ヶ丘町</th><th>竹原村</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>実施状況：「実施中」は令和7年度に事業を実施しているもの、「令和8年度開始予定」は協定締結済みのもの、「検討中」は協議会で検討しているもの。</p>
</body></html>
"""
    (OUT / "sakuradai_renkei.html").write_text(page, encoding="utf-8")


def sheet():
    S = D.SHEET
    y = S["cost_years"]
    L = [f"■ 事務事業評価シート（令和7年度評価）　事業番号 {S['事業番号']}",
         f"事業名　　{S['事業名']}",
         f"所管　　　{S['部']}　{S['課']}",
         f"事業期間　{S['開始年度']}～{S['終了年度']}",
         f"対象年度　令和6年度（決算）",
         "",
         "【事業の概要】",
         "公共交通空白地域に住む高齢者等を対象に、事前予約制の乗合タクシーを運行し、通院や買物の移動手段を確保する。",
         "",
         "【コスト】（単位：千円）",
         "区分　　　" + "　".join(f"令和{r[1:]}年度" for r in y)]
    L.append("事業費　　" + "　".join(f"{v:,}" for v in S["事業費"]))
    L.append("うち一般財源　" + "　".join(f"{v:,}" for v in S["一般財源"]))
    L.append("")
    L.append("【指標】（計画／実績／達成率）")
    for name, (kind, unit, plan, act) in D.INDICATORS.items():
        L.append(f"{kind}：{name}（{unit}）")
        for i, r in enumerate(y):
            L.append(f"　令和{r[1:]}年度　計画 {plan[i]:,}　実績 {act[i]:,}　達成率 {D.rate(name, i)}%")
    L += ["", "【評価】",
          "有効性：利用者数は令和6年度に計画を上回った。登録者数も増加している。",
          "効率性：運行経費が増加しており、1人当たり経費の抑制が課題である。",
          f"今後の方向性：{S['方向性']}",
          "改善内容：予約受付をWeb化し、運行ダイヤを見直す。"]
    (OUT / "hyoka_sheet_R6-0427.txt").write_text("\n".join(L) + "\n", encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    workbook(); word(); html(); sheet()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
