"""Compute every answer of the made72 holdout from data.py and write questions.jsonl."""
import json
from collections import Counter
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
I = D.ITEMS
YI = {y: k for k, y in enumerate(D.YEARS)}          # 2023 -> 0 …
RANK = {"S": 4, "A": 3, "B": 2, "C": 1}
XLSX = "01_白樺野市_行政経営改革プラン_実施状況報告書.xlsx"
TXT = "02_行政経営改革懇話会_委員意見.txt"
HTML = "03_白樺野広域連携推進協議会_連携事業一覧.html"
PDF = "04_他自治体の行政改革事例集2026.pdf"
DOCX = "05_行革だより_第11号-第13号.docx"


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m72-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def g(i, y):
    return i["grades"][YI[y]]


def codes(pred, items=I):
    return [i["code"] for i in items if pred(i)]


def item(code):
    return next(i for i in I if i["code"] == code)


def up(a, b):
    return RANK[b] > RANK[a]


# ====================================================== practice (取組) — xlsx
add("白樺野市の行政経営改革プランで、2024年度にS評価だった取組は？", "practice", "set",
    codes(lambda i: g(i, 2024) == "S"), "grade in one 西暦 year column",
    f"{XLSX}: every 柱 sheet, column 2024年度 == S")

c23 = codes(lambda i: g(i, 2023) == "C")
add(["白樺野市の改革プランで2023年度にC評価だったやつ教えて", "そのうち令和8年度にAかSまで上がったのは？"],
    "practice", "set", codes(lambda i: g(i, 2023) == "C" and g(i, 2026) in ("S", "A")),
    "2 turns: narrowing; 和暦 follow-up over 西暦 columns",
    f"{XLSX}: 2023年度 == C ({', '.join(c23)}), then 2026年度 in S/A")

add("白樺野市の改革プラン、柱2の取組で一度もCがついてないのはどれ？", "practice", "set",
    codes(lambda i: i["pillar"] == 2 and "C" not in i["grades"]), "negation within one sheet",
    f"{XLSX}: sheet 柱2, no C in 2023–2026年度 columns")

add("白樺野市の行政経営改革プランで、令和5年度から令和7年度までずっとA以上をキープしてる取組はどれ？",
    "practice", "set", codes(lambda i: all(g(i, y) in ("S", "A") for y in (2023, 2024, 2025))),
    "range of 和暦 years over 西暦 columns; A以上 = S or A; ― is not A以上",
    f"{XLSX}: 2023/2024/2025年度 all S or A")

add("白樺野市の改革プランで令和7年度に完了した取組は？", "practice", "set",
    codes(lambda i: i["done"] == 2025), "完了年度 column (和暦)", f"{XLSX}: 完了年度 == 令和7年度")

add("白樺野市の改革プランの取組で、まだ完了してない（継続中の）ものは何件ある？", "practice", "count",
    len(codes(lambda i: i["done"] is None)), "negation on 完了年度; ―（継続中）", f"{XLSX}: 完了年度 == ―（継続中）, all sheets")

add("白樺野の行革プランで、2025年度から新しく加わった取組ってどれ？", "practice", "set",
    codes(lambda i: i["added"] == 2025), "備考 column 2025年度追加", f"{XLSX}: 備考 == 2025年度追加")

add("白樺野市の行政経営改革プランで、主担当課が人事課になってる取組は何件？", "practice", "count",
    len(codes(lambda i: i["main"] == "人事課")), "主担当課 only (人事課 also appears in 関係課)",
    f"{XLSX}: 主担当課 == 人事課")

add("白樺野市の改革プランで、関係課に財政課が入ってる取組を教えてください", "practice", "set",
    codes(lambda i: "財政課" in i["related"]), "one name inside a 「、」 list; 主担当 財政課 not counted",
    f"{XLSX}: 関係課 contains 財政課")

add("白樺野市の改革プランで2024年度より2025年度の評価が下がった取組は？", "practice", "set",
    codes(lambda i: g(i, 2024) and g(i, 2025) and RANK[g(i, 2025)] < RANK[g(i, 2024)]),
    "order S>A>B>C; items graded in both years", f"{XLSX}: rank(2025年度) < rank(2024年度)")

it = item("2-03")
add(f"{it['name']}って何年度に完了した？（白樺野市の改革プラン）", "practice", "value", D.WAREKI[it["done"]],
    "item found by name; 完了年度 as printed (和暦)", f"{XLSX}: sheet 柱2, row 2-03, 完了年度")

it = item("2-05")
add(f"白樺野市の改革プランで「{it['name']}」はどこの課が主担当？", "practice", "value", it["main"],
    "「どこの課」: 主担当課, not the 関係課", f"{XLSX}: sheet 柱2, row 2-05, 主担当課")

it = item("1-03")
add(f"白樺野市の改革プランの{it['name']}って、もう終わった？", "practice", "value",
    "はい" if it["done"] else "いいえ", "yes/no from 完了年度 (令和6年度 → はい)", f"{XLSX}: sheet 柱1, row 1-03, 完了年度")

it = item("4-05")
add([f"白樺野市の改革プランで{it['name']}の主担当は？", "それってもう完了してる？"], "practice", "value",
    "はい" if it["done"] else "いいえ", "2 turns: yes/no on the item kept from turn 1 (―（継続中） → いいえ)",
    f"{XLSX}: sheet 柱4, row 4-05, 完了年度")

add("白樺野市の改革プランで令和8年度にB評価の取組は何件？", "practice", "count",
    len(codes(lambda i: g(i, 2026) == "B")), "count; 和暦 question over 2026年度 column", f"{XLSX}: 2026年度 == B")

add(["白樺野市の改革プラン、柱4にはどんな取組がある？", "その中で2026年度にCだったのは？"], "practice", "set",
    codes(lambda i: i["pillar"] == 4 and g(i, 2026) == "C"), "2 turns: one sheet then one grade",
    f"{XLSX}: sheet 柱4, 2026年度 == C")

dx = codes(lambda i: i["main"] == "DX推進課")
dx_open = codes(lambda i: i["main"] == "DX推進課" and i["done"] is None)
add(["白樺野市の改革プランで主担当がDX推進課の取組は？", "そのうち完了していないのは？", "じゃあその中で令和8年度にAだったのは？"],
    "practice", "set", codes(lambda i: i["main"] == "DX推進課" and i["done"] is None and g(i, 2026) == "A"),
    "3 turns: department, negation on 完了, then one grade",
    f"{XLSX}: 主担当課 DX推進課 {dx} → continuing {dx_open} → 2026年度 == A")

add("白樺野市の改革プランで、関係課が一つも書かれていない取組は？", "practice", "set",
    codes(lambda i: not i["related"]), "empty 関係課 cell", f"{XLSX}: 関係課 blank")

p3 = codes(lambda i: i["pillar"] == 3)
add(["白樺野市の改革プランの柱3の取組を見せて", "2023年度と比べて2026年度の評価が上がったのは？"], "practice", "set",
    codes(lambda i: i["pillar"] == 3 and g(i, 2023) and g(i, 2026) and up(g(i, 2023), g(i, 2026))),
    "2 turns: difference between two years inside one sheet; items with ― in either year excluded",
    f"{XLSX}: sheet 柱3 {p3}, rank(2026年度) > rank(2023年度)")

add("白樺野市の改革プランで令和7年度以降にC評価がついたことのある取組は？", "practice", "set",
    codes(lambda i: "C" in (g(i, 2025), g(i, 2026))), "以降 = 2025年度 and 2026年度 columns",
    f"{XLSX}: C in 2025年度 or 2026年度")

# ====================================================== initiative (柱) — xlsx title rows + txt
means = {p: D.pillar_mean(p) for p in D.PILLARS}
hi = max(means, key=means.get)
lo = min(means, key=means.get)
assert list(means.values()).count(means[hi]) == 1 and list(means.values()).count(means[lo]) == 1
add("白樺野市の改革プランで懇話会評価がいちばん高い柱は？", "initiative", "set", [str(hi)],
    "argmax over the 懇話会評価 cell of each sheet's title row", f"{XLSX}: H1 of each 柱 sheet {means}")
add("白樺野市の改革プラン、柱2の懇話会評価っていくつ？", "initiative", "value", means[2],
    "one title-row cell", f"{XLSX}: sheet 柱2, H1 懇話会評価")
add("懇話会評価が3.5に届いてない柱はどれ？（白樺野市の行政経営改革プラン）", "initiative", "set",
    [str(p) for p in D.PILLARS if means[p] < 3.5], "threshold with negation (届いていない = < 3.5)",
    f"{XLSX}: H1 懇話会評価 < 3.5")
add("白樺野市の改革プランで、柱1と柱4の懇話会評価の差は？", "initiative", "value", round(means[1] - means[4], 1),
    "difference of two title-row cells", f"{XLSX}: 柱1 {means[1]} − 柱4 {means[4]}")
add("白樺野市の改革プランの5つの柱、懇話会評価を平均するといくつ？", "initiative", "value",
    round(sum(means.values()) / len(means), 2), "average of the printed 懇話会評価 (3.48)",
    f"{XLSX}: mean of H1 values {list(means.values())}")

# ====================================================== comment — txt
add("白樺野市の行政経営改革懇話会で、桐生委員は柱3にどんな意見を出してる？", "comment", "contains",
    ["金額ベース"], "one member block, one （柱3） line", f"{TXT}: 【桐生 拓真】 （柱3）")
mention = [str(p) for p in D.PILLARS if any(o.get(p) and "市内事業者" in o[p] for o in D.OPINIONS)]
add("懇話会の委員意見で「市内事業者」に触れているのはどの柱？（白樺野市）", "comment", "set", mention,
    "phrase search over all member blocks, grouped by 柱", f"{TXT}: lines containing 市内事業者")
add("白樺野市の懇話会で南条委員が柱5につけた評点は？", "comment", "value", D.SCORES[5][2],
    "評点 on one （柱5） line", f"{TXT}: 【南条 由紀子】 （柱5）評点")
add(["白樺野市の改革プランで懇話会評価がいちばん低い柱は？", "その柱について大久保会長はどんな意見を言ってる？"],
    "comment", "contains", ["部署別に分析"], "2 turns: argmin in the xlsx, then the chair's opinion in the txt",
    f"{XLSX}: lowest = 柱{lo}; {TXT}: 【大久保 晴美】 （柱{lo}）")
ot = [str(p) for p in D.PILLARS if any(o.get(p) and "時間外勤務" in o[p] for o in D.OPINIONS)]
add("白樺野市の懇話会で、時間外勤務のことを指摘している意見はどの柱のもの？", "comment", "set", ot,
    "two members on the same 柱; answer is the 柱", f"{TXT}: lines containing 時間外勤務")

# ====================================================== joint projects — html
J = D.JOINT
add("白樺野広域連携推進協議会の連携事業で、西浜町が入っていない事業は？", "joint_project", "set",
    [j["no"] for j in J if "西浜町" not in j["munis"]], "negation on a comma list", f"{HTML}: 連携市町 lacks 西浜町")
add("白樺野広域の連携事業で、ハード事業のうちいまも継続しているものは？", "joint_project", "set",
    [j["no"] for j in J if j["kind"] == "ハード" and j["end"] is None], "two columns: 事業区分 and 終了 == 継続",
    f"{HTML}: 事業区分 ハード, 終了 継続")
add("白樺野広域連携推進協議会で、2024年度以降に始まった連携事業は何件？", "joint_project", "count",
    sum(1 for j in J if j["start"] >= 2024), "以降 includes 2024", f"{HTML}: 開始 >= 2024年度")
add("白樺野広域の連携事業で、令和5年度の時点で実施されていたものは？", "joint_project", "set",
    [j["no"] for j in J if j["start"] <= 2023 and (j["end"] is None or j["end"] >= 2023)],
    "和暦 year inside a 西暦 start–end range (開始 <= 2023 <= 終了 or 継続)", f"{HTML}: 開始/終了 columns")
j9 = next(j for j in J if j["no"] == "9")
add([f"白樺野広域の{j9['name']}って、どこが参加してる？", "幹事は？"], "joint_project", "value", j9["lead"],
    "2 turns: one row, 幹事団体 column", f"{HTML}: No.9 幹事団体")
order = sorted(J, key=lambda j: j["start"])
assert order[2]["start"] < order[3]["start"]
add("白樺野広域の連携事業を、始まったのが古い順に3つ挙げて", "joint_project", "ordered",
    [j["no"] for j in order[:3]], "sort by 開始 ascending, first 3 (no ties among them)",
    f"{HTML}: 開始 {[(j['no'], j['start']) for j in order[:4]]}")
add(["白樺野広域連携推進協議会で東雲市が幹事の事業は？", "そのうちまだ続いてるのは？"], "joint_project", "set",
    [j["no"] for j in J if j["lead"] == "東雲市" and j["end"] is None], "2 turns: narrowing by 終了 == 継続",
    f"{HTML}: 幹事団体 東雲市, 終了 継続")
add("白樺野広域の連携事業で、白樺野市の2025年度の負担額を全部足すといくら？（千円）", "joint_project", "value",
    sum(j["burden"] for j in J if j["burden"] is not None), "sum of a column; ― rows skipped",
    f"{HTML}: 本市負担額（2025年度・千円） column")
add(["白樺野広域の連携事業で、もう終わっているのはどれ？", "そのうちハード事業は？"], "joint_project", "set",
    [j["no"] for j in J if j["end"] is not None and j["kind"] == "ハード"],
    "2 turns: 終了 is a year (all <= 2025, page dated 2026年4月1日), then 事業区分",
    f"{HTML}: 終了 != 継続, 事業区分 ハード")

# ====================================================== case studies — pdf (answers are place names)
C = D.CASES
hmax = max((c for c in C if c["hours"]), key=lambda c: c["hours"])
add("他自治体の行政改革事例集で、削減できた作業時間がいちばん多いのはどこの事例？", "case_study", "set",
    [hmax["org"]], "compare 時間 figures inside 【効果】 text", f"{PDF}: hours {[(c['org'], c['hours']) for c in C if c['hours']]}")
add("行政改革事例集2026で、2023年度以降に始めた事例はどこのもの？", "case_study", "set",
    [c["org"] for c in C if c["start"] >= 2023], "【開始年度】 label, 以降 includes 2023", f"{PDF}: 開始年度 >= 2023")
inc = next(c for c in C if "1,800万円" in c["effect"])
add("事例集（他自治体の行政改革事例）で、年間1,800万円の収入につながった事例はどこ？", "case_study", "set",
    [inc["org"]], "figure search inside 【効果】", f"{PDF}: 事例{inc['no']} 【効果】")
rpa = next(c for c in C if "RPA" in c["title"])
add(["他自治体の行政改革事例集にRPAの事例ってある？", "その団体はどこの県？"], "case_study", "set",
    [rpa["pref"]], "2 turns: the prefecture in 【団体】 …（県）", f"{PDF}: 事例{rpa['no']} 【団体】")
add("他自治体の改革事例で、経費を年間500万円以上削減した事例は？", "case_study", "set",
    [c["org"] for c in C if c["saving"] and c["saving"] >= 500],
    "figures in 万円 inside 【効果】; 削減 only (収入 and 抑制 below 500 excluded)",
    f"{PDF}: savings {[(c['org'], c['saving']) for c in C if c['saving']]}")

# ====================================================== newsletter — docx (item/passage)
add("行革だよりの第12号で、改善提案の応募は何件だった？", "item", "value", D.PROPOSALS["count"],
    "figure in an article body under Heading 1 第12号", f"{DOCX}: 第12号 / 改善提案の審査結果がまとまりました")
add("白樺野市の改善提案で最優秀賞を取ったのはどこの課？", "item", "value",
    next(a[1] for a in D.AWARDS if a[0] == "最優秀賞"), "table inside a newsletter article",
    f"{DOCX}: 第12号 awards table, row 最優秀賞, 提案課")
add("行革だよりによると、改善提案の応募は前の年度から何件増えた？", "item", "value",
    D.PROPOSALS["count"] - D.PROPOSALS["prev"], "difference of two figures in one sentence (136 − 98)",
    f"{DOCX}: 第12号 / 改善提案の審査結果がまとまりました")
add("行革だよりで、生成AIの試行利用に登録してる職員って何人？", "item", "value", D.GENAI["users"],
    "figure in 第13号 article", f"{DOCX}: 第13号 / 生成AIの試行利用を始めました")
add(["行革だよりの第11号にはどんな記事が載ってる？", "その号の研修、参加者は何人だった？"], "item", "value",
    D.TRAINING["participants"], "2 turns: issue kept from turn 1", f"{DOCX}: 第11号 / 職員向け業務改善研修を開催しました")
add("行革だよりで、第3回の行政経営改革懇話会っていつ開かれた？", "passage", "contains",
    [D.KONWAKAI_MEETING], "date in a 第13号 article", f"{DOCX}: 第13号 / 行政経営改革懇話会を開催しました")

assert len(Q) == 50, len(Q)
assert len({q["id"] for q in Q}) == 50
multi = sum(len(q["turns"]) > 1 for q in Q)
assert multi >= 10, multi

out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", multi, "multi-turn")
print("targets:", dict(Counter(q["target"] for q in Q)))
print("expects:", dict(Counter(q["expect"] for q in Q)))
