# -*- coding: utf-8 -*-
"""Computes every answer of set made77 from data.py and writes questions.jsonl."""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []


def add(turns, expect, answer, why, derivation, target="passage"):
    if isinstance(turns, str):
        turns = [turns]
    Q.append({"id": "m77-%03d" % (len(Q) + 1), "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def uniq_max(items, key):
    """items -> the single item with max key; asserts uniqueness."""
    best = max(key(x) for x in items)
    hits = [x for x in items if key(x) == best]
    assert len(hits) == 1, hits
    return hits[0]


# ====================================================================== (1) fees .xlsx
rate = {f[0]: fee_rate(f[6], f[8]) for f in FEES}
byno = {f[0]: f for f in FEES}

top = uniq_max(FEES, lambda f: rate[f[0]])
add("鷺ノ沢市の使用料・手数料の見直しで、改定率がいちばん大きい項目はどれですか。",
    "value", "テニスコート",
    "max over the 改定率 column (text with %), 20 rows under a two-row header",
    f"max 改定率 = No.{top[0]} {top[4]} {fee_rate_text(top[6], top[8])} ({top[6]}→{top[8]}円)")

down = [f for f in FEES if rate[f[0]] < 0]
down_use = [f for f in down if f[3] == "使用料"]
assert [f[0] for f in down_use] == [10, 13, 20]
add(["使用料・手数料の見直し一覧で、引下げになる項目は何件ありますか？", "そのうち使用料はどれ？"],
    "contains", ["浴場", "和室", "道路占用料"],
    "follow-up filter on ▲ rates (負の改定率) then 区分=使用料",
    f"▲ rows: {[ (f[0], f[4], fee_rate_text(f[6], f[8])) for f in down]} -> 使用料: {[f[4] for f in down_use]}")

f6 = byno[6]
add("住民票の写しをコンビニで取る場合の手数料は、改定後いくらになりますか。",
    "value", f6[8], "改定後 料金（円） column under the merged 改定後 header; two 住民票 rows must not be confused",
    f"No.6 {f6[4]}: 現行{f6[6]} → 改定後{f6[8]} ({fee_rate_text(f6[6], f6[8])})")

edu = [f for f in FEES if f[1] == "教育部"]
add("見直し一覧のうち、教育部が所管している項目はいくつ？", "count", len(edu),
    "所管部 is a vertically merged cell; only the first row carries the value",
    f"教育部 rows: {[f[0] for f in edu]}")

fee_kind = [f for f in FEES if f[3] == "手数料" and f[6] != f[8]]
add("据置のものを除くと、手数料で改定されるのは何項目ですか。", "count", len(fee_kind),
    "negation (除く) + 区分 filter",
    f"手数料 rows {[f[0] for f in FEES if f[3]=='手数料']}; 据置 excluded -> {[f[0] for f in fee_kind]}")

h26 = [f for f in FEES if f[7] == "平成26年度"]
t26 = uniq_max(h26, lambda f: rate[f[0]])
add("前回改定が平成26年度だった項目の中で、いちばん改定率が高いのは？", "value", "市民プール",
    "和暦 filter on the 前回改定 sub-column of 現行, then max",
    f"H26 rows: {[(f[0], fee_rate_text(f[6], f[8])) for f in h26]} -> No.{t26[0]} {t26[4]}")
assert t26[0] == 15

city_up = [f for f in FEES if f[1] == "市民生活部" and rate[f[0]] > 0]
assert [f[0] for f in city_up] == [4, 7, 8]
add("市民生活部の使用料・手数料で、値上げになるものを教えてください。", "contains", ["窓口交付", "粗大ごみ", "斎場"],
    "merged 所管部 + positive rate; excludes 据置 No.5 and 引下げ No.6",
    f"市民生活部 rows 4–8; rate>0: {[(f[4], fee_rate_text(f[6], f[8])) for f in city_up]}")

cons = [f for f in FEES if f[1] == "都市建設部"]
cons_down = [f for f in cons if rate[f[0]] < 0]
assert len(cons_down) == 1
add(["都市建設部の見直し項目ってどんなのがある？", "じゃあその中で料金が下がるのは？"], "value", "道路占用料",
    "follow-up on a merged-cell department, single ▲ row",
    f"都市建設部 rows {[f[0] for f in cons]}; ▲: No.{cons_down[0][0]} {cons_down[0][4]} {fee_rate_text(cons_down[0][6], cons_down[0][8])}")

big = [f for f in FEES if f[8] >= 10000]
add("改定後の料金が1万円以上になる項目は何件？", "count", len(big),
    "numeric threshold on 改定後 料金 (cells formatted #,##0)",
    f"{[(f[4], f[8]) for f in big]}")

diff = uniq_max(FEES, lambda f: f[8] - f[6])
add("現行料金から改定後料金への引上げ額（円）がいちばん大きいのは、どの施設・手数料ですか。", "value", "大ホール",
    "difference of two sub-columns (not the rate)",
    f"max 改定後−現行 = No.{diff[0]} {diff[4]} +{diff[8]-diff[6]}円 (next: 斎場 +5000)")

# ====================================================================== (2) facilities .pdf
fac_by = lambda pol: [f for f in FACILITIES if f[5] == pol]
haishi = fac_by("廃止")
add("公共施設の統廃合計画で「廃止」となっている施設は何施設ありますか。", "count", len(haishi),
    "table split over two PDF pages (rows 1–23 / 24–28); 廃止 rows on both pages",
    f"廃止: {[f[0] for f in haishi]}")

r8 = [f for f in FACILITIES if f[5] == "譲渡" and f[6] == 2026]
add("令和8年度に譲渡する予定の施設はどこ？", "contains", [f[2] for f in r8],
    "和暦 question (令和8年度) vs 西暦 column (2026)",
    f"譲渡 & 2026: {[f[2] for f in r8]}")

oldest = min(FACILITIES, key=lambda f: wareki_to_year(f[3]))
assert sum(1 for f in FACILITIES if wareki_to_year(f[3]) == wareki_to_year(oldest[3])) == 1
add("統廃合計画に載っている施設のうち、いちばん古い建物はどれですか。", "value", oldest[2],
    "min over 和暦 建築年 (昭和39年 = 1964)",
    f"{oldest[2]} {oldest[3]} ({wareki_to_year(oldest[3])})")

togo = fac_by("統合")
s = round(sum(f[4] for f in togo), 2)
add("統合の方針になっている施設の延床面積を合計すると何㎡になりますか。", "value", s,
    "sum of comma-formatted decimals",
    " + ".join(f"{f[4]:.2f}" for f in togo) + f" = {s:.2f}")

f8 = [f for f in FACILITIES if f[2] == "椿谷小学校"][0]
add("椿谷小学校はどこに統合される計画ですか？", "contains", ["鷺ノ沢第二小学校"],
    "備考 column gives the 統合先", f"No.{f8[0]} 備考 '{f8[7]}', 実施年度 {f8[6]}")

hei = [f for f in FACILITIES if f[3].startswith("平成")]
hei_not = [f for f in hei if f[5] != "存続"]
add(["鷺ノ沢市の公共施設統廃合計画で、平成に建てられた施設はいくつある？", "そのうち存続以外の方針になってるのは？"],
    "contains", [f[2] for f in hei_not],
    "和暦 era filter (平成元年 included), rows on both pages, then negation 存続以外",
    f"平成 rows {[f[0] for f in hei]} ({len(hei)}); not 存続: {[(f[2], f[5]) for f in hei_not]}")

r12 = [f for f in FACILITIES if f[6] == 2030]
add("令和12年度に実施予定となっている施設を教えてください。", "contains", [f[2] for f in r12],
    "令和12年度 = 2030; one row on page 1 and one on page 2",
    f"2030: {[f[2] for f in r12]}")

hon = [f for f in FACILITIES if f[2] == "本庁舎"][0]
add("本庁舎の延床面積は？", "value", int(hon[4]) if hon[4] == int(hon[4]) else hon[4], "row on the second PDF page, comma number",
    f"No.{hon[0]} 本庁舎 {hon[4]:,.2f}㎡")

by27 = [f for f in FACILITIES if f[5] in ("統合", "廃止") and f[6] <= 2027]
add("2027年度までに統合または廃止される施設は何施設ですか。", "count", len(by27),
    "range (までに) on 西暦 year + two 方針 values",
    f"{[(f[0], f[5], f[6]) for f in by27]}")

sch = [f for f in FACILITIES if f[1] == "学校教育施設"]
sch_not = [f for f in sch if f[5] != "存続"]
add(["統廃合計画の学校教育施設って何施設ありますか", "そのうち存続じゃないのは何施設？"], "count", len(sch_not),
    "分類 filter then negation",
    f"学校教育施設 {[f[0] for f in sch]}; not 存続 {[(f[2], f[5]) for f in sch_not]}")

s40 = [f for f in FACILITIES if f[5] == "廃止" and f[3].startswith("昭和") and 40 <= int(f[3][2:-1]) <= 49]
add("昭和40年代に建てられた施設で、廃止になるものはいくつありますか。", "count", len(s40),
    "和暦 decade range + 方針",
    f"{[(f[2], f[3]) for f in s40]}")

# ====================================================================== (3) meeting .docx
ag = {a[0]: a for a in AGENDA}
add("行政改革推進本部会議で決まった統廃合計画のパブリックコメントは、いつからいつまでですか。", "contains",
    ["12月15日", "1月14日"], "決定事項 list under 議題２ heading", AGENDA[1][2][0])

who = [w for w, t in AGENDA[0][1] if "テニスコート" in t]
assert len(who) == 1
add("テニスコートの改定率が大きいと指摘したのは誰でしたっけ？", "value", who[0],
    "【発言者】 turn lookup", f"turn: 【{who[0]}】…テニスコートの改定率が60％と大きい…")

add(["公共施設の統廃合計画、方針ごとの内訳はどうなっていますか。", "じゃあ譲渡は何施設？"], "count", len(fac_by("譲渡")),
    "内訳 over 方針 across both PDF pages, then a follow-up on one group",
    f"{[(p, len(fac_by(p))) for p in ('存続', '統合', '廃止', '譲渡')]}")

ndec = sum(len(a[2]) for a in AGENDA)
add("第2回行政改革推進本部会議の決定事項は、全部でいくつありましたか。", "count", ndec,
    "count of List Bullet paragraphs under ■決定事項 across four 議題",
    f"{[len(a[2]) for a in AGENDA]} -> {ndec}")

add("椿谷小の統合について、教育長はどんな発言をしていましたか？", "contains", ["3回以上"],
    "speaker turn under 議題２", AGENDA[1][1][1][1])

add(["令和7年度第2回の行革本部会議では、どんな議題が話し合われましたか。", "窓口のオンライン化の議題では何が決まった？"],
    "contains", ["令和8年度末"], "議題 headings then the single 決定事項 of 議題３", AGENDA[2][2][0])

add("職員提案の表彰はいつ、どこで行うことになりましたか。", "contains", ["1月5日", "仕事始め式"],
    "市長 turn under 議題４ (not in the 決定事項 list)", AGENDA[3][1][1][1])

add("テニスコートの料金について、事務局は近隣3市の平均料金をいくらと説明しましたか。", "value", 800,
    "number only in the meeting summary", AGENDA[0][1][3][1])

water = [o for o in ONLINE if o[1] == "水道の使用開始・中止"][0]
add(["本部会議で上下水道局長はどんな発言をしていた？", "実際の令和6年度の件数は何件？"], "value", water[4][2],
    "cross-document follow-up: meeting says 'exceeded 2,500', the exact figure is in the .html table",
    f"HTML row {water[0]} {water[1]} 令和6年度 {water[4][2]:,}")

# ====================================================================== (4) online .html
mi = [o for o in ONLINE if o[3] == "未"]
add("鷺ノ沢市の窓口オンライン化で、状況が「未」の手続はどれですか。", "contains",
    ["印鑑登録", "軽自動車税の減免申請", "道路占用許可申請", "罹災証明書"],
    "状況 column filter", f"{[o[1] for o in mi]}")

shimin6 = sum(o[4][2] or 0 for o in ONLINE if o[2] == "市民課")
add("R6の市民課のオンライン申請件数は合計で何件ですか。", "value", shimin6,
    "略記 R6 = 令和6年度 column; '－' counts as none",
    f"{[(o[1], o[4][2]) for o in ONLINE if o[2]=='市民課']} -> {shimin6}")

dec = [o for o in ONLINE if o[4][1] and o[4][2] and o[4][2] < o[4][1]]
assert len(dec) == 1
add("令和5年度より令和6年度のほうがオンライン件数が減った手続はありますか。", "value", dec[0][1],
    "year comparison across two columns", f"{dec[0][1]}: {dec[0][4][1]} -> {dec[0][4][2]}")

inc = uniq_max([o for o in ONLINE if o[4][1] and o[4][2]], lambda o: o[4][2] - o[4][1])
add("前年度からの伸び（件数の増加）がいちばん大きかった手続は？令和6年度で見てください。", "value", "住民票の写し",
    "max of R6−R5 differences; close runner-up (施設予約 +546)",
    f"{inc[1]} {inc[4][1]}->{inc[4][2]} (+{inc[4][2]-inc[4][1]})")
assert inc[0] == 1

part = [o for o in ONLINE if o[3] == "一部"]
add("申請はオンラインでできるけれど郵送や来庁が必要になる場合がある手続は、いくつありますか。", "count", len(part),
    "the legend maps this description to 状況=一部",
    f"legend: 一部 = {ONL_LEGEND[1][1]}; rows {[o[0] for o in part]}")

tot6 = sum(o[4][2] or 0 for o in ONLINE)
add("令和6年度のオンライン申請件数は、全手続あわせて何件ですか。", "value", tot6,
    "column sum with '－' cells", f"sum of 令和6年度 column = {tot6}")

tax = [o for o in ONLINE if o[2] == "税務課"]
kos = [o for o in ONLINE if o[2] == "子育て支援課"]
add(["税務課の手続のオンライン化の状況を教えて", "じゃあ子育て支援課は？"], "contains",
    [kos[0][1], kos[1][1]], "follow-up switching the 所管課 filter",
    f"{[(o[1], o[3]) for o in kos]}")

new = [o for o in ONLINE if o[4][0] is None and o[3] != "未"]
add("令和4年度にはオンライン受付をしていなかったけれど、今は対応している手続は？", "contains",
    ["戸籍証明書", "保育所等入所申込", "要介護認定申請"],
    "'－' in 令和4年度 (legend: not accepting online) and 状況 not 未",
    f"{[(o[1], o[3]) for o in new]}")

add(["介護保険課の手続ってオンラインでできますか", "それはいつから始まったの？"], "contains", ["令和6年度"],
    "備考 cell / first non-'－' year", f"row 7 備考 '{ONLINE[6][5]}', counts {ONLINE[6][4]}")


# ====================================================================== (5) proposals .txt
adopt = [p for p in PROPOSALS if p[4] == "採用"]
add("鷺ノ沢市の令和7年度職員提案で、採用になったのは何件ですか。", "count", len(adopt), "採否 field in blocks",
    f"{[p[0] for p in adopt]}")

s_ad = sum(p[3] for p in adopt)
add(["職員提案で採用された提案を教えてください", "それらの効果額を合計するといくら？"], "value", s_ad,
    "sum with mixed full-width (４５０, ６２０) and half-width digits, 千円",
    " + ".join(f"{p[3]}" for p in adopt) + f" = {s_ad} 千円")

best = [p for p in PROPOSALS if "最優秀賞" in p[5]][0]
add("職員提案の最優秀賞はどんな提案？", "contains", ["LINE受付"], "審査意見 + meeting decision R7-04",
    f"{best[0]} {best[1]}")

mx = uniq_max([p for p in PROPOSALS if p[3] is not None], lambda p: p[3])
add("効果額がいちばん大きい職員提案は何ですか。採否もあわせて教えて。", "contains", ["LED", "検討"],
    "max over 効果額 including non-adopted", f"{mx[0]} {mx[1]} {mx[3]}千円 {mx[4]}")

from collections import Counter
cnt = Counter(p[2] for p in PROPOSALS)
topc = cnt.most_common(2)
assert topc[0][1] > topc[1][1]
add("職員提案をいちばん多く出した課はどこですか？", "value", topc[0][0], "group-by 提案課",
    f"{dict(cnt)}")

shimin = [p for p in PROPOSALS if p[2] == "市民課"]
sh_none = [p for p in shimin if p[3] is None]
assert len(sh_none) == 1
add(["市民課から出た職員提案はどうなりましたか", "そのうち効果額が算定されていないのは？"], "contains", ["多言語表示"],
    "'－' means 効果額を算定していない", f"市民課: {[(p[0], p[3], p[4]) for p in shimin]}")

ken = [p for p in PROPOSALS if p[4] == "検討"]
add("採否が「検討」になった職員提案をすべて挙げてください。", "contains", ["返礼品", "LED", "通報アプリ", "スマートロック"],
    "filter 採否=検討", f"{[(p[0], p[1]) for p in ken]}")

hoiku = [p for p in PROPOSALS if p[0] == "R7-07"][0]
add("保育所入所申込書類の簡素化の提案は、効果額いくらで見込まれていますか。", "value", hoiku[3],
    "full-width digits ４５０ in the .txt", f"{hoiku[0]} 効果額 {hoiku[3]} 千円 (printed full-width)")

kz = [p for p in PROPOSALS if p[2] == "管財課"]
avg_kz = sum(p[3] for p in kz) / len(kz)
assert avg_kz == int(avg_kz)
add("管財課から出た職員提案の効果額は、平均するといくらになりますか。", "value", int(avg_kz),
    "average of two blocks, one printed in full-width digits (６２０)",
    f"{[(p[0], p[3]) for p in kz]} -> {avg_kz}")

fu = [p for p in PROPOSALS if p[4] == "不採用" and p[3] is not None]
s_fu = sum(p[3] for p in fu)
add("不採用になった提案の効果額は、算定されているものだけで合計いくらですか。", "value", s_fu,
    "sum skipping '－'", " + ".join(str(p[3]) for p in fu) + f" = {s_fu}")

big_no = [p for p in PROPOSALS if p[3] is not None and p[3] >= 1000 and p[4] != "採用"]
add("効果額が1,000千円以上なのに採用されなかった提案は？", "contains", ["LED", "夜間窓口", "スマートロック"],
    "threshold + negation (採用以外 = 検討 and 不採用)", f"{[(p[0], p[3], p[4]) for p in big_no]}")

# ---------------------------------------------------------------------- consistency checks with the prose
assert sum(1 for f in FEES if rate[f[0]] > 0) == 12 and len(down) == 4 and sum(1 for f in FEES if rate[f[0]] == 0) == 4
assert [len(fac_by(p)) for p in ("存続", "統合", "廃止", "譲渡")] == [9, 6, 8, 5]
assert [sum(1 for o in ONLINE if o[3] == s) for s in ("済", "一部", "未")] == [8, 5, 4]
assert len(PROPOSALS) == 14 and len(adopt) == 5 and len(ken) == 4
assert best[0] == "R7-04"

assert len(Q) == 50, len(Q)
assert sum(1 for q in Q if len(q["turns"]) > 1) >= 10
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(1 for q in Q if len(q["turns"]) > 1), "multi-turn")
print(Counter(q["expect"] for q in Q))
