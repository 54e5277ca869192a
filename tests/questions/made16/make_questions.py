"""Write questions.jsonl for the made16 editions, every answer derived from the data in make_documents.py
(never from the engine). Run: /work/main/.venv/bin/python tests/questions/made16/make_questions.py"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import make_documents as d  # noqa: E402

OUT = Path(__file__).parent / "questions.jsonl"
RANK = {"A": 4, "B": 3, "C": 2, "D": 1}
YEAR = {y: i for i, y in enumerate(d.YEARS)}
P = d.PRACTICES
INIT = {i[0]: i for i in d.INITIATIVES}


def codes(rows):
    return [r[0] for r in rows]


def grade(p, year):
    return p[3][YEAR[year]].strip()


def ended_by(year):
    return [p for p in P if p[5] and YEAR[p[5]] <= YEAR[year]]


def overall(p):
    return d.totals(p[4])[1]


def total(p):
    return d.totals(p[4])[0]


questions: list[dict] = []


def q(kind, turns, target, expect, answer, derivation):
    questions.append({"id": f"m16-{len(questions) + 1:03d}", "kind": kind,
                      "turns": turns if isinstance(turns, list) else [turns], "target": target, "expect": expect,
                      "answer": answer, "derivation": derivation, "why": derivation})


T = d.TOWN
# --- the plan report (美幌町, PDF) ---
q("plan", f"{T}でR9に終了した実践項目は？", "practice", "set", codes(p for p in P if p[5] == "R9"), "実践項目別の表で取組終了がR9の行")
q("plan", f"{T}の実践項目でR10までに終了したもの", "practice", "set", codes(ended_by("R10")), "取組終了がR10以前（計画はR8開始、R8終了はない）")
q("plan", f"{T}で令和11年度に取組が終了した実践項目は何件？", "practice", "count", sum(p[5] == "R11" for p in P), "取組終了がR11の行の数")
q("plan", f"{T}の実践項目で取組終了が空欄のもの", "practice", "set", codes(p for p in P if not p[5]), "取組終了が空欄（継続）の行")
q("plan", f"{T}で2028年度に終了した実践項目", "practice", "set", codes(p for p in P if p[5] == "R10"), "2028年度＝R10。取組終了がR10の行")
q("plan", f"{T}の実践項目で2029年3月までに終了したもの", "practice", "set", codes(ended_by("R10")), "2029年3月はR10年度の末。取組終了がR9・R10の行")
q("plan", f"{T}の実践項目でR8とR9がどちらもAのもの", "practice", "set", codes(p for p in P if grade(p, "R8") == "A" and grade(p, "R9") == "A"), "R8欄・R9欄がともにA")
q("plan", f"{T}の実践項目で一度もCがないもの", "practice", "set", codes(p for p in P if "C" not in p[3]), "R8〜R11の欄にCが一つもない行（空欄・-は評価なし。DもCではない）")
q("plan", f"{T}でR10の評価がCの実践項目", "practice", "set", codes(p for p in P if grade(p, "R10") == "C"), "R10欄がC")
up = [p for p in P if grade(p, "R9") in RANK and grade(p, "R10") in RANK and RANK[grade(p, "R10")] > RANK[grade(p, "R9")]]
q("plan", f"{T}でR9からR10に評価が上がった実践項目", "practice", "set", codes(up), "R9欄とR10欄がともに評価で、R10がR9より上（A>B>C>D）")
q("plan", f"{T}で総合評価がCの実践項目", "practice", "set", codes(p for p in P if overall(p) == "C"), "総括の総合評価がC")
q("plan", f"{T}の実践項目で合計が11点以上のもの", "practice", "set", codes(p for p in P if total(p) >= 11), "総括の合計（4項目の和）が11以上")
q("plan", f"{T}の町民課が担当する実践項目", "practice", "set", codes(p for p in P if "町民課" in p[6]), "担当課に町民課を含む行")
q("plan", f"{T}で総務課の実践項目は何件？", "practice", "count", sum("総務課" in p[6] for p in P), "担当課に(総)総務課を含む行の数（(総)情報政策室は総務課ではない）")
q("plan", f"{T}の取組項目で委員会評価平均が4.0以上のもの", "initiative", "set", [n for n, i in INIT.items() if i[3] >= 4.0], "取組項目別の表の委員会評価平均（＝委員評価）が4.0以上")
q("plan", f"{T}の取組項目を委員評価の高い順に", "initiative", "ordered", [i[0] for i in sorted(d.INITIATIVES, key=lambda i: -i[3])][:3], "委員評価 4.5, 4.3, 4.1 の順（上位3件で判定）")
avg = sum(i[3] for i in d.INITIATIVES) / len(d.INITIATIVES)
q("plan", f"{T}の取組項目の委員評価の平均は？", "initiative", "value", round(avg, 2), f"8取組項目の委員評価の平均 {avg}")
q("plan", f"{T}で実践項目が4つある取組項目", "initiative", "set", [n for n in INIT if d.initiative_summary(n)["count"] == 4], "実践項目数が4の取組項目")
q("plan", f"{T}で自己評価がAの取組項目", "initiative", "set", [n for n in INIT if d.initiative_summary(n)["self"] == "A"], "取組項目別の表の自己評価(総合評価)がA")
q("plan", f"{T}でテーマにICTを含む取組項目", "initiative", "set", [n for n, i in INIT.items() if "ICT" in i[2]], "テーマのICT欄に○")
q("plan", f"ふるさと納税に触れた{T}の委員の意見", "comment", "set", [n for n, i in INIT.items() if any("ふるさと納税" in c for c in i[4])], "委員の意見の箇条にふるさと納税を含む取組項目")
q("plan", f"{T}の委員の意見で人口減少に触れたもの", "comment", "set", [n for n, i in INIT.items() if any("人口減少" in c for c in i[4])], "委員の意見の箇条に人口減少を含む取組項目（はじめにの本文は意見ではない）")
q("plan", f"{T}の実践項目で総合評価がBのものは何件？", "practice", "count", sum(overall(p) == "B" for p in P), "総括の総合評価がBの行の数")
q("plan", f"{T}の取組項目で委員評価が最も低いのは？", "initiative", "ordered", [min(d.INITIATIVES, key=lambda i: i[3])[0]], "委員評価の最小 3.4")
q("plan", f"{T}の「除雪業務の包括委託」の担当課は？", "practice", "contains", ["建設管理課"], "実践項目18の担当課 (建)建設管理課")
q("plan", f"{T}の実践項目「書かない窓口の導入」のR8の評価は？", "practice", "value", grade(P[8], "R8"), "実践項目8のR8欄")
q("plan", f"{T}で実践項目がいちばん多い担当課は何件？", "practice", "value", sum(p[6] == "(総)総務課" for p in P), "担当課ごとの件数で最多は(総)総務課の6件（複数課の行を分けても6が最多）")
q("plan", f"{T}の実践項目で進捗度が3のものは何件？", "practice", "count", sum(p[4][0] == 3 for p in P), "総括の進捗度が3の行の数")
mean_total = sum(total(p) for p in P) / len(P)
q("plan", f"{T}の実践項目の合計点の平均は？", "practice", "value", round(mean_total, 2), f"25実践項目の合計の平均 {mean_total}")
q("plan", f"{T}の取組項目「デジタル化の推進」の委員評価は？", "initiative", "value", INIT[4][3], "取組項目4の委員評価")
q("plan", f"{T}の実践項目で総合評価がAでないもの", "practice", "set", codes(p for p in P if overall(p) != "A"), "総括の総合評価がA以外（B・C）")
q("plan", f"{T}でR9の評価がDの実践項目", "practice", "set", codes(p for p in P if grade(p, "R9") == "D"), "R9欄がD")
q("plan", f"{T}の実践項目でR8からR11まで毎年Aのもの", "practice", "set", codes(p for p in P if p[3] == "AAAA"), "R8〜R11の4欄すべてA")
q("plan", f"{T}の実践項目「企業版ふるさと納税の活用」の担当課は？", "practice", "contains", ["企画財政課"], "実践項目N1の担当課（苫小牧の同名に近い項目は政策推進課・財政課）")
q("plan", f"{T}行財政改革推進委員会の委員長は？", "passage", "contains", ["北原"], "はじめにの署名 委員長 北原 昭彦")
# multi-turn
r11 = [p for p in P if p[5] == "R11"]
q("plan", [f"{T}でR11に終了した実践項目", "そのうち総合評価がAのもの"], "practice", "set", codes(p for p in r11 if overall(p) == "A"), "取組終了R11かつ総合評価A")
q("plan", [f"{T}の総務課の実践項目", "そのうちR9に終了したもの"], "practice", "set", codes(p for p in P if "総務課" in p[6] and p[5] == "R9"), "担当課に総務課を含み取組終了R9")
q("plan", [f"{T}の取組項目「窓口サービスの向上」の実践項目", "そのうちR10に終了したもの"], "practice", "set", codes(p for p in P if p[1] == 3 and p[5] == "R10"), "取組項目3の実践項目で取組終了R10")
q("plan", [f"{T}で総合評価がBの実践項目", "そのうち取組終了が空欄のもの"], "practice", "set", codes(p for p in P if overall(p) == "B" and not p[5]), "総合評価Bかつ取組終了が空欄")
q("plan", [f"{T}の取組項目で自己評価がBのもの", "そのうち委員評価が3.5以上のもの"], "initiative", "set", [n for n, i in INIT.items() if d.initiative_summary(n)["self"] == "B" and i[3] >= 3.5], "自己評価Bかつ委員評価3.5以上")
q("plan", [f"{T}でR10までに終了した実践項目", "それは何件？"], "practice", "count", len(ended_by("R10")), "取組終了R9・R10の行の数")
q("plan", [f"{T}でR9に終了した実践項目", "そのうち総合評価がAのもの"], "practice", "set", codes(p for p in P if p[5] == "R9" and overall(p) == "A"), "取組終了R9かつ総合評価A")
q("plan", [f"{T}の実践項目で一度もCがないもの", "何件？"], "practice", "count", sum("C" not in p[3] for p in P), "R8〜R11にCがない行の数")

# --- the joint projects (弘前市・黒石市, XLSX) ---
J = d.JOINT
q("joint", "弘前市・黒石市の連携事業は何件？", "joint_project", "count", len(J), "表の行 1〜12")
q("joint", "弘前市・黒石市の連携事業の部会はいくつ？", "joint_project", "count", len({j[5].split()[0] for j in J}), "部会名称の種類（税務・観光・防災・福祉・総務）")
q("joint", "弘前市・黒石市の連携事業で黒石市が部会長の部会のもの", "joint_project", "set", [j[0] for j in J if "(黒石市)" in j[5]], "部会名称の部会長が黒石市")
q("joint", "弘前市・黒石市の連携事業で既に実施しているもの", "joint_project", "set", [j[0] for j in J if j[3]], "進捗状況「既に実施」欄に記載がある行")
q("joint", "弘前市・黒石市の連携事業で今年度（H30）に実施予定のもの", "joint_project", "set", [j[0] for j in J if j[4]], "「今年度(H30)に実施予定」欄に記載がある行")
q("joint", "弘前市の担当部署が防災安全課の連携事業", "joint_project", "set", [j[0] for j in J if j[6] == "防災安全課"], "担当部署 弘前市欄が防災安全課")
q("joint", "弘前市・黒石市の連携事業で黒石市の担当が総務課のものは何件？", "joint_project", "count", sum(j[7] == "総務課" for j in J), "担当部署 黒石市欄が総務課の行の数")
q("joint", "弘前市・黒石市の周遊バスの共同運行の内容は？", "passage", "contains", ["週末"], "事業4の事業内容")
q("joint", "弘前市・黒石市の連携事業で2019年1月に予定しているもの", "joint_project", "set", [j[0] for j in J if "H31.1" in j[4]], "H31.1＝2019年1月（H30年度内）の予定は事業8")
q("joint", "弘前市・黒石市の図書館の相互貸出の黒石市の担当部署は？", "joint_project", "contains", ["黒石市立図書館"], "事業10の担当部署 黒石市欄")
q("joint", ["弘前市・黒石市の連携事業", "そのうち観光部会のもの"], "joint_project", "set", [j[0] for j in J if j[5].startswith("観光部会")], "部会名称が観光部会")
q("joint", ["弘前市・黒石市の防災部会の連携事業", "そのうち今年度に実施予定のもの"], "joint_project", "set", [j[0] for j in J if j[5].startswith("防災部会") and j[4]], "防災部会かつ今年度実施予定欄に記載")

# --- the case studies (岐阜県, DOCX) ---
C = {c[1]: c for c in d.CASES}
q("cases", "岐阜県の事例集でRPAの取組事例は？", "case_study", "set", ["可児市"], "★業務の効率化（RPA・AI）の〈可児市の取組事例〉")
q("cases", "岐阜県の事例集で自治体クラウドの取組事例は？", "case_study", "set", ["揖斐郡3町"], "★自治体クラウドの共同利用の〈揖斐郡3町の取組事例〉")
q("cases", "可児市の取組事例の効果は？", "passage", "contains", ["3,100時間"], "可児市の【効果】")
q("cases", "中津川市の取組事例の効果は？", "passage", "contains", ["18%"], "中津川市の【効果】 延床面積を18%削減")
q("cases", "岐阜県の事例集で指定管理の取組事例は？", "case_study", "set", ["美濃加茂市"], "★施設運営の指定管理の〈美濃加茂市の取組事例〉（総務省の事例集の指定管理は含めない）")
q("cases", "揖斐郡3町の基幹系システムの共同調達で池田町の削減額は？", "passage", "contains", ["12,000"], "表の池田町の行 削減額 12,000千円/年")
q("cases", "高山市の窓口業務の包括委託の効果は？", "passage", "contains", ["1,200万円"], "高山市の【効果】")
q("cases", "岐阜県の事例集の取組事例は何件？", "case_study", "count", len(d.CASES), "〈…の取組事例〉が6つ")
q("cases", ["郡上市の取組事例", "その効果は？"], "passage", "contains", ["12.4億円"], "郡上市の【効果】")

# --- names with no answer here, and the shipped documents (must not be answered from made16) ---
q("cross", "苫小牧市でR11に終了した実践項目は何件？", "practice", "count", 0, "苫小牧市のプランはR2〜R6。R11の取組終了はない（美幌町の記録で答えてはならない）")
q("cross", "網走市の実践項目でR9に終了したものは何件？", "practice", "count", 0, "網走市の資料はない")
q("cross", f"{T}でR4に終了した実践項目は何件？", "practice", "count", 0, "美幌町のプランはR8〜R11。R4終了はない（苫小牧市の記録で答えてはならない）")
q("cross", f"{T}の取組項目で委員評価が4.6のものは何件？", "initiative", "count", 0, "美幌町の委員評価に4.6はない（苫小牧市のNo.17・20は4.6）")
q("cross", "弘前市・黒石市の連携事業で納税部会のものは何件？", "joint_project", "count", 0, "弘前・黒石の部会は税務部会。納税部会は岡山市・倉敷市の資料にだけある")
q("shipped", "苫小牧市の取組項目で審議会評価平均が4.6のもの", "initiative", "set", ["17", "20"], "同梱002の取組項目別の表（美幌町の記録は含めない）")
q("shipped", "岡山市・倉敷市の連携事業は何件？", "joint_project", "count", 26, "同梱000の26事業（弘前市・黒石市の12事業は含めない）")
q("shipped", "苫小牧市行政改革推進審議会の会長は？", "passage", "contains", ["関根"], "同梱002 会長 関根 久修")
q("shipped", "「地方公共団体における行政改革の取組」で鹿児島県の取組事例は？", "case_study", "set", ["鹿児島県"], "同梱001〈鹿児島県の取組事例〉")
q("shipped", "苫小牧市の実践項目「企業版ふるさと納税の導入」の担当部署は？", "practice", "contains", ["政策推進課"], "同梱002 実践項目2 (政)政策推進課、(財)財政課（美幌町N1の企画財政課ではない）")

for item in questions:
    item["answer"] = [str(a) for a in item["answer"]] if isinstance(item["answer"], list) else item["answer"]
OUT.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in questions), encoding="utf-8")
print(len(questions), "questions")
for item in questions:
    print(item["id"], " / ".join(item["turns"]), "=>", item["expect"], item["answer"])
