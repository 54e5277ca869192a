"""Recompute every answer of made186/questions.jsonl from the data in make_documents.py and check the file.
Run: python verify.py            (check)
     python verify.py --write    (write questions.jsonl from the definitions below, then check)"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import make_documents as m

HERE = Path(__file__).resolve().parent
B = {b[0]: dict(zip(["code", "name", "route", "year", "length", "width", "kind", "h1", "h2", "fy"], b)) for b in m.BRIDGES}
for c in B:
    B[c]["group"] = m.GROUP_OF[c]
PLAN = {r[1]: dict(zip(["fy", "code", "cls", "what", "cost"], r)) for r in m.PLAN_ROWS}
REP = [dict(zip(["fy", "code", "work", "cost", "src"], r)) for r in m.REPAIRS]
O = {str(o[0]): dict(zip(["n", "meeting", "who", "kind", "rel", "text"], o)) for o in m.OPINIONS}


def bs(pred):
    return sorted(c for c, b in B.items() if pred(b))


def ps(pred):
    return sorted(c for c, p in PLAN.items() if pred(p))


def os_(pred):
    return sorted((c for c, o in O.items() if pred(o)), key=int)


def repaired(code, years=None):
    return any(r["code"] == code and (years is None or r["fy"] in years) for r in REP)


def rep_cost(years):
    return sum(r["cost"] for r in REP if r["fy"] in years)


def showa(b):
    return b["year"] <= 1988  # 昭和 ends 1989-01-07; 昭和６３年 = 1988


# (turns, target, expect, answer, why, derivation)
Q = [
    (["第２巡点検で健全度Ⅲだった橋はどこ？"], "table_row", "set", bs(lambda b: b["h2"] == 3),
     "grade in one round", "xlsx 橋梁台帳 健全度 第２巡 = Ⅲ (group/小計 rows are not records)"),
    (["直近の点検で緊急措置段階（Ⅳ）って判定された橋、何橋ある？"], "table_row", "count", len(bs(lambda b: b["h2"] == 4)),
     "count of grade", "xlsx 健全度 第２巡 = Ⅳ (104, 303); pdf 第３章 says ２橋"),
    (["１巡目から２巡目で健全度が悪くなった橋を全部"], "table_row", "set",
     bs(lambda b: b["h1"] is not None and b["h2"] > b["h1"]), "worse between rounds",
     "xlsx 第２巡 > 第１巡 (Ⅰ<Ⅱ<Ⅲ<Ⅳ); 306 has 「－」 in 第１巡 and is excluded"),
    (["逆に健全度が良くなった橋ってある？"], "table_row", "set",
     bs(lambda b: b["h1"] is not None and b["h2"] < b["h1"]), "improved between rounds", "xlsx 第２巡 < 第１巡: only 301 (Ⅲ→Ⅱ)"),
    (["第１巡と第２巡で健全度が変わってない橋は何橋？"], "table_row", "count",
     len(bs(lambda b: b["h1"] is not None and b["h2"] == b["h1"])), "unchanged count",
     "xlsx 第１巡 = 第２巡; 306 (第１巡 「－」) is not counted"),
    (["橋長50m以上の橋は？"], "table_row", "set", bs(lambda b: b["length"] >= 50), "threshold 以上",
     "xlsx 橋長 >= 50 (小計/合計 rows excluded)"),
    (["長さ10メートル以下の短い橋を教えて"], "table_row", "set", bs(lambda b: b["length"] <= 10), "threshold 以下",
     "xlsx 橋長 <= 10"),
    (["鋼橋でⅢかⅣのやつ"], "table_row", "set", bs(lambda b: b["kind"] == "鋼橋" and b["h2"] >= 3), "type + grade",
     "xlsx 橋種 = 鋼橋 and 健全度 第２巡 Ⅲ/Ⅳ"),
    (["２級町道の橋一覧", "その中で昭和のうちに架けられたのは？"], "table_row", "set",
     bs(lambda b: b["group"] == "２級町道" and showa(b)), "multi-turn group + era",
     "xlsx 【２級町道】 rows with 架設年 昭和… (204 is 平成１３年)"),
    (["昭和40年代に架けた橋"], "table_row", "set", bs(lambda b: 1965 <= b["year"] <= 1974), "era range",
     "xlsx 架設年 昭和４０年～昭和４９年 = 1965–1974: 101 (昭和43), 201 (昭和47), 203 (昭和41), 301 (昭和45)"),
    (["管理してる16橋の橋長の平均は？"], "table_row", "value", round(sum(b["length"] for b in B.values()) / 16, 2),
     "average", "xlsx 橋長 of the 16 bridges / 16 = 422.6/16 = 26.4125 (合計 row 422.6)"),
    (["その他町道の橋、橋長を全部足すと何ｍ？"], "table_row", "value",
     round(sum(b["length"] for b in B.values() if b["group"] == "その他町道"), 1), "sum over group",
     "xlsx その他町道 rows summed (= その他町道 小計 row 53.3)"),
    (["2021年度に点検した橋はどれ"], "table_row", "set", bs(lambda b: b["fy"] == 2021), "year variant (西暦)",
     "xlsx 第２巡点検年度 = 令和３年度; html 第２巡点検の実施状況 lists the same four names"),
    (["R4に点検してⅣになった橋は？"], "table_row", "set", bs(lambda b: b["fy"] == 2022 and b["h2"] == 4), "empty answer",
     "xlsx 第２巡点検年度 令和４年度 = 105 (Ⅰ), 203 (Ⅲ), 301 (Ⅱ): none is Ⅳ -> empty"),
    (["令和８年度に修繕予定の橋"], "table_row", "set", ps(lambda p: p["fy"] == 2026), "plan year",
     "pdf 表１ 【令和８年度】 rows"),
    (["修繕計画でいちばんお金がかかるのはどの橋？"], "table_row", "set",
     [max(PLAN.values(), key=lambda p: p["cost"])["code"]], "maximum", "pdf 表１ 概算事業費 max = 186,000 千円 (104 架替え)"),
    (["計画期間５年間の概算事業費、合計いくら？（千円で）"], "table_row", "value", sum(p["cost"] for p in PLAN.values()),
     "sum", "pdf 表１ 合計 row 351,100 千円 (= 第５章 ３億５１１０万円)"),
    (["予防保全で直す橋はどこ？"], "table_row", "set", ps(lambda p: p["cls"] == "予防保全"), "category",
     "pdf 表１ 対策区分 = 予防保全 (txt ４ names 中川橋・新宮橋・北沢橋)"),
    (["概算事業費が1000万円以上の修繕がある橋"], "table_row", "set", ps(lambda p: p["cost"] >= 10000), "threshold with unit",
     "pdf 表１ 概算事業費（千円） >= 10,000"),
    (["修繕計画に入ってない橋ってどれ？"], "table_row", "set", sorted(set(B) - set(PLAN)), "negation across documents",
     "xlsx 16 bridges minus pdf 表１ rows"),
    (["健全度Ⅲなのに修繕が令和９年度以降になってる橋"], "table_row", "set",
     sorted(c for c in PLAN if B[c]["h2"] == 3 and PLAN[c]["fy"] >= 2027), "join xlsx grade + pdf year",
     "xlsx 第２巡 Ⅲ (101, 201, 203, 205, 305) joined with pdf 表１ 予定年度 >= 令和９年度"),
    (["R2からR6までに一度でも修繕した橋"], "table_row", "set", sorted({r["code"] for r in REP}), "ever repaired",
     "html 年度別の修繕実績: distinct 橋梁番号 (令和５年度 実施なし)"),
    (["健全度Ⅲで一度も修繕してない橋は？"], "table_row", "set",
     bs(lambda b: b["h2"] == 3 and not repaired(b["code"])), "never + join",
     "xlsx 第２巡 Ⅲ minus bridges in html 修繕実績 (101 R4, 201 R6, 203 R4 were repaired)"),
    (["令和５年度に修繕した橋"], "table_row", "set", sorted({r["code"] for r in REP if r["fy"] == 2023}), "empty answer",
     "html 修繕実績 令和５年度 = 実施なし -> empty"),
    (["国の補助を使った修繕って何件？"], "table_row", "count", sum(1 for r in REP if r["src"] == "国補助"), "count rows",
     "html 修繕実績 財源 = 国補助 (R3 301, R4 203, R6 201)"),
    (["修繕実績の事業費、５年間の合計は？"], "table_row", "value", rep_cost(m.REPAIR_YEARS), "sum over years",
     "html 年度別の集計 合計 22,800 千円"),
    (["R4からR6までの修繕費って合わせていくら？"], "table_row", "value", rep_cost([2022, 2023, 2024]), "range of years",
     "html 年度別の集計 令和４ 8,000 + 令和５ － + 令和６ 6,000 = 14,000 千円"),
    (["修繕費がいちばん多かった年度は何千円使ってる？"], "table_row", "value", max(rep_cost([y]) for y in m.REPAIR_YEARS),
     "max of yearly sums", "html 年度別の集計 事業費 max = 令和４年度 8,000 千円"),
    (["６年度の修繕費は２年度と比べてどれだけ増えた？"], "table_row", "value", rep_cost([2024]) - rep_cost([2020]),
     "difference between years", "html 年度別の集計 令和６年度 6,000 − 令和２年度 4,300 = 1,700 千円"),
    (["健全度Ⅱの橋は１巡目から２巡目で何橋減った？"], "table_row", "value",
     sum(1 for b in B.values() if b["h1"] == 2) - sum(1 for b in B.values() if b["h2"] == 2), "change of a distribution",
     "txt ２ 健全度Ⅱ ７橋 → ６橋 (▲１); same from xlsx counts"),
    (["路線区分ごとの橋の数で、いちばん多い区分は何橋？"], "table_row", "value",
     max(sum(1 for b in B.values() if b["group"] == g) for g, _ in m.GROUPS), "largest group size",
     "xlsx 小計 rows: １級町道 ５橋, ２級町道 ５橋, その他町道 ６橋"),
    (["１級町道の橋", "その中で健全度Ⅰは？"], "table_row", "set", bs(lambda b: b["group"] == "１級町道" and b["h2"] == 1),
     "multi-turn group + grade", "xlsx 【１級町道】 rows, 第２巡 Ⅰ"),
    (["令和７年度に修繕予定の橋は？", "じゃあR10は？"], "table_row", "set", ps(lambda p: p["fy"] == 2028),
     "multi-turn year switch", "pdf 表１ 【令和１０年度】 rows (on page 2 after the repeated header)"),
    (["健全度Ⅲの橋", "そのうち国補助で修繕したことがあるもの"], "table_row", "set",
     bs(lambda b: b["h2"] == 3 and any(r["code"] == b["code"] and r["src"] == "国補助" for r in REP)),
     "multi-turn join xlsx + html", "xlsx 第２巡 Ⅲ joined with html 修繕実績 財源 国補助 (203 R4, 201 R6)"),
    (["PC橋は何橋？", "そのうち幅員が６ｍ以上あるのは？"], "table_row", "set",
     bs(lambda b: b["kind"] == "PC橋" and b["width"] >= 6), "multi-turn type + threshold",
     "xlsx 橋種 PC橋 (101, 202, 204, 304, 306), 幅員 >= 6.0 (101 6.5, 204 6.0)"),
    (["平成以降に架けられた橋", "その中で第２巡の健全度がⅡのもの"], "table_row", "set",
     bs(lambda b: b["year"] >= 1989 and b["h2"] == 2), "multi-turn era + grade",
     "xlsx 架設年 平成… (105, 204, 304, 306; 103 is 昭和６３年), 第２巡 Ⅱ"),
    (["事後保全の修繕を予定してる橋", "その概算事業費を全部足すと？"], "table_row", "value",
     sum(p["cost"] for p in PLAN.values() if p["cls"] == "事後保全"), "multi-turn category + sum",
     "pdf 表１ 対策区分 事後保全: 48,300 + 9,800 + 7,600 + 21,400 + 15,200 = 102,300 千円"),
    (["橋長の長い順にトップ3"], "table_row", "ordered",
     [b["code"] for b in sorted(B.values(), key=lambda b: -b["length"])[:3]], "ordered top 3",
     "xlsx 橋長 descending: 105 120.0, 103 65.3, 101 42.5 (next 204 35.2; 小計/合計 excluded)"),
    (["２年続けて修繕してる橋"], "table_row", "set",
     sorted(c for c in B if any(repaired(c, [y]) and repaired(c, [y + 1]) for y in m.REPAIR_YEARS)),
     "consecutive years", "html 修繕実績: 301 in 令和２年度 and 令和３年度; no other bridge in two consecutive years"),
    (["委員会で指摘された意見", "そのうち第２回のものは？"], "comment", "set",
     os_(lambda o: o["kind"] == "指摘" and o["meeting"] == 2), "multi-turn category + meeting",
     "docx （２）第２回 paragraphs 【意見n】指摘 (7, 9)"),
    (["井出橋についての委員の意見"], "comment", "set", os_(lambda o: o["rel"] == "303"), "short name -> code",
     "docx 関連橋梁 303（井出橋） in the 第１回 table and 【意見１０】"),
    (["特定の橋に関係しない意見はどれ？"], "comment", "set", os_(lambda o: o["rel"] == "－"), "dash = none",
     "docx 関連橋梁 「－」"),
    (["提言って何件出てる？"], "comment", "count", sum(1 for o in O.values() if o["kind"] == "提言"), "count category",
     "docx 区分 = 提言 (2, 4, 6); 要望 (10) is a different 区分"),
    (["健全度Ⅳの橋について出た意見"], "comment", "set", os_(lambda o: o["rel"] != "－" and B[o["rel"]]["h2"] == 4),
     "join docx + xlsx", "docx 関連橋梁 joined with xlsx 第２巡 Ⅳ (104: 1; 303: 2, 10)"),
    (["町が管理してる橋って全部で何橋？"], "passage", "contains", ["16橋"], "prose figure",
     "pdf 第２章 １６橋 (html intro also)"),
    (["建設後50年を超えた橋の割合って？"], "passage", "contains", ["44%"], "prose figure",
     "pdf 第２章 ７橋（４４％）"),
    (["ドローン使うと点検費用はどのくらい浮くの？"], "passage", "contains", ["1200万円"], "prose figure",
     "pdf 第５章 約１２００万円縮減"),
    (["検討委員会の委員長って誰？"], "passage", "contains", ["山科"], "prose fact",
     "docx 委員長：山科　透"),
    (["峰見橋っていまどんな規制してる？"], "passage", "contains", ["6t"], "prose fact",
     "pdf 第３章 and html 通行規制中の橋梁: 重量制限（６ｔ）"),
    (["井出橋を撤去した後の迂回路の延長は？"], "passage", "contains", ["300m"], "prose figure",
     "txt ４ 迂回路（延長約３００ｍ）"),
]


def build():
    out = []
    for i, (turns, target, expect, answer, why, deriv) in enumerate(Q, 1):
        out.append({"id": f"m186-{i:03d}", "turns": turns, "target": target, "expect": expect, "answer": answer,
                    "why": why, "derivation": deriv})
    return out


def main():
    want = build()
    path = HERE / "questions.jsonl"
    if "--write" in sys.argv:
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in want), encoding="utf-8")
    have = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = 0
    assert len(have) == 50, len(have)
    assert [q["id"] for q in have] == [f"m186-{i:03d}" for i in range(1, 51)]
    for h, w in zip(have, want):
        if h != w:
            bad += 1
            print("MISMATCH", h["id"], h.get("answer"), "!=", w["answer"])
    # answers must be unambiguous: sets/orders are non-empty unless meant empty, values are finite
    empty = [q["id"] for q in have if q["expect"] == "set" and not q["answer"]]
    print("empty sets:", empty)
    print("multi-turn:", sum(len(q["turns"]) > 1 for q in have))
    from collections import Counter
    print("targets:", Counter(q["target"] for q in have), "expect:", Counter(q["expect"] for q in have))
    # the documents must state the contains strings (after NFKC, white space removed)
    import unicodedata
    texts = ""
    for f in (HERE / "docs").iterdir():
        if f.suffix in (".txt", ".html"):
            texts += f.read_text(encoding="utf-8")
    src = (HERE / "make_documents.py").read_text(encoding="utf-8")
    sq = lambda s: "".join(unicodedata.normalize("NFKC", s).split())
    for q in have:
        if q["expect"] == "contains":
            for s in q["answer"]:
                if sq(s) not in sq(texts + src):
                    bad += 1
                    print("NOT IN DOCS", q["id"], s)
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
