"""Write questions.jsonl for made52; every answer is computed from data.py."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data as D  # noqa: E402

A = D.action_dicts()
XLSX = "docs/sakuragaoka_kaikaku_plan_suishin_R5-R8.xlsx"
PDF = "docs/sakuragaoka_suishin_iinkai_ikensho.pdf"
HTML = "docs/kouiki_renkei_3shicho_R7.html"
DOCX = "docs/jimujigyo_hyoka_madoguchi_dx.docx"
QS: list[dict] = []


def codes(pred):
    return [a["code"] for a in A if pred(a)]


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    QS.append({"id": f"m52-{len(QS) + 1:03d}", "turns": turns, "target": target, "expect": expect,
               "answer": answer, "why": why, "derivation": derivation})


RANK = {"◎": 4, "○": 3, "△": 2, "×": 1}
g = lambda a, y: a["grades"][y]  # noqa: E731

# ---- practice items (アクション) ----
q("桜ヶ丘市のプランで令和6年度に◎だったアクションはどれ?", "practice", "set",
  codes(lambda a: g(a, "R6") == "◎"), "grade per year, 和暦", f"{XLSX}: column 2024年度(令和6年度) == ◎ on sheets 方策1-6")
q("桜ヶ丘市 行財政経営改革プランで2025年度の達成状況が△か×のアクションは?", "practice", "set",
  codes(lambda a: g(a, "R7") in "△×"), "grade per year, 西暦, two grades", f"{XLSX}: 2025年度 column in (△, ×)")
q("桜ヶ丘市のアクションで、令和5年度から令和7年度まで3年連続で◎だったものは?", "practice", "set",
  codes(lambda a: all(g(a, y) == "◎" for y in ("R5", "R6", "R7"))), "grades across a year range",
  f"{XLSX}: R5, R6 and R7 all ◎")
q("桜ヶ丘市のプランで、令和5年度は△か×だったのに令和8年度に◎になったアクションは?", "practice", "set",
  codes(lambda a: g(a, "R5") in "△×" and g(a, "R8") == "◎"), "change across years", f"{XLSX}: R5 in (△,×) and R8 == ◎")
q("桜ヶ丘市の改革プランで令和6年度に完了したアクションは?", "practice", "set",
  codes(lambda a: a["done"] == "R6"), "完了年度 (= 取組終了)", f"{XLSX}: 完了年度 == 令和6年度")
q("桜ヶ丘市のプランのアクションで、まだ完了していない(継続)ものは何件?", "practice", "count",
  len(codes(lambda a: not a["done"])), "negation of 完了; 継続 printed", f"{XLSX}: 完了年度 == 継続; also 方策別集計 計 row うち継続")
q("桜ヶ丘市のプランで総合判定がSのアクションは?", "practice", "set",
  codes(lambda a: a["judge"] == "S"), "総合判定 (= 総合評価)", f"{XLSX}: 総合判定 == S")
best = max(A, key=lambda a: a["total"])
assert sum(1 for a in A if a["total"] == best["total"]) == 1
q("桜ヶ丘市のアクションで観点別評価の合計点がいちばん高いのはどれ?", "practice", "set", [best["code"]],
  "argmax of 合計 (unique)", f"{XLSX}: 合計 max = {best['total']}")
q("桜ヶ丘市で情報政策課が所管しているアクションは?", "practice", "set",
  codes(lambda a: a["ka"] == "情報政策課"), "department", f"{XLSX}: 所管課 == 情報政策課")
dept = Counter(a["ka"] for a in A).most_common()
assert dept[0][1] > dept[1][1]
q("桜ヶ丘市の改革プランで、いちばん多くのアクションを所管している課はどこ?", "practice", "value", dept[0][0],
  "group by 所管課, argmax (unique)", f"{XLSX}: counts {dict(dept)}")
m3 = [a["total"] for a in A if a["init"] == 3]
q("桜ヶ丘市のプランの推進方策3のアクションの合計点の平均は?", "practice", "value", round(sum(m3) / len(m3), 1),
  "average of 合計 within one initiative", f"{XLSX}: sheet 方策3 合計 {m3}; 方策別集計 shows the same")
cnt = Counter(a["init"] for a in A).most_common()
top = [n for n, c in cnt if c == cnt[0][1]]
q("桜ヶ丘市のプランでアクションの数がいちばん多い推進方策は?", "initiative", "set", [str(n) for n in top],
  "count per initiative; tie of two", f"{XLSX}: 方策別集計 アクション数 {dict(cnt)}")
a7 = next(a for a in A if a["code"] == "7")
q("桜ヶ丘市のアクション7の令和6年度の達成状況は?", "practice", "value", g(a7, "R6"), "one cell", f"{XLSX}: 方策2 row 7, 2024年度")
q("桜ヶ丘市のプランで計画期間の途中に追加されたアクションは?", "practice", "set",
  codes(lambda a: a["code"].startswith("新")), "番号に「新」 = added (note on 方策別集計)", f"{XLSX}: codes starting 新")
q("桜ヶ丘市のアクションで、一度でも×がついたものは?", "practice", "set",
  codes(lambda a: "×" in a["grades"].values()), "any year ×", f"{XLSX}: any of the 4 year columns == ×")
q("桜ヶ丘市のアクションで市民協働の観点が5点だったものは?", "practice", "set",
  codes(lambda a: a["scores"]["市民協働"] == 5), "viewpoint score column", f"{XLSX}: 市民協働 == 5")
q(["桜ヶ丘市のプランの推進方策2のアクションを見せて", "そのうち令和7年度が◎のものは?"], "practice", "set",
  codes(lambda a: a["init"] == 2 and g(a, "R7") == "◎"), "2 turns: initiative then year grade", f"{XLSX}: 方策2, 2025年度 == ◎")
q("桜ヶ丘市の推進方策6で2025年度に◎ではなかったアクションは?", "practice", "set",
  codes(lambda a: a["init"] == 6 and g(a, "R7") != "◎"), "negation; all of 方策6 graded in R7", f"{XLSX}: 方策6, R7 != ◎")
q("桜ヶ丘市のプランで令和7年度の達成状況が前年度より下がったアクションは?", "practice", "set",
  codes(lambda a: g(a, "R6") in RANK and g(a, "R7") in RANK and RANK[g(a, "R7")] < RANK[g(a, "R6")]),
  "change R6 -> R7, order ◎>○>△>×, － excluded", f"{XLSX}: compare 2024 and 2025 columns")
q("桜ヶ丘市のプランで総務部が所管するアクションは何件?", "practice", "count",
  len(codes(lambda a: a["bu"] == "総務部")), "所管部 column", f"{XLSX}: 所管部 == 総務部")
q("桜ヶ丘市の改革プランで2026年度に◎だったアクションは何件?", "practice", "count",
  len(codes(lambda a: g(a, "R8") == "◎")), "count per year, 西暦", f"{XLSX}: 2026年度 == ◎")
q(["桜ヶ丘市で情報政策課が担当しているアクションは?", "その中で完了したものはある?"], "practice", "set",
  codes(lambda a: a["ka"] == "情報政策課" and a["done"]), "2 turns; answer is empty (all 継続)", f"{XLSX}: 情報政策課 rows all 継続")
ec = next(a for a in A if a["name"] == "電子契約の導入")
q(["桜ヶ丘市のプランに電子契約の導入というアクションはある?", "その総合判定は?"], "practice", "value", ec["judge"],
  "2 turns, field of one record", f"{XLSX}: 方策3 row {ec['code']}")
q(["桜ヶ丘市の改革プランで総合判定がSのアクションは?", "それらの所管課は?"], "practice", "set",
  codes(lambda a: a["judge"] == "S"), "2 turns; rows are the same S items (所管課 shown)",
  f"{XLSX}: S rows, 所管課 " + "、".join(a["ka"] for a in A if a["judge"] == "S"))
# ---- initiatives & committee ----
bi = max(D.COMMITTEE_SCORE, key=D.COMMITTEE_SCORE.get)
q("桜ヶ丘市の推進委員会の評価がいちばん高かった推進方策は?", "initiative", "set", [str(bi)],
  "argmax of 委員会評価", f"{PDF}: 委員会評価 per 方策 {D.COMMITTEE_SCORE}")
q("桜ヶ丘市の意見書で委員会評価が3.5点未満の推進方策は?", "initiative", "set",
  [str(n) for n, s in D.COMMITTEE_SCORE.items() if s < 3.5], "threshold; = 評語 一層の取組が必要", f"{PDF}")
q("桜ヶ丘市の行財政改革推進委員会の評価点の平均は?", "initiative", "value",
  round(sum(D.COMMITTEE_SCORE.values()) / len(D.COMMITTEE_SCORE), 1), "average of 6 scores (also printed)", f"{PDF}: last paragraph")
q("桜ヶ丘市の推進方策4の委員会評価は何点?", "initiative", "value", D.COMMITTEE_SCORE[4], "one score", f"{PDF}: 推進方策4 table")
q("桜ヶ丘市の意見書で「高く評価できる」とされた推進方策はいくつ?", "initiative", "count",
  sum(1 for s in D.COMMITTEE_SCORE.values() if D.committee_word(s) == "高く評価できる"), "評語 count (4.0 inclusive)", f"{PDF}: 評語 column")
q(["桜ヶ丘市の推進方策5の委員会評価は?", "委員の意見は?"], "comment", "set", ["5"],
  "2 turns: committee opinions of initiative 5", f"{PDF}: 推進方策5 委員の主な意見 ①-③")
q("桜ヶ丘市の意見書で、ネーミングライツについて委員が意見を述べているのはどの推進方策?", "comment", "set",
  [str(n) for n, ops in D.OPINIONS.items() if any("ネーミングライツ" in o for o in ops)], "keyword in opinions", f"{PDF}")
q("桜ヶ丘市の推進委員会は、デジタル化の方策について高齢者への対応で何と言っている?", "comment", "contains",
  ["高齢者等への支援策"], "opinion text", f"{PDF}: 推進方策3 ③")
q(["桜ヶ丘市の推進方策4について委員の意見を教えて", "職員提案制度についてはどう言っている?"], "comment", "contains",
  ["抜本的に見直す"], "2 turns, opinion text", f"{PDF}: 推進方策4 ①")
# ---- joint projects ----
J = D.JOINT
jc = lambda pred: [str(j[0]) for j in J if pred(j)]  # noqa: E731
q("桜ヶ丘市・緑川町・東浜市の広域連携事業で、緑川町が幹事の事業は?", "joint_project", "set", jc(lambda j: j[4] == "緑川町"),
  "幹事市町", f"{HTML}: 幹事市町 == 緑川町")
q("3市町の広域連携事業で、まだ検討中のものは?", "joint_project", "set", jc(lambda j: j[3] == "検討中"), "状況", f"{HTML}")
q("桜ヶ丘市・緑川町・東浜市の連携事業のうち、3市町すべてが参加している事業は何件?", "joint_project", "count",
  len(jc(lambda j: "—" not in j[6])), "— = 不参加 (legend)", f"{HTML}: rows without —")
q("広域連携事業で東浜市が参加していない事業は?", "joint_project", "set", jc(lambda j: j[6][2] == "—"),
  "negation via — in 東浜市 column", f"{HTML}")
q("桜ヶ丘市・緑川町・東浜市の広域連携事業で2024年度に始まった事業は?", "joint_project", "set", jc(lambda j: j[5] == 2024),
  "開始年度 西暦", f"{HTML}")
q("3市町の広域連携事業で令和5年度以前に始まったものは?", "joint_project", "set", jc(lambda j: j[5] <= 2023),
  "和暦 -> 西暦: R5 = 2023", f"{HTML}")
q("桜ヶ丘市・緑川町・東浜市の連携事業で防災分野の事業は?", "joint_project", "set", jc(lambda j: j[1] == "防災"),
  "分野 is a rowspan cell", f"{HTML}")
j7 = next(j for j in J if j[0] == 7)
q("広域連携事業の7番で東浜市の担当課はどこ?", "joint_project", "value", j7[6][2], "one cell, per-municipality column", f"{HTML}: row 7")
fc = Counter(j[1] for j in J).most_common()
assert fc[0][1] > fc[1][1]
q("桜ヶ丘市・緑川町・東浜市の広域連携事業で、事業数がいちばん多い分野は?", "joint_project", "value", fc[0][0],
  "group by 分野 (rowspan)", f"{HTML}: {dict(fc)}")
q(["桜ヶ丘市・緑川町・東浜市の広域連携事業で観光分野のものは?", "そのうち実施済みは?"], "joint_project", "set",
  jc(lambda j: j[1] == "観光" and j[3] == "実施済"), "2 turns", f"{HTML}")
q(["3市町の広域連携事業で緑川町が幹事のものは?", "そのうち検討中のものは?"], "joint_project", "set",
  jc(lambda j: j[4] == "緑川町" and j[3] == "検討中"), "2 turns", f"{HTML}")
# ---- evaluation sheet ----
E = D.EVAL
q("桜ヶ丘市の窓口DX推進事業の2024年度の事業費はいくら?(千円)", "indicator", "value", E["cost"]["事業費"][1],
  "cost table cell (決算)", f"{DOCX}: コストの推移")
kind, name, unit, tg, ac, low = E["indicators"][2]
q("窓口DX推進事業のオンライン申請件数の2024年度の達成率は?", "indicator", "value", D.rate(tg[1], ac[1], low),
  "printed 達成率 109.0%", f"{DOCX}: 指標の推移")
q("桜ヶ丘市の事務事業評価表で、窓口DX推進事業の今後の方向性は?", "item", "value", E["direction"], "evaluation field", f"{DOCX}: 評価")
q(["桜ヶ丘市の窓口DX推進事業の成果指標は?", "窓口平均待ち時間の2023年度の実績値は?"], "indicator", "value",
  E["indicators"][1][4][0], "2 turns, indicator actual (分)", f"{DOCX}: 成果指標 窓口平均待ち時間 実績値 2023年度")
tot = E["cost"]["事業費"][2] + E["cost"]["人件費"][2]
q("窓口DX推進事業の2025年度予算の総コストは?(千円)", "indicator", "value", tot, "事業費+人件費, printed", f"{DOCX}: 総コスト row")
q("桜ヶ丘市の窓口DX推進事業は何を目的としている?", "item", "contains", ["待ち時間の短縮"], "purpose text", f"{DOCX}: 事業の目的")

Path(__file__).resolve().parent.joinpath("questions.jsonl").write_text(
    "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QS), encoding="utf-8")
print(len(QS), "questions;", sum(1 for x in QS if len(x["turns"]) > 1), "two-turn")
print(Counter(x["target"] for x in QS), Counter(x["expect"] for x in QS))
