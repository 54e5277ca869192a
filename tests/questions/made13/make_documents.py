"""Made next editions of four shipped kinds of document, for the made13 holdout questions.

`python tests/questions/made13/make_documents.py` rewrites tests/questions/made13/docs/:

- kushiro_gyosei_keiei_plan_ikensho_R12.docx: the plan report (like 002_…) of 釧路市 for a later
  cycle (plan R7–R11, grades per fiscal year R7–R10, the opinion dated 令和12年), 8 initiatives and
  25 practice items numbered "1-1"…, other bureau abbreviations, Word tables, bullet comments,
  and an abridged appendix with only three progress sheets (1-1, 2-3, 8-1).
- soumu_gyokaku_torikumi_R3.html: the case studies (like 001_…) as a 総務省 web page of 令和3年.
- takamatsu_kyodo_news_vol12.html: a 市民協働 newsletter (like 004_…) of 高松市, Vol.12.
- kashiwa_jimujigyo_hyoka_R6.xlsx: an evaluation sheet (like 003_…) of 柏市 for 令和6年度決算.

The data below is the only source of the facts; make_questions.py derives every answer from it.
"""
from __future__ import annotations

import html
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# ---------------------------------------------------------------- the plan report (釧路市)

CITY = "釧路市"
PLAN = "釧路市行政経営改革プラン"
YEARS = ["R7", "R8", "R9", "R10"]  # years graded every year; R11 is the final year (総括)
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]

# no, title, themes, committee score (委員評価 = 審議会評価平均), comments
INITIATIVES = [
    (1, "自主財源の確保", {"財政", "協働", "民活"}, 4.3, [
        "ふるさと納税の返礼品に地元の水産加工品を加えたことで寄附額が大きく伸びており、高く評価できる。",
        "企業版ふるさと納税は寄附企業が年々増えているが、活用事業の成果を市民に分かりやすく示してほしい。",
        "広告掲載の拡大は伸び悩んでいる。媒体ごとの収入目標を示し、PDCAサイクルを回してほしい。",
        "使用料・手数料の見直しを早期に終えた点は評価できる。今後も受益者負担の考え方を丁寧に説明してほしい。",
    ]),
    (2, "公共施設の適正配置", {"財政", "施設", "民活"}, 3.6, [
        "市民プールの統合は当初反対の声もあったが、説明会を重ねて実現した点を評価したい。",
        "個別施設計画の進捗が見えにくい。施設ごとの方針と時期を年度ごとに公表してほしい。",
        "学校施設の複合化は地域の拠点づくりにつながる取組であり、地域住民の意見を十分に聞いて進めてほしい。",
    ]),
    (3, "窓口サービスの向上", {"サービス", "ICT"}, 4.5, [
        "書かない窓口の導入により手続の時間が短くなり、市民の満足度が高まったと感じる。",
        "オンライン申請の対象手続が大きく増えた。高齢者など操作に不慣れな人への支援も続けてほしい。",
        "おくやみ窓口は遺族の負担を減らす取組として大変評価できる。",
        "キャッシュレス決済の導入は時代の要請であり、早期に完了したことを評価する。",
        "窓口の混雑状況をホームページで知らせるなど、来庁前の情報提供も充実させてほしい。",
    ]),
    (4, "市民協働の推進", {"協働", "サービス"}, 3.4, [
        "地域担い手育成講座は参加者が少なく、町内会の担い手不足の解消にはまだ遠い。",
        "町内会活動のデジタル化支援は回覧板の電子化など具体的な成果があった。",
        "協働提案制度を創設したことは評価できるが、提案件数を増やす工夫が必要である。",
    ]),
    (5, "民間活力の導入", {"財政", "民活", "施設"}, 4.0, [
        "学校給食調理業務の民間委託により経費が削減され、給食の質も保たれている。",
        "公園管理の指定管理者制度は導入の効果を利用者アンケートで確かめてほしい。",
        "下水処理場の包括委託は専門性の高い民間のノウハウが活かされており、評価できる。",
        "民間委託を進める際も、職員の技術の継承に留意してほしい。",
    ]),
    (6, "デジタル化による業務改革", {"ICT", "人材", "サービス"}, 4.4, [
        "生成AIの業務活用を早くから始めた点は先進的であり、高く評価する。",
        "RPAの対象業務をさらに広げ、削減した時間を市民サービスに振り向けてほしい。",
        "ペーパーレス会議は定着しており、紙の使用量が大きく減った。",
        "デジタル化の恩恵が高齢者にも届くよう、市民向けの講習会も検討してほしい。",
    ]),
    (7, "働き方改革と人材育成", {"人材"}, 3.9, [
        "テレワークの本格導入は職員の多様な働き方につながっている。",
        "若手職員の政策提案研修から実際の事業化に至った例があり、今後も続けてほしい。",
        "時間外勤務の削減の成果を数値で示してほしい。",
    ]),
    (8, "持続可能な財政運営", {"財政"}, 3.2, [
        "補助金の総点検は見直しの基準が示されないまま終了しており、物足りない。",
        "公営企業の経営戦略を改定し、料金の見直しの道筋を示した点は評価できる。",
        "人口減少を見据えた中長期の財政見通しを市民に分かりやすく示してほしい。",
    ]),
]

# code, initiative, title, departments, grades R7..R10 ("" before start, "-" after end),
# (進捗度, 連携度, 効率性, 創造性), 取組終了 ("" = continues)
PRACTICES = [
    ("1-1", 1, "ふるさと納税返礼品の拡充", "(企)ふるさと納税推進課", ["A", "A", "A", "A"], (3, 3, 3, 2), "R11"),
    ("1-2", 1, "企業版ふるさと納税の活用", "(企)ふるさと納税推進課、(財)財政課", ["B", "A", "A", "A"], (3, 2, 3, 3), "R11"),
    ("1-3", 1, "市有施設への広告掲載の拡大", "(財)財政課", ["B", "B", "C", "B"], (2, 2, 2, 2), "R11"),
    ("1-4", 1, "使用料・手数料の見直し", "(財)財政課、各担当部署", ["A", "A", "-", "-"], (3, 2, 3, 2), "R8"),
    ("2-1", 2, "公共施設個別施設計画の推進", "(財)資産経営課", ["B", "B", "B", "B"], (2, 2, 2, 2), ""),
    ("2-2", 2, "未利用市有地の売却", "(財)資産経営課", ["A", "A", "A", "-"], (3, 2, 3, 2), "R9"),
    ("2-3", 2, "市民プールの統合", "(教)生涯学習課", ["C", "C", "B", "A"], (2, 3, 2, 2), "R10"),
    ("2-4", 2, "学校施設の複合化の検討", "(教)教育総務課、(市)地域振興課", ["", "", "B", "B"], (2, 3, 2, 3), ""),
    ("3-1", 3, "書かない窓口の導入", "(市)市民課、デジタル推進室", ["B", "A", "A", "A"], (3, 3, 3, 3), "R11"),
    ("3-2", 3, "オンライン申請の拡充", "デジタル推進室", ["A", "A", "A", "A"], (3, 3, 2, 3), "R11"),
    ("3-3", 3, "窓口キャッシュレス決済の導入", "(市)市民課、(財)収納課", ["A", "A", "-", "-"], (3, 2, 2, 2), "R8"),
    ("3-4", 3, "おくやみ窓口の開設", "(市)市民課、(福)福祉総務課", ["B", "B", "A", "-"], (3, 3, 2, 2), "R9"),
    ("4-1", 4, "地域担い手育成講座の開催", "(市)地域振興課", ["B", "C", "C", "B"], (1, 2, 2, 2), ""),
    ("4-2", 4, "町内会活動のデジタル化支援", "(市)地域振興課、デジタル推進室", ["C", "B", "B", "A"], (2, 3, 2, 3), "R11"),
    ("4-3", 4, "協働提案制度の創設", "(企)協働推進課", ["", "", "A", "A"], (3, 3, 2, 3), "R11"),
    ("5-1", 5, "学校給食調理業務の民間委託", "(教)学校給食課", ["A", "A", "A", "-"], (3, 3, 3, 2), "R9"),
    ("5-2", 5, "公園管理への指定管理者制度の導入", "(都)公園緑化課", ["B", "B", "B", "B"], (2, 3, 2, 2), "R11"),
    ("5-3", 5, "下水処理場運転管理の包括委託", "(水)下水道課", ["B", "A", "A", "A"], (3, 3, 3, 2), "R10"),
    ("6-1", 6, "RPAの全庁展開", "デジタル推進室", ["A", "B", "B", "A"], (2, 2, 3, 2), "R11"),
    ("6-2", 6, "生成AIの業務活用", "デジタル推進室、(総)職員課", ["", "", "B", "A"], (2, 3, 3, 3), ""),
    ("6-3", 6, "ペーパーレス会議の推進", "(総)総務課", ["A", "A", "-", "-"], (3, 2, 3, 2), "R8"),
    ("7-1", 7, "テレワークの本格導入", "(総)職員課", ["B", "B", "A", "A"], (2, 3, 2, 2), "R11"),
    ("7-2", 7, "若手職員の政策提案研修", "(総)職員課", ["C", "B", "B", "B"], (2, 2, 2, 3), "R11"),
    ("8-1", 8, "補助金の総点検", "(財)財政課", ["B", "C", "C", "-"], (1, 2, 2, 1), "R9"),
    ("8-2", 8, "公営企業会計の経営戦略の改定", "(水)上下水道総務課", ["A", "A", "A", "A"], (2, 3, 3, 2), "R10"),
]

NEW_IN = {"2-4": "R9", "4-3": "R9", "6-2": "R9"}  # added to the plan in R9 (【R9新規】)


def overall(total: int) -> str:
    """The plan's rule for 総合評価 from 合計 (0–12), as the 評価方法 section states it."""
    return "A" if total >= 10 else "B" if total >= 8 else "C" if total >= 5 else "D"


def practice_total(p) -> int:
    return sum(p[5])


def initiative_rows():
    """Per initiative: no, title, themes, n, averages of the four scores, total, self grade, committee score."""
    rows = []
    for no, title, themes, score, comments in INITIATIVES:
        items = [p for p in PRACTICES if p[1] == no]
        avgs = [round(sum(p[5][i] for p in items) / len(items) + 1e-9, 1) for i in range(4)]
        total = round(sum(avgs), 1)
        rows.append(dict(no=no, title=title, themes=themes, n=len(items), avgs=avgs, total=total,
                         self_grade="A" if total >= 9.5 else "B", score=score, comments=comments))
    return rows


FISCAL_EFFECT = [("未利用市有地の売却", "6億1千万円"), ("ふるさと納税返礼品の拡充", "4億円"),
                 ("学校給食調理業務の民間委託", "2億2千万円")]
FISCAL_EFFECT_TOTAL = "12億3千万円"
MEMBERS = [("佐々木 健一", "釧路商工会議所 副会頭", "会長"), ("高橋 美和", "釧路公立大学 教授", "副会長"),
           ("中野 智之", "公募", ""), ("山本 由紀", "釧路市連合町内会 理事", ""),
           ("大西 亮", "北海道税理士会釧路支部", ""), ("村上 さおり", "公募", "")]


def _table(document, header, rows):
    t = document.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = text
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = str(text)
    return t


def write_plan(path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(PLAN, 0)
    d.add_paragraph("取組の有効性に関する意見書")
    d.add_paragraph("令和12年7月28日")
    d.add_paragraph("釧路市行政改革推進委員会")

    d.add_heading("1 はじめに", 1)
    d.add_paragraph(
        "令和7年度からスタートした『釧路市行政経営改革プラン』は、人口減少と厳しい財政状況のもとで"
        "「持続可能な行政経営」と「市民サービスの質の向上」を両立させることを目指し、8つの取組項目と"
        "その実践項目に取り組んできました。本委員会では、計画期間（令和7年度から令和11年度まで）の終了に伴い、"
        "5年間の取組の有効性について評価を行い、意見書として取りまとめました。")
    d.add_paragraph("令和12年7月吉日　釧路市行政改革推進委員会　会長 佐々木 健一")

    d.add_heading("2 財政効果額について", 1)
    d.add_paragraph(f"財政効果額　{FISCAL_EFFECT_TOTAL}")
    d.add_paragraph("主な取組")
    for name, amount in FISCAL_EFFECT:
        d.add_paragraph(f"{name}　{amount}", style="List Bullet")

    d.add_heading("3 評価方法について", 1)
    d.add_paragraph(
        "毎年度、担当部署が実践項目ごとに【進捗度・連携度・効率性・創造性】の4項目を0～3の4段階で自己評価し、"
        "その合計により総合評価（合計10以上はA、8～9はB、5～7はC、4以下はD）を行った。"
        "最終年度には、委員会が取組項目ごとに5段階（5 非常に評価できる、3 おおむね評価できる、1 課題あり）で評価した。")

    d.add_heading("4 取組の有効性の評価について", 1)
    d.add_paragraph("行政経営改革プラン取組状況一覧【取組項目別】")
    rows = []
    for r in initiative_rows():
        rows.append([r["no"], r["title"], *["○" if t in r["themes"] else "" for t in THEMES], r["n"],
                     *[f"{a:.1f}" for a in r["avgs"]], f"{r['total']:.1f}", r["self_grade"], f"{r['score']:.1f}"])
    _table(d, ["No.", "取組項目", *THEMES, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計",
               "担当部署自己評価(総合評価)", "委員会評価平均"], rows)

    d.add_paragraph("行政経営改革プラン取組状況一覧【実践項目別】")
    rows = []
    titles = {i[0]: i[1] for i in INITIATIVES}
    for p in PRACTICES:
        code, no, title, dept, grades, scores, ended = p
        t = title + (f"【{NEW_IN[code]}新規】" if code in NEW_IN else "")
        rows.append([code, f"No.{no}", titles[no], t, *grades, *scores, practice_total(p),
                     overall(practice_total(p)), ended, dept])
    _table(d, ["実践No.", "取組No.", "取組項目", "実践項目", *YEARS, "進捗度", "連携度", "効率性", "創造性",
               "合計", "総合評価", "取組終了", "担当部署(実践項目)"], rows)

    d.add_heading("I 取組項目別の評価について", 1)
    for r in initiative_rows():
        d.add_heading(f"{r['no']} {r['title']}", 2)
        items = [p for p in PRACTICES if p[1] == r["no"]]
        _table(d, ["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当部署"],
               [[p[0], p[2], *p[5], practice_total(p), overall(practice_total(p)), p[6], p[3]] for p in items])
        d.add_paragraph("委員の意見等")
        d.add_paragraph(f"委員評価　{r['score']:.1f} /5")
        for c in r["comments"]:
            d.add_paragraph(c, style="List Bullet")

    d.add_heading("5 総評", 1)
    best = max(initiative_rows(), key=lambda r: r["score"])
    d.add_paragraph(
        f"委員会の評価平均は、「{best['no']} {best['title']}」が{best['score']:.1f}点と最も高かった。"
        "計画期間を終えても継続する実践項目は、令和12年度からの次期計画に引き継ぎ、確実に進めることを期待する。")

    d.add_heading("6 行政改革推進委員会委員名簿（敬称略）", 1)
    _table(d, ["氏名", "所属等", "備考"], MEMBERS)

    d.add_heading("【資料編】", 1)
    d.add_paragraph(f"{PLAN} 令和11年度進捗状況シート")
    d.add_paragraph("令和12年5月")
    for code, plans in SHEETS.items():
        write_sheet_pages(d, next(p for p in PRACTICES if p[0] == code), plans)
    d.save(path)


# A few progress sheets only (the appendix of this edition is abridged): per item, the work planned
# and done each year. Per-year self-evaluation scores are made to agree with that year's grade.
SHEETS = {
    "1-1": ["返礼品の新規開拓", "水産加工品の返礼品を追加", "ポータルサイトを2つ追加", "定期便の返礼品を導入", "返礼品の見直し"],
    "2-3": ["統合方針の検討", "利用者説明会の開催", "統合先プールの改修設計", "旧プールの廃止・統合"],
    "8-1": ["補助金の一覧化", "見直し対象の選定", "見直し結果の公表"],
}
YEAR_SCORES = {"A": (3, 3, 2, 2), "B": (2, 2, 2, 2), "C": (2, 1, 2, 1)}


def ended_month(ended: str) -> str:
    return f"令和{int(ended[1:]) + 1}年3月取組終了" if ended else ""


def write_sheet_pages(d, p, plans) -> None:
    code, no, title, dept, grades, scores, ended = p
    ini = next(i for i in INITIATIVES if i[0] == no)
    d.add_heading(f"No.{no} {ini[1]}", 2)
    _table(d, ["実践項目", f"{code} {title}"], [["担当部署", dept],
                                              ["テーマ", "、".join(t for t in THEMES if t in ini[2])]])
    years = [y for y, g in zip(YEARS + ["R11"], grades + [""]) if g != "-"][: len(plans)]
    d.add_paragraph("取組内容")
    _table(d, ["年度", "取組予定", "取組結果"],
           [[y, f"{'①②③④⑤'[i]} {plan}", f"({'新' if i == 0 else '継'}) {plan}を行った。"]
            for i, (y, plan) in enumerate(zip(years, plans))])
    if ended:
        d.add_paragraph(f"取組終了の場合記入 → {ended_month(ended)}")
    rows = []
    for k, label in enumerate(["進捗度", "連携度", "効率性", "創造性"]):
        rows.append([label, *[YEAR_SCORES[g][k] if g in YEAR_SCORES else g for g in grades], scores[k]])
    rows.append(["総合評価", *grades, overall(sum(scores))])
    d.add_paragraph("取組に対する自己評価")
    _table(d, ["", *YEARS, "総括"], rows)
    d.add_paragraph("特記事項")
    d.add_paragraph(f"{title}は計画どおりに進めた。" if overall(sum(scores)) == "A" else f"{title}は課題を残した。")


# ---------------------------------------------------------------- the case studies (総務省, 令和3年)

CASE_TITLE = "地方公共団体における行政改革の取組"
CASE_DATE = "令和3年3月31日公表"
# topic, place (as in 〈…〉), subtitle, measures, effects, optional table (header, rows)
CASES = [
    ("窓口業務の包括的な民間委託", "新潟県長岡市", "市民課窓口業務の包括委託",
     ["令和元年10月から、住民票の写し等の交付、転入・転出の受付など市民課の窓口業務42業務を包括的に委託。",
      "委託の範囲は、判断を伴わない定型的な業務に限り、審査・決定は市職員が行う。"],
     ["窓口の平均待ち時間が25分から12分に短縮。", "窓口担当の正規職員を8人削減し、年間約4,200万円の経費を削減。"],
     (["項目", "委託前(H30)", "委託後(R2)"], [["平均待ち時間", "25分", "12分"], ["窓口担当正規職員", "14人", "6人"]])),
    ("複数自治体の共同によるシステム調達", "高知県内市町村", "税務システムの共同調達",
     ["高知県と県内21市町村が協議会を設け、税務システムを共同で調達・運用（令和2年4月稼働）。"],
     ["システムの運用経費を約3割削減（参加市町村の合計で年間約1億1千万円）。", "法改正時の改修費用を参加団体で按分。"],
     None),
    ("公共施設の複合化", "山形県寒河江市", "図書館と公民館の複合化",
     ["老朽化した図書館と中央公民館を統合し、駅前の複合施設として整備（令和元年度開館）。"],
     ["延床面積を18%縮減し、維持管理費を年間約2,600万円削減。", "来館者数が整備前の1.6倍に増加。"],
     None),
    ("ICTを活用した業務効率化", "茨城県つくば市", "RPAによる定型業務の自動化",
     ["平成30年度に市民税課で実証を行い、令和元年度から全庁に展開。"],
     ["対象の48業務で年間約9,300時間の作業時間を削減。"],
     (["業務", "削減時間(年間)"], [["市民税の課税資料の入力", "約3,200時間"], ["児童手当の現況確認", "約1,100時間"]])),
    ("ICTを活用した業務効率化", "宮崎県", "AI-OCRによる申請書の読取",
     ["手書きの申請書をAI-OCRで読み取り、RPAでシステムに入力する仕組みを導入。"],
     ["入力作業の時間を約7割削減。"],
     None),
    ("歳入確保対策", "静岡県浜松市", "市税のスマートフォン決済の導入",
     ["令和元年度から市税の納付にスマートフォン決済を導入し、納付書にバーコードを印字。"],
     ["市税の現年度分の収納率が99.1%に向上（導入前98.6%）。"],
     None),
    ("歳入確保対策", "三重県", "地方税の滞納整理の一元化",
     ["県と市町が三重地方税管理回収機構を設け、高額・困難な滞納案件を一元的に処理。"],
     ["機構への移管案件の徴収率が約45%となり、市町の滞納額が減少。"],
     None),
    ("職員の働き方改革", "石川県金沢市", "フリーアドレスと文書の削減",
     ["本庁舎の一部の課でフリーアドレスを導入し、あわせて紙文書の電子化を進めた。"],
     ["紙文書の量を4割削減。", "時間外勤務が前年度比12%減少。"],
     None),
]


def write_cases(path: Path) -> None:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8">',
           f"<title>{CASE_TITLE}｜総務省</title></head><body>",
           f"<h1>{CASE_TITLE}</h1>", f"<p>({CASE_DATE})</p>", "<h2>目次</h2>", "<ul>"]
    topics = list(dict.fromkeys(c[0] for c in CASES))
    out += [f"<li>★{e(t)}</li>" for t in topics] + ["</ul>"]
    for topic in topics:
        out.append(f"<h2>★{e(topic)}</h2>")
        for t, place, sub, measures, effects, table in (c for c in CASES if c[0] == topic):
            out.append(f"<h3>〈{e(place)}の取組事例:{e(sub)}〉</h3>")
            out.append("<p>【取組】</p><ul>" + "".join(f"<li>・{e(m)}</li>" for m in measures) + "</ul>")
            if table:
                header, rows = table
                out.append("<table border=\"1\"><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
                out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows]
                out.append("</table>")
            out.append("<p>【効果】</p><ul>" + "".join(f"<li>・{e(x)}</li>" for x in effects) + "</ul>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the newsletter (高松市)

NEWS = dict(
    city="高松市", title="高松市 市民協働ニュースレター「協働のたね」", vol="Vol.12",
    training="高松市協働推進員研修", training_date="令和7年10月17日（金）14:00～16:30",
    participants="24名", satisfaction="82点",
    qa=[
        ("協働推進員は各課に何人置くのですか？", "各課に1人を基本とし、市民との接点が多い課には2人を置いています（令和7年度は54課・61人）。"),
        ("協働提案事業の事業期間は何年ですか？", "原則1年度で、成果が見込める場合は最長3年度まで継続できます。"),
        ("提案する団体に法人格は必要ですか？", "法人格は必要ありません。5人以上で構成され、市内で活動している団体であれば提案できます。"),
        ("他市の協働の事例を知る方法はありますか？", "市民活動センターの資料コーナーで、県内外の協働事例集を閲覧できます。"),
        ("予算化の前に試行することはできますか？", "協働提案事業は、予算化の前の試行や実績づくりにも活用していただけます。"),
    ],
    call="令和8年度 高松市協働提案事業", call_from="2025年12月1日（月）", call_to="令和8年2月13日（金）",
    briefing="令和7年12月10日（水）18:30～20:00", briefing_place="高松市市民活動センター",
    project_name="空き家を活用した子どもの居場所づくり事業", project_org="NPO法人こどもの森さぬき",
    project_dept="こども未来局こども若者支援課", project_year="令和7年度",
    interviewee="こども若者支援課 主任 森下 沙織さん",
)


def write_news(path: Path) -> None:
    n = {k: html.escape(v) if isinstance(v, str) else v for k, v in NEWS.items()}
    qa = "".join(f"<tr><td>{html.escape(q)}</td><td>{html.escape(a)}</td></tr>" for q, a in NEWS["qa"])
    path.write_text(f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{n['title']} {n['vol']}</title></head><body>
<header><p>{n['title']}</p><p>{n['vol']}</p>
<nav><p>Contents</p><ul><li>&gt;&gt; {n['training']}を実施しました</li>
<li>&gt;&gt;『{n['call']}』を募集</li><li>&gt;&gt; {n['project_year']}「協働提案事業」のご紹介</li></ul></nav></header>
<article><h2>≫{n['training']}を実施しました。</h2>
<p>高松市では、各課に配置した「協働推進員」を対象に、協働の進め方を学ぶ研修を実施しました。研修では、協働推進員に期待される役割を共有したほか、
ワークショップで自らの業務の課題を見つめ直し、課題の解決に向けたパートナーと事業のアイディアを検討しました。</p>
<p>実施日時 ： {n['training_date']}</p>
<p>参加者 ： {n['participants']}　　満足度（平均） ： {n['satisfaction']}</p>
<p>研修中に協働推進員の皆様よりいただいた質問と回答をご紹介します。</p>
<table border="1"><tr><th>いただいた質問</th><th>回答</th></tr>{qa}</table></article>
<article><h2>『{n['call']}』の提案を募集しています！</h2>
<p>市と市民活動団体が協働することで、より効果的に地域の課題を解決できる事業を募集します。市の担当課と事前に協議したうえで提案してください。</p>
<p>募集期間：{n['call_from']}から{n['call_to']}まで</p>
<p>提案説明会：{n['briefing']}（会場：{n['briefing_place']}）</p></article>
<article><h2>{n['project_year']}「協働提案事業」のご紹介 Vol.3</h2>
<p>市の各課と市民活動団体が力を合わせて地域の課題解決に取り組む「協働提案事業」の{n['project_year']}採択事業をご紹介します。</p>
<table border="1"><tr><th>事業名</th><td>{n['project_name']}</td></tr>
<tr><th>実施団体</th><td>{n['project_org']}</td></tr><tr><th>担当部署</th><td>{n['project_dept']}</td></tr></table>
<p>■協働を通じて、目指すこと。</p>
<p>放課後や休日に安心して過ごせる場所のない子どもが増えている。地域の空き家を改修して居場所を開き、学習支援と食事の提供を通じて、
子どもと地域の大人がつながる拠点をつくる。</p>
<p>■協働のススメ～高松市職員インタビュー～ {n['interviewee']}</p>
<p>団体の皆さんが地域の空き家の所有者と粘り強く話し合ってくださったことで、行政だけでは難しかった拠点づくりが実現しました。</p>
</article></body></html>
""", encoding="utf-8")


# ---------------------------------------------------------------- the evaluation sheet (柏市)

SHEET = dict(
    code="2003105", name="東葛地区広域連携推進事業", dept="総合政策部", section="政策調整課",
    pillar="5 行財政運営", start="平成12年度", end="なし", policy="5-3 広域連携の推進",
    settlement="令和6年度決算", total_cost=4_860_000, specific_revenue=1_200_000,
    fulltime=1, parttime=1, share="15%",
    summary="東葛地区の6市（松戸市、野田市、柏市、流山市、我孫子市、鎌ケ谷市）が連携し、公共施設の相互利用や共同研修などの広域連携事業を行う。",
    evaluation="公共施設の相互利用件数が目標を上回り、広域連携の効果が市民に浸透しつつある。",
    future="相互利用の対象施設を拡大するとともに、共同研修の内容を見直す。",
)
YEARS_SHEET = ["令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度"]
# type, name, unit, direction, goal, plan per year, actual per year (None = not yet)
INDICATORS = [
    ("活動指標", "広域連携会議の開催回数", "回", "維持", 10, [10, 10, 10, 10, 10], [9, 11, None, None, None]),
    ("成果指標", "公共施設相互利用件数", "件", "増加", 3000, [2600, 2800, 3000, 3000, 3000],
     [2470, 2912, None, None, None]),
]


def rate(plan: int, actual: int | None) -> float | None:
    return None if actual is None else round(100.0 * actual / plan, 1)


def write_sheet(path: Path) -> None:
    s = SHEET
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "事務事業評価シート"
    ws.append(["事務事業評価シート", "", f"柏市（{s['settlement']}）"])
    ws.append([])
    for label, value in [("事務事業コード", s["code"]), ("事業名", s["name"]), ("担当部名", s["dept"]),
                         ("担当課名", s["section"]), ("施策の柱", s["pillar"]), ("施策", s["policy"]),
                         ("開始年度", s["start"]), ("終了年度", s["end"]), ("何をする事業か(概要)", s["summary"]),
                         ("総事業費(合計)", s["total_cost"]), ("特定財源計", s["specific_revenue"]),
                         ("市の実質負担額(=総事業費−特定財源)", s["total_cost"] - s["specific_revenue"]),
                         ("人員(フルタイム)", s["fulltime"]), ("人員(パートタイム)", s["parttime"]),
                         ("業務割合推計", s["share"])]:
        ws.append([label, value])
    for kind, name, unit, direction, goal, plans, actuals in INDICATORS:
        ws.append([])
        ws.append([kind, name])
        ws.append(["単位", unit, "指標数値のめざす方向", direction, "目標値", goal])
        ws.append(["年度", "計画値", "実績値", "単位", "達成率(%)"])
        for year, plan, actual in zip(YEARS_SHEET, plans, actuals):
            r = rate(plan, actual)
            ws.append([year, plan, actual if actual is not None else "", unit, r if r is not None else ""])
    ws.append([])
    ws.append(["評価", s["evaluation"]])
    ws.append(["今後の方針(改善策)", s["future"]])
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    wb.save(path)


FILES = {
    "kushiro_gyosei_keiei_plan_ikensho_R12.docx": write_plan,
    "soumu_gyokaku_torikumi_R3.html": write_cases,
    "takamatsu_kyodo_news_vol12.html": write_news,
    "kashiwa_jimujigyo_hyoka_R6.xlsx": write_sheet,
}


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for name, write in FILES.items():
        write(DOCS / name)
        size = (DOCS / name).stat().st_size
        assert size < 250_000, (name, size)
        print(f"{name}: {size} bytes")


if __name__ == "__main__":
    main()
