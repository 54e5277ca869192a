"""Compute every answer of the made68 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
    from . import make_documents as M
except ImportError:
    import data as D
    import make_documents as M

Q = []


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m68-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def only(xs):
    xs = list(xs)
    assert len(xs) == 1, xs
    return xs[0]


def argmax_unique(d, key):
    best = max(d, key=key)
    assert sum(1 for x in d if key(x) == key(best)) == 1, "tie"
    return best


SY = D.SY
yi = {y: k for k, y in enumerate(SY)}
W = D.WAREKI

# =============================================================================================
# 1. 柚木原市 定員適正化計画 進捗状況 (xlsx)
# =============================================================================================
X = f"{M.F_STAFF}"
dept = {d["dept"]: d for d in D.STAFF}

fire = dept["消防部門"]
add("柚木原市の定員適正化計画、2024年4月1日時点で消防部門の職員は何人？", "table_row", "value",
    D.dept_actual(fire)[yi["R6"]], "西暦 date over a 和暦 header (2024年4月1日 = 令和6年度 column); single-row 部門",
    f"{X} sheet 正規職員, row 消防部門/消防, column 令和6年度")

never_over = [d["dept"] for d in D.STAFF
              if all(a - p <= 0 for a, p in zip(D.dept_actual(d), d["plan"]))]
add("柚木原市の定員適正化の進捗で、実績が計画値を一度も上回らなかった部門はどこ？", "table_row", "value",
    only(never_over), "negation over all years on the 差（実績－計画） rows (▲ = minus)",
    f"{X} sheet 正規職員, 差 rows per 部門: {[(d['dept'], [a - p for a, p in zip(D.dept_actual(d), d['plan'])]) for d in D.STAFF]}")

hosp = dict(dept["公営企業等会計部門"]["rows"])["病院"]
first_over = next(y for y in SY if hosp[yi[y]] > 320)
add("柚木原市の職員数で、病院の職員が初めて320人を超えたのは何年度？", "table_row", "value", W[first_over],
    "first year meeting a threshold; answer as the header prints it",
    f"{X} sheet 正規職員, row 公営企業等会計部門/病院: {hosp}")

ta = D.total_actual()
add(["柚木原市の正規職員、令和6年度の合計は何人？", "令和3年度と比べると何人減ってる？"], "table_row", "value",
    ta[yi["R3"]] - ta[yi["R6"]], "2 turns: difference between two years of the 合計 実績 row",
    f"{X} sheet 正規職員, row 合計/実績: R3 {ta[0]}, R6 {ta[3]}")

pe = dept["公営企業等会計部門"]
add("柚木原市の定員適正化で、病院を除いた公営企業等会計部門の令和7年度の職員数は？", "table_row", "value",
    sum(v[yi["R7"]] for n, v in pe["rows"] if n != "病院"), "除く: sum of sub-rows except one (not the 小計)",
    f"{X} sheet 正規職員, rows 水道 + 下水道, column 令和7年度")

over_r7 = [d["dept"] for d in D.STAFF if D.dept_actual(d)[yi["R7"]] > d["plan"][yi["R7"]]]
add("柚木原市の定員適正化計画で、令和7年度に実績が計画値を上回っている部門はいくつ？", "table_row", "count",
    len(over_r7), "count of 部門 whose 差 is positive in one year (the 合計 row is not a 部門)",
    f"{X} sheet 正規職員, 差 rows, column 令和7年度: {over_r7}")

gen = dept["一般行政部門"]
grew = [(n, v) for n, v in gen["rows"] if v[-1] > v[0]]
add(["柚木原市の定員適正化、一般行政部門の区分を教えて", "そのうち令和3年度より令和7年度のほうが多いのは？", "それは何人増えた？"],
    "table_row", "value", only(v[-1] - v[0] for n, v in grew),
    "3 turns: list, narrow to the one growing sub-row (民生), then its increase",
    f"{X} sheet 正規職員, 一般行政部門 sub-rows; only {[n for n, v in grew]} grew; 増減（R7－R3） column")

nursery = sum(v[yi["R7"]] for job, kind, place, v in D.PART if job == "保育士")
add("柚木原市の会計年度任用職員、令和7年度の保育士はフルタイムとパートあわせて何人？", "table_row", "value", nursery,
    "sum of two rows of one 職種 split by 任用形態", f"{X} sheet 会計年度任用職員, rows 保育士 (フルタイム, パートタイム), 令和7年度")

dec = [p for p in D.PART if all(b < a for a, b in zip(p[3], p[3][1:]))]
add(["柚木原市で会計年度任用職員が毎年減ってる職種ってある？", "その配置先はどこ？"], "table_row", "value",
    only(p[2] for p in dec), "2 turns: strictly decreasing row, then its 主な配置先 cell",
    f"{X} sheet 会計年度任用職員, strictly decreasing: {[p[0] for p in dec]}")

since = [p for p in D.PART if all(p[3][yi[b]] > p[3][yi[a]] for a, b in (("R5", "R6"), ("R6", "R7")))]
add("柚木原市の会計年度任用職員で、令和5年度以降毎年増え続けている職種はいくつある？", "table_row", "count",
    len(since), "以降: R5→R6→R7 strictly increasing (保育士 counts only through its フルタイム row)",
    f"{X} sheet 会計年度任用職員: {[(p[0], p[1]) for p in since]}")

add("柚木原市の定員適正化計画（第3次）の目標って、令和7年4月1日で何人にすることになってる？", "passage", "value",
    D.STAFF_TARGET_R7, "figure in a sentence of the 計画の概要 sheet", f"{X} sheet 計画の概要, line 目標")
assert D.STAFF_TARGET_R7 == D.total_plan()[yi["R7"]]

# =============================================================================================
# 2. 柚木原市 外郭団体経営評価 (docx)
# =============================================================================================
Y = M.F_ORGS
O = D.ORGS


def short(name):
    for pre in ("公益財団法人", "一般財団法人", "公益社団法人", "社会福祉法人", "株式会社"):
        name = name.replace(pre, "")
    return name.replace("柚木原市", "")


add("柚木原市の外郭団体経営評価で、評価がDだった団体は？", "item", "contains",
    [short(only(o["name"] for o in O if o["grade"] == "D"))], "grade in a label/value table under a heading",
    f"{Y}, table row 経営評価 = D")

low = min((o for o in O if o["ratio"] is not None), key=lambda o: o["ratio"])
assert sum(1 for o in O if o["ratio"] == low["ratio"]) == 1
add("柚木原市の外郭団体のうち、市の出資比率がいちばん低いところは？", "item", "contains", [short(low["name"])],
    "argmin of 出資比率（%）; 「－」 (出資なし, the 社団法人) is not a ratio",
    f"{Y}, 出資比率: {[(o['no'], o['ratio']) for o in O]}")

add("柚木原市が外郭団体に出している財政支援、令和6年度は全部でいくら？（千円で）", "item", "value",
    sum(o["support"]["R6"] for o in O), "sum over all 8 label tables of one row (0 included)",
    f"{Y}, row 市の財政支援額（令和6年度）（千円） of every 団体")

up = [o for o in O if o["support"]["R6"] > o["support"]["R5"]]
add("柚木原市の外郭団体で、令和5年度より令和6年度のほうが市の財政支援額が増えたのはどこ？", "item", "contains",
    [short(only(o["name"] for o in up))], "comparison of two rows of one table",
    f"{Y}, 支援額 R5→R6: {[(o['no'], o['support']['R5'], o['support']['R6']) for o in O]}")

intl = only(o for o in O if "国際交流協会" in o["name"])
add("柚木原市の国際交流協会の統合って、もう終わった？", "item", "value", intl["progress"],
    "yes/no asked; answered by the printed 見直しの進捗 value (完了 = yes)", f"{Y}, 2 国際交流協会, row 見直しの進捗")

b = [o for o in O if o["grade"] == "B"]
add(["柚木原市の外郭団体で経営評価がBのところは？", "そのうち令和6年度の市の支援額が1億円以上なのはいくつ？"], "item", "count",
    sum(1 for o in b if o["support"]["R6"] * 1000 >= 100_000_000),
    "2 turns: grade then a threshold given in 円 against a 千円 column",
    f"{Y}, B = {[o['no'] for o in b]}; R6 支援額 {[o['support']['R6'] for o in b]} 千円")

wk = only(o for o in O if "勤労者" in o["name"])
add("柚木原市の勤労者福祉サービスセンターが抱えてる課題は？", "passage", "contains", ["会員事業所数の減少"],
    "paragraph after 【課題】 under the 団体's heading", f"{Y}, 3 勤労者福祉サービスセンター, 【課題】 paragraph")
assert "会員事業所数の減少" in wk["issue"]

land = only(o for o in O if "土地開発公社" in o["name"])
add(["柚木原市の土地開発公社の経営評価は？", "それの所管課は？"], "item", "value", land["dept"],
    "2 turns: same 団体, another row of its table", f"{Y}, 8 土地開発公社, row 所管課")

ab_not_keep = [o for o in O if o["grade"] in ("A", "B") and o["direction"] != "現状維持"]
add("柚木原市の外郭団体で、経営評価はAかBなのに方向性が現状維持になっていない団体は何団体？", "item", "count",
    len(ab_not_keep), "condition plus negation on two rows", f"{Y}: {[o['no'] for o in ab_not_keep]}")

imp = [o for o in O if o["direction"] == "経営改善"]
kk = only(o for o in imp if "株式会社" in o["name"])
add(["柚木原市の外郭団体経営評価で、方向性が経営改善の団体は？", "そのうち株式会社は？", "そこの常勤職員は何人？"],
    "item", "value", kk["staff"], "3 turns: direction, then the one 株式会社 among them, then a row of its table",
    f"{Y}, 経営改善 = {[o['no'] for o in imp]}; 株式会社 = {kk['no']}; row 常勤職員数（人）")

# =============================================================================================
# 3. 杉乃宮町 パブリックコメント実施結果 (pdf)
# =============================================================================================
Z = M.F_PC
P = D.OPINIONS
marks = [p[4] for p in P]

add("杉乃宮町の行革大綱案のパブコメで、意見を反映して案を修正した（◯）のは何件？", "table_row", "count",
    marks.count("◯"), "count rows by a mark over a table spanning two PDF pages", f"{Z}, 反映 column == ◯")

add("杉乃宮町のパブリックコメントで、町が「案を修正しない」とした意見は何件ある？", "table_row", "count",
    marks.count("×"), "mark named by its legend wording (× 案を修正しないもの)", f"{Z}, 反映 column == ×")

fac = [p for p in P if p[1] == "3-2"]
add("杉乃宮町のパブコメで、公共施設の最適化についての意見は何件出た？", "table_row", "count", len(fac),
    "該当箇所 cell wrapped over two lines (第3章2 / 公共施設の最適化)", f"{Z}, 該当箇所 第3章2: Nos {[p[0] for p in fac]}")

add(["杉乃宮町のパブコメで第3章2に出た意見を見せて", "そのうち一部反映は何件？"], "table_row", "count",
    sum(1 for p in fac if p[4] == "△"), "2 turns: section, then △ (一部を反映)",
    f"{Z}, 第3章2 rows with △: {[p[0] for p in fac if p[4] == '△']}")

pub = only(p for p in P if "公民館の統廃合" in p[2])
add("杉乃宮町のパブコメで、公民館の統廃合に反対する意見に町はどう答えてる？", "table_row", "contains",
    ["地域の意見を伺いながら"], "町の考え方 cell of a row found by its opinion text", f"{Z}, No.{pub[0]} 町の考え方")
assert "地域の意見を伺いながら" in pub[3]

p22 = only(p for p in P if p[0] == 22)
add(["杉乃宮町のパブリックコメントのNo.22ってどんな意見？", "で、それは反映された？"], "table_row", "value", p22[4],
    "2 turns: row by No. (on page 2), then its 反映 mark", f"{Z}, No.22 反映 column")

p4 = [p for p in P if p[1] == "4" and p[4] == "◯"]
add("杉乃宮町のパブコメで、推進体制（第4章）への意見のうち案が修正されたのはどんな意見？", "table_row", "contains",
    ["公募の委員"], "section plus mark; one row", f"{Z}, 第4章 with ◯: No.{only(p[0] for p in p4)}")
assert "公募の委員" in p4[0][2]

refl = round((marks.count("◯") + marks.count("△")) / len(P) * 100, 1)
add("杉乃宮町のパブコメで、◯か△で反映された意見は全体の何パーセント？", "table_row", "value", refl,
    "ratio of two mark counts to all opinions, one decimal",
    f"{Z}: ◯ {marks.count('◯')} + △ {marks.count('△')} over {len(P)}")

add("杉乃宮町の第5次行政改革大綱（案）の意見募集って、いつまでだった？", "passage", "contains",
    ["令和7年2月14日"], "募集期間 line above the table", f"{Z}, line 2 募集期間")

fin_not_x = [p for p in P if p[1] == "3-3" and p[4] != "×"]
add("杉乃宮町のパブコメで、健全な財政運営（第3章3）に関する意見のうち、×以外だったのは何件？", "table_row", "count",
    len(fin_not_x), "以外: section minus one mark (◯, △ and － all count)",
    f"{Z}, 第3章3 Nos {[p[0] for p in P if p[1] == '3-3']}; not ×: {[p[0] for p in fin_not_x]}")

# =============================================================================================
# 4. 鳴瀬台市 窓口サービス満足度アンケート (html)
# =============================================================================================
H = M.F_SURVEY
WN = D.WINDOWS
sat = {w["name"]: {y: D.satisfaction(w["counts"][y]) for y in D.SURVEY_YEARS} for w in WN}

lo6 = min(sat, key=lambda n: sat[n]["R6"])
assert sorted(v["R6"] for v in sat.values())[0] != sorted(v["R6"] for v in sat.values())[1]
add("鳴瀬台市の窓口アンケートで、令和6年度の満足度がいちばん低かった窓口は？", "table_row", "value", lo6,
    "argmin across one table per 窓口; the 窓口 is in the <h3> above the table (with 本庁舎N階)",
    f"{H}, 満足度（%） R6: {[(n, v['R6']) for n, v in sat.items()]}")

add(["鳴瀬台市の窓口アンケート、市民課の結果を見せて", "令和6年度の満足度は？"], "table_row", "value", sat["市民課"]["R6"],
    "2 turns: 窓口 then one printed cell", f"{H}, 市民課 table, row 令和6年度, 満足度（%）")

down = [n for n in sat if sat[n]["R6"] < sat[n]["R5"]]
add("鳴瀬台市の窓口アンケートで、満足度が前の年より下がった窓口はいくつ？", "table_row", "count", len(down),
    "comparison of the two year rows in each 窓口 table (全体 table is not a 窓口)", f"{H}: {down}")

worst = argmax_unique([w for w in WN if w["name"] in down], key=lambda w: w["counts"]["R6"][3])
add(["鳴瀬台市の窓口アンケートで満足度が下がった窓口は？", "そのうち令和6年度の「不満」がいちばん多いのはどこ？"], "table_row",
    "value", worst["name"], "2 turns: narrowing, then argmax of the 不満 column",
    f"{H}: 不満 R6 {[(w['name'], w['counts']['R6'][3]) for w in WN if w['name'] in down]}")

hi80 = [n for n in sat if sat[n]["R6"] >= 80]
add("鳴瀬台市の窓口満足度で、2024年度に80%以上だった窓口は何か所？", "table_row", "count", len(hi80),
    "西暦 2024年度 = 令和6年度 row; threshold 以上", f"{H}: {hi80}")

add("鳴瀬台市のこども家庭課の満足度は、令和5年度から何ポイント上がった？", "table_row", "value",
    round(sat["こども家庭課"]["R6"] - sat["こども家庭課"]["R5"], 1), "difference of two printed percentages",
    f"{H}, こども家庭課: {sat['こども家庭課']}")

tot6 = sum(D.respondents(w["counts"]["R6"]) for w in WN)
add("鳴瀬台市の窓口アンケート、令和6年度は全部で何人が回答した？", "table_row", "value", tot6,
    "回答数 includes 無回答 (stated in the page); also the 全体 table", f"{H}, 1 全体の結果, 令和6年度 回答数")

kaigo = only(w for w in WN if w["name"] == "介護保険課")
add("鳴瀬台市の窓口アンケートで、介護保険課にはどんな声が寄せられてる？", "passage", "contains", ["申請書類が多く"],
    "<ul> of 自由意見 after the 窓口's table", f"{H}, 介護保険課, 主な自由意見（令和6年度）")
assert any("申請書類が多く" in v for v in kaigo["voices"])

add(["鳴瀬台市の建築指導課の窓口満足度は？", "じゃあ令和5年度は？"], "table_row", "value", sat["建築指導課"]["R5"],
    "2 turns: follow-up switches the year", f"{H}, 建築指導課 table, row 令和5年度, 満足度（%）")

third = only(w for w in WN if w["floor"] == "3階")
add("鳴瀬台市の本庁舎3階の窓口、令和6年度の満足度は何％だった？", "table_row", "value", sat[third["name"]]["R6"],
    "窓口 identified only by the floor in its heading", f"{H}, heading {third['name']}（本庁舎3階）, 令和6年度")

# =============================================================================================
# 5. 杉乃宮町 健全化判断比率 (txt)
# =============================================================================================
T = M.F_RATIO
ry = {y: k for k, y in enumerate(D.RY)}
R = {r["name"]: r for r in D.RATIOS}
debt, fut = R["実質公債費比率"]["vals"], R["将来負担比率"]["vals"]

add("杉乃宮町の令和5年度の実質公債費比率は？", "table_row", "value", debt[ry["R5"]],
    "one cell of a fixed-width table", f"{T}, 1．健全化判断比率, 実質公債費比率, 令和5年度")

add("杉乃宮町で将来負担比率がいちばん高かったのは何年度？", "table_row", "value",
    D.WAREKI[D.RY[fut.index(max(fut))]], "argmax over year columns", f"{T}, 将来負担比率 {fut}")

add("杉乃宮町の将来負担比率って、令和2年度から令和6年度までで何ポイント下がった？", "table_row", "value",
    round(fut[ry["R2"]] - fut[ry["R6"]], 1), "difference between range ends (not the largest drop)",
    f"{T}, 将来負担比率 R2 {fut[0]} − R6 {fut[4]}")

add("杉乃宮町の将来負担比率の早期健全化基準は？", "table_row", "value", float(R["将来負担比率"]["early"]),
    "基準 column after the year columns", f"{T}, 将来負担比率, 早期健全化基準")

add("杉乃宮町の将来負担比率が令和6年度に上がったのはなぜ？", "passage", "contains", ["防災センター"],
    "reason in a numbered note below the tables", f"{T}, （注）③")

agri = only(f for f in D.FUNDS if f["name"].startswith("農業集落排水"))
gone = next(y for k, y in enumerate(D.RY) if agri["vals"][k] is None and all(v is None for v in agri["vals"][k:]))
add("杉乃宮町の農業集落排水事業、資金不足比率が「－」になったのは何年度から？", "table_row", "value", D.WAREKI[gone],
    "first year of 「－」 (no shortfall) in the second table", f"{T}, 2．資金不足比率, 農業集落排水事業特別会計 {agri['vals']}")

add("杉乃宮町の実質公債費比率、令和2年度から6年度までの5年間の平均は？", "table_row", "value",
    round(sum(debt) / len(debt), 2), "average over a range of year columns", f"{T}, 実質公債費比率 {debt}")

add(["杉乃宮町の健全化判断比率で、令和6年度の将来負担比率は？", "前の年度と比べてどのくらい上がった？"], "table_row", "value",
    round(fut[ry["R6"]] - fut[ry["R5"]], 1), "2 turns: follow-up asks the change from the previous year",
    f"{T}, 将来負担比率 R5 {fut[3]} → R6 {fut[4]}")

add("杉乃宮町、令和6年度の実質赤字比率は？", "table_row", "value", "－",
    "「－」 printed for no deficit (note ①): the value as printed", f"{T}, 実質赤字比率, 令和6年度")
assert R["実質赤字比率"]["vals"][ry["R6"]] is None

# ---------------------------------------------------------------------------------------------
assert len(Q) == 50, len(Q)
assert sum(len(q["turns"]) > 1 for q in Q) >= 10
out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
