"""Compute every answer of the made75 holdout from data.py and write questions.jsonl."""
import json
import re
from collections import Counter
from pathlib import Path

try:
    from . import data as D
    from .make_documents import F_CASES, F_COMM, F_JOINT, F_NEWS, F_PLAN
except ImportError:
    import data as D
    from make_documents import F_CASES, F_COMM, F_JOINT, F_NEWS, F_PLAN

Q = []
I = D.ITEMS
W = D.WAREKI
R = D.RANK


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m75-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred, items=I):
    return [i["code"] for i in items if pred(i)]


def g(i, y):
    return i["grades"][y]


def item(name=None, code=None):
    (it,) = [i for i in I if i["name"] == name or i["code"] == code]
    return it


def one(lst):
    assert len(lst) == 1, lst
    return lst[0]


def argmax_unique(d):
    best = max(d.values())
    ks = [k for k, v in d.items() if v == best]
    assert len(ks) == 1, d
    return ks[0]


PLAN = f"{F_PLAN}, cards"

# ======================================================== practice (改革項目), 22
add("雲雀野市の行革計画で、令和5年度に◎がついた改革項目は？", "practice", "set",
    codes(lambda i: g(i, "R5") == "◎"), "one mark in one 和暦 year across 22 cards", f"{PLAN}: 令和5年度 row, 評価 ◎")
add("雲雀野市の行政改革推進計画、2023年度以降に一回でも×になった項目ってある？", "practice", "set",
    codes(lambda i: any(g(i, y) == "×" for y in ("R5", "R6"))), "西暦 + 以降 (R5, R6) over a 和暦 document",
    f"{PLAN}: 令和5年度/令和6年度 rows, 評価 ×")
add("雲雀野市の推進計画で2022年度に△評価だった改革項目を全部出して", "practice", "set",
    codes(lambda i: g(i, "R4") == "△"), "西暦 2022年度 = 令和4年度", f"{PLAN}: 令和4年度 row, 評価 △")
add("雲雀野市の行革推進計画で、令和3年度から5年度まで3年続けて○だったのはどれ？", "practice", "set",
    codes(lambda i: all(g(i, y) == "○" for y in ("R3", "R4", "R5"))),
    "から…まで range, exactly ○ (◎ does not count)", f"{PLAN}: 令和3〜5年度 rows all ○")
add("雲雀野市の行政改革推進計画で、令和5年度までに完了した改革項目は？", "practice", "set",
    codes(lambda i: i["done"] is not None and D.YEARS.index(i["done"]) <= D.YEARS.index("R5")),
    "までに on 完了年度 (R4 and R5)", f"{PLAN}: 完了年度 cell 令和4年度 or 令和5年度")
add("雲雀野市の行革計画、期間が終わっても完了してない改革項目って何件ある？", "practice", "count",
    len(codes(lambda i: i["done"] is None)), "完了年度「継続」 = not completed", f"{PLAN}: 完了年度 cell 継続")
add("雲雀野市の行政改革推進計画で達成状況が未達成の項目は？", "practice", "set",
    codes(lambda i: i["status"] == "未達成"), "達成状況 line of each card", f"{PLAN}: 達成状況 未達成")
add("雲雀野市の行革計画で、完了はしたのに達成状況が一部達成どまりの項目はどれですか", "practice", "set",
    codes(lambda i: i["done"] and i["status"] == "一部達成"), "combination of 完了年度 and 達成状況",
    f"{PLAN}: 完了年度 ≠ 継続 and 達成状況 一部達成")
add("雲雀野市の行政改革推進計画で、計画の途中から追加された改革項目は？", "practice", "set",
    codes(lambda i: i["added"] is not None), "rows 「（令和N年度追加項目のため対象外）」 mark added items",
    f"{PLAN}: 実績 text 追加項目のため対象外")
add("雲雀野市の行革計画で人事課が所管している項目を教えて", "practice", "set",
    codes(lambda i: i["dept"] == "人事課"), "所管課 cell", f"{PLAN}: 所管課 人事課")
add("雲雀野市の推進計画の「公共施設の統廃合」って、どこの課の所管？", "practice", "value",
    item("公共施設の統廃合")["dept"], "item named by title → 所管課", f"{PLAN}: card Ⅱ-1-③, 所管課")
add("雲雀野市のオープンデータの公開、あれってもう完了してるの？", "practice", "value",
    "継続" if item("オープンデータの公開")["done"] is None else W[item("オープンデータの公開")["done"]],
    "yes/no answered by the 完了年度 cell as printed (継続 = not completed)", f"{PLAN}: card Ⅰ-2-③, 完了年度")
add("雲雀野市の行革計画で令和5年度から6年度にかけて評価が下がった改革項目は？", "practice", "set",
    codes(lambda i: g(i, "R5") and g(i, "R6") and R[g(i, "R6")] < R[g(i, "R5")]),
    "order ◎>○>△>×; only items graded in both years (「－」 excluded)", f"{PLAN}: 令和5年度 vs 令和6年度 rows")
add("雲雀野市の行政改革推進計画で、令和3年度は×だったのに令和6年度には○以上になった項目は？", "practice", "set",
    codes(lambda i: g(i, "R3") == "×" and g(i, "R6") in ("◎", "○")), "change between two years; ○以上 = ◎ or ○",
    f"{PLAN}: 令和3年度 × and 令和6年度 ◎/○")
add("雲雀野市の行革計画の基本方針Ⅲの項目で、◎を一度ももらってないのはどれ？", "practice", "set",
    codes(lambda i: D.policy_of(i["code"]) == "Ⅲ" and "◎" not in i["grades"].values()),
    "negation (一度も…ない) within one 基本方針", f"{PLAN}: cards Ⅲ-*, no ◎ in any year row")
fin = codes(lambda i: i["dept"] == "財政課")
add(["雲雀野市の行政改革推進計画で財政課が担当の改革項目は？", "そのうち令和6年度に○だったのは？"], "practice", "set",
    codes(lambda i: i["dept"] == "財政課" and g(i, "R6") == "○"),
    "2 turns: department then narrowing by a year's mark (Ⅲ-2-① has 「－」 in R6)",
    f"{PLAN}: 所管課 財政課 = {fin}, then 令和6年度 ○")
add(["雲雀野市の行革計画のⅡ-1-③ってどこの課がやってる？", "じゃあ令和3年度の評価は？"], "practice", "value",
    g(item(code="Ⅱ-1-③"), "R3"), "2 turns: item kept from turn 1, one cell", f"{PLAN}: card Ⅱ-1-③, 令和3年度 row")
r4d = codes(lambda i: g(i, "R4") == "△")
it20 = item(code=one(codes(lambda i: g(i, "R4") == "△" and i["dept"] == "情報政策課")))
add(["雲雀野市の推進計画で令和4年度に△だった項目を教えて", "そのうち情報政策課のは？", "それの達成状況は？"],
    "practice", "value", it20["status"], "3 turns: narrowing to one item, then its 達成状況",
    f"{PLAN}: R4 △ = {r4d}; 情報政策課 → {it20['code']}; 達成状況")
r3s = codes(lambda i: g(i, "R3") == "◎")
add(["雲雀野市の行政改革推進計画で令和3年度に◎だった改革項目は？", "じゃあ令和6年度は？"], "practice", "set",
    codes(lambda i: g(i, "R6") == "◎"), "2 turns: same condition, year replaced", f"{PLAN}: R3 ◎ = {r3s}; 令和6年度 ◎")
top = Counter()
for y in D.YEARS:
    top[y] = sum(1 for i in I if g(i, y) == "◎")
add("雲雀野市の行革計画で、◎がいちばん多くついた年度っていつ？", "practice", "value", W[argmax_unique(dict(top))],
    "argmax over years of a per-card count (answer as printed 令和N年度)",
    f"{PLAN}: count of ◎ per year row {dict(top)}")
add("雲雀野市の行政改革推進計画で◎の件数は令和3年度から令和6年度でいくつ増えた？", "practice", "value",
    top["R6"] - top["R3"], "difference between two years' counts", f"{PLAN}: ◎ R6 {top['R6']} − R3 {top['R3']}")
kik = codes(lambda i: i["dept"] == "企画課")
kik2 = codes(lambda i: i["dept"] == "企画課" and i["added"] is None)
add(["雲雀野市の行革計画で企画課の担当になってる改革項目ってどれ？", "途中で追加した項目を除くと？",
     "その中で令和4年度に◎だったのは？"], "practice", "set",
    codes(lambda i: i["dept"] == "企画課" and i["added"] is None and g(i, "R4") == "◎"),
    "3 turns: department, exclusion (除く), then a year's mark", f"{PLAN}: 企画課 {kik} → original {kik2} → R4 ◎")

# ======================================================== initiative (基本方針), 6
per = Counter(D.policy_of(i["code"]) for i in I)
add("雲雀野市の行政改革推進計画で改革項目がいちばん多い基本方針は？", "initiative", "value", argmax_unique(dict(per)),
    "count of cards per 基本方針 (code prefix)", f"{PLAN}: cards per 基本方針 {dict(per)}")
add("雲雀野市の行政改革懇話会の評価で、有効性が3点以下だった基本方針は？", "initiative", "set",
    [p for p in D.POLICIES if D.CSCORES[p]["有効性"] <= 3], "threshold on one column (以下 inclusive)",
    f"{F_COMM}, sheet 委員評価, column 有効性")
sums = {p: sum(D.CSCORES[p][c] for c in D.CRITERIA) for p in D.POLICIES}
add("雲雀野市の懇話会評価で、必要性・有効性・効率性を足した点がいちばん高い基本方針は？", "initiative", "value",
    argmax_unique(sums), "sum of three columns per row, then argmax", f"{F_COMM}, 委員評価: sums {sums}")
eff = [D.CSCORES[p]["効率性"] for p in D.POLICIES]
add("雲雀野市の行政改革懇話会、4つの基本方針の効率性の平均点は？", "initiative", "value", sum(eff) / len(eff),
    "average of one column", f"{F_COMM}, 委員評価, 効率性 {eff}")
add("雲雀野市の行革計画で、未達成の改革項目を抱えている基本方針はどれ？", "initiative", "set",
    sorted({D.policy_of(c) for c in codes(lambda i: i["status"] == "未達成")}, key=list(D.POLICIES).index),
    "group-level answer from per-card 達成状況", f"{PLAN}: 達成状況 未達成 cards → their 基本方針")
lowB = [p for p in D.POLICIES if D.CSCORES[p]["総合"] in ("B", "C")]
add(["雲雀野市の懇話会で総合評価がB以下だった基本方針は？", "じゃあ、その中で有効性が2点のは？"], "initiative", "set",
    [p for p in lowB if D.CSCORES[p]["有効性"] == 2], "2 turns: 以下 on S>A>B>C, then a score",
    f"{F_COMM}, 委員評価: 総合 B/C = {lowB}, then 有効性 2")

# ======================================================== comment (委員意見), 5
mori2 = one([t for p, w, t in D.OPINIONS if p == "Ⅱ" and w == "森委員"])
add(["雲雀野市の行政改革懇話会で、基本方針Ⅱにはどんな意見が出てる？", "森委員のは？"], "comment", "contains",
    [mori2[mori2.index("地元協議"):][:8]], "2 turns: opinions of one 基本方針 narrowed to one member (merged 基本方針 cell)",
    f"{F_COMM}, sheet 委員意見, 基本方針 Ⅱ (merged), 委員 森委員: {mori2[:20]}…")
add("雲雀野市の懇話会の意見で、未利用地のことに触れてるのはどの基本方針？", "comment", "set",
    sorted({p for p, w, t in D.OPINIONS if "未利用地" in t}), "search opinions by phrase → 基本方針",
    f"{F_COMM}, 委員意見, 意見 containing 未利用地")
add("雲雀野市の行政改革懇話会で中村委員が出した意見は全部で何件？", "comment", "count",
    sum(1 for p, w, t in D.OPINIONS if w == "中村委員"), "count rows of one member across merged groups",
    f"{F_COMM}, 委員意見, 委員 中村委員")
cC = one([p for p in D.POLICIES if D.CSCORES[p]["総合"] == "C"])
firstC = [t for p, w, t in D.OPINIONS if p == cC][0]
add(["雲雀野市の懇話会の評価で総合がCの基本方針は？", "それに対して委員からどんな意見が出てる？"], "comment", "contains",
    [firstC[:17]], "2 turns: cross-sheet (委員評価 → 委員意見)", f"{F_COMM}: 総合 C = {cC}; 委員意見 first row of {cC}")
add("雲雀野市の行政改革懇話会で石川会長が意見を出していない基本方針は？", "comment", "set",
    [p for p in D.POLICIES if not any(pp == p and w == "石川会長" for pp, w, t in D.OPINIONS)],
    "negation over merged groups", f"{F_COMM}, 委員意見: groups without 石川会長")

# ======================================================== joint projects, 9
J = D.JOINT
JD = f"{F_JOINT}, table"
add("西霞広域行政推進協議会の連携事業で、萌木村が構成市町村に入っているものは？", "joint_project", "set",
    [j["no"] for j in J if "萌木村" in j["members"]], "、-separated 構成市町村 (No.9 オブザーバー in 備考 is not a member)",
    f"{JD}: 構成市町村 contains 萌木村")
add("西霞の広域連携で、5市町村ぜんぶが参加してる事業は？", "joint_project", "set",
    [j["no"] for j in J if len(j["members"]) == len(D.MUNIS)], "all five members listed", f"{JD}: 構成市町村 with 5 names")
add("西霞広域行政推進協議会の事業のうち、令和に入ってから始まったのは？", "joint_project", "set",
    [j["no"] for j in J if j["start"][0] == "令和"], "era boundary (令和元年度 included)", f"{JD}: 開始年度 令和…")
add("西霞広域行政推進協議会の連携事業で、2015年度より前に始まったものは何件？", "joint_project", "count",
    sum(1 for j in J if D.seireki(j["start"]) < 2015), "西暦 threshold over 平成 years (平成26年度 = 2014)",
    f"{JD}: 開始年度 ≤ 平成26年度")
add("西霞の連携事業、終わったものを除くといま続いているのは何件？", "joint_project", "count",
    sum(1 for j in J if not D.ended(j)), "negation via 備考 「終了」", f"{JD}: rows whose 備考 lacks 終了")
add("西霞広域行政推進協議会の福祉・子育て分野の事業を教えて", "joint_project", "set",
    [j["no"] for j in J if j["field"] == "福祉・子育て"], "vertically merged 分野 cell", f"{JD}: 分野 福祉・子育て (merged)")
env = [j["no"] for j in J if j["field"] == "環境"]
add(["西霞の広域連携で環境分野の事業は？", "そのうち事務局が雲雀野市じゃないのは？"], "joint_project", "set",
    [j["no"] for j in J if j["field"] == "環境" and j["office"] != "雲雀野市"], "2 turns: merged 分野 then negation on 事務局",
    f"{JD}: 環境 = {env}; 事務局 ≠ 雲雀野市")
add("西霞広域行政推進協議会の連携事業を、始まったのが古い順に3つ挙げて", "joint_project", "ordered",
    [j["no"] for j in sorted(J, key=lambda j: D.seireki(j["start"]))][:3], "ordering by 和暦 開始年度",
    f"{JD}: 開始年度 ascending {[(j['no'], D.era_label(j['start'])) for j in sorted(J, key=lambda j: D.seireki(j['start']))][:4]}")
notH = [j["no"] for j in J if "雲雀野市" not in j["members"]]
add(["西霞の連携事業で雲雀野市が参加してないのはどれ？", "その中で平成のうちに始まったものは？"], "joint_project", "set",
    [j["no"] for j in J if "雲雀野市" not in j["members"] and j["start"][0] == "平成"],
    "2 turns: negation on members (No.12 検討中 in 備考 is not a member), then era",
    f"{JD}: not member {notH}; 開始年度 平成")
assert len(sorted(J, key=lambda j: D.seireki(j["start"]))) == len({D.seireki(j["start"]) for j in J})

# ======================================================== case studies, 4
C = D.CASES
CS = "雲雀野市の行政改革取組事例集（令和6年度版）"
add(f"{CS}で、効果額がいちばん大きいのはどこの自治体？", "case_study", "value",
    C[argmax_unique({k: c["amount"] for k, c in enumerate(C)})]["org"], "argmax of 効果額（万円） across articles",
    f"{F_CASES}: 効果額 {[(c['org'], c['amount']) for c in C]}")
add(f"{CS}で削減時間が1,000時間を超えている事例はどこ？", "case_study", "contains",
    [c["org"] for c in C if c["hours"] and c["hours"] > 1000], "threshold on a 「1,800時間」 string; 「―」 excluded",
    f"{F_CASES}: 削減時間 > 1,000")
add(f"{CS}のうち、2020年より前から取り組んでいる自治体は？", "case_study", "contains",
    [c["org"] for c in C if c["start"] < 2020], "より前 (exclusive) on 開始年", f"{F_CASES}: 開始年 < 2020")
noh = [c for c in C if not c["hours"]]
add([f"{CS}で削減時間が載っていない事例は？", "そのうち効果額が大きいほうはどこ？"], "case_study", "value",
    max(noh, key=lambda c: c["amount"])["org"], "2 turns: 「―」 cells, then comparison of two",
    f"{F_CASES}: ― = {[(c['org'], c['amount']) for c in noh]}")

# ======================================================== newsletter (passage), 4
def find(s):
    for iss in D.ISSUES:
        for h, t in iss["articles"]:
            if s in t or s in h:
                return iss, h, t
    raise KeyError(s)


def num(pat, t):
    return int(re.search(pat, t).group(1).replace(",", ""))


iss, h, t = find("寄せられた提案")
add("行革ひばり通信で、職員提案って何件集まったって書いてあった？", "passage", "value", num(r"提案は([\d,]+)件", t),
    "figure inside article text", f"{F_NEWS}: 第{iss['no']}号【{h}】")
iss, h, t = find("キャッシュレス")
add(["行革ひばり通信でキャッシュレス決済の記事が載ったのは何号？", "その記事だと導入から2か月の利用は何件？"], "passage", "value",
    num(r"利用は([\d,]+)件", t), "2 turns: issue then a figure in the same article", f"{F_NEWS}: 第{iss['no']}号【{h}】")
iss, h, t = find("夜間窓口")
add("ひばり通信に出てた木曜の夜間窓口、延べ何人が使ったの？", "passage", "value", num(r"延べ([\d,]+)人", t),
    "figure in text (plan PDF only says 19時まで延長)", f"{F_NEWS}: 第{iss['no']}号【{h}】")
iss, h, t = find("新たに就任")
assert "森委員が新たに就任" in t
add("行革ひばり通信によると、令和5年6月から懇話会に新しく入った委員は誰？", "passage", "contains", ["森委員"],
    "name in an article", f"{F_NEWS}: 第{iss['no']}号【{h}】")

assert len(Q) == 50, len(Q)
for q in Q:
    if q["expect"] in ("set", "ordered", "contains"):
        assert q["answer"], q
out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
print(Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q))
