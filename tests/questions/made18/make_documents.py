"""Made editions for the made18 holdout, and the question set derived from the same data.

`python tests/questions/made18/make_documents.py` (from the project root) writes into docs/:
  網走市_行財政改革推進プラン_意見書_令和3年.xlsx  plan report (H29–R2, 平成→令和) as an Excel workbook
  豊中市_市民活動通信_Vol12.pdf                   a 市民活動 newsletter as a PDF (IPAexGothic)
  瀬戸市_事務事業評価シート_令和5年度.docx        an evaluation sheet as Word
and questions.jsonl next to this file. Every answer is computed here from the data below, never
from the engine; `derivation` says how.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"
CORPUS = HERE.parents[2].parent / "shared" / "corpus"
CITY = "網走市"
YEARS = ["H29", "H30", "R1", "R2"]
YEAR_ORDER = {y: i for i, y in enumerate(YEARS + ["R3", "R4"])}
GRADE_RANK = {"A": 4, "B": 3, "C": 2, "D": 1}

# No., title, themes, committee score (審議会評価平均 = 委員評価), comments
INITIATIVES = [
    (1, "自主財源の確保", ["財政", "協働"], 4.2, [
        "ふるさと納税の返礼品に地場産品を加えた工夫は寄附額の増加につながり、大いに評価できる。",
        "使用料・手数料の見直しは受益者負担の考え方を市民に丁寧に説明しながら進めてほしい。",
        "企業版ふるさと納税は新たな財源として今後も企業への働きかけを続けてほしい。"]),
    (2, "窓口サービスの向上", ["サービス", "ICT"], 3.9, [
        "証明書のコンビニ交付の拡大により、閉庁日でも証明書が取得できるようになった点を評価したい。",
        "ワンストップ窓口は高齢者にも分かりやすい案内を心がけてほしい。",
        "混雑状況の発信はまだ利用が少なく、周知に工夫が必要である。"]),
    (3, "公共施設の適正配置", ["財政", "施設"], 3.4, [
        "小中学校の適正配置は地域の理解が欠かせず、拙速にならないよう丁寧な協議を望む。",
        "公営住宅の集約化は計画どおり進み、維持管理費の削減につながった。",
        "総合管理計画の数値目標を市民に示し、進捗を見える形にしてほしい。"]),
    (4, "デジタル化による業務改革", ["ICT", "人材"], 4.5, [
        "RPAの導入で定型業務の時間が大きく減ったことは高く評価できる。",
        "電子申請の対象手続が広がり、市民の利便性が向上した。",
        "テレワークは感染症対策を契機に整備が進んだが、職員の働き方の改善にもつなげてほしい。"]),
    (5, "市民協働の推進", ["協働", "サービス"], 3.8, [
        "町内会の担い手不足は深刻であり、活動の支援をさらに充実させてほしい。",
        "協働事業提案制度により市民活動団体からの提案が生まれた点を評価する。"]),
]

# code, initiative, title, grades H29..R2 ('' = not started, '-' = ended), scores 進捗度/連携度/効率性/創造性, 取組終了, 担当部署
PRACTICES = [
    ("1", 1, "市有財産の売却と貸付の推進", ["A", "A", "A", "-"], (3, 2, 3, 2), "R1", "(財)管財課"),
    ("2", 1, "ふるさと納税の返礼品の充実", ["B", "A", "A", "A"], (3, 3, 3, 3), "R2", "(企)企画政策課"),
    ("3", 1, "使用料・手数料の見直し", ["C", "B", "B", "B"], (2, 2, 2, 1), "", "(財)財政課"),
    ("N1", 1, "企業版ふるさと納税の活用", ["", "", "B", "A"], (2, 3, 2, 3), "R2", "(企)企画政策課"),
    ("4", 2, "窓口のワンストップ化", ["B", "B", "A", "A"], (3, 3, 2, 2), "R2", "(市)市民課"),
    ("5", 2, "証明書のコンビニ交付の拡大", ["A", "A", "-", "-"], (3, 2, 3, 2), "H30", "(市)市民課、(総)情報政策課"),
    ("6", 2, "窓口の混雑状況の発信", ["C", "C", "B", "B"], (2, 1, 2, 2), "", "(市)市民課"),
    ("7", 3, "公共施設等総合管理計画の推進", ["B", "B", "B", "B"], (2, 3, 2, 2), "", "(総)資産経営課"),
    ("8", 3, "小中学校の適正配置", ["C", "C", "C", "B"], (1, 2, 1, 1), "", "(教)学校教育課"),
    ("9", 3, "公営住宅の集約化", ["B", "A", "A", "-"], (3, 2, 2, 2), "R1", "(都)建築住宅課"),
    ("10", 4, "電子申請の拡大", ["B", "B", "A", "A"], (3, 2, 3, 3), "R2", "(総)情報政策課"),
    ("11", 4, "RPAによる定型業務の自動化", ["", "B", "B", "A"], (2, 2, 3, 3), "R2", "(総)情報政策課、(総)行政経営課"),
    ("N2", 4, "テレワーク環境の整備", ["", "", "C", "B"], (2, 1, 2, 2), "", "(総)職員課"),
    ("12", 5, "町内会活動の支援", ["B", "B", "B", "C"], (2, 3, 1, 2), "", "(市)市民協働課"),
    ("N3", 5, "市民活動団体との協働事業提案制度", ["", "", "A", "A"], (3, 3, 2, 3), "", "(市)市民協働課"),
]
THEMES = ["財政", "サービス", "協働", "施設", "ICT", "人材"]


def overall(total: int) -> str:
    # The grading rule stated on the workbook's 概要 sheet.
    return "A" if total >= 10 else "B" if total >= 7 else "C" if total >= 4 else "D"


def half_up(x: float) -> float:
    from decimal import ROUND_HALF_UP, Decimal
    return float(Decimal(str(round(x, 6))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def practices() -> list[dict]:
    out = []
    for code, ini, title, grades, scores, ended, depts in PRACTICES:
        total = sum(scores)
        out.append(dict(code=code, ini=ini, title=title, grades=dict(zip(YEARS, grades)), scores=scores,
                        total=total, overall=overall(total), ended=ended, depts=depts))
    return out


def initiatives() -> list[dict]:
    ps = practices()
    out = []
    for no, title, themes, score, comments in INITIATIVES:
        mine = [p for p in ps if p["ini"] == no]
        avgs = [half_up(sum(p["scores"][i] for p in mine) / len(mine)) for i in range(4)]
        total = half_up(sum(avgs))
        out.append(dict(no=no, title=title, themes=themes, score=score, comments=comments, n=len(mine),
                        avgs=avgs, total=total, self_overall="A" if total >= 9.5 else "B"))
    return out


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "概要"
    for row in [
        [f"{CITY}行財政改革推進プラン"], ["取組の有効性に関する意見書"], ["令和3年7月26日"], [f"{CITY}行財政改革推進審議会"], [],
        ["1 はじめに"],
        [f"平成29年度からスタートした『{CITY}行財政改革推進プラン』は、令和2年度で計画期間を終えました。"
         "本審議会では4年間の取組の有効性について評価を行い、意見書として取りまとめました。"],
        ["2 評価方法について"],
        ["担当部署が実践項目ごとに【進捗度・連携度・効率性・創造性】の4項目を0～3の4段階で評価し、"
         "合計が10点以上をA、7～9点をB、4～6点をC、3点以下をDとして総合評価を行った。"],
        ["取組項目の担当部署自己評価は、実践項目の4項目それぞれの平均値の合計が9.5以上をA、9.5未満をBとした。"],
        ["審議会は取組項目ごとに5段階（5 非常に評価できる、3 おおむね評価できる、1 課題あり）で委員評価を行い、その平均を審議会評価平均とした。"],
        ["3 取組の有効性の評価について"],
        ["I 取組項目別の評価について"],
        ["取組項目ごとの評価は「取組項目」シート、実践項目ごとの評価は「実践項目一覧」シート、委員の意見は「委員意見」シートのとおり。"],
        ["取組終了の欄が空欄の実践項目は、令和3年度以降も取組を継続する。"],
    ]:
        ws.append(row)
    ws["A1"].font = Font(bold=True, size=14)

    ws = wb.create_sheet("取組項目")
    ws.append(["No.", "取組項目", "テーマ", "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計",
               "担当部署自己評価(総合評価)", "委員評価(審議会評価平均)"])
    for i in initiatives():
        ws.append([i["no"], i["title"], "、".join(i["themes"]), i["n"], *i["avgs"], i["total"], i["self_overall"], i["score"]])

    ws = wb.create_sheet("実践項目一覧")
    ws.append(["小No.", "大No.", "取組項目", "実践項目", "総合評価(自己評価)", "", "", "", "総括自己評価", "", "", "", "", "",
               "取組終了", "担当部署(実践項目)"])
    ws.append(["", "", "", "", *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "", ""])
    titles = {i["no"]: i["title"] for i in initiatives()}
    for p in practices():
        ws.append([p["code"], f"No.{p['ini']}", titles[p["ini"]], p["title"], *[p["grades"][y] for y in YEARS],
                   *p["scores"], p["total"], p["overall"], p["ended"], p["depts"]])

    ws = wb.create_sheet("委員意見")
    ws.append(["取組No.", "取組項目", "委員評価", "番号", "意見"])
    for i in initiatives():
        for n, text in enumerate(i["comments"], 1):
            ws.append([i["no"], i["title"], f"{i['score']} /5", n, text])
    wb.save(path)


NEWS_CITY = "豊中市"
NEWS = [
    ("h", f"{NEWS_CITY} 市民活動通信 Vol.12（令和6年度 第2号）"),
    ("p", "発行：豊中市 都市経営部 市民協働課　令和6年11月29日"),
    ("h", "≫ 市民活動推進員研修を実施しました"),
    ("p", "豊中市では、各課に配置した「市民活動推進員」を対象に、NPOや自治会との協働の進め方を学ぶ研修を実施しました。"
          "講師には大阪府内で中間支援に取り組むNPO法人の職員を招き、協働事業の企画から評価までをワークショップ形式で学びました。"),
    ("p", "実施日時：2024年10月18日（金）14:00～16:30"),
    ("p", "会場：豊中市役所 第二庁舎 大会議室"),
    ("p", "参加者：24名　満足度（平均）：82点"),
    ("h", "研修でいただいた質問と回答"),
    ("qa", "いただいた質問：協働事業の提案は年に何回受け付けていますか？",
           "回答：協働モデル事業の募集は年1回ですが、各課への相談は随時受け付けています。"),
    ("qa", "いただいた質問：団体の活動報告書はいつまでに提出しますか？",
           "回答：事業終了後30日以内に、市民協働課へ活動報告書を提出してください。"),
    ("qa", "いただいた質問：自治会とNPOが共同で応募できますか？",
           "回答：できます。複数の団体による共同提案も歓迎しています。"),
    ("qa", "いただいた質問：補助金の上限額はいくらですか？",
           "回答：1事業あたり上限50万円です。"),
    ("h", "≫『令和7年度 豊中市市民活動協働モデル事業』を募集します"),
    ("p", "市民活動団体と市が協働して地域の課題を解決するモデル事業の提案を募集します。"),
    ("p", "募集期間：令和6年12月2日（月）～2025年1月31日（金）"),
    ("p", "募集説明会：2024年12月14日（土）10:00～11:30　すてっぷ豊中 セミナー室"),
    ("p", "公開審査会：令和7年2月22日（土）"),
    ("p", "事業実施期間：2025年4月1日～令和8年3月31日"),
    ("h", "≫ 令和6年度 市民活動協働モデル事業のご紹介"),
    ("p", "事業名：多世代でつくる防災マップ事業"),
    ("p", "実施団体：NPO法人とよなか防災ネット"),
    ("p", "担当部署：危機管理課"),
    ("p", "小学生から高齢者までが一緒にまちを歩き、危険箇所や避難経路を書き込んだ防災マップを3つの小学校区で作成しました。"
          "完成したマップは各校区の自治会を通じて全戸に配布しています。"),
    ("p", "問合せ：豊中市 市民協働課　電話 06-6858-0000"),
]


def write_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("ipaexg", "", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 11, 29, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    for item in NEWS:
        if item[0] == "h":
            pdf.set_font("ipaexg", size=13)
            pdf.multi_cell(0, 8, item[1], new_x="LMARGIN", new_y="NEXT")
        elif item[0] == "p":
            pdf.set_font("ipaexg", size=10)
            pdf.multi_cell(0, 6, item[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("ipaexg", size=10)
            pdf.multi_cell(0, 6, item[1], new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 6, item[2], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(str(path))


EVAL_CITY = "瀬戸市"
EVAL_FIELDS = [
    ("事務事業コード", "2030117"), ("事業名", "地域公共交通連携推進事業"), ("担当部名", "企画部"), ("担当課名", "交通政策課"),
    ("施策の柱", "3 暮らしやすいまちづくり"), ("開始年度", "平成26年度"), ("終了年度", "なし"),
    ("施策", "企3-1 地域公共交通の確保"), ("対象", "市民（特に交通手段を持たない高齢者）"),
    ("何をする事業か (概要)", "近隣の尾張旭市・長久手市と連携し、市境を越えて運行するデマンド交通の運行と利用促進を行う。"),
    ("何の為にやるのか (目的)", "交通空白地域の解消と高齢者の外出機会の確保を図る。"),
    ("課題", "利用者の固定化と、運転手の確保が難しくなっていること。"),
    ("対応", "予約方法にウェブ予約を加え、新たな利用者の掘り起こしを行う。"),
]
COSTS = [("総事業費(合計) 令和5年度決算", "4,860,000"), ("特定財源計", "1,200,000"),
         ("市の実質負担額(=総事業費−特定財源)", "3,660,000")]
# type, indicator, unit, [(year, plan, actual)]
INDICATORS = [
    ("活動指標", "デマンド交通の運行日数", "日", [("R4", 240, 236), ("R5", 240, 242)]),
    ("成果指標", "デマンド交通の利用者数", "人", [("R4", 9000, 8100), ("R5", 9500, 9880)]),
]
EVAL_TEXT = [("評価", "利用者数は令和5年度に計画値を上回り、事業は有効に機能している。"),
             ("今後の方針", "現状のまま継続し、令和7年度にウェブ予約を導入する。")]
YEAR_LABEL = {"R4": "令和4年度", "R5": "令和5年度"}


def rate(plan: int, actual: int) -> float:
    return round(actual / plan * 100, 1)


def write_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2024, 8, 1)
    d.add_heading(f"{EVAL_CITY} 事務事業評価シート（令和5年度決算）", level=1)
    d.add_heading("事務事業名、担当課等", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in EVAL_FIELDS:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("歳出・歳入", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in COSTS:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("指標", level=2)
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["区分", "指標名", "単位", "年度", "計画値", "実績値", "達成率(%)"]):
        c.text = h
    for typ, name, unit, rows in INDICATORS:
        for y, plan, actual in rows:
            r = t.add_row().cells
            for c, v in zip(r, [typ, name, unit, YEAR_LABEL[y], f"{plan:,}", f"{actual:,}", f"{rate(plan, actual):.1f}"]):
                c.text = v
    d.add_heading("評価と今後の方針", level=2)
    for k, v in EVAL_TEXT:
        d.add_paragraph(f"{k}：{v}")
    d.save(path)


# ---------------------------------------------------------------- questions
def shipped_tomakomai() -> tuple[list[list[str]], list[list[str]]]:
    """The first (main-part) practice list and the initiative summary of the shipped plan report."""
    lines = (CORPUS / "002_388add96d06013c9.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("行政創革プラン取組状況一覧【実践項目別】"))
    prac = []
    for l in lines[start + 1:]:
        cells = l.split("\t")
        if l.startswith("I 取組項目別の評価について"):
            break  # the list runs over a page break (a repeated header) up to section I
        if re.fullmatch(r"N?\d+", cells[0]):
            prac.append(cells)
    inis = [l.split("\t") for l in lines[:start] if re.match(r"\d+\t", l) and l.count("\t") > 10]
    return prac, inis


def questions() -> list[dict]:
    ps, inis = practices(), initiatives()
    by = {p["code"]: p for p in ps}
    qs: list[dict] = []

    def add(turns, target, expect, answer, derivation):
        qs.append({"id": f"m18-{len(qs) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
                   "target": target, "expect": expect, "answer": answer, "derivation": derivation})

    def codes(pred):
        return [p["code"] for p in ps if pred(p)]

    C = CITY
    add(f"{C}の実践項目でR2に終了したもの", "practice", "set", codes(lambda p: p["ended"] == "R2"), "実践項目一覧の取組終了がR2")
    add(f"{C}で令和元年度に終了した実践項目は？", "practice", "set", codes(lambda p: p["ended"] == "R1"), "取組終了がR1（令和元年度）")
    add(f"{C}の実践項目でR1までに終了したもの", "practice", "set",
        codes(lambda p: p["ended"] and YEAR_ORDER[p["ended"]] <= YEAR_ORDER["R1"]), "取組終了がH29・H30・R1")
    add(f"{C}の実践項目で平成30年度に終了したもの", "practice", "set", codes(lambda p: p["ended"] == "H30"), "取組終了がH30")
    add(f"{C}の実践項目でまだ終了していないもの", "practice", "set", codes(lambda p: not p["ended"]), "取組終了が空欄（継続）")
    add(f"{C}の実践項目でH30の評価がA", "practice", "set", codes(lambda p: p["grades"]["H30"] == "A"), "H30の列がA")
    add(f"{C}の実践項目でH29とH30がどちらもA", "practice", "set",
        codes(lambda p: p["grades"]["H29"] == "A" and p["grades"]["H30"] == "A"), "H29とH30の列がともにA")
    add(f"{C}の実践項目で一度もCがないもの", "practice", "set",
        codes(lambda p: "C" not in p["grades"].values()), "H29〜R2の評価にCが一つもない（未開始・終了後の空欄/-は評価なし）")
    add(f"{C}の実践項目で総合評価がC", "practice", "set", codes(lambda p: p["overall"] == "C"), "総合評価（総括）がC")
    add(f"{C}で総合評価がAの実践項目はいくつ？", "practice", "count", len(codes(lambda p: p["overall"] == "A")), "総合評価Aの件数")
    add(f"{C}の市民課の実践項目", "practice", "set", codes(lambda p: "(市)市民課" in p["depts"]), "担当部署に(市)市民課を含む（市民協働課は別）")
    add(f"{C}で情報政策課が担当する実践項目", "practice", "set", codes(lambda p: "情報政策課" in p["depts"]), "担当部署に情報政策課を含む")
    add(f"{C}の実践項目で合計が最も高いもの", "practice", "ordered",
        [max(ps, key=lambda p: p["total"])["code"]], "総括の合計の最大（12点は1件だけ）")
    avg = round(sum(p["total"] for p in ps) / len(ps), 2)
    add(f"{C}の実践項目の合計の平均は？", "practice", "value", avg, f"15件の合計の平均 {sum(p['total'] for p in ps)}/15")
    up = codes(lambda p: p["grades"]["R1"] in GRADE_RANK and p["grades"]["R2"] in GRADE_RANK
               and GRADE_RANK[p["grades"]["R2"]] > GRADE_RANK[p["grades"]["R1"]])
    add(f"{C}でR1からR2に評価が上がった実践項目", "practice", "set", up, "R1とR2がともに評価ありで、R2の方が良い")
    add(f"{C}の実践項目で進捗度が3のもの", "practice", "set", codes(lambda p: p["scores"][0] == 3), "総括の進捗度が3")
    add([f"{C}でまだ終了していない実践項目", "そのうち総合評価がBのもの"], "practice", "set",
        codes(lambda p: not p["ended"] and p["overall"] == "B"), "取組終了が空欄 かつ 総合評価B")
    add([f"{C}の取組項目4の実践項目", "そのうちR2の評価がAのもの"], "practice", "set",
        codes(lambda p: p["ini"] == 4 and p["grades"]["R2"] == "A"), "大No.4 かつ R2がA")
    add([f"{C}の取組項目1の実践項目", "そのうち終了していないもの"], "practice", "set",
        codes(lambda p: p["ini"] == 1 and not p["ended"]), "大No.1 かつ 取組終了が空欄")
    add([f"{C}の実践項目で総合評価がB", "そのうち市民課のもの"], "practice", "set",
        codes(lambda p: p["overall"] == "B" and "(市)市民課" in p["depts"]), "総合評価B かつ 担当部署に(市)市民課")
    add([f"{C}でR2の評価がAの実践項目", "その中で合計が11点以上のもの"], "practice", "set",
        codes(lambda p: p["grades"]["R2"] == "A" and p["total"] >= 11), "R2がA かつ 合計11以上")
    add(f"{C}の実践項目でR1に評価がないもの", "practice", "set",
        codes(lambda p: p["grades"]["R1"] not in GRADE_RANK), "R1の列が空欄または-")
    add(f"{C}の実践項目はいくつ？", "practice", "count", len(ps), "実践項目一覧の行数")
    add(f"{C}の実践項目でR4に終了したもの", "practice", "count", 0, "計画期間はH29〜R2で、取組終了にR4はない")
    add(f"{C}の実践項目でH29の評価がD", "practice", "count", 0, "H29の列にDはない")

    add(f"{C}の取組項目で審議会評価平均が4.0以上", "initiative", "set",
        [str(i["no"]) for i in inis if i["score"] >= 4.0], "取組項目シートの委員評価(審議会評価平均)≥4.0")
    add(f"{C}の取組項目4の委員評価は？", "initiative", "value", inis[3]["score"], "取組項目シートNo.4")
    add(f"{C}で委員評価が最も低い取組項目", "initiative", "ordered",
        [str(min(inis, key=lambda i: i["score"])["no"])], "委員評価の最小")
    add(f"{C}の取組項目でテーマに施設を含むもの", "initiative", "set",
        [str(i["no"]) for i in inis if "施設" in i["themes"]], "テーマ列に施設")
    add(f"{C}の取組項目の委員評価の平均", "initiative", "value", round(sum(i["score"] for i in inis) / len(inis), 2),
        "5件の委員評価の平均")
    add(f"{C}の取組項目で担当部署の自己評価がBのもの", "initiative", "set",
        [str(i["no"]) for i in inis if i["self_overall"] == "B"], "担当部署自己評価(総合評価)がB（概要シートの規則: 平均の合計が9.5未満）")
    add(f"{C}の取組項目はいくつ？", "initiative", "count", len(inis), "取組項目シートの行数")
    add([f"{C}の取組項目5", "その委員評価は？"], "initiative", "value", inis[4]["score"], "取組項目シートNo.5")

    def with_word(w):
        return [str(i["no"]) for i in inis if any(w in c for c in i["comments"])]
    add(f"{C}でふるさと納税に触れた委員の意見", "comment", "set", with_word("ふるさと納税"), "委員意見シートで「ふるさと納税」を含む")
    add(f"{C}の委員の意見でテレワークに触れたもの", "comment", "set", with_word("テレワーク"), "「テレワーク」を含む")
    add(f"{C}の委員の意見で町内会に触れたもの", "comment", "set", with_word("町内会"), "「町内会」を含む")
    add([f"{C}の取組項目3", "その委員の意見"], "comment", "set", ["3"], "取組No.3の意見")

    add("室蘭市の実践項目でR2に終了したもの", "practice", "count", 0, "室蘭市の資料はない（網走市の記録で答えてはいけない）")

    N = NEWS_CITY
    add(f"{N}の市民活動推進員研修の参加者は何人？", "passage", "contains", ["24名"], "研修報告の参加者")
    add(f"{N}の市民活動推進員研修はいつ実施された？", "passage", "contains", ["10月18日"], "実施日時 2024年10月18日")
    add(f"{N}の協働モデル事業の募集期間はいつまで？", "passage", "contains", ["1月31日"], "募集期間 〜2025年1月31日")
    add(f"{N}の協働モデル事業の募集説明会はいつ？", "passage", "contains", ["12月14日"], "募集説明会 2024年12月14日")
    add(f"{N}の令和6年度モデル事業の実施団体は？", "passage", "contains", ["とよなか防災ネット"], "モデル事業の紹介の実施団体")
    add([f"{N}の市民活動協働モデル事業のご紹介", "その担当部署は？"], "passage", "contains", ["危機管理課"], "担当部署：危機管理課")
    add(f"{N}の研修で活動報告書の提出期限について何と回答した？", "passage", "contains", ["30日以内"], "Q&Aの2問目の回答")
    add(f"{N}の協働モデル事業の補助金の上限額は？", "passage", "contains", ["50万円"], "Q&Aの4問目の回答")
    add(f"{N}の協働モデル事業の募集締切日は何年度？", "passage", "contains", ["令和6年度"],
        "2025年1月31日は年度の規則（4月〜翌3月）で令和6年度")

    E = EVAL_CITY
    ind = {(name, y): (plan, actual) for _, name, _, rows in INDICATORS for y, plan, actual in rows}
    add(f"{E}の地域公共交通連携推進事業の総事業費は？", "passage", "contains", ["4,860,000"], "歳出の表")
    add(f"{E}の事務事業評価シートの担当課は？", "passage", "contains", ["交通政策課"], "担当課名")
    add(f"{E}のデマンド交通の利用者数のR5の実績値", "indicator", "value", ind[("デマンド交通の利用者数", "R5")][1], "指標表")
    add(f"{E}のデマンド交通の運行日数の令和4年度の達成率", "indicator", "value",
        rate(*ind[("デマンド交通の運行日数", "R4")]), "236/240×100 を小数1位")
    add(f"{E}のデマンド交通の利用者数の令和4年度の計画値", "indicator", "value", ind[("デマンド交通の利用者数", "R4")][0], "指標表")
    add([f"{E}の地域公共交通連携推進事業", "開始年度は？"], "passage", "contains", ["平成26年度"], "開始年度")
    add([f"{E}のデマンド交通の利用者数", "R5の達成率は？"], "indicator", "value",
        rate(*ind[("デマンド交通の利用者数", "R5")]), "9880/9500×100")
    add(f"{E}の地域公共交通連携推進事業の市の実質負担額", "passage", "contains", ["3,660,000"], "4,860,000−1,200,000")

    # about the shipped documents: must not be answered from these editions
    prac, tinis = shipped_tomakomai()
    add("苫小牧市の実践項目でR4に終了したもの", "practice", "set", [c[0] for c in prac if c[14] == "R4"],
        "同梱の意見書の実践項目別一覧（本編）の取組終了R4")
    add("苫小牧市の取組項目で審議会評価平均が4.5以上", "initiative", "set",
        [c[0] for c in tinis if float([x for x in c if x.strip()][-1]) >= 4.5], "同梱の取組項目別一覧の最後の列≥4.5")
    add("岡山市の市民協働推進会議の研修の参加者は？", "passage", "contains", ["19名"], "同梱ニュースレターVol.7")
    add("埼玉県東南部都市連絡調整会議事業の総事業費は？", "passage", "contains", ["7,110,000"], "同梱の評価シート")
    add("苫小牧市の取組項目16の委員評価は？", "initiative", "value",
        float([x for x in next(c for c in tinis if c[0] == "16") if x.strip()][-1]), "同梱の取組項目別一覧No.16")
    return qs


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / f"{CITY}_行財政改革推進プラン_意見書_令和3年.xlsx")
    write_pdf(DOCS / f"{NEWS_CITY}_市民活動通信_Vol12.pdf")
    write_docx(DOCS / f"{EVAL_CITY}_事務事業評価シート_令和5年度.docx")
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in questions():
            f.write(json.dumps(q, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
