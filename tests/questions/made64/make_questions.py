"""Compute every answer of the made64 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
I = D.ITEMS
W = D.WAREKI
R = D.RANK
HTML = "01 html plan report"


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m64-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred):
    return [i["code"] for i in I if pred(i)]


def it(code):
    return [i for i in I if i["code"] == code][0]


def g(i, y):
    return i["grades"][y]


def graded(i):
    return [v for v in i["grades"].values() if v]


P = "楓台市の行革推進計画"

# ---- practice (実行項目) ----
add(f"{P}で令和9年度にA評定だった実行項目は？", "practice", "set", codes(lambda i: g(i, "R9") == "A"),
    "grade in one 和暦 year", f"{HTML}: cards with 令和9年度：A")
add(f"{P}、2028年度に評定Cだったのどれ？", "practice", "set", codes(lambda i: g(i, "R10") == "C"),
    "西暦 2028 = 令和10年度", f"{HTML}: 令和10年度：C")
add(f"{P}でCもDも一度もついてない項目を教えてください", "practice", "set",
    codes(lambda i: graded(i) and not set(graded(i)) & {"C", "D"}), "negation over all years",
    f"{HTML}: no C/D line in the card")
add(f"{P}で休止してる実行項目って何件ある？", "practice", "count", len(codes(lambda i: i["status"] == "休止")),
    "状況 field", f"{HTML}: 状況 休止（…から）")
add(f"{P}で令和10年度までに完了した実行項目は？", "practice", "set",
    codes(lambda i: i["status"] == "完了" and D.YEARS.index(i["end"]) <= D.YEARS.index("R10")),
    "までに = up to and including R10", f"{HTML}: 状況 完了（令和N年度） N<=10")
add(f"{P}で2027年度以降に始まった項目は？", "practice", "set", codes(lambda i: i["start"] >= 2027),
    "開始年度 printed in 西暦; 以降 includes 2027", f"{HTML}: 開始年度 >= 2027年度")
add(f"{P}で人事課が所管してる項目は？", "practice", "set", codes(lambda i: i["dept"] == "人事課"),
    "所管課 field", f"{HTML}: 所管課 人事課")
add(f"{P}で令和8年度から11年度まで4年間ずっとB以上だった実行項目は？", "practice", "set",
    codes(lambda i: all(g(i, y) in ("A", "B") for y in D.YEARS)),
    "range; a year without grade disqualifies", f"{HTML}: four lines all A/B")
add(f"{P}で令和10年度より令和11年度の評定が下がった項目は？", "practice", "set",
    codes(lambda i: g(i, "R10") and g(i, "R11") and R[g(i, "R11")] < R[g(i, "R10")]),
    "difference between years, A>B>C>D", f"{HTML}: 令和10年度 vs 令和11年度 lines")
add(f"{P}の1-3、令和10年度の評定は？", "practice", "value", g(it("1-3"), "R10"), "one card, one year",
    f"{HTML}: card 1-3, 令和10年度")
add(f"{P}で「市税収納率の向上」はどこの課？", "practice", "value", it("2-3")["dept"], "item named by title",
    f"{HTML}: card 2-3 所管課")
add(f"{P}の未利用市有地の売却はもう終わった？", "practice", "value", it("2-4")["status"],
    "yes/no as 状況 value 完了", f"{HTML}: card 2-4 状況 完了（令和10年度）")
add(f"{P}で時間外勤務の縮減って終わってる？", "practice", "value", it("4-2")["status"],
    "yes/no; not finished = 継続", f"{HTML}: card 4-2 状況 継続")
add(f"{P}で令和11年度にAがついた項目は何件？", "practice", "count", len(codes(lambda i: g(i, "R11") == "A")),
    "count in one year", f"{HTML}: 令和11年度：A")
add(f"{P}の改革の柱3に入ってる実行項目は？", "practice", "set", codes(lambda i: i["pillar"] == 3),
    "cards inside one <section>", f"{HTML}: section 改革の柱3")
r8cd = codes(lambda i: g(i, "R8") in ("C", "D"))
add([f"{P}で令和8年度にCかDだった項目は？", "そのうち令和11年度にAになったのは？"], "practice", "set",
    [c for c in r8cd if g(it(c), "R11") == "A"], "2 turns: narrowing", f"{HTML}: R8 C/D = {r8cd}, then R11 A")
add([f"{P}で企画課が担当してる項目は？", "そのうち今も継続中のものは？"], "practice", "set",
    codes(lambda i: i["dept"] == "企画課" and i["status"] == "継続"), "2 turns: narrowing by 状況",
    f"{HTML}: 所管課 企画課 and 状況 継続")
add([f"{P}の1-4はどうなってる？", "休止したのはいつから？"], "practice", "value", W[it("1-4")["end"]],
    "2 turns: year as printed in 状況", f"{HTML}: card 1-4 状況 休止（令和10年度から）")
add([f"{P}で柱4の実行項目は？", "その中で令和9年度の評定がBじゃなかったものは？"], "practice", "set",
    codes(lambda i: i["pillar"] == 4 and g(i, "R9") and g(i, "R9") != "B"), "2 turns: negation within a section",
    f"{HTML}: section 改革の柱4, 令和9年度 != B")
add(f"{P}で2026年度に始めて、その後休止になった項目は？", "practice", "set",
    codes(lambda i: i["start"] == 2026 and i["status"] == "休止"), "two conditions", f"{HTML}: 開始年度 2026 and 休止")
add(f"{P}で令和9年度と令和10年度の両方でA評定の項目は？", "practice", "set",
    codes(lambda i: g(i, "R9") == "A" and g(i, "R10") == "A"), "both years", f"{HTML}: R9 A and R10 A")
add(f"{P}で一度でもD評定がついた実行項目は？", "practice", "set", codes(lambda i: "D" in graded(i)),
    "any year", f"{HTML}: any line ：D")
add([f"{P}で税務課の項目は？", "その令和8年度の評定は？", "じゃあ令和11年度は？"], "practice", "value",
    g(it("2-3"), "R11"), "3 turns: item kept, year replaced", f"{HTML}: card 2-3, 令和11年度")
add(f"{P}で財政課所管で令和11年度にC以下だったのは？", "practice", "set",
    codes(lambda i: i["dept"] == "財政課" and g(i, "R11") and R[g(i, "R11")] <= R["C"]),
    "dept plus grade threshold (C以下 = C or D)", f"{HTML}: 所管課 財政課, 令和11年度 C/D")

# ---- initiative (改革の柱) ----
per = {p: sum(1 for i in I if i["pillar"] == p) for p in D.PILLARS}
top = max(per, key=per.get)
assert sorted(per.values())[-1] != sorted(per.values())[-2]
add(f"{P}で実行項目がいちばん多い改革の柱は？", "initiative", "value", str(top), "count cards per section",
    f"{HTML}: counts {per}")
tot = {p: sum(s) for p, s in D.SCORES.items()}
add("楓台市の行政改革懇話会の評価で合計点がいちばん高い柱はどれ？", "initiative", "value", str(max(tot, key=tot.get)),
    "合計 column argmax", f"02 xlsx 柱別評価: 合計 {tot}")
add("楓台市の懇話会評価で、合計が13点以上の柱は？", "initiative", "set",
    [str(p) for p in D.PILLARS if tot[p] >= 13], "threshold incl. 13", "02 xlsx 柱別評価: 合計 >= 13")
add("楓台市の懇話会で効率性が3点以下だった柱は？", "initiative", "set",
    [str(p) for p in D.PILLARS if D.SCORES[p][2] <= 3], "one 観点 column", "02 xlsx 柱別評価: 効率性 <= 3")
add(f"{P}で休止中の実行項目を含む柱は？", "initiative", "set",
    sorted({str(i["pillar"]) for i in I if i["status"] == "休止"}), "sections containing a 休止 card",
    f"{HTML}: sections with 状況 休止")
add(f"{P}の柱5には実行項目がいくつある？", "initiative", "count", per[5], "cards in a section",
    f"{HTML}: section 改革の柱5")
add("楓台市の懇話会評価、5つの柱の合計点の平均は？", "initiative", "value", round(sum(tot.values()) / 5, 1),
    "average over rows", f"02 xlsx: mean of {list(tot.values())}")

# ---- comment ----
add("楓台市の行政改革懇話会は柱3についてどんな意見を出してる？", "comment", "contains", ["延床面積の削減目標"],
    "opinion cell with several sentences", "02 xlsx 柱別評価 row 3, 懇話会の意見")
add("楓台市の懇話会評価で、柱2の合計点は？", "comment", "value", tot[2], "合計 cell", "02 xlsx row 2 合計")
low = min(tot, key=tot.get)
add(["楓台市の懇話会で合計点がいちばん低かった柱は？", "そこへの意見は？"], "comment", "contains",
    ["学校の適正配置が休止"], "2 turns: argmin then opinion", f"02 xlsx: lowest 合計 = 柱{low}")
add("楓台市の懇話会の意見で担い手不足に触れてるのはどの柱？", "comment", "set",
    [str(p) for p, o in D.OPINIONS.items() if "担い手不足" in o], "search opinions by phrase",
    "02 xlsx 懇話会の意見 containing 担い手不足")
add("楓台市の懇話会、柱4の進捗度は何点？", "comment", "value", D.SCORES[4][3], "one 観点 cell",
    "02 xlsx row 4 進捗度")

# ---- passage (委員総評 sheet) ----
add("楓台市の懇話会で森田副会長は総評で何て言ってる？", "passage", "contains", ["説明会の開催回数を増やし"],
    "second sheet 委員総評", "02 xlsx 委員総評 row 森田 恵子")

# ---- joint_project ----
J = D.JOINT
JJ = "東湖地域の広域連携事業"
add(f"{JJ}で青葉村が入ってるものは？", "joint_project", "set", [j["no"] for j in J if "青葉村" in j["members"]],
    "member inside a joined cell", "03 docx table: 参加団体 contains 青葉村")
add(f"{JJ}で楓台市が幹事をしている事業は？", "joint_project", "set", [j["no"] for j in J if j["lead"] == "楓台市"],
    "★ marks 幹事", "03 docx table: ★楓台市")
add(f"{JJ}のうち楓台市が参加していない事業は？", "joint_project", "set",
    [j["no"] for j in J if "楓台市" not in j["members"]], "negation on joined cell", "03 docx: 楓台市 absent")
add(f"{JJ}で令和9年度の事業費がいちばん大きい事業は？", "joint_project", "set", [max(J, key=lambda j: j["cost"])["no"]],
    "argmax of 事業費", "03 docx: 令和9年度事業費 max")
add(f"{JJ}で子育て分野の事業費を合わせるといくら？（千円）", "joint_project", "value",
    sum(j["cost"] for j in J if j["field"] == "子育て"), "sum over 分野", "03 docx: 分野 子育て 事業費 sum")
add(f"{JJ}で2023年度以降に始まった事業は何件？", "joint_project", "count", sum(1 for j in J if j["start_y"] >= 2023),
    "西暦 question over 和暦 開始年度 (令和5年度 = 2023)", "03 docx: 開始年度 >= 令和5年度")
add(f"{JJ}で事業費が100万円未満の事業は？", "joint_project", "set", [j["no"] for j in J if j["cost"] < 1000],
    "100万円 = 1,000千円 unit conversion", "03 docx: 事業費 < 1,000")
add([f"{JJ}で朝霧市が幹事のものは？", "そのうち平成のうちに始まったのは？"], "joint_project", "set",
    [j["no"] for j in J if j["lead"] == "朝霧市" and j["start"].startswith("平成")], "2 turns: era condition",
    "03 docx: ★朝霧市 and 開始年度 平成")
j4 = [j for j in J if j["name"] == "電子申請システムの共同調達"][0]
add([f"{JJ}の電子申請システムの共同調達、幹事はどこ？", "で、事業費は？"], "joint_project", "value", j4["cost"],
    "2 turns: same row, other column", "03 docx: No.4 事業費")
add(f"{JJ}で4団体ぜんぶ参加してる事業は？", "joint_project", "set", [j["no"] for j in J if len(j["members"]) == 4],
    "all members in the cell", "03 docx: 4 names in 参加団体")
add([f"{JJ}で青葉村が入ってる事業は？", "そのうち青葉村が幹事なのは？"], "joint_project", "set",
    [j["no"] for j in J if j["lead"] == "青葉村"], "2 turns: ★ narrowing", "03 docx: ★青葉村")

# ---- case_study ----
C = D.CASES
CS = "他自治体の改革事例集"
add(f"{CS}で宮城県の事例はどこ？", "case_study", "contains", [c["place"] for c in C if c["pref"] == "宮城県"],
    "所在地 line", "04 txt: 所在地：宮城県…")
hm = max((c for c in C if c["hours"]), key=lambda c: c["hours"])
add(f"{CS}で作業時間をいちばん減らしたのはどこの自治体？", "case_study", "value", hm["place"],
    "figures inside prose", f"04 txt: hours {[(c['place'], c['hours']) for c in C if c['hours']]}")
add(f"{CS}のうち人口10万人以上の自治体の事例は？", "case_study", "contains",
    [c["place"] for c in C if c["pop_n"] >= 100000], "人口：約N万人 line", "04 txt: 人口 >= 10万人")
add(f"{CS}で取組年度が2027年度のものは？", "case_study", "contains", [c["place"] for c in C if c["year"] == 2027],
    "取組年度 line", "04 txt: 取組年度：2027年度")
add([f"{CS}で2026年度に取り組んだ事例は？", "そのうち町のは？"], "case_study", "contains",
    [c["place"] for c in C if c["year"] == 2026 and c["place"].endswith("町")], "2 turns: narrowing by 町",
    "04 txt: 取組年度 2026 and place ends with 町")
add(f"{CS}で公共施設の複合化をやったのはどこ？", "case_study", "value",
    [c["place"] for c in C if "複合化" in c["title"]][0], "heading search", "04 txt: ■公共施設の複合化…")

# ---- progress sheet (pdf) ----
S = D.SHEET
PS = "1-1の進捗管理シート"
add(f"{PS}で令和10年度の実績は？", "table_row", "value", S["actual"]["R10"], "年度 row, 実績 column",
    "05 pdf: 令和10年度 row 実績")
add(f"{PS}、2027年度の達成率は？", "table_row", "value", D.rate(S["plan"]["R9"], S["actual"]["R9"]),
    "西暦 over 和暦 rows; percent as number", "05 pdf: 令和9年度 row 達成率")
add(f"{PS}で実績が計画に届かなかった年度は何回？", "table_row", "count",
    sum(1 for y in D.YEARS if S["actual"][y] < S["plan"][y]), "negation: 実績 < 計画", "05 pdf: rows with 達成率 < 100%")
add(f"{PS}の記入者はどこの係？", "item", "contains", ["デジタル推進係"], "label/value row", "05 pdf: 記入者 row")
add([f"{PS}で令和11年度の計画値は？", "実績との差は？"], "table_row", "value",
    S["plan"]["R11"] - S["actual"]["R11"], "2 turns: difference plan − actual", "05 pdf: 令和11年度 row 150 − 141")
add(f"{PS}の4年間の実績を合計すると？", "table_row", "value", sum(S["actual"].values()), "sum of a column",
    "05 pdf: 実績 column sum")

# Trimmed to 50: drop near-duplicates (by the provisional numbering above) and renumber.
DROP = {"m64-%03d" % n for n in (7, 15, 20, 21, 26, 29, 36, 47, 52, 60)}
Q = [q for q in Q if q["id"] not in DROP]
for k, q in enumerate(Q, 1):
    q["id"] = f"m64-{k:03d}"
assert len(Q) == 50, len(Q)
assert sum(1 for q in Q if len(q["turns"]) > 1) >= 10
with open(Path(__file__).resolve().parent / "questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
