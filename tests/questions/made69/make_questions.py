"""Compute every answer of the made69 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
I = D.ITEMS
G = D.grade
R = D.GRADE_ORDER
F1 = "01 plan report (.docx)"
F2 = "02 committee (.html)"
F3 = "03 joint projects (.pdf)"
F4 = "04 case studies (.xlsx)"
F5 = "05 newsletter (.txt)"


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if expect in ("set", "ordered", "contains"):
        assert answer, (turns, answer)
    Q.append(dict(id=f"m69-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred):
    return [i["code"] for i in I if pred(i)]


def item(code):
    return next(i for i in I if i["code"] == code)


def graded(i, y):
    return G(i, y) != "―"


def one(xs):
    assert len(xs) == 1, xs
    return xs[0]


# ================================================================ practice (取組) — plan report
add("萩ノ森市の行革プランで、令和12年度にA評価だった取組はどれですか", "practice", "set",
    codes(lambda i: G(i, "R12") == "A"), "grade in one 和暦 year (inline 評価 line)",
    f"{F1}: 評価 line, R12 == A")
add("萩ノ森の行政経営改革プラン、R11からR13までずっとAだったのってどれ？", "practice", "set",
    codes(lambda i: all(G(i, y) == "A" for y in ("R11", "R12", "R13"))),
    "same grade over a year range; ― (completed) years break the run", f"{F1}: 評価 R11,R12,R13 all A")
add("行政経営改革プランで、第4の柱以外でD評価を受けたことのある取組は？（萩ノ森市）", "practice", "set",
    codes(lambda i: i["pillar"] != 4 and "D" in i["grades"]), "negation 以外 on the 柱 + any year",
    f"{F1}: pillar != 4 and D in 評価 line")
add("萩ノ森市の改革プランで2031年度にC評価だった取組を教えてください", "practice", "set",
    codes(lambda i: G(i, "R13") == "C"), "西暦 2031年度 = R13 in a 和暦/R-notation document",
    f"{F1}: 評価 R13 == C")
add("萩ノ森市行革プランの第1の柱で、一度もA評価をもらえなかった取組は？", "practice", "set",
    codes(lambda i: i["pillar"] == 1 and "A" not in i["grades"]), "一度も…ない within one 柱",
    f"{F1}: 第1 items with no A on the 評価 line")
add("萩ノ森市の行政経営改革プランで、まだ継続中の取組は何件ありますか", "practice", "count",
    len(codes(lambda i: i["end"] is None)), "count of 取組期間 …～（継続）", f"{F1}: 取組期間 （継続）")
add("萩ノ森市の行革プラン、計画の途中、令和12年度以降に始まった取組はどれ？", "practice", "set",
    codes(lambda i: D.YNUM[i["start"]] >= 12), "以降 on the start of 取組期間 (【新規】 items)",
    f"{F1}: 取組期間 start >= 令和12年度")
add("萩ノ森市の改革プランで情報戦略課がかかわってる取組、共管のも含めて全部出して", "practice", "set",
    codes(lambda i: "情報戦略課" in (i["dept"], i["co"])), "担当 line: main department or （…と共管）",
    f"{F1}: 担当 == 情報戦略課 or 共管 == 情報戦略課")
add(["萩ノ森市の行革プランで情報戦略課が担当の取組は？", "そのうちほかの課と共管になってないのは？"], "practice", "set",
    codes(lambda i: i["dept"] == "情報戦略課" and i["co"] is None),
    "2 turns: main department, then narrowing by absence of 共管", f"{F1}: 担当：情報戦略課 without （…と共管）")
add("萩ノ森市行革プランで、令和13年度から14年度にかけて評価が下がった取組は？", "practice", "set",
    codes(lambda i: graded(i, "R13") and graded(i, "R14") and R[G(i, "R14")] < R[G(i, "R13")]),
    "order A>B>C>D; only items graded in both years", f"{F1}: 評価 R14 below R13")
add("萩ノ森市の行革プランで令和12年度にD評価だった取組は、どこの課の担当？", "practice", "value",
    one([i["dept"] for i in I if G(i, "R12") == "D"]), "condition, then 「どこの課」 (main department)",
    f"{F1}: R12 == D → 4-1 担当")
p2 = codes(lambda i: i["pillar"] == 2)
add(["萩ノ森市の改革プランの第2の柱にある取組を一覧で", "そのうち令和11年度にCだったのは？"], "practice", "set",
    [c for c in p2 if G(item(c), "R11") == "C"], "2 turns: pillar list narrowed by a grade (2-4 has ― in R11)",
    f"{F1}: 第2 items {p2}, R11 == C")
add(["萩ノ森市行革プランで人事課が担当してる取組は？", "じゃあ令和14年度にC評価なのは？"], "practice", "set",
    codes(lambda i: i["dept"] == "人事課" and G(i, "R14") == "C"), "2 turns: department narrowed by grade in R14",
    f"{F1}: 担当 人事課, R14 == C")
p3_done = codes(lambda i: i["pillar"] == 3 and i["end"] is not None)
add(["萩ノ森市の行政経営改革プラン、第3の柱には取組がいくつある？", "その中でもう完了したのは？", "それの担当課は？"],
    "practice", "value", one([item(c)["dept"] for c in p3_done]),
    "3 turns: pillar → completed item → its department", f"{F1}: 第3, （完了） = {p3_done} → 担当")
add("萩ノ森市の行革プランで、R11とR14を比べて評価が上がった取組は？", "practice", "set",
    codes(lambda i: graded(i, "R11") and graded(i, "R14") and R[G(i, "R14")] > R[G(i, "R11")]),
    "difference between two years; items not graded in either year excluded", f"{F1}: 評価 R14 above R11")
add("萩ノ森市の「窓口キャッシュレス決済の拡大」ってもう終わった？", "practice", "value",
    "完了" if item("1-2")["end"] else "継続", "yes/no answered with the printed status word",
    f"{F1}: 1-2 取組期間 令和11年度～令和12年度（完了）")
add(["萩ノ森市の行革プランで、生成AIの業務利用はいつから始まったの？", "それってもう完了してる？"], "practice", "value",
    "完了" if item("1-5")["end"] else "継続", "2 turns: yes/no on a referred item, answer 継続 (not finished)",
    f"{F1}: 1-5 取組期間 令和13年度～（継続）")
add("萩ノ森市の改革プランで、令和12年度から令和14年度まで3年続けてB以上だった取組は何件？", "practice", "count",
    len(codes(lambda i: all(G(i, y) in ("A", "B") for y in ("R12", "R13", "R14")))),
    "から…まで range with a grade threshold; ― in any year excludes", f"{F1}: 評価 R12–R14 all A or B")
add("萩ノ森市の行革プランで令和12年度までに完了した取組を教えて", "practice", "set",
    codes(lambda i: i["end"] is not None and D.YNUM[i["end"]] <= 12), "までに on the completion year",
    f"{F1}: 取組期間 end <= 令和12年度（完了）")

# ---- table_row: the 評価の分布 table at the end of the report
cnt = {y: {g: sum(1 for i in I if G(i, y) == g) for g in "ABCD"} for y in D.YEARS}
add("萩ノ森市の実施状況報告書の評価の分布で、令和13年度のBは何件？", "table_row", "value", cnt["R13"]["B"],
    "cell of the summary table (rows = grades, columns = years)", f"{F1}: 評価の分布 row B, column 令和13年度")
add("萩ノ森市の行革プランのA評価の数って、令和11年度と令和14年度でいくつ違う？", "table_row", "value",
    abs(cnt["R14"]["A"] - cnt["R11"]["A"]), "difference between two year columns of one row",
    f"{F1}: 評価の分布 row A: R11 {cnt['R11']['A']}, R14 {cnt['R14']['A']}")

# ================================================================ initiative (改革の柱)
per = {p: sum(1 for i in I if i["pillar"] == p) for p in D.PILLARS}
top = max(per, key=per.get)
assert sorted(per.values())[-1] > sorted(per.values())[-2]
add("萩ノ森市の行革プランで、取組の数がいちばん多い柱は第いくつ？", "initiative", "value", str(top),
    "argmax of items per 第N heading", f"{F1}: items per 柱 {per}")
add("萩ノ森市の改革プランで、令和13年度にC以下の評価がついた取組を抱えている柱は？", "initiative", "set",
    [str(p) for p in D.PILLARS if any(i["pillar"] == p and G(i, "R13") in ("C", "D") for i in I)],
    "initiatives through a condition on their items", f"{F1}: R13 in C/D → 柱")
tav = {p: D.total_avg(p) for p in D.PILLARS}
hi = max(tav, key=tav.get)
lo = min(tav, key=tav.get)
assert sorted(tav.values())[-1] > sorted(tav.values())[-2] and sorted(tav.values())[0] < sorted(tav.values())[1]
add("萩ノ森市の懇話会の最終評価で、計の平均がいちばん高かった柱はどれですか", "initiative", "value", str(hi),
    "平均 row, 計 column across five tables", f"{F2}: tfoot 平均/計 {tav}")
add("懇話会評価（萩ノ森市）で計の平均が15点に届いていない柱は？", "initiative", "set",
    [str(p) for p in D.PILLARS if tav[p] < 15], "threshold on 平均 計 (届いていない = < 15)", f"{F2}: 平均/計 < 15")
vi = D.VIEWS.index("市民目線")
add("萩ノ森市の懇話会で「市民目線」に4点をつけた委員がいる柱は？", "initiative", "set",
    [str(p) for p in D.PILLARS if any(D.SCORES[p][m][vi] == 4 for m in range(len(D.MEMBERS)))],
    "one 観点 column, any member row", f"{F2}: 市民目線 column == 4")

# ================================================================ comment (懇話会 per 柱)
add("萩ノ森市の懇話会評価で、第2の柱の計の平均は何点？", "comment", "value", D.total_avg(2),
    "平均 row, 計 column of one table (printed 11.75)", f"{F2}: 第2 table tfoot 計")
add("萩ノ森市の行政経営改革懇話会、第1の柱で大西委員の計は？", "comment", "value", D.member_total(1, 1),
    "member row × 計 column", f"{F2}: 第1 table row 大西委員, 計")
op4 = dict(D.OPINIONS[4])["大西委員"]
add("萩ノ森市の懇話会で、第4の柱について大西委員はどんな意見を言ってる？", "comment", "contains",
    ["一度も目標を達成しておらず"], "blockquote attributed by <cite>", f"{F2}: 第4 blockquote 大西委員: {op4[:20]}…")
add(["萩ノ森市の懇話会評価で計の平均がいちばん低かった柱は？", "その柱への委員の意見を見せて"], "comment", "contains",
    [D.OPINIONS[lo][0][1][:12]], "2 turns: argmin of 平均 計, then its blockquotes",
    f"{F2}: lowest 平均 = 第{lo}; first blockquote")
add("萩ノ森市の懇話会の委員意見で「説明責任」に触れているのはどの柱？", "comment", "set",
    [str(p) for p in D.PILLARS if any("説明責任" in t for _, t in D.OPINIONS[p])], "search opinions by a phrase",
    f"{F2}: blockquotes containing 説明責任")
vd = D.VIEWS.index("発展性")
add(["萩ノ森市懇話会の第3の柱の評価を見せて", "小野寺委員の発展性は何点？"], "comment", "value",
    D.SCORES[3][2][vd], "2 turns: table kept, member × 観点 cell", f"{F2}: 第3 table row 小野寺委員, 発展性")

# ================================================================ joint projects (連携事業)
J = D.JOINT
add("萩ノ森圏域の連携事業で、令和13年度に実施されていなかったものは？", "joint_project", "set",
    [j["no"] for j in J if not D.jactive(j, "R13")], "negation over 実施年度 ranges (R11～R12, single R12)",
    f"{F3}: 実施年度 range not covering R13")
add("萩ノ森圏域連携推進協議会の事業で、もう終わっているのはいくつ？", "joint_project", "count",
    sum(1 for j in J if j["end"] is not None), "closed ranges and single years = 終了 (as of 令和14年4月1日)",
    f"{F3}: 実施年度 with an end year")
add("萩ノ森圏域の連携事業のうち、岩瀬野村が入ってない事業はいくつある？", "joint_project", "count",
    sum(1 for j in J if "岩瀬野村" not in j["members"]), "negation on the 参加市町 cell joined by ・",
    f"{F3}: 参加市町 without 岩瀬野村")
add("萩ノ森圏域で、構成市町村が全部参加してる連携事業はどれ？", "joint_project", "set",
    [j["no"] for j in J if set(j["members"]) == set(D.MUNIS)], "all five names in the 参加市町 cell",
    f"{F3}: 参加市町 == all 5 構成市町村")
hagi = [j["no"] for j in J if j["lead"] == "萩ノ森市"]
add(["萩ノ森圏域の連携事業で萩ノ森市が主担当のものは？", "そのうち今も続いているのは？"], "joint_project", "set",
    [j["no"] for j in J if j["lead"] == "萩ノ森市" and j["end"] is None], "2 turns: 主担当 then open ranges 「R12～」",
    f"{F3}: 主担当 萩ノ森市 {hagi}, 実施年度 …～")
add("萩ノ森圏域の連携事業で、2030年度から始まったのはどれですか", "joint_project", "set",
    [j["no"] for j in J if j["start"] == "R12"], "西暦 2030 = R12 as the start of a range (incl. single R12)",
    f"{F3}: 実施年度 starting R12")
j9 = next(j for j in J if j["no"] == "連-09")
add(["萩ノ森圏域の連-09って何の事業？", "参加してる市町は？"], "joint_project", "contains",
    j9["members"], "2 turns: members of one row from a ・-joined cell", f"{F3}: 連-09 参加市町")
ha = [j["no"] for j in J if "羽衣町" in j["members"]]
add(["萩ノ森圏域の連携事業で、羽衣町が参加してるのは？", "そのうちR11から始まったものだけにして"], "joint_project", "set",
    [j["no"] for j in J if "羽衣町" in j["members"] and j["start"] == "R11"], "2 turns: member then start year",
    f"{F3}: 羽衣町 in 参加市町 {ha}, start R11")

# ================================================================ case studies (他団体事例)
C = D.CASES
CS = "他団体事例調査（令和14年度）"
add(f"{CS}で、人口5万人未満の団体はどこ？", "case_study", "contains",
    [c["org"] for c in C if c["pop"] < 50000], "threshold on the 人口（人） column", f"{F4}: 人口 < 50,000")
hmax = max((c for c in C if c["hours"]), key=lambda c: c["hours"])
add(f"{CS}で年間の削減時間がいちばん大きい事例はどこの団体？", "case_study", "contains", [hmax["org"]],
    "argmax of 効果（時間/年）, blanks skipped", f"{F4}: max 効果（時間/年） = {hmax['hours']}")
add(f"{CS}の効果（千円/年）を全部足すといくら？", "case_study", "value",
    sum(c["money"] for c in C if c["money"]), "sum of a numeric column with blanks", f"{F4}: sum 効果（千円/年）")
dig = [c for c in C if c["field"] == "デジタル化"]
add([f"{CS}でデジタル化の事例はどこ？", "そのうち人口10万人を超えるのは？"], "case_study", "contains",
    [c["org"] for c in dig if c["pop"] > 100000], "2 turns: 分野 then 人口 threshold", f"{F4}: 分野 デジタル化, 人口 > 100,000")
dh = [c["hours"] for c in dig]
assert all(dh) and sum(dh) % len(dh) == 0
add(f"{CS}で、分野がデジタル化の事例の削減時間（時間/年）の平均は？", "case_study", "value", sum(dh) // len(dh),
    "average of 効果（時間/年） over a 分野", f"{F4}: mean of {dh}")

# ================================================================ newsletter (item / passage)
NL = "行革つうしん"
tr = {iss["no"]: iss["training"] for iss in D.ISSUES}
add(f"{NL}のファシリテーション研修って参加者何人だった？", "item", "value",
    next(t["people"] for t in tr.values() if t["name"] == "ファシリテーション研修"), "figure inside a ◆ topic",
    f"{F5}: 第10号 ◆ファシリテーション研修を開催しました")
tlow = min(tr.values(), key=lambda t: t["sat"])
add(f"{NL}に載ってる研修で、満足度がいちばん低かったのはどの研修？", "passage", "contains", [tlow["name"]],
    "argmin across issues of a figure in free text", f"{F5}: 満足度 {[(t['name'], t['sat']) for t in tr.values()]}")
call = D.ISSUES[1]["call"]
add(f"{NL}で募集してた改革アイデアの締切はいつ？", "passage", "contains", [call["deadline"]],
    "date inside a ◆ topic", f"{F5}: 第10号 ◆改革アイデアを募集します")
pr9, pr11 = D.ISSUES[0]["proposal"], D.ISSUES[2]["proposal"]
add(f"{NL}の職員提案の応募件数、第9号のときと第11号のときで何件増えた？", "item", "value",
    pr11["applied"] - pr9["applied"], "difference between two issues", f"{F5}: 第9号 {pr9['applied']}件, 第11号 {pr11['applied']}件")
model = D.ISSUES[1]["model"]
add([f"{NL}の令和13年1月発行の号で紹介されてるモデル事業は？", "その実施団体は？"], "passage", "contains",
    [model["org"]], "2 turns: issue chosen by its 発行 line, then a field", f"{F5}: 発行：令和13年1月 → 実施団体")

assert len(Q) == 50, len(Q)
assert sum(len(q["turns"]) > 1 for q in Q) >= 10
out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
print("targets", Counter(q["target"] for q in Q))
print("expects", Counter(q["expect"] for q in Q))
