"""Compute every answer of the made67 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
I = D.ITEMS
Y = D.YEARS
R = D.GRADE_ORDER
PLAN = "01 plan pdf"
COMM = "02 committee docx"
JNT = "03 joint xlsx"
CAS = "04 cases html"
NWS = "05 newsletter txt"


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m67-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred, items=I):
    return [i["code"] for i in items if pred(i)]


def g(i, y):
    return i["grades"][y]


def item(code):
    return next(i for i in I if i["code"] == code)


def unique_max(d):
    vals = sorted(d.values())
    assert vals[-1] != vals[-2], d
    return max(d, key=d.get)


def unique_min(d):
    vals = sorted(d.values())
    assert vals[0] != vals[1], d
    return min(d, key=d.get)


# ---------------- practice (取組) ----------------
a = codes(lambda i: g(i, 2027) == "◎")
add("藤見沢市の行革アクションプラン、2027年度に◎がついた取組はどれ？", "practice", "set", a,
    "grade in one 西暦 year column", f"{PLAN}: 評価 2027 column == ◎")

a = codes(lambda i: "△" not in i["g"])
add("藤見沢市のアクションプランで一回も△がついてない取組を全部教えて", "practice", "set", a,
    "negation over all years (－ is not △)", f"{PLAN}: no △ in 2025–2028 columns")

a = codes(lambda i: all(g(i, y) in ("◎", "○") for y in (2025, 2026, 2027)))
add("藤見沢市のアクションプランで、令和7年度から令和9年度まで3年続けて○以上だった取組は？", "practice", "set", a,
    "和暦 range over 西暦 columns; ○以上 = ◎ or ○; － breaks the run", f"{PLAN}: 2025,2026,2027 all in ◎/○")

a = codes(lambda i: "◎" in (g(i, 2027), g(i, 2028)))
add("藤見沢市の行政経営改革アクションプランで令和9年度以降に◎をとったことがある取組は？", "practice", "set", a,
    "以降 = 2027 and 2028", f"{PLAN}: ◎ in 2027 or 2028 column")

n_cont = sum(1 for i in I if i["st"] == "継続中")
add("藤見沢市アクションプランの取組のうち、状況が継続中になってるのは何件？", "practice", "count", n_cont,
    "count on the 状況 column", f"{PLAN}: 状況 == 継続中")

it = item("Ⅰ-1-(2)")
assert "書かない窓口" in it["text"]
add("藤見沢市のアクションプランにある書かない窓口の取組、もう終わった？", "practice", "value", it["st"],
    "yes/no answered by the 状況 cell; item named by a phrase inside a wrapped 取組内容", f"{PLAN}: Ⅰ-1-(2) 状況")

it = item("Ⅰ-2-(1)")
assert sum("RPA" in i["text"] for i in I) == 1
add("藤見沢市のプランでRPAを使う取組の所管はどこの課？", "practice", "value", it["dept"],
    "どこの課 → 所管 cell", f"{PLAN}: Ⅰ-2-(1) 所管")

add("藤見沢市のアクションプランで職員課が所管してる取組はいくつ？", "practice", "count",
    sum(1 for i in I if "職員課" in i["depts"]), "count by 所管", f"{PLAN}: 所管 == 職員課")

a = codes(lambda i: "管財課" in i["depts"])
add("藤見沢市の行革プランで管財課が担当している取組を教えてください", "practice", "set", a,
    "所管 cell naming two departments (管財課／環境政策課) counts for both", f"{PLAN}: 所管 contains 管財課")

a = codes(lambda i: g(i, 2025) == D.NONE)
add("藤見沢市アクションプランで、計画の途中から始まった取組は？", "practice", "set", a,
    "－ in the first year = 取組開始前 (note under the table)", f"{PLAN}: 2025 column == －")

a = codes(lambda i: g(i, 2026) in R and g(i, 2027) in R and R[g(i, 2027)] < R[g(i, 2026)])
add("藤見沢市のアクションプランで2026年度より2027年度のほうが評価が下がった取組は？", "practice", "set", a,
    "difference between years, ◎>○>△; － (ended) is not a drop", f"{PLAN}: rank(2027) < rank(2026), both graded")

a = codes(lambda i: i["pr"] == "Ⅲ" and "◎" not in i["g"])
add("藤見沢市のアクションプランの重点項目Ⅲの取組で、◎を一度も取れなかったものは？", "practice", "set", a,
    "section row of the long table + negation", f"{PLAN}: rows under 重点項目Ⅲ without ◎")

t1 = codes(lambda i: g(i, 2028) == "△")
a = codes(lambda i: g(i, 2028) == "△" and "職員課" in i["depts"])
add(["藤見沢市のアクションプランで令和10年度に△だった取組を教えて", "そのうち職員課の所管は？"], "practice", "set", a,
    "2 turns: 和暦 year → 2028 column, then narrow by 所管", f"{PLAN}: 2028 △ = {t1}, then 所管 職員課")

it = item("Ⅲ-1-(1)")
assert sum("返礼品" in i["text"] for i in I) == 1
add(["藤見沢市の行革プランのふるさと納税の返礼品の取組って番号なに？", "じゃあ令和8年度の評価は？"], "practice", "value",
    g(it, 2026), "2 turns: item kept from turn 1; 令和8年度 = 2026 column", f"{PLAN}: Ⅲ-1-(1) 2026")

t1 = codes(lambda i: i["st"] == "終了")
a = codes(lambda i: i["st"] == "終了" and "企画政策課" in i["depts"])
add(["藤見沢市アクションプランで終了した取組は？", "その中で企画政策課が所管しているのは？"], "practice", "set", a,
    "2 turns: 状況 then 所管", f"{PLAN}: 終了 = {t1}, then 企画政策課")

t1 = codes(lambda i: "デジタル推進課" in i["depts"])
a = codes(lambda i: "デジタル推進課" in i["depts"] and g(i, 2025) == "△")
add(["藤見沢市のアクションプランでデジタル推進課の取組は？", "そのうち2025年度に△だったものは？"], "practice", "set", a,
    "2 turns: 所管 then one year's grade", f"{PLAN}: デジタル推進課 = {t1}, then 2025 △")

t1 = codes(lambda i: i["pr"] == "Ⅴ")
t2 = codes(lambda i: i["pr"] == "Ⅴ" and i["st"] == "継続中")
a = codes(lambda i: i["pr"] == "Ⅴ" and i["st"] == "継続中" and g(i, 2028) == "◎")
add(["藤見沢市アクションプランの重点項目Ⅴの取組を出して", "そのうち継続中のものは？", "その中で2028年度に◎だったのは？"],
    "practice", "set", a, "3 turns: section, 状況, grade", f"{PLAN}: Ⅴ = {t1} → 継続中 {t2} → 2028 ◎")

n27 = sum(1 for i in I if g(i, 2027) == "◎")
n26 = sum(1 for i in I if g(i, 2026) == "◎")
add(["藤見沢市の行革プランで2027年度に◎がついた取組はいくつ？", "じゃあ令和8年度は？"], "practice", "count", n26,
    "2 turns: count, then the same count for another year given in 和暦",
    f"{PLAN}: ◎ in 2027 = {n27}, in 2026 = {n26} (also 4 評価の集計)")

# ---------------- initiative (重点項目) ----------------
per = {p: sum(1 for i in I if i["pr"] == p and g(i, 2028) == "◎") for p in D.PRIORITIES}
add("藤見沢市のアクションプランで、2028年度に◎が一番多かった重点項目は？", "initiative", "value", unique_max(per),
    "group the long table by its section rows, count one column", f"{PLAN}: ◎ in 2028 per 重点項目 {per}")

a = [p for p in D.PRIORITIES if not any(i["pr"] == p and i["st"] == "終了" for i in I)]
add("藤見沢市のプランで、終了した取組がひとつもない重点項目は？", "initiative", "set", a,
    "negation at group level", f"{PLAN}: 重点項目 with no 状況 終了")

avgs = {p: D.avg(p) for p in D.PRIORITIES}
add("藤見沢市の懇話会の評価で平均点がいちばん低かった重点項目は？", "initiative", "value", unique_min(avgs),
    "argmin of 平均 over the per-heading tables", f"{COMM}: 平均 {avgs}")

a = [p for p in D.PRIORITIES if D.SCORES[p][3] >= 7]
add("懇話会の採点で委員Dが7点以上つけた重点項目は？（藤見沢市）", "initiative", "set", a,
    "one member column across five small tables", f"{COMM}: 委員D {[D.SCORES[p][3] for p in D.PRIORITIES]}")

a = [p for p in D.PRIORITIES if avgs[p] < 7]
add("藤見沢市の懇話会で、平均が7点に届かなかった重点項目はどれ", "initiative", "set", a,
    "threshold on 平均 (届かない = < 7.0)", f"{COMM}: 平均 < 7.0")

a = [p for p in D.PRIORITIES if sum(s >= 8 for s in D.SCORES[p]) >= 3]
add("藤見沢市行政経営改革推進懇話会で8点以上をつけた委員が3人以上いる重点項目", "initiative", "set", a,
    "count of members per table row meeting a threshold", f"{COMM}: members with >= 8 per heading")

s = D.SCORES["Ⅰ"]
add("藤見沢市の懇話会、重点項目Ⅰの最高点と最低点は何点差？", "initiative", "value", max(s) - min(s),
    "max − min within one score table", f"{COMM}: 重点項目Ⅰ scores {s}")

# ---------------- comment (懇話会の意見・点数) ----------------
add("藤見沢市の懇話会で重点項目Ⅲの平均点っていくつ？", "comment", "value", avgs["Ⅲ"],
    "平均 cell of one table", f"{COMM}: 重点項目Ⅲ 平均")

add(["藤見沢市の懇話会の意見書で重点項目Ⅳの点数を見せて", "委員Bは何点つけてる？"], "comment", "value",
    D.SCORES["Ⅳ"][1], "2 turns: same heading, one member cell", f"{COMM}: 重点項目Ⅳ 委員B")

op = D.OPINIONS["Ⅱ"][0]
assert "集会施設の統廃合" in op
k = op.index("地域との協議")
add("藤見沢市の懇話会は集会施設の統廃合についてどういう意見を出した？", "comment", "contains",
    [op[k:op.index("、", k)]], "opinion found by its topic", f"{COMM}: 重点項目Ⅱ (1)")

hi = unique_max(avgs)
add(["藤見沢市の懇話会で平均がいちばん高かった重点項目は？", "そこについての委員の意見は？"], "comment", "contains",
    [D.OPINIONS[hi][0][:15]], "2 turns: argmax of 平均, then its numbered opinions",
    f"{COMM}: highest 平均 = {hi}, opinion (1)")

a = [p for p in D.PRIORITIES if any("テレワーク" in o for o in D.OPINIONS[p])]
add("藤見沢市の懇話会の意見でテレワークに触れているのはどの重点項目？", "comment", "set", a,
    "search opinions by a word (the plan pdf also says テレワーク, but only as a 取組)", f"{COMM}: opinions with テレワーク")

# ---------------- joint projects (連携事業) ----------------
J = D.JOINT
JY = {y: k for k, y in enumerate(Y)}   # 2025 → index 0 (令和7年度)
a = [j["no"] for j in J if len(j["members"]) == len(D.MUNIS)]
add("北嶺圏域の連携事業で6市町すべてが参加しているのは？", "joint_project", "set", a,
    "○ in every 参加市町 column", f"{JNT}: rows with six ○")

a = [j["no"] for j in J if "日向浜町" not in j["members"]]
add("北嶺圏域の連携事業で日向浜町が入ってない事業は？", "joint_project", "set", a,
    "negation on one ○ column", f"{JNT}: 日向浜町 column blank")

d = {j["no"]: j["cost"][3] for j in J}
add("北嶺圏域の連携事業で令和10年度の事業費がいちばん大きいのはどれ？", "joint_project", "set", [unique_max(d)],
    "argmax of one year column; the 合計 row is not a project", f"{JNT}: 令和10年度 column {d}")

d = {j["no"]: j["cost"][JY[2027]] for j in J}
a = sorted(d, key=d.get, reverse=True)[:3]
assert sorted(d.values(), reverse=True)[2] != sorted(d.values(), reverse=True)[3]
add("北嶺圏域の連携事業、2027年度の事業費が多い順に上から3つ", "joint_project", "ordered", a,
    "西暦 2027 = 令和9年度 column; ranking", f"{JNT}: 令和9年度 column {d}")

j7 = next(j for j in J if j["name"] == "基幹系システムの共同利用")
add("北嶺圏域の基幹系システムの共同利用、令和8年度から令和9年度で事業費はいくら増えた？", "joint_project", "value",
    j7["cost"][2] - j7["cost"][1], "difference between two year cells (千円)", f"{JNT}: No.{j7['no']} 令和9年度 − 令和8年度")

a = [j["no"] for j in J if j["cost"][0] == 0]
add("北嶺圏域の連携事業のうち、令和7年度には事業費がついていなかったものは？", "joint_project", "set", a,
    "－ = 事業費なし (note in row 2)", f"{JNT}: 令和7年度 == －")

t1 = [j["no"] for j in J if j["field"] == "健康・福祉"]
a = [j["no"] for j in J if j["field"] == "健康・福祉" and j["lead"] == "柚木台市"]
add(["北嶺圏域の健康・福祉分野の連携事業は？", "そのうち柚木台市が幹事のものは？"], "joint_project", "set", a,
    "2 turns: merged 分野 cell spanning rows, then 幹事市", f"{JNT}: 健康・福祉 = {t1}, then 幹事市 柚木台市")

t1 = [j for j in J if j["lead"] == "柚木台市"]
add(["北嶺圏域の連携事業で柚木台市が幹事市になってるのは？", "それらの2026年度の事業費を合計すると？"], "joint_project", "value",
    sum(j["cost"][JY[2026]] for j in t1), "2 turns: sum over the previous answer, 2026 = 令和8年度",
    f"{JNT}: 幹事市 柚木台市 = {[j['no'] for j in t1]}, 令和8年度 sum")

a = [j["no"] for j in J if j["cost"][2] > 0 and j["cost"][3] == 0]
add("北嶺圏域で令和9年度は事業費があったのに令和10年度はなくなった事業は？", "joint_project", "set", a,
    "change between two year columns", f"{JNT}: 令和9年度 > 0 and 令和10年度 == －")

t1 = [j["cost"][1] for j in J if j["field"] == "観光・産業"]
v = sum(t1) / len(t1)
assert v == int(v)
add("北嶺圏域の観光・産業分野の事業の令和8年度事業費、平均するといくら？", "joint_project", "value", int(v),
    "average over the rows of one merged 分野 cell", f"{JNT}: 観光・産業 令和8年度 {t1}")

# ---------------- case studies ----------------
C = D.CASES
hc = {c["org"]: c["hours"] for c in C if c["hours"]}
add("先進事例紹介で年間の削減時間がいちばん多いのはどこの自治体？", "case_study", "contains", [unique_max(hc)],
    "figures inside paragraphs (年間約N時間の削減)", f"{CAS}: hours {hc}")

a = [c["org"] for c in C if c["pop"] < 50000]
add("先進事例の中で人口5万人未満の自治体はどこ？", "case_study", "contains", a,
    "threshold on the <dl> 人口 value", f"{CAS}: 人口 < 50,000")

add("先進事例紹介で分類がデジタル化の事例は何件ある？", "case_study", "count",
    sum(1 for c in C if c["kind"] == "デジタル化"), "<dl> 分類", f"{CAS}: 分類 == デジタル化")

t1 = [c["org"] for c in C if c["kind"] == "窓口改革"]
a = [c["org"] for c in C if c["kind"] == "窓口改革" and any("待ち時間" in p for p in c["paras"])]
add(["先進事例紹介の窓口改革の事例を教えて", "そのうち待ち時間が短くなったのはどこ？"], "case_study", "contains", a,
    "2 turns: 分類 then a phrase in the paragraphs", f"{CAS}: 窓口改革 = {t1}, then 待ち時間")

a = [c["org"] for c in C if any("ネーミングライツ" in p for p in c["paras"]) or "ネーミングライツ" in c["title"]]
add("先進事例紹介で、ネーミングライツを使って新しい収入を確保した自治体は？", "case_study", "contains", a,
    "case found by a topic word", f"{CAS}: ネーミングライツ case")

# ---------------- newsletter ----------------
N = D.NEWS
add("行革ニュースふじみさわで、令和8年度に研修は何回開かれた？", "item", "count",
    sum(1 for n in N if n["tag"] == "研修"), "【研修】 entries; every entry (2026.4–2027.3) is in 令和8年度",
    f"{NWS}: entries tagged 【研修】")

n = next(n for n in N if n.get("training") == "生成AI活用研修")
add("行革ニュースで生成AI活用研修には何人参加した？", "passage", "value", n["people"],
    "figure inside a dated entry", f"{NWS}: {n['date']} entry")

n = next(n for n in N if n["tag"] == "表彰")
assert "最優秀賞に収納課" in n["body"]
add("行革ニュースの職員提案表彰で最優秀賞をとったのはどこの課？", "passage", "value", "収納課",
    "どこの課 from running text", f"{NWS}: {n['date']} 【表彰】")

n = next(n for n in N if n["tag"] == "懇話会")
assert "第2会議室" in n["body"]
add(["行革ニュースによると第1回の懇話会はいつ開かれた？", "会場はどこ？"], "passage", "contains", ["第2会議室"],
    "2 turns: same entry, place", f"{NWS}: {n['date']} 【懇話会】")

add("行革ニュースふじみさわで、2027年になってから載った記事は何件？", "item", "count",
    sum(1 for n in N if n["date"].startswith("2027.")), "dated entries 2027.x.x (calendar year 2027)",
    f"{NWS}: entries dated 2027.*")

assert len(Q) == 50, len(Q)
for q in Q:
    if q["expect"] in ("set", "ordered", "contains"):
        assert q["answer"], q
out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
