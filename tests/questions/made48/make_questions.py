"""Write questions.jsonl for made48; every answer is computed from data.py."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

Y = D.YEARS
RANK = {"A": 4, "B": 3, "C": 2, "D": 1}
INI = {no: (name, score, ops) for no, name, score, ops in D.INITIATIVES}
IT = {it[0]: it for it in D.ITEMS}


def g(no, y):
    return IT[no][3][Y.index(y)]


def items(pred):
    return [str(it[0]) for it in D.ITEMS if pred(it)]


def ended(it):
    return it[6].endswith("で終了")


Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append({"id": f"m48-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


P = "鶴ヶ丘市の行革計画"
# --- grades per year (西暦 and 和暦)
q(f"{P}で2025年度にA評価だった実施項目は？", "practice", "set", items(lambda i: g(i[0], 2025) == "A"),
  "grade in one 西暦 year column", "ITEMS where grade[2025]=='A'")
q("鶴ヶ丘市 令和6年度の評価がDの実施項目はどれ", "practice", "set", items(lambda i: g(i[0], 2024) == "D"),
  "和暦 year mapped to the 西暦 column 2024", "令和6年度=2024; grade=='D'")
q(f"{P}で令和7年度にB評価だったのは", "practice", "set", items(lambda i: g(i[0], 2025) == "B"),
  "和暦 R7 = 2025 column", "grade[2025]=='B'")
q("鶴ヶ丘市の実施項目で4年間ずっとAだったもの", "practice", "set",
  items(lambda i: all(g(i[0], y) == "A" for y in Y)), "all four years A", "all(grade=='A')")
q(f"{P}、2024年度から2026年度まで毎年A評価の実施項目は", "practice", "set",
  items(lambda i: all(g(i[0], y) == "A" for y in (2024, 2025, 2026))),
  "year range in 西暦; '―' after the end is not A", "grade[2024..2026] all 'A'")
q("鶴ヶ丘市で令和5年度か令和6年度にC評価があった実施項目", "practice", "set",
  items(lambda i: "C" in (g(i[0], 2023), g(i[0], 2024))), "和暦 range R5–R6, any C", "C in grade[2023], grade[2024]")
q(f"{P}で2026年度にCかDの評価だった実施項目は", "practice", "set",
  items(lambda i: g(i[0], 2026) in "CD"), "two grades in one year", "grade[2026] in {C,D}")
q("鶴ヶ丘市の実施項目のうち、一度でもD評価を受けたものは？", "practice", "set",
  items(lambda i: "D" in i[3]), "D in any year", "'D' in grades")
q("鶴ヶ丘市の行革で、4年間評価が変わらなかった実施項目", "practice", "set",
  items(lambda i: len(set(i[3])) == 1 and i[3][0] in RANK), "same grade all years ('未'/'―' rows excluded)",
  "len(set(grades))==1")
# --- changes
q("鶴ヶ丘市の計画で2023年度から2024年度にかけて評価が下がった実施項目は", "practice", "set",
  items(lambda i: g(i[0], 2023) in RANK and g(i[0], 2024) in RANK and RANK[g(i[0], 2024)] < RANK[g(i[0], 2023)]),
  "change between two years, both graded (A best, D worst)", "rank[2024] < rank[2023]")
q("鶴ヶ丘市 令和7年度より令和8年度の評価が上がった実施項目", "practice", "set",
  items(lambda i: g(i[0], 2025) in RANK and g(i[0], 2026) in RANK and RANK[g(i[0], 2026)] > RANK[g(i[0], 2025)]),
  "improvement R7→R8; items not graded in R7 ('未') excluded", "rank[2026] > rank[2025]")
# --- start / end
q(f"{P}で令和6年度で終了した実施項目はどれですか", "practice", "set",
  items(lambda i: i[6] == "令和6年度で終了"), "end stated in 備考", "備考=='令和6年度で終了'")
q("鶴ヶ丘市の実施項目で取組を終了したものは何件？", "practice", "count", len(items(ended)),
  "any 「…で終了」 in 備考", "count 備考 endswith 'で終了'")
q("鶴ヶ丘市の行革計画で、終了せずに2026年度も続いている実施項目は？", "practice", "set",
  items(lambda i: g(i[0], 2026) in RANK), "negation of ended; graded in 2026", "grade[2026] in A–D")
q("鶴ヶ丘市 2023年度にはまだ始まっていなかった実施項目", "practice", "set",
  items(lambda i: g(i[0], 2023) == "未"), "「未」 = before the start", "grade[2023]=='未'")
q("鶴ヶ丘市で2024年度から始まった実施項目は", "practice", "set",
  items(lambda i: i[6] == "令和6年度から実施"), "start year 2024 = 令和6年度 (備考)", "備考=='令和6年度から実施'")
q("鶴ヶ丘市の未利用地の売却はいつ終了しましたか", "practice", "contains", ["令和7年度"],
  "end year of one item from 備考", "ITEMS[14].備考")
# --- departments
q("鶴ヶ丘市の行革で職員課が担当している実施項目は", "practice", "set", items(lambda i: i[4] == "職員課"),
  "課 column", "課=='職員課'")
q("鶴ヶ丘市の行革計画、総務部の実施項目は何件", "practice", "count", len(items(lambda i: i[5] == "総務部")),
  "部 is a separate column", "count 部=='総務部'")
c = Counter(i[4] for i in D.ITEMS).most_common()
assert c[0][1] > c[1][1]
q("鶴ヶ丘市の実施項目をいちばん多く担当している課はどこ", "practice", "contains", [c[0][0]],
  "largest group by 課", f"Counter(課) -> {c[:2]}")
q(["鶴ヶ丘市のふるさと納税の返礼品拡充の担当課は？", "所管部はどこ？"], "practice", "value", IT[10][5],
  "follow-up asks the 部 column of the same item", "ITEMS[10].部")
# --- aggregates on grades
c26 = Counter(g(i[0], 2026) for i in D.ITEMS if g(i[0], 2026) in RANK).most_common()
q("鶴ヶ丘市の行革計画で2026年度の評価はどれがいちばん多い？何件？", "practice", "value", c26[0][1],
  "size of the largest grade group in 2026", f"Counter -> {c26}")
q("鶴ヶ丘市 2024年度にAだった実施項目は何件", "practice", "count", len(items(lambda i: g(i[0], 2024) == "A")),
  "count one grade in one year", "count grade[2024]=='A'")
# --- committee scores / opinions
best = max(D.INITIATIVES, key=lambda x: x[2])
q("鶴ヶ丘市行政改革推進委員会の評価がいちばん高い重点項目は", "initiative", "ordered", [str(best[0])],
  "max of the 10-point score", "max score")
q("鶴ヶ丘市の重点項目で委員会評価が7点以上のもの", "initiative", "set",
  [str(n) for n, _, s, _ in D.INITIATIVES if s >= 7], "以上 includes 7.0", "score>=7")
avg = round(sum(s for _, _, s, _ in D.INITIATIVES) / len(D.INITIATIVES), 2)
q("鶴ヶ丘市の重点項目の委員会評価の平均は何点？", "initiative", "value", avg,
  "mean of six 10-point scores", "sum/6")
q("鶴ヶ丘市 公共施設の最適化の委員会評価は何点でしたか", "initiative", "value", INI[4][1],
  "one score", "INITIATIVES[4].score")
q("鶴ヶ丘市の評価報告書で「要改善」とされた重点項目は", "initiative", "set",
  [str(n) for n, _, s, _ in D.INITIATIVES if D.band(s) == "要改善"], "評価区分 < 6点", "band(score)=='要改善'")
q("鶴ヶ丘市の委員会は公共施設の最適化についてどんな意見を出していますか", "comment", "set", ["4"],
  "opinions of initiative 4", "INITIATIVES[4].opinions")
q("鶴ヶ丘市の行革委員会の意見で国保窓口のワンストップ化に触れているのは", "comment", "set",
  [str(n) for n, _, _, ops in D.INITIATIVES if any("国保窓口" in o for o in ops)], "opinion text search",
  "'国保窓口' in opinions")
q(["鶴ヶ丘市の人材育成と働き方改革の委員会評価は？", "委員の意見は？"], "comment", "set", ["5"],
  "follow-up: opinions of the same initiative", "INITIATIVES[5].opinions")
# --- progress sheets
sh19 = D.SHEETS[19][2]
q("鶴ヶ丘市の時間外勤務の縮減、2026年度の実績値は", "practice", "value", sh19[2026][1],
  "progress sheet value", "SHEETS[19][2026].actual")
t, a = D.SHEETS[11][2][2023]
q("鶴ヶ丘市の使用料・手数料の見直しの令和5年度の達成率は？", "practice", "contains", [f"{a / t * 100:.1f}%"],
  "progress sheet rate, 和暦 year", "actual/target")
q("鶴ヶ丘市 書かない窓口の対象手続数の2026年度の目標は何件", "practice", "value", D.SHEETS[5][2][2026][0],
  "progress sheet target", "SHEETS[5][2026].target")
q(["鶴ヶ丘市の時間外勤務の縮減の進捗管理シートを見せて", "令和6年度の実績は？"], "practice", "value", sh19[2024][1],
  "follow-up with 和暦 year on the same sheet", "SHEETS[19][2024].actual")
# --- two-turn filters
q(["鶴ヶ丘市の自主財源の確保の実施項目は？", "そのうち2026年度も続いているのは？"], "practice", "set",
  items(lambda i: i[1] == 3 and g(i[0], 2026) in RANK), "initiative 3, not ended", "ini==3 and graded 2026")
q(["鶴ヶ丘市で職員課が担当する実施項目", "2025年度にCだったのは？"], "practice", "set",
  items(lambda i: i[4] == "職員課" and g(i[0], 2025) == "C"), "filter carried over", "課=='職員課' and grade[2025]=='C'")
q(["鶴ヶ丘市のデジタル行政の推進の実施項目を教えて", "そのうち終了したものは"], "practice", "set",
  items(lambda i: i[1] == 1 and ended(i)), "initiative 1, ended", "ini==1 and 備考 'で終了'")
q(["鶴ヶ丘市 2025年度にA評価の実施項目は", "そのうち企画財政部のものは？"], "practice", "set",
  items(lambda i: g(i[0], 2025) == "A" and i[5] == "企画財政部"), "second filter on 部", "grade[2025]=='A' and 部")
# --- joint projects
J = D.JOINT
q("鶴ヶ丘市と北浜町の連携事業で検討中のものは", "joint_project", "set", [j[0] for j in J if j[3] == "検討中"],
  "状況 column", "状況=='検討中'")
q("鶴ヶ丘市・北浜町の広域連携で北浜町が幹事の事業は何件", "joint_project", "count",
  sum(1 for j in J if j[4] == "北浜町"), "幹事団体 column", "count 幹事=='北浜町'")
q("北浜町との連携事業で2026年度に実施予定のもの", "joint_project", "set",
  [j[0] for j in J if j[3] == "2026年度実施予定"], "状況", "状況=='2026年度実施予定'")
q(["鶴ヶ丘市・北浜町の連携事業で北浜町の担当が総務課のものは", "そのうち実施中なのは？"], "joint_project", "set",
  [j[0] for j in J if j[6] == "総務課" and j[3] == "実施中"], "follow-up filter", "北浜町担当=='総務課' and 実施中")
q("鶴ヶ丘市と北浜町の図書館の相互利用、北浜町の担当課は", "joint_project", "contains",
  [next(j[6] for j in J if j[1] == "図書館の相互利用")], "one cell", "JOINT K-02 北浜町担当")
# --- case studies
q("行政改革先進事例集で公共施設マネジメントの事例はどこの自治体？", "case_study", "set",
  sorted({c[2] for c in D.CASES if "公共施設" in c[1]}), "places of theme 2", "CASES theme 2 places")
q(["先進事例集の企業版ふるさと納税の事例はどこ？", "効果は？"], "case_study", "contains",
  ["1億2,000万円"], "成果 of case 3.2",
  "CASES 3.2 成果 amount")
# --- newsletter
q("つるがおか協働だより第12号の研修会には何人参加した？", "newsletter", "value", D.NEWS["研修会"]["参加者数"],
  "number in prose", "NEWS 研修会 参加者数")
q("鶴ヶ丘市の協働事業提案の受付はいつまで？", "newsletter", "contains", ["12月11日"],
  "end of 受付期間", "NEWS 募集 受付期間")
# --- evaluation sheet
E = D.EVAL
q("鶴ヶ丘市の地域公共交通確保事業、2025年度のコミュニティバス利用者数の実績は", "indicator", "value",
  E["outcome"][2][2025][1], "成果指標 actual", "EVAL outcome 2025 actual")
q(["事務事業評価シート 2025-0318 の事業費は？", "2024年度の決算額はいくら？"], "table_row", "value",
  E["costs"][2024], "follow-up: one year of 事業費 (千円)", "EVAL costs 2024")

assert "1億2,000万円" in next(c[5] for c in D.CASES if "企業版" in c[3])
assert len(Q) == 50, len(Q)
assert sum(len(x["turns"]) == 2 for x in Q) >= 9
with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(Q), Counter(x["target"] for x in Q), Counter(x["expect"] for x in Q),
      sum(len(x["turns"]) == 2 for x in Q))
