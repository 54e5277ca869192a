"""Compute every answer of the made62 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
I = D.ITEMS
W = D.WAREKI


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m62-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred):
    return [i["code"] for i in I if pred(i)]


def g(i, y):
    return i["grades"][y]


def avg(p):
    s = D.SCORES[p]
    return f"{sum(s) / len(s):.1f}"


RANK = {"S": 4, "A": 3, "B": 2, "C": 1}
DOC = "鶴ヶ丘市の行財政改革実施計画"

# ---- practice (行革項目) ----
add(f"{DOC}で令和6年度の達成度がSの行革項目は？", "practice", "set",
    codes(lambda i: g(i, "R6") == "S"), "grade in one 和暦 year", "ITEMS grades R6 == S")
add(f"{DOC}で、令和5年度から令和7年度までずっとAだった項目はどれ？", "practice", "set",
    codes(lambda i: all(g(i, y) == "A" for y in ("R5", "R6", "R7"))), "same grade across a year range",
    "grades R5,R6,R7 all A")
add(f"{DOC}で一度でも達成度Cがついた行革項目を教えて", "practice", "set",
    codes(lambda i: "C" in i["grades"].values()), "any year", "C in any year")
add(f"鶴ヶ丘市の実施計画で2025年度に達成度Bだった項目は？", "practice", "set",
    codes(lambda i: g(i, "R7") == "B"), "西暦 2025年度 = 令和7年度 in a 和暦 document", "grades R7 == B")
add(f"{DOC}で令和8年度に完了した行革項目は？", "practice", "set",
    codes(lambda i: i["done"] == "R8"), "完了年度 line under each heading", "done == R8")
add(f"{DOC}で、まだ完了していない行革項目は何件？", "practice", "count",
    len(codes(lambda i: i["done"] is None)), "完了年度：―（継続） means continuing", "count done is None")
add(f"{DOC}で令和7年度に追加された項目は？", "practice", "set",
    codes(lambda i: i["added"] == "R7"), "追加年度 line; codes 追1/追2", "added == R7")
add(f"{DOC}で令和6年度に情報政策課が担当していた行革項目は？", "practice", "set",
    codes(lambda i: g(i, "R6") and i["dept"]["R6"] == "情報政策課"), "担当課 per year row (renamed DX推進課 from R7)",
    "dept R6 == 情報政策課 with a row in R6")
add(f"{DOC}で担当課がDX推進課の項目は？", "practice", "set",
    codes(lambda i: any(g(i, y) and i["dept"][y] == "DX推進課" for y in D.YEARS)),
    "any row naming DX推進課", "dept == DX推進課 in any year with a row")
add(f"{DOC}で令和5年度はCだったのに令和8年度にSかAになった項目は？", "practice", "set",
    codes(lambda i: g(i, "R5") == "C" and g(i, "R8") in ("S", "A")), "change across years", "R5 C and R8 in S/A")
add(f"{DOC}で令和6年度より令和7年度の達成度が下がった行革項目は？", "practice", "set",
    codes(lambda i: g(i, "R6") and g(i, "R7") and RANK[g(i, "R7")] < RANK[g(i, "R6")]),
    "order S>A>B>C; only items graded in both years", "rank R7 < rank R6")
add(f"{DOC}の重点事項2の行革項目で、Cが一度もないものは？", "practice", "set",
    codes(lambda i: i["pr"] == 2 and "C" not in i["grades"].values()), "negation within one 重点事項",
    "pr == 2 and no C")
it5 = [i for i in I if i["code"] == "5"][0]
add(f"{DOC}の行革項目5の令和7年度の達成度は？", "practice", "value", g(it5, "R7"),
    "one cell", "item 5 grade R7")
it8 = [i for i in I if i["code"] == "8"][0]
add(f"{DOC}でふるさと納税の強化の担当課はどこ？", "practice", "value", it8["dept"]["R8"],
    "item named by title", "item 8 dept")
n_s_r8 = len(codes(lambda i: g(i, "R8") == "S"))
add(f"{DOC}で令和8年度に達成度Sだった項目は何件？", "practice", "count", n_s_r8,
    "count; also in the 達成度の集計 table", "count grades R8 == S")
cnt = {y: {k: sum(1 for i in I if g(i, y) == k) for k in "SABC"} for y in D.YEARS}
add(f"{DOC}の達成度の集計で、令和6年度のAは何件？", "table_row", "value", cnt["R6"]["A"],
    "summary table row 令和6年度, column A", "count grades R6 == A")
best = max(D.YEARS, key=lambda y: cnt[y]["S"])
assert sorted(cnt[y]["S"] for y in D.YEARS)[-1] != sorted(cnt[y]["S"] for y in D.YEARS)[-2]
add(f"{DOC}で、S評価がいちばん多かった年度は？", "table_row", "value", W[best],
    "argmax of S per year", f"S counts {[cnt[y]['S'] for y in D.YEARS]}")
it12 = [i for i in I if i["code"] == "12"][0]
add([f"{DOC}の行革項目12はどこの担当？", "その令和8年度の達成度は？"], "practice", "value", g(it12, "R8"),
    "2 turns: item kept from turn 1", "item 12 grade R8")
c5 = codes(lambda i: g(i, "R5") == "C")
add([f"{DOC}で令和5年度にCだった項目は？", "そのうち令和8年度にSになったのは？"], "practice", "set",
    [c for c in c5 if g([i for i in I if i["code"] == c][0], "R8") == "S"],
    "2 turns: narrowing", f"R5 C = {c5}, then R8 S")
b8 = codes(lambda i: g(i, "R8") == "B")
add([f"{DOC}で令和8年度にBだった項目は？", "そのうち担当が財政課のものは？"], "practice", "set",
    codes(lambda i: g(i, "R8") == "B" and i["dept"]["R8"] == "財政課"), "2 turns: narrowing by department",
    f"R8 B = {b8}, then dept 財政課")
add(f"{DOC}の重点事項3に属する行革項目は？", "practice", "set", codes(lambda i: i["pr"] == 3),
    "items under a 重点事項 heading", "pr == 3")
add(f"{DOC}で2023年度から2026年度の4年間すべてでA以上だった項目は？", "practice", "set",
    codes(lambda i: all(g(i, y) in ("S", "A") for y in D.YEARS)),
    "西暦 range = R5–R8; items without a row in some year excluded", "all four years S or A")

# ---- initiative (重点事項) ----
per = {p: sum(1 for i in I if i["pr"] == p) for p in D.PRIORITIES}
top = max(per, key=per.get)
add(f"{DOC}で行革項目がいちばん多い重点事項は？", "initiative", "value", str(top),
    "count of headings per 重点事項", f"counts {per}")
add(f"{DOC}の重点事項1には行革項目が何件ある？", "initiative", "count", per[1],
    "includes the added 追1", "count pr == 1")

# ---- committee ----
avgs = {p: avg(p) for p in D.PRIORITIES}
hi = max(avgs, key=lambda p: float(avgs[p]))
lo = min(avgs, key=lambda p: float(avgs[p]))
add("鶴ヶ丘市の行財政改革推進委員会の評価で、平均がいちばん高い重点事項は？", "initiative", "value", str(hi),
    "平均 column", f"averages {avgs}")
add("鶴ヶ丘市の推進委員会評価で、重点事項2の平均点は？", "comment", "value", avgs[2],
    "平均 column", f"mean of {D.SCORES[2]}")
add("推進委員会で青木委員が5点をつけた重点事項は？（鶴ヶ丘市）", "initiative", "set",
    [str(p) for p in D.PRIORITIES if D.SCORES[p][0] == 5], "one member column", "青木委員 == 5")
add("鶴ヶ丘市の委員会評価で平均が3.5未満の重点事項はどれ？", "initiative", "set",
    [str(p) for p in D.PRIORITIES if float(avgs[p]) < 3.5], "threshold on 平均", "avg < 3.5")
add("鶴ヶ丘市の委員会で2点をつけた委員がいる重点事項は？", "initiative", "set",
    [str(p) for p in D.PRIORITIES if 2 in D.SCORES[p]], "any member column", "2 in scores")
add("鶴ヶ丘市の推進委員会は重点事項4についてどんな意見を出した？", "comment", "contains",
    ["時間外勤務が再び増加"], "opinion in <details> block", "OPINIONS[4][0]")
add(["鶴ヶ丘市の推進委員会で重点事項1の平均は？", "井上委員の点数は？"], "comment", "value",
    str(D.SCORES[1][1]), "2 turns: same 重点事項, one member column", "SCORES[1][井上委員]")
add(["鶴ヶ丘市の委員会評価で平均がいちばん低い重点事項は？", "その重点事項への委員の意見は？"], "comment", "contains",
    [D.OPINIONS[lo][0][:12]], "2 turns: argmin then its opinions", f"lowest = {lo}")
add("鶴ヶ丘市の委員会評価で施設総量の削減目標について意見が出たのはどの重点事項？", "comment", "set",
    [str(p) for p in D.OPINIONS if any("施設総量" in o for o in D.OPINIONS[p])], "search opinions by phrase",
    "opinion containing 施設総量")

# ---- joint projects ----
J = D.JOINT
REG = "湾岸北部地域の共同事業"
yi = {"令和6年度": 0, "令和7年度": 1, "令和8年度": 2, "2024年度": 0, "2025年度": 1, "2026年度": 2}
add(f"{REG}で白浜村が参加しているものは？", "joint_project", "set",
    [j["no"] for j in J if "白浜村" in j["members"]], "○ column of one member", "白浜村 in members")
add(f"{REG}で4団体すべてが参加している事業は？", "joint_project", "set",
    [j["no"] for j in J if len(j["members"]) == 4], "○ in every member column", "len(members) == 4")
add(f"{REG}で令和7年度に実施した事業は？", "joint_project", "set",
    [j["no"] for j in J if j["years"][1] == "●"], "● in the 令和7年度/2025年度 column", "years[1] == ●")
add(f"{REG}のうち2024年度は検討段階だったものは？", "joint_project", "set",
    [j["no"] for j in J if j["years"][0] == "△"], "西暦 header row; △ = 検討", "years[0] == △")
add(f"{REG}で事務局が港北町のものは何件？", "joint_project", "count",
    sum(1 for j in J if j["office"] == "港北町"), "事務局 column", "office == 港北町")
add(f"{D.REGION}の共同事業は全部で何件？", "joint_project", "count", len(J), "rows", "len(JOINT)")
add(f"{REG}で東山市が参加していない事業は？", "joint_project", "set",
    [j["no"] for j in J if "東山市" not in j["members"]], "negation on a ○ column", "東山市 not in members")
j3 = J[2]
add([f"{REG}の3番は何という事業？", "参加している団体は？"], "joint_project", "contains",
    j3["members"], "2 turns: members of one row", "JOINT[3].members")
add(f"{REG}で令和6年度から令和8年度まで毎年実施している事業は？", "joint_project", "set",
    [j["no"] for j in J if j["years"] == ["●", "●", "●"]], "● in all three year columns", "all ●")
add([f"{REG}で港北町が事務局の事業は？", "そのうち2025年度に実施したものは？"], "joint_project", "set",
    [j["no"] for j in J if j["office"] == "港北町" and j["years"][1] == "●"], "2 turns: narrowing by 西暦 year",
    "office 港北町 and years[1] == ●")
add(f"{REG}で令和8年度に検討段階に戻った事業は？", "joint_project", "set",
    [j["no"] for j in J if j["years"][1] == "●" and j["years"][2] == "△"], "change between years",
    "years[1] ● and years[2] △")

# ---- case studies ----
C = D.CASES
CS = "行政改革先進事例集（2026年度版）"
add(f"{CS}で2021年度に始まった事例は？", "case_study", "set",
    [str(c["no"]) for c in C if c["start"] == 2021], "開始年度 column", "start == 2021")
hmax = max((c for c in C if c["hours"]), key=lambda c: c["hours"])
add(f"{CS}で削減した作業時間がいちばん多い事例は？", "case_study", "value", str(hmax["no"]),
    "figures inside the 効果 text", f"hours {[(c['no'], c['hours']) for c in C]}")
add([f"{CS}で長野県の事例は？", "それぞれいつ始まった？"], "case_study", "contains",
    [f"{c['start']}年度" for c in C if c["pref"] == "長野県"], "2 turns: 都道府県 then 開始年度",
    "pref == 長野県 → start")
add(f"{CS}の事例5はどこの団体？", "case_study", "value", C[4]["org"], "団体名 cell", "CASES[5].org")
add([f"{CS}で書かない窓口を導入したのはどこ？", "その効果は？"], "case_study", "contains",
    ["1,200時間"], "2 turns: long 効果 cell", "CASES[1].effect")
add(f"{CS}で分野がデジタル化の事例は何件？", "case_study", "count",
    sum(1 for c in C if c["field"] == "デジタル化"), "分野 column", "field == デジタル化")

# ---- evaluation sheet ----
E = D.EVAL
EV = "オンライン申請推進事業の事務事業評価表"
add(f"{EV}で所管課はどこ？", "program", "value", E["dept"], "【所管課】 label", "EVAL.dept")
ind0, ind1 = E["indicators"]
add(f"{EV}で2024年度のオンライン化手続数の実績は？", "indicator", "value", str(ind0["actual"][1]),
    "fixed-width 指標 table, 実績 row, 2024年度 column", "actual[2024]")
add(f"{EV}で2025年度のオンライン申請率の達成率は？", "indicator", "value",
    f"{D.rate(ind1['plan'][2], ind1['actual'][2]):.1f}%", "達成率 row", "52/50")
add(f"{EV}でオンライン化手続数が目標に届かなかった年度は？", "indicator", "contains",
    [f"{y}年度" for y, p, a in zip(E["years"], ind0["plan"], ind0["actual"]) if a < p],
    "negation: 実績 < 目標", "actual < plan")
add(f"{EV}の2025年度の事業費はいくら？", "program", "value", f"{E['cost'][2025]:,}千円",
    "【事業費（千円）】 table", "cost[2025]")
add([f"鶴ヶ丘市の事務事業評価表の事業名は？", "今後の方向性は？"], "program", "contains",
    ["オンライン申請率60%"], "2 turns: 【今後の方向性】", "EVAL.direction")

# Trimmed to 50: drop near-duplicates (by the provisional numbering above) and renumber.
DROP = {"m62-007", "m62-022", "m62-029", "m62-033", "m62-039", "m62-048"}
Q = [q for q in Q if q["id"] not in DROP]
for k, q in enumerate(Q, 1):
    q["id"] = f"m62-{k:03d}"
assert len(Q) == 50, len(Q)

out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "two-turn")
