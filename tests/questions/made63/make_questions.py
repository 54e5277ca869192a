"""Compute every answer of the made63 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
    from .make_documents import F_DOCX, F_HTML, F_PDF, F_TXT, F_XLSX
except ImportError:
    import data as D
    from make_documents import F_DOCX, F_HTML, F_PDF, F_TXT, F_XLSX

Q = []


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m63-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def one(xs):
    assert len(xs) == 1, xs
    return xs[0]


# ---------- 01 xlsx: 補助金等の見直し結果 ----------
SUB = [(dept, *r) for dept, rows in D.SUBSIDIES.items() for r in rows]  # (dept, name, to, r5, r6, kbn, txt)
S = "桐ヶ谷市の補助金見直し"
haishi = [r for r in SUB if r[5] == "廃止"]
add(f"{S}で廃止になった補助金って何件？", "table_row", "count", len(haishi),
    "見直し区分 across all sheets (one sheet per 所管部)", f"{F_XLSX}: every sheet, 見直し区分 == 廃止")
hf = [r for r in SUB if r[0] == "健康福祉部"]
add(f"{S}、健康福祉部の令和6年度決算額の小計はいくら？（千円）", "table_row", "value", sum(r[4] for r in hf),
    "小計 row under a two-row merged header (令和6年度 column)", f"{F_XLSX}: sheet 健康福祉部, 小計 row, 令和6年度")
add(f"{S}で経済環境部の補助金のうち縮小とされたのは何件", "table_row", "count",
    sum(1 for r in SUB if r[0] == "経済環境部" and r[5] == "縮小"), "condition within one sheet",
    f"{F_XLSX}: sheet 経済環境部, 見直し区分 == 縮小")
add(f"{S}で防犯灯設置費補助金はどういう区分になった？", "table_row", "value",
    one([r[5] for r in SUB if r[1] == "防犯灯設置費補助金"]), "one cell by row name",
    f"{F_XLSX}: sheet 総務部, row 防犯灯設置費補助金, 見直し区分")
add(f"{S}で、有害鳥獣駆除補助金はどこの部の所管？", "table_row", "value",
    one([r[0] for r in SUB if r[1] == "有害鳥獣駆除補助金"]), "the 所管部 is the sheet name, not a column",
    f"{F_XLSX}: the sheet holding 有害鳥獣駆除補助金")
top6 = max(SUB, key=lambda r: r[4])
add(f"{S}の中で令和6年度の決算額がいちばん大きい補助金は？", "table_row", "value", top6[1],
    "max over all sheets, 小計 rows excluded", f"{F_XLSX}: 令和6年度 column max = {top6[4]:,}")
sh = one([r for r in SUB if r[1] == "商店街にぎわい創出補助金"])
add([f"{S}の商店街にぎわい創出補助金、R5の決算額は？", "R6は前の年からいくら減った？（千円）"], "table_row", "value",
    sh[3] - sh[4], "2 turns: difference between the two year columns of one row",
    f"{F_XLSX}: sheet 経済環境部, row 商店街にぎわい創出補助金, 令和5年度 − 令和6年度")
add(f"{S}、全部の部を合わせた令和6年度の決算額の合計は何千円？", "table_row", "value", sum(r[4] for r in SUB),
    "sum of the 小計 rows of all sheets", f"{F_XLSX}: 小計 令和6年度 of the 4 sheets added")
add(f"{S}で健康福祉部の補助金のうち、廃止以外になったものは何件？", "table_row", "count",
    sum(1 for r in hf if r[5] != "廃止"), "negation (以外) within one sheet",
    f"{F_XLSX}: sheet 健康福祉部, 見直し区分 != 廃止 (小計 not a subsidy)")
shuku = [r for r in SUB if r[5] == "縮小"]
add([f"{S}で縮小になった補助金は何件ある？", "そのうち健康福祉部のはどれ？"], "table_row", "value",
    one([r[1] for r in shuku if r[0] == "健康福祉部"]), "2 turns: narrowing by sheet",
    f"{F_XLSX}: 見直し区分 == 縮小 ({len(shuku)}), then sheet 健康福祉部")
kei = one([r for r in SUB if r[1] == "敬老会開催補助金"])
add(f"{S}で敬老会開催補助金はどの補助金に統合されるの？", "table_row", "contains", ["老人クラブ活動費補助金"],
    "answer inside the 見直し内容 text", f"{F_XLSX}: sheet 健康福祉部, row 敬老会開催補助金, 見直し内容「{kei[6]}」")

# ---------- 02 docx: 個別施設計画 ----------
FAC = [(kind, *r) for kind, rows in D.FACILITIES.items() for r in rows]  # (kind, name, built, area, grade, act, plan)
F = "美浜台町の個別施設計画"
add(f"{F}で劣化度がDの施設は何か所？", "table_row", "count", sum(1 for r in FAC if r[4] == "D"),
    "grade across four tables", f"{F_DOCX}: all tables, 劣化度 == D")
add(f"{F}で除却する予定の施設はいくつ？", "table_row", "count", sum(1 for r in FAC if "除却" in r[5]),
    "対策内容 containing 除却 (also 統合後、除却)", f"{F_DOCX}: 対策内容 contains 除却")
big = max(FAC, key=lambda r: r[3])
add(f"{F}で延床面積がいちばん広い施設は？", "table_row", "value", big[1],
    "max over tables of a number printed with a thousands separator", f"{F_DOCX}: 延床面積 max {big[3]:,}")
add(f"{F}、中央公民館の実施予定は？", "table_row", "value", one([r[6] for r in FAC if r[1] == "中央公民館"]),
    "a range cell as printed", f"{F_DOCX}: table 集会施設, row 中央公民館, 実施予定")
add(f"{F}の町民体育館って延床面積何㎡？", "table_row", "value", one([r[3] for r in FAC if r[1] == "町民体育館"]),
    "number with separator read as a number", f"{F_DOCX}: table スポーツ施設, row 町民体育館")
r9 = [r for r in FAC if 9 in D.plan_years(r[6])]
add(f"{F}で令和9年度に対策工事が予定に入っている施設は何か所？", "table_row", "count", len(r9),
    "year inside a range R8～R10 counts", f"{F_DOCX}: 実施予定 ranges covering R9: {[r[1] for r in r9]}")
add(f"{F}で、集会施設のうち昭和に建てられたものは何件？", "table_row", "count",
    sum(1 for r in FAC if r[0] == "集会施設" and r[2].startswith("昭和")), "era of 建築年 within one table",
    f"{F_DOCX}: table 集会施設, 建築年 starts with 昭和")
old = min(FAC, key=lambda r: D.seireki(r[2]))
add(f"{F}でいちばん古い施設はどれ？", "table_row", "value", old[1], "oldest by 建築年 (昭和/平成 compared)",
    f"{F_DOCX}: 建築年 min = {old[2]}")
add(f"{F}で平成以降に建った施設のうち、劣化度がAかBのものは何件？", "table_row", "count",
    sum(1 for r in FAC if r[2].startswith("平成") and r[4] in "AB"), "era condition plus grade set",
    f"{F_DOCX}: 建築年 平成 and 劣化度 in A/B")
add(f"{F}の学校教育施設の延床面積、全部足すと何㎡？", "table_row", "value",
    sum(r[3] for r in FAC if r[0] == "学校教育施設"), "sum of one table's column (no total row printed)",
    f"{F_DOCX}: table 学校教育施設, 延床面積 summed")
cs = [r for r in FAC if r[4] == "C"]
add([f"{F}で劣化度Cの施設は？", "そのうちR8から着手するのは何件？"], "table_row", "count",
    sum(1 for r in cs if D.plan_years(r[6])[:1] == [8]), "2 turns: narrowing by the first year of a range",
    f"{F_DOCX}: 劣化度 C = {[r[1] for r in cs]}, 実施予定 starting R8")
add([f"{F}で対策内容が経過観察の施設は？", "じゃあその施設の実施予定はどう書いてある？"], "table_row", "value", "―",
    "2 turns: both 経過観察 rows print ― as 実施予定", f"{F_DOCX}: rows 浜崎集会所, 子育て支援センター, 実施予定 ―")

# ---------- 03 pdf: 市民満足度調査 ----------
SV = D.SURVEY
P = "青葉原市の市民満足度調査"
add([f"{P}で、子育て支援の2025年度の満足度は？", "じゃあ2023年度は？"], "table_row", "value", SV["子育て支援"][2023],
    "2 turns: same row, another year column", f"{F_PDF}: row 11 子育て支援, 2023年度")
best = max(D.MEASURES, key=lambda m: SV[m][2025])
add(f"{P}で2025年度にいちばん満足度が高かった施策は？", "table_row", "value", best,
    "max over a table split over two pages", f"{F_PDF}: 2025年度 max {SV[best][2025]}")
down = [m for m in D.MEASURES if D.diff(m) < 0]
add(f"{P}で前年度より満足度が下がった施策は何個？", "table_row", "count", len(down),
    "▲ in the 前年度差 column on both pages", f"{F_PDF}: 前年度差 with ▲")
add(f"{P}の窓口サービスの前年度差は？", "table_row", "value", D.diff("窓口サービス"),
    "▲3.6 is a decrease: answered as a negative number", f"{F_PDF}: row 33 窓口サービス (page 2), 前年度差 {D.diff_text('窓口サービス')}")
add(f"{P}で、環境保全は2023年度から2025年度で何ポイント上がった？", "table_row", "value",
    round(SV["環境保全"][2025] - SV["環境保全"][2023], 1), "difference of two year columns, not the printed 前年度差",
    f"{F_PDF}: row 36 環境保全 (page 2), 2025年度 − 2023年度")
add(f"{P}の空き家対策、令和6年度の満足度はいくつ？", "table_row", "value", SV["空き家対策"][2024],
    "和暦 令和6年度 asked over a 西暦 column (2024年度)", f"{F_PDF}: row 39 空き家対策 (page 2), 2024年度")
drop = min(D.MEASURES, key=lambda m: D.diff(m))
assert sorted(D.diff(m) for m in D.MEASURES)[1] != D.diff(drop)
add(f"{P}で前年度からの下げ幅がいちばん大きかった施策は？", "table_row", "value", drop,
    "largest ▲ (most negative 前年度差)", f"{F_PDF}: 前年度差 {D.diff_text(drop)}")
add([f"{P}で前年度より下がった施策は？", "その中で2025年度でも60%以上あるのは何件？"], "table_row", "count",
    sum(1 for m in down if SV[m][2025] >= 60.0), "2 turns: ▲ rows narrowed by a threshold",
    f"{F_PDF}: ▲ rows, then 2025年度 >= 60.0")
avg3 = sum(SV["学校教育"].values()) / 3
assert abs(avg3 * 10 % 1 - 0.5) > 0.01
add(f"{P}で学校教育の満足度は3年間で平均すると何%？（小数第1位まで）", "table_row", "value", round(avg3, 1),
    "mean of three year columns, rounded to one decimal", f"{F_PDF}: row 13 学校教育, mean of {list(SV['学校教育'].values())}")

# ---------- 04 html: 行政手続オンライン化 ----------
PR = D.PROCEDURES  # (bu, ka, name, n, st)
O = "桐ヶ谷市の手続オンライン化の状況"
add(f"{O}で、オンライン化が済んでいる手続は何件？", "table_row", "count", sum(1 for p in PR if p[4] == "済"),
    "status 済 across rowspan groups", f"{F_HTML}: オンライン化 == 済")
add(f"{O}で都市整備部の手続のうち、済になっていないのはいくつ？", "table_row", "count",
    sum(1 for p in PR if p[0] == "都市整備部" and p[4] != "済"), "部 from a rowspan cell; negation",
    f"{F_HTML}: 部 都市整備部 (rowspan), オンライン化 != 済")
add(f"{O}だと、要介護認定の申請ってもうオンラインでできる？", "table_row", "value",
    one([p[4] for p in PR if p[2] == "要介護認定の申請"]), "yes/no answered with the status as printed",
    f"{F_HTML}: row 要介護認定の申請, オンライン化")
big = max(PR, key=lambda p: p[3])
add(f"{O}で年間件数がいちばん多い手続は？", "table_row", "value", big[2], "max of a number with separators",
    f"{F_HTML}: 年間件数 max {big[3]:,}")
add(f"{O}で、犬の登録はどこの課の担当？", "table_row", "value", one([p[1] for p in PR if p[2] == "犬の登録"]),
    "どこの課 from the 担当課 column", f"{F_HTML}: row 犬の登録, 担当課")
add(f"{O}で対象外になっている手続の年間件数を合計すると？", "table_row", "value",
    sum(p[3] for p in PR if p[4] == "対象外"), "sum under a condition", f"{F_HTML}: 対象外 rows, 年間件数 summed")
add([f"{O}で、市民生活部の手続は？", "そのうちオンライン化済みのものの年間件数の合計は？"], "table_row", "value",
    sum(p[3] for p in PR if p[0] == "市民生活部" and p[4] == "済"), "2 turns: rowspan group narrowed by status, then summed",
    f"{F_HTML}: 部 市民生活部, 済, 年間件数 summed")
r8 = [p for p in PR if p[4] == "令和8年度予定"]
add([f"{O}で令和8年度にオンライン化する予定の手続は何件？", "そのうち年間1,000件以上あるのは？", "何件？"],
    "table_row", "count", sum(1 for p in r8 if p[3] >= 1000), "3 turns: status, then threshold, then count",
    f"{F_HTML}: 令和8年度予定 ({len(r8)}), 年間件数 >= 1000")
add(f"{O}で「対象外」ってどういう意味？", "passage", "contains", ["本人確認"],
    "legend paragraph under the table", f"{F_HTML}: 【凡例】 paragraph, 対象外：…")

# ---------- 05 txt: 職員提案 ----------
PP = D.PROPOSALS  # (no, dept, title, res, amt, text)
T = "美浜台町の職員提案の審査結果"
add(f"{T}で最優秀賞を取った提案の名前は？", "item", "value", one([p[2] for p in PP if p[3] == "最優秀賞"]),
    "審査結果 label in a block", f"{F_TXT}: 【提案No.3】 提案名")
add(f"{T}、優秀賞は何件？", "item", "count", sum(1 for p in PP if p[3] == "優秀賞"), "count of blocks",
    f"{F_TXT}: 審査結果：優秀賞")
add(f"{T}で提案No.8の効果額はいくら？（万円）", "item", "value", one([p[4] for p in PP if p[0] == 8]),
    "amount inside a sentence (年間約120万円)", f"{F_TXT}: 【提案No.8】 講評")
nyu = [p for p in PP if p[3] == "入賞" and p[4]]
add(f"{T}で入賞した提案のうち、効果額がいちばん大きいのは？", "item", "value",
    max(nyu, key=lambda p: p[4])[2], "max over amounts in sentences, restricted by award",
    f"{F_TXT}: 入賞 blocks with 効果額 {[p[4] for p in nyu]}")
add(f"{T}で税務課から出た提案はいくつ？", "item", "count", sum(1 for p in PP if p[1] == "税務課"),
    "所属 label", f"{F_TXT}: 所属：税務課")
add(f"{T}で優秀賞の提案の効果額を全部足すと何万円？", "item", "value",
    sum(p[4] for p in PP if p[3] == "優秀賞"), "sum of amounts in sentences", f"{F_TXT}: 優秀賞 blocks, 年間約N万円 summed")
add(f"{T}、検針票の電子化を出したのはどこの課？", "item", "value", one([p[1] for p in PP if p[2] == "検針票の電子化"]),
    "所属 of a block named by its 提案名", f"{F_TXT}: 【提案No.10】 所属")
add([f"{T}で入賞は何件あった？", "そのうち効果額が書かれていない提案は？"], "item", "value",
    one([p[2] for p in PP if p[3] == "入賞" and p[4] is None]), "2 turns: a block without an amount",
    f"{F_TXT}: 入賞 blocks, 【提案No.2】 has no 年間約…万円")
add([f"{T}で会議資料のペーパーレス化の提案ってどうなった？", "なんで採用されなかったの？"], "passage", "contains",
    ["全庁で実施済み"], "2 turns: the reason in the 講評 sentence", f"{F_TXT}: 【提案No.6】 講評")

assert len(Q) == 50, len(Q)
assert sum(len(q["turns"]) > 1 for q in Q) >= 10
(Path(__file__).resolve().parent / "questions.jsonl").write_text(
    "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
if __name__ == "__main__":
    from collections import Counter
    print(len(Q), Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q),
          sum(len(q["turns"]) > 1 for q in Q))
