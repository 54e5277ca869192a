"""Make the made10 editions: the shipped kinds of document as another city or a later cycle would publish them.

Run from the project root:  python tests/questions/made10/make_documents.py
It writes tests/questions/made10/docs/ (four editions). The facts live in the tables below; make_questions.py
imports them to derive every answer, so the documents and the answers cannot drift apart.
"""
from __future__ import annotations

import re
import zipfile
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# ---------------------------------------------------------------- edition 1: 江別市行政経営プラン (text)
CITY = "江別市"
PLAN = "江別市行政経営プラン"
YEARS = ["R6", "R7", "R8", "R9"]          # the per-year grade columns of the list
FINAL = "R10"                              # the plan's last year (総括 = 今回)
THEMES = ["財政", "サービス", "協働", "施設", "民活", "ICT", "人材"]
SHEET_THEMES = ["財政運営", "市民サービス", "協働", "施設", "民間活力", "ICT", "人材育成"]

# No. (numbered on from the previous plan's 22 取組項目), title, themes, 委員評価
INITIATIVES = [
    (23, "自主財源の確保に向けた取組", {"財政", "サービス", "協働", "民活"}, 4.2),
    (24, "公民連携の推進", {"財政", "サービス", "協働", "施設", "民活"}, 3.6),
    (25, "窓口サービスの利便性向上", {"サービス", "ICT"}, 4.0),
    (26, "キャッシュレス決済の拡大", {"財政", "サービス", "民活", "ICT"}, 3.9),
    (27, "公共施設の最適化", {"財政", "サービス", "施設", "民活"}, 3.5),
    (28, "業務の外部委託の推進", {"財政", "サービス", "民活"}, 4.3),
    (29, "デジタル技術による業務改革", {"ICT", "人材"}, 4.5),
    (30, "職員の能力開発と働き方改革", {"人材"}, 4.1),
]

# code, 取組項目 No., title, departments, grades R6..R9 ("" = not yet started, "-" = ended),
# 総括 scores (進捗度, 連携度, 効率性, 創造性), 取組終了 (fiscal year, "" = continues)
PRACTICES = [
    ("71", 23, "ガバメントクラウドファンディングの活用", "(企)企画政策課、(財)財政課", "BAAB", (2, 3, 3, 2), "R10"),
    ("72", 23, "企業版ふるさと納税の推進", "(企)企画政策課", "AAAA", (3, 3, 3, 3), "R10"),
    ("73", 23, "広告事業の拡大", "(財)財政課、各担当部署", "BBC-", (2, 2, 2, 1), "R8"),
    ("N26", 23, "ふるさと納税返礼品の新規開拓", "(企)企画政策課", "   A", (3, 2, 3, 3), ""),
    ("74", 24, "PPP/PFI導入指針の策定", "(企)行政経営課", "AA--", (3, 3, 3, 2), "R7"),
    ("75", 24, "公共空間の民間活用", "(建)都市計画課", "CBBB", (2, 3, 2, 2), "R10"),
    ("76", 24, "包括連携協定の拡充", "(企)行政経営課", "BBBA", (2, 3, 2, 3), ""),
    ("77", 25, "書かない窓口の導入", "(生)市民課、(総)情報推進課", "BAAA", (3, 3, 3, 3), "R10"),
    ("78", 25, "窓口予約システムの導入", "(生)市民課", "BB--", (2, 2, 2, 2), "R7"),
    ("79", 25, "おくやみ窓口の設置", "(健)福祉総務課", "AAA-", (3, 3, 2, 2), "R8"),
    ("N27", 25, "オンライン申請の拡充", "(総)情報推進課", "   B", (2, 3, 2, 2), ""),
    ("80", 26, "市税のスマートフォン決済", "(財)納税課", "AA--", (3, 2, 3, 2), "R7"),
    ("81", 26, "窓口手数料のキャッシュレス化", "(生)市民課", "BBAA", (2, 2, 3, 2), "R10"),
    ("82", 26, "施設使用料のキャッシュレス化", "(教)生涯学習課", "CCB-", (1, 2, 2, 2), "R8"),
    ("83", 27, "公共施設等総合管理計画の改訂", "(財)資産経営課", "BBBB", (2, 3, 2, 2), "R10"),
    ("84", 27, "未利用地の売却", "(財)資産経営課", "AAAA", (3, 2, 3, 2), "R10"),
    ("85", 27, "学校施設の複合化", "(教)教育総務課", "CCCB", (1, 2, 2, 2), ""),
    ("86", 27, "市営住宅の集約化", "(建)住宅課", "BBB-", (2, 2, 2, 2), "R8"),
    ("87", 28, "庁舎総合案内業務の委託", "(総)総務課", "AA--", (3, 3, 3, 2), "R7"),
    ("88", 28, "学校給食センター運営の委託", "(教)学校給食センター", "BAAA", (2, 3, 3, 3), "R10"),
    ("89", 28, "上下水道料金徴収業務の委託", "(水)上下水道総務課", "BBBB", (2, 3, 2, 2), ""),
    ("N28", 28, "ごみ収集業務の委託拡大", "(生)環境課", "   C", (1, 2, 2, 1), ""),
    ("90", 29, "RPAの全庁展開", "(総)情報推進課、各担当部署", "ABBA", (2, 3, 3, 3), "R10"),
    ("91", 29, "生成AIの業務活用", "(総)情報推進課", "BAAA", (3, 3, 3, 3), "R10"),
    ("92", 29, "ペーパーレス会議の推進", "(総)総務課", "AA--", (3, 3, 2, 3), "R7"),
    ("N29", 29, "電子契約の導入", "(財)契約管財課", "   A", (3, 3, 2, 3), "R9"),
    ("93", 30, "テレワークの推進", "(総)職員課", "BBBB", (2, 2, 2, 2), "R10"),
    ("94", 30, "人事評価制度の見直し", "(総)職員課", "CBBB", (2, 3, 2, 2), ""),
    ("N30", 30, "DX人材の育成", "(総)職員課、(総)情報推進課", "   B", (2, 3, 2, 3), "R10"),
    ("N31", 30, "男性職員の育児休業取得促進", "(総)職員課", "   A", (3, 3, 2, 2), "R10"),
]

# 委員の意見 per 取組項目 (the words the questions look for are in make_questions.py)
COMMENTS = {
    23: ["ガバメントクラウドファンディングで二つの事業に寄附が集まった点を評価したい。",
         "企業版ふるさと納税は寄附企業との関係づくりにもつながっており、今後も継続してほしい。",
         "広告事業は目標に届かなかったが、原因を分析して次の計画に生かしてほしい。",
         "返礼品の新規開拓では市内事業者との連携がみられ、地域経済への効果も期待できる。"],
    24: ["公共空間の民間活用は社会実験にとどまっており、本格実施に向けた判断を急いでほしい。",
         "包括連携協定の件数は増えたが、協定ごとの具体的な成果を市民に示してほしい。",
         "PPP/PFIの導入指針ができたことは前進であり、施設更新の際には必ず検討してほしい。"],
    25: ["書かない窓口は来庁者の負担を大きく減らしており、高く評価できる。",
         "おくやみ窓口は遺族の負担軽減につながっている。高齢者が多い地域への周知も続けてほしい。",
         "オンライン申請は対象手続を広げる一方で、スマートフォンに不慣れな高齢者への支援も必要である。",
         "窓口予約システムの利用が伸びなかった理由を検証してほしい。",
         "窓口のキャッシュレス対応と合わせて、来庁しなくてよい手続をさらに増やしてほしい。"],
    26: ["市税のスマートフォン決済は納付の利便性を高めた。手数料の負担についての説明も丁寧に行ってほしい。",
         "キャッシュレス化は窓口の待ち時間の短縮にもつながっており、評価できる。",
         "施設使用料のキャッシュレス化は遅れが目立つ。利用者の声を聞いて早期に実現してほしい。",
         "現金しか使えない市民もいることに配慮し、従来の支払方法も残してほしい。"],
    27: ["学校施設の複合化は地域の合意形成に時間を要しており、丁寧な説明を続けてほしい。",
         "未利用地の売却は財政効果が大きく、評価できる。",
         "人口減少を見据え、公共施設の総量の縮減を着実に進めてほしい。"],
    28: ["庁舎総合案内業務の委託は市民サービスを落とさずに効率化を実現した。",
         "学校給食センターの運営委託では、食の安全の確保を最優先にしてほしい。",
         "ごみ収集業務の委託拡大は事業者の人手不足が課題であり、慎重に進めてほしい。",
         "委託後も業務のノウハウが市に残るよう、職員による点検を続けてほしい。"],
    29: ["生成AIの業務活用は先進的であり、職員の作業時間の削減に大きな効果があった。",
         "RPAと生成AIの組合せでさらに効率化できる余地がある。",
         "ペーパーレス会議の定着により紙の使用量が大きく減った。",
         "電子契約の導入は事業者にとっても負担軽減となり、高く評価する。",
         "個人情報の取扱いなど、生成AIを使う際のルールを徹底してほしい。"],
    30: ["テレワークは制度が整ったが、利用する職員が一部に偏っている。",
         "男性職員の育児休業の取得率が大きく伸びたことを評価したい。",
         "DX人材の育成は全庁の底上げにつながるよう、研修を計画的に続けてほしい。",
         "人事評価制度の見直しは職員の納得感を重視して進めてほしい。"],
}

# progress sheets (資料編) for some practice items: code -> (month the sheet says it ended, or "", 工程 by year)
SHEETS = {
    "71": ("令和 11 年 3 月", ["対象事業の選定", "寄附募集・実施", "寄附募集・実施", "他市事例調査", "寄附募集・実施"]),
    "74": ("令和8年3月", ["他市事例調査", "指針の策定 (取組終了)", "", "", ""]),
    "79": ("令和8年12月", ["設置の検討", "試行実施", "本格実施 (取組終了)", "", ""]),
    "82": ("令和9年3月", ["対象施設の選定", "決済事業者の選定", "導入 (取組終了)", "", ""]),
    "91": ("令和 11 年 3 月", ["試行利用", "全庁展開", "利用ルールの改定", "活用事例の共有", "効果検証"]),
    "N29": ("令和9年10月", ["", "", "", "導入 (取組終了)", ""]),
}


def half_up(x: float) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def overall(total: int) -> str:
    """The report's rule for 総合評価 from the four 0-3 scores' sum (as in the shipped edition: 10 A, 8-9 B, 7 C)."""
    return "A" if total >= 10 else "B" if total >= 8 else "C"


def practice_rows() -> list[dict]:
    rows = []
    for code, ini, title, dept, grades, scores, ended in PRACTICES:
        total = sum(scores)
        rows.append({"code": code, "initiative": ini, "title": title, "departments": dept,
                     "grades": dict(zip(YEARS, [g.strip() for g in grades])), "scores": scores,
                     "total": total, "overall": overall(total), "ended": ended})
    return rows


def initiative_rows() -> list[dict]:
    rows = []
    for no, title, themes, committee in INITIATIVES:
        items = [p for p in practice_rows() if p["initiative"] == no]
        avgs = [half_up(sum(p["scores"][i] for p in items) / len(items)) for i in range(4)]
        total = sum(avgs)
        self_overall = "A" if total >= Decimal("9.5") else "B" if total >= Decimal("7.5") else "C"
        rows.append({"no": no, "title": title, "themes": themes, "n": len(items), "avgs": avgs,
                     "total": total, "self": self_overall, "committee": committee,
                     "comments": COMMENTS[no]})
    return rows


def year_grade(items: list[dict], year: str) -> str:
    """An initiative's grade in a year: the grade most of its items had (ties to the better), as staff summarise."""
    grades = [p["grades"][year] for p in items if p["grades"][year] in "ABC" and p["grades"][year]]
    if not grades:
        return "-"
    return min(set(grades), key=lambda g: (-grades.count(g), g))


def year_scores(grade: str, seed: int) -> tuple[int, int, int, int]:
    """Four 0-3 scores whose sum gives the grade by the report's rule (varied a little by item)."""
    table = {"A": [(3, 3, 2, 2), (2, 3, 3, 2), (3, 3, 3, 2)], "B": [(2, 2, 2, 2), (2, 3, 2, 2), (2, 2, 3, 2)],
             "C": [(1, 2, 2, 2), (2, 2, 1, 1), (1, 2, 2, 1)]}
    return table[grade][seed % 3]


def plan_text() -> str:
    p_rows, i_rows = practice_rows(), initiative_rows()
    out: list[str] = ["", "", PLAN, "", "取組の有効性に関する意見書", "", "令和11年7月28日", "",
                      f"{CITY}行政改革推進委員会", "", "目 次", "", "【本編】", "",
                      "- 1 はじめに P 3", "- 2 評価方法について P 3", "- 3 取組の有効性の評価について P 5",
                      "- 4 総評 P 1 6", "", "【資料編】", "", "令和10年度進捗状況シート", "",
                      "1 はじめに", "",
                      f"令和6年度からスタートした『{PLAN}』は、限られた経営資源で市民サービスを維持・向上させることを目指し、"
                      "デジタル技術の活用と公民連携を柱に取組を進めてきたところです。", "",
                      "この度、本委員会では、本プランの計画期間の終了に伴い、5年間の取組の有効性について評価を行い、意見書として取りまとめました。", "",
                      "令和11年7月吉日", "", f"{CITY}行政改革推進委員会", "委員長 北原 静香", "",
                      "2 評価方法について", "", "(1) 評価の流れ", "",
                      "行政経営プランでは、計画の各年度で取組の進捗状況についての評価を行い、最終年度には、5年間の取組の有効性について評価を行った。", "",
                      "令和6年度\t行政経営プランの取組開始", "令和7年度\t①令和6年度の進捗状況の評価",
                      "令和8年度\t②令和7年度の進捗状況及び取組の有効性の評価", "令和9年度\t③令和8年度の進捗状況の評価",
                      "令和10年度\t④令和9年度の進捗状況の評価", "令和11年度\t⑤取組の有効性の評価", "",
                      "(2) 評価方法", "",
                      "毎年度、担当部署による実践項目の自己評価を行い、委員会では取組項目の評価を行うことで、取組の効果や有効性の検証を行った。", "",
                      "ア 担当部署による自己評価", "",
                      "当該年度に行うべき取組内容について、【進捗度・連携度・効率性・創造性】の4項目で0～3までの4段階で評価を行い、総合評価（A～D）を行った。", "",
                      "イ 最終年の取組の有効性の評価", "",
                      "担当部署が行った自己評価等を踏まえ、次の評価基準で「取組項目」ごとに評価を行った。", "",
                      "5\t非常に評価できる", "4\t", "3\tおおむね評価できる", "2\t", "1\t課題あり", "",
                      "3 取組の有効性の評価について", "", "行政経営プラン取組状況一覧【取組項目別】", "",
                      "No.\t取組項目\tテーマ\t\t\t\t\t\t実践 項目数\t平均値\t\t\t\t合計\t担当部署 自己評価 (総合評価)\t委員会 評価平均\t",
                      "\t\t財政\tサービス\t協働\t施設\t民活\tICT\t\t人材\t進捗度\t取組姿勢\t連携度\t\t\t\t創造性"]
    for r in i_rows:
        marks = ["○" if t in r["themes"] else "" for t in THEMES]
        # conversion artifact as in the shipped list: a row with 人材 pushes its numbers one cell right
        cells = [str(r["no"]), r["title"], *marks[:6], *(["○"] if "人材" in r["themes"] else []), str(r["n"])]
        cells += [str(a) for a in r["avgs"]] + [str(r["total"]), r["self"], f"{r['committee']:.1f}"]
        out.append("\t".join(cells) + ("" if "人材" in r["themes"] else "\t"))
    out += ["", "行政経営プラン取組状況一覧【実践項目別】", "",
            "小No.\t大No.\t取組項目\t実践項目\t総合評価(自己評価)\t\t\t\t\t総括自己評価\t\t\t\t\t取組終了\t担当部署(実践項目)",
            "\t\t\t\t" + "\t".join(YEARS) + "\t進捗度\t連携度\t効率性\t創造性\t合計\t総合評価\t\t"]
    titles = {r["no"]: r["title"] for r in i_rows}
    for p in p_rows:
        out.append("\t".join([p["code"], f"No.{p['initiative']}", titles[p["initiative"]], p["title"],
                              *[p["grades"][y] for y in YEARS], *map(str, p["scores"]), str(p["total"]),
                              p["overall"], p["ended"], p["departments"]]))
    out += ["", "I 取組項目別の評価について", ""]
    for r in i_rows:
        items = [p for p in p_rows if p["initiative"] == r["no"]]
        marks = ["○" if t in r["themes"] else "" for t in THEMES]
        out += [f"{r['no']} {r['title']}", "", "(参考)", "",
                "テーマ\t\t\t\t\t\t\t平均値\t\t\t\t合計\t総合評価\t総合評価\t\t\t\t",
                "財政\tサービス\t協働\t施設\t民活\tICT\t人材\t進捗度\t連携度\t効率性\t創造性\t\t\t"
                + "\t".join(YEARS) + f"\t{FINAL}",
                "\t".join([*marks, *map(str, r["avgs"]), str(r["total"]), r["self"],
                           *[year_grade(items, y) for y in YEARS], "今回"]),
                "", "", "", "No.\t実践項目名\t自己評価(担当部署)\t\t\t\t合計\t総合評価\t取組終了\t担当部署",
                "\t\t進捗度\t連携度\t効率性\t創造性\t\t\t\t"]
        for p in items:
            out.append("\t".join([p["code"], p["title"], *map(str, p["scores"]), str(p["total"]), p["overall"],
                                  p["ended"], p["departments"]]))
        bullets = " ".join("・" + c for c in r["comments"])
        out += ["", "委員の意見等", "",
                score_line(r["no"], r["committee"]) + f"<ul style=\"list-style-type: none\"> {bullets}",
                "------\t-----------\t----\t---", ""]
    out += ["4 総評", "",
            f"『{PLAN}』は、令和6年度から令和10年度までの5年間の取組期間において、デジタル技術の活用と公民連携を柱に取組を進めた結果、"
            "担当部署における自己評価及び本委員会の評価ともに、おおむね良好な結果となった。", "",
            "一方で、学校施設の複合化やごみ収集業務の委託拡大など、計画期間内に成果が得られなかった取組もあり、次期計画での着実な推進を期待する。", "",
            "【資料編】", "", "", "", f"{PLAN} 令和10年度進捗状況シート", "", "令和11年5月", ""]
    for p in p_rows:
        if p["code"] in SHEETS:
            out += sheet_text(p, titles[p["initiative"]], i_rows)
    return "\n".join(out) + "\n"


def score_line(no: int, score: float) -> str:
    """The 委員評価 cell as the conversion left it: three shapes occur in the shipped report, so all three occur here."""
    shapes = ["委員評価\t{0:.1f} /5\t意見\t", "委員評価\t{0:.1f}\t意見\t/5\t", "委員評価\t{0:.1f}\t/5\t意見\t"]
    return shapes[no % 3].format(score)


def sheet_text(p: dict, initiative_title: str, i_rows: list[dict]) -> list[str]:
    month, schedule = SHEETS[p["code"]]
    themes = next(r["themes"] for r in i_rows if r["no"] == p["initiative"])
    dept = p["departments"].replace(")", ") ")      # the sheets space the bureau mark off, as in the shipped ones
    years_all = YEARS + [FINAL]
    lines = [f"No.{p['initiative']} {initiative_title}", "",
             f"実践項目\t{p['title']}\t\t\t\t\t\t\t\t\t\t",
             f"担当部署\t{dept}\t\t\t\t\t\t\t\t\t\t",
             "テーマ\t" + "\t".join(SHEET_THEMES) + "\t\t\t\t",
             "\t" + "\t".join("○" if t in themes else "" for t in THEMES) + "\t\t\t\t",
             "工程表 (予定含む)\t" + "\t\t".join(f"{y}年度" for y in years_all) + "\t",
             "\t" + "\t".join(f"{s}\t{'工程どおり' if s else ''}" for s in schedule),
             "取組内容\t【取組予定・今後の取組予定】\t\t\t\t\t【取組結果・評価につながる活動指標(効果)】\t\t\t\t\t\t"]
    n = 0
    for y, s in zip(years_all, schedule):
        if s:
            n += 1
            mark = "①②③④⑤⑥⑦⑧"[n - 1]
            lines.append(f"\t{y}\t{mark}\t{s.replace(' (取組終了)', '')}\t\t\t\t({'新' if n == 1 else '継'}) "
                         f"{s.replace(' (取組終了)', '')}について予定どおり取り組んだ。\t\t\t\t\t")
    lines += [f"\t\t\t\t\t取組終了の場合記入 → {month}取組終了\t\t\t\t\t\t\t" if p["ended"] else
              "\t\t\t\t\t取組終了の場合記入 →\t\t\t\t\t\t\t", "",
              "取組に対する自己評価\t\t" + "\t".join(YEARS) + "\t総括\t【評価の理由】\t\t"]
    per_year = {y: year_scores(p["grades"][y], i + len(p["code"])) for i, y in enumerate(YEARS)
                if p["grades"][y] in ("A", "B", "C")}
    labels = ["進捗度", "連携度", "効率性", "創造性"]
    for k, label in enumerate(labels):
        cells = [str(per_year[y][k]) if y in per_year else ("-" if p["grades"][y] == "-" else "") for y in YEARS]
        lines.append(f"\t{label}\t" + "\t".join(cells) + f"\t{p['scores'][k]}\t総括\t{label}について計画どおりの成果を得た。\t")
    cells = [p["grades"][y] for y in YEARS]
    lines += [f"総合評価\t\t" + "\t".join(cells) + f"\t{p['overall']}\t総括\t取組の総括。\t", "",
              "【行政経営プラン進捗状況シート②】", "",
              f"No.{p['initiative']}\t{p['code']}\t{p['title']}\t確認時期\t令和10年度末",
              "【これまでの取組の中で発生した課題や問題点、今後の課題とその解決方法について記載】\t\t\t\t",
              "取組上の課題\t年度\t課題・問題点／今後の想定される課題等\t左記の解決方法\t"]
    for y, s in zip(years_all, schedule):
        if s:           # only the years the item ran
            lines.append(f"\t{y}\t特になし\t\t")
    lines += ["\t【上記のうち、特記すべき事項】\t\t\t",
              f"特記事項\t総括\t{p['title']}の成果を次期計画に引き継ぐ。\t\t", ""]
    return lines


# ---------------------------------------------------------------- edition 2: 福山市・尾道市 連携事業 (text)
JOINT_CITIES = ("福山市", "尾道市")
JOINT_YEAR = "H19"
# 番号 (numbered on from the shipped table), 事業項目, 事業内容, 既に実施, 今年度に実施予定, 部会 (部会長), 担当 福山, 担当 尾道
JOINT = [
    (27, "市税滞納整理合同研修", "両市の徴収担当職員が合同で研修を行う事業。", "H18.06.15 合同研修の実施(両市各10名)", "合同研修の実施", "納税部会 (福山市)", "収納課", "税務課"),
    (28, "軽自動車税の申告受付の相互実施", "両市の窓口で相手市の軽自動車税の申告を受け付ける事業。", "", "協議中", "納税部会 (福山市)", "市民税課", "税務課"),
    (29, "電子申請システムの共同利用", "電子申請システムを共同で調達し、運用経費を削減する事業。", "H18.04.01 共同利用開始", "対象手続の拡大", "情報システム部会 (尾道市)", "情報管理課", "情報推進課"),
    (30, "住民情報システムの共同研究", "住民情報システムの更新時期をそろえ、共同調達の可能性を研究する事業。", "", "共同研究会の開催(年3回)", "情報システム部会 (尾道市)", "情報管理課", "情報推進課"),
    (31, "広域保育所入所", "市域を越えた保育所への入所を可能にする事業。", "H18.10.01~ 市域を越えた入所開始 尾道市から福山市へ2人", "入所の継続", "保育部会 (福山市)", "保育課", "子育て支援課"),
    (32, "しまなみ観光共同宣伝", "両市の観光資源を一体で紹介するパンフレットを作成する事業。", "H18.07 共同パンフレット作成 H19.03 首都圏での合同観光PR", "共同パンフレットの増刷、合同観光PR", "観光部会 (尾道市)", "観光課", "観光課"),
    (33, "広域観光ルートの設定", "鞆の浦と尾道の町並みを結ぶ観光ルートを設定する事業。", "", "モデルルートの設定", "観光部会 (尾道市)", "観光課", "観光課"),
    (34, "消防通信指令の共同運用の検討", "消防の通信指令業務の共同運用を検討する事業。", "H18.11.20 検討会の設置", "協議中", "消防部会 (福山市)", "消防局 指令課", "消防本部 通信指令課"),
    (35, "合同消防訓練", "大規模災害を想定した合同訓練を行う事業。", "H18.09.01 合同訓練の実施", "合同訓練の実施", "", "消防局 警防課", "消防本部 警防課"),
    (36, "環境学習の合同実施", "小学生を対象に干潟の観察会を合同で行う事業。", "H18.08.05 干潟観察会の開催(参加者64人)", "干潟観察会の開催", "環境部会 (尾道市)", "環境啓発課", "環境政策課"),
    (37, "ごみ減量化の共同啓発", "ごみ減量化の啓発資料を共同で作成する事業。", "H19.02 啓発チラシの共同作成", "", "環境部会 (尾道市)", "ごみ減量推進課", "清掃事業課"),
    (38, "教職員合同研修", "両市の教職員が合同で研修を行う事業。", "", "協議中", "教育部会 (福山市)", "教育委員会 学校教育課", "教育委員会 学校教育課"),
    (39, "図書館の相互利用", "両市の住民がどちらの図書館でも本を借りられるようにする事業。", "H18.04.01 相互利用開始 貸出冊数(延べ5,430冊)", "相互利用の継続", "教育部会 (福山市)", "教育委員会 中央図書館", "教育委員会 中央図書館"),
    (40, "職員の相互派遣", "職員の相互派遣により業務の質の向上を図る事業。", "H18.04.01 各市1名を相互派遣", "相互派遣の継続", "人事交流部会 (尾道市)", "職員課", "職員課"),
    (41, "広報紙の紙面交流", "両市の行事などを互いの広報紙に掲載する事業。", "「広報ふくやま」H18年8月号 「広報おのみち」H18年9月号", "紙面交流の継続", "広報部会 (福山市)", "広報課", "秘書広報課"),
    (42, "救急医療体制の連携", "休日夜間の救急医療体制を両市で連携する事業。", "H19.01.10 連携協定の締結", "輪番制の試行", "医療部会 (福山市)", "保健総務課", "健康推進課"),
    (43, "上水道の緊急連絡管の整備", "災害時に水道水を融通できるよう緊急連絡管を整備する事業。", "", "実施設計", "水道部会 (尾道市)", "水道局 工務課", "水道局 工務課"),
    (44, "文化施設の相互割引", "両市の文化施設の入館料を相互に割り引く事業。", "H18.11.01 相互割引開始", "", "", "文化振興課", "文化振興課"),
]
# a row whose empty 既に実施 cell was lost in conversion, so its later cells shift left (as in the shipped table)
JOINT_LOST_CELL = 28


def joint_text() -> str:
    a, b = JOINT_CITIES
    lines = ["", "", "番号\t事業項目\t事業内容\t進捗状況\t\t部会名称 (部会長)\t担当部署\t",
             f"\t\t\t既に実施\t今年度({JOINT_YEAR})に実施予定\t\t{a}\t{b}"]
    for i, (no, title, desc, done, planned, sub, da, db) in enumerate(JOINT):
        if i == 9:
            lines.append("")          # a page break of the original spreadsheet
        cells = [str(no), title, desc, done, planned, sub, da, db]
        if no == JOINT_LOST_CELL:
            cells.remove("")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- edition 4: 豊橋市・豊川市 連携事業 (Excel)
XLSX_CITIES = ("豊橋市", "豊川市")
XLSX_YEAR = "H20"
XLSX_JOINT = [
    (45, "市税の合同公売", "両市の差押物件をインターネットで合同公売する事業。", "H19.11.20 合同公売の実施(出品12件)", "合同公売の実施", "納税部会 (豊橋市)", "納税課", "収納課"),
    (46, "国民健康保険のレセプト点検研修", "レセプト点検員の合同研修を行う事業。", "H19.09.12 合同研修の実施", "合同研修の実施", "医療保険部会 (豊川市)", "国保年金課", "保険年金課"),
    (47, "消防指令センターの共同運用", "消防の指令業務を一つのセンターで共同運用する事業。", "", "協議中", "消防部会 (豊橋市)", "消防本部 情報指令課", "消防本部 通信指令課"),
    (48, "広域観光パンフレットの作成", "東三河の観光資源を紹介するパンフレットを共同で作成する事業。", "H19.06 共同パンフレット作成", "増刷", "観光部会 (豊川市)", "観光振興課", "商工観光課"),
    (49, "地場産品の合同展示", "両市の地場産品を首都圏で合同展示する事業。", "", "合同展示会の開催", "観光部会 (豊川市)", "商業労政課", "商工観光課"),
    (50, "図書館の広域利用", "両市の住民がどちらの図書館も利用できるようにする事業。", "H19.04.01 広域利用開始", "利用の継続", "教育部会 (豊橋市)", "教育委員会 中央図書館", "教育委員会 中央図書館"),
    (51, "職員合同研修", "両市の職員が合同で研修を受講する事業。", "H19.10.05 合同研修の実施(参加者48名)", "合同研修の実施", "人事部会 (豊川市)", "人事課", "人事課"),
    (52, "ごみ処理施設の相互支援", "ごみ処理施設の故障時に相互に受け入れる事業。", "H20.02.01 相互支援協定の締結", "", "環境部会 (豊橋市)", "清掃施設課", "清掃事業課"),
    (53, "災害時の相互応援", "災害時に物資と職員を相互に応援する事業。", "H19.08.30 相互応援協定の締結", "合同訓練の実施", "", "防災危機管理課", "防災対策課"),
    (54, "公共施設予約システムの共同利用", "公共施設予約システムを共同で調達する事業。", "", "協議中", "情報部会 (豊橋市)", "情報企画課", "情報システム課"),
]


def joint_xlsx(path: Path) -> None:
    """The same kind of table saved from the spreadsheet: a title row, a two-row header with merged cells."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.created = wb.properties.modified = datetime(2008, 6, 2, 9, 0)   # a fixed save date, not today's
    ws = wb.active
    ws.title = "連携事業"
    a, b = XLSX_CITIES
    ws["A1"] = f"{a}・{b} 連携事業の進捗状況（平成{XLSX_YEAR[1:]}年度）"
    ws.append(["番号", "事業項目", "事業内容", "進捗状況", None, "部会名称 (部会長)", "担当部署", None])
    ws.append([None, None, None, "既に実施", f"今年度({XLSX_YEAR})に実施予定", None, a, b])
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:H2"):
        ws.merge_cells(cells)
    for no, title, desc, done, planned, sub, da, db in XLSX_JOINT:
        ws.append([no, title, desc, done or None, planned or None, sub or None, da, db])
    for col, width in zip("ABCDEFGH", (6, 28, 44, 30, 24, 22, 20, 20)):
        ws.column_dimensions[col].width = width
    wb.save(path)
    # openpyxl stamps the time of writing (zip entries, dcterms:modified); fixing it keeps a rerun byte-identical
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i)) for i in z.infolist()]
    parts = [(name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2008-06-02T09:00:00Z", data)) for name, data in parts]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2008, 6, 2, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- edition 3: 事務事業評価シート (HTML)
EVAL = {
    "事務事業コード": "2000317",
    "事業名": "県央地域広域連携推進事業",
    "担当部名": "総合政策部",
    "担当課名": "広域連携推進課",
    "施策の柱": "3 連携と協働のまちづくり",
    "開始年度": "平成8年度",
    "終了年度": "なし",
    "施策": "総3-1 広域行政の推進",
    "何をする事業か (概要)": "県央地域に位置する4市1町(上尾市、桶川市、北本市、鴻巣市、伊奈町)は、県央地域まちづくり協議会を設立し、"
                              "公共施設の相互利用や広域的な課題の調査研究を行っている。",
    "課題": "構成市町の施設予約の仕組みの違いを調整し、相互利用のメリットを住民にわかりやすく示すこと。",
    "決算年度": "令和6年度決算",
    "総事業費": 4860000,
    "特定財源": 1200000,
    "活動指標": ("広域施設予約システムの参加施設数", "施設", {"令和5年度": (40, 37), "令和6年度": (40, 38)}),
    "成果指標": ("公共施設の相互利用件数", "件", {"令和5年度": (3000, 2790), "令和6年度": (3000, 3360)}),
    "実績報告": "総会1回、幹事会3回(うち1回書面開催)、広域施設予約システム操作研修会(参加者42名)、"
                "合同職員研修「クレーム対応研修」(参加者31名)を実施した。",
    "評価": "相互利用件数は目標を上回った。参加施設数は目標に届かなかったため、未参加の施設に参加を働きかける。",
    "今後の方針(改善策)": "参加施設の拡大と予約システムの利便性向上を図る。",
}


def rate(plan: int, actual: int) -> str:
    return str(half_up(actual * 100 / plan))


def eval_html() -> str:
    e = EVAL
    rows = [("事務事業コード", e["事務事業コード"]), ("事業名", e["事業名"]), ("担当部名", e["担当部名"]),
            ("担当課名", e["担当課名"]), ("施策の柱", e["施策の柱"]), ("開始年度", e["開始年度"]),
            ("終了年度", e["終了年度"]), ("施策", e["施策"]), ("何をする事業か (概要)", e["何をする事業か (概要)"]),
            ("課題", e["課題"])]
    body = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    cost = (f"<tr><th rowspan=\"2\">歳出</th><th>総事業費(合計)</th><td>{e['決算年度']}</td><td>{e['総事業費']:,}</td></tr>\n"
            f"<tr><th>特定財源計</th><td>{e['決算年度']}</td><td>{e['特定財源']:,}</td></tr>\n"
            f"<tr><th colspan=\"2\">市の実質負担額(=総事業費−特定財源)</th><td>{e['決算年度']}</td>"
            f"<td>{e['総事業費'] - e['特定財源']:,}</td></tr>")
    indicators = []
    for kind in ("活動指標", "成果指標"):
        name, unit, years = e[kind]
        head = (f"<tr><th>{kind}</th><th>指標名</th><td colspan=\"3\">{name}</td><th>単位</th><td>{unit}</td></tr>\n"
                "<tr><th>年度</th><th>計画値</th><th>実績値</th><th>達成率</th></tr>")
        cells = "\n".join(f"<tr><td>{y}</td><td>{p:,}</td><td>{a:,}</td><td>{rate(p, a)}%</td></tr>"
                          for y, (p, a) in years.items())
        indicators.append(f"<table class=\"indicator\">\n{head}\n{cells}\n</table>")
    tail = "\n".join(f"<tr><th>{k}</th><td>{e[k]}</td></tr>" for k in ("実績報告", "評価", "今後の方針(改善策)"))
    return ("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>事務事業評価シート {e['事務事業コード']} {e['事業名']}（{e['決算年度']}）</title>\n</head>\n<body>\n"
            f"<h1>事務事業評価シート（{e['決算年度']}）</h1>\n<table class=\"sheet\">\n{body}\n</table>\n"
            f"<h2>事業費</h2>\n<table class=\"cost\">\n{cost}\n</table>\n<h2>指標</h2>\n"
            + "\n".join(indicators) + f"\n<h2>事業の評価・改善</h2>\n<table class=\"review\">\n{tail}\n</table>\n"
            "</body>\n</html>\n")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    files = {"ebetsu_gyosei_keiei_plan_ikensho_r11.txt": plan_text(),
             "fukuyama_onomichi_renkei_h19.txt": joint_text(),
             "kenou_jimujigyo_hyoka_r6.html": eval_html()}
    for name, text in files.items():
        path = DOCS / name
        path.write_text(text, encoding="utf-8")
        assert path.stat().st_size < 250_000, name
        print(f"{path.relative_to(HERE)}\t{path.stat().st_size} bytes")
    xlsx = DOCS / "toyohashi_toyokawa_renkei_h20.xlsx"
    joint_xlsx(xlsx)
    print(f"{xlsx.relative_to(HERE)}\t{xlsx.stat().st_size} bytes")


if __name__ == "__main__":
    main()
