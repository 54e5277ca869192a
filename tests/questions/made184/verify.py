"""Recompute every answer of made184/questions.jsonl from the data in make_documents.py and check the file.
Run: python verify.py            (check)
     python verify.py --write    (write questions.jsonl from the definitions below, then check)"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import make_documents as m

HERE = Path(__file__).resolve().parent
V = {v[0]: dict(zip(["code", "ka", "kind", "fuel", "fy", "km", "r4", "r5", "r6", "plan"], v)) for v in m.VEHICLES}
for c in V:
    V[c]["bu"] = m.GROUP_OF[c]
P = {p[0]: dict(zip(["code", "name", "ka", "g4", "g5", "g6"], p)) for p in m.PRACTICES}
PG = {"◎": 4, "○": 3, "△": 2, "×": 1}
I = {i[0]: dict(zip(["code", "name", "a4", "a5", "a6"], i)) for i in m.INITIATIVES}
IG = {"A": 3, "B": 2, "C": 1}
O = {str(o[0]): dict(zip(["n", "meeting", "kind", "rel", "text", "who"], o)) for o in m.OPINIONS}
FLEET = {f[0]: dict(zip(["fy", "hold", "target", "actual", "new"], f)) for f in m.FLEET}
TRIAL = [t[0] for t in m.TRIAL_VEHICLES]


def vs(pred):
    return sorted(c for c, v in V.items() if pred(v))


def ps(pred):
    return sorted(c for c, p in P.items() if pred(p))


def os_(pred):
    return sorted((c for c, o in O.items() if pred(o)), key=int)


def down(v):
    return None not in (v["r4"], v["r5"], v["r6"]) and v["r4"] > v["r5"] > v["r6"]


# (turns, target, expect, answer, why, derivation)
Q = [
    (["R6の稼働率が30%未満の車は？"], "table_row", "set", vs(lambda v: v["r6"] is not None and v["r6"] < 30),
     "threshold on one year", "xlsx 公用車台帳 稼働率 令和６年度 < 30 (小計・合計 rows are 「－」, not records)"),
    (["令和６年度の稼働率が50％以上の車", "それ何台？"], "table_row", "count", len(vs(lambda v: (v["r6"] or 0) >= 50)),
     "multi-turn threshold count", "xlsx 稼働率 令和６年度 >= 50"),
    (["EVとハイブリッドの車両を全部出して"], "table_row", "set", vs(lambda v: v["fuel"] in ("ＥＶ", "ハイブリッド")),
     "category (two values)", "xlsx 燃料区分 = ＥＶ or ハイブリッド"),
    (["廃車予定になってる車はどれ？"], "table_row", "set", vs(lambda v: v["plan"] == "廃車予定"),
     "category", "xlsx 今後の方針 = 廃車予定 (txt ４ names the same four)"),
    (["建設部の公用車", "そのうち稼働率がR4からR6まで毎年下がってるのは？"], "table_row", "set",
     vs(lambda v: v["bu"] == "建設部" and down(v)), "multi-turn group + consecutive decrease",
     "xlsx 【建設部】 rows, R4 > R5 > R6"),
    (["R4→R5、R5→R6と２年続けて稼働率が下がった車両は？"], "table_row", "set", vs(down),
     "consecutive decrease", "xlsx R4 > R5 > R6; 203/401 have 「－」 and are excluded"),
    (["令和になってから登録した車って何台ある？"], "table_row", "count", len(vs(lambda v: v["fy"] >= 2019)),
     "和暦 era count", "xlsx 登録年度 令和元年度/令和２年度/令和４年度/令和５年度"),
    (["市民生活部の車を見せて", "R6の稼働率の平均は？"], "table_row", "value",
     sum(V[c]["r6"] for c in vs(lambda v: v["bu"] == "市民生活部")) / 4, "multi-turn average over group",
     "xlsx 【市民生活部】 4 vehicles, mean of 令和６年度 (18.6+58.7+66.3+39.9)/4 = 45.875"),
    (["全車両の令和６年度稼働率の平均って？"], "table_row", "value", sum(v["r6"] for v in V.values()) / 16,
     "average over all", "xlsx 16 vehicles mean 48.875 (pdf 第２章 prints ４８．９％)"),
    (["稼働率（令和6年度）が高い順に上位３台"], "table_row", "ordered",
     sorted(V, key=lambda c: -V[c]["r6"])[:3], "top 3 ordered", "xlsx 令和６年度 descending: 79.1, 75.4, 69.5"),
    (["マイクロバスの稼働率、R4とR6で何ポイント下がった？"], "table_row", "value",
     round(V["404"]["r4"] - V["404"]["r6"], 1), "difference between years", "xlsx 404 (マイクロバス) 12.4 − 9.6"),
    (["稼働率がR4からR6にかけていちばん大きく下がった車はどれ？"], "table_row", "set",
     [max((c for c in V if V[c]["r4"] is not None), key=lambda c: V[c]["r4"] - V[c]["r6"])],
     "largest decrease", "xlsx r4 − r6 max = 102 (9.9); next 304 (7.7)"),
    (["カーシェアの試行車両のうち、走行距離が8万km以上のもの"], "table_row", "set",
     sorted(c for c in TRIAL if V[c]["km"] >= 80000), "join html + xlsx",
     "html 試行の対象車両 103/204/304 joined with xlsx 走行距離 (204 = 75,630 km)"),
    (["集中管理に移す予定の車、何台？"], "table_row", "count", len(vs(lambda v: v["plan"] == "集中管理へ移管")),
     "count category", "xlsx 今後の方針 = 集中管理へ移管"),
    (["軽乗用のうちハイブリッドでもEVでもない車"], "table_row", "set",
     vs(lambda v: v["kind"] == "軽乗用" and v["fuel"] not in ("ＥＶ", "ハイブリッド")), "negation",
     "xlsx 車種 軽乗用, 燃料区分 not ＥＶ/ハイブリッド"),
    (["公用車を２台以上持ってる課はいくつ？"], "table_row", "count",
     sum(1 for k in {v["ka"] for v in V.values()} if sum(v["ka"] == k for v in V.values()) >= 2),
     "group sizes (count of groups)", "xlsx 所属課: 総務課 2, 環境課 2, 道路課 2; others 1"),
    (["検討会の意見で名前が出てきた車両はどれ？"], "table_row", "set",
     sorted(o["rel"] for o in O.values() if o["rel"] in V), "join docx → xlsx",
     "docx 関連 column/line with a 管理番号: 404 (No.2), 302 (No.4), 202 (No.8)"),
    (["健康福祉部の車を一覧で", "じゃあそのうち令和5年度の稼働率が50％以下は？"], "table_row", "set",
     vs(lambda v: v["bu"] == "健康福祉部" and v["r5"] is not None and v["r5"] <= 50), "multi-turn group + threshold",
     "xlsx 【健康福祉部】 令和５年度 <= 50"),
    (["2024年度の稼働率が40%以上60%以下の車"], "table_row", "set",
     vs(lambda v: 40 <= v["r6"] <= 60), "range, western year", "xlsx 令和６年度 (= 2024年度) in [40, 60]; 204 is 39.9"),
    (["下水道の車って稼働率いくつ？R6で"], "table_row", "value", V["304"]["r6"], "short form name",
     "xlsx 304 下水道課 令和６年度"),
    (["R6の稼働率が前の年より上がった車両"], "table_row", "set",
     vs(lambda v: v["r5"] is not None and v["r6"] > v["r5"]), "increase between years",
     "xlsx R6 > R5; 203 (R5 「－」) excluded"),
    (["R3からR6までの削減実績、足すと何台？"], "table_row", "value",
     sum(FLEET[y]["actual"] for y in range(2021, 2025)), "sum over year range", "pdf 表１ 削減実績台数 ３+３+２+１ (not the 純減 ６台 of 第１章, which nets 新規導入)"),
    (["令和6年度の削減実績、目標に何台届かなかった？"], "table_row", "value",
     FLEET[2024]["target"] - FLEET[2024]["actual"], "difference target/actual", "pdf 表１ 令和６年度 目標２台 実績１台"),
    # practice
    (["R6で◎がついた取組"], "practice", "set", ps(lambda p: p["g6"] == "◎"), "grade in a year", "pdf 表２ 令和６年度 = ◎"),
    (["管財課の取組は？", "何件ある？"], "practice", "count", len(ps(lambda p: p["ka"] == "管財課")),
     "multi-turn count by section", "pdf 表２ 担当課 = 管財課 (both pages)"),
    (["方針２の取組", "そのうちR4に未着手だったのは？"], "practice", "set",
     ps(lambda p: p["code"].startswith("2-") and p["g4"] == "－"), "multi-turn group + 「－」",
     "pdf 表２ group 方針２, 令和４年度 = －"),
    (["５年度から６年度で評価が下がった取組は？"], "practice", "set",
     ps(lambda p: p["g5"] in PG and p["g6"] in PG and PG[p["g6"]] < PG[p["g5"]]), "grade decrease",
     "pdf 表２ ◎>○>△>×, R6 worse than R5"),
    (["３年間一度も◎がついてない取組"], "practice", "set",
     ps(lambda p: "◎" not in (p["g4"], p["g5"], p["g6"])), "negation 「一度も」", "pdf 表２ no ◎ in R4..R6"),
    (["R4からR6まで３年連続で○以上の取組"], "practice", "set",
     ps(lambda p: all(g in ("◎", "○") for g in (p["g4"], p["g5"], p["g6"]))), "all years >= ○",
     "pdf 表２ ◎ or ○ in all three years (「－」 fails)"),
    (["検討会で要望が出た取組はどれ？"], "practice", "set",
     sorted(o["rel"] for o in O.values() if o["kind"] == "要望" and o["rel"] in P), "join docx → pdf",
     "docx 区分 要望 with 関連 取組番号: No.3 → 3-(2), No.11 → 2-(4) (No.6 －, No.8 a vehicle)"),
    (["令和6年度に×だった取組ある？"], "practice", "set", ps(lambda p: p["g6"] == "×"), "empty answer",
     "pdf 表２ 令和６年度 has no × (2-(2)/2-(4) had × earlier)"),
    (["情報政策課がやってる取組", "その中で令和4年度に評価がついてたのは？"], "practice", "set",
     ps(lambda p: p["ka"] == "情報政策課" and p["g4"] != "－"), "multi-turn section + not 「－」",
     "pdf 表２ 情報政策課: 1-(4) R4 －, 2-(2) R4 ×"),
    (["評価が R4 より R6 で２段階以上よくなった取組"], "practice", "set",
     ps(lambda p: p["g4"] in PG and PG[p["g6"]] - PG[p["g4"]] >= 2), "size of change",
     "pdf 表２ 2-(2) × → ○ (+2); 2-(1) △ → ◎ (+2)"),
    # initiative
    (["方針別評価でR6がＡの方針は？", "じゃあR4は？"], "initiative", "set",
     sorted(c for c, i in I.items() if i["a4"] == "A"), "multi-turn year switch, empty",
     "txt ３ 方針別の評価 令和４年度: Ｂ Ｃ Ｂ, no Ａ"),
    (["一度もＣになってない方針"], "initiative", "set",
     sorted(c for c, i in I.items() if "C" not in (i["a4"], i["a5"], i["a6"])), "negation 「一度も」",
     "txt ３ 方針 1 B/A/B, 3 B/B/A (方針２ was Ｃ in R4)"),
    (["R5からR6で評価が下がった方針って何件？"], "initiative", "count",
     sum(IG[i["a6"]] < IG[i["a5"]] for i in I.values()), "decrease count", "txt ３ 方針１ Ａ → Ｂ"),
    # comment
    (["検討会で出た要望を全部", "そのうち取組に関するものは？"], "comment", "set",
     os_(lambda o: o["kind"] == "要望" and o["rel"] in P), "multi-turn tag + related item",
     "docx 区分 要望 (3, 6, 8, 11) with 関連 a 取組番号 (3, 11)"),
    (["財政課長の意見"], "comment", "set", os_(lambda o: o["who"] == "財政課長"), "speaker",
     "docx 発言者 財政課長 (table column in 第１回, parentheses in 第２回)"),
    (["第2回検討会の意見", "そのうち指摘は？"], "comment", "set",
     os_(lambda o: o["meeting"] == 2 and o["kind"] == "指摘"), "multi-turn section + tag", "docx （２）第２回 【意見n】（指摘）"),
    (["車両にも取組にも関係しない意見は？"], "comment", "set", os_(lambda o: o["rel"] == "－"), "negation",
     "docx 関連 = －"),
    (["検討会で「災害」に触れてる意見"], "comment", "set", os_(lambda o: "災害" in o["text"]), "text contains",
     "docx 意見の要旨 contains 災害"),
    (["評価の意見はいくつ？"], "comment", "count", len(os_(lambda o: o["kind"] == "評価")), "count tag",
     "docx 区分 評価: 1, 5, 9"),
    (["評価区分の意見のうち、特定の車両についてのもの"], "comment", "set",
     os_(lambda o: o["kind"] == "評価" and o["rel"] in V), "empty answer",
     "docx 評価 opinions 1, 5, 9 all cite 取組番号, none a 管理番号"),
    # passage
    (["計画の目標台数って何台？"], "passage", "contains", ["14台"], "prose figure", "pdf 第２章 令和７年度末 １４台"),
    (["カーシェア試行の利用件数、合計でどれくらい？"], "passage", "contains", ["366件"], "prose figure",
     "html 試行の結果 (also the 合計 row of 月別の利用実績)"),
    (["職員アンケートで便利になったって答えた割合は？"], "passage", "contains", ["82%"], "prose figure",
     "html 試行の結果 ８２％"),
    (["燃料費ってどれくらい減ったの？"], "passage", "contains", ["410万円", "320万円"], "prose figures",
     "txt １ 背景"),
    (["充電設備はどこに増やすの？"], "passage", "contains", ["北支所"], "prose fact", "docx ３ 事務局の対応 / txt ５"),
    (["道路課のパトロール車（302）の廃車はいつ判断する？"], "passage", "contains", ["令和8年度"], "prose fact",
     "txt ４ ３０２ … 令和８年度に改めて判断"),
    (["エコドライブ研修の受講者ってどう変わった？"], "passage", "contains", ["120人", "45人"], "prose figures",
     "pdf 第４章"),
]


def nfkc(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def build() -> list[dict]:
    out = []
    for n, (turns, target, expect, answer, why, der) in enumerate(Q, 1):
        if isinstance(answer, float):
            answer = round(answer, 3)
        out.append({"id": f"m184-{n:03d}", "turns": turns, "target": target, "expect": expect, "answer": answer,
                    "why": why, "derivation": der})
    return out


def main() -> int:
    qs = build()
    path = HERE / "questions.jsonl"
    if "--write" in sys.argv:
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    src = nfkc((HERE / "make_documents.py").read_text(encoding="utf-8"))
    bad = 0
    for q in qs:
        if q["expect"] == "contains":
            for s in q["answer"]:
                if nfkc(s) not in src:
                    print("contains string not in the documents' text:", q["id"], s)
                    bad += 1
        if q["expect"] in ("set", "ordered") and q["target"] == "table_row":
            assert all(c in V for c in q["answer"]), q
    filed = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if filed != qs:
        for a, b in zip(filed, qs):
            if a != b:
                print("MISMATCH", a["id"], a["answer"], "!=", b["answer"])
                bad += 1
        if len(filed) != len(qs):
            print("count", len(filed), "!=", len(qs))
            bad += 1
    ids = [q["id"] for q in filed]
    assert ids == [f"m184-{i:03d}" for i in range(1, 51)], ids[-3:]
    from collections import Counter
    print(Counter(q["target"] for q in filed), Counter(q["expect"] for q in filed),
          "multi-turn", sum(len(q["turns"]) > 1 for q in filed))
    for q in filed:
        print(q["id"], q["turns"][-1], "=>", q["answer"])
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
