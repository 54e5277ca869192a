"""Recompute every made187 answer from the data in make_documents.py and check questions.jsonl.

python verify.py           check questions.jsonl against the recomputed answers
python verify.py --write   (re)write questions.jsonl from QUESTIONS below
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import make_documents as d

HERE = Path(__file__).resolve().parent
S = d.SECTIONS
SEC = d.SEC
MARK = {"○": 3, "△": 2, "×": 1, "－": None}
P = [dict(pillar=p[0], code=p[1], name=p[2], dept=p[3], r4=p[4], r5=p[5], r6=p[6]) for p in d.PRACTICES]
O = [dict(no=o[0], kai=o[1], rel=o[2], kind=o[3], text=o[4], ans=o[5]) for o in d.OPINIONS]
M = {m: i for i, m in enumerate(d.MONTHS)}


def codes(rows, key="code"):
    return sorted(str(r[key]) for r in rows)


def unique_max(values):
    values = list(values)
    best = max(values)
    assert values.count(best) == 1, "tie at the top"
    return best


def q_ordered_top3():
    ranked = sorted(S, key=lambda s: -d.per_month(s))
    assert d.per_month(ranked[2]) != d.per_month(ranked[3])
    return [s["code"] for s in ranked[:3]]


def q_month_max(code):
    m = SEC[code]["monthly"]
    unique_max(m)
    return d.MONTHS[m.index(max(m))]


def q_consecutive(threshold, n):
    out = []
    for s in S:
        run = best = 0
        for v in s["monthly"]:
            run = run + 1 if v > threshold else 0
            best = max(best, run)
        if best >= n:
            out.append(s)
    return codes(out)


def q_biggest_drop():
    drops = {s["code"]: s["r5"] - s["r6"] for s in S}
    unique_max(drops.values())
    return [max(drops, key=drops.get)]


def q_most_sections_per_bu():
    sizes = [len(rows) for _bu, rows in d.BU]
    unique_max(sizes)
    return max(sizes)


def better(a, b):  # a strictly better than b, both graded
    return MARK[a] is not None and MARK[b] is not None and MARK[a] > MARK[b]


def dept_of(rel):
    return next((p["dept"] for p in P if p["code"] == rel), None)


def mark_of(rel, year):
    return next((p[year] for p in P if p["code"] == rel), None)


def pillar_rank(x):
    return {"A": 3, "B": 2, "C": 1}[x]


def answered_by(o):
    return o["ans"].rsplit("（", 1)[1].rstrip("）")


# (id suffix, turns, target, expect, why, derivation, answer function)
QUESTIONS = [
    ("R6の時間外が3000時間超えてる課は？", "table_row", "set", "threshold on one year",
     "xlsx 課別時間外勤務実績, 時間外勤務時間 令和６年度 > 3000 (部計・合計 rows excluded)",
     lambda: codes(s for s in S if s["r6"] > 3000)),
    ("令和５年度より時間外が増えちゃった課ってどこ？", "table_row", "set", "increase between years",
     "xlsx 令和６年度 > 令和５年度 (also 前年度比 > 100)",
     lambda: codes(s for s in S if s["r6"] > s["r5"])),
    ("年度目標を達成できなかった課、何課ある？", "table_row", "count", "count of a category (negation)",
     "pdf 表１ 達成状況 = 未達成 (実績 > 目標)",
     lambda: sum(not d.achieved(s) for s in S)),
    ("R4からR6まで毎年時間外が減り続けてる課", "table_row", "set", "range of years, continuous decrease",
     "xlsx 令和４年度 > 令和５年度 > 令和６年度",
     lambda: codes(s for s in S if s["r4"] > s["r5"] > s["r6"])),
    ("月45時間を超えた職員が一人もいなかった課は？", "table_row", "set", "zero printed as 「－」",
     "xlsx 月45時間超の延べ人数（R6） = 「－」 (※５ 該当者なし)",
     lambda: codes(s for s in S if s["o45"] == 0)),
    ("１人当たり月平均の多い順に上位３課を教えて", "table_row", "ordered", "top 3 ordered",
     "xlsx １人当たり月平均（R6） descending, 課 rows only (35.5, 32.5, 16.6; no tie at 3rd)",
     q_ordered_top3),
    ("財政課って令和6年度はどの月がいちばん残業多かった？", "table_row", "value", "argmax over months of one record",
     "xlsx sheet 月別時間外勤務時間（R6）, row 130 財政課, largest month (１２月 526)",
     lambda: q_month_max("130")),
    (["市民部の課を見せて", "そのうち目標をクリアできたのは？"], "table_row", "set", "multi-turn group + join",
     "xlsx 【市民部】 rows (210, 220, 230) joined with pdf 表１ 達成状況 = 達成",
     lambda: codes(s for s in S if s["bu"] == "市民部" and d.achieved(s))),
    ("１年間で一度でも月100時間を切った月がある課", "table_row", "set", "「一度でも」 over months",
     "xlsx 月別 sheet, any month < 100 (330 高齢介護課's lowest is 101)",
     lambda: codes(s for s in S if min(s["monthly"]) < 100)),
    ("3か月以上連続で400時間を超えた課ある？", "table_row", "set", "consecutive months",
     "xlsx 月別 sheet, a run of ≥3 consecutive months > 400 (130: 11月–3月; 220's 1月 is 378)",
     lambda: q_consecutive(400, 3)),
    (["年360時間超えの人数、課ごとに出して", "前の年より増えたところは？"], "table_row", "set", "multi-turn change between years",
     "xlsx 年360時間超の人数 令和６年度 > 令和５年度 (「－」 = 0)",
     lambda: codes(s for s in S if s["o360_6"] > s["o360_5"])),
    ("建設部の6年度の時間外、合わせて何時間？", "table_row", "value", "sum over group",
     "xlsx 【建設部】 rows 令和６年度 summed (= 建設部　計 row; html 部別 table)",
     lambda: sum(s["r6"] for s in S if s["bu"] == "建設部")),
    ("R6の時間外勤務時間って、課の平均だと何時間くらい？", "table_row", "value", "average",
     "xlsx 令和６年度 over the 13 課 rows (合計 33,851 / 13 = 2603.92)",
     lambda: round(sum(s["r6"] for s in S) / len(S), 2)),
    ("税務課はR4からR6で何時間減った？", "table_row", "value", "difference between years of one record",
     "xlsx 220 税務課 令和４年度 4,350 − 令和６年度 3,700",
     lambda: SEC["220"]["r4"] - SEC["220"]["r6"]),
    ("課がいちばん多い部は何課ある？", "table_row", "value", "size of the largest group",
     "xlsx 【部】 group rows: 総務部 4 課, other 部 3 (html 部別 課の数)",
     q_most_sections_per_bu),
    ("目標未達成の課で、R6に年360時間超えの職員がいないところは？", "table_row", "set", "join two documents + negation",
     "pdf 表１ 未達成 joined with xlsx 年360時間超の人数 令和６年度 = 「－」",
     lambda: codes(s for s in S if not d.achieved(s) and s["o360_6"] == 0)),
    (["総務部の各課の時間外の実績", "じゃあR4と比べて減ったのは？"], "table_row", "set", "multi-turn group + change",
     "xlsx 【総務部】 rows, 令和６年度 < 令和４年度",
     lambda: codes(s for s in S if s["bu"] == "総務部" and s["r6"] < s["r4"])),
    ("前年度比が90％以下の課はどこ", "table_row", "set", "以下 includes the boundary (430 is 90.0)",
     "xlsx 前年度比（％） ≤ 90.0",
     lambda: codes(s for s in S if d.ratio(s) <= 90.0)),
    ("防災って令和５年度は何時間だった？", "table_row", "value", "name said by a short form",
     "xlsx 140 防災危機管理課 令和５年度",
     lambda: SEC["140"]["r5"]),
    ("R5からR6で1000時間以上減らせた課ってある？", "table_row", "set", "empty answer",
     "xlsx 令和５年度 − 令和６年度 ≥ 1000: none (largest is 140, 770) -> empty",
     lambda: codes(s for s in S if s["r5"] - s["r6"] >= 1000)),
    (["2024年度に目標達成した課は？", "その中で職員数が15人未満のところ"], "table_row", "set", "multi-turn western year + join",
     "pdf 表１ 達成 (120, 140, 210, 410, 430) joined with xlsx 職員数 < 15",
     lambda: codes(s for s in S if d.achieved(s) and s["staff"] < 15)),
    ("令和3年度の全庁の時間外勤務は何時間？", "table_row", "value", "value only on the web page",
     "html 年度別の推移, 令和３年度 40,150 (also txt ４)",
     lambda: d.TOTAL_R3),
    # practice
    ("R6で○がついてる取組は？", "practice", "set", "grade in one year",
     "pdf 表２ 令和６年度 = ○",
     lambda: codes(p for p in P if p["r6"] == "○")),
    ("一度も○になったことがない取組", "practice", "set", "「一度も」 over years",
     "pdf 表２ no ○ in 令和４–６年度 (「－」 is not ○)",
     lambda: codes(p for p in P if "○" not in (p["r4"], p["r5"], p["r6"]))),
    ("３年連続で○の取組ってどれ？", "practice", "set", "consecutive",
     "pdf 表２ ○ in 令和４, ５ and ６年度",
     lambda: codes(p for p in P if p["r4"] == p["r5"] == p["r6"] == "○")),
    ("令和5年度から6年度にかけて評価が落ちた取組", "practice", "set", "decrease between years",
     "pdf 表２ grade 令和６年度 worse than 令和５年度 (○ > △ > ×; 「－」 excluded)",
     lambda: codes(p for p in P if better(p["r5"], p["r6"]))),
    (["人事課が担当してる取組", "それ何件？"], "practice", "count", "multi-turn count of a group",
     "pdf 表２ 担当課 = 人事課",
     lambda: sum(p["dept"] == "人事課" for p in P)),
    ("R4の時点でまだ始まってなかった取組は？", "practice", "set", "「－」 = not started",
     "pdf 表２ 令和４年度 = 「－」",
     lambda: codes(p for p in P if p["r4"] == "－")),
    ("R4よりR6のほうが評価が良くなった取組を教えて", "practice", "set", "improvement over a range",
     "pdf 表２ grade 令和６年度 better than 令和４年度 (items with 「－」 in R4 excluded)",
     lambda: codes(p for p in P if better(p["r6"], p["r4"]))),
    (["総務課の取組", "そのうちR6で○じゃないのは？"], "practice", "set", "multi-turn negation",
     "pdf 表２ 担当課 = 総務課 (1-(1), 1-(2), 3-(3)), 令和６年度 ≠ ○",
     lambda: codes(p for p in P if p["dept"] == "総務課" and p["r6"] != "○")),
    ("労使協議で質問が出た取組はどれ？", "practice", "set", "join two documents",
     "docx 区分 = 質問 (意見2, 5, 9) → 関連取組, i.e. pdf 表２ codes",
     lambda: sorted(o["rel"] for o in O if o["kind"] == "質問" and o["rel"])),
    ("柱１で6年度に×の取組って何件？", "practice", "count", "zero count",
     "pdf 表２ group 柱１, 令和６年度 = ×: none -> 0",
     lambda: sum(p["pillar"] == "1" and p["r6"] == "×" for p in P)),
    # initiative
    ("令和6年度にC評価だった柱は？", "initiative", "set", "grade in one year",
     "txt ３ 柱別の評価, 令和6年度 = Ｃ",
     lambda: sorted(k for k, v in d.PILLAR_EVAL.items() if v[2] == "C")),
    ("3年間ずっと同じ評価の柱", "initiative", "set", "same grade every year",
     "txt ３, 令和4/5/6年度 all equal",
     lambda: sorted(k for k, v in d.PILLAR_EVAL.items() if len(set(v)) == 1)),
    (["柱ごとの評価を見せて", "R4からR6で評価が下がったのは？"], "initiative", "set", "multi-turn decrease over a range",
     "txt ３, 令和6年度 worse than 令和4年度 (A > B > C)",
     lambda: sorted(k for k, v in d.PILLAR_EVAL.items() if pillar_rank(v[2]) < pillar_rank(v[0]))),
    ("Ａ評価をとったことがある柱はいくつ？", "initiative", "count", "「ことがある」 over years",
     "txt ３, Ａ in any year: 柱１ (R6), 柱２ (R4)",
     lambda: sum("A" in v for v in d.PILLAR_EVAL.values())),
    # comment
    ("労使協議で出た要望を全部", "comment", "set", "tag over a table and paragraphs",
     "docx 区分 = 要望 (第１回 table column 区分, 第２回 【意見n】（要望）)",
     lambda: [str(o["no"]) for o in O if o["kind"] == "要望"]),
    ("当局が「検討します」と答えた意見は何件？", "comment", "count", "literal phrase in the answer",
     "docx 当局の回答 / →回答 containing 検討します (3, 7, 10)",
     lambda: sum("検討します" in o["ans"] for o in O)),
    ("どの取組にも関係しない意見は？", "comment", "set", "negation: no related item",
     "docx 関連取組 「－」 (table) or 「なし」 (paragraphs)",
     lambda: sorted((str(o["no"]) for o in O if not o["rel"]), key=int)),
    (["第1回の協議の意見", "そのうち指摘は？"], "comment", "set", "multi-turn, empty answer",
     "docx （１）第１回 table, 区分 = 指摘: none (the only 指摘 is 意見８, 第２回) -> empty",
     lambda: [str(o["no"]) for o in O if o["kai"] == 1 and o["kind"] == "指摘"]),
    ("人事課が担当してる取組についての意見", "comment", "set", "join two documents",
     "docx 関連取組 joined with pdf 表２ 担当課 = 人事課",
     lambda: [str(o["no"]) for o in O if o["rel"] and dept_of(o["rel"]) == "人事課"]),
    ("R6で△評価の取組に対して出た意見は？", "comment", "set", "join two documents on a grade",
     "docx 関連取組 joined with pdf 表２ 令和６年度 = △",
     lambda: [str(o["no"]) for o in O if o["rel"] and mark_of(o["rel"], "r6") == "△"]),
    ("市民課が回答してる意見ある？", "comment", "set", "answering section in parentheses",
     "docx 回答 ending （市民課）",
     lambda: [str(o["no"]) for o in O if answered_by(o) == "市民課"]),
    # passage
    ("縮減計画の最終目標って何？", "passage", "contains", "prose fact",
     "pdf 第１章 / txt ４: 令和７年度に令和３年度比で２０％削減 (NFKC)",
     lambda: ["令和7年度", "20%"]),
    ("職員アンケートの回答率は？", "passage", "contains", "prose figure",
     "docx １: 回答者152人, 回答率７７．９％ (NFKC 77.9%)",
     lambda: [f"{round(d.SURVEY_ANSWERED / d.SURVEY_TARGET * 100, 1)}%"]),
    ("他律部署の時間外の上限は？", "passage", "contains", "prose fact on the web page",
     "html 時間外勤務の上限: 他律部署 １か月１００時間未満・１年７２０時間",
     lambda: ["100時間未満", "720時間"]),
    ("ノー残業デーって何曜日だっけ", "passage", "contains", "prose fact",
     "html 主な取組 / pdf 表２ 2-(3) / docx 意見1: 毎週水曜日",
     lambda: ["水曜日"]),
    ("推進会議の議長は誰がやってる？", "passage", "contains", "prose fact",
     "txt １: 副市長を議長",
     lambda: ["副市長"]),
    ("RPAって令和7年度に何業務まで広げるの？", "passage", "contains", "prose figure (docx answer + pdf 第４章)",
     "docx 意見5 回答 / pdf 第４章: 令和７年度は１０業務 (NFKC 10業務)",
     lambda: ["10業務"]),
    ("計画目標の時間数まで、R6実績からあと何時間足りない？", "passage", "contains", "prose figure",
     "txt ４: 目標 32,120時間, 令和６年度実績 33,851時間, 残り１,７３１時間 (NFKC 1,731)",
     lambda: [f"{d.totals('r6') - round(d.TOTAL_R3 * 0.8):,}時間"]),
]


def build():
    out = []
    for i, (turns, target, expect, why, derivation, fn) in enumerate(QUESTIONS, 1):
        turns = [turns] if isinstance(turns, str) else turns
        out.append({"id": f"m187-{i:03d}", "turns": turns, "target": target, "expect": expect, "answer": fn(),
                    "why": why, "derivation": derivation})
    return out


def main():
    built = build()
    path = HERE / "questions.jsonl"
    if "--write" in sys.argv:
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in built), encoding="utf-8")
    have = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(have) == 50 == len(built), len(have)
    bad = 0
    for q, b in zip(have, built):
        want, got = b["answer"], q["answer"]
        if q["expect"] == "set":
            same = sorted(map(str, want)) == sorted(map(str, got))
        else:
            same = want == got
        if not same or q["turns"] != b["turns"] or q["id"] != b["id"]:
            bad += 1
            print("MISMATCH", q["id"], got, want)
    # the text of every document holds what the contains questions expect
    import unicodedata
    texts = []
    for p in (HERE / "docs").iterdir():
        if p.suffix in (".txt", ".html"):
            texts.append(p.read_text(encoding="utf-8"))
    from docx import Document
    doc = Document(next((HERE / "docs").glob("*.docx")))
    texts.append("\n".join(x.text for x in doc.paragraphs))
    texts.append("\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells))
    flat = unicodedata.normalize("NFKC", "\n".join(texts)).replace(" ", "")
    for q in have:
        if q["expect"] == "contains":
            for s in q["answer"]:
                if s not in flat:
                    bad += 1
                    print("NOT IN DOCS", q["id"], s)
    assert "令和7年度の全庁の時間外勤務時間を令和3年度" in flat and "20%削減" in flat
    counts = {}
    for q in have:
        counts[q["target"]] = counts.get(q["target"], 0) + 1
    print("targets", counts, "multi-turn", sum(len(q["turns"]) > 1 for q in have),
          "expect", {e: sum(q["expect"] == e for q in have) for e in ("set", "count", "value", "ordered", "contains")})
    print("FAIL" if bad else "OK", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
