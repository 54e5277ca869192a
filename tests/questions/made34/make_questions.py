"""Write questions.jsonl for made34, each answer computed from make_documents' data (never typed by hand).

Run: /work/main/.venv/bin/python -m tests.questions.made34.make_questions
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .make_documents import INITIATIVES, JOINT, PRACTICES, SHEET, SHEETS

Y = {"H30": 0, "R1": 1, "R2": 2, "R3": 3}
AD = {"H30": 2018, "R1": 2019, "R2": 2020, "R3": 2021}  # fiscal year → 西暦 of its April
RANK = {"A": 3, "B": 2, "C": 1}
P = {p[0]: p for p in PRACTICES}


def pr(cond):
    return [p[0] for p in PRACTICES if cond(p)]


def gr(p, y):
    return p[3][Y[y]]


def end_ad(p):
    return AD[p[6]] if p[6] else None


def depts(p):
    return [d.split(")")[-1] for d in p[7].split("、")]


Q = []


def q(turns, target, expect, answer, why, der):
    turns = [turns] if isinstance(turns, str) else turns
    Q.append({"id": f"m34-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": der})


D = "docs/津山市_行財政改革推進委員会_意見書_令和4年7月.docx III 実践項目一覧"
I = "docs/津山市_行財政改革推進委員会_意見書_令和4年7月.docx II 取組項目一覧 / I 取組項目ごとの評価と意見"
S = "docs/津山市_行財政改革推進委員会_意見書_令和4年7月.docx 付属資料 進捗状況シート"

# --- 津山市 practice items
q("津山市の実践項目で令和2年度にA評価だったのはどれ？", "practice", "set", pr(lambda p: gr(p, "R2") == "A"), "ある年度の評価", D + " 令和2年度列=A")
q("津山市の実践項目で、2018年度はCだったけど2021年度にAになったものは？", "practice", "set", pr(lambda p: gr(p, "H30") == "C" and gr(p, "R3") == "A"), "西暦・年度間の変化", D + " 平成30年度=C かつ 令和3年度=A (2018=H30, 2021=R3)")
q("津山市でH30からR3までずっとAの実践項目ってある？", "practice", "set", pr(lambda p: all(g == "A" for g in p[3])), "全年度同じ評価（元号をまたぐ範囲）", D + " 4年度すべてA")
q("津山市の実践項目のうち、一度もA評価がないものは？", "practice", "set", pr(lambda p: "A" not in p[3]), "否定（一度も…ない）", D + " 4年度のどこにもAがない（空欄は評価なし）")
q("津山市で、R1に終了した実践項目は？", "practice", "set", pr(lambda p: p[6] == "R1"), "終了年度", D + " 取組終了=R1")
q("津山市で2020年度までに終了した実践項目はどれですか", "practice", "set", pr(lambda p: p[6] and end_ad(p) <= 2020), "終了範囲（までに）、西暦2020=R2", D + " 取組終了が H30〜R2 (R1: 6,8; R2: 1)")
q("津山市の実践項目で、まだ終わっていない（継続中の）ものはいくつ？", "practice", "count", len(pr(lambda p: not p[6])), "否定・件数（取組終了が空欄）", D + " 取組終了が空欄の行数")
q("津山市で平成30年度の評価が空欄の実践項目、つまり途中から始まったものは？", "practice", "set", pr(lambda p: gr(p, "H30") is None), "空欄の年度", D + " 平成30年度列が空欄 (N1〜N4)")
q("津山市の(総)職員課が担当の実践項目は？", "practice", "set", pr(lambda p: "職員課" in depts(p)), "担当課（略号つき）", D + " 担当部署に職員課 (N4 は共管)")
q("津山市の市民課の実践項目で、総合評価がAのものは？", "practice", "set", pr(lambda p: "市民課" in depts(p) and p[5] == "A"), "担当課＋総合評価", D + " 担当部署に市民課 かつ 総合評価=A")
q("津山市の実践項目で総合評価がCなのはどれですか", "practice", "set", pr(lambda p: p[5] == "C"), "総合評価", D + " 総合評価=C")
q("津山市の実践項目で総括の合計が11点以上のものを教えて", "practice", "set", pr(lambda p: sum(p[4]) >= 11), "合計点の範囲", D + " 合計(進捗度+連携度+効率性+創造性)>=11")
q("津山市の実践項目「RPAによる定型業務の自動化」の令和元年度の評価は？", "practice", "value", P["4"][3][1], "1件の記録の値（年度評価）", D + " 番号4 令和元年度")
q("津山市のペーパーレス会議の推進はいつ終わった？", "practice", "value", P["6"][6], "1件の記録の値（取組終了）、題名をゆるく", D + " 番号6 取組終了=R1")
q("津山市の実践項目で、R2よりR3のほうが評価が下がったものってある？", "practice", "count", len(pr(lambda p: gr(p, "R2") and gr(p, "R3") and RANK[gr(p, "R3")] < RANK[gr(p, "R2")])), "年度間の比較（下がった）、該当なし", D + " R2とR3が両方ある行で R3<R2 → なし（0件）")
q("津山市の取組項目「公共施設の適正管理」に入っている実践項目は？", "practice", "set", pr(lambda p: p[1] == "3"), "取組項目の名前で実践項目", D + " 取組項目No=3")
q(["津山市の実践項目で情報政策課が担当のものは？", "そのうち終了していないのは？"], "practice", "set", pr(lambda p: "情報政策課" in depts(p) and not p[6]), "追問：担当課＋継続中（否定）", D + " 担当部署に情報政策課 かつ 取組終了が空欄 (N4 はR3終了)")
q(["津山市でR3にA評価の実践項目を出して", "その中で総合評価がBのものは？"], "practice", "set", pr(lambda p: gr(p, "R3") == "A" and p[5] == "B"), "追問：年度評価＋総合評価", D + " 令和3年度=A かつ 総合評価=B")
q(["津山市の取組項目5「自主財源の確保」の実践項目は？", "それは何件？"], "practice", "count", len(pr(lambda p: p[1] == "5")), "追問：件数", D + " 取組項目No=5")
q(["津山市の実践項目で、令和元年度にBだったもの", "じゃあ令和2年度にAになったのは？"], "practice", "set", pr(lambda p: gr(p, "R1") == "B" and gr(p, "R2") == "A"), "追問：年度の変化", D + " 令和元年度=B かつ 令和2年度=A")
cnt = Counter(d for p in PRACTICES for d in depts(p))
q("津山市の実践項目を担当課ごとに数えると、いちばん多い課は何件？", "practice", "value", max(cnt.values()), "最大のグループの大きさ", D + f" 担当部署（、で分割、略号を除く）ごとの件数 {dict(cnt)}")
q("津山市の実践項目で、平成30年度か令和元年度のどちらかでC評価だったもの", "practice", "set", pr(lambda p: "C" in (gr(p, "H30"), gr(p, "R1"))), "2年度のいずれか（または）", D + " 平成30年度=C または 令和元年度=C")

# --- 津山市 initiatives and comments
q("津山市の取組項目で委員評価が4以上のものはどれ？", "initiative", "set", [i[0] for i in INITIATIVES if i[4] >= 4.0], "委員会の点数", I + " 審議会評価平均>=4.0 / 委員評価 X/5")
q("津山市の取組項目で審議会の評価がいちばん低いのは？", "initiative", "ordered", [min(INITIATIVES, key=lambda i: i[4])[0]], "最小", I + " 審議会評価平均の最小 (No.5 2.8)")
q("津山市の取組項目、審議会評価の平均はいくつ？", "initiative", "value", round(sum(i[4] for i in INITIATIVES) / len(INITIATIVES), 2), "平均", I + " 5件の審議会評価平均の平均 (4.2+3.6+3.0+4.0+2.8)/5")
q(["津山市の取組項目でテーマが財政の健全化のものは？", "そのうち委員評価が3以上なのは？"], "initiative", "set", [i[0] for i in INITIATIVES if i[2] == "財政の健全化" and i[4] >= 3.0], "追問：テーマ＋委員会の点数（境界3.0を含む）", I + " テーマ=財政の健全化 (3,5) かつ 委員評価>=3.0 → 3")
q("津山市の委員の意見でふるさと納税に触れているのはどの取組項目？", "comment", "set", [i[0] for i in INITIATIVES if any("ふるさと納税" in c for c in i[5])], "意見の語句", "I章 委員の意見 に「ふるさと納税」")
q("津山市の委員会の意見で、高齢者のことを言っているものは？", "comment", "set", [i[0] for i in INITIATIVES if any("高齢者" in c for c in i[5])], "意見の語句（複数の取組項目）", "I章 委員の意見 に「高齢者」（1と2）")
q("津山市の委員意見で統廃合についての指摘があるのは？", "comment", "set", [i[0] for i in INITIATIVES if any("統廃合" in c for c in i[5])], "意見の語句", "I章 委員の意見 に「統廃合」")
q("津山市の委員の意見で、セキュリティに言及しているのはどれ？", "comment", "set", [i[0] for i in INITIATIVES if any("セキュリティ" in c for c in i[5])], "意見の語句（カタカナ）", "I章 委員の意見 に「セキュリティ」")

# --- 津山市 progress sheets (passage)
q("津山市のRPAの進捗状況シートで、令和3年度は何時間削減したって書いてある？", "passage", "contains", ["2,640時間"], "進捗状況シートの評価の理由", S + " 実践項目4 令和3年度 評価の理由")
q(["津山市の小学校の統合の進捗シートを見せて", "令和3年度の取組上の課題は？"], "passage", "contains", [SHEETS["9"][1][3][2]], "追問：進捗状況シートの課題", S + " 実践項目9 令和3年度 取組上の課題")

# --- 三沢市・十和田市 joint projects
J = "docs/三沢市_十和田市_連携事業_令和5年度.html 連携事業の表"
q("三沢市と十和田市の連携事業で、もう実施済みのものは？", "joint_project", "set", [str(j[0]) for j in JOINT if j[3] == "既に実施"], "進捗（既に実施）", J + " 進捗状況=既に実施")
q(["三沢市・十和田市の連携事業で、今年度実施予定のものは？", "それは何件？"], "joint_project", "count", sum(j[3].startswith("今年度") for j in JOINT), "追問：件数", J + " 進捗状況=今年度(R5)に実施予定")
q("三沢と十和田の連携事業で、十和田市が部会長になっている部会の事業は？", "joint_project", "set", [str(j[0]) for j in JOINT if "(十和田市)" in j[4]], "部会長の市", J + " 部会名称に(十和田市)")
q("三沢市・十和田市の連携事業で、まだ実施時期が決まっていないものは？", "joint_project", "set", [str(j[0]) for j in JOINT if j[3] == "検討中"], "進捗（検討中）の言い換え", J + " 進捗状況=検討中 (注記: 実施時期が決まっていないもの)")
q(["三沢市と十和田市の連携事業で三沢市が部会長のものは？", "そのうち実施済みじゃないのは？"], "joint_project", "set", [str(j[0]) for j in JOINT if "(三沢市)" in j[4] and j[3] != "既に実施"], "追問：部会長＋否定", J + " 部会名称に(三沢市) かつ 進捗状況が既に実施でない → 3")
q("三沢市・十和田市の消防指令業務の共同運用で、十和田市側の担当課はどこ？", "joint_project", "value", JOINT[2][6], "1件の記録の値（担当課）", J + " 番号3 十和田市列")
q("三沢市と十和田市の連携事業で担当課が空欄になっているものは？", "joint_project", "set", [str(j[0]) for j in JOINT if not j[5] or not j[6]], "空欄（どちらかの市）", J + " 三沢市列または十和田市列が空欄 → 2(十和田市), 8(三沢市)")

# --- 所沢市 evaluation sheet
E = "docs/所沢市_事務事業評価シート_空き家等対策事業.xlsx シート 評価シート"
tot = {y: a + b for y, (a, b) in SHEET["costs"].items()}
q("所沢市の空き家等対策事業の令和5年度決算の総事業費はいくら？", "program", "value", tot["令和5年度決算"], "年度別の費用（千円）", E + " 事業費の推移 令和5年度決算 総事業費")
q("所沢市の空き家対策、総事業費は2022年度から2023年度でどれだけ増えた？", "program", "value", tot["令和5年度決算"] - tot["令和4年度決算"], "年度間の費用の差、西暦", E + " 総事業費 R5決算−R4決算 (2022=R4, 2023=R5)")
q("所沢市の空き家等対策事業の担当課は？", "program", "contains", [SHEET["ka"]], "1件の記録の値（担当課）", E + " 担当課名")
o = SHEET["outcome"][2]
q(["所沢市の空き家等対策事業の成果指標って何？", "令和4年度の達成率は？"], "indicator", "value", round(o["令和4年度"][1] / o["令和4年度"][0] * 100, 1), "追問：成果指標の達成率", E + " 成果指標 令和4年度 実績27/計画25×100")
a = SHEET["activity"][2]
q("所沢市の空き家相談件数、令和5年度の実績は何件？", "indicator", "value", a["令和5年度"][1], "活動指標の実績値", E + " 活動指標 令和5年度 実績値")
q("所沢市の空き家対策で、活動指標の実績が計画を下回ったのはどの年度？", "indicator", "contains", [y for y, (pl, ac) in a.items() if ac < pl], "計画と実績の比較", E + " 活動指標 実績<計画 → 令和5年度のみ")

# --- 伊万里市 newsletter
N = "docs/伊万里市_市民協働通信_Vol3.txt"
q(["伊万里市の協働事業提案の募集はいつから？", "締め切りは？"], "newsletter", "contains", ["2月14日"], "追問：日付", N + " 募集期間の終わり 令和7年2月14日")
q("伊万里市の協働事業提案って個人でも出せる？", "newsletter", "contains", ["個人での提案はできません"], "Q&A", N + " Q1 の回答")
q("伊万里市の市民協働通信で紹介されていたモデル事業の実施団体は？", "newsletter", "contains", ["いまり川ネット"], "モデル事業の項目", N + " モデル事業の紹介 実施団体")

# --- documents the set does not hold: the honest answer is none
q("新見市の実践項目で令和2年度にA評価だったものは？", "practice", "count", 0, "文書のない市", "新見市の文書はこのセットにない（津山市の計画で答えてはいけない）")
q("津山市と真庭市の連携事業で既に実施しているものは？", "joint_project", "count", 0, "存在する市の存在しない文書", "連携事業の文書は三沢市・十和田市のものだけ")

assert len(Q) == 50, len(Q)
path = Path(__file__).parent / "questions.jsonl"
path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
