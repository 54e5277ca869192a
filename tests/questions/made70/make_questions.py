"""Compute every answer of the made70 holdout from data.py and write questions.jsonl."""
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
    Q.append(dict(id=f"m70-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def one(xs):
    xs = list(xs)
    assert len(xs) == 1, xs
    return xs[0]


# ======================================================================
# 1. 柚木原市 DX推進計画 進捗状況 (.html) — target item / table_row
# ======================================================================
DX = D.DX_ITEMS
RANK = {s: len(D.DX_STATUSES) - k for k, s in enumerate(D.DX_STATUSES)}   # 達成 3 > 一部達成 2 > 未着手 1
dx_by = {i["code"]: i for i in DX}

add("柚木原市のDX推進計画、令和6年度末の時点で未着手の取組っていくつある？", "item", "count",
    sum(1 for i in DX if i["status"] == "未着手"),
    "status 【未着手】 in R6 (the 令和5年度末 status in parentheses must not be counted)",
    f"{F_HTML}: 【未着手】 lines 1-4, 3-2, 5-3 (also 集計 table 合計 row, 未着手 column)")

down = [i for i in DX if RANK[i["status"]] < RANK[i["prev"]]]
add("柚木原市DX推進計画の進捗状況で、前年度より状況が悪くなった取組はどれですか", "item", "contains",
    [one(down)["name"]],
    "year-to-year comparison: 【R6】 vs （令和5年度末：…）, order 達成>一部達成>未着手",
    f"{F_HTML}: 5-1 【一部達成】（令和5年度末：達成）")

add("柚木原市のDX推進計画で、令和5年度末・令和6年度末のどちらでも「達成」になっていない取組は何件？", "item", "count",
    sum(1 for i in DX if i["status"] != "達成" and i["prev"] != "達成"),
    "negation over two years (一度も達成でない)",
    f"{F_HTML}: lines where neither 【】 nor （令和5年度末：） is 達成: "
    + ", ".join(i["code"] for i in DX if i["status"] != "達成" and i["prev"] != "達成"))

add("柚木原市のDX計画の進捗、担当がDX推進課になってる取組は何件ありますか", "item", "count",
    sum(1 for i in DX if i["dept"] == "DX推進課"),
    "count by 担当 line (DX推進課 also appears in the page's お問い合わせ line, which is not an item)",
    f"{F_HTML}: 担当：DX推進課 under 1-1, 2-1, 2-4, 5-1")

ai = one(i for i in DX if i["name"] == "生成AIの試行導入")
add(["柚木原市のDX推進計画で、生成AIの試行導入ってどんな状況？", "KPIの目標まであと何人足りないの？"], "item", "value",
    ai["target"] - ai["actual"],
    "2 turns: difference 目標 − 実績 inside the KPI sentence of the item kept from turn 1",
    f"{F_HTML}: 2-4 KPI 目標{ai['target']}人 実績{ai['actual']}人")

add("柚木原市のDX推進計画の進捗、スマホ教室の開催はどこの課が担当してる？", "item", "value",
    one(i for i in DX if i["name"] == "スマホ教室の開催")["dept"],
    "「どこの課」 for one item", f"{F_HTML}: 4-1 担当：生涯学習課")

add("柚木原市DX推進計画のテレワーク環境の整備って、もう達成できた？", "item", "value",
    one(i for i in DX if i["name"] == "テレワーク環境の整備")["status"],
    "yes/no answered by the status as printed (達成 = yes)", f"{F_HTML}: 2-3 【達成】")

m4 = [i for i in DX if i["m"] == 4]
add(["柚木原市のDX推進計画の進捗状況で、施策4の取組を一覧で見せて",
     "そのうち令和5年度末の時点でもう達成になっていたのはどれ？"], "item", "contains",
    [one(i for i in m4 if i["prev"] == "達成")["name"]],
    "2 turns: narrowing by the previous-year status in parentheses",
    f"{F_HTML}: 施策4 items " + ", ".join(i["code"] for i in m4) + "; only 4-1 has （令和5年度末：達成）")

add("柚木原市のDX推進計画の集計表を見て、未着手が1件以上ある施策はいくつ？", "table_row", "count",
    sum(1 for m in D.DX_MEASURES if any(i["m"] == m and i["status"] == "未着手" for i in DX)),
    "summary table rows with 未着手 > 0 (合計 row excluded)",
    f"{F_HTML}: 進捗状況の集計 table, rows 施策1, 施策3, 施策5 have 未着手 1")

add("柚木原市のDX推進計画で、電子決裁率は実績で何％まで来てる？", "item", "value",
    float(one(i for i in DX if i["name"] == "電子決裁の推進")["actual"]),
    "percentage figure in a KPI sentence", f"{F_HTML}: 2-2 KPI 電子決裁率 実績63%")

m5 = [i for i in DX if i["m"] == 5]
add(["柚木原市DX推進計画の施策5ってどういう施策？", "その中でまだ手を付けてない取組は？", "それの担当課は？"],
    "item", "value", one(i for i in m5 if i["status"] == "未着手")["dept"],
    "3 turns: 施策 → 未着手 item (手を付けてない = 未着手) → its 担当",
    f"{F_HTML}: 5-3 外部デジタル人材の登用【未着手】 担当：職員課")

# ======================================================================
# 2. 葦ノ浦町 事業仕分け結果 (.pdf) — target item
# ======================================================================
SW = D.SW_PROJECTS
V = D.sw_verdict
K = {k: n for n, k in enumerate(D.SW_KINDS)}

add("葦ノ浦町の令和6年度の事業仕分けで、判定が要改善だった事業は何件？", "item", "count",
    sum(1 for p in SW if V(p) == "要改善"), "count by 判定 (not by votes)",
    f"{F_PDF}: 判定 要改善 in 事業番号 " + ", ".join(str(p["no"]) for p in SW if V(p) == "要改善"))

add("葦ノ浦町の事業仕分けにかかった事業で、事業費がいちばん大きいのはどれ？", "item", "contains",
    [max(SW, key=lambda p: p["cost"])["name"]], "argmax over 事業費（千円）",
    f"{F_PDF}: 事業費 " + ", ".join(f"{p['no']}:{p['cost']}" for p in SW))

add("葦ノ浦町の事業仕分けで廃止と判定された事業、事業費を合わせるといくら？（千円で）", "item", "value",
    sum(p["cost"] for p in SW if V(p) == "廃止"), "sum over a 判定 condition (千円)",
    f"{F_PDF}: 判定 廃止 = 事業番号 " + ", ".join(str(p["no"]) for p in SW if V(p) == "廃止"))

add("葦ノ浦町の事業仕分けで、仕分け人6人の評決が全員一致だった事業はある？", "item", "contains",
    [one(p for p in SW if max(p["votes"]) == 6)["name"]], "unanimous = one kind has 6 votes",
    f"{F_PDF}: 事業番号10 評決 要改善6人")

mink = [p for p in SW if V(p) == "民間委託"]
add(["葦ノ浦町の事業仕分けで民間委託って判定になった事業は？", "そのうち事業費が少ない方はどこの課の所管？"],
    "item", "value", min(mink, key=lambda p: p["cost"])["dept"],
    "2 turns: narrowing to the smaller of two by 事業費, then 所管課",
    f"{F_PDF}: 民間委託 = " + ", ".join(f"{p['name']}({p['cost']})" for p in mink))

add("葦ノ浦町の事業仕分けで、仕分け人が1人でも廃止に票を入れた事業はいくつ？", "item", "count",
    sum(1 for p in SW if p["votes"][K["廃止"]] > 0), "condition on vote counts, not on 判定",
    f"{F_PDF}: 評決 廃止≥1人 in 事業番号 " + ", ".join(str(p["no"]) for p in SW if p["votes"][K["廃止"]] > 0))

add("葦ノ浦町の事業仕分けで広報紙発行事業はどういう判定だった？", "item", "value",
    V(one(p for p in SW if p["name"] == "広報紙発行事業")), "判定 of a named 事業",
    f"{F_PDF}: 事業番号3 判定")

req = [p for p in SW if V(p) == "要改善"]
assert sum(p["cost"] for p in req) % len(req) == 0
add("葦ノ浦町の仕分け結果で、要改善になった事業の事業費は平均いくら？（千円）", "item", "value",
    sum(p["cost"] for p in req) // len(req), "average over a 判定 condition",
    f"{F_PDF}: 要改善 事業費 " + ", ".join(str(p["cost"]) for p in req))

t2 = [p for p in SW if p["team"] == "第2班"]
add(["葦ノ浦町の事業仕分けで、8月25日の第2班が扱った事業を教えて", "その中で廃止になったのは？"], "item", "contains",
    [one(p for p in t2 if V(p) == "廃止")["name"]], "2 turns: 担当班 then 判定",
    f"{F_PDF}: 第2班 = 事業番号6–10; 廃止 = 6")

add("葦ノ浦町の事業仕分けで企画課の事業は何本あった？", "item", "count",
    sum(1 for p in SW if p["dept"] == "企画課"), "count by 所管課",
    f"{F_PDF}: 所管課 企画課 = 事業番号4, 8")

add("葦ノ浦町の事業仕分けで婚活支援事業についてどんな意見が出た？", "item", "contains",
    ["成婚数"], "主なコメント bullets of one block",
    f"{F_PDF}: 事業番号8 主なコメント 「成婚数などの成果指標が設定されておらず…」")

# ======================================================================
# 3. 柚木原市 委託業務の見直し一覧 (.xlsx, sheets 令和6年度 / 令和7年度) — target table_row
# ======================================================================
R6 = D.outsource_rows("令和6年度")
R7 = D.outsource_rows("令和7年度")
XL = f"{F_XLSX}"

add("柚木原市の委託業務の見直しで、令和7年度に随意契約になっている業務は何件？", "table_row", "count",
    sum(1 for r in R7 if r["method"] == "随意契約"), "count by 契約方法 on one year's sheet",
    f"{XL}: sheet 令和7年度, 契約方法 随意契約")

add("柚木原市の委託業務見直し一覧、R6で削減額がいちばん大きかった業務は？", "table_row", "contains",
    [max(R6, key=lambda r: r["cut"])["name"]], "argmax 削減額 on the 令和6年度 sheet (合計 row excluded)",
    f"{XL}: sheet 令和6年度, 削減額 max {max(r['cut'] for r in R6)}")

add("柚木原市の委託業務の見直しで、令和6年度の削減額は全部でいくら？", "table_row", "value",
    sum(r["cut"] for r in R6), "total (also printed on the 合計 row)", f"{XL}: sheet 令和6年度, 合計 row, 削減額")

c6 = one(r for r in R6 if r["name"] == "庁舎清掃業務")
c7 = one(r for r in R7 if r["name"] == "庁舎清掃業務")
add("柚木原市の庁舎清掃業務の委託、契約額は令和6年度から令和7年度でいくら下がった？", "table_row", "value",
    c6["amount"] - c7["amount"], "difference of one row between two sheets (契約額, not 見直し後)",
    f"{XL}: 庁舎清掃業務 契約額 令和6年度 {c6['amount']} / 令和7年度 {c7['amount']}")

r6m = {r["name"]: r["method"] for r in R6}
chg = [r["name"] for r in R7 if r["name"] in r6m and r6m[r["name"]] != r["method"]]
add("柚木原市の委託業務見直しで、令和6年度と令和7年度で契約方法が変わった業務はいくつ？", "table_row", "count",
    len(chg), "join two sheets by 業務名; rows only in one sheet excluded",
    f"{XL}: {', '.join(chg)}")

add("柚木原市の委託業務の見直し一覧に、2025年度から新しく加わった業務は何？", "table_row", "contains",
    [one(r["name"] for r in R7 if r["name"] not in r6m)], "西暦 2025年度 = sheet 令和7年度; row absent from 令和6年度",
    f"{XL}: sheet 令和7年度 No.10 (見直し内容 新規)")

add("柚木原市の委託業務見直しで、令和7年度に見直し後の金額がいちばん少ない業務は？", "table_row", "contains",
    [min(R7, key=lambda r: r["after"])["name"]], "argmin 見直し後 on 令和7年度",
    f"{XL}: sheet 令和7年度, 見直し後 min {min(r['after'] for r in R7)}")

add(["柚木原市の委託業務の見直しで、株式会社サンクスコールに委託している業務は令和6年度だと何件？",
     "じゃあ令和7年度は？"], "table_row", "count",
    sum(1 for r in R7 if "サンクスコール" in r["vendor"]), "2 turns: same condition, other year's sheet",
    f"{XL}: sheet 令和7年度, 委託先 株式会社サンクスコール (窓口受付案内業務, 電子申請サポート業務)")

ab = one(r for r in R6 if r["after"] == 0)
add(["柚木原市の委託業務見直し、令和6年度に廃止した業務ってある？", "それの削減額は？"], "table_row", "value",
    ab["cut"], "2 turns: 廃止 row (見直し後 0), then its 削減額", f"{XL}: sheet 令和6年度 {ab['name']}")

add("柚木原市の委託業務見直しの令和7年度分で、一般競争の業務の削減額を足すといくらになる？", "table_row", "value",
    sum(r["cut"] for r in R7 if r["method"] == "一般競争"), "sum over a condition (合計 row not usable)",
    f"{XL}: sheet 令和7年度, 契約方法 一般競争 rows: "
    + ", ".join(f"{r['name']} {r['cut']}" for r in R7 if r["method"] == "一般競争"))

add("柚木原市の委託業務で、令和7年度に見直しても金額が1円も減らなかった業務は何件？", "table_row", "count",
    sum(1 for r in R7 if r["cut"] == 0), "削減額 0 on 令和7年度 (合計 row excluded)",
    f"{XL}: sheet 令和7年度, 削減額 0: " + ", ".join(r["name"] for r in R7 if r["cut"] == 0))

kz = [r for r in R7 if r["dept"] == "管財課"]
guard = one(r for r in kz if "警備" in r["name"])
add(["柚木原市の委託業務の見直しで、令和7年度の管財課の業務は？", "そのうち警備のほうはどこに委託してる？",
     "見直し後の額はいくら？"], "table_row", "value", guard["after"],
    "3 turns: 所管課 → one row by name → 見直し後 on the same sheet",
    f"{XL}: sheet 令和7年度 庁舎警備業務 見直し後")

# ======================================================================
# 4. 葦ノ浦町 補助金等交付基準の見直し (.docx) — table_row / passage
# ======================================================================
S = D.subsidies()
live = [s for s in S if s["rate_after"] is not None]

add("葦ノ浦町の補助金交付基準の見直しで、補助率が下がった補助金はいくつ？廃止になったものは除いて数えて", "table_row", "count",
    sum(1 for s in live if s["rate_after"] < s["rate_before"]), "comparison of two sub-columns under a merged 補助率 header",
    f"{F_DOCX}: 別表, 補助率 見直し後 < 見直し前 (廃止 row excluded)")

add("葦ノ浦町の補助金の見直しで、上限額が逆に引き上げられた補助金は？", "table_row", "contains",
    [one(s["name"] for s in live if s["cap_after"] > s["cap_before"])], "上限額 見直し後 > 見直し前",
    f"{F_DOCX}: 別表 農業後継者育成補助金 500 → 600")

add("葦ノ浦町の補助金交付基準見直しで、老人クラブ活動補助金の見直し後の補助率は？", "table_row", "value",
    float(one(s for s in S if s["name"] == "老人クラブ活動補助金")["rate_after"]),
    "second header row picks 見直し後 under 補助率 (not under 上限額)", f"{F_DOCX}: 別表 老人クラブ活動補助金 50%")

add("葦ノ浦町の補助金の見直しで、廃止された補助金ってどれ？", "table_row", "contains",
    [one(s["name"] for s in S if s["rate_after"] is None)], "cell 廃止 in 補助率 見直し後",
    f"{F_DOCX}: 別表 生ごみ処理機購入補助金 廃止／―")

add("葦ノ浦町の新しい補助金交付基準だと、同じ事業への補助は原則何年度が限度？", "passage", "contains",
    [f"{D.SUB_PERIOD_YEARS}年度を限度"], "clause text; 原則 excludes the 2-year extension of 第5条第2項",
    f"{F_DOCX}: 第5条（交付期間）第1項")

add("葦ノ浦町の補助金交付基準で、補助対象の団体は構成員が何人以上って決まってる？", "passage", "value",
    D.SUB_MEMBERS_MIN, "number inside a numbered sub-item", f"{F_DOCX}: 第2条 (2)")

add(["葦ノ浦町の補助金等交付基準の第3条には何が書いてある？", "補助の対象にならない経費は？"], "passage", "contains",
    ["慶弔費"], "2 turns: second paragraph (2　…) of the same clause with its own (1)–(3)",
    f"{F_DOCX}: 第3条 第2項 (3) 慶弔費及び交際費")

cut = max(live, key=lambda s: s["cap_before"] - s["cap_after"])
add("葦ノ浦町の補助金見直しの別表で、上限額の下げ幅がいちばん大きい補助金はどれ？", "table_row", "contains",
    [cut["name"]], "argmax of a difference of two columns",
    f"{F_DOCX}: 別表 上限額 " + ", ".join(f"{s['name']} {s['cap_before']}→{s['cap_after']}" for s in live))

sh = one(s for s in S if s["name"] == "商店街活性化事業補助金")
add(["葦ノ浦町の商店街活性化事業補助金はどこの課の担当？", "見直し後の上限額は？（千円）"], "table_row", "value",
    sh["cap_after"], "2 turns: 見直し後 under 上限額（千円）, printed with a thousands comma before (1,000)",
    f"{F_DOCX}: 別表 商店街活性化事業補助金 上限額 見直し後")

# ======================================================================
# 5. 千種野市 市民の声 (.txt) — item / passage
# ======================================================================
VO = D.VOICES

add("千種野市の市民の声（行革関係）で、情報政策課が担当した声は何件？", "item", "count",
    sum(1 for v in VO if v["dept"] == "情報政策課"), "count by 担当課 line",
    f"{F_TXT}: 担当課：情報政策課 under No." + ", No.".join(str(v["no"]) for v in VO if v["dept"] == "情報政策課"))

kt = [v for v in VO if v["state"] == "検討中"]
add(["千種野市の市民の声で、反映状況が検討中のものはいくつある？", "そのうちいちばん最近受け付けたのはいつ？"], "item", "value",
    D.voice_date(max(kt, key=lambda v: v["date"])), "2 turns: latest 受付日 among 検討中 (和暦 date as printed)",
    f"{F_TXT}: 検討中 = No." + ", No.".join(str(v["no"]) for v in kt))

add("千種野市の市民の声で、住民票のコンビニ交付はいつから始めるって答えてる？", "passage", "contains",
    ["令和7年1月"], "date inside an A. answer", f"{F_TXT}: No.3 A.")

add("千種野市の市民の声で令和7年に入ってから受け付けたのは何件？", "item", "count",
    sum(1 for v in VO if v["date"][0] == 7), "calendar year 令和7年 (1月以降) on 受付日, not 令和7年度",
    f"{F_TXT}: 受付日 令和7年… = No." + ", No.".join(str(v["no"]) for v in VO if v["date"][0] == 7))

add("千種野市の市民の声で、使われていない公民館を売ったらという意見、担当はどこの課？", "item", "value",
    one(v for v in VO if "公民館" in v["q"])["dept"], "Q. identified by paraphrase, then 担当課",
    f"{F_TXT}: No.4 担当課")

add("千種野市の市役所の窓口でキャッシュレス払いができるようにって声、もう反映済みになってる？", "item", "value",
    one(v for v in VO if "キャッシュレス" in v["q"])["state"], "yes/no answered by 反映状況 as printed (not yet: 反映予定)",
    f"{F_TXT}: No.11 反映状況")

add(["千種野市の市民の声のNo.5はどんな意見？", "それを担当した課は？"], "item", "value",
    one(v for v in VO if v["no"] == 5)["dept"], "2 turns: record by number, then 担当課", f"{F_TXT}: No.5 担当課")

# ----------------------------------------------------------------------
assert len(Q) == 50, len(Q)
assert len({q["id"] for q in Q}) == 50
assert sum(len(q["turns"]) > 1 for q in Q) >= 10

out = Path(__file__).resolve().parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "multi-turn")
