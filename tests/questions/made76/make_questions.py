# -*- coding: utf-8 -*-
"""Computes every answer from data.py and writes questions.jsonl (50 questions)."""
import json, os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []
def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if isinstance(answer, (set, list)) and expect in ("set", "contains"):
        answer = sorted(answer)
    Q.append({"id": f"m76-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})

D = "01_椋平市行政経営改革プラン2026推進状況報告書.docx"
P = "02_行政経営改革推進委員会評価書.pdf"
X = "03_椋平定住自立圏連携事業一覧.xlsx"
H = "04_他自治体の行政改革取組事例集.html"
T = "05_推進項目進捗管理シート.txt"

def codes(pred): return {i[0] for i in ITEMS if pred(i)}
def goal_of(i): return int(i[0].split("-")[0])
def measure_of(i): return i[0].rsplit("-", 1)[0]
def g(i, y): return grade(i, y)
R = GRADE_RANK

# ---------------------------------------------------------------- practice (docx)
add("椋平市の行革プランで、令和10年度にD評価だった推進項目はどれですか？", "practice", "set",
    codes(lambda i: g(i, 2028) == "D"), f"{D}: 令和10年度 = 列見出し「2028年度」",
    "grade(item, 2028) == 'D'")
add("2027年度の評価がAだった推進項目を全部あげてください", "practice", "set",
    codes(lambda i: g(i, 2027) == "A"), f"{D}: 2027年度 = 列見出し「令和9年度」", "grade(item, 2027) == 'A'")
add(["R9までに完了した推進項目って、どれがありますか"], "practice", "set",
    codes(lambda i: i[5] is not None and i[5] <= 2027),
    f"{D}: 完了年度欄は R9 / 令和9年度 / 2027年度 が混在。R9までに = 完了年度 ≤ 2027", "done_year <= 2027")
add("完了年度が2028年度の推進項目は何件ありますか。", "practice", "count",
    len(codes(lambda i: i[5] == 2028)), f"{D}: 完了年度 R10 / 令和10年度 / 2028年度 はすべて2028年度", "count(done_year == 2028)")
add("計画期間が終わっても継続となっている推進項目のうち、主担当が情報政策課のものはどれでしょうか", "practice", "set",
    codes(lambda i: i[5] is None and i[2] == "情報政策課"), f"{D}: 完了年度「（継続）」かつ 担当課・主 = 情報政策課",
    "done_year is None and main == '情報政策課'")
add("副担当課に人事課が入っている推進項目を教えて", "practice", "set",
    codes(lambda i: i[3] == "人事課"), f"{D}: 担当課・副 の列", "sub == '人事課'")
add("4年間ずっとA評価だった推進項目ってある？", "practice", "set",
    codes(lambda i: all(g(i, y) == "A" for y in YEARS)), f"{D}: 4年度すべてA", "all grades == 'A'")
add("一度でもD評価がついた推進項目はどれでしょうか", "practice", "set",
    codes(lambda i: any(g(i, y) == "D" for y in YEARS)), f"{D}: いずれかの年度でD", "any grade == 'D'")
add(["基本目標3の推進項目を一覧で見せて", "そのうちR11の評価がB以上のものは？"], "practice", "set",
    codes(lambda i: goal_of(i) == 3 and g(i, 2029) in ("A", "B")),
    f"{D}: 基本目標3の表、R11 = 列見出し「2029年度」、B以上 = A or B（－は除く）", "goal==3 and grade(2029) in AB")
add("令和8年度にC評価だった推進項目は何件？", "practice", "count",
    len(codes(lambda i: g(i, 2026) == "C")), f"{D}: 令和8年度列のC。4 年度別の評価件数表にも記載", "count(grade(2026)=='C')")
add("令和9年度以降に取組が始まった推進項目（令和8年度の評価が「－」のもの）はどれですか", "practice", "set",
    codes(lambda i: g(i, 2026) is None), f"{D}: 令和8年度が－（開始前）", "grade(2026) is None")
add("初年度（R8）より最終年度（R11）のほうが評価が良くなった推進項目を教えてください。両年度とも評価があるものに限ります。",
    "practice", "set",
    codes(lambda i: g(i, 2026) and g(i, 2029) and R[g(i, 2029)] > R[g(i, 2026)]),
    f"{D}: A>B>C>D の順で比較", "rank(grade 2029) > rank(grade 2026)")
add(["施策2-3にはどんな推進項目がありますか", "じゃあ2-2は？"], "practice", "set",
    codes(lambda i: measure_of(i) == "2-2"), f"{D}: 基本目標2の表の「施策2-2」行の下", "measure == '2-2'")
add("人事課が主担当の推進項目で、まだ完了していない（継続の）ものは？", "practice", "set",
    codes(lambda i: i[2] == "人事課" and i[5] is None), f"{D}: 主 = 人事課 かつ 完了年度（継続）",
    "main=='人事課' and done_year is None")
add(["市民課が主担当の推進項目は？", "その中で計画期間中に完了したものは？"], "practice", "set",
    codes(lambda i: i[2] == "市民課" and i[5] is not None), f"{D}: 主 = 市民課 で 完了年度あり",
    "main=='市民課' and done_year is not None")
add("令和10年度の評価がCの推進項目を、基本目標2を除いて教えて", "practice", "set",
    codes(lambda i: g(i, 2028) == "C" and goal_of(i) != 2), f"{D}: 2028年度列のC、基本目標2の表以外",
    "grade(2028)=='C' and goal != 2")
add("令和9年度と令和10年度を比べて、評価が下がった推進項目はありますか", "practice", "set",
    codes(lambda i: g(i, 2027) and g(i, 2028) and R[g(i, 2028)] < R[g(i, 2027)]),
    f"{D}: 令和9年度列と2028年度列を比較（両方に評価があるもの）", "rank(2028) < rank(2027)")
add(["基本目標4には推進項目がいくつありますか", "そのうち計画期間中に完了したものは何件？"], "practice", "count",
    len(codes(lambda i: goal_of(i) == 4 and i[5] is not None)), f"{D}: 基本目標4の表で完了年度が（継続）以外",
    "count(goal==4 and done_year is not None)")

# ---------------------------------------------------------------- initiative (施策)
cnt = {}
for i in ITEMS:
    cnt[measure_of(i)] = cnt.get(measure_of(i), 0) + 1
add("推進項目を3つ持っている施策はどれ？", "initiative", "set", {m for m, n in cnt.items() if n == 3},
    f"{D}: 施策行の下の推進項目数", "count items per measure == 3")
add("計画期間中に、ぶら下がる推進項目がすべて完了した施策はありますか", "initiative", "set",
    {m for m, _ in MEASURES if all(i[5] is not None for i in ITEMS if measure_of(i) == m)},
    f"{D}: 施策内の全推進項目の完了年度が（継続）でない", "all(done_year is not None)")
add("2028年度の評価でC以下の推進項目を含む施策を挙げてください", "initiative", "set",
    {measure_of(i) for i in ITEMS if g(i, 2028) in ("C", "D")}, f"{D}: 2028年度列のC・D", "grade(2028) in CD")

# ---------------------------------------------------------------- comment (PDF opinions)
def op(word): return {c for gno in OPINIONS for c, t in OPINIONS[gno] if word in t}
add("委員会の意見で高齢者について触れているのはどの施策？", "comment", "set", op("高齢者"),
    f"{P}: 4 基本目標ごとの委員意見、【施策番号】付きの箇条書き", "'高齢者' in opinion")
add("受益者負担に言及した委員意見は、どの施策に対するものですか", "comment", "set", op("受益者負担"),
    f"{P}: 委員意見", "'受益者負担' in opinion")
add("評価書の中で、周辺町との関係に触れた意見がついている施策は？", "comment", "set", op("周辺町"),
    f"{P}: 委員意見（総評の文は施策に付いた意見ではない）", "'周辺町' in opinion")
add("職員の負担について委員から意見が出ている施策はどれですか", "comment", "set", op("職員の負担"),
    f"{P}: 「職員の負担軽減」「職員の負担感」。観点別評価表の理由欄（事務負担）は意見ではない", "'職員の負担' in opinion")
add(["基本目標3の委員意見を見せて", "そのうち見える化を求めているのはどの施策？"], "comment", "set",
    {c for c, t in OPINIONS[3] if "見える化" in t}, f"{P}: 基本目標3の意見", "goal 3 and '見える化' in opinion")

# ---------------------------------------------------------------- passage (PDF scores)
tot = {gno: sum(v) for gno, v in SCORES.items()}
add("委員会評価で、基本目標3の合計点は20点満点中何点でしたか", "passage", "value", tot[3],
    f"{P}: 観点別評価表の小計（2ページ目、表は1ページ目から続く）/ 委員意見の見出し", "sum(SCORES[3])")
eff = {gno: v[VIEWPOINTS.index("効率性")] for gno, v in SCORES.items()}
best = max(eff, key=eff.get); assert list(eff.values()).count(eff[best]) == 1
add("効率性の評点がいちばん高かった基本目標はどれ？", "passage", "value", f"基本目標{best}",
    f"{P}: 表がページをまたぎ、基本目標2の効率性の行は2ページ目で基本目標欄が空白", "argmax 効率性")
add("4つの基本目標の合計点の平均は何点になりますか", "passage", "value", sum(tot.values()) / 4,
    f"{P}: 小計 16,13,14,12", "mean of totals")
add(["評価書で基本目標1は何点だった？", "じゃあ基本目標2との差は？"], "passage", "value", tot[1] - tot[2],
    f"{P}: 16 - 13", "tot1 - tot2")
A_goals = [f"基本目標{gno}" for gno in tot if rank(tot[gno]) == "Ａ"]; assert len(A_goals) == 1
add("総合評価がＡだった基本目標はどれですか", "passage", "value", A_goals[0], f"{P}: 16点以上がＡ", "rank == A")
add("基本目標4の「発展性」の評点を教えてください", "passage", "value", SCORES[4][VIEWPOINTS.index("発展性")],
    f"{P}: 2ページ目、全角数字「３」", "SCORES[4][3]")

# ---------------------------------------------------------------- passage / practice (TXT)
sh1, sh2 = SHEETS
add("進捗管理シートで、2-1-1の令和10年度の市税収納率の実績は？", "passage", "value",
    sh1["indicators"][0][4][2], f"{T}: 年度見出しは全角数字「令和１０年度」", "actual 2028")
ind = sh2["indicators"][1]
add(["3-3-2の進捗管理シートの指標を教えて", "年間360時間超の職員数の、2029年度の達成率は？"], "passage", "value",
    rate(ind[2], ind[3][3], ind[4][3]), f"{T}: ▽指標なので目標÷実績×100（シートに記載）", "5/12*100")
add(["進捗管理シートに載っている推進項目はどれ？", "そのうち滞納繰越額を指標にしているのはどれ？"], "practice", "set",
    {s["code"] for s in SHEETS if any(x[0] == "滞納繰越額" for x in s["indicators"])}, f"{T}", "sheet with 滞納繰越額")
ind = sh1["indicators"][1]
ok = [y for k, y in enumerate(YEARS) if ind[4][k] <= ind[3][k]]; assert len(ok) == 1
add("滞納繰越額の目標を達成できたのは何年度ですか", "passage", "value", f"令和{reiwa(ok[0])}年度",
    f"{T}: ▽指標（小さいほど良い）で実績≦目標、達成率100％以上は1年度のみ。シート表記は全角「令和８年度」", "actual <= target")

# ---------------------------------------------------------------- joint_project (xlsx)
def jp(pred): return {p[0] for p in JOINT if pred(p)}
add("定住自立圏の連携事業で、4市町すべてが参加しているのはどれですか", "joint_project", "set",
    jp(lambda p: p[5] == "1111"), f"{X}: 関係市町4列すべて○", "all four ○")
add("笹舟町が参加していない連携事業は？", "joint_project", "set", jp(lambda p: not joins(p, "笹舟町")),
    f"{X}: 笹舟町列が空欄", "not 笹舟町")
add("令和8年度以降に始まった連携事業のうち、圏域マネジメント能力の強化分野以外のものを教えて", "joint_project", "set",
    jp(lambda p: p[6] >= 2026 and p[1] != 3),
    f"{X}: 開始年度は 令和8年度 / 2026年度 / R9 / 2027年度 / R10 が混在。政策分野は結合セル", "start >= 2026 and field != 3")
add("開始年度が平成の連携事業は何件ありますか", "joint_project", "count",
    len(jp(lambda p: p[7].startswith("平成"))), f"{X}: 平成28・29・30年度。令和元年度（2019）は含まない", "start printed 平成")
add(["「結びつきやネットワークの強化」分野の連携事業は？", "そのうち榧谷町が参加しているのは？"], "joint_project", "set",
    jp(lambda p: p[1] == 2 and joins(p, "榧谷町")), f"{X}: 政策分野2（結合セル）かつ榧谷町○", "field==2 and 榧谷町")
c27 = {p[0]: p[9] for p in JOINT if p[9] is not None}
add(["連携事業の2027年度の事業費を見たいんだけど", "その中でいちばん大きいのはどの事業？"], "joint_project", "set",
    {max(c27, key=c27.get)}, f"{X}: 事業費（千円）2027年度（R9）列", "argmax cost2027")
add("前年度より事業費が減った（▲がついている）連携事業はどれ？", "joint_project", "set",
    jp(lambda p: diff(p) is not None and diff(p) < 0), f"{X}: 増減列（表示形式で▲、セル値は負数）", "diff < 0")
add("生活機能の強化分野の連携事業について、2027年度の事業費の合計は何千円ですか", "passage", "value",
    sum(p[9] for p in JOINT if p[1] == 1 and p[9] is not None), f"{X}: 政策分野1の8事業、－は0", "sum cost2027 field 1")
add("椋平定住自立圏で、鳰野町と榧谷町はどちらも参加しているのに笹舟町は参加していない事業はある？", "joint_project", "set",
    jp(lambda p: joins(p, "鳰野町") and joins(p, "榧谷町") and not joins(p, "笹舟町")), f"{X}: ○の組合せ",
    "鳰野 and 榧谷 and not 笹舟")

# ---------------------------------------------------------------- case_study (html)
def cs(pred): return {c[0] for c in CASES if pred(c)}
add("事例集でRPAに取り組んでいる自治体はどこ？", "case_study", "set", cs(lambda c: "RPA" in c[3]),
    f"{H}: section の h2 / dl", "'RPA' in title")
add("人口5万人未満の自治体の事例で、令和になってから始めたものは？", "case_study", "set",
    cs(lambda c: c[1] < 50000 and c[5] >= 2019), f"{H}: 人口 dd、取組開始 dd（令和/平成/西暦）", "pop<50000 and start>=2019")
add("他の自治体と共同で取り組んでいる事例はどこのもの？", "case_study", "set", cs(lambda c: c[8]),
    f"{H}: 概要に「近隣の3町と…共同で」「周辺4市町と…共同で」", "joint case")
pub = [c for c in CASES if c[2] == "公共施設"]
add(["他自治体の事例集の中で、公共施設分野の事例は？", "その中で人口がいちばん多いのは？"], "case_study", "set",
    {max(pub, key=lambda c: c[1])[0]}, f"{H}: 分野 = 公共施設 は 朽木野市・遠鳴市", "argmax pop")

# ---------------------------------------------------------------- passage (misc)
add("推進状況報告書の計画期間はいつからいつまでですか", "passage", "contains", ["令和8年度", "令和11年度"],
    f"{D}: 報告の趣旨", "PERIOD")

assert len(Q) == 50, len(Q)
assert sum(1 for q in Q if len(q["turns"]) > 1) >= 10
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q), sum(1 for q in Q if len(q["turns"]) > 1))
for q in Q:
    print(q["id"], q["turns"][-1], "=>", q["answer"])
