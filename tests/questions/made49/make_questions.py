"""Compute every made49 answer from data.py and write questions.jsonl (50 questions, ids m49-001…)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402
from make_documents import EVAL_FILE, FAC_FILE, FEES_FILE, STAFF_FILE, SUBS_FILE  # noqa: E402

Q: list[dict] = []


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append({"id": f"m49-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


# ------------------------------------------------------------------ 旭川市 fees (.xlsx)
F = [dict(zip(("grp", "name", "room", "unit", "old", "new", "note"), r)) for r in D.FEES]
for f in F:
    f["rate"] = D.fee_rate(f["old"], f["new"])
src = f"{FEES_FILE} sheet 使用料・手数料 rows 6-20 (two-row header rows 4-5, 区分 and 施設名 merged vertically)"

r = next(f for f in F if f["room"] == "大ホール（午前）")
add("旭川市の使用料見直しで、市民文化会館の大ホール（午前）の改定案はいくらですか", "table_row", "value", r["new"],
    "one cell under the second header row (料金（円）/改定案); 施設名 merged over three rows",
    f"{src}: 市民文化会館 / 大ホール（午前） 改定案 = {r['new']:,}")
same = [f for f in F if f["old"] == f["new"]]
add("旭川市の使用料・手数料の見直し案で、料金が据え置きの項目は全部で何件ですか", "table_row", "count", len(same),
    "rows whose 改定案 equals 現行 (備考 also says 据置); both 使用料 and 手数料",
    f"{src}: 現行==改定案 for " + "、".join(f"{f['name']}{'' if f['room'] == '―' else ' ' + f['room']}" for f in same))
top = max(F, key=lambda f: f["rate"])
add("旭川市の使用料の見直しで増減率がいちばん大きいのはどれ？", "table_row", "contains", [top["name"]],
    "argmax of 増減率（％）", f"{src}: 増減率 max {top['rate']} = {top['name']}")
r = next(f for f in F if f["room"] == "和室")
add("旭川の見直し案、中央公民館の和室って改定後いくらになりますか", "table_row", "value", r["new"],
    "改定後 = 改定案 column; 中央公民館 is a merged cell over 講座室 and 和室", f"{src}: 中央公民館 和室 改定案 {r['new']}")
up = [f for f in F if f["grp"] == "体育施設" and f["new"] > f["old"]]
add("旭川市の使用料見直しで体育施設のうち値上げになるのは何件？", "table_row", "count", len(up),
    "区分 (merged B column) = 体育施設 and 改定案 > 現行",
    f"{src}: 体育施設 5 rows, 値上げ: " + "、".join(f["name"] + " " + f["room"] for f in up))
ge10 = [f for f in F if f["rate"] >= 10]
add("旭川市の使用料の見直しで、増減率が10％以上のものは何件ありますか", "table_row", "count", len(ge10),
    "以上 includes the three rows at exactly 10.0", f"{src}: 増減率>=10: " + "、".join(f"{f['name']} {f['rate']}" for f in ge10))
fee_up = [f for f in F if f["grp"] == "手数料" and f["new"] > f["old"]]
add(["旭川市の使用料・手数料の見直し案で、手数料の区分を見せて", "その中で値上げになるのは何件？"], "table_row", "count",
    len(fee_up), "follow-up narrows to 区分=手数料 (5 rows), then 改定案 > 現行",
    f"{src}: 手数料 rows 16-20; 値上げ: " + "、".join(f["name"] for f in fee_up))
r = next(f for f in F if f["room"] == "中学生以下")
add(["旭川市の使用料見直しの市民プールは？", "中学生以下の増減率は？"], "table_row", "value", r["rate"],
    "follow-up: the 中学生以下 row of 市民プール, its 増減率（％） (据置 → 0.0)", f"{src}: 市民プール 中学生以下 150→150, 増減率 {r['rate']}")
avg = sum(f["old"] for f in F) / len(F)
add("旭川市の使用料・手数料の見直し案で、現行料金の平均はいくらですか", "table_row", "value", round(avg, 2),
    "mean of 現行 over all 15 rows (no 合計 row in the sheet)",
    f"{src}: sum 現行 {sum(f['old'] for f in F):,} / {len(F)} = {avg:.4f}")
add("旭川市の使用料の改定はいつから適用される予定ですか", "passage", "contains", ["令和8年4月1日"],
    "a ※ note under the table", f"{FEES_FILE} note: {D.FEES_NOTES[4]}")

# ------------------------------------------------------------------ 四日市市 subsidies (.docx)
S = [dict(zip(("no", "name", "dept", "amt", "verdict", "content", "end"), r)) for r in D.SUBS]
src = f"{SUBS_FILE} table 2 見直し結果一覧 (14 rows)"
add("四日市市の補助金見直しで廃止になったのは何件？", "table_row", "count", sum(s["verdict"] == "廃止" for s in S),
    "判定=廃止 in the list (also in the 判定別の集計 table)", f"{src}: 廃止 = No.6, No.12")
add("四日市市の商店街活性化事業補助金の判定は？", "table_row", "value", "縮小", "one cell (判定) of one row",
    f"{src}: No.2 商店街活性化事業補助金 判定 縮小")
r = S[2]
add("四日市市の補助金の見直しで、商店街街路灯電気料補助金はどうなるんですか", "table_row", "contains",
    [r["verdict"], r["content"].rstrip("。")], "the row's 判定 and 見直し内容", f"{src}: No.3 {r['verdict']} / {r['content']}")
r8 = [s for s in S if s["end"] == "令和8年度"]
add("四日市市の補助金で終期が令和8年度のものは何件", "table_row", "count", len(r8), "終期 column equals 令和8年度",
    f"{src}: " + "、".join(f"No.{s['no']}" for s in r8))
top = max(S, key=lambda s: s["amt"])
add("四日市市の補助金見直しで予算額がいちばん大きい補助金は？", "table_row", "contains", [top["name"]],
    "argmax of 令和6年度予算額（円）", f"{src}: max {top['amt']:,} = {top['name']}")
cont = [s for s in S if s["verdict"] == "継続"]
add("四日市市の見直し結果で継続と判定された補助金の予算額の合計は？", "table_row", "value", sum(s["amt"] for s in cont),
    "sum over 判定=継続 (the 判定別の集計 table prints the same figure)",
    f"{src}: " + "+".join(f"{s['amt']:,}" for s in cont) + f" = {sum(s['amt'] for s in cont):,}")
add("四日市市の補助金見直しで環境政策課の補助金は何件ありますか", "table_row", "count",
    sum(s["dept"] == "環境政策課" for s in S), "所管課 = 環境政策課", f"{src}: No.6, 7, 8")
neg = [s for s in S if s["dept"] == "商業勤労課" and s["verdict"] != "縮小"]
assert len(neg) == 1
add("四日市市の補助金の見直しで、縮小じゃないもののうち商業勤労課の補助金はどれですか", "table_row", "contains",
    [neg[0]["name"]], "negation: 商業勤労課 has No.2 縮小, No.3 統合, No.14 縮小; the one not 縮小",
    f"{src}: {neg[0]['name']} ({neg[0]['verdict']})")
rng = [s for s in S if 5_000_000 <= s["amt"] < 10_000_000]
add("四日市市の補助金見直しで、予算額が500万円以上1000万円未満のものは何件？", "table_row", "count", len(rng),
    "range in 円 written in 万円", f"{src}: " + "、".join(f"{s['name']} {s['amt']:,}" for s in rng))
hk = [s for s in S if s["dept"] == "高齢福祉課"]
add(["四日市市の補助金見直しで高齢福祉課のものを教えて", "その予算額の合計は？"], "table_row", "value",
    sum(s["amt"] for s in hk), "follow-up sums the two rows of the first turn",
    f"{src}: " + " + ".join(f"{s['amt']:,}" for s in hk))
sh = [s for s in S if s["verdict"] == "縮小" and s["end"] != "令和8年度"]
add(["四日市市の補助金見直しで縮小になったのはどれ？", "そのうち終期が令和8年度じゃないのは何件？"], "table_row", "count",
    len(sh), "縮小 = No.2, 5, 9, 14; only No.14 ends 令和9年度", f"{src}: " + "、".join(s["name"] for s in sh))
from collections import Counter  # noqa: E402
cnt = Counter(s["verdict"] for s in S)
add("四日市市の補助金見直しでいちばん多い判定は何件ありましたか", "table_row", "value", cnt.most_common(1)[0][1],
    "size of the largest 判定 group (継続)", f"{src}: {dict(cnt)}; 判定別の集計 table prints 継続 6件")

# ------------------------------------------------------------------ 秦野市 facilities (.pdf)
FA = [dict(zip(("no", "name", "cat", "area", "built", "policy", "years"), r)) for r in D.FACILITIES]
src = f"{FAC_FILE} table 施設別の方針と実施時期 (rows 1-17 on page 1, 18-24 on page 2 under a repeated two-row header)"
add("秦野市の再配置計画で方針が廃止の施設は何件？", "table_row", "count", sum(f["policy"] == "廃止" for f in FA),
    "方針 = 廃止; two of them are on page 2", f"{src}: No." + "、".join(str(f["no"]) for f in FA if f["policy"] == "廃止"))
add("秦野市の公共施設再配置計画で北公民館の方針は？", "table_row", "value", "維持", "one cell",
    f"{src}: No.4 北公民館 方針 維持")
top = max(FA, key=lambda f: f["area"])
add("秦野市の再配置計画で延床面積がいちばん大きい施設は？", "table_row", "contains", [top["name"]],
    "argmax 延床面積（㎡）; the name 文化会館 is also in 旭川市's 市民文化会館, but the question names 秦野市",
    f"{src}: {top['name']} {top['area']:,}")
old = [f for f in FA if f["built"] < 1980]
add("秦野市の再配置計画で1980年より前に建てられた施設はいくつ", "table_row", "count", len(old),
    "建築年 (西暦, printed 1976年) < 1980; 東児童館 (1980年) excluded", f"{src}: " + "、".join(f["name"] for f in old))
cx = [f for f in FA if f["policy"] == "複合化"]
add("秦野市の再配置計画で複合化する施設の延床面積の合計は", "table_row", "value", round(sum(f["area"] for f in cx), 1),
    "sum of 延床面積 over 方針 = 複合化", f"{src}: " + " + ".join(f"{f['area']}" for f in cx))
y30 = [f for f in FA if 2030 in f["years"]]
add("秦野市の再配置プランで2030年度に実施予定の施設は何件？", "table_row", "count", len(y30),
    "rows with ● under the 2030 column", f"{src}: " + "、".join(f["name"] for f in y30))
r = next(f for f in FA if f["name"] == "末広小学校")
add("秦野市の公共施設再配置で末広小学校はいつ実施する予定ですか", "table_row", "contains", [str(y) for y in r["years"]],
    "the years whose column carries ● in the row", f"{src}: No.13 ● in {r['years']}")
kd = [f for f in FA if f["cat"] == "公民館"]
add(["秦野市の再配置計画で公民館を見せて", "そのうち方針が維持のものは何件？"], "table_row", "count",
    sum(f["policy"] == "維持" for f in kd), "分類=公民館 (8 rows), then 方針=維持",
    f"{src}: " + "、".join(f["name"] for f in kd if f["policy"] == "維持"))
ch = [f for f in FA if f["cat"] == "児童館" and f["policy"] != "維持"]
add("秦野市の再配置計画で、維持ではない児童館は何件", "table_row", "count", len(ch), "negation over 方針 within 分類=児童館",
    f"{src}: " + "、".join(f"{f['name']}({f['policy']})" for f in ch))
sc = min((f for f in FA if f["cat"] == "学校"), key=lambda f: f["built"])
add(["秦野市の再配置計画の学校を見せて", "その中でいちばん古いのは？"], "table_row", "contains", [sc["name"]],
    "follow-up: min 建築年 among 分類=学校", f"{src}: {sc['name']} {sc['built']}年")
tr = [f for f in FA if f["policy"] == "譲渡"]
add(["秦野市の公共施設再配置計画で譲渡の施設は？", "その延床面積の合計は？"], "table_row", "value",
    round(sum(f["area"] for f in tr), 1), "follow-up sum over 方針=譲渡 (one row on page 1, one on page 2)",
    f"{src}: " + " + ".join(f"{f['name']} {f['area']}" for f in tr))
add("秦野市の再配置計画で、方針の「集約化」ってどういう意味ですか", "passage", "contains", ["同種の施設を統合して数を減らす"],
    "the 【方針の区分】 legend above the table", f"{FAC_FILE} page 1 legend: 集約化：{D.FAC_POLICIES[2][1]}")

# ------------------------------------------------------------------ 富士市 external evaluation minutes (.html)
E = [dict(zip(("no", "name", "dept", "cost", "result", "opinion", "turns"), r)) for r in D.EVAL_ITEMS]
src = f"{EVAL_FILE} table 評価結果一覧 (6 rows)"
add("富士市の外部評価委員会で評価結果が改善だった事業は何件？", "table_row", "count", sum(e["result"] == "改善" for e in E),
    "評価結果 = 改善", f"{src}: " + "、".join(e["name"] for e in E if e["result"] == "改善"))
add("富士市の外部評価で敬老祝品贈呈事業の評価結果は？", "table_row", "value", "縮小", "one cell",
    f"{src}: No.3 敬老祝品贈呈事業 評価結果 縮小")
add("富士市の外部評価委員会はいつ開かれましたか", "passage", "contains", ["令和6年10月17日"],
    "the 会議の概要 table (日時)", f"{EVAL_FILE} 会議の概要: 日時 {D.EVAL_META[0][1]}")
add("富士市の外部評価委員会で、委員Cは子育て支援アプリについて何と言っていましたか", "passage", "contains",
    ["予防接種のお知らせ機能"], "the 委員C turn under （5）子育て支援アプリ運営事業",
    f"{EVAL_FILE} section （5）: 委員C：{E[4]['turns'][1][1]}")
top = max(E, key=lambda e: e["cost"])
add("富士市の外部評価の対象事業で、令和5年度の事業費がいちばん大きいのは？", "table_row", "contains", [top["name"]],
    "argmax 令和5年度事業費（万円）", f"{src}: {top['name']} {top['cost']:,}万円")
lo = [e for e in E if e["cost"] < 2000]
add("富士市の外部評価で事業費が2,000万円未満の事業はいくつ？", "table_row", "count", len(lo),
    "the column is in 万円, so 2,000万円 is the figure 2,000", f"{src}: " + "、".join(f"{e['name']} {e['cost']}" for e in lo))
r = next(e for e in E if e["result"] == "廃止・休止")
add(["富士市の外部評価委員会の評価結果一覧を見せて", "廃止・休止になったのはどの事業？"], "table_row", "contains", [r["name"]],
    "follow-up: 評価結果 = 廃止・休止 (one row)", f"{src}: {r['name']}")
add("富士市の外部評価で、委員Aが電話受付について指摘した発言を教えて", "passage", "contains", ["電話受付に頼りすぎている"],
    "the 委員A turn under （1）粗大ごみ戸別収集事業", f"{EVAL_FILE} section （1）: 委員A：{E[0]['turns'][1][1]}")

# ------------------------------------------------------------------ 藤沢市 staff numbers (.txt)
ST = {name: vals for name, vals in D.STAFF}
years = [w for w, _ in D.STAFF_YEARS]
tot = [sum(v[i] for v in ST.values()) for i in range(len(years))]
src = f"{STAFF_FILE} table 1 (tab-separated; columns 令和2年（2020年）…令和6年（2024年）, a 合計 row)"
add("藤沢市の令和6年の消防部門の職員数は？", "table_row", "value", ST["消防部門"][4], "one cell",
    f"{src}: 消防部門 令和6年 {ST['消防部門'][4]}")
add("藤沢市の職員数、令和2年から令和6年で合計は何人増えましたか", "table_row", "value", tot[4] - tot[0],
    "difference between two year columns of the 合計 row", f"{src}: 合計 {tot[4]:,} - {tot[0]:,}")
add("藤沢市の教育部門の職員数の5年間の平均は？", "table_row", "value", sum(ST["教育部門"]) / 5,
    "mean across the five year columns of one row", f"{src}: {ST['教育部門']} / 5")
ip = ST["一般行政部門"]
add(["藤沢市の職員数の推移で一般行政部門を教えて", "令和3年と比べて令和6年は何人増えた？"], "table_row", "value", ip[4] - ip[1],
    "follow-up: difference of two year columns of the row", f"{src}: {ip[4]:,} - {ip[1]:,}")
big = max(ST, key=lambda k: ST[k][2])
add("藤沢市の令和4年の職員数でいちばん多い部門は？", "table_row", "contains", [big],
    "argmax over the 令和4年 column, 合計 row excluded", f"{src}: {big} {ST[big][2]:,}")
add("藤沢市の定員適正化計画の目標は何人ですか", "passage", "contains", [f"{D.STAFF_PLAN['target']:,}人以内"],
    "section 3 prose", f"{STAFF_FILE} 3 定員適正化計画の目標: 目標：…{D.STAFF_PLAN['target']:,}人以内とする。")
OT = {name: vals for name, vals in D.STAFF_OTHER}
add(["藤沢市の任期付職員の推移は？", "令和6年は？"], "table_row", "value", OT["任期付職員"][4],
    "table 2 (not part of table 1's 合計); follow-up picks one year column", f"{STAFF_FILE} table 2: 任期付職員 令和6年 {OT['任期付職員'][4]}")
add("藤沢市の2022年の公営企業等会計部門の職員数は？", "table_row", "value", ST["公営企業等会計部門"][2],
    "the year asked in 西暦; the header prints 令和4年（2022年）", f"{src}: 公営企業等会計部門 令和4年 {ST['公営企業等会計部門'][2]}")


def main() -> None:
    assert len(Q) == 50, len(Q)
    assert sum(len(q["turns"]) == 2 for q in Q) >= 9
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(Q), "questions;", sum(len(q["turns"]) == 2 for q in Q), "with two turns")
    print(Counter((q["target"], q["expect"]) for q in Q))


if __name__ == "__main__":
    main()
