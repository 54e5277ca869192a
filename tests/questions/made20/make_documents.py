"""Made editions for the made20 holdout, and the question set derived from the same data.

`/work/main/.venv/bin/python tests/questions/made20/make_documents.py` (from the project root) writes into docs/:
  千歳市_行政経営改革プラン_意見書_令和12年.html  plan report (R8–R11) as a web page: h2/h3, <table>, <ul>
  富山市・高岡市_連携事業の進捗状況_平成20年度.docx  joint projects of two cities as a Word table
  静岡県_市町村の行革事例集_令和8年.pdf           case studies (★ topics, 〈…の取組事例〉, 【取組】【効果】) as a PDF
  熊本市_市民協働ニュース_Vol9.docx               a 市民協働 newsletter as a Word document
and rewrites questions.jsonl next to this file. Every answer is computed here from the same data the
documents are written from (never from the engine).
"""
from __future__ import annotations

import datetime as dt
import html
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"
CITY = "千歳市"
YEARS = ["R8", "R9", "R10", "R11"]
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]


def r1(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def r2(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def overall(total: int) -> str:
    """総合評価 from the four 0–3 scores (the shipped report's rule: 10+ A, 7–9 B, lower C)."""
    return "A" if total >= 10 else "B" if total >= 7 else "C"


# ---------------------------------------------------------------- plan report (千歳市, R8–R11)
INITIATIVES = [
    # no, name, themes, 委員評価
    (1, "自主財源の確保に向けた取組", {"財政", "協働", "民活"}, 4.3),
    (2, "デジタル窓口の推進", {"サービス", "ICT"}, 3.9),
    (3, "公共施設の適正配置", {"財政", "施設"}, 3.4),
    (4, "業務の外部委託の推進", {"財政", "民活"}, 3.8),
    (5, "地域コミュニティの活性化", {"協働", "サービス"}, 4.5),
    (6, "職員の育成と働き方改革", {"人材", "ICT"}, 4.1),
]
# code, initiative, name, grades R8..R11 ("" = not yet started, "-" = ended), scores, 取組終了, 担当部署
PRACTICES = [
    ("1", 1, "ふるさと納税の返礼品の拡充", "AAAA", (3, 3, 3, 3), "R11", "(企)企画課、(財)財政課"),
    ("2", 1, "有料広告事業の拡大", "BAA-", (2, 3, 3, 2), "R10", "(財)財政課"),
    ("3", 1, "市有地の売却促進", "BBCB", (2, 2, 2, 2), "", "(財)管財課"),
    ("N1", 1, "企業版ふるさと納税の活用", "  AA", (3, 3, 2, 3), "R11", "(企)企画課"),
    ("4", 2, "電子申請の拡大", "ABBA", (3, 3, 2, 2), "R11", "(総)デジタル推進課"),
    ("5", 2, "窓口キャッシュレス決済の導入", "AA--", (3, 2, 3, 3), "R9", "(市)市民課"),
    ("6", 2, "書かない窓口の導入", "CBBB", (2, 2, 2, 1), "", "(市)市民課、(総)デジタル推進課"),
    ("7", 3, "公共施設個別施設計画の推進", "BBBB", (2, 3, 2, 2), "R11", "(財)管財課、各担当部署"),
    ("8", 3, "小学校の統合の検討", "BCC-", (1, 2, 2, 2), "R10", "(教)学校教育課"),
    ("9", 3, "市営屋外プールの廃止", "A---", (3, 2, 3, 2), "R8", "(教)スポーツ振興課"),
    ("10", 4, "学校給食センター調理業務の委託", "BAAA", (2, 3, 3, 3), "R11", "(教)学校給食課"),
    ("11", 4, "道路維持業務の包括委託", "CCBB", (2, 2, 1, 2), "", "(建)道路維持課"),
    ("N2", 4, "公用車管理業務の委託の検討", "  BC", (1, 2, 1, 2), "", "(総)総務課"),
    ("12", 5, "町内会への補助金の見直し", "BBA-", (2, 3, 2, 2), "R10", "(市)市民協働課"),
    ("13", 5, "協働提案制度の創設", "AAAA", (3, 3, 3, 2), "R11", "(市)市民協働課"),
    ("N3", 5, "地域おこし協力隊の受入れ", "  AB", (2, 3, 2, 3), "", "(企)地域振興課"),
    ("14", 6, "職員研修体系の見直し", "BBAA", (3, 2, 2, 3), "R11", "(総)人事課"),
    ("N4", 6, "テレワークの推進", "  BB", (2, 2, 3, 2), "R11", "(総)人事課、(総)デジタル推進課"),
]
COMMENTS = {
    1: ["ふるさと納税の返礼品に地元の乳製品や空港関連の体験型メニューを加え、寄附額を着実に伸ばした点を評価したい。",
        "企業版の寄附は新たな財源として定着しつつあり、活用事業の成果を市民に分かりやすく示してほしい。",
        "市有地の売却は目標に届いていない年度があり、売却の方針と優先順位を改めて整理する必要がある。"],
    2: ["電子申請の対象手続は大きく増えたが、利用率はまだ低い。マイナンバーカードを使った申請の周知に力を入れてほしい。",
        "書かない窓口は市民の負担軽減につながる取組であり、高齢者にも使いやすい運用を期待する。"],
    3: ["小学校の統合については保護者や地域の理解を得るための丁寧な説明が不可欠であり、検討の経過を公開してほしい。",
        "施設の長寿命化と廃止の判断を、将来の人口推計に基づいて計画的に進めていただきたい。",
        "屋外プールの廃止は維持管理費の削減として一定の効果があった。"],
    4: ["学校給食センターの調理業務の委託は、衛生管理の水準を保ちつつ効率化を実現しており評価できる。",
        "道路維持業務の包括委託は冬期の除雪を含めて受託者の確保が課題であり、地元事業者との協議を続けてほしい。"],
    5: ["町内会の担い手不足が深刻になる中で、補助金の見直しを活動実態に合わせて行ったことは評価できる。",
        "協働提案制度から複数の事業が生まれたことは大きな成果であり、制度の継続を望む。",
        "地域おこし協力隊の任期終了後の定住につながる支援を検討してほしい。"],
    6: ["テレワークの推進により多様な働き方が広がった。職員アンケートで効果を検証してほしい。",
        "研修体系の見直しで若手職員の受講機会が増えた点を評価したい。"],
}
SHEETS = {  # progress sheets for two practice items: per-year scores (進捗度, 連携度, 効率性, 創造性)
    "1": {"years": [(3, 3, 2, 3), (3, 3, 3, 3), (3, 2, 3, 3), (3, 3, 3, 3)],
          "content": ["返礼品の見直しと新規事業者の募集", "体験型返礼品の導入", "ポータルサイトの追加", "寄附者への活用報告の送付"],
          "issue": "返礼品事業者の確保と寄附額の年度間の変動", "end": "令和12年3月"},
    "6": {"years": [(1, 2, 1, 1), (2, 2, 2, 1), (2, 2, 2, 2), (2, 2, 2, 1)],
          "content": ["先進市の視察と導入方針の検討", "申請書作成支援システムの試行", "住民票等の窓口で本格運用", "対象手続の拡大の検討"],
          "issue": "システム改修の費用と対象手続の拡大", "end": ""},
}


def practice_rows() -> list[dict]:
    rows = []
    for code, ini, name, grades, scores, end, dept in PRACTICES:
        by_year = {y: (g if g.strip() else "") for y, g in zip(YEARS, grades)}
        total = sum(scores)
        rows.append({"code": code, "ini": ini, "name": name, "grades": by_year, "scores": scores,
                     "total": total, "overall": overall(total), "end": end, "dept": dept})
    return rows


def initiative_rows(practices: list[dict]) -> list[dict]:
    out = []
    for no, name, themes, rating in INITIATIVES:
        items = [p for p in practices if p["ini"] == no]
        avgs = [r1(sum(p["scores"][i] for p in items) / len(items)) for i in range(4)]
        total = r1(sum(avgs))
        out.append({"no": no, "name": name, "themes": themes, "rating": rating, "count": len(items),
                    "avgs": avgs, "total": total, "self": "A" if total >= 9.5 else "B"})
    return out


def sheet_check(practices: list[dict]) -> None:
    """The progress sheets agree with the list: each year's grade follows from that year's scores."""
    for code, sheet in SHEETS.items():
        p = next(p for p in practices if p["code"] == code)
        for y, scores in zip(YEARS, sheet["years"]):
            assert overall(sum(scores)) == p["grades"][y], (code, y)


def table(headers: list[list[str]], rows: list[list[str]]) -> str:
    parts = ['<table border="1">']
    for h in headers:
        parts.append("<tr>" + "".join(h) + "</tr>")
    for r in rows:
        parts.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def th(text: str, colspan: int = 1, rowspan: int = 1) -> str:
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f"<th{attrs}>{html.escape(text)}</th>"


def plan_html(practices: list[dict], inits: list[dict]) -> str:
    ini_name = {i["no"]: i["name"] for i in inits}
    theme_cells = lambda themes: ["○" if t in themes else "" for t in THEMES]
    summary_head = [[th("No.", rowspan=2), th("取組項目", rowspan=2), th("テーマ", colspan=7), th("実践項目数", rowspan=2),
                     th("平均値", colspan=4), th("合計", rowspan=2), th("担当部署自己評価 (総合評価)", rowspan=2),
                     th("委員会評価平均", rowspan=2)],
                    [th(t) for t in THEMES] + [th(t) for t in ("進捗度", "連携度", "効率性", "創造性")]]
    summary_rows = [[i["no"], i["name"], *theme_cells(i["themes"]), i["count"], *[f"{a:.1f}" for a in i["avgs"]],
                     f"{i['total']:.1f}", i["self"], f"{i['rating']:.1f}"] for i in inits]
    list_head = [[th("小No.", rowspan=2), th("大No.", rowspan=2), th("取組項目", rowspan=2), th("実践項目", rowspan=2),
                  th("総合評価(自己評価)", colspan=4), th("総括自己評価", colspan=6), th("取組終了", rowspan=2),
                  th("担当部署(実践項目)", rowspan=2)],
                 [th(y) for y in YEARS] + [th(t) for t in ("進捗度", "連携度", "効率性", "創造性", "合計", "総合評価")]]
    list_rows = [[p["code"], f"No.{p['ini']}", ini_name[p["ini"]], p["name"], *[p["grades"][y] for y in YEARS],
                  *p["scores"], p["total"], p["overall"], p["end"], p["dept"]] for p in practices]
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           f"<title>{CITY}行政経営改革プラン 取組の有効性に関する意見書</title></head><body>",
           f"<h1>{CITY}行政経営改革プラン<br>取組の有効性に関する意見書</h1>",
           "<p>令和12年7月28日</p>", f"<p>{CITY}行政経営改革推進委員会</p>",
           "<h2>1 はじめに</h2>",
           f"<p>令和8年度からスタートした『{CITY}行政経営改革プラン』（計画期間：令和8年度～令和11年度）の計画期間の終了に伴い、"
           "本委員会では4年間の取組の有効性について評価を行い、意見書として取りまとめました。</p>",
           "<h2>2 評価方法について</h2>",
           "<p>毎年度、担当部署が実践項目ごとに【進捗度・連携度・効率性・創造性】の4項目を0～3の4段階で自己評価し、"
           "合計点により総合評価（A～C）を行った。委員会は取組項目ごとに5段階で評価し、意見を述べた。</p>",
           "<h3>行政経営改革プラン取組状況一覧【取組項目別】</h3>", table(summary_head, summary_rows),
           "<h3>行政経営改革プラン取組状況一覧【実践項目別】</h3>", table(list_head, list_rows),
           "<h2>I 取組項目別の評価について</h2>"]
    for i in inits:
        items = [p for p in practices if p["ini"] == i["no"]]
        out.append(f"<h3>{i['no']} {html.escape(i['name'])}</h3>")
        out.append("<p>(参考)</p>")
        out.append(table([[th(t) for t in THEMES] + [th(t) for t in ("進捗度", "連携度", "効率性", "創造性", "合計", "総合評価")]],
                         [[*theme_cells(i["themes"]), *[f"{a:.1f}" for a in i["avgs"]], f"{i['total']:.1f}", i["self"]]]))
        out.append(table([[th(t) for t in ("No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価",
                                           "取組終了", "担当部署")]],
                         [[p["code"], p["name"], *p["scores"], p["total"], p["overall"], p["end"], p["dept"]] for p in items]))
        out.append("<h4>委員の意見等</h4>")
        out.append(f"<p>委員評価 {i['rating']:.1f} /5</p>")
        out.append("<ul>" + "".join(f"<li>{html.escape(c)}</li>" for c in COMMENTS[i["no"]]) + "</ul>")
    avg = r1(sum(i["rating"] for i in inits) / len(inits))
    out += ["<h2>II 取組の有効性について</h2>",
            "<h3>1 取組項目別・評価集計</h3>", table(summary_head, summary_rows),
            f"<p>委員会評価の平均は{avg:.1f}であり、全体としておおむね評価できる結果となった。</p>",
            "<h2>III 総評</h2>",
            "<p>4年間で18の実践項目に取り組み、多くの項目で計画どおりの成果を上げた。一方、公共施設の適正配置については"
            "地域との合意形成に時間を要しており、次期計画においても継続した取組を求める。</p>",
            f"<h2>資料編 令和11年度進捗状況シート</h2>"]
    for code, sheet in SHEETS.items():
        p = next(p for p in practices if p["code"] == code)
        out.append(f"<h3>No.{p['ini']} {html.escape(ini_name[p['ini']])}</h3>")
        out.append(table([], [["実践項目", p["name"]], ["担当部署", p["dept"]]]))
        out.append(table([[th("年度"), th("取組内容")]], [[y, c] for y, c in zip(YEARS, sheet["content"])]))
        if sheet["end"]:
            out.append(f"<p>取組終了の場合記入 → {sheet['end']}取組終了</p>")
        rows = []
        for k, label in enumerate(("進捗度", "連携度", "効率性", "創造性")):
            rows.append([label, *[s[k] for s in sheet["years"]], p["scores"][k]])
        rows.append(["総合評価", *[p["grades"][y] for y in YEARS], p["overall"]])
        out.append("<p>取組に対する自己評価</p>")
        out.append(table([[th("項目"), *[th(y) for y in YEARS], th("総括")]], rows))
        out.append(table([[th("取組上の課題"), th("内容")]], [["R11", sheet["issue"]]]))
    out.append("</body></html>")
    return "\n".join(out)


def save_docx(doc, path: Path) -> None:
    """Save with fixed dates inside and in the zip, so that rerunning the script writes the same bytes."""
    import io
    import zipfile

    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 12, 1)
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(zipfile.ZipInfo(item.filename, date_time=(2026, 12, 1, 0, 0, 0)), src.read(item.filename),
                         compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- joint projects (富山市・高岡市, H20)
JOINT = [
    # 番号, 事業項目, 事業内容, 既に実施, 今年度(H20)に実施予定, 部会, 富山市の担当, 高岡市の担当
    ("1", "滞納市税の合同公売", "両市の差押物件をインターネットで合同公売するもの。", "H19.11.20 実施 動産12点", "不動産を含めて実施を検討", "納税部会 (富山市)", "納税課", "収納課"),
    ("2", "税務職員合同研修会", "両市の税務職員の相互研修によりスキルアップを図る。", "H19.07.10 合同研修 計30名", "新任職員研修に相互参加", "納税部会 (富山市)", "市民税課", "税務課"),
    ("3", "図書館の相互利用", "両市の市民が双方の市立図書館で貸出を受けられるようにする。", "", "H20.10 から実施予定", "教育部会 (高岡市)", "図書館", "中央図書館"),
    ("4", "スポーツ施設の相互利用", "市民料金で相手市の体育施設を利用できるようにする。", "H19.04.01 実施", "対象施設の拡大を協議", "教育部会 (高岡市)", "スポーツ課", "スポーツ課"),
    ("5", "観光パンフレットの共同作成", "両市の観光地を紹介する共通パンフレットを作成する。", "H19.12 作成 20,000部", "外国語版を作成予定", "観光部会 (富山市)", "観光政策課", "観光交流課"),
    ("6", "広域観光ルートの設定", "両市の観光資源を結ぶ周遊ルートを設定しPRする。", "", "H20.07 までにルート案を作成", "観光部会 (富山市)", "観光政策課", "観光交流課"),
    ("7", "防災訓練の合同実施", "大規模災害に備え両市合同で総合防災訓練を行う。", "H19.09.02 実施 参加者約800名", "H20.09 に実施予定", "防災部会 (高岡市)", "防災対策課", "危機管理課"),
    ("8", "災害時の物資の相互融通", "災害時に備蓄物資を相互に融通する協定を結ぶ。", "H19.05.15 協定締結", "備蓄品目の共通化を協議", "防災部会 (高岡市)", "防災対策課", "危機管理課"),
]


def joint_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("富山市・高岡市 連携事業の進捗状況 (平成20年度)", level=1)
    doc.add_paragraph("平成20年5月 富山市・高岡市連携推進会議")
    doc.add_paragraph("両市の連携事業について、部会ごとに進捗状況を取りまとめた。")
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h1 = ["番号", "事業項目", "事業内容", "進捗状況", "", "部会名称 (部会長)", "担当部署", ""]
    h2 = ["", "", "", "既に実施", "今年度(H20)に実施予定", "", "富山市", "高岡市"]
    for r, hdr in enumerate((h1, h2)):
        for c, v in enumerate(hdr):
            t.cell(r, c).text = v
    t.cell(0, 3).merge(t.cell(0, 4)).text = "進捗状況"
    t.cell(0, 6).merge(t.cell(0, 7)).text = "担当部署"
    for row in JOINT:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.add_paragraph("※ 部会名称の括弧内は部会長の市。")
    save_docx(doc, path)


# ---------------------------------------------------------------- case studies (静岡県, PDF)
CASES = [
    ("★窓口業務の民間委託", [
        ("浜松市", "区役所窓口業務の包括委託",
         "平成30年度から区役所の住民票・戸籍の証明書発行など窓口業務を民間事業者に包括的に委託した。",
         "窓口の待ち時間が平均25分から12分に短縮。職員12人分の人件費相当額を削減。"),
        ("磐田市", "国民健康保険窓口の委託",
         "令和2年度から国民健康保険の資格届出の受付業務を委託した。",
         "年間約1,800万円の経費を削減。")]),
    ("★公共施設の集約化", [
        ("掛川市", "支所と公民館の複合化",
         "老朽化した支所と公民館を一つの建物に集約し、地域交流スペースを設けた。",
         "延床面積を約30%削減。年間維持管理費を約2,400万円削減。")]),
    ("★AI・RPAの活用", [
        ("藤枝市", "RPAによる給与事務の自動化",
         "給与・手当の入力業務にRPAを導入し、AI-OCRで申請書を読み取った。",
         "年間約3,200時間の作業時間を削減。"),
        ("三島市", "AIチャットボットによる問合せ対応",
         "ごみの分別や手続の問合せにAIチャットボットで24時間対応した。",
         "電話の問合せ件数が約20%減少。")]),
    ("★広域連携による事務の共同処理", [
        ("焼津市・牧之原市", "消防指令業務の共同運用",
         "2市で消防指令センターを共同で整備・運用した。",
         "整備費を約4億円削減。指令員の配置を効率化。")]),
]


def cases_pdf(path: Path) -> None:
    from fpdf import FPDF

    font = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)

    def para(height: int, text: str) -> None:
        pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("jp", size=14)
    pdf.add_page()
    para(9, "静岡県 市町村の行革事例集\n(令和8年3月 静岡県経営管理部市町行財政課)")
    pdf.set_font("jp", size=10)
    para(7, "県内市町における行政改革の取組のうち、他の市町の参考となる事例を取りまとめた。\n目次\n"
                   + "\n".join(t for t, _ in CASES))
    for topic, cases in CASES:
        pdf.add_page()
        pdf.set_font("jp", size=13)
        para(9, topic)
        pdf.set_font("jp", size=10)
        for place, title, action, effect in cases:
            para(7, f"〈{place}の取組事例:{title}〉")
            para(7, "【取組】\n" + action)
            para(7, "【効果】\n" + effect)
            pdf.ln(3)
        if topic == "★窓口業務の民間委託":
            para(7, "浜松市 委託前後の比較")
            with pdf.table(col_widths=(50, 40, 40), width=130, align="LEFT", text_align="LEFT", first_row_as_headings=False) as t:
                for row in (("項目", "委託前", "委託後"), ("平均待ち時間", "25分", "12分"), ("窓口職員数", "30人", "18人")):
                    cells = t.row()
                    for v in row:
                        cells.cell(v)
    pdf.output(str(path))


# ---------------------------------------------------------------- newsletter (熊本市, DOCX)
QA = [
    ("協働提案事業の対象となる団体は？", "市内で活動するNPO法人、市民活動団体、町内会・自治会などで、5人以上で構成される団体が対象です。"),
    ("提案書の様式はどこで入手できますか？", "市ホームページからダウンロードできるほか、市民活動支援センターでも配布しています。"),
    ("事業の実施期間はどのくらいですか？", "最長で3年間です。毎年度、事業評価を行い継続の可否を判断します。"),
    ("負担金の上限額は？", "1事業あたり年間80万円が上限です。"),
]


def news_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("熊本市 市民協働ニュース Vol.9", level=1)
    doc.add_paragraph("発行：熊本市 市民局 地域活動推進課　令和8年3月")
    doc.add_heading("≫職員協働研修（ファシリテーション研修）を実施しました。", level=2)
    doc.add_paragraph("協働推進員を対象に、市民との対話の場を進行するためのファシリテーション研修を実施しました。"
                      "講師には、NPO法人くまもと協働サポートの田中 美咲氏をお招きしました。")
    doc.add_paragraph("実施日時 ： 令和8年2月6日（金）14:00～16:30")
    doc.add_paragraph("参加者 ： 27名　　満足度（平均） ： 88点")
    doc.add_paragraph("研修でいただいた質問と回答をご紹介します。")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "いただいた質問", "回答"
    for q, a in QA:
        c = t.add_row().cells
        c[0].text, c[1].text = q, a
    doc.add_heading("≫『令和8年度 熊本市協働提案事業』を募集します", level=2)
    doc.add_paragraph("市民団体と市が協働して地域課題の解決に取り組む事業の提案を募集します。")
    doc.add_paragraph("募集期間 ： 2026年4月1日（水）～令和8年5月29日（金）")
    doc.add_paragraph("募集説明会 ： 2026年4月18日（土）10:00～11:30　市民活動支援センター・あいぽーと")
    doc.add_paragraph("審査会（公開プレゼンテーション） ： 令和8年7月11日（土）")
    doc.add_heading("≫令和7年度「協働提案事業」のご紹介", level=2)
    doc.add_paragraph("事業名 ： 子ども食堂ネットワーク構築事業")
    doc.add_paragraph("実施団体 ： NPO法人くまもと子ども未来ネット")
    doc.add_paragraph("担当部署 ： 子ども政策課")
    doc.add_paragraph("市内42か所の子ども食堂をつなぐネットワークを立ち上げ、食材の融通やボランティアの紹介を行いました。")
    save_docx(doc, path)


# ---------------------------------------------------------------- questions
def questions(practices: list[dict], inits: list[dict]) -> list[dict]:
    P = practices
    codes = lambda ps: [p["code"] for p in ps]
    rank = {"A": 3, "B": 2, "C": 1}
    qs: list[tuple] = []

    def add(turns, target, expect, answer, derivation):
        qs.append((turns if isinstance(turns, list) else [turns], target, expect, answer, derivation))

    c = CITY
    # practice items: end year
    for y, ask in (("R10", f"{c}の実践項目でR10に終了したもの"), ("R9", f"{c}で令和9年度に終了した実践項目は？"),
                   ("R8", f"{c}の実践項目で令和8年度に終了したもの")):
        add(ask, "practice", "set", codes(p for p in P if p["end"] == y), f"実践項目一覧の取組終了が{y}")
    add(f"{c}の実践項目でR10までに終了したもの", "practice", "set",
        codes(p for p in P if p["end"] in ("R8", "R9", "R10")), "取組終了がR8・R9・R10")
    add(f"{c}の実践項目でまだ終了していないもの", "practice", "set", codes(p for p in P if not p["end"]), "取組終了が空欄（継続）")
    # grades
    add(f"{c}の実践項目でR9の評価がA", "practice", "set", codes(p for p in P if p["grades"]["R9"] == "A"), "R9の列がA")
    add(f"{c}の実践項目でR10とR11がどちらもA", "practice", "set",
        codes(p for p in P if p["grades"]["R10"] == "A" and p["grades"]["R11"] == "A"), "R10とR11の列がともにA")
    add(f"{c}の実践項目で一度もCがないもの", "practice", "set",
        codes(p for p in P if "C" not in p["grades"].values()), "R8〜R11の評価にCが一つもない（空欄・-は評価なし）")
    add(f"{c}でR9からR10に評価が上がった実践項目", "practice", "set",
        codes(p for p in P if p["grades"]["R9"] in rank and p["grades"]["R10"] in rank
              and rank[p["grades"]["R10"]] > rank[p["grades"]["R9"]]), "R9とR10がともに評価ありで、R10の方が良い")
    add(f"{c}の実践項目で総合評価がC", "practice", "set", codes(p for p in P if p["overall"] == "C"), "総括の総合評価がC（合計6点）")
    add(f"{c}で総合評価がAの実践項目はいくつ？", "practice", "count", sum(p["overall"] == "A" for p in P), "総合評価Aの件数")
    add(f"{c}の実践項目はいくつ？", "practice", "count", len(P), "実践項目一覧の行数")
    add(f"{c}の市民課の実践項目", "practice", "set", codes(p for p in P if "(市)市民課" in p["dept"]),
        "担当部署に(市)市民課（市民協働課は別）")
    add(f"{c}でデジタル推進課が担当する実践項目", "practice", "set", codes(p for p in P if "デジタル推進課" in p["dept"]),
        "担当部署にデジタル推進課を含む")
    top = max(p["total"] for p in P)
    add(f"{c}の実践項目で合計が最も高いもの", "practice", "ordered", codes(p for p in P if p["total"] == top),
        f"総括の合計の最大 {top}点（1件だけ）")
    assert sum(p["total"] == top for p in P) == 1
    add(f"{c}の実践項目の合計の平均は？", "practice", "value", r2(sum(p["total"] for p in P) / len(P)),
        f"18件の合計の平均 {sum(p['total'] for p in P)}/{len(P)}")
    add(f"{c}の実践項目で創造性が3のもの", "practice", "set", codes(p for p in P if p["scores"][3] == 3), "総括の創造性が3")
    add(f"{c}の実践項目でR8に評価がないもの", "practice", "set", codes(p for p in P if p["grades"]["R8"] not in rank),
        "R8の列が空欄（R10からの新規項目N1〜N4）")
    add(f"{c}の実践項目でR11の評価がD", "practice", "count", 0, "R11の列にDはない")
    add(f"{c}の実践項目でR5に終了したもの", "practice", "count", 0, "計画期間はR8〜R11で、取組終了にR5はない")
    # multi-turn (practice)
    add([f"{c}でまだ終了していない実践項目", "そのうち総合評価がBのもの"], "practice", "set",
        codes(p for p in P if not p["end"] and p["overall"] == "B"), "取組終了が空欄 かつ 総合評価B")
    add([f"{c}の取組項目4の実践項目", "そのうちR10の評価がBのもの"], "practice", "set",
        codes(p for p in P if p["ini"] == 4 and p["grades"]["R10"] == "B"), "大No.4 かつ R10がB")
    add([f"{c}の取組項目3の実践項目", "そのうち終了していないもの"], "practice", "count",
        sum(p["ini"] == 3 and not p["end"] for p in P), "大No.3 かつ 取組終了が空欄（3件ともR8〜R11に終了済みで0件）")
    add([f"{c}の実践項目で総合評価がA", "そのうち市民協働課のもの"], "practice", "set",
        codes(p for p in P if p["overall"] == "A" and "市民協働課" in p["dept"]), "総合評価A かつ 担当部署に市民協働課")
    add([f"{c}でR11に終了した実践項目", "その中で合計が11点以上のもの"], "practice", "set",
        codes(p for p in P if p["end"] == "R11" and p["total"] >= 11), "取組終了R11 かつ 合計11以上")
    add([f"{c}の実践項目で総合評価がB", "何件？"], "practice", "count", sum(p["overall"] == "B" for p in P), "総合評価Bの件数")
    # initiatives
    I = inits
    add(f"{c}の取組項目で委員会評価平均が4.0以上", "initiative", "set", [str(i["no"]) for i in I if i["rating"] >= 4.0],
        "取組項目別一覧の委員会評価平均≥4.0")
    add(f"{c}の取組項目3の委員評価は？", "initiative", "value", I[2]["rating"], "I の取組項目3の「委員評価 3.4 /5」")
    low = min(i["rating"] for i in I)
    add(f"{c}で委員評価が最も低い取組項目", "initiative", "ordered", [str(i["no"]) for i in I if i["rating"] == low], "委員評価の最小")
    add(f"{c}の取組項目でテーマに協働を含むもの", "initiative", "set", [str(i["no"]) for i in I if "協働" in i["themes"]],
        "テーマの協働の列に○")
    add(f"{c}の取組項目の委員評価の平均", "initiative", "value", r2(sum(i["rating"] for i in I) / len(I)), "6件の委員評価の平均 24.0/6")
    add(f"{c}の取組項目で担当部署の自己評価がBのもの", "initiative", "set", [str(i["no"]) for i in I if i["self"] == "B"],
        "担当部署自己評価(総合評価)がB（平均の合計が9.5未満）")
    add(f"{c}の取組項目はいくつ？", "initiative", "count", len(I), "取組項目別一覧の行数")
    add([f"{c}の取組項目5", "その委員評価は？"], "initiative", "value", I[4]["rating"], "取組項目5の委員評価")
    add([f"{c}の取組項目で委員評価が4.0未満のもの", "そのうちテーマに財政を含むもの"], "initiative", "set",
        [str(i["no"]) for i in I if i["rating"] < 4.0 and "財政" in i["themes"]], "委員評価<4.0 かつ テーマ財政")
    # comments
    for word in ("マイナンバーカード", "町内会", "テレワーク", "給食"):
        add(f"{c}で{word}に触れた委員の意見", "comment", "set",
            [str(n) for n, cs in COMMENTS.items() if any(word in x for x in cs)], f"委員の意見で「{word}」を含む")
    add([f"{c}の取組項目3", "その委員の意見"], "comment", "set", ["3"], "取組項目3の意見")
    # progress sheet
    add(f"{c}のふるさと納税の返礼品の拡充の進捗状況シートで取組終了は何年何月？", "passage", "contains", [SHEETS["1"]["end"]],
        "進捗状況シート（実践項目1）の「令和12年3月取組終了」（一覧の取組終了R11と一致）")
    # joint projects
    add("富山市・高岡市の連携事業で防災部会のもの", "joint_project", "set", [r[0] for r in JOINT if r[5].startswith("防災部会")],
        "部会名称が防災部会")
    add("富山市と高岡市の連携事業はいくつ？", "joint_project", "count", len(JOINT), "連携事業一覧の行数")
    add("富山市・高岡市の連携事業で観光交流課が担当するもの", "joint_project", "set", [r[0] for r in JOINT if "観光交流課" in r[7]],
        "高岡市の担当部署が観光交流課")
    add("富山市・高岡市の連携事業の部会はいくつ？", "joint_project", "count", len({r[5] for r in JOINT}), "部会名称の種類")
    add(["富山市・高岡市の滞納市税の合同公売", "高岡市の担当部署は？"], "passage", "contains", ["収納課"], "番号1の高岡市の担当部署")
    # case studies
    add("静岡県の事例集でAI・RPAの活用の事例", "case_study", "set", ["藤枝市", "三島市"], "★AI・RPAの活用の〈…の取組事例〉")
    add("掛川市の取組事例の効果は？", "passage", "contains", ["2,400万円"], "掛川市の【効果】")
    add("浜松市の窓口業務の委託で待ち時間はどれだけ短縮した？", "passage", "contains", ["12分"], "浜松市の【効果】と比較表")
    add("消防指令業務の共同運用の取組事例はどこ？", "case_study", "set", ["焼津市", "牧之原市"], "★広域連携の事例")
    # newsletter
    add("熊本市のファシリテーション研修の参加者は何人？", "passage", "contains", ["27名"], "研修報告の参加者")
    add("熊本市のファシリテーション研修はいつ実施された？", "passage", "contains", ["2月6日"], "実施日時 令和8年2月6日")
    add("熊本市の協働提案事業の募集締切はいつ？", "passage", "contains", ["5月29日"], "募集期間 〜令和8年5月29日")
    add("熊本市の協働提案事業の負担金の上限額は？", "passage", "contains", ["80万円"], "Q&Aの4問目の回答")
    add(["熊本市の令和7年度協働提案事業のご紹介", "その実施団体は？"], "passage", "contains", ["くまもと子ども未来ネット"],
        "協働提案事業の紹介の実施団体")
    add("熊本市のファシリテーション研修は何年度に実施された？", "passage", "contains", ["令和7年度"],
        "令和8年2月6日は年度の規則（4月〜翌3月）で令和7年度")
    # names with no document here
    add("苫小牧市の実践項目でR10に終了したもの", "practice", "count", 0, "苫小牧市の計画はR2〜R6。R10の終了はない（千歳市の記録で答えてはいけない）")
    add("小樽市の実践項目でまだ終了していないもの", "practice", "count", 0, "小樽市の名が出てくる資料はない（同梱資料にもない）")
    # shipped documents, not these editions
    add("苫小牧市の取組項目で審議会評価平均が4.5以上", "initiative", "set", ["17", "20"], "同梱の取組項目別一覧の最後の列≥4.5")
    add("苫小牧市の実践項目でR3に終了したもの", "practice", "set", ["12", "19", "21", "42"], "同梱の実践項目別一覧の取組終了R3")
    add("岡山市の市民協働推進会議の研修の参加者は？", "passage", "contains", ["19名"], "同梱ニュースレターVol.7")
    add("岡山市・倉敷市の連携事業はいくつ？", "joint_project", "count", 26, "同梱の連携事業一覧 26件")
    add("苫小牧市の取組項目16の委員評価は？", "initiative", "value", 4.4, "同梱の取組項目別一覧No.16")
    out = []
    for n, (turns, target, expect, answer, derivation) in enumerate(qs, 1):
        out.append({"id": f"m18-{n:03d}".replace("m18", "m20"), "turns": turns, "target": target, "expect": expect,
                    "answer": answer, "derivation": derivation, "why": f"作成者の資料データから算出: {derivation}"})
    return out


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    practices = practice_rows()
    inits = initiative_rows(practices)
    sheet_check(practices)
    (DOCS / f"{CITY}_行政経営改革プラン_意見書_令和12年.html").write_text(plan_html(practices, inits), encoding="utf-8")
    joint_docx(DOCS / "富山市・高岡市_連携事業の進捗状況_平成20年度.docx")
    cases_pdf(DOCS / "静岡県_市町村の行革事例集_令和8年.pdf")
    news_docx(DOCS / "熊本市_市民協働ニュース_Vol9.docx")
    qs = questions(practices, inits)
    (HERE / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)
    print(len(qs), "questions")


if __name__ == "__main__":
    main()
