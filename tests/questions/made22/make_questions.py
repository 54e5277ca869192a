"""Writes questions.jsonl for the made22 editions, every answer computed from the data in make_documents.py
(never from the engine). The five questions about the shipped corpus carry answers read from the shipped
files by hand; their `derivation` names the lines.

`python tests/questions/made22/make_questions.py`
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).parent))
import make_documents as m  # noqa: E402

P = m.practice_rows()
I = m.initiative_rows()
T = m.TOWN
OUT = Path(__file__).parent / "questions.jsonl"
questions: list[dict] = []


def q(turns, target, expect, answer, derivation):
    turns = [turns] if isinstance(turns, str) else turns
    questions.append({"id": f"m22-{len(questions) + 1:03d}", "turns": turns, "target": target, "expect": expect,
                      "answer": answer, "derivation": derivation})


def codes(pred):
    return [p["code"] for p in P if pred(p)]


def ini(pred):
    return [str(r["no"]) for r in I if pred(r)]


SRC = f"{m.FILES['plan']} 4 取組項目・実践項目一覧"
# ---------------------------------------------------------------- practice items (東川町)
q(f"{T}のR2に終了した実践項目", "practice", "set", codes(lambda p: p["end"] == "R2"), f"{SRC}: 取組終了 = R2")
q(f"{T}でR1までに終了した実践項目は？", "practice", "set", codes(lambda p: p["end"] in ("H30", "R1")),
  f"{SRC}: 取組終了 H30 または R1")
q(f"{T}の実践項目で令和3年度に終了したもの", "practice", "set", codes(lambda p: p["end"] == "R3"), f"{SRC}: 取組終了 = R3")
q(f"{T}の実践項目で平成30年度に終了したもの", "practice", "set", codes(lambda p: p["end"] == "H30"), f"{SRC}: 取組終了 = H30")
q(f"{T}の実践項目で終了していないもの", "practice", "set", codes(lambda p: not p["end"]), f"{SRC}: 取組終了が空欄")
q(f"{T}の実践項目で2020年度に終了したもの", "practice", "set", codes(lambda p: p["end"] == "R2"),
  f"{SRC}: 2020年度 = 令和2年度 = R2")
q(f"{T}の実践項目で2022年1月を含む年度に終了したもの", "practice", "set", codes(lambda p: p["end"] == "R3"),
  f"{SRC}: 2022年1月は令和3年度（2021年4月〜2022年3月）")
q(f"{T}の実践項目でH30とR1がどちらもA", "practice", "set",
  codes(lambda p: p["grades"]["H30"] == "A" and p["grades"]["R1"] == "A"), f"{SRC}: H30 列と R1 列がともに A")
q(f"{T}の実践項目で一度もCがないもの", "practice", "set",
  codes(lambda p: "C" not in p["grades"].values() and p["overall"] != "C"),
  f"{SRC}: H30〜R3 の評価と総合評価のどれにも C がない（- と空欄は評価なし）")
q(f"{T}の実践項目でR2からR3に評価が上がったもの", "practice", "set",
  codes(lambda p: p["grades"]["R2"] in "ABC" and p["grades"]["R3"] in "ABC" and p["grades"]["R2"] and p["grades"]["R3"]
        and p["grades"]["R3"] < p["grades"]["R2"]), f"{SRC}: R2 列より R3 列が良い（C→B、B→A、C→A）")
q(f"{T}の実践項目で令和2年度の評価がC", "practice", "set", codes(lambda p: p["grades"]["R2"] == "C"), f"{SRC}: R2 列が C")
q(f"{T}の実践項目で総合評価がC", "practice", "set", codes(lambda p: p["overall"] == "C"), f"{SRC}: 総合評価 = C")
q(f"{T}の実践項目で総合評価がAは何件", "practice", "count", len(codes(lambda p: p["overall"] == "A")),
  f"{SRC}: 総合評価 = A の行数")
q(f"{T}の実践項目はいくつ", "practice", "count", len(P), f"{SRC}: 行数（1〜12 と N1〜N3）")
q(f"{T}の住民課の実践項目", "practice", "set", codes(lambda p: p["department"] == "住民課"), f"{SRC}: 担当部署 = 住民課")
q(f"{T}で建設水道課が担当する実践項目で総合評価がA", "practice", "set",
  codes(lambda p: p["department"] == "建設水道課" and p["overall"] == "A"), f"{SRC}: 担当部署 = 建設水道課 かつ 総合評価 = A")
q(f"{T}の実践項目で合計が11以上", "practice", "set", codes(lambda p: p["total"] >= 11), f"{SRC}: 合計 ≥ 11")
q(f"{T}の実践項目で創造性が3のもの", "practice", "set", codes(lambda p: p["scores"][3] == 3), f"{SRC}: 創造性 = 3")
avg_total = round(mean(p["total"] for p in P), 2)
q(f"{T}の実践項目の合計の平均は", "practice", "value", avg_total, f"{SRC}: 合計 15 件の平均 {sum(p['total'] for p in P)}/15")
top = max({p["department"] for p in P}, key=lambda d: sum(p["department"] == d for p in P))
q(f"{T}で実践項目がいちばん多い担当部署は何件", "practice", "value", sum(p["department"] == top for p in P),
  f"{SRC}: 担当部署ごとの件数で最多は {top}（単独で最多）")
q(f"{T}の実践項目で企画財政課以外が担当し、取組終了がR3のもの", "practice", "set",
  codes(lambda p: p["department"] != "企画財政課" and p["end"] == "R3"), f"{SRC}: 担当部署 ≠ 企画財政課 かつ 取組終了 = R3")
q(f"{T}の実践項目で合計が8から10のもの", "practice", "set", codes(lambda p: 8 <= p["total"] <= 10), f"{SRC}: 8 ≤ 合計 ≤ 10")
# ---------------------------------------------------------------- initiatives (東川町)
SRCI = f"{m.FILES['plan']} 3 取組状況一覧【取組項目別】"
q(f"{T}の取組項目で委員会評価平均が4.0以上", "initiative", "set", ini(lambda r: r["committee"] >= 4.0), f"{SRCI}: 委員会評価平均 ≥ 4.0")
q(f"{T}で委員会評価平均がいちばん低い取組項目", "initiative", "ordered",
  [str(min(I, key=lambda r: r["committee"])["no"])], f"{SRCI}: 委員会評価平均の最小")
q(f"{T}の取組項目の委員会評価平均の平均は", "initiative", "value", round(mean(r["committee"] for r in I), 2),
  f"{SRCI}: (4.3+4.0+3.6+3.9+3.5)/5")
q(f"{T}でテーマに財政を含む取組項目", "initiative", "set", ini(lambda r: "財政" in r["themes"]), f"{SRCI}: 財政 列に ○")
q(f"{T}の取組項目で担当部署自己評価がB", "initiative", "set", ini(lambda r: r["overall"] == "B"), f"{SRCI}: 総合評価 = B")
q(f"{T}の取組項目「窓口サービスの向上」の進捗度の平均値", "initiative", "value", I[1]["avgs"][0],
  f"{SRCI}: No.2 の進捗度 (実践項目 4,5,6 の 3,2,3 の平均)")
q(f"{T}で実践項目数が4の取組項目", "initiative", "set", ini(lambda r: r["n"] == 4), f"{SRCI}: 実践項目数 = 4")
# ---------------------------------------------------------------- progress sheets (東川町)
SRCS = f"{m.FILES['plan']} 資料編 進捗状況シート"
q(f"{T}の旧小学校校舎の利活用で令和元年度の取組上の課題は", "challenge", "contains", ["事業者の応募がない"],
  f"{SRCS} 実践項目9: 取組上の課題 令和元年度")
q(f"{T}のテレワークの導入の令和2年度の自己評価の進捗度は", "self_eval", "value", m.SHEETS["N3"]["evals"]["R2"][0],
  f"{SRCS} 実践項目N3: 自己評価 令和2年度 進捗度")
q(f"{T}の窓口のワンストップ化の平成30年度の総合評価は", "practice", "value", P[5]["grades"]["H30"],
  f"{SRCS} 実践項目5 自己評価 平成30年度 総合評価（一覧の H30 列と同じ）")
q(f"{T}のふるさと納税の返礼品の拡充はいつ取組終了した？", "sheet", "contains", ["令和4年3月"],
  f"{SRCS} 実践項目1: 取組終了の場合記入 → 令和4年3月取組終了")
q(f"{T}の旧小学校校舎の利活用で、令和3年度の取組内容は", "sheet_entry", "contains", ["令和3年10月に貸付を始め"],
  f"{SRCS} 実践項目9: 令和3年度 ④ の取組内容")
# ---------------------------------------------------------------- 名寄市 opinions
SRCO = m.FILES["opinions"]
q("名寄市の委員の意見で「マイナンバーカード」に触れたもの", "comment", "set",
  [str(no) for no, _, _, cs in m.NAYORO if any("マイナンバーカード" in c for c in cs)], f"{SRCO}: 意見の文に「マイナンバーカード」")
q("名寄市の委員の意見で統廃合に触れたもの", "comment", "set",
  [str(no) for no, _, _, cs in m.NAYORO if any("統廃合" in c for c in cs)], f"{SRCO}: 意見の文に「統廃合」")
q("名寄市の取組項目で委員評価が4.0以上", "initiative", "set", [str(no) for no, _, s, _ in m.NAYORO if s >= 4.0],
  f"{SRCO}: 委員評価 ≥ 4.0")
q("名寄市の意見書で委員評価がいちばん低い取組項目", "initiative", "ordered",
  [str(min(m.NAYORO, key=lambda r: r[2])[0])], f"{SRCO}: 委員評価の最小 3.3")
q("名寄市の取組項目の委員評価の平均", "initiative", "value", round(mean(s for _, _, s, _ in m.NAYORO), 2),
  f"{SRCO}: (4.1+4.5+3.3+3.8+3.7)/5")
q("名寄市の取組項目「民間活力の導入」の委員の意見は何件", "comment", "count", len(m.NAYORO[3][3]), f"{SRCO}: 4 民間活力の導入 の箇条書きの数")
q("名寄市の意見書の委員の意見は全部で何件", "comment", "count", sum(len(r[3]) for r in m.NAYORO), f"{SRCO}: 箇条書きの総数 3+4+3+3+2")
# ---------------------------------------------------------------- 長岡市・柏崎市 joint projects
SRCJ = m.FILES["joint"]
J = [(name, chair, p) for name, chair, ps in m.SUBCOMMITTEES for p in ps]
q("長岡市・柏崎市の連携事業の部会はいくつ", "joint_project", "count", len(m.SUBCOMMITTEES), f"{SRCJ}: 部会名称の種類（rowspan）")
q("長岡市・柏崎市の税務部会の連携事業", "joint_project", "set", [str(p[0]) for n, _, p in J if n == "税務部会"], f"{SRCJ}: 部会名称 = 税務部会")
q("長岡市・柏崎市の連携事業で柏崎市の担当部署が観光交流課のもの", "joint_project", "set",
  [str(p[0]) for _, _, p in J if p[6] == "観光交流課"], f"{SRCJ}: 柏崎市の担当部署 = 観光交流課")
q("長岡市・柏崎市の連携事業でまだ実施していないもの", "joint_project", "set", [str(p[0]) for _, _, p in J if not p[3]],
  f"{SRCJ}: 既に実施 の欄が空")
q("長岡市・柏崎市の連携事業で部会長が柏崎市の部会の事業", "joint_project", "set",
  [str(p[0]) for _, chair, p in J if chair == "柏崎市"], f"{SRCJ}: 部会長 柏崎市 = 福祉部会")
q("長岡市・柏崎市の連携事業「図書館の相互利用」の部会は", "joint_project", "contains", ["観光・文化部会"],
  f"{SRCJ}: 番号8 の部会名称（rowspan で 6〜8 に共通）")
# ---------------------------------------------------------------- 坂戸市 evaluation sheet
SRCE = m.FILES["evaluation"]
q("坂戸市の市内循環バス運行事業の担当課は", "program", "contains", ["交通政策課"], f"{SRCE}: 担当課名")
q("坂戸市の市内循環バス運行事業の令和5年度の年間利用者数の実績値", "indicator", "value", 146450,
  f"{SRCE}: 成果指標 年間利用者数 令和5年度 実績値")
q("坂戸市の市内循環バス運行事業で令和4年度の運行便数の達成率は", "indicator", "value", float(m.rate(9000, 8820)),
  f"{SRCE}: 活動指標 運行便数 令和4年度 8820/9000")
q("坂戸市の市内循環バス運行事業の令和6年度の年間利用者数の計画値", "indicator", "value", 150000,
  f"{SRCE}: 成果指標 令和6年度 計画値")
q("坂戸市の市内循環バス運行事業の総事業費は", "program", "contains", ["48,560,000"], f"{SRCE}: 総事業費(合計) 令和5年度決算")
# ---------------------------------------------------------------- multi-turn follow-ups
q([f"{T}のR3に終了した実践項目", "そのうち企画財政課のもの"], "practice", "set",
  codes(lambda p: p["end"] == "R3" and p["department"] == "企画財政課"), f"{SRC}: 取組終了 R3 かつ 企画財政課")
q([f"{T}の総合評価がAの実践項目", "そのうち合計が10のもの"], "practice", "set",
  codes(lambda p: p["overall"] == "A" and p["total"] == 10), f"{SRC}: 総合評価 A かつ 合計 10")
q([f"{T}の住民課の実践項目", "そのうちR3の評価がBのもの"], "practice", "set",
  codes(lambda p: p["department"] == "住民課" and p["grades"]["R3"] == "B"), f"{SRC}: 住民課 かつ R3 列 B（実践項目4は -）")
q([f"{T}の取組項目「公共施設の適正管理」の実践項目", "そのうち取組終了がR3のもの"], "practice", "set",
  codes(lambda p: p["initiative"] == 3 and p["end"] == "R3"), f"{SRC}: 大No.3 かつ 取組終了 R3")
q([f"{T}の取組項目", "そのうち委員会評価平均が3.8以上のもの"], "initiative", "set", ini(lambda r: r["committee"] >= 3.8),
  f"{SRCI}: 委員会評価平均 ≥ 3.8")
q([f"{T}の実践項目で創造性が1のもの", "その担当部署は"], "practice", "contains",
  [p["department"] for p in P if p["scores"][3] == 1], f"{SRC}: 創造性 1 は実践項目8 だけ（担当部署）")
q(["長岡市・柏崎市の連携事業", "そのうち福祉部会のもの"], "joint_project", "set", [str(p[0]) for n, _, p in J if n == "福祉部会"],
  f"{SRCJ}: 部会名称 = 福祉部会")
q(["名寄市の委員の意見で「指定管理者」に触れたもの", "その取組項目の委員評価は"], "initiative", "value",
  next(s for _, _, s, cs in m.NAYORO if any("指定管理者" in c for c in cs)), f"{SRCO}: 4 民間活力の導入 委員評価 3.8")
q(["坂戸市の市内循環バス運行事業の成果指標", "令和4年度の達成率は"], "indicator", "value", float(m.rate(140000, 131600)),
  f"{SRCE}: 年間利用者数 令和4年度 131600/140000")
q([f"{T}の取組項目「自主財源の確保」", "その委員会評価平均は"], "initiative", "value", I[0]["committee"], f"{SRCI}: No.1")
q([f"{T}のR2に終了した実践項目", "それは何件"], "practice", "count", len(codes(lambda p: p["end"] == "R2")), f"{SRC}: 取組終了 R2")
# ---------------------------------------------------------------- names with no such records (honest 0)
q("苫小牧市の実践項目で取組終了がH30のもの", "practice", "count", 0, "苫小牧市の意見書の取組終了は R2〜R6 のみ。H30 は東川町だけ")
q("旭川市の実践項目でR3に終了したものは何件", "practice", "count", 0, "旭川市の資料は索引にない")
q("稚内市・留萌市の連携事業はいくつ", "joint_project", "count", 0, "稚内市・留萌市の資料は索引にない")
q(f"{T}のR6に終了した実践項目は何件", "practice", "count", 0, f"{SRC}: 取組終了は H30〜R3 のみ（R6 は苫小牧市だけ）")
# ---------------------------------------------------------------- about the shipped corpus, not these editions
q("苫小牧市のR2に終了した実践項目", "practice", "set", ["44", "45", "60", "63"],
  "corpus 002_…: 実践項目一覧（本編 176,177,197,202 行、資料編 872,873,893,898 行）の取組終了 R2")
q("苫小牧市の実践項目で取組終了がR3のもの", "practice", "set", ["12", "19", "21", "42", "53"],
  "corpus 002_…: 実践項目一覧（本編 135,144,146,173,189 行、資料編も同じ）の取組終了 R3")
q("岡山市・倉敷市の連携事業はいくつ", "joint_project", "count", 26, "corpus 000_…: 番号 1〜26（shared/corpus/README.md）")
q("苫小牧市の取組項目で審議会評価平均が4.6のもの", "initiative", "set", ["17", "20"], "corpus 002_…: 取組状況一覧 No.17・No.20 の審議会評価平均 4.6")
q("埼玉県東南部都市連絡調整会議事業の令和4年度のまんまるよやく利用者登録数の実績値", "indicator", "value", 1252,
  "corpus 003_…: 成果指標 令和4年度 計画値 1250 実績値 1252")

OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in questions), encoding="utf-8")
print(len(questions), "questions")
for x in questions:
    print(x["id"], " / ".join(x["turns"]), "->", x["expect"], x["answer"])
