"""Write questions.jsonl for made47; every answer is computed from data.py."""
import json
from collections import Counter
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data as D  # noqa: E402

P, I, J = D.PRACTICES, D.INITIATIVES, D.JOINT
Q = []


def g(code, y):
    return D.grades(code)[y]


def sel(pred, items=P):
    return sorted((c for c in items if pred(c)), key=lambda c: (int(str(c).split("-")[0]), str(c)))


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if isinstance(answer, list):
        answer = [str(a) for a in answer]
    Q.append({"id": f"m47-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


# ---------------- practice items (XLSX 評価一覧) ----------------
add("湊川市の評価一覧で、2025年度に5点だった実践項目は？", "practice", "set",
    sel(lambda c: g(c, "R7") == 5), "西暦の年度列 2025年度 = R7, 評価点 5", "PRACTICES grade R7 == 5")
add("湊川市の行革プランで令和6年度の評価が2点以下の実践項目を教えて", "practice", "set",
    sel(lambda c: g(c, "R6") is not None and g(c, "R6") <= 2), "和暦→2024年度列, 点数は小さいほど悪い",
    "grade R6 <= 2")
add("湊川市で2023年度から2026年度まで4年間ずっと4点以上だった実践項目は？", "practice", "set",
    sel(lambda c: all(x is not None and x >= 4 for x in P[c][1])), "全4年度に評価があり4以上; 「－」は不可",
    "all grades R5..R8 >= 4")
add("湊川市の実践項目で令和7年度に完了したものは？", "practice", "set",
    sel(lambda c: P[c][3] == "R7"), "完了年度列は和暦 R7", "完了年度 == R7")
add("湊川市の評価一覧、2024年度に完了した実践項目はどれ？", "practice", "set",
    sel(lambda c: P[c][3] == "R6"), "2024年度 = R6 (完了年度列は和暦)", "完了年度 == R6")
add("湊川市の情報政策課が担当している実践項目は？", "practice", "set",
    sel(lambda c: P[c][4] == "情報政策課"), "所管課列 '総務部 情報政策課'", "所管課 == 情報政策課")
cnt = Counter(v[4] for v in P.values())
top, topn = cnt.most_common(1)[0]
assert list(cnt.values()).count(topn) == 1
add("湊川市の実践項目を所管課別に見ると、いちばん多い課は何件？", "practice", "value", topn,
    f"{top} が最多 ({dict(cnt)})", "max of Counter(所管課)")
add("湊川市の取組3の実践項目を一覧で", "practice", "set", sel(lambda c: c.startswith("3-")),
    "階層コード 3-x は取組3の下", "code prefix '3-'")
add("湊川市で2023年度より2026年度のほうが点数が下がった実践項目は？", "practice", "set",
    sel(lambda c: None not in (g(c, "R5"), g(c, "R8")) and g(c, "R8") < g(c, "R5")),
    "両年度に評価がある項目のみ比較", "R8 < R5, both graded")
add("湊川市の評価一覧で、令和7年度に前年度より点数が下がった実践項目はある？", "practice", "set",
    sel(lambda c: None not in (g(c, "R6"), g(c, "R7")) and g(c, "R7") < g(c, "R6")),
    "R7 < R6 (2025年度 < 2024年度)", "R7 < R6, both graded")
r8 = [g(c, "R8") for c in P if g(c, "R8") is not None]
add("湊川市の実践項目の2026年度の評価点の平均は？", "practice", "value", round(sum(r8) / len(r8), 2),
    f"「－」を除く {len(r8)} 件の平均 {sum(r8)}/{len(r8)}", "mean of non-null R8 grades")
add("湊川市の「書かない窓口の導入」は令和8年度に何点だった？", "practice", "value", g("1-3", "R8"),
    "1-3 の 2026年度列", "grade 1-3 R8")
add("湊川市の取組5の実践項目のうち、まだ完了していないものは？", "practice", "set",
    sel(lambda c: c.startswith("5-") and not P[c][3]), "完了年度が空欄 = 継続中 (否定)",
    "prefix 5- and 完了年度 blank")
add("湊川市の実践項目で平均点が4点以上のものは何件？", "practice", "count",
    len(sel(lambda c: D.average(c) >= 4)), "平均点列 (評価対象年度の単純平均) >= 4.0",
    "count average >= 4")
order = sorted(P, key=lambda c: -D.average(c))
assert D.average(order[2]) > D.average(order[3])
add("湊川市の実践項目を平均点の高い順に3つ", "practice", "ordered", order[:3],
    "平均点 " + ", ".join(f"{c}={D.average(c):.2f}" for c in order[:4]), "sort by average desc, top 3")
add("湊川市の実践項目で完了したのは全部で何件？", "practice", "count",
    len(sel(lambda c: bool(P[c][3]))), "完了年度に値がある行", "count 完了年度 != ''")
add(["湊川市の取組4の実践項目を見せて", "そのうち2025年度が4点以上のものは？"], "practice", "set",
    sel(lambda c: c.startswith("4-") and (g(c, "R7") or 0) >= 4), "2ターン目は取組4に絞った上で R7 >= 4",
    "prefix 4- and R7 >= 4")
add(["湊川市で企画課が所管する実践項目は？", "その中で令和8年度に5点なのは？"], "practice", "set",
    sel(lambda c: P[c][4] == "企画課" and g(c, "R8") == 5), "企画課 かつ R8 == 5", "所管課 企画課 and R8 == 5")
add(["湊川市で令和5年度に1点だった実践項目は？", "そのうち令和8年度も2点以下のものは？"], "practice", "set",
    sel(lambda c: g(c, "R5") == 1 and g(c, "R8") is not None and g(c, "R8") <= 2),
    "R7 完了の 1-4 は 2026年度が「－」なので含めない", "R5 == 1 and R8 <= 2 (non-null)")
add("湊川市の自治会加入促進の4年間の平均点は？", "practice", "value", round(D.average("6-4"), 2),
    "6-4: " + str(P["6-4"][1]), "average 6-4")
add("湊川市の評価一覧に実践項目はいくつある？", "practice", "count", len(P),
    "取組見出し行 (取組1…) は数えない", "len(PRACTICES)")
add("湊川市で2024年度から2026年度まで毎年4点以上だった実践項目は？", "practice", "set",
    sel(lambda c: all(g(c, y) is not None and g(c, y) >= 4 for y in ["R6", "R7", "R8"])),
    "R6–R8 すべて評価あり かつ 4 以上", "R6,R7,R8 all >= 4")
add("湊川市で令和5年度から令和7年度の間に完了した実践項目は？", "practice", "set",
    sel(lambda c: P[c][3] in ("R5", "R6", "R7")), "和暦の範囲 R5–R7 の完了年度", "完了年度 in R5..R7")
add(["湊川市の取組2の実践項目は？", "完了したものはどれ？"], "practice", "set",
    sel(lambda c: c.startswith("2-") and bool(P[c][3])), "取組2 のうち完了年度あり", "prefix 2- and 完了年度")
add(["湊川市の会議録作成へのAI活用の点数の推移は？", "2026年度は何点？"], "practice", "value", g("2-4", "R8"),
    "2-4 の R8 (2026年度)", "grade 2-4 R8")
add("湊川市の評価一覧で、2023年度は評価の対象外だった実践項目は？", "practice", "set",
    sel(lambda c: g(c, "R5") is None), "開始 R6 の項目は 2023年度が「－」", "grade R5 is None")
add("湊川市の実践項目で4年間一度も3点以上を取れなかったものは？", "practice", "set",
    sel(lambda c: all(x is None or x < 3 for x in P[c][1])), "否定: 全評価が 2 以下",
    "all non-null grades < 3")

# ---------------- initiatives (XLSX 取組一覧 + Word 判定) ----------------
add("湊川市の委員意見書で、委員会の判定が「やや不十分」か「不十分」だった取組は？", "initiative", "set",
    sel(lambda n: I[n][4] in ("やや不十分", "不十分"), I), "Word 委員意見書の 委員会の判定", "判定 in (やや不十分,不十分)")
add("湊川市の行革プランで委員会の判定が十分だった取組はどれ？", "initiative", "set",
    sel(lambda n: I[n][4] == "十分", I), "「十分」のみ; 「概ね十分」は含めない", "判定 == 十分")
add("湊川市の取組5に対する委員会の判定は？", "initiative", "value", I[5][4], "Word 取組5 の判定", "INITIATIVES[5] 判定")
add("湊川市で財務部が所管する取組は？", "initiative", "set", sel(lambda n: I[n][2] == "財務部", I),
    "取組一覧 所管部", "所管部 == 財務部")
add("湊川市の行革プランで基本方針が「効率的な行政運営」の取組は？", "initiative", "set",
    sel(lambda n: I[n][0] == "効率的な行政運営", I), "取組一覧 基本方針", "基本方針 == 効率的な行政運営")
add("湊川市の委員意見書で「概ね十分」と判定された取組は何件？", "initiative", "count",
    len(sel(lambda n: I[n][4] == "概ね十分", I)), "判定の件数", "count 判定 == 概ね十分")
add(["湊川市で市民生活部が所管する取組は？", "そのうち委員会の判定が十分なのは？"], "initiative", "set",
    sel(lambda n: I[n][2] == "市民生活部" and I[n][4] == "十分", I), "所管部 かつ 判定", "所管部 市民生活部 and 判定 十分")
add("湊川市の取組で担当部の自己評価がAではないものは？", "initiative", "set",
    sel(lambda n: I[n][3] != "A", I), "否定: 自己評価 B/C", "自己評価 != A")
add(["湊川市で担当部自己評価がBの取組は？", "その中で委員会判定が概ね十分なのは？"], "initiative", "set",
    sel(lambda n: I[n][3] == "B" and I[n][4] == "概ね十分", I), "自己評価 B かつ 判定 概ね十分",
    "自己評価 B and 判定 概ね十分")

# ---------------- comments (Word 委員の意見) ----------------
add("湊川市の公共施設の適正配置について委員はどんな意見を出している？", "comment", "set", ["3"],
    "取組3 の 委員の意見", "OPINIONS[3]")
add("湊川市の委員意見書で、自治会加入率について委員は何と言っている？", "comment", "contains",
    ["自治会加入率の低下に歯止めがかかっておらず"], "取組6 の意見の一文", "OPINIONS[6][0]")
kw = "検証"
add(f"湊川市の委員意見書で「{kw}」という言葉が出てくる意見はどの取組？", "comment", "set",
    sel(lambda n: any(kw in o for o in D.OPINIONS[n]), I), f"意見本文に「{kw}」を含む取組",
    f"'{kw}' in OPINIONS[n]")
add(["湊川市の取組6の委員会の判定は？", "委員の意見は？"], "comment", "set", ["6"],
    "2ターン目は取組6 の意見", "OPINIONS[6]")

# ---------------- joint projects (HTML) ----------------
add("桜台町・松ヶ丘町・竹原村の連携事業で松ヶ丘町が幹事のものは？", "joint_project", "set",
    sel(lambda n: J[n][3] == "松ヶ丘町", J), "幹事町村列", "幹事町村 == 松ヶ丘町")
add("桜台町などの広域連携事業で、まだ検討中のものは？", "joint_project", "set",
    sel(lambda n: J[n][2] == "検討中", J), "実施状況 == 検討中", "実施状況 == 検討中")
add("桜台町・松ヶ丘町・竹原村の連携事業のうち竹原村が参加していない事業は？", "joint_project", "set",
    sel(lambda n: J[n][4][2] is None, J), "竹原村の担当課が「―」= 不参加 (注記あり)", "担当課[竹原村] is None")
add("桜台町・松ヶ丘町・竹原村の連携事業で令和7年度に実施中の事業は何件？", "joint_project", "count",
    len(sel(lambda n: J[n][2] == "実施中", J)), "実施状況 == 実施中", "count 実施中")
add(["桜台町が幹事の連携事業は？", "そのうち実施中のものは？"], "joint_project", "set",
    sel(lambda n: J[n][3] == "桜台町" and J[n][2] == "実施中", J), "幹事 桜台町 かつ 実施中",
    "幹事 桜台町 and 実施中")
add("3町村の連携事業で、ごみ処理の広域化の松ヶ丘町の担当課は？", "joint_project", "value",
    J[2][4][1], "番号2 の 松ヶ丘町 列", "JOINT[2] 担当課[松ヶ丘町]")

# ---------------- evaluation sheet (text) ----------------
add("事業番号R6-0427の事業名は？", "program", "contains", [D.SHEET["事業名"]], "ヘッダーの事業番号", "SHEET 事業名")
add("デマンド型乗合タクシー運行事業の令和6年度の年間利用者数の実績は？", "indicator", "value",
    D.INDICATORS["年間利用者数"][3][2], "成果指標 年間利用者数 R6 実績", "INDICATORS 年間利用者数 actual R6")
add("デマンド型乗合タクシーの評価シートで、令和5年度の利用登録者数の達成率は？", "indicator", "value",
    D.rate("利用登録者数", 1), "R5 達成率 (%)", "round(1655/1700*100,1)")
add(["デマンド型乗合タクシー運行事業の事業費の推移を教えて", "令和4年度から令和6年度で何千円増えた？"],
    "program", "value", D.SHEET["事業費"][2] - D.SHEET["事業費"][0], "23,980 - 18,420 (千円)",
    "事業費 R6 - R4")

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "two-turn;",
          Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q))
