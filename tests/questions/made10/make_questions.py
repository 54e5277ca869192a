"""Write tests/questions/made10/questions.jsonl: questions over the made10 editions, every answer derived here
from the same tables make_documents.py writes the documents from (never from the engine).

Run from the project root:  python tests/questions/made10/make_questions.py
Five questions are about the shipped documents (their answers read from ../shared/corpus by hand, stated in
`derivation`); they must not be answered from the made editions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_documents as md  # noqa: E402

P = md.practice_rows()
I = md.initiative_rows()
RANK = {"A": 3, "B": 2, "C": 1}
QUESTIONS: list[dict] = []


def fy(ended: str) -> int:
    return int(ended[1:]) if ended else 99


def codes(rows, key="code") -> list[str]:
    return [str(r[key]) for r in rows]


def add(turns, target, expect, answer, why, derivation):
    QUESTIONS.append({"id": f"m10-{len(QUESTIONS) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
                      "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})


def practice_set(turns, pred, why, derivation):
    add(turns, "practice", "set", codes(p for p in P if pred(p)), why, derivation)


# ---------------------------------------------------------------- practice items: ended by / in a fiscal year
practice_set("江別市の実践項目でR8に終了したもの", lambda p: p["ended"] == "R8",
             "取組終了の年度（新しい計画の年度）", "実践項目別一覧の取組終了が R8 の行")
practice_set("江別市の実践項目でR7までに終了したもの", lambda p: p["ended"] and fy(p["ended"]) <= 7,
             "までに = 以前の年度を含む", "取組終了が R7 以前（R7 のみ。R6 終了はない）")
practice_set("江別市行政経営プランで令和9年度までに取組を終えた実践項目", lambda p: p["ended"] and fy(p["ended"]) <= 9,
             "令和の書き方と「までに」", "取組終了が R7・R8・R9 の行（空欄は継続中）")
practice_set("江別市の実践項目で取組終了が空欄（継続中）のもの", lambda p: not p["ended"],
             "空欄の取組終了は継続中", "実践項目別一覧の取組終了が空欄の行")
add("江別市の実践項目でR10に終了したものは何件", "practice", "count",
    sum(p["ended"] == "R10" for p in P), "計画の最終年度 R10（成績の列にない年度）の件数", "取組終了が R10 の行を数えた")
practice_set("江別市で2026年度に終了した実践項目", lambda p: p["ended"] == "R8",
             "西暦の年度 → 令和8年度", "2026年度 = 令和8年度（2026年4月〜2027年3月）; 取組終了 R8 の行")
practice_set("江別市の実践項目で2027年3月までに終わったもの", lambda p: p["ended"] and fy(p["ended"]) <= 8,
             "暦の日付を年度で読む", "2027年3月は令和8年度の末 → 取組終了 R8 以前（R7・R8）")
add("江別市の進捗状況シートで令和8年12月に取組終了となった実践項目", "practice", "set", ["79"],
    "暦の月（シートの取組終了月）", "資料編のシートで「令和8年12月取組終了」はおくやみ窓口の設置（79）だけ（年度は R8）")
add("江別市で2027年10月に取組を終えた実践項目", "practice", "set", ["N29"],
    "西暦の月 → 令和9年10月（令和9年度）", "資料編の電子契約の導入（N29）のシートが「令和9年10月取組終了」; 一覧の取組終了も R9")

# ---------------------------------------------------------------- grades in a year / several years
practice_set("江別市の実践項目でR6とR7がどちらもAのもの", lambda p: p["grades"]["R6"] == "A" and p["grades"]["R7"] == "A",
             "二つの年度の成績の組み合わせ", "総合評価(自己評価)の R6 列と R7 列がともに A の行")
practice_set("江別市の実践項目でR8の評価がCのもの", lambda p: p["grades"]["R8"] == "C",
             "年度ごとの成績", "R8 列が C の行")
add("江別市の実践項目で一度もCがないものは何件", "practice", "count",
    sum("C" not in p["grades"].values() for p in P), "否定（どの年度にも C がない）",
    "R6〜R9 の成績のどれにも C がない行を数えた（まだ始まっていない年度・終了後の「-」は成績なし）")
practice_set("江別市の実践項目でR6からR9にかけて評価が上がったもの",
             lambda p: p["grades"]["R6"] in RANK and p["grades"]["R9"] in RANK and RANK[p["grades"]["R9"]] > RANK[p["grades"]["R6"]],
             "年度の比較（上がった）", "R6 と R9 の両方に成績がある行のうち、R9 の成績が R6 より良いもの")
practice_set("江別市の実践項目でR9の評価がR8より下がったもの",
             lambda p: p["grades"]["R8"] in RANK and p["grades"]["R9"] in RANK and RANK[p["grades"]["R9"]] < RANK[p["grades"]["R8"]],
             "年度の比較（下がった）", "R8 と R9 の両方に成績があり R9 が悪い行")
practice_set("江別市の実践項目で総合評価がCのもの", lambda p: p["overall"] == "C",
             "総括の総合評価", "総括自己評価の総合評価が C の行")
add("江別市の実践項目で総合評価がAでないものは何件", "practice", "count",
    sum(p["overall"] != "A" for p in P), "否定", "総括の総合評価が B か C の行を数えた")
practice_set("江別市の実践項目で合計が12のもの", lambda p: p["total"] == 12, "合計点", "総括の合計が 12 の行")
practice_set("江別市の実践項目で合計が8以上9以下のもの", lambda p: 8 <= p["total"] <= 9, "範囲", "総括の合計が 8〜9 の行")
practice_set("江別市の実践項目で進捗度が1のもの", lambda p: p["scores"][0] == 1, "総括の点数の一つ", "総括の進捗度が 1 の行")
add("江別市の実践項目の合計の平均は", "practice", "value",
    round(sum(p["total"] for p in P) / len(P), 2), "平均", f"総括の合計 30 件の和 {sum(p['total'] for p in P)} ÷ 30")
add("江別市の実践項目で総合評価がAのものは何件", "practice", "count", sum(p["overall"] == "A" for p in P),
    "件数", "総括の総合評価が A の行を数えた")

# ---------------------------------------------------------------- departments
practice_set("江別市の職員課の実践項目", lambda p: "職員課" in p["departments"], "担当部署（新しい課名）",
             "担当部署に (総)職員課 を含む行（共管を含む）")
practice_set("情報推進課が担当する江別市の実践項目", lambda p: "情報推進課" in p["departments"], "共管を含む担当部署",
             "担当部署に (総)情報推進課 を含む行")
practice_set("江別市の市民課の実践項目で総合評価がBのもの", lambda p: "市民課" in p["departments"] and p["overall"] == "B",
             "部署と評価の組み合わせ", "担当部署に (生)市民課 を含み総合評価 B の行")
dept_counts: dict[str, int] = {}
for p in P:
    for d in p["departments"].split("、"):
        name = d.split(")")[-1]
        if name != "各担当部署":
            dept_counts[name] = dept_counts.get(name, 0) + 1
top = max(dept_counts.values())
add("江別市の実践項目がいちばん多い担当部署は何件", "practice", "value", top, "上位のグループの大きさ",
    f"担当部署を「、」で分け課名ごとに数えた（共管は各課に 1 件）: 情報推進課 {dept_counts['情報推進課']}、職員課 {dept_counts['職員課']}")
practice_set("江別市の資産経営課の実践項目でR10に終了したもの",
             lambda p: "資産経営課" in p["departments"] and p["ended"] == "R10", "部署と終了年度", "資産経営課 かつ 取組終了 R10")

# ---------------------------------------------------------------- initiatives
def ini_set(turns, pred, why, derivation):
    add(turns, "initiative", "set", [str(r["no"]) for r in I if pred(r)], why, derivation)


ini_set("江別市の取組項目で委員会評価平均が4.0以上のもの", lambda r: r["committee"] >= 4.0, "以上",
        "取組項目別一覧の委員会評価平均（= 各取組項目の委員評価）が 4.0 以上")
add("江別市で委員評価がいちばん高い取組項目", "initiative", "ordered",
    [str(max(I, key=lambda r: r["committee"])["no"])], "最大", "委員評価 4.5 の No.29 デジタル技術による業務改革")
add("江別市の取組項目の委員評価の平均", "initiative", "value",
    round(sum(r["committee"] for r in I) / len(I), 2), "平均", "8 取組項目の委員評価の和 ÷ 8")
ini_set("江別市の取組項目で担当部署の自己評価がBのもの", lambda r: r["self"] == "B", "取組項目の総合評価",
        "取組項目別一覧の担当部署自己評価（総合評価）が B")
ini_set("江別市の取組項目で委員評価が3.8から4.2のもの", lambda r: 3.8 <= r["committee"] <= 4.2, "範囲（両端を含む）",
        "委員評価 3.8〜4.2")
ini_set("江別市のICTに関わる取組項目", lambda r: "ICT" in r["themes"], "テーマ", "テーマ ICT に ○ がある取組項目")
add("江別市の取組項目「公共施設の最適化」の委員評価は", "initiative", "value", 3.5, "1 件の値", "No.27 の委員評価 3.5 /5")
add("江別市の取組項目はいくつ", "initiative", "count", len(I), "件数", "取組項目別一覧の 8 行")
add("江別市の実践項目は全部で何件", "practice", "count", len(P), "件数", "実践項目別一覧の 30 行")
ini_set("江別市の取組項目で実践項目数が3のもの", lambda r: r["n"] == 3, "実践項目数", "実践項目数が 3 の取組項目")

# ---------------------------------------------------------------- committee comments
for word, why in [("キャッシュレス", "語を含む委員の意見"), ("高齢者", "語を含む委員の意見"),
                  ("生成AI", "英字まじりの語"), ("人手不足", "語を含む委員の意見")]:
    hits = [str(r["no"]) for r in I if any(word in c for c in r["comments"])]
    add(f"江別市の委員の意見で{word}に触れたもの", "comment", "set", hits, why,
        f"委員の意見の箇条に「{word}」を含む取組項目: {hits}")

# ---------------------------------------------------------------- joint projects (福山市・尾道市, H19)
J = [dict(zip(["no", "title", "desc", "done", "planned", "sub", "da", "db"], row)) for row in md.JOINT]


def joint_set(turns, pred, why, derivation):
    add(turns, "joint_project", "set", [str(j["no"]) for j in J if pred(j)], why, derivation)


joint_set("福山市と尾道市の連携事業で観光部会のもの", lambda j: j["sub"].startswith("観光部会"), "部会", "部会名称が観光部会の行")
joint_set("福山市・尾道市の連携事業で消防部会のもの", lambda j: j["sub"].startswith("消防部会"), "部会（空欄の行は含めない）",
          "部会名称が消防部会の行。合同消防訓練（35）は部会名称の欄が空欄なので含めない")
joint_set("福山市と尾道市の連携事業で協議中のもの", lambda j: "協議中" in j["planned"], "進捗の状態",
          "今年度(H19)に実施予定の欄が「協議中」の行（28 は既に実施の空欄が変換で失われ左に詰まっている）")
add("福山市と尾道市の連携事業で既に実施しているものは何件", "joint_project", "count",
    sum(bool(j["done"]) for j in J), "既に実施の欄が空でない行", "既に実施の欄に記載がある行を数えた（28 は欄が失われているが未実施）")
joint_set("福山市・尾道市の連携事業でまだ実施していないもの", lambda j: not j["done"], "否定",
          "既に実施の欄が空（または失われた）行")
joint_set("尾道市が部会長の連携事業", lambda j: "(尾道市)" in j["sub"], "部会長の市", "部会名称の括弧が (尾道市) の行")
subs = {j["sub"].split(" ")[0] for j in J if j["sub"]}
add("福山市と尾道市の連携事業の部会はいくつ", "joint_project", "count", len(subs), "異なる値の数",
    f"空欄を除く部会名称の種類: {sorted(subs)}")
joint_set("福山市・尾道市の連携事業で今年度の実施予定が空欄のもの", lambda j: not j["planned"], "空欄",
          "今年度(H19)に実施予定の欄が空の行")
joint_set("福山市の担当部署が観光課の連携事業", lambda j: j["da"] == "観光課", "市ごとの担当部署", "福山市の担当部署の欄が観光課")

# ---------------------------------------------------------------- joint projects (豊橋市・豊川市, H20, Excel)
X = [dict(zip(["no", "title", "desc", "done", "planned", "sub", "da", "db"], row)) for row in md.XLSX_JOINT]


def xlsx_set(turns, pred, why, derivation):
    add(turns, "joint_project", "set", [str(j["no"]) for j in X if pred(j)], why, derivation)


xlsx_set("豊橋市と豊川市の連携事業で観光部会のもの", lambda j: j["sub"].startswith("観光部会"), "Excel の表の部会",
         "連携事業シートの部会名称が観光部会の行")
xlsx_set("豊川市が部会長の連携事業", lambda j: "(豊川市)" in j["sub"], "部会長の市", "部会名称の括弧が (豊川市) の行")
xlsx_set("豊橋市・豊川市の連携事業で協議中のもの", lambda j: "協議中" in j["planned"], "進捗の状態",
         "今年度(H20)に実施予定のセルが「協議中」の行")
add("豊橋市と豊川市の連携事業で既に実施しているものは何件", "joint_project", "count", sum(bool(j["done"]) for j in X),
    "空でないセル", "既に実施のセルに記載がある行を数えた")
xlsx_set(["豊橋市と豊川市の連携事業で豊橋市が部会長のもの", "そのうちまだ実施していないもの"],
         lambda j: "(豊橋市)" in j["sub"] and not j["done"], "続き＋否定", "部会長 (豊橋市) かつ 既に実施のセルが空")

# ---------------------------------------------------------------- evaluation sheet (HTML)
e = md.EVAL
add("県央地域広域連携推進事業の担当課は", "passage", "contains", ["広域連携推進課"], "キーと値の欄", "担当課名の欄")
add("県央地域広域連携推進事業の令和6年度の総事業費は", "passage", "contains", ["4,860,000"], "金額", "総事業費(合計) 令和6年度決算")
add("事務事業コード2000317の事業の開始年度", "passage", "contains", ["平成8年度"], "コードで指す", "開始年度の欄")
add("県央地域広域連携推進事業の公共施設の相互利用件数の令和6年度の達成率", "passage", "contains",
    [md.rate(3000, 3360)], "指標の年度の行", "成果指標 令和6年度 計画 3,000 実績 3,360 → 112.0%")

# ---------------------------------------------------------------- multi-turn follow-ups
def practice_follow(turns, pred, why, derivation):
    add(turns, "practice", "set", codes(p for p in P if pred(p)), why, derivation)


practice_follow(["江別市の実践項目でR10に終了したもの", "そのうち総合評価がBのもの"],
                lambda p: p["ended"] == "R10" and p["overall"] == "B", "続きの質問で絞る", "取組終了 R10 かつ 総合評価 B")
practice_follow(["情報推進課が担当する江別市の実践項目", "そのうちR9がAのもの"],
                lambda p: "情報推進課" in p["departments"] and p["grades"]["R9"] == "A", "続き", "情報推進課 かつ R9 が A")
practice_follow(["江別市の実践項目で総合評価がCのもの", "そのうち取組を終えていないもの"],
                lambda p: p["overall"] == "C" and not p["ended"], "続き＋否定", "総合評価 C かつ 取組終了が空欄")
add(["江別市の実践項目でR7までに終了したもの", "それは何件"], "practice", "count",
    sum(1 for p in P if p["ended"] and fy(p["ended"]) <= 7), "続きで件数", "取組終了 R7 以前の件数")
practice_follow(["江別市の取組項目「キャッシュレス決済の拡大」の実践項目", "その中で総合評価がAのもの"],
                lambda p: p["initiative"] == 26 and p["overall"] == "A", "取組項目の子の実践項目", "No.26 の実践項目のうち総合評価 A")
add(["江別市の取組項目で委員会評価平均が4.0以上のもの", "その中で自己評価がBのもの"], "initiative", "set",
    [str(r["no"]) for r in I if r["committee"] >= 4.0 and r["self"] == "B"], "続き", "委員評価 4.0 以上 かつ 自己評価 B")
joint_set(["福山市と尾道市の連携事業で既に実施しているもの", "そのうち教育部会のもの"],
          lambda j: j["done"] and j["sub"].startswith("教育部会"), "続き", "既に実施の記載あり かつ 教育部会")
practice_follow(["江別市の実践項目でR8に終了したもの", "そのうちR6がAのもの"],
                lambda p: p["ended"] == "R8" and p["grades"]["R6"] == "A", "続き（年度の成績）", "取組終了 R8 かつ R6 が A")
add(["江別市の職員課の実践項目", "その合計の平均は"], "practice", "value",
    round(sum(p["total"] for p in P if "職員課" in p["departments"]) / sum("職員課" in p["departments"] for p in P), 2),
    "続きで平均", "職員課の 4 件の合計 (8+9+10+10) ÷ 4")
practice_follow(["江別市の実践項目で合計が12のもの", "R6もAだったものは"],
                lambda p: p["total"] == 12 and p["grades"]["R6"] == "A", "続き", "合計 12 かつ R6 が A")
add(["江別市の実践項目で総合評価がCのもの", "苫小牧市では？"], "practice", "count", 1,
    "続きで市を替える（同梱の資料）", "同梱の苫小牧市の実践項目別一覧（本編）で総括の総合評価が C は N16 の 1 件（資料編の一覧でも C は N16 だけ）")

# ---------------------------------------------------------------- other cities: the honest answer is 0
add("苫小牧市の実践項目でR8に終了したもの", "practice", "count", 0, "苫小牧市の資料に R8 はない",
    "同梱の苫小牧市の取組終了は R2〜R6 だけ。R8 は江別市の資料にしかなく、それで答えてはいけない")
add("旭川市の実践項目でR7までに終了したもの", "practice", "count", 0, "資料のない市", "旭川市の行革プランは索引にない")
add("江別市の実践項目でR4に終了したもの", "practice", "count", 0, "江別市の資料に R4 はない",
    "江別市の取組終了は R7〜R10。R4 終了は苫小牧市の資料にしかない")
add("江別市の取組項目で委員評価が4.6のもの", "initiative", "count", 0, "江別市にはない値",
    "江別市の委員評価は 3.5〜4.5。4.6 は苫小牧市の No.17・No.20")
add("岡山市と倉敷市の連携事業で観光部会のもの（平成19年度）", "joint_project", "count", 0, "年度が合わない",
    "同梱の岡山市・倉敷市の表は平成17年度。平成19年度の表は福山市・尾道市のもの")

# ---------------------------------------------------------------- about the shipped documents (not from the editions)
add("苫小牧市の取組項目で審議会評価平均が4.6のもの", "initiative", "set", ["17", "20"], "同梱の資料",
    "同梱 002 の取組項目別一覧: 審議会評価平均 4.6 は No.17 庁内文書の電子化の推進 と No.20 職員人材育成と「働き方改革」の推進")
add("岡山市と倉敷市の連携事業で観光部会のもの", "joint_project", "set", ["15"], "同梱の資料",
    "同梱 000: 部会名称が観光部会 (倉敷市) の行は 15 観光キャンペーン事業だけ")
add("苫小牧市の取組項目「AIの活用」の委員評価は", "initiative", "value", 4.4, "同梱の資料",
    "同梱 002: 16 AIの活用 の委員評価 4.4 /5")
add("事務事業コード1000064の事業名", "passage", "contains", ["埼玉県東南部都市連絡調整会議事業"], "同梱の資料",
    "同梱 003 の事業名の欄")


def main() -> None:
    out = Path(__file__).resolve().parent / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for q in QUESTIONS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"{len(QUESTIONS)} questions -> {out.name}")
    for q in QUESTIONS:
        print(q["id"], " / ".join(q["turns"]), "=>", q["expect"], q["answer"])


if __name__ == "__main__":
    main()
