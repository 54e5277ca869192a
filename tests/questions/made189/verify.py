"""Recompute every answer of made189/questions.jsonl from the data in make_documents.py and check the file.
Run: python verify.py            (check)
     python verify.py --write    (write questions.jsonl from the definitions below, then check)"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import make_documents as m

HERE = Path(__file__).resolve().parent
E = {}
for e in m.ESTATES:
    code, name, y, st, bld, units, a, b, c = e
    E[code] = {"code": code, "name": name, "year": y, "st": st, "life": m.LIFE[st], "bld": bld, "units": units,
               "occ": {2022: a, 2023: b, 2024: c}, "group": m.GROUP_OF[code],
               "rate": {2022: m.rate(a, units), 2023: m.rate(b, units), 2024: m.rate(c, units)},
               "method": m.PLAN[code][0], "when": m.PLAN[code][2], "after": m.PLAN[code][3]}
REC = [{"y": p[0], "mo": p[1], "fy": m.fy_of(*p), "code": c, "units": u, "apply": a, "ratio": m.ratio(a, u)}
       for p, c, u, a in m.RECRUIT]
O = {str(o[0]): dict(zip(["n", "meeting", "kind", "rel", "text", "ans"], o)) for o in m.OPINIONS}
MEETING_FY = {1: 2024, 2: 2024}  # 令和６年７月, 令和７年２月 -> both 令和６年度


def es(pred):
    return sorted(c for c, e in E.items() if pred(e))


def os_(pred):
    return sorted((c for c, o in O.items() if pred(o)), key=int)


def expired(e, fy=2024):
    return e["year"] + e["life"] <= fy


def showa(e):
    return e["year"] <= 1988  # 平成元年度 = FY1989


def top(key, n, reverse=True):
    order = sorted(E, key=lambda c: key(E[c]), reverse=reverse)
    vals = [key(E[c]) for c in order]
    assert vals[n - 1] != vals[n], "tie at the cut"
    assert len(set(vals[:n])) == n, "tie inside"
    return order[:n]


def recruited(pred):
    return sorted({r["code"] for r in REC if pred(r)})


def r1(x):
    return round(x + 1e-9, 1)


mean6 = round(sum(e["rate"][2024] for e in E.values()) / len(E), 2)
struct_sizes = Counter(e["st"] for e in E.values())
assert sorted(struct_sizes.values())[-1] != sorted(struct_sizes.values())[-2]
rent = m.RENT
max_ratio = {c: max(r["ratio"] for r in REC if r["code"] == c) for c in {r["code"] for r in REC}}

# (turns, target, expect, answer, why, derivation)
Q = [
    (["R6の入居率が90%以上の団地は？"], "table_row", "set", es(lambda e: e["rate"][2024] >= 90),
     "threshold 以上 on one year (03 is exactly 90.0)", "xlsx 入居率 令和６年度 >= 90 (地区計・合計 rows are not records)"),
    (["入居率（令和６年度）が５割を下回ってる団地どこ？"], "table_row", "set", es(lambda e: e["rate"][2024] < 50),
     "threshold below", "xlsx 入居率 令和６年度 < 50; pdf 第２章 says the 3 募集停止 estates are below 50%"),
    (["昭和に建てられた団地って何団地ある？"], "table_row", "count", len(es(showa)),
     "era count", "xlsx 建設年度 昭和… (11 ひばり団地 is 平成元年度, not 昭和)"),
    (["平成に建設した団地を教えて"], "table_row", "set", es(lambda e: 1989 <= e["year"] <= 2018),
     "era variant", "xlsx 建設年度 平成元年度…平成３０年度 (11 平成元年度 included; 12 令和２年度 excluded)"),
    (["耐用年限をもう過ぎてる団地は？"], "table_row", "set", es(expired),
     "derived threshold", "xlsx 建設年度 + 耐用年限 <= 2024 (令和６年度); pdf 第２章 says ５団地"),
    (["用途廃止になる団地ってどこ？"], "table_row", "set", es(lambda e: e["method"] == "用途廃止"),
     "category", "pdf 表１ 活用手法 = 用途廃止"),
    (["建替えする団地、計画期間末の戸数は合わせて何戸？"], "table_row", "value",
     sum(e["after"] for e in E.values() if e["method"] == "建替"), "sum over category",
     "pdf 表１ 建替 rows 計画期間末戸数 30 + 24 (表３ 建替 ５４戸)"),
    (["R4からR6まで入居戸数がずっと減り続けてる団地"], "table_row", "set",
     es(lambda e: e["occ"][2022] > e["occ"][2023] > e["occ"][2024]), "strictly decreasing over a range",
     "xlsx 入居戸数 令和４ > 令和５ > 令和６ (03 and 09 went up once)"),
    (["R4→R5→R6と入居戸数が毎年増えてる団地ある？"], "table_row", "set",
     es(lambda e: e["occ"][2022] < e["occ"][2023] < e["occ"][2024]), "連続 increase",
     "xlsx 入居戸数 令和４ < 令和５ < 令和６ (11 dipped in R5)"),
    (["中層耐火の団地を全部出して", "その中で入居率が令和4年度より令和6年度のほうが低いのは？"], "table_row", "set",
     es(lambda e: e["st"] == "中層耐火" and e["rate"][2024] < e["rate"][2022]), "type + change between years",
     "xlsx 構造 = 中層耐火, 入居率 令和６年度 < 令和４年度"),
    (["中央地区の管理戸数は全部で何戸？"], "table_row", "value",
     sum(e["units"] for e in E.values() if e["group"] == "中央地区"), "group sum",
     "xlsx 【中央地区】 rows (also the 中央地区　計 row)"),
    (["南部地区の団地は？", "そこの令和６年度末の入居戸数を合計すると？"], "table_row", "value",
     sum(e["occ"][2024] for e in E.values() if e["group"] == "南部地区"), "group sum",
     "xlsx 【南部地区】 入居戸数 令和６年度 (南部地区　計 row)"),
    (["管理戸数が多い順に上から３つ"], "table_row", "ordered", top(lambda e: e["units"], 3), "top 3 ordered",
     "xlsx 管理戸数 descending: 80, 72, 60 (合計・地区計 rows excluded)"),
    (["２０２４年度の入居率が低い団地ワースト３を低い順で"], "table_row", "ordered",
     top(lambda e: e["rate"][2024], 3, reverse=False), "bottom 3 ordered, 西暦 fiscal year",
     "xlsx 入居率 令和６年度 ascending: 33.3, 45.0, 45.8"),
    (["団地ごとの入居率（R6）を単純に平均すると何％？"], "table_row", "value", mean6, "average",
     "mean of the 12 printed 令和６年度 入居率 = 921.5 / 12 = 76.79 (not the 合計 row's 83.7)"),
    (["構造別に団地数の内訳を出したら、いちばん多い構造は何団地？"], "table_row", "value", max(struct_sizes.values()),
     "distribution, size of the largest group", "xlsx 構造: 中層耐火 7, 簡易耐火平屋 2, 簡易耐火二階 2, 木造 1"),
    (["活用手法の内訳を教えて", "個別改善は何団地？"], "table_row", "count", len(es(lambda e: e["method"] == "個別改善")),
     "multi-turn distribution then one group", "pdf 表１ 活用手法 = 個別改善 (表３ says ４団地)"),
    (["令和７年度に事業をやる団地は？"], "table_row", "set", es(lambda e: e["when"] == "令和７年度"),
     "year field", "pdf 表１ 実施予定時期 = 令和７年度 (txt 今後の予定 agrees)"),
    (["個別改善の団地で耐用年限を過ぎてるものは？"], "table_row", "set",
     es(lambda e: e["method"] == "個別改善" and expired(e)), "empty join",
     "pdf 表１ 個別改善 (03,05,09,11) ∩ xlsx 建設年度 + 耐用年限 <= 2024: none (05 reaches 2053)"),
    (["北部地区の団地を一覧で", "そのうち建替か用途廃止になるのは？"], "table_row", "set",
     es(lambda e: e["group"] == "北部地区" and e["method"] in ("建替", "用途廃止")), "multi-turn group + category",
     "xlsx 【北部地区】 joined with pdf 表１ 活用手法"),
    (["令和６年度に入居者を募集した団地は？", "じゃあR5は？"], "table_row", "set",
     recruited(lambda r: r["fy"] == 2023), "multi-turn fiscal year of 年月",
     "html 募集結果: 令和５年７月 and 令和６年１月 (令和６年１月 belongs to 令和５年度)"),
    (["2024年に募集があった団地を全部"], "table_row", "set", recruited(lambda r: r["y"] == 2024),
     "calendar year", "html 募集時期 令和６年１月 and 令和６年７月 (calendar 2024, not fiscal)"),
    (["令和７年１月の募集結果は？", "その中で倍率がいちばん高かったのは？"], "table_row", "set",
     [max((r for r in REC if (r["y"], r["mo"]) == (2025, 1)), key=lambda r: r["ratio"])["code"]], "max in one round",
     "html 令和７年１月 rows: 5.0, 1.3, 7.0 倍"),
    (["6年度の募集で倍率が1倍を切ったところ"], "table_row", "set",
     recruited(lambda r: r["fy"] == 2024 and r["ratio"] < 1), "fiscal year + threshold",
     "html 令和６年７月・令和７年１月 rows, 倍率 < 1.0 (旭団地 0.5倍)"),
    (["募集停止してる団地の令和６年度末の入居戸数、合計で何戸？"], "table_row", "value",
     sum(E[c]["occ"][2024] for c in m.STOPPED), "join html status with xlsx",
     "html 団地一覧 募集停止 (01,06,10) + xlsx 入居戸数 令和６年度 11 + 4 + 9 (docx 答申 and txt say 24世帯)"),
    (["募集したことはあるけど一度も倍率が３倍を超えたことがない団地"], "table_row", "set",
     sorted(c for c, v in max_ratio.items() if v <= 3), "「一度も」 over rounds",
     "html 募集結果: max 倍率 per 団地 <= 3.0"),
    (["２回以上募集をかけた団地は何団地？"], "table_row", "count",
     sum(1 for c in {r["code"] for r in REC} if sum(r["code"] == c for r in REC) >= 2), "count of repeated",
     "html 募集結果: 03, 05, 07, 09 appear twice"),
    (["南浜の倍率、前回の募集から何ポイント下がった？"], "table_row", "value",
     r1([r["ratio"] for r in REC if r["code"] == "09"][0] - [r["ratio"] for r in REC if r["code"] == "09"][-1]),
     "difference between rounds, short name", "html 09 南浜団地: 令和５年７月 2.5倍 → 令和７年１月 1.3倍"),
    (["北原団地の入居率って、R4からR6で何ポイント落ちた？"], "table_row", "value",
     r1(E["02"]["rate"][2022] - E["02"]["rate"][2024]), "difference", "xlsx 02 入居率 82.5 → 75.0"),
    (["入居率がR5からR6にかけて５ポイント以上下がった団地"], "table_row", "set",
     es(lambda e: r1(e["rate"][2023] - e["rate"][2024]) >= 5), "size of change, 以上 (10 is exactly 5.0)",
     "xlsx 入居率 令和５年度 − 令和６年度 >= 5.0 (printed values: 01 8.4, 06 8.4, 08 6.2, 10 5.0)"),
    (["審議会で「指摘」に区分された意見は何件？"], "comment", "count", len(os_(lambda o: o["kind"] == "指摘")),
     "count category", "docx 区分 = 指摘 (1, 5, 8)"),
    (["特定の団地に関係しない全般的な意見の番号は？"], "comment", "set", os_(lambda o: o["rel"] == "－"),
     "negation of relation", "docx 関連団地 「－」"),
    (["用途廃止予定の団地について出た意見"], "comment", "set",
     os_(lambda o: o["rel"] != "－" and E[o["rel"]]["method"] == "用途廃止"), "join opinions with pdf",
     "docx 関連団地 joined with pdf 表１ 用途廃止 (01, 06, 10)"),
    (["第２回の審議会ではどんな意見が出た？", "そのうち提言は？"], "comment", "set", os_(lambda o: o["meeting"] == 2 and o["kind"] == "提言"),
     "meeting + category", "docx （２）第２回 paragraphs 【意見n】（提言）"),
    (["建替えになる団地に関する意見の番号"], "comment", "set",
     os_(lambda o: o["rel"] != "－" and E[o["rel"]]["method"] == "建替"), "join opinions with pdf",
     "docx 関連団地 02, 08 (pdf 表１ 建替)"),
    (["耐用年限が過ぎた団地についての要望は？"], "comment", "set",
     os_(lambda o: o["rel"] != "－" and expired(E[o["rel"]]) and o["kind"] == "要望"), "join with derived condition",
     "docx 区分 要望 and 関連団地 in xlsx expired set (01,02,06,08,10): only 4 (08)"),
    (["南新町についての意見は何番？"], "comment", "set", os_(lambda o: o["rel"] == "12"), "short name",
     "docx 【意見７】 関連団地 12 南新町団地"),
    (["跡地のことに触れてる意見ある？"], "comment", "set", os_(lambda o: "跡地" in o["text"] + o["ans"]),
     "literal word", "docx 【意見８】 汐見団地 跡地"),
    (["維持管理の団地に対する指摘は何件あった？"], "comment", "count",
     len(os_(lambda o: o["rel"] != "－" and E[o["rel"]]["method"] == "維持管理" and o["kind"] == "指摘")), "zero",
     "docx 指摘 (1→06, 5→02, 8→10) none of which is 維持管理 (04, 07, 12): 0"),
    (["令和6年度中に開かれた審議会で出た提言を全部"], "comment", "set",
     os_(lambda o: MEETING_FY[o["meeting"]] == 2024 and o["kind"] == "提言"), "fiscal-year rule on dates",
     "docx 第１回 令和６年７月, 第２回 令和７年２月 (both 令和６年度): 提言 2, 6, 10"),
    (["移転料って1世帯いくらまで出るの？"], "passage", "contains", ["20万円"], "prose figure",
     "txt 【今後の予定】 移転料は１世帯あたり上限２０万円"),
    (["口座振替の利用率っていまどれくらい？"], "passage", "contains", ["71%"], "prose figure",
     "txt 【家賃の滞納対策】 口座振替の利用率：令和６年度末で７１％"),
    (["明渡し請求の訴訟、令和6年度は何件起こした？"], "passage", "contains", ["令和6年度3件"], "prose figure in a bullet",
     "txt 【家賃の滞納対策】 令和４年度２件、令和５年度１件、令和６年度３件"),
    (["世帯主が65歳以上の世帯って割合でどのくらい？"], "passage", "contains", ["55.9%"], "prose figure",
     "txt 【入居者の状況】 ２３６世帯（５５．９％）"),
    (["高齢入居者の見守りはいつから始める？"], "passage", "contains", ["令和7年度から試行"], "prose fact",
     "docx 【意見９】 市の考え方: 令和７年度から試行"),
    (["次の募集っていつ受け付ける？"], "passage", "contains", ["7月1日から7月15日"], "prose fact",
     "html 次回の募集: 令和７年７月１日から７月１５日まで"),
    (["家賃の滞納額が一番多い団地ってどこ？"], "passage", "contains", ["1,040万円"], "not stated: closest fact",
     "no document gives 滞納額 by 団地; the closest fact is the total 滞納額 (txt １，０４０万円, pdf 表２ １０，４００千円)"),
    (["令和5年度の家賃の収納率は？"], "table_row", "value", m.rate(rent[2023][1], rent[2023][0]), "field of a year row",
     "pdf 表２ 令和５年度 収納率 ９７．８"),
    (["家賃の収納状況の表を見たい", "年度末の滞納額、R2からR6までで何千円減った？"], "table_row", "value", rent[2020][2] - rent[2024][2],
     "change over a range", "pdf 表２ 年度末滞納額 14,800 − 10,400 千円"),
    (["みづほ団地って何棟ある？"], "table_row", "value", E["04"]["bld"], "typo (みずほ)",
     "xlsx 04 みずほ団地 棟数 2"),
]


def build():
    out = []
    for i, (turns, target, expect, answer, why, deriv) in enumerate(Q, 1):
        out.append({"id": f"m189-{i:03d}", "turns": turns, "target": target, "expect": expect, "answer": answer,
                    "why": why, "derivation": deriv})
    return out


def main():
    want = build()
    path = HERE / "questions.jsonl"
    if "--write" in sys.argv:
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in want), encoding="utf-8")
    have = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = 0
    if len(have) != 50 or [q["id"] for q in have] != [f"m189-{i:03d}" for i in range(1, 51)]:
        bad += 1
        print("need ids m189-001..050, have", len(have))
    for h, w in zip(have, want):
        if h != w:
            bad += 1
            print("MISMATCH", h["id"], h.get("answer"), "!=", w["answer"])
    print("empty sets:", [q["id"] for q in have if q["expect"] == "set" and not q["answer"]],
          "zero counts:", [q["id"] for q in have if q["expect"] == "count" and q["answer"] == 0])
    print("multi-turn:", sum(len(q["turns"]) > 1 for q in have))
    print("targets:", Counter(q["target"] for q in have), "expect:", Counter(q["expect"] for q in have))
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
