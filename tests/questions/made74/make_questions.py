"""Compute every answer of the made74 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m74-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def _num(x):
    """a number as a number: 4425.0 -> 4425"""
    return int(x) if float(x).is_integer() else round(x, 1)


def one(xs):
    assert len(xs) == 1, xs
    return xs[0]


# ================================================================ 01 xlsx 補助金見直し一覧 (南条野市)
S = D.SUBSIDIES
XF = "01_南条野市_令和8年度補助金等見直し一覧.xlsx"
sub = lambda name: one([s for s in S if s["name"] == name])

add("南条野市の補助金見直しで、廃止になったのって何件？", "table_row", "count",
    sum(1 for s in S if s["kind"] == "廃止"),
    "見直し区分 == 廃止 (統合 rows also lose their budget but are not 廃止)",
    f"{XF}: 見直し区分 column, rows {[s['no'] for s in S if s['kind'] == '廃止']}")
add("南条野市の有害鳥獣駆除対策補助金ってどこの課の所管？", "table_row", "value",
    sub("有害鳥獣駆除対策補助金")["dept"], "どこの課: 所管課 cell of a named row", f"{XF}: No.13 所管課")
shuku = [s for s in S if s["kind"] == "縮小"]
add(["南条野市で令和8年度に縮小された補助金を教えて", "そのうち商工観光課のは何件？"], "table_row", "count",
    sum(1 for s in shuku if s["dept"] == "商工観光課"), "2 turns: condition then narrowing by 所管課",
    f"{XF}: 縮小 rows {[s['no'] for s in shuku]} → 商工観光課 {[s['no'] for s in shuku if s['dept'] == '商工観光課']}")
t8 = sum(D.r8v(s) for s in S)
add("南条野市の補助金、令和8年度予算額の合計は何千円？", "table_row", "value", t8,
    "the 合計 row under the table (― = 0)", f"{XF}: 合計 row, 令和8年度予算額（千円） = {t8:,}")
big = min(S, key=D.diff)
assert sorted(D.diff(s) for s in S)[0] < sorted(D.diff(s) for s in S)[1]
add("南条野市の補助金見直しで、減額がいちばん大きかった補助金は？", "table_row", "value", big["name"],
    "largest cut by amount: most negative 見直し額 printed with ▲ (not by ratio)", f"{XF}: No.{big['no']} 見直し額 {D.tri(D.diff(big))}")
up = [s for s in S if D.diff(s) > 0]
add("南条野市で前の年度より予算が増えた補助金はいくつある？", "table_row", "count", len(up),
    "見直し額 > 0 (all are 継続; 見直し区分 never says 拡充)", f"{XF}: rows {[s['no'] for s in up]}")
add("南条野市の補助金一覧で、見直し区分が継続じゃないものは何件？", "table_row", "count",
    sum(1 for s in S if s["kind"] != "継続"), "negation on 見直し区分", f"{XF}: 27 rows minus 継続 rows")
kyo = [s for s in S if s["dept"] == "市民協働課"]
kd = sum(D.diff(s) for s in kyo)
assert kd > 0
add("南条野市の市民協働課の補助金って、令和8年度の合計は令和7年度より何千円増えた？", "table_row", "value", kd,
    "difference between years of a department's sum, mixing ▲ cuts, increases and a 統合 row",
    f"{XF}: 市民協働課 rows {[s['no'] for s in kyo]}: R7 {sum(s['r7'] for s in kyo):,} → R8 {sum(D.r8v(s) for s in kyo):,}")
add("南条野市の生ごみ処理機の補助金はもう廃止になったの？", "table_row", "value", sub("生ごみ処理機購入補助金")["kind"],
    "yes/no: the answer is いいえ; the value is the 見直し区分 as printed", f"{XF}: No.27 見直し区分")
cho = [s for s in S if s["to"] == "各町内会"]
gone = one([s for s in cho if s["r8"] is None])
add(["南条野市で町内会に出している補助金はどれ？", "その中で令和8年度に予算がつかないのは？", "それはなんで？"],
    "table_row", "contains", [gone["note"][:8]],
    "3 turns: 交付先 filter, then 令和8年度 = ―, then the 備考 reason",
    f"{XF}: 交付先 各町内会 rows {[s['no'] for s in cho]} → No.{gone['no']} 備考")
nor = [s for s in S if s["dept"] == "農林振興課"]
add("南条野市の農林振興課所管の補助金、令和7年度予算額の平均は何千円？", "table_row", "value",
    _num(sum(s["r7"] for s in nor) / len(nor)), "average over a department's rows",
    f"{XF}: 農林振興課 rows {[s['no'] for s in nor]}, 令和7年度予算額")

# ================================================================ 02 docx 議事録 (南条野市)
DF = "02_南条野市_行政改革推進本部会議_議事録_R7第2回.docx"
add("南条野市の行革推進本部会議、令和7年度の第2回っていつやったんだっけ", "passage", "contains",
    ["令和7年11月18日"], "日時 line", f"{DF}: 日時")
add(["南条野市の令和7年度第2回行政改革推進本部会議の場所は？", "欠席した人はいる？"], "passage", "contains",
    [D.MIN_ABSENT[0]], "2 turns: 欠席者 line of the same meeting", f"{DF}: 欠席者")
add("南条野市の行政改革推進本部会議（R7第2回）の出席者は何人でしたか", "passage", "value", len(D.MIN_ATTEND),
    "count the names on the 出席者 line (説明員・事務局 not counted)", f"{DF}: 出席者 line")
add("南条野市の本部会議で報告された、補助金見直しによる予算の減少額は何千円？", "passage", "value", D.MIN_SUB_CUT,
    "figure inside a speaker turn (same as the xlsx 合計 見直し額)", f"{DF}: 議題（1） 行政改革推進室長")
add("南条野市の本部会議では、公共施設の使用料を平均何％上げる案だった？", "passage", "value", D.MIN_FEE_RATE,
    "percentage inside a speaker turn", f"{DF}: 議題（2） スポーツ振興課長")
add(["南条野市の令和7年度第2回推進本部会議の議題（3）って何？", "その委託はいつから始めたいって？"], "passage", "contains",
    [D.MIN_WINDOW_START], "2 turns: agenda heading then a date inside it", f"{DF}: 議題（3） 市民課長")
add("南条野市の使用料改定、地区公民館も値上げになるの？", "passage", "contains", ["対象外"],
    "yes/no answered by a later speaker turn", f"{DF}: 議題（2） スポーツ振興課長の2回目の発言")
add(["南条野市の推進本部会議で窓口業務の民間委託の話が出てたよね", "効果額はどれくらいと見込んでた？"], "passage", "contains",
    ["1,800万円"], "2 turns: figure in a speaker turn", f"{DF}: 議題（3） 市民課長")

# ================================================================ 03 pdf 指定管理者モニタリング (久米ヶ原町)
F = D.FACILITIES
PF = "03_久米ヶ原町_指定管理者モニタリング評価_R6.pdf"
fac = lambda name: one([f for f in F if f["name"] == name])
add("久米ヶ原町の文化センター、モニタリングの総合評価は？", "item", "value", fac("久米ヶ原町文化センター")["total"],
    "総合評価 line of one page (short name)", f"{PF}: page 3 総合評価")
add("久米ヶ原町でNPO法人が指定管理者になってる施設はいくつ？", "item", "count",
    sum(1 for f in F if f["op"].startswith("NPO法人")), "指定管理者 field prefix",
    f"{PF}: pages {[k for k, f in enumerate(F, 1) if f['op'].startswith('NPO法人')]}")
end_r7 = [f for f in F if f["end"] == (8, 3, 31)]
add("久米ヶ原町の指定管理施設のうち、令和7年度末で指定期間が満了するのは何施設？", "item", "count", len(end_r7),
    "令和7年度末 = 令和8年3月31日 in the 指定期間 range", f"{PF}: {[f['name'] for f in end_r7]}")
add("久米ヶ原町の町民プールの「安全管理・危機管理」の評価は？", "item", "value",
    fac("久米ヶ原町民プール")["grades"][D.MON_ITEMS.index("安全管理・危機管理")],
    "one cell of a page's 評価項目 table", f"{PF}: page 2 安全管理・危機管理")
add("久米ヶ原町のモニタリングで、評価項目にCが一つもない施設は何か所？", "item", "count",
    sum(1 for f in F if "C" not in f["grades"]), "negation over each page's item table (not the 総合評価)",
    f"{PF}: C in {[f['name'] for f in F if 'C' in f['grades']]}")
s_fac = one([f for f in F if f["total"] == "S"])
add(["久米ヶ原町の指定管理者モニタリングで総合評価がSの施設は？", "そこの指定管理者は？"], "item", "contains",
    [s_fac["op"]], "2 turns: condition then a field of the same page", f"{PF}: {s_fac['name']} 指定管理者")
gym = fac("久米ヶ原町総合体育館")
add("久米ヶ原町の総合体育館、令和6年度の利用者数は前年度から何人増えた？", "item", "value",
    gym["users"][1] - gym["users"][0], "difference of two figures on the 利用者数 line",
    f"{PF}: page 1 利用者数 {gym['users'][0]:,} → {gym['users'][1]:,}")
add("森の里キャンプ場のモニタリング所見では、町から何を出すよう求められてる？", "item", "contains", ["改善計画書"],
    "所見 paragraph", f"{PF}: page 5 所見")
sk = [f for f in F if f["dept"] == "商工観光課"]
add(["久米ヶ原町で商工観光課が所管してる指定管理施設は？", "そのうち総合評価がA以上なのは何施設？"], "item", "count",
    sum(1 for f in sk if f["total"] in ("S", "A")), "2 turns: 所管課 then grade threshold (S > A > B > C)",
    f"{PF}: {[(f['name'], f['total']) for f in sk]}")
last = max(F, key=lambda f: f["end"])
assert sorted(f["end"] for f in F)[-1] != sorted(f["end"] for f in F)[-2]
add("久米ヶ原町の指定管理で、指定期間の終わりがいちばん先の施設はどこ？", "item", "value", last["name"],
    "max over 和暦 end dates", f"{PF}: {last['name']} {D.period_text(last)}")
down = [f for f in F if f["users"][1] < f["users"][0]]
add("久米ヶ原町の指定管理施設で、利用者数が令和5年度より減ったところは何か所？", "item", "count", len(down),
    "compare two figures on each page", f"{PF}: {[f['name'] for f in down]}")

# ================================================================ 04 html 新旧対照表 (槙ノ沢市)
O = D.ORG
HF = "04_槙ノ沢市_組織機構改正_新旧対照表.html"
add("槙ノ沢市の新しい窓口改革課って、どの部に入るの？", "table_row", "value",
    one([r[2] for r in O if r[3] == "窓口改革課"]), "新部 of a (新設) row", f"{HF}: 窓口改革課 row")
kf = [r for r in O if r[2] == "健康福祉部"]
add(["槙ノ沢市の4月からの健康福祉部にはどんな課がある？", "全部で何課？"], "table_row", "count", len(kf),
    "2 turns: rows whose 新部 (rowspan cell) is 健康福祉部, including 保険年金課 moved in from 市民生活部",
    f"{HF}: {[r[3] for r in kf]}")
add("槙ノ沢市の新旧対照表で、改正理由が名称変更になっている課は何件？", "table_row", "count",
    sum(1 for r in O if "名称変更" in r[4]), "改正理由 text filter",
    f"{HF}: {[r[1] for r in O if '名称変更' in r[4]]}")
add("槙ノ沢市の組織改正で新設される課はいくつ？", "table_row", "count",
    sum(1 for r in O if r[1] == "（新設）"), "旧課 (新設)", f"{HF}: (新設) rows")
add("槙ノ沢市の新旧対照表で「廃止」になってる組織はどこ？", "table_row", "value",
    one([r[1] for r in O if r[3] == "（廃止）"]), "新課 （廃止）; 旧部 given by a rowspan above",
    f"{HF}: 企画財政部 group")
add("槙ノ沢市で保険年金課を健康福祉部に移すのはなぜ？", "table_row", "contains",
    [one([r[4] for r in O if r[1] == "保険年金課"])[:12]], "改正理由 cell", f"{HF}: 保険年金課 row")
sm = [r for r in O if r[0] == "市民生活部"]
add(["槙ノ沢市の今の市民生活部の課は、改正後どうなる？", "そのうち別の部に移るのは何課？"], "table_row", "count",
    sum(1 for r in sm if r[2] != r[0]), "2 turns: rowspan 旧部 group then 新部 ≠ 旧部",
    f"{HF}: {[(r[1], r[2]) for r in sm]}")
add("槙ノ沢市の公園緑地課は何課に統合されるの？", "table_row", "value",
    one([r[3] for r in O if r[1] == "公園緑地課"]), "新課 of a merged row", f"{HF}: 公園緑地課 row")
add("槙ノ沢市の税務課は、改正後いくつの課に分かれる？", "table_row", "count",
    sum(1 for r in O if r[1] == "税務課"), "旧課 cell with rowspan=2", f"{HF}: 税務課 → 課税課, 収納課")

# ================================================================ 05 txt ふるさと納税 (久米ヶ原町)
R = D.FURU
TF = "05_久米ヶ原町_ふるさと納税_寄附実績.txt"
by = {r[1]: r for r in R}
add("久米ヶ原町のふるさと納税、令和4年度の寄附額はいくら？", "table_row", "value", by[2022][3],
    "和暦 asked, row printed 2022年度", f"{TF}: 2022年度 寄附額")
add("久米ヶ原町のふるさと納税で2020年度の寄附件数は？", "table_row", "value", by[2020][2],
    "西暦 asked, row printed 令和2年度", f"{TF}: 令和2年度 寄附件数")
top = max(R, key=lambda r: r[3])
assert sorted(r[3] for r in R)[-1] != sorted(r[3] for r in R)[-2]
add("久米ヶ原町のふるさと納税、寄附額がいちばん多かった年度は？", "table_row", "value", top[0],
    "argmax; value as printed", f"{TF}: {top[0]} {top[3]:,}")
add(["久米ヶ原町のふるさと納税、令和5年度の寄附額っていくら？", "令和6年度は前の年からいくら減った？"], "table_row", "value",
    by[2023][3] - by[2024][3], "2 turns: difference between two 西暦-printed rows asked in 和暦",
    f"{TF}: 2023年度 {by[2023][3]:,} − 2024年度 {by[2024][3]:,}")
add("久米ヶ原町のふるさと納税で、寄附額が1億円を超えた年度は何年度分ある？", "table_row", "count",
    sum(1 for r in R if r[3] > 100_000_000), "threshold on comma figures", f"{TF}: 寄附額 > 100,000,000")
add("久米ヶ原町のふるさと納税、令和3年度以降で寄附件数が1万件を超えた年度はいくつ？", "table_row", "count",
    sum(1 for r in R if r[1] >= 2021 and r[2] > 10000), "以降 range crossing the 和暦/西暦 switch",
    f"{TF}: rows from 令和3年度, 件数 > 10,000")
add("久米ヶ原町のふるさと納税で、2022年度に一番人気だった返礼品は？", "table_row", "value", by[2022][4][0],
    "返礼品1位 column", f"{TF}: 2022年度 返礼品1位")
add("久米ヶ原町のふるさと納税でシャインマスカットが返礼品の上位3つに入ってた年度は何年度分？", "table_row", "count",
    sum(1 for r in R if "シャインマスカット" in r[4]), "any of three columns",
    f"{TF}: {[r[0] for r in R if 'シャインマスカット' in r[4]]}")
add(["久米ヶ原町のふるさと納税、令和3年度の寄附件数は？", "じゃあ2024年度は？"], "table_row", "value", by[2024][2],
    "2 turns: same measure, other year (西暦)", f"{TF}: 2024年度 寄附件数")
add("久米ヶ原町のふるさと納税、令和2年度から令和4年度までの寄附額を合計するといくら？", "table_row", "value",
    sum(by[y][3] for y in (2020, 2021, 2022)), "sum over a range crossing the 和暦/西暦 switch",
    f"{TF}: 令和2年度 + 令和3年度 + 2022年度")
avg = by[2023][3] / by[2023][2]
assert avg == int(avg)
add("久米ヶ原町のふるさと納税、令和5年度の1件あたりの平均寄附額は何円？", "table_row", "value", int(avg),
    "寄附額 / 寄附件数 of one row (exact)", f"{TF}: 2023年度 {by[2023][3]:,} / {by[2023][2]:,}")

assert len(Q) == 50, len(Q)
assert len({q["id"] for q in Q}) == 50
out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
