"""Compute every answer of the made73 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
    from .make_documents import F_PLAN, F_COMM, F_JOINT, F_CASE, F_NEWS
except ImportError:
    import data as D
    from make_documents import F_PLAN, F_COMM, F_JOINT, F_CASE, F_NEWS

Q = []
I = D.ITEMS
Y = D.YEARS
RK = D.MARK_RANK


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m73-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred):
    return [i["code"] for i in I if pred(i)]


def item(code):
    return next(i for i in I if i["code"] == code)


def g(i, y):
    return i["g"][y]


def maru(i):
    return sum(1 for y in Y if g(i, y) == "○")


def yrs(a, b):
    return Y[Y.index(a):Y.index(b) + 1]


P = f"{F_PLAN}, one <table> per 重点取組"

# ================================================================ practice (実施項目), 19
add("榛名台市の行政経営改革プランで、2028年度に△だった実施項目ってどれ？", "practice", "set",
    codes(lambda i: g(i, "R10") == "△"), "西暦 2028年度 = R10 column of a 和暦 table; △ mark",
    f"{P}: column R10 == △")
add("榛名台の行革プラン、R9からR11まで3年連続で○の項目は？", "practice", "set",
    codes(lambda i: all(g(i, y) == "○" for y in yrs("R9", "R11"))), "range から…まで, all ○ (－ is not ○)",
    f"{P}: columns R9, R10, R11 all ○")
add("榛名台市の行政経営改革プランで令和11年度までに終わった実施項目を教えて", "practice", "set",
    codes(lambda i: i["end"] in yrs("R9", "R11")), "までに on the 終了予定年度 column (R10, R11; 継続 excluded)",
    f"{P}: 終了予定年度 in R9–R11")
add("榛名台市の行革プランで総合評価がCの項目は何件ありますか", "practice", "count",
    len(codes(lambda i: i["total"] == "C")), "count on the 総合評価 column", f"{P}: 総合評価 == C")
add("榛名台市の行革プランで人事課が担当に入っている実施項目は？", "practice", "set",
    codes(lambda i: "人事課" in D.depts(i)), "two departments joined by 「・」 count for each",
    f"{P}: 担当課 split on ・ contains 人事課")
add("榛名台市行政経営改革プランの「窓口のキャッシュレス化」はどこの課が担当？", "practice", "value",
    item("1-2")["dept"], "department cell with two 課, as printed", f"{P}: row 1-2, 担当課")
add("榛名台市の行革プランで、令和１０年度より令和１１年度の評価が悪くなった項目は？", "practice", "set",
    codes(lambda i: g(i, "R10") in RK and g(i, "R11") in RK and RK[g(i, "R11")] < RK[g(i, "R10")]),
    "full-width 和暦 typed; order ○>△>×; items with － in either year excluded",
    f"{P}: rank(R11) < rank(R10)")
r9x = codes(lambda i: g(i, "R9") == "×")
add(["榛名台市の行革プランで令和9年度に×だった実施項目は？", "そのうち令和１２年度には○になってるのは？"],
    "practice", "set", [c for c in r9x if g(item(c), "R12") == "○"], "2 turns: narrowing by a later year",
    f"{P}: R9 × = {r9x}, then R12 ○")
ini2 = codes(lambda i: i["ini"] == 2)
add(["榛名台市行政経営改革プランの重点取組２にはどんな実施項目がある？", "そのうち総合評価がA以外のものだけ教えて"],
    "practice", "set", [c for c in ini2 if item(c)["total"] != "A"], "2 turns: initiative from the <h2> heading, then 以外",
    f"{P}: table under 重点取組２ = {ini2}, 総合評価 != A")
add(["榛名台の行革プランで未利用市有地の売却ってどこの課がやってる？", "それの終了予定年度は？"],
    "practice", "value", item("2-3")["end"], "2 turns: item named in turn 1, year as printed (R11)",
    f"{P}: row 2-3, 終了予定年度")
add("榛名台市の行革プランで計画期間の途中から追加された実施項目はどれ？", "practice", "set",
    codes(lambda i: i["added"] is not None), "備考 「令和１１年度追加」 etc. (full-width)", f"{P}: 備考 column not empty")
add("榛名台市の行革プランで、4年間で○が3回以上ついた実施項目は何件？", "practice", "count",
    len(codes(lambda i: maru(i) >= 3)), "count of ○ across the four year columns per row",
    f"{P}: ○ counts {[(i['code'], maru(i)) for i in I]}")
add("榛名台市の行革プラン、2-1の令和12年度の評価は？", "practice", "value", g(item("2-1"), "R12"),
    "one cell; mark as printed", f"{P}: row 2-1, column R12")
add("榛名台市の行革プランで令和10年度以降に一度でもバツがついた実施項目は？", "practice", "set",
    codes(lambda i: any(g(i, y) == "×" for y in yrs("R10", "R12"))), "以降 range; バツ in kana = ×",
    f"{P}: × in R10, R11 or R12")
add("榛名台市の行革プランで終了予定年度が「継続」になってる項目はいくつ？", "practice", "count",
    len(codes(lambda i: i["end"] == "継続")), "count of a text value in 終了予定年度", f"{P}: 終了予定年度 == 継続")
m9 = sum(1 for i in I if g(i, "R9") == "○")
m12 = sum(1 for i in I if g(i, "R12") == "○")
add("榛名台市の行革プランで、○の項目数は令和9年度と令和12年度でいくつ違う？", "practice", "value",
    abs(m12 - m9), "difference of two per-year counts", f"{P}: ○ in R9 = {m9}, in R12 = {m12}")
add("榛名台市の行革プランの重点取組４で、一度も×がついてない実施項目は？", "practice", "set",
    codes(lambda i: i["ini"] == 4 and "×" not in i["g"].values()), "一度も…ない within one 重点取組",
    f"{P}: table 重点取組４, no × in any year")
gk = codes(lambda i: "行政経営課" in D.depts(i))
add(["榛名台市の行革プランで行政経営課が担当してる実施項目は？", "そのうち令和9年度に△だったのは？"],
    "practice", "set", [c for c in gk if g(item(c), "R9") == "△"], "2 turns: department (incl. 「・」 rows) then a grade",
    f"{P}: 担当課 has 行政経営課 = {gk}, then R9 △")
add(["榛名台市の行革プランで令和11年度に×がついた項目ある？", "じゃあ2028年度は？"], "practice", "set",
    codes(lambda i: g(i, "R10") == "×"), "2 turns: same condition, year replaced (西暦 2028 = R10)",
    f"{P}: column R10 == ×")

# ================================================================ initiative (重点取組), 5
per = {n: sum(1 for i in I if i["ini"] == n) for n in D.INITIATIVES}
top = max(per, key=per.get)
assert sorted(per.values())[-1] != sorted(per.values())[-2]
add("榛名台市の行革プランで、実施項目の数がいちばん多い重点取組は？", "initiative", "value", str(top),
    "rows per table; the number only in the <h2> heading (full-width)", f"{P}: rows per 重点取組 {per}")
add("榛名台市の行革プランで、総合評価Cの実施項目を含んでいる重点取組はどれ？", "initiative", "set",
    sorted({str(i["ini"]) for i in I if i["total"] == "C"}), "initiative derived from its items",
    f"{P}: tables holding a 総合評価 C row")
avgs = {n: D.avg(n) for n in D.INITIATIVES}
hi = max(avgs, key=avgs.get)
lo = min(avgs, key=avgs.get)
assert list(avgs.values()).count(avgs[hi]) == 1 and list(avgs.values()).count(avgs[lo]) == 1
C = f"{F_COMM}, table 委員別の評価点 (rows = 委員, columns = 重点取組１–５, last row 平均)"
add("榛名台市の推進委員会の評価で、平均点がいちばん高かった重点取組は？", "initiative", "value", str(hi),
    "argmax over the 平均 ROW (transposed table)", f"{C}: 平均 {avgs}")
add("榛名台市の行政経営改革推進委員会で平均が3.5点以上だった重点取組は？", "initiative", "set",
    [str(n) for n in D.INITIATIVES if avgs[n] >= 3.5], "threshold (以上 includes equality) on the 平均 row",
    f"{C}: 平均 >= 3.5")
add(["榛名台市の推進委員会の評価結果で、重点取組１の平均は？", "じゃあ平均がいちばん低いのはどの重点取組？"],
    "initiative", "value", str(lo), "2 turns: argmin over the 平均 row", f"{C}: 平均 {avgs}")

# ================================================================ comment (committee), 6
add("榛名台市の推進委員会で加藤委員は重点取組５に何点つけてる？", "comment", "value",
    D.SCORES["加藤委員"][4], "one member row × one 重点取組 column", f"{C}: row 加藤委員, column 重点取組５")
add("榛名台市の委員会評価で、重点取組1と重点取組2の平均点の差は？", "comment", "value",
    round(avgs[1] - avgs[2], 2), "difference of two 平均 cells", f"{C}: {avgs[1]} - {avgs[2]}")
op2 = [t for n, t in D.OPINIONS if n == 2]
add("榛名台市の行政経営改革推進委員会は重点取組２についてどんな意見を出してる？", "comment", "contains",
    ["学校プールの共同利用"], "opinion paragraphs 「○（重点取組２）…」", f"{F_COMM}: 委員会の意見, first ○（重点取組２） paragraph")
add("榛名台市の推進委員会の意見で、テレワークに触れているのはどの重点取組？", "comment", "set",
    sorted({str(n) for n, t in D.OPINIONS if "テレワーク" in t}), "search the opinion paragraphs by a word",
    f"{F_COMM}: 委員会の意見 paragraphs containing テレワーク")
op_lo = [t for n, t in D.OPINIONS if n == lo]
assert "特定の部署に偏って" in op_lo[0]
add(["榛名台市の推進委員会評価で平均がいちばん低い重点取組はどれ？", "そこへの委員会の意見は？"], "comment", "contains",
    ["特定の部署に偏って"], "2 turns: argmin then its opinion paragraph", f"{F_COMM}: lowest 平均 = 重点取組{lo}, first opinion")
add(["榛名台市の推進委員会で重点取組１の平均は何点？", "じゃあ重点取組５は？"], "comment", "value", avgs[5],
    "2 turns: same column kind, another 重点取組 (two decimals printed 3.75)", f"{C}: 平均 row, column 重点取組５")

# ================================================================ joint projects, 10
J = D.JOINT
X = f"{F_JOINT}, one sheet per 分野"
add("榛東地域の共同事業のうち、北桑野村が入っていないものは？", "joint_project", "set",
    [j["no"] for j in J if "北桑野村" not in j["members"]], "negation on a multi-line 参加団体 cell",
    f"{X}: 参加団体 lines lack 北桑野村")
add("榛東地域のごみ処理施設の広域化ってもう終わった？", "joint_project", "value",
    next(j for j in J if j["name"] == "ごみ処理施設の広域化")["status"], "yes/no answered by the 状況 as printed (いいえ)",
    f"{X}: sheet 環境・衛生, 状況")
add("榛東地域連携推進協議会の電子入札システムの共同利用、もう終わってる？", "joint_project", "value",
    next(j for j in J if j["name"] == "電子入札システムの共同利用")["status"], "yes/no answered by the 状況 as printed (はい)",
    f"{X}: sheet 行政事務・DX, 状況")
add("榛東地域の共同事業で令和9年度以降に始まったもの、検討中のは除いて教えて", "joint_project", "set",
    [j["no"] for j in J if D.start_n(j) >= 9 and j["status"] != "検討中"], "以降 on 開始年度 (和暦) plus 除く on 状況",
    f"{X}: 開始年度 >= 令和9年度 and 状況 != 検討中")
env = [j for j in J if j["field"] == "環境・衛生"]
add("榛東地域の共同事業、環境・衛生分野の事業費を全部足すといくら？（千円で）", "joint_project", "value",
    sum(j["cost"] for j in env), "sum over one sheet", f"{X}: sheet 環境・衛生, 事業費（千円） {[j['cost'] for j in env]}")
bo = sorted([j for j in J if j["field"] == "防災・消防"], key=lambda j: -j["cost"])
add("榛東地域の共同事業の防災・消防分野を、事業費の大きい順に並べて", "joint_project", "ordered",
    [j["no"] for j in bo], "order by a number within one sheet", f"{X}: sheet 防災・消防, 事業費 {[(j['no'], j['cost']) for j in bo]}")
kid = [j for j in J if j["field"] == "子育て・教育"]
add(["榛東地域の共同事業で子育て・教育分野のものは？", "そのうち今も実施中なのは？"], "joint_project", "set",
    [j["no"] for j in kid if j["status"] == "実施中"], "2 turns: sheet name = 分野, then 状況",
    f"{X}: sheet 子育て・教育, 状況 == 実施中")
tk = [j for j in J if j["lead"] == "高森原市"]
add(["榛東地域の共同事業で高森原市が幹事をしてるのは？", "そのうち検討中のはいくつ？"], "joint_project", "count",
    len([j["no"] for j in tk if j["status"] == "検討中"]), "2 turns: 幹事団体 across sheets, then 状況",
    f"{X}: 幹事団体 == 高森原市 {[j['no'] for j in tk]}, 状況 == 検討中")
lib = next(j for j in J if j["name"] == "図書館システムの共同利用")
add(["榛東地域の図書館システムの共同利用はいつから？", "参加してる団体は？"], "joint_project", "contains",
    lib["members"], "2 turns: one-per-line cell", f"{X}: sheet 子育て・教育, 参加団体 of 図書館システムの共同利用")
big = max(J, key=lambda j: j["cost"])
add(["榛東地域の共同事業で事業費がいちばん大きいのはどれ？", "その幹事団体は？"], "joint_project", "value",
    big["lead"], "2 turns: max over all sheets, then 幹事団体", f"{X}: max 事業費 = No.{big['no']} {big['cost']}")

# ================================================================ case studies, 5
K = D.CASES
T = f"{F_CASE}, 「事例N：place（pref、人口約…）」 headings, full-width figures"
add("榛名台市がまとめた他自治体の事例集で、長野県の事例はどこ？", "case_study", "set",
    [c["place"] for c in K if c["pref"] == "長野県"], "prefecture inside the heading parentheses", f"{T}: pref == 長野県")
pmax = max(K, key=lambda c: c["pop"])
add("他自治体の行政改革事例集（榛名台市）で人口がいちばん多いのはどこ？", "case_study", "value", pmax["place"],
    "compare 約２１万人 / 約１万８千人 … (mixed 万/千 units)", f"{T}: pops {[(c['place'], c['pop']) for c in K]}")
add("榛名台市の事例集に載ってる団体で、人口5万人未満のところは？", "case_study", "set",
    [c["place"] for c in K if c["pop"] < 50000], "threshold on 約N万M千人 (西原台市 約５万２千人 is not under)",
    f"{T}: pop < 50000")
hmax = max((c for c in K if c["hours"]), key=lambda c: c["hours"])
add("榛名台市の事例集で、削減できた作業時間がいちばん多いのはどこの取組？", "case_study", "value", hmax["place"],
    "figures inside 【成果】 text (時間)", f"{T}: hours {[(c['place'], c['hours']) for c in K if c['hours']]}")
add(["榛名台市の他自治体事例集で書かない窓口を入れたのはどこ？", "その成果は？"], "case_study", "contains",
    ["１１分"], "2 turns: 【成果】 of the case from turn 1 (full-width digits)", f"{T}: 事例１ 【成果】")

# ================================================================ newsletter passages, 5
N = f"{F_NEWS}, issues 「Vol.N　令和…発行」 with articles 「１．…」"
add("行革だより はるなだいに載ってた職員向けRPA研修、参加者は何名？", "passage", "value", D.RPA_PARTICIPANTS,
    "number inside an article (full-width ３６名)", f"{N}: Vol.5 article ２")
add("行革だよりによると、公民連携デスクに来た提案のうち採択されたのは何件？", "passage", "value", D.ADOPTED,
    "second of two numbers in one sentence (２３件 vs ５件)", f"{N}: Vol.6 article １")
add("行革だより はるなだいのVol.6って、いつ発行されたもの？", "passage", "contains", ["令和11年2月"],
    "issue heading", f"{N}: heading Vol.6")
add(["行革だより はるなだいのVol.7にはどんな記事がある？", "テレワークを使った職員は何人？"], "passage", "value",
    D.TELEWORK_STAFF, "2 turns: article within an issue", f"{N}: Vol.7 article ３")
add("行革だよりで、令和10年度のふるさと納税の寄附額はいくらだった？", "passage", "contains", [D.FURUSATO_R10],
    "amount in full-width 億/万 form", f"{N}: Vol.7 article ２")

assert len(Q) == 50, len(Q)
out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
print(Counter(q["target"] for q in Q)); print(Counter(q["expect"] for q in Q))
