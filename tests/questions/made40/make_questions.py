"""Write made40/questions.jsonl: 50 questions over the made40 documents, every answer computed from data.py.

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made40.make_questions"""
from __future__ import annotations

import json
from pathlib import Path

from tests.questions.made40 import data as D

OUT = Path(__file__).parent / "questions.jsonl"
ORDER = {"A": 4, "B": 3, "C": 2, "D": 1}
AXES = {"progress": 0, "collaboration": 1, "efficiency": 2, "creativity": 3}


def P(pred) -> list[str]:
    """Codes of practice items matching pred(item dict), in document order."""
    out = []
    for code, ini, name, grades, scores, overall, end, dept in D.PRACTICES:
        item = {"code": code, "ini": ini, "name": name, "overall": overall, "end": end, "dept": dept,
                "total": sum(scores), **dict(zip(D.GRADED, grades)), **{k: scores[i] for k, i in AXES.items()}}
        if pred(item):
            out.append(code)
    return out


def practice(code: str) -> dict:
    return {p: v for p, v in zip(["code", "ini", "name", "grades", "scores", "overall", "end", "dept"],
                                 next(x for x in D.PRACTICES if x[0] == code))}


def I(pred) -> list[str]:
    return [no for no, name, themes, self_grade, score, comments in D.INITIATIVES
            if pred({"no": no, "name": name, "themes": themes, "self": self_grade, "score": score, "comments": comments})]


def C(word: str) -> list[str]:
    """Initiatives with a committee comment containing word."""
    return [no for no, *_rest, comments in D.INITIATIVES if any(word in c for c in comments)]


def J(pred) -> list[str]:
    return [no for no, name, what, st, group, lead, depts in D.JOINT
            if pred({"no": no, "name": name, "what": what, "status": st, "group": group, "lead": lead,
                     "matsumoto": depts[0], "shiojiri": depts[1]})]


def CS(word: str) -> list[str]:
    """Places of the case studies whose topic, title or text contains word."""
    return [place for topic, cases in D.CASES for pref, place, title, what, effect in cases
            if any(word in s for s in (topic, title, what, effect))]


def build() -> list[dict]:
    Q: list[dict] = []

    def q(turns, target, expect, answer, why, derivation):
        Q.append({"id": f"m40-{len(Q) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
                  "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})

    # ---------------------------------------------------------------- practice items (東郷町 plan report, TXT)
    q("東郷町のプランで令和6年度に完了した実践項目は？", "practice", "set", P(lambda p: p["end"] == "R6"),
      "取組状況 is 完了（R6）", "P(end == 'R6')")
    q("東郷町の実践項目でまだ続いてるのはいくつ？", "practice", "count", len(P(lambda p: p["end"] == "")),
      "取組状況 is 実施中 (no end year)", "len(P(end == ''))")
    q("R7がCの実践項目", "practice", "set", P(lambda p: p["R7"] == "C"), "R7 grade C", "P(R7 == 'C')")
    q("令和5年度はCだったけど令和7年度にBになった実践項目ある？", "practice", "set",
      P(lambda p: p["R5"] == "C" and p["R7"] == "B"), "R5 C and R7 B", "P(R5 == 'C' and R7 == 'B')")
    q("総務課が担当してる実践項目", "practice", "set", P(lambda p: "総務課" in p["dept"]),
      "担当課 contains 総務課 (alone or with another 課)", "P('総務課' in dept)")
    q("住民課の実践項目で総合評価がA", "practice", "set", P(lambda p: "住民課" in p["dept"] and p["overall"] == "A"),
      "担当課 contains 住民課 and 総合評価 A", "P('住民課' in dept and overall == 'A')")
    q("総合評価がDになってる実践項目は？", "practice", "set", P(lambda p: p["overall"] == "D"), "総合評価 D",
      "P(overall == 'D')")
    q("2023年度から2025年度までずっとBだった実践項目", "practice", "set",
      P(lambda p: p["R5"] == p["R6"] == p["R7"] == "B"), "FY2023–2025 = R5–R7, all three B",
      "P(R5 == R6 == R7 == 'B')")
    q("令和5年度にはまだ始まってなかった実践項目", "practice", "set", P(lambda p: p["R5"] is None),
      "R5 cell blank = 未着手 (the report's own legend)", "P(R5 is None)")
    q("進捗度が3の実践項目は何件？", "practice", "count", len(P(lambda p: p["progress"] == 3)), "進捗度 3",
      "len(P(progress == 3))")
    q("合計点が10点以上の実践項目", "practice", "set", P(lambda p: p["total"] >= 10), "合計 (sum of the four axes) ≥ 10",
      "P(progress+collaboration+efficiency+creativity >= 10)")
    q("R6からR7で評価が下がった実践項目", "practice", "set",
      P(lambda p: p["R6"] in ORDER and p["R7"] in ORDER and ORDER[p["R7"]] < ORDER[p["R6"]]),
      "R7 grade worse than R6 grade (both graded letters; items completed in R6, whose R7 cell is －, are not 'lowered')", "P(ORDER[R7] < ORDER[R6])")
    q("令和6年度より令和7年度のほうが評価が上がった実践項目は？", "practice", "set",
      P(lambda p: p["R6"] in ORDER and p["R7"] in ORDER and ORDER[p["R7"]] > ORDER[p["R6"]]),
      "R7 grade better than R6 grade", "P(ORDER[R7] > ORDER[R6])")
    q("財政課の実践項目でまだ終わってないもの", "practice", "set", P(lambda p: "財政課" in p["dept"] and not p["end"]),
      "担当課 財政課, 取組状況 実施中", "P('財政課' in dept and end == '')")
    q("取組項目3にぶら下がってる実践項目", "practice", "set", P(lambda p: p["ini"] == "3"), "取組項目 3",
      "P(ini == '3')")
    q("実践項目N3の担当課は？", "practice", "contains", ["総務課", "企画政策課"], "N3 生成AIの業務活用: 総務課、企画政策課",
      "practice('N3')['dept'].split('、')")
    q("口座振替の実践項目の総合評価は？", "practice", "value", practice("2")["overall"], "No.2 町税の口座振替の推進",
      "practice('2')['overall']")
    q("東郷町の実践項目で総合評価Aは何件ある？", "practice", "count", len(P(lambda p: p["overall"] == "A")),
      "総合評価 A", "len(P(overall == 'A'))")
    prog = [p[4][0] for p in D.PRACTICES]
    q("東郷町の実践項目の進捗度の平均は？", "practice", "value", round(sum(prog) / len(prog), 2),
      f"mean of 進捗度 over {len(prog)} items = {sum(prog)}/{len(prog)}", "mean(scores[0])")
    q("R5はBだったのに総合評価がAじゃない実践項目", "practice", "set", P(lambda p: p["R5"] == "B" and p["overall"] != "A"),
      "R5 B and 総合評価 not A (negation)", "P(R5 == 'B' and overall != 'A')")
    q(["協働の推進の実践項目", "その中で総合評価がCのもの"], "practice", "set",
      P(lambda p: p["ini"] == "4" and p["overall"] == "C"), "取組項目4 住民との協働の推進, then 総合評価 C",
      "P(ini == '4' and overall == 'C')")
    q(["R7に完了した実践項目", "R6に完了したのは？"], "practice", "set", P(lambda p: p["end"] == "R6"),
      "follow-up replaces the year: 完了（R6）", "P(end == 'R6')")
    q(["総務課の実践項目", "そのうち実施中のもの"], "practice", "set", P(lambda p: "総務課" in p["dept"] and not p["end"]),
      "総務課 and not ended", "P('総務課' in dept and end == '')")
    q(["連携度が3の実践項目", "何件？"], "practice", "count", len(P(lambda p: p["collaboration"] == 3)),
      "連携度 3, counted", "len(P(collaboration == 3))")
    q(["公共施設マネジメントの推進の実践項目", "もう終わったのはどれ"], "practice", "set",
      P(lambda p: p["ini"] == "2" and p["end"]), "取組項目2, 取組状況 完了（…）", "P(ini == '2' and end != '')")

    # ---------------------------------------------------------------- initiatives
    q("懇話会評価が4以上の取組項目", "initiative", "set", I(lambda i: i["score"] >= 4.0), "懇話会評価 ≥ 4.0",
      "I(score >= 4)")
    low = min(D.INITIATIVES, key=lambda x: x[4])
    q("東郷町の取組項目で委員の評価がいちばん低いのは？", "initiative", "ordered", [low[0]],
      f"lowest 懇話会評価 {low[4]}", "min(score)")
    q("担当課の自己評価がBの取組項目", "initiative", "set", I(lambda i: i["self"] == "B"), "担当課自己評価 B",
      "I(self == 'B')")
    q("オンライン化の取組の懇話会評価って何点？", "initiative", "value", 4.4, "取組項目3 手続のオンライン化と窓口改革",
      "initiative('3').score")
    scores = [x[4] for x in D.INITIATIVES]
    q("東郷町の取組項目の懇話会評価の平均", "initiative", "value", round(sum(scores) / len(scores), 2),
      f"mean of {scores}", "mean(score)")
    q(["デジタルがテーマの取組項目", "そのうち自己評価がA"], "initiative", "set",
      I(lambda i: "デジタル" in i["themes"] and i["self"] == "A"), "theme デジタル, then self grade A",
      "I('デジタル' in themes and self == 'A')")

    # ---------------------------------------------------------------- committee comments
    q("ふるさと納税に触れた委員の意見", "comment", "set", C("ふるさと納税"), "comment text contains ふるさと納税",
      "C('ふるさと納税')")
    q("時間外勤務について委員は何て言ってる？", "comment", "set", C("時間外勤務"), "comment contains 時間外勤務",
      "C('時間外勤務')")
    q("周知が足りないって意見が出てる取組", "comment", "set", C("周知"), "comments containing 周知 (No.3 町広報での周知, No.4 制度の周知)",
      "C('周知')")
    q(["キャッシュレスに関する懇話会の意見", "LED化のは？"], "comment", "set", C("LED化"),
      "follow-up switches the topic to LED化", "C('LED化')")

    # ---------------------------------------------------------------- joint projects (松本市・塩尻市, PDF)
    q("松本市と塩尻市の連携事業で既に実施してるもの", "joint_project", "set", J(lambda j: j["status"] == D.STATUS_DONE),
      "進捗状況 既に実施", "J(status == 既に実施)")
    q("松本・塩尻の連携で今年度やる予定の事業は何件？", "joint_project", "count",
      len(J(lambda j: j["status"] == D.STATUS_PLAN)), "進捗状況 今年度(R7)に実施予定", "len(J(status == 予定))")
    q("塩尻市が部会長の連携事業", "joint_project", "set", J(lambda j: j["lead"] == "塩尻市"), "部会長の市 塩尻市",
      "J(lead == '塩尻市')")
    q("塩尻市側に担当部署がない連携事業", "joint_project", "set", J(lambda j: j["shiojiri"] == ""),
      "塩尻市 担当部署 cell blank", "J(shiojiri == '')")
    q("図書館の相互利用はどこの部会？", "joint_project", "contains", ["教育部会"], "No.1 部会名称 教育部会（松本市）",
      "joint('1').group")
    q(["松本市が部会長の連携事業", "そのうちまだ実施してないもの"], "joint_project", "set",
      J(lambda j: j["lead"] == "松本市" and j["status"] != D.STATUS_DONE), "lead 松本市 and not 既に実施",
      "J(lead == '松本市' and status != 既に実施)")
    q("松本市と塩尻市の連携事業の部会はいくつ？", "joint_project", "count", len({x[4] for x in D.JOINT}),
      "distinct 部会名称", "len(set(group))")

    # ---------------------------------------------------------------- case studies (XLSX)
    q("書かない窓口の取組事例", "case_study", "set", CS("書かない窓口")[:1], "topic/title 書かない窓口 (北見市)",
      "CS('書かない窓口')[0]")
    q("ふるさと納税の事例はどこ？", "case_study", "set", CS("ふるさと納税"), "case text contains ふるさと納税",
      "CS('ふるさと納税')")
    q(["学校跡地を活用した事例", "広告収入の事例は？"], "case_study", "set", CS("広告"),
      "follow-up: case text contains 広告 (泉佐野市)", "CS('広告')")

    # ---------------------------------------------------------------- evaluation sheet (三郷市, DOCX)
    name, unit, direction, target, plan, actual = D.EV_OUTCOME
    q("三郷市の江戸川流域の事業、成果指標のR6達成率は？", "indicator", "value",
      round(actual["R6"] / plan["R6"] * 100, 1), f"{actual['R6']}/{plan['R6']}×100", "actual/plan*100")
    q(["江戸川流域広域連携推進事業の成果指標", "令和5年度の実績は？"], "indicator", "value", actual["R5"],
      f"{name} R5 実績", "EV_OUTCOME actual['R5']")
    q("江戸川流域広域連携推進事業の担当課は？", "program", "contains", [D.EV["section"]], "担当課", "EV['section']")
    q("三郷市の評価シートの事業はいつから始まった？", "program", "value", D.EV["start"], "開始年度", "EV['start']")

    # ---------------------------------------------------------------- passages
    q("東郷町の意見書だと令和8年度の取組はいつ評価するの？", "passage", "contains", ["計画期間の終了後に評価"],
      "はじめに: 令和8年度の取組は計画期間の終了後に評価します", "text of 1．はじめに")
    return Q


def main() -> None:
    Q = build()
    assert len(Q) == 50, len(Q)
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
    from collections import Counter
    print(len(Q), "questions;", sum(len(x["turns"]) > 1 for x in Q), "multi-turn")
    print(Counter(x["target"] for x in Q))
    print(Counter(x["expect"] for x in Q))


if __name__ == "__main__":
    main()
