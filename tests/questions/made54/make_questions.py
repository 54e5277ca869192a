"""Compute every made54 answer from data.py and write questions.jsonl."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data as D  # noqa: E402

HERE = Path(__file__).resolve().parent
YI = {y: i for i, y in enumerate(D.YEARS)}
RANK = {"A": 3, "B": 2, "C": 1}
ITEMS = [dict(no=str(n), ini=i, name=nm, g=g, done=d, dept=dp, pol=D.INITIATIVES[i][0])
         for n, i, nm, g, d, dp in D.ITEMS]


def g(it, y):
    return it["g"][YI[y]]


def codes(pred, rows=ITEMS):
    return [r["no"] for r in rows if pred(r)]


AVG = {i: round(sum(s) / len(s), 1) for i, s in D.SCORES.items()}
JP = [dict(no=str(n), field=f, name=nm, start=s, cost=c, part={D.MUNIS[int(k)] for k in p})
      for n, f, nm, s, c, p in D.JOINT]


def start_fy(s):
    """和暦開始年度 -> 西暦 fiscal year."""
    era, rest = s[:2], s[2:].replace("年度", "")
    n = 1 if rest == "元" else int(rest)
    return (1988 if era == "平成" else 2018) + n


def jp(pred):
    return [r["no"] for r in JP if pred(r)]


P = D.PROGRAM
COST_TOTAL = {y: sum(v[y] for v in P["内訳"].values()) for y in P["years"]}
GEN = {y: COST_TOTAL[y] - sum(v[y] for v in P["財源"].values()) for y in P["years"]}
OUT_T = {y: P["成果指標"][2][y][0] for y in P["years"]}
OUT_A = {y: P["成果指標"][2][y][1] for y in P["years"]}
ACT = P["活動指標"][2]

Q = []


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m54-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


PL = "白鷺市の行政経営改革プランで"
# ---- practice items (実行項目), plan report HTML
q(PL + "令和6年度に未達成だった実行項目は？", "practice", "set",
  codes(lambda r: g(r, "R6") == "C"), "one year, one grade word", "R6 column == 未達成")
q("白鷺市の改革プラン、2023年度に達成した実行項目を教えて", "practice", "set",
  codes(lambda r: g(r, "R5") == "A"), "西暦 2023年度 = 令和5年度", "R5 column == 達成")
q(PL + "令和4年度から令和7年度まで4年間ずっと達成の実行項目は？", "practice", "set",
  codes(lambda r: r["g"] == "AAAA"), "all years", "all four columns 達成")
q("白鷺市のプランで一度も目標を達成できず、4年間とも未達成のままの項目はある？", "practice", "set",
  codes(lambda r: r["g"] == "CCCC"), "all years, negative grade", "all four columns 未達成")
q(PL + "令和5年度は未達成だったが令和6年度に概ね達成以上に改善した実行項目は？", "practice", "set",
  codes(lambda r: g(r, "R5") == "C" and g(r, "R6") in "AB"), "change between years",
  "R5 未達成 and R6 in {達成, 概ね達成}")
q(PL + "令和5年度より令和6年度の評価が下がった実行項目は？", "practice", "set",
  codes(lambda r: g(r, "R5") in RANK and g(r, "R6") in RANK and RANK[g(r, "R6")] < RANK[g(r, "R5")]),
  "change: worse; ― is not a grade", "達成>概ね達成>未達成; both years graded; R6 lower")
q(PL + "取組を完了した実行項目は何件？", "practice", "count",
  len(codes(lambda r: r["done"])), "完了年度 column non-empty", "count of rows with 完了年度")
q(PL + "令和7年度に完了した実行項目はどれ？", "practice", "set",
  codes(lambda r: r["done"] == "R7"), "完了年度 = 令和7年度", "完了年度 == 令和7年度")
q("白鷺市のプランでデジタル推進課が所管している実行項目は？", "practice", "set",
  codes(lambda r: r["dept"] == "デジタル推進課"), "department", "所管課 == デジタル推進課")
q("白鷺市の改革プランで資産経営課の実行項目はいくつある？", "practice", "count",
  len(codes(lambda r: r["dept"] == "資産経営課")), "department count", "所管課 == 資産経営課")
q(PL + "令和7年度が概ね達成だった実行項目を一覧で", "practice", "set",
  codes(lambda r: g(r, "R7") == "B"), "grade word 概ね達成 (must not match 達成 alone)", "R7 == 概ね達成")
q(PL + "基本方針2の実行項目のうち、令和7年度に取り組んだのに達成にならなかったものは？", "practice", "set",
  codes(lambda r: r["pol"] == 2 and g(r, "R7") in "BC"),
  "negation restricted to graded years (― = not implemented, excluded)", "基本方針2 table, R7 in {概ね達成, 未達成}")
q(PL + "令和6年度は実施していない（―）実行項目は？", "practice", "set",
  codes(lambda r: g(r, "R6") == "-"), "― as a value", "R6 == ―")
q(PL + "令和7年度に達成した実行項目は何件？", "practice", "count",
  len(codes(lambda r: g(r, "R7") == "A")), "aggregate", "count R7 == 達成")
q(PL + "2022年度に達成だった実行項目の数は？", "practice", "count",
  len(codes(lambda r: g(r, "R4") == "A")), "西暦 2022年度 = 令和4年度", "count R4 == 達成")
q(PL + "取組7「公共施設の適正配置」の実行項目は？", "practice", "set",
  codes(lambda r: r["ini"] == 7), "rowspan group", "rows under 取組 7")
q("白鷺市のプランの「書かない窓口の導入」は令和5年度どうだった？", "practice", "value",
  "未達成", "one cell by item name", "item 4, R5 column")
q("白鷺市のプランの実行項目No.23の令和6年度の評価は？", "practice", "value",
  "達成", "one cell by No.", "item 23, R6 column")
q(["白鷺市のプランで市民課が担当している実行項目は？", "そのうち令和7年度に達成したのは？"], "practice", "set",
  codes(lambda r: r["dept"] == "市民課" and g(r, "R7") == "A"), "2 turns: department then year filter",
  "所管課 市民課 and R7 == 達成")
q([PL + "令和4年度に未達成だった実行項目は？", "その中で令和7年度には達成したものは？"], "practice", "set",
  codes(lambda r: g(r, "R4") == "C" and g(r, "R7") == "A"), "2 turns: improvement over the plan period",
  "R4 == 未達成 and R7 == 達成")
q(PL + "計画期間の途中（令和5年度以降）から始まった実行項目は？", "practice", "set",
  codes(lambda r: g(r, "R4") == "-"), "R4 ― and later graded = started R5 or later",
  "R4 == ― (no item is ― in R4 because it ended)")
q(PL + "4年間で一度も未達成になっていない実行項目はどれ？", "practice", "set",
  codes(lambda r: "C" not in r["g"]), "negation across years", "no 未達成 in R4–R7")
q(["白鷺市のプランで財政課の実行項目は？", "そのうち完了したのは？"], "practice", "set",
  codes(lambda r: r["dept"] == "財政課" and r["done"]), "2 turns: department then 完了年度",
  "所管課 財政課 and 完了年度 non-empty")
q(PL + "人事課の実行項目で令和7年度に未達成のものは？", "practice", "set",
  codes(lambda r: r["dept"] == "人事課" and g(r, "R7") == "C"), "department + year + grade",
  "所管課 人事課 and R7 == 未達成")
q(PL + "令和6年度から令和7年度にかけて評価が上がった実行項目は？", "practice", "set",
  codes(lambda r: g(r, "R6") in RANK and g(r, "R7") in RANK and RANK[g(r, "R7")] > RANK[g(r, "R6")]),
  "change: better", "both graded; R7 higher than R6")
# ---- initiatives / committee (docx)
IK = "白鷺市行政経営改革推進委員会の評価意見書で"
q(IK + "委員平均がいちばん高い取組は？", "initiative", "ordered",
  [str(max(AVG, key=AVG.get))], "max of 委員平均", f"averages {AVG}")
q(IK + "委員平均が3.0未満の取組は？", "initiative", "set",
  [str(i) for i in AVG if AVG[i] < 3.0], "threshold on one-decimal average", "委員平均 < 3.0")
q(IK + "取組7の委員平均は？", "initiative", "value", AVG[7], "one cell", "取組7 row 委員平均")
q(IK + "全取組の委員平均を平均するといくつ？", "initiative", "value",
  round(sum(AVG.values()) / len(AVG), 2), "mean of the printed one-decimal averages",
  "sum of 委員平均 / 9")
q(IK + "委員Cが5点をつけた取組は？", "initiative", "set",
  [str(i) for i, s in D.SCORES.items() if s[2] == 5], "one member's column", "委員C column == 5")
q(IK + "委員平均が4.0以上の取組はいくつ？", "initiative", "count",
  sum(1 for v in AVG.values() if v >= 4.0), "count", "委員平均 >= 4.0")
q("白鷺市のプランの基本方針3にはどの取組がある？", "initiative", "set",
  [str(i) for i, (p, _) in D.INITIATIVES.items() if p == 3], "policy grouping (HTML h2)", "基本方針3 table")
q(IK + "時間外勤務について委員はどんな意見を出している？", "comment", "contains",
  ["業務量の平準化"], "opinion text by topic", "取組5 bullet 1")
q(IK + "高齢者や高齢化に触れた委員の意見があるのはどの取組？", "comment", "set",
  [str(i) for i, ops in D.OPINIONS.items() if any("高齢" in o for o in ops)], "opinions by keyword",
  "bullets containing 高齢")
q(IK + "取組3「市民との協働の推進」への委員の意見は？", "comment", "contains",
  ["地域自治組織の設立が計画より遅れており"], "opinions of one initiative", "取組3 first bullet")
q([IK + "委員平均がいちばん低い取組は？", "その取組に対する委員の意見を見せて"], "comment", "contains",
  [D.OPINIONS[min(AVG, key=AVG.get)][0][:12]], "2 turns: min average then its opinions",
  f"min average = 取組{min(AVG, key=AVG.get)}; first bullet")
q(IK + "委員の意見が3項目ある取組は？", "comment", "set",
  [str(i) for i, ops in D.OPINIONS.items() if len(ops) == 3], "count bullets per initiative", "len(bullets)==3")
q([IK + "取組5の委員平均は？", "その取組の実行項目で令和7年度に未達成のものは？"], "practice", "set",
  codes(lambda r: r["ini"] == 5 and g(r, "R7") == "C"), "2 turns across docx and html",
  "取組5 items with R7 == 未達成")
# ---- joint projects (xlsx)
JA = "しらさぎ連携中枢都市圏の連携事業で"
q(JA + "南原村が参加している事業は？", "joint_project", "set",
  jp(lambda r: "南原村" in r["part"]), "○ in one municipality column", "南原村 column == ○")
q(JA + "6市町村すべてが参加している事業は？", "joint_project", "set",
  jp(lambda r: len(r["part"]) == len(D.MUNIS)), "○ in every column", "all six columns ○")
q(JA + "事業費がいちばん大きい事業は？", "joint_project", "ordered",
  [max(JP, key=lambda r: r["cost"])["no"]], "max 事業費（千円）", "max cost")
q(JA + "令和5年度以降に始まった事業は？", "joint_project", "set",
  jp(lambda r: start_fy(r["start"]) >= 2023), "開始年度 in 和暦", "開始年度 >= 令和5年度")
q(JA + "2019年度以前から続いている事業は？", "joint_project", "set",
  jp(lambda r: start_fy(r["start"]) <= 2019),
  "西暦 2019 = 平成31年度 = 令和元年度; 平成30年度 = 2018", "start FY <= 2019")
q(JA + "事業費の合計は何千円？", "joint_project", "value",
  sum(r["cost"] for r in JP), "sum of 千円 column", "sum 事業費")
q(JA + "西川町が参加していない事業は？", "joint_project", "set",
  jp(lambda r: "西川町" not in r["part"]), "negation: blank cell", "西川町 column blank")
q(JA + "大池市と北峰町の両方が参加している事業はいくつ？", "joint_project", "count",
  len(jp(lambda r: {"大池市", "北峰町"} <= r["part"])), "two columns", "both columns ○")
q([JA + "防災分野の事業は？", "そのうち南原村が参加しているのは？"], "joint_project", "set",
  jp(lambda r: r["field"] == "防災" and "南原村" in r["part"]), "2 turns: field then column",
  "分野 防災 and 南原村 ○")
q([JA + "公共交通の事業を教えて", "その事業費は合わせていくら？（千円）"], "joint_project", "value",
  sum(r["cost"] for r in JP if r["field"] == "公共交通"), "2 turns: field then sum", "sum cost 分野 公共交通")
q(JA + "参加している市町村がいちばん少ない事業は？", "joint_project", "ordered",
  [min(JP, key=lambda r: len(r["part"]))["no"]], "count ○ per row, min", "min number of ○")
q([JA + "産業振興の事業は？", "西川町が参加していないのはどれ？"], "joint_project", "set",
  jp(lambda r: r["field"] == "産業振興" and "西川町" not in r["part"]), "2 turns: negation on a column",
  "分野 産業振興 and 西川町 blank")
# ---- evaluation sheet (pdf)
ES = "白鷺市のコミュニティバス運行事業の事務事業評価シートで"
q(ES + "令和6年度の年間利用者数の実績は？", "indicator", "value", OUT_A["R6"], "grid cell", "成果指標 実績 R6")
q(ES + "令和7年度の成果指標の達成率（実績÷目標）は何％？", "indicator", "value",
  round(OUT_A["R7"] / OUT_T["R7"] * 100, 1), "derived rate, one decimal", "164200/160000*100")
q(ES + "令和6年度の事業費合計はいくら（千円）？", "program", "value", COST_TOTAL["R6"],
  "printed 事業費合計 row", "sum of 内訳 R6")
q(ES + "運行委託料は令和5年度から令和7年度でいくら増えた？（千円）", "program", "value",
  P["内訳"]["運行委託料"]["R7"] - P["内訳"]["運行委託料"]["R5"], "change across years", "R7 - R5")
q(ES + "令和7年度の一般財源は？", "program", "value", GEN["R7"], "財源 row", "財源：一般財源 R7")
q(ES + "年間運行便数が目標に届かなかった年度は？", "indicator", "contains",
  [D.YEAR_LABEL[y] for y in P["years"] if ACT[y][1] < ACT[y][0]], "comparison per year",
  "活動指標 実績 < 目標")
q([ES + "事業費の内訳を見せて", "車両購入費が計上されているのは令和6年度だけ？その額は？"], "program", "value",
  P["内訳"]["車両購入費"]["R6"], "2 turns: 内訳 row", "車両購入費 R6")
q([ES + "年間利用者数の目標と実績を教えて", "令和5年度の達成率は？"], "indicator", "value",
  round(OUT_A["R5"] / OUT_T["R5"] * 100, 1), "2 turns: derived rate", "138400/150000*100")

# Draft had 58 questions; these draft positions were dropped to keep 50 (redundant aggregates).
DROP = {10, 15, 21, 22, 29, 31, 37, 46}
Q = [x for k, x in enumerate(Q, 1) if k not in DROP]
for k, x in enumerate(Q, 1):
    x["id"] = f"m54-{k:03d}"

with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(Q))
