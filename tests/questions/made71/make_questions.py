"""Compute every answer of the made71 holdout from data.py and write questions.jsonl."""
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
    Q.append(dict(id=f"m71-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def one(rows, what):
    assert len(rows) == 1, (what, rows)
    return rows[0]


def unique_max(rows, key, what, lowest=False):
    vals = sorted((key(r) for r in rows), reverse=not lowest)
    assert len(vals) < 2 or vals[0] != vals[1], f"tie for {what}"
    return (min if lowest else max)(rows, key=key)


J = D.JIGYO
R = D.RANK

# ============================================================ 01 xlsx 事務事業評価 (table_row)
X = f"{F_XLSX}, sheet 評価結果一覧"
add("水城野市の事務事業評価で、二次評価がDだった事業っていくつある？", "table_row", "count",
    sum(j["g2"] == "D" for j in J), "grade condition on the second of two grade columns under a merged 評価 header",
    f"{X}: rows with 二次評価 (column M) = D")
add("水城野市の事務事業評価結果で、一次評価より二次評価のほうが低くなった事業は何件ありますか", "table_row", "count",
    sum(R[j["g2"]] < R[j["g1"]] for j in J), "comparison of two columns in one row (A>B>C>D)",
    f"{X}: rows where 二次評価 is worse than 一次評価")
big = unique_max(J, lambda j: j["c6"], "max c6")
add("事務事業評価（水城野市）で令和6年度決算の事業費がいちばん大きいのはどの事業？", "table_row", "contains",
    [big["name"]], "max over a column under a three-row header (事業費 > 決算額 > 令和6年度), 合計 row excluded",
    f"{X}: max of column F (令和6年度) over the 25 事業 rows")
add(["水城野市の事務事業評価一覧で、事業費の合計ってR6決算でいくら？", "じゃあ令和5年度決算だと？"], "table_row", "value",
    sum(j["c5"] for j in J), "follow-up switching the year; the 合計 row (or a sum of the column), 千円",
    f"{X}: 合計 row, column E (令和5年度)")
add("水城野市の事務事業で、成果指標の達成率が100％に届いてないのは何事業？", "table_row", "count",
    sum(D.rate(j) < 100 for j in J), "numeric threshold on a computed-and-printed column; 100.0 is not below 100",
    f"{X}: rows with 達成率（％） (column K) < 100")
kikaku_c = one([j for j in J if j["ka"] == "企画課" and j["g2"] == "C"], "企画課 C")
add(["水城野市の事務事業評価で企画課が持ってる事業は？", "そのうち二次評価がCになってる事業の今後の方向性は？"],
    "table_row", "value", kikaku_c["dir"], "follow-up narrowing a 所管課 list by grade, then reading another column",
    f"{X}: 所管課 企画課 rows (No.6, 7); the one with 二次評価 C is {kikaku_c['name']}, 今後の方向性")
dec = unique_max(J, lambda j: j["c5"] - j["c6"], "max decrease")
add("水城野市の事務事業評価で、令和5年度決算から令和6年度決算にかけて事業費がいちばん減ったのは？", "table_row", "contains",
    [dec["name"]], "difference between two year columns, largest decrease",
    f"{X}: max of E − F ({dec['c5']:,} → {dec['c6']:,})")
road = one([j for j in J if j["name"] == "道路維持補修事業"], "road")
add("水城野市の道路維持補修事業、事業費は令和5年度に比べて令和6年度はどれだけ増えた？（千円）", "table_row", "value",
    road["c6"] - road["c5"], "difference between years in one row",
    f"{X}: 道路維持補修事業 row, F − E = {road['c6']:,} − {road['c5']:,}")
add("水城野市の事務事業評価で、人件費が1千万円を超えてる事業は何件？", "table_row", "count",
    sum(j["jin"] > 10000 for j in J), "unit conversion: 1千万円 = 10,000千円 in a 千円 column",
    f"{X}: rows with 人件費（千円） (column G) > 10,000")
sanken = [j for j in J if j["bu"] == "産業建設部"]
kaku = one([j for j in sanken if j["dir"] == "拡充"], "産業建設部 拡充")
add(["水城野市の事務事業評価の結果で、産業建設部の事業はいくつある？", "じゃあその中で方向性が「拡充」なのはどれ？"],
    "table_row", "contains", [kaku["name"]], "所管部 is a vertically merged cell (only the block's first row holds it)",
    f"{X}: 所管部 産業建設部 block (No.19–23, merged B column), 今後の方向性 拡充")
fs = one([j for j in J if j["name"] == "ファミリーサポート事業"], "famisapo")
add("水城野市のファミリーサポート事業って、成果指標の達成率は何％だった？", "table_row", "value",
    D.rate(fs), "one cell read by 事業名", f"{X}: ファミリーサポート事業 row, 達成率（％） = {fs['act']}/{fs['tgt']}")
gan = one([j for j in J if j["name"] == "がん検診事業"], "gan")
add("がん検診事業（水城野市）の担当はどこの課？", "table_row", "value", gan["ka"],
    "「どこの課」 answered from the 所管課 column", f"{X}: がん検診事業 row, 所管課")
kf = [j for j in J if j["bu"] == "健康福祉部"]
kfa = [j for j in kf if j["g2"] == "A"]
add(["水城野市の事務事業評価、健康福祉部の事業は何件？", "その中で二次評価がAのものは？",
     "それらの令和6年度決算の事業費、平均するといくら？"], "table_row", "value",
    round(sum(j["c6"] for j in kfa) / len(kfa), 1),
    "three turns: merged 所管部 block, grade filter, average of a column",
    f"{X}: 健康福祉部 (No.14–18), 二次評価 A = " + "・".join(j["name"] for j in kfa) + ", mean of column F")
add("水城野市の事務事業評価で、今後の方向性が廃止か縮小になった事業は全部で何件？", "table_row", "count",
    sum(j["dir"] in ("廃止", "縮小") for j in J), "two values of one column (or)",
    f"{X}: rows with 今後の方向性 廃止 or 縮小")

# ============================================================ 02 pdf 行財政改革実施計画 (table_row)
P = f"{F_PDF}"
T = D.torikumi()
S = D.SUISHIN
biggest = unique_max([s for s in S if s["effect"]], lambda s: s["effect"], "max effect")
add("水城野市の行財政改革実施計画で、効果額の見込みがいちばん大きい推進項目は？", "table_row", "contains",
    [biggest["name"]], "max over the 効果額（見込み） line printed under each table",
    f"{P}: 効果額（見込み） lines; max = 推進項目{biggest['code']} {biggest['effect']:,}千円")
add("水城野市 行革実施計画（R7〜R11）の効果額見込み、全部足すといくら？（千円）", "table_row", "value",
    sum(s["effect"] for s in S if s["effect"]), "sum over lines under 13 tables, skipping 「―」",
    f"{P}: sum of every 効果額（見込み） line with an amount")
add("水城野市の実施計画で、効果額が金額で出ていない推進項目はいくつ？", "table_row", "count",
    sum(s["effect"] is None for s in S), "negation: 効果額（見込み）：― (no amount)",
    f"{P}: 推進項目 whose 効果額（見込み） line is ― (" + ", ".join(s["code"] for s in S if s["effect"] is None) + ")")
add("水城野市の行財政改革実施計画で、2026年度の工程が「検討」になっている取組は何件？", "table_row", "count",
    sum(m["R8"] == "検討" for _, _, m in T), "西暦 2026年度 = 令和8年度 column; counting 取組 rows (①②), not 推進項目",
    f"{P}: 取組 rows with 検討 in the 令和8年度 column")
add("水城野市の行財政改革実施計画で、令和8年度から令和10年度までずっと「→」（継続）になっている取組はいくつ？",
    "table_row", "count", sum(all(m[y] == "→" for y in ("R8", "R9", "R10")) for _, _, m in T),
    "year range (から…まで) with the same mark in every year", f"{P}: 取組 rows with → in 令和8, 9 and 10年度")
add("水城野市の実施計画で、工程に「検討」が一度も出てこない取組は何件ある？", "table_row", "count",
    sum("検討" not in m.values() for _, _, m in T), "negation over all year columns (一度も…ない)",
    f"{P}: 取組 rows with no 検討 cell in 令和7–11年度")
jinji = [s for s in S if s["ka"] == "人事課"]
add(["水城野市の行革実施計画で人事課が担当している推進項目はどれ？", "それらの効果額を合計すると？"], "table_row", "value",
    sum(s["effect"] for s in jinji if s["effect"]), "follow-up summing the 効果額 of the previous answer",
    f"{P}: 担当課：人事課 = " + ", ".join(s["code"] for s in jinji) + ", sum of their 効果額（見込み）")
add("水城野市の実施計画で、令和10年度以降に●（完了予定）がついている取組は何件？", "table_row", "count",
    sum(m["R10"] == "●" or m["R11"] == "●" for _, _, m in T), "以降: 令和10年度 and 令和11年度 columns",
    f"{P}: 取組 rows with ● in 令和10年度 or 令和11年度")


def first_jisshi(m):
    return next((y for y in D.PY if m[y] == "実施"), None)


start_r9 = [(s, n) for s, n, m in T if first_jisshi(m) == "R9"]
pol1 = one([n for s, n in start_r9 if s["pol"] == 1], "R9 start in policy 1")
add(["水城野市の行財政改革実施計画で、令和9年度から実施に入る取組はいくつある？", "そのうち基本方針1のものは？"],
    "table_row", "contains", [pol1], "first 「実施」 year, then narrowing by the 基本方針 heading above the table",
    f"{P}: 取組 rows whose first 実施 is 令和9年度 (" + "、".join(n for _, n in start_r9) + "); 基本方針1 → " + pol1)
kobetsu = one([m for s, n, m in T if n == "個別施設計画の改定"], "kobetsu")
add("水城野市の実施計画だと、個別施設計画の改定はいつ完了する予定？", "table_row", "value",
    D.WAREKI[next(y for y in D.PY if kobetsu[y] == "●")], "year column header of the ● mark (as printed)",
    f"{P}: 推進項目3-3 ①個別施設計画の改定, column with ●")

# ============================================================ 03 docx 答申 (item / passage / table_row)
DX = f"{F_DOCX}"
TG = D.TEIGEN
add(["水城野市の外部評価委員会の答申って、提言はいくつある？", "そのうち未対応のままなのは何件？"], "item", "count",
    sum(t["taio"] == "未対応" for t in TG), "follow-up narrowing the 提言 by the 対応区分 line",
    f"{DX}: 提言1–8, lines 対応区分：未対応")
t4 = one([t for t in TG if t["no"] == 4], "t4")
add("水城野市の答申の提言4、市の対応区分はどうなってる？", "item", "value", t4["taio"],
    "one labelled line inside a numbered section", f"{DX}: 提言4, 対応区分 line")
add("水城野市外部評価委員会の提言のうち、対応済になっていないものはいくつ？", "item", "count",
    sum(t["taio"] != "対応済" for t in TG), "negation (一部対応 + 未対応)", f"{DX}: 提言 whose 対応区分 is not 対応済")
t3 = one([t for t in TG if "補助金" in t["title"]], "t3")
add(["水城野市の答申で補助金のことを言ってる提言はどれ？", "それって市はもう対応したの？"], "item", "value", t3["taio"],
    "yes/no follow-up answered by the printed 対応区分", f"{DX}: 提言{t3['no']}（{t3['title']}）, 対応区分")
add("水城野市の行政改革外部評価委員会の委員長って誰？", "passage", "contains", [D.CHAIR.split()[0]],
    "a name in the letterhead and in the member table", f"{DX}: 委員長 line under the date; 資料1 委員名簿 役職 委員長")
add("水城野市の外部評価委員会に、公募の市民委員は何人入ってる？", "table_row", "count",
    sum(k == "公募市民" for _, k, _ in D.MEMBERS), "count rows of an appendix table by 区分",
    f"{DX}: 資料1 委員名簿, 区分 公募市民")
t2 = one([t for t in TG if "受益者負担" in t["title"]], "t2")
add("水城野市の答申の受益者負担の提言で、使用料はどれくらいの間隔で見直せって書いてある？", "passage", "contains",
    ["4年ごと"], "a figure inside the 【提言内容】 paragraph", f"{DX}: 提言{t2['no']} 【提言内容】")
m3 = one([m for m in D.MEETINGS if m[0] == "第3回"], "m3")
add("水城野市の外部評価委員会、第3回っていつ開かれた？", "table_row", "contains", [m3[1]],
    "appendix table 資料2 審議経過", f"{DX}: 資料2 審議経過, 第3回 開催日")
add("水城野市の外部評価委員会の答申では、公共施設の延床面積を何％減らすよう求めてる？", "passage", "contains",
    ["15%"], "a figure in 提言4 【提言内容】 (the plan PDF has a different 8％ target; the question names the 答申)",
    f"{DX}: 提言4 【提言内容】 「延床面積を令和16年度までに15%縮減」")

# ============================================================ 04 html 公共施設再編計画 (item)
H = f"{F_HTML}"
SH = D.SHISETSU
add("岩瀬台町の公共施設再編計画で、廃止になる施設は何か所？", "item", "count",
    sum(f["policy"] == "廃止" for f in SH), "<dl> blocks by 方針 (also in the 方針別 summary table)",
    f"{H}: <dl> with 方針 廃止; summary table 計 row, 廃止 column")
add("岩瀬台町の再編計画で、北部地区の施設のうち方針が存続以外のものはいくつ？", "item", "count",
    sum(f["chiku"] == "北部地区" and f["policy"] != "存続" for f in SH), "地区 heading + negation (以外)",
    f"{H}: section 北部地区, 方針 not 存続")
lg = unique_max([f for f in SH if f["kind"] != "庁舎"], lambda f: f["area"], "largest non-庁舎")
add("岩瀬台町の施設で、役場庁舎を除くと延床面積がいちばん広いのはどこ？", "item", "contains", [lg["name"]],
    "max with an exclusion (除く) over values printed with ㎡ and commas", f"{H}: 延床面積 of every <dl> except 役場庁舎")
add("岩瀬台町の公共施設再編計画で、築50年以上の施設は何施設？", "item", "count",
    sum(D.age(f) >= 50 for f in SH), "threshold on 築年数 printed as 「NN年（昭和NN年建築）」; 50 counts",
    f"{H}: 築年数 ≥ 50 (" + "、".join(f["name"] for f in SH if D.age(f) >= 50) + ")")
chuo = one([f for f in SH if f["name"] == "中央公民館"], "chuo")
add("岩瀬台町の中央公民館って、この先どうなる予定？", "item", "value", chuo["policy"],
    "one field read by 施設名 (not confused with 北部/東部/西部公民館)", f"{H}: 中央地区, 中央公民館, 方針")
add("岩瀬台町の再編計画で、2027年度までに集約・廃止・譲渡される施設は何か所？", "item", "count",
    sum(f["when"] is not None and D.SEIREKI.get(f["when"], 0) <= 2027 for f in SH),
    "西暦 2027年度 = 令和9年度 over 和暦 時期 fields; までに includes 令和9年度; 存続 (―) excluded",
    f"{H}: 時期 令和7–9年度")
east = [f for f in SH if f["chiku"] == "東部地区"]
add("岩瀬台町の東部地区にある施設、延床面積を合計すると何㎡？", "item", "value",
    round(sum(f["area"] for f in east), 1), "sum over the <dl> blocks of one 地区 section",
    f"{H}: section 東部地区, 延床面積 of " + "・".join(f["name"] for f in east))
joto = [f for f in SH if f["policy"] == "譲渡"]
old = unique_max(joto, lambda f: D.age(f), "oldest 譲渡")
add(["岩瀬台町の再編計画で譲渡する予定の施設は？", "その中でいちばん古いのはどれ？"], "item", "contains", [old["name"]],
    "follow-up: max 築年数 among the previous answer", f"{H}: 方針 譲渡 (" + "、".join(f["name"] for f in joto)
    + f"); 築年数 max = {old['name']} {D.age(old)}年")
west_s = one([f for f in SH if f["chiku"] == "西部地区" and f["policy"] == "集約"], "west 集約")
add(["岩瀬台町の西部地区の施設を教えて", "そのうち集約されるのは？", "どこに集約されるの？"], "item", "contains",
    ["西部公民館"], "three turns; the destination is in the 備考 of the narrowed facility",
    f"{H}: 西部地区, 方針 集約 = {west_s['name']}, 備考 「{west_s['note']}」")
shin = one([f for f in SH if f["name"] == "西部診療所"], "shin")
add("岩瀬台町の西部診療所って、町がこのまま持ち続けるの？", "item", "value", shin["policy"],
    "yes/no question answered by the printed 方針", f"{H}: 西部地区, 西部診療所, 方針")

# ============================================================ 05 txt 職員研修実績 (item)
TX = f"{F_TXT}"
K = D.KENSHU
add("朱鷺原町の令和6年度の職員研修で、満足度が90％以上だった研修は何件？", "item", "count",
    sum(k["sat"] >= 90 for k in K), "threshold on 満足度 lines of ■ blocks", f"{TX}: ■ blocks with 満足度 ≥ 90.0%")
mx = unique_max(K, lambda k: k["n"], "max n")
add("朱鷺原町の研修実績で、受講者数がいちばん多かった研修はどれ？", "item", "contains", [mx["name"]],
    "max over 受講者数 lines", f"{TX}: 受講者数 max = {mx['n']}人")
add("朱鷺原町の令和6年度の研修、受講者は延べで何人？", "item", "value", sum(k["n"] for k in K),
    "sum over blocks (no total line in the file)", f"{TX}: sum of every 受講者数")
onl = [k for k in K if k["keishiki"] == "オンライン"]
best_onl = unique_max(onl, lambda k: k["sat"], "best online")
add(["朱鷺原町の職員研修でオンライン開催だったのはどれ？", "その中で満足度がいちばん高かったのは？"], "item", "contains",
    [best_onl["name"].split("（")[0]], "形式 in parentheses after 区分, then max 満足度 among the previous answer",
    f"{TX}: 区分 …（オンライン） blocks; 満足度 max = {best_onl['sat']}%")
add("朱鷺原町の研修で、2024年10月以降に実施したものは何件？", "item", "count",
    sum(k["date"][:2] >= (2024, 10) for k in K),
    "西暦 question over dates printed in 西暦 before October and in 和暦 (令和6年/令和7年) from October",
    f"{TX}: 実施日 from 令和6年10月 to 令和7年3月")
kai = [k for k in K if k["kubun"] == "階層別"]
add("朱鷺原町の職員研修のうち、階層別研修だけで満足度を平均すると？", "item", "value",
    round(sum(k["sat"] for k in kai) / len(kai), 1), "average over blocks filtered by 区分",
    f"{TX}: 区分 階層別 (" + "、".join(k["name"] for k in kai) + "), mean of 満足度")
shudan = [k for k in K if k["keishiki"] == "集合"]
add(["朱鷺原町の令和6年度の研修で、集合形式のものはいくつ？", "じゃあそのうち受講者が20人未満だったのは？"], "item", "count",
    sum(k["n"] < 20 for k in shudan), "follow-up narrowing; 未満 excludes exactly 20人 (政策形成研修)",
    f"{TX}: 区分 …（集合） blocks with 受講者数 < 20")


# ============================================================ write
assert len(Q) == 50, len(Q)
assert sum(len(q["turns"]) > 1 for q in Q) >= 10
out = Path(__file__).resolve().parent / "questions.jsonl"
out.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
if __name__ == "__main__":
    from collections import Counter
    print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
    print(Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q))
    for q in Q:
        print(q["id"], q["expect"], q["answer"], "|", q["turns"][-1])
