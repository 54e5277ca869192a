"""Compute every answer of the made65 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
F_PDF = "01_汐見ヶ原市_令和6年度_施策評価結果.pdf"
F_XLSX = "02_汐見ヶ原市_使用料手数料_見直し一覧.xlsx"
F_DOCX = "03_椿野町_行政改革推進審議会_会議録.docx"
F_HTML = "04_汐見ヶ原市_指定管理者モニタリング結果.html"
F_TXT = "05_椿野町_行革効果額の推移.txt"


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m65-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def one(rows):
    assert len(rows) == 1, rows
    return rows[0]


P = D.POLICIES
KPI = [k for p in P for k in p["kpi"]]
RANK = {"A": 4, "B": 3, "C": 2, "D": 1}


def kpi(name):
    return one([k for k in KPI if k[0] == name])


def pol(pred):
    return [p for p in P if pred(p)]


# ---- pdf: 施策評価 ----
add("汐見ヶ原市の施策評価で、評価Aだった施策っていくつ？", "item", "count",
    len(pol(lambda p: p["grade"] == "A")), "grade count over label rows of one page per 施策",
    f"{F_PDF}: 評価 row on each page == A")
add("汐見ヶ原市の施策評価、公共交通の確保はどこの課の担当ですか", "item", "value",
    one(pol(lambda p: p["name"] == "公共交通の確保"))["dept"], "「どこの課」 read from the 主管課 label row",
    f"{F_PDF}: page 施策名 公共交通の確保, 主管課")
worst = min(P, key=lambda p: RANK[p["grade"]])
assert sum(1 for p in P if p["grade"] == worst["grade"]) == 1
add("施策評価（汐見ヶ原市）でいちばん評価が悪かった施策は？", "item", "contains", [worst["name"]],
    "smallest on an ordinal A>B>C>D scale", f"{F_PDF}: the only page with 評価 D")
add("汐見ヶ原市の令和6年度施策評価で、A以外の評価がついた施策は何件", "item", "count",
    len(pol(lambda p: p["grade"] != "A")), "negation 以外 over 施策 grades", f"{F_PDF}: 評価 != A")
add("汐見ヶ原市の施策評価の成果指標で、達成状況が↓のものはいくつありますか", "table_row", "count",
    sum(1 for k in KPI if k[6] == "↓"), "count arrows in KPI tables spread over six pages",
    f"{F_PDF}: KPI tables, 達成状況 column == ↓")
add("汐見ヶ原市の観光入込客数、R6実績は何千人？", "table_row", "value", kpi("観光入込客数")[4],
    "one KPI cell in 千人", f"{F_PDF}: 観光の振興 page, 観光入込客数 row, R6実績")
k = kpi("コミュニティバス利用者数")
add("汐見ヶ原市のコミュニティバス利用者数って、R5からR6でどれだけ減った？（人）", "table_row", "value",
    k[3] - k[4], "difference between two year columns", f"{F_PDF}: コミュニティバス利用者数 R5実績 - R6実績")
k = kpi("特定健診受診率")
add("汐見ヶ原市の特定健診受診率、R6実績だと目標値まであと何ポイント足りない？", "table_row", "value",
    round(k[5] - k[4], 1), "gap between target and latest actual", f"{F_PDF}: 特定健診受診率 目標値(R8) - R6実績")
p = one(pol(lambda p: p["dept"] == "危機管理課"))
add(["汐見ヶ原市の施策評価で、危機管理課が主管の施策は？", "その評価は何？"], "item", "value", p["grade"],
    "follow-up referring back to one 施策", f"{F_PDF}: page with 主管課 危機管理課, 評価")
low = pol(lambda p: RANK[p["grade"]] <= RANK["C"])
add(["汐見ヶ原市の施策評価でC以下だった施策は何件？", "そのうち環境政策課のやつは？"], "item", "contains",
    [one([p for p in low if p["dept"] == "環境政策課"])["name"]], "condition then narrowing by 主管課",
    f"{F_PDF}: 評価 C or D ({len(low)}), 主管課 環境政策課")
add("汐見ヶ原市の防災訓練参加者数、2024年度の実績は何人？", "table_row", "value", kpi("防災訓練参加者数")[4],
    "西暦 2024年度 = R6 column", f"{F_PDF}: 防災訓練参加者数 R6実績")

# ---- xlsx: 使用料・手数料 ----
FE = D.FEES
top = max(FE, key=lambda f: f["rate"])
add("汐見ヶ原市の使用料・手数料見直しで、改定率がいちばん高いのはどれ？", "table_row", "contains", [top["name"]],
    "largest of a computed-percent column", f"{F_XLSX}: 見直し一覧, max 改定率（%） ({top['rate']})")
dated = [f for f in FE if f["start"]]
add(["汐見ヶ原市の使用料・手数料の見直しで、施行日が決まってるのは何件？", "そのうち令和8年4月1日施行のは何件？"],
    "table_row", "count", sum(1 for f in dated if f["start"] == "令和8年4月1日"),
    "follow-up narrowing by a 和暦 date", f"{F_XLSX}: 施行日 == 令和8年4月1日")
add("汐見ヶ原市の使用料・手数料で料金を据え置くものは何件ありますか", "table_row", "count",
    sum(1 for f in FE if not f["start"]), "据置き = 施行日 －, also in the summary sheet's 合計 row",
    f"{F_XLSX}: 施行日 －（所管課別集計 合計 うち据置き）")
add("汐見ヶ原市の手数料見直し、市民課の分の年間増収見込額は合計で何千円？", "table_row", "value",
    sum(f["gain"] for f in FE if f["dept"] == "市民課"), "sum by 所管課 (also a row of 所管課別集計)",
    f"{F_XLSX}: 所管課別集計 row 市民課")
add("汐見ヶ原市の使用料・手数料見直しで改定率20%以上のものはいくつ？", "table_row", "count",
    sum(1 for f in FE if f["rate"] >= 20), "threshold on a percent column, inclusive",
    f"{F_XLSX}: 改定率（%） >= 20")
add("汐見ヶ原市の料金見直し、令和9年になってから施行されるのは何件？", "table_row", "count",
    sum(1 for f in FE if f["start"] and f["start"].startswith("令和9年")), "calendar 和暦 date comparison",
    f"{F_XLSX}: 施行日 令和9年1月1日")
add("汐見ヶ原市の使用料・手数料見直しで見込んでる増収は全体で何千円？", "table_row", "value",
    sum(f["gain"] for f in FE), "合計 row of the summary sheet", f"{F_XLSX}: 所管課別集計 合計, 年間増収見込額")
env = [f for f in FE if f["dept"] == "環境政策課"]
add(["汐見ヶ原市の使用料・手数料の見直しで環境政策課が所管してるのは？", "そのうち値上げする方の備考は？"],
    "table_row", "contains", [one([f for f in env if f["start"]])["note"]], "narrowing then a 備考 cell",
    f"{F_XLSX}: 環境政策課 rows, the one with a 施行日, 備考")
add("汐見ヶ原市の駅前市営駐車場の料金改定っていつから？", "table_row", "value",
    one([f for f in FE if f["name"] == "駅前市営駐車場"])["start"], "和暦 date as printed",
    f"{F_XLSX}: 駅前市営駐車場 row, 施行日")
add("汐見ヶ原市の使用料（手数料じゃない方）で、スポーツ振興課以外のもので実際に値上げするのは何件？", "table_row",
    "count", sum(1 for f in FE if f["kind"] == "使用料" and f["dept"] != "スポーツ振興課" and f["start"]),
    "区分 filter + negation on 所管課 + exclude 据置き", f"{F_XLSX}: 区分 使用料, 所管課 != スポーツ振興課, 施行日 set")
add(["汐見ヶ原市の文化会館の大ホール、今の使用料はいくら？", "改定したら何%上がるの？"], "table_row", "value",
    one([f for f in FE if f["name"].startswith("文化会館 大ホール")])["rate"], "follow-up: 改定率 of the same row",
    f"{F_XLSX}: 文化会館 大ホール（全日） row, 改定率（%）")

# ---- docx: 会議録 ----
M = D.MEETING
add("椿野町の行革審議会（令和7年度第2回）を欠席した委員は誰？", "passage", "contains",
    [M["absent"][0][1].split()[0]], "欠席委員 line", f"{F_DOCX}: ４ 欠席委員")
add("椿野町の審議会の会議録で、令和6年度の電子申請件数は何件って説明してた？", "passage", "value", 4820,
    "figure inside a 事務局 answer", f"{F_DOCX}: 事務局（総務課長） answer to 委員（大西）")
add("椿野町の行政改革推進審議会、第2回はどこで開かれた？", "passage", "contains", ["第1会議室"],
    "場所 line", f"{F_DOCX}: ２ 場所")
add("椿野町の審議会で、職員の時間外勤務の目標って月何時間になってる？", "passage", "value", 10,
    "the target, not the actual 12.4 or the previous 13.9", f"{F_DOCX}: 事務局（総務課長） 目標の10時間")
add(["椿野町の審議会で町有地の売却について答えたのは誰？", "で、令和6年度の売却額は何万円？"], "passage", "value",
    3860, "follow-up on the same answer paragraph", f"{F_DOCX}: 事務局（総務課長） 売却額は3,860万円")
add("椿野町の会議録だと、時間外勤務は前年度から何時間減ったの？", "passage", "value", round(13.9 - 12.4, 1),
    "difference of two figures in one paragraph", f"{F_DOCX}: 12.4時間 vs 前年度の13.9時間")
add("椿野町の審議会で、指定管理の施設のうち令和8年度に更新を迎えるのは何施設って言ってた？", "passage", "value", 2,
    "the 2, not the 7 in the same sentence", f"{F_DOCX}: 事務局（総務課長） 7施設で、そのうち2施設")
add(["椿野町の審議会の会長って誰？", "その人はどんな質問をした？"], "passage", "contains", ["いつから適用"],
    "会長 named in 出席委員 and as 会長（森川） in 質疑", f"{F_DOCX}: 会長（森川） paragraph")

# ---- html: 指定管理 モニタリング ----
FA = D.FACILITIES
add("汐見ヶ原市の指定管理施設で、総合評価Aのところは何か所？", "table_row", "count",
    sum(1 for f in FA if f["grade"] == "A"), "grade count in an html table with two header rows",
    f"{F_HTML}: 総合評価 == A")
add("汐見ヶ原市の指定管理施設で、利用者が前の年より減ったのはいくつ？", "table_row", "count",
    sum(1 for f in FA if f["r6"] < f["r5"]), "compare two year columns under a colspan header",
    f"{F_HTML}: 令和6年度 < 令和5年度")
add("汐見ヶ原市の指定管理、令和9年3月末までに指定期間が切れる施設は何か所ありますか", "table_row", "count",
    sum(1 for f in FA if D.reiwa_end(f["end"]) <= (9, 3, 31)), "までに over R-dotted period ends (inclusive)",
    f"{F_HTML}: 指定期間 end <= R9.3.31")
add("汐見ヶ原市の海浜公園キャンプ場の指定管理者ってどこ？", "table_row", "contains",
    ["ベイフィールド"], "one cell by facility", f"{F_HTML}: 海浜公園キャンプ場 row, 指定管理者")
topf = max(FA, key=lambda f: f["r6"])
add("汐見ヶ原市の指定管理施設で、令和6年度の利用者がいちばん多かったのは？", "table_row", "contains",
    [topf["name"]], "max of one year column", f"{F_HTML}: max 令和6年度 利用者数")
cul = one([f for f in FA if f["name"].endswith("文化会館")])
add("汐見ヶ原市の文化会館、利用者数は1年でどれだけ増えた？", "table_row", "value", cul["r6"] - cul["r5"],
    "difference across the two year columns", f"{F_HTML}: 汐見ヶ原市文化会館 令和6年度 - 令和5年度")
add("汐見ヶ原市で株式会社が指定管理者になってる施設はいくつ？", "table_row", "count",
    sum(1 for f in FA if f["mgr"].startswith("株式会社")), "substring condition on 指定管理者",
    f"{F_HTML}: 指定管理者 starts with 株式会社")
c = one([f for f in FA if f["grade"] == "C"])
add(["汐見ヶ原市の指定管理者モニタリング結果について教えて", "評価がCの施設は？", "そこの令和5年度の利用者数は？"],
    "table_row", "value", c["r5"], "three turns narrowing to one cell", f"{F_HTML}: 総合評価 C row, 令和5年度")
r6s = [f for f in FA if f["start"] == "R6.4.1"]
add(["汐見ヶ原市の指定管理で、指定期間が令和6年4月から始まった施設は？", "そのうち評価Bのところの指定管理者は？"],
    "table_row", "contains", [one([f for f in r6s if f["grade"] == "B"])["mgr"].replace("株式会社", "")],
    "和暦 written out vs R6.4.1 in the cell, then narrowing", f"{F_HTML}: 指定期間 R6.4.1～, 総合評価 B")

# ---- txt: 効果額 ----
EF = D.EFFECTS
Y = D.EFFECT_YEARS
tot = {y: sum(e["v"][y] for e in EF) for y in Y}
eff = {e["name"]: e for e in EF}
add("椿野町の行革効果額、令和6年度の合計は何千円？", "table_row", "value", tot["R6"], "合計 row",
    f"{F_TXT}: 合計 row, 令和6年度")
add("椿野町の行革効果額で、マイナスになった年がある取組は何件？", "table_row", "count",
    sum(1 for e in EF if any(v < 0 for v in e["v"].values())), "▲ means negative",
    f"{F_TXT}: rows with ▲ in any year")
add("椿野町の効果額の表で補助金の見直しの令和5年度っていくら？", "table_row", "value", eff["補助金の見直し"]["v"]["R5"],
    "▲800 read as -800", f"{F_TXT}: 補助金の見直し row, 令和5年度 ▲800")
topE = max(EF, key=lambda e: e["total"])
add("椿野町の行革で、4年間の累計効果額がいちばん大きい取組は？", "table_row", "contains", [topE["name"]],
    "max of 累計 column", f"{F_TXT}: max 累計")
add("椿野町のふるさと納税の推進の効果額、令和4年度から令和6年度までを足すといくら（千円）？", "table_row", "value",
    sum(eff["ふるさと納税の推進"]["v"][y] for y in ("R4", "R5", "R6")), "sum over a から…まで year range",
    f"{F_TXT}: ふるさと納税の推進 令和4年度+令和5年度+令和6年度")
add("椿野町の公共施設の統廃合の効果額、2022年度はいくら？", "table_row", "value",
    eff["公共施設の統廃合"]["v"]["R4"], "西暦 2022年度 = 令和4年度 column", f"{F_TXT}: 公共施設の統廃合 令和4年度")
add(["椿野町の行革効果額の表って、取組はいくつ載ってる？", "そのうち一度もマイナスになってないのは何件？"], "table_row",
    "count", sum(1 for e in EF if all(v >= 0 for v in e["v"].values())), "一度も…ない after a count",
    f"{F_TXT}: rows without ▲")
add("椿野町で、令和6年度の効果額が3,000万円を超えた取組はいくつ？", "table_row", "count",
    sum(1 for e in EF if e["v"]["R6"] > 30000), "万円 in the question vs 千円 in the table",
    f"{F_TXT}: 令和6年度 > 30,000千円")
add("椿野町の事務事業の見直しって、もう終わった？", "table_row", "value",
    "はい" if eff["事務事業の見直し"]["status"] == "完了" else "いいえ", "yes/no from the 状況 column (完了)",
    f"{F_TXT}: 事務事業の見直し row, 状況 完了")
add(["椿野町の電子申請システムの導入の効果額、令和3年度は？", "じゃあ令和6年度は？"], "table_row", "value",
    eff["電子申請システムの導入"]["v"]["R6"], "follow-up changing only the year",
    f"{F_TXT}: 電子申請システムの導入 令和6年度")
add("椿野町の未利用町有地の売却はもう完了した取組？", "table_row", "value",
    "はい" if eff["未利用町有地の売却"]["status"] == "完了" else "いいえ", "yes/no; 状況 継続 -> いいえ",
    f"{F_TXT}: 未利用町有地の売却 row, 状況 継続")

assert len(Q) == 50, len(Q)
out = Path(__file__).resolve().parent / "questions.jsonl"
out.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
from collections import Counter
print(Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q), sum(len(q["turns"]) > 1 for q in Q))
