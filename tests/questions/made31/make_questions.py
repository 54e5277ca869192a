"""Write questions.jsonl for made31, each answer computed from make_documents' data (never typed by hand).

Run: .venv/bin/python -m tests.questions.made31.make_questions
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .make_documents import INITIATIVES, JOINT, PRACTICES, SHEET, averages

Y = {"R4": 0, "R5": 1, "R6": 2, "R7": 3}
RANK = {"A": 3, "B": 2, "C": 1}
P = {p[0]: p for p in PRACTICES}


def g(code, year):
    return P[code][3][Y[year]]


def pr(cond):
    return [p[0] for p in PRACTICES if cond(p)]


def endn(p):
    return int(p[5][1:]) if p[5] else None


def depts(p):
    return [d.split(")")[-1] for d in p[6].split("、")]


Q = []


def q(turns, target, expect, answer, why, der):
    turns = [turns] if isinstance(turns, str) else turns
    Q.append({"id": f"m31-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": der})


D = "docs/muroran_plan_report.html 実践項目別の表"
q("室蘭市の実践項目で、R6の評価がAだったのはどれですか？", "practice", "set", pr(lambda p: p[3][2] == "A"), "ある年度の評価", D + " R6列=A")
q("室蘭市の実践項目で、令和4年度と令和5年度がどちらもCのものってありますか", "practice", "set", pr(lambda p: p[3][0] == "C" and p[3][1] == "C"), "2年度ともに同じ評価（どちらも）", D + " R4=C かつ R5=C")
q("室蘭市でR4からR7までずっとA評価の実践項目は？", "practice", "set", pr(lambda p: all(x == "A" for x in p[3])), "全年度同じ評価（ずっと）", D + " R4〜R7すべてA")
q("室蘭市の実践項目で、一度もAを取ったことがないものを教えてください", "practice", "set", pr(lambda p: "A" not in p[3]), "否定（一度も…ない）", D + " R4〜R7のどこにもAがない（空欄は評価なし）")
q("室蘭市で、2022年度より2025年度のほうが評価が上がった実践項目は？", "practice", "set", pr(lambda p: p[3][0] and p[3][3] and RANK[p[3][3]] > RANK[p[3][0]]), "年度間の比較（上がった）、西暦", D + " R4とR7が両方ある行で R7>R4 (A>B>C)")
q("室蘭市の実践項目のうち、R6に終了したものは？", "practice", "set", pr(lambda p: p[5] == "R6"), "終了年度", D + " 取組終了=R6")
q(["室蘭市で令和6年度までに終わった実践項目は？", "その中で担当が職員課のものは？"], "practice", "set", pr(lambda p: endn(p) is not None and endn(p) <= 6 and "職員課" in depts(p)), "追問：終了範囲（までに）＋担当課", D + " 取組終了<=R6 かつ 担当課に職員課")
q("室蘭市の実践項目で2025年度以降に終了したものはどれ？", "practice", "set", pr(lambda p: endn(p) is not None and endn(p) >= 7), "終了範囲（以降）、西暦2025=R7", D + " 取組終了>=R7")
q("室蘭市の実践項目で、まだ終了していない（継続中の）ものは何件ありますか", "practice", "count", len(pr(lambda p: not p[5])), "否定・件数（取組終了が空欄）", D + " 取組終了が空欄の行を数える")
q("室蘭市の(総)職員課が担当している実践項目は？", "practice", "set", pr(lambda p: "職員課" in depts(p)), "担当課", D + " 担当課に職員課")
q("室蘭市で情報政策課の担当する実践項目はいくつ？", "practice", "count", len(pr(lambda p: "情報政策課" in depts(p))), "担当課の件数", D + " 担当課に情報政策課を含む行数")
cnt = Counter(d for p in PRACTICES for d in depts(p))
q("室蘭市の実践項目を担当課ごとに数えると、いちばん多い課は何件？", "practice", "value", max(cnt.values()), "最大のグループの大きさ", D + f" 担当課（、で分割）ごとの件数の最大 {dict(cnt)}")
q(["室蘭市の取組項目で、テーマにICTが入っているものは？", "そのうち委員評価が4以上なのは？"], "initiative", "set", [i[0] for i in INITIATIVES if "ICT" in i[2] and i[4] >= 4.0], "追問：テーマ＋委員会の点数", "docs/muroran_plan_report.html 取組項目別の表 ICT列○ かつ 委員会評価平均>=4.0")
q("室蘭市の取組項目のうち、委員会の評価が4.0以上のものはどれですか", "initiative", "set", [i[0] for i in INITIATIVES if i[4] >= 4.0], "委員会の点数", "取組項目別の表 委員会評価平均>=4.0 / I章の 委員評価 X/5")
q("室蘭市の委員会評価の平均はいくつですか？", "initiative", "value", round(sum(i[4] for i in INITIATIVES) / len(INITIATIVES), 2), "平均", "取組項目別の表 委員会評価平均 5件の平均")
q("室蘭市で委員評価がいちばん高い取組項目は？", "initiative", "ordered", [max(INITIATIVES, key=lambda i: i[4])[0]], "最大", "委員会評価平均の最大")
q("室蘭市の取組項目「公共施設の適正配置」の平均値の合計は？", "initiative", "value", averages("3")[1], "1件の記録の値", "取組項目別の表 No.3 合計（実践項目4観点の平均の和）")
q("室蘭市の「書かない窓口の導入」はどこの課の担当ですか", "practice", "contains", ["市民課"], "1件の記録の値（担当課）", D + " 小No.4 担当課")
q("室蘭市の実践項目「RPAの導入」は何年度に終わりましたか", "practice", "value", P["9"][5], "1件の記録の値（取組終了）", D + " 小No.9 取組終了")
q("室蘭市の実践項目で合計点が10点以上のものを教えて", "practice", "set", pr(lambda p: sum(p[4]) >= 10), "総括の合計点", D + " 進捗度+連携度+効率性+創造性>=10")
q("室蘭市の委員の意見で、施設の統廃合に触れているのはどの取組項目？", "comment", "set", [i[0] for i in INITIATIVES if any("統廃合" in c for c in i[5])], "意見の語句", "I章 委員の意見等 に「統廃合」")
q("室蘭市の委員会の意見で、時間外勤務のことを言っているものは？", "comment", "set", [i[0] for i in INITIATIVES if any("時間外勤務" in c for c in i[5])], "意見の語句", "I章 委員の意見等 に「時間外勤務」")
q("室蘭市で担当課の自己評価がBだった取組項目は？", "initiative", "set", [i[0] for i in INITIATIVES if i[3] == "B"], "自己評価", "取組項目別の表 担当課自己評価=B")
q(["室蘭市の実践項目でR7にAだったのは？", "そのうち終了していないのは？"], "practice", "set", pr(lambda p: p[3][3] == "A" and not p[5]), "追問：否定（終了していない）", D + " R7=A かつ 取組終了が空欄")
q(["室蘭市の資産経営課の実践項目を教えてください", "その中でR7にCのものは？"], "practice", "set", pr(lambda p: "資産経営課" in depts(p) and p[3][3] == "C"), "追問：担当課＋年度の評価", D + " 担当課=資産経営課 かつ R7=C")
q(["室蘭市の取組項目「デジタル化の推進」の実践項目は？", "R5の評価がAのものは？"], "practice", "set", pr(lambda p: p[1] == "4" and p[3][1] == "A"), "追問：取組項目内の年度評価（N1はR5空欄）", D + " 大No.4 かつ R5=A")
q(["室蘭市でR5にCだった実践項目は？", "それは何件？"], "practice", "count", len(pr(lambda p: p[3][1] == "C")), "追問：件数", D + " R5=C の行数")
q("室蘭市の実践項目で、令和5年度はBで令和6年度にAになったものは？", "practice", "set", pr(lambda p: p[3][1] == "B" and p[3][2] == "A"), "年度間の変化", D + " R5=B かつ R6=A")
q("室蘭市の実践項目で、R4の評価がなかったもの（途中から始まったもの）は？", "practice", "set", pr(lambda p: not p[3][0]), "空欄の年度", D + " R4列が空欄（N番号）")

q("帯広市の実践項目でR6にA評価だったものは？", "practice", "count", 0, "文書のない市", "帯広市の文書はない（コーパスにもmade31にもない）")
q("帯広市で終了した実践項目は何件ありますか", "practice", "count", 0, "文書のない市", "帯広市の文書はない")
q("函館市の実践項目で職員課が担当しているものを教えて", "practice", "count", 0, "文書のない市", "函館市の文書はない")

J = "docs/fukuyama_onomichi_joint_projects.xlsx シート 連携事業"
q(["福山市と尾道市の連携事業で、既に実施しているものは？", "それは何件？"], "joint_project", "count", sum(1 for j in JOINT if j[3]), "追問：進捗の件数", J + " 既に実施 が空でない行数")
q("福山市・尾道市の連携事業で、今年度(R8)に実施予定のものはどれですか", "joint_project", "set", [str(j[0]) for j in JOINT if j[4]], "進捗（実施予定）", J + " 今年度(R8)に実施予定 が空でない行")
q("福山市と尾道市の連携事業で、尾道市が部会長の部会のものは？", "joint_project", "set", [str(j[0]) for j in JOINT if "(尾道市)" in j[5]], "部会長の市", J + " 部会名称 に(尾道市)")
q("福山市と尾道市の連携事業はいくつありますか", "joint_project", "count", len(JOINT), "件数", J + " 番号1〜7")
q("福山市と尾道市の消防指令業務の共同運用で、尾道市側の担当課は？", "joint_project", "value", JOINT[1][7], "1件の記録の値（担当課）", J + " 番号2 尾道市列")
q("福山市・尾道市の連携事業で、尾道市の担当に観光課が入っているものは？", "joint_project", "set", [str(j[0]) for j in JOINT if "観光課" in j[7].split()], "担当課（1セルに複数）", J + " 尾道市列を空白で分割して観光課を含む")
q(["福山市と尾道市の連携事業で、福山市が部会長のものは？", "そのうち既に実施しているのは？"], "joint_project", "set", [str(j[0]) for j in JOINT if "(福山市)" in j[5] and j[3]], "追問：部会長＋進捗", J + " 部会名称に(福山市) かつ 既に実施が空でない")
q("福山市と尾道市の連携事業で、尾道市の担当課が書かれていないものは？", "joint_project", "set", [str(j[0]) for j in JOINT if not j[7]], "空欄（否定）", J + " 尾道市列が空欄")

E = "docs/kasukabe_evaluation_sheet.pdf"
q("春日部市の公共施設予約システム運用事業の令和6年度の総事業費はいくらですか", "program", "value", SHEET["costs"]["令和6年度決算"], "年度別の費用", E + " 総事業費 令和6年度決算")
q(["春日部市の事務事業評価シートの成果指標は何ですか", "2024年度の実績値は？"], "indicator", "value", SHEET["outcome"][2]["令和6年度"][1], "追問：指標の実績値（西暦）", E + " 成果指標 令和6年度 実績値")
q("春日部市の成果指標は何ですか？（公共施設予約システム運用事業）", "indicator", "contains", [SHEET["outcome"][0]], "指標名", E + " 成果指標 指標名")
q("春日部市の公共施設予約システムの、R5の説明会開催回数の達成率は？", "indicator", "value", round(SHEET["activity"][2]["令和5年度"][1] / SHEET["activity"][2]["令和5年度"][0] * 100, 1), "指標の達成率", E + " 活動指標 令和5年度 実績/計画×100")
q("春日部市の公共施設予約システム運用事業はどこの課の担当？", "program", "contains", [SHEET["ka"]], "1件の記録の値（担当課）", E + " 担当課名")
q("春日部市の公共施設予約システム運用事業、総事業費は令和5年度から令和6年度でいくら増えましたか", "program", "value", SHEET["costs"]["令和6年度決算"] - SHEET["costs"]["令和5年度決算"], "年度間の費用の差", E + " 総事業費 R6決算−R5決算")

N = "docs/takamatsu_newsletter_vol4.txt"
q(["高松市の市民協働だよりで、協働事業提案の募集はいつから？", "締め切りはいつですか"], "newsletter", "contains", ["8月31日"], "追問：日付", N + " 募集期間の終わり")
q("高松市の協働事業提案制度って個人でも応募できますか？", "newsletter", "contains", ["個人での応募はできません"], "Q&A", N + " いただいた質問 1つめの回答")
q("高松市の協働研修会には何人参加しましたか", "newsletter", "contains", ["42名"], "本文の数値", N + " 協働研修会 参加者")
q("高松市の市民協働だよりで紹介されたモデル事業の実施団体は？", "newsletter", "contains", ["たかまつ子ども未来"], "モデル事業の項目", N + " モデル事業の紹介 実施団体")

assert len(Q) == 50, len(Q)
path = Path(__file__).parent / "questions.jsonl"
path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
