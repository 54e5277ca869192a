"""Write made38/questions.jsonl: 50 holdout questions over the made38 documents.

Every answer is computed from data.py, the same data make_documents.py writes; nothing here reads or
runs the engine.
"""
from __future__ import annotations

import json
from pathlib import Path
from statistics import mean

from . import data as D
from .make_documents import EVAL_FILE, JOINT_FILE, NEWS_FILE, PLAN_FILE

HERE = Path(__file__).resolve().parent
RANK = {"A": 3, "B": 2, "C": 1}
PR = [dict(code=c, ino=i, title=t, r4=g[0], r5=g[1], r6=g[2], r7=g[3], prog=s[0], coop=s[1], eff=s[2],
           crea=s[3], total=sum(s), overall=o, end=e, depts=[x.split(")", 1)[1] for x in d.split("、")], dept=d)
      for c, i, t, g, s, o, e, d in D.PRACTICES]
IN = [dict(no=n, name=nm, themes=th, selfg=sg, score=sc, comments=cm) for n, nm, th, sg, sc, cm in D.INITIATIVES]
JP = [dict(no=n, item=it, desc=de, state=st, bukai=b, head=h, depts=dp) for n, it, de, st, b, h, dp in D.JOINT]

PD = f"docs/{PLAN_FILE}"
JD = f"docs/{JOINT_FILE} シート「連携事業」"
ED = f"docs/{EVAL_FILE}"
ND = f"docs/{NEWS_FILE}"

Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if expect == "count":
        assert isinstance(answer, int)
    if expect in ("set", "ordered"):
        assert answer, (turns, "empty answer")
    Q.append({"id": f"m38-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def P(f):
    return [p["code"] for p in PR if f(p)]


def I(f):
    return [i["no"] for i in IN if f(i)]


def J(f):
    return [j["no"] for j in JP if f(j)]


def one(rows, f):
    hit = [r for r in rows if f(r)]
    assert len(hit) == 1, hit
    return hit[0]


def grades(p):
    return [p[k] for k in ("r4", "r5", "r6", "r7")]


def comments_with(word):
    return I(lambda i: any(word in c for c in i["comments"]))


def build():
    T = f"{PD} 2 実践項目の評価一覧（年度列は令和7年度→令和4年度の順）"
    # ---------------- 恵那市 実践項目 ----------------
    q("恵那市の実践項目でR6にA評価だったのは？", "practice", "set", P(lambda p: p["r6"] == "A"),
      "ある年度の評価（年度列が新しい順に並ぶ表）", f"{T}: 令和6年度列=A")
    q("恵那市で令和5年度はCだったのに令和6年度にBに上がった実践項目ってある？", "practice", "set",
      P(lambda p: p["r5"] == "C" and p["r6"] == "B"), "二つの年度の評価", f"{T}: 令和5年度=C かつ 令和6年度=B")
    q("恵那市の行革プランで2023年度に終了した実践項目は？", "practice", "set", P(lambda p: p["end"] == "R5"),
      "終了年度（西暦 2023=R5）", f"{T}: 取組終了=令和5年度")
    q("恵那市の実践項目で、令和4年度から7年度まで一度もCがつかなかったものは？", "practice", "set",
      P(lambda p: "C" not in grades(p)), "否定（一度も…ない）・年度の範囲", f"{T}: 4年度のどこにもCがない（空欄・-は評価なし）")
    q("恵那市の実践項目、R6までに取組が終わったのは何件？", "practice", "count",
      len(P(lambda p: p["end"] in ("R4", "R5", "R6"))), "終了年度の範囲（までに）で件数",
      f"{T}: 取組終了が令和4〜6年度 (R5: 4,11,17; R6: 2,6,9,N3)")
    q(["恵那市で人事課が担当してる実践項目は？", "そのうちまだ続いているのは？"], "practice", "set",
      P(lambda p: "人事課" in p["depts"] and p["end"] == ""), "追い質問（否定で絞る：継続中）",
      f"{T}: 担当課に(総)人事課 かつ 取組終了が空欄")
    q("恵那市で総合評価がCになった実践項目を教えて", "practice", "set", P(lambda p: p["overall"] == "C"),
      "総合評価", f"{T}: 総合評価=C")
    q("恵那市の実践項目で創造性が3のものはいくつある？", "practice", "count", len(P(lambda p: p["crea"] == 3)),
      "総括の点で件数", f"{T}: 総括 創造性=3")
    p = one(PR, lambda p: "コンビニ交付" in p["title"])
    q("恵那市のコンビニ交付の実践項目って、令和4年度の評価は何だった？", "practice", "value", p["r4"],
      "題名を崩した言い方・ある年度の値", f"{T}: No.{p['code']} {p['title']} 令和4年度列")
    p = one(PR, lambda p: p["title"] == "公民館の統合")
    q("恵那市の公民館を統合するやつ、総括の合計点は何点？", "practice", "value", p["total"],
      "題名を崩した言い方・合計", f"{T}: No.{p['code']} 合計")
    q("恵那市の取組項目「公共施設の再編」にぶら下がってる実践項目は？", "practice", "set",
      P(lambda p: p["ino"] == "3"), "取組項目の題名で絞る（見出し行の下の行）", f"{T}: 見出し「取組項目3　公共施設の再編」の下の行")
    q("恵那市の実践項目でデジタル推進課が関わっているものは？", "practice", "set",
      P(lambda p: "デジタル推進課" in p["depts"]), "担当課（複数課の欄を含む）", f"{T}: 担当課に(企)デジタル推進課を含む")
    q("恵那市の実践項目で、令和6年度より令和7年度のほうが評価が上がったものは？", "practice", "set",
      P(lambda p: p["r6"] in RANK and p["r7"] in RANK and RANK[p["r7"]] > RANK[p["r6"]]),
      "年度間の変化（上がった）", f"{T}: 令和6年度→令和7年度でC→B/B→A（-・空欄は比較しない）")
    q("恵那市でR7にA評価がついた実践項目は何件？", "practice", "count", len(P(lambda p: p["r7"] == "A")),
      "ある年度の評価で件数", f"{T}: 令和7年度列=A")
    q("恵那市のプランで途中から追加された実践項目のうち、総合評価がAのは？", "practice", "set",
      P(lambda p: p["code"].startswith("N") and p["overall"] == "A"), "N番号（追加項目）と総合評価",
      f"{T}: 番号がN（注記「番号のNは計画期間中に追加した項目」）かつ総合評価=A")
    q(["恵那市の取組項目4の実践項目を見せて", "それって何件？"], "practice", "count", len(P(lambda p: p["ino"] == "4")),
      "追い質問（件数）", f"{T}: 取組項目4の下の行")
    q(["恵那市で令和4年度にC評価だった実践項目", "そのうち令和7年度にAかBになったのは？"], "practice", "set",
      P(lambda p: p["r4"] == "C" and p["r7"] in ("A", "B")), "追い質問（別の年度で絞る、2値）",
      f"{T}: 令和4年度=C かつ 令和7年度∈{{A,B}}（No.2は令和7年度が-）")
    tot = round(mean(p["total"] for p in PR), 2)
    q("恵那市の実践項目の総括の合計点、平均すると何点？", "practice", "value", tot,
      "集計（平均）", f"{T}: 合計列の平均 {sum(p['total'] for p in PR)}/{len(PR)}")
    a_items = [p for p in PR if p["overall"] == "A"]
    low = min(p["total"] for p in a_items)
    q("恵那市で総合評価Aの実践項目のうち、合計点がいちばん低いのはどれ？", "practice", "ordered",
      [p["code"] for p in a_items if p["total"] == low], "条件付きの最小", f"{T}: 総合評価=Aの中で合計最小 ({low}点)")
    q("恵那市で令和5年度の評価が空欄になっている実践項目は？", "practice", "set", P(lambda p: p["r5"] is None),
      "空欄（未着手）", f"{T}: 令和5年度列が空欄（「-」の終了後とは別）")
    q(["恵那市の実践項目でR7がBのもの", "じゃあCは？"], "practice", "set", P(lambda p: p["r7"] == "C"),
      "追い質問（条件の差し替え）", f"{T}: 令和7年度列=C")
    # ---------------- 恵那市 取組項目 ----------------
    TI = f"{PD} 1 取組項目の評価一覧"
    q("恵那市の取組項目で委員会評価が3.5以上のものはどれ？", "initiative", "set", I(lambda i: i["score"] >= 3.5),
      "委員会評価の範囲（以上）", f"{TI}: 委員会評価>=3.5")
    lo = min(IN, key=lambda i: i["score"])
    q("恵那市の取組項目で委員会の評価がいちばん低いのは？", "initiative", "ordered", [lo["no"]],
      "最小", f"{TI}: 委員会評価最小 {lo['score']}")
    q("恵那市の取組項目、委員会評価を平均するといくつ？", "initiative", "value", round(mean(i["score"] for i in IN), 2),
      "平均", f"{TI}: 委員会評価の平均 {sum(i['score'] for i in IN):.1f}/{len(IN)}")
    q(["恵那市の取組項目で施設のテーマに入っているのは？", "そのうち所管課の自己評価がBなのは？"], "initiative", "set",
      I(lambda i: "施設" in i["themes"] and i["selfg"] == "B"), "追い質問（テーマ→自己評価）",
      f"{TI}: テーマに施設 かつ 自己評価=B")
    q("恵那市で実践項目を4つ抱えている取組項目は？", "initiative", "set",
      I(lambda i: sum(1 for p in PR if p["ino"] == i["no"]) == 4), "実践項目数", f"{TI}: 実践項目数=4")
    # ---------------- 恵那市 委員の意見 ----------------
    TC = f"{PD} 3 取組項目ごとの委員会評価と意見"
    q("恵那市の委員会の意見で、高齢者のことを言っているのはどの取組項目？", "comment", "set", comments_with("高齢者"),
      "意見の語", f"{TC}: 意見に「高齢者」")
    q("恵那市の委員の意見でふるさと納税に触れているのは？", "comment", "set", comments_with("ふるさと納税"),
      "意見の語", f"{TC}: 意見に「ふるさと納税」")
    q("恵那市の委員会で跡地の活用について指摘があった取組項目は？", "comment", "set", comments_with("跡地"),
      "意見の語", f"{TC}: 意見に「跡地」")
    q("恵那市の委員意見でモニタリングに言及しているのはどれ？", "comment", "set", comments_with("モニタリング"),
      "意見の語（カタカナ語）", f"{TC}: 意見に「モニタリング」")
    # ---------------- 恵那市 進捗状況シート ----------------
    TS = f"{PD} 参考 進捗状況シート"
    q("恵那市の電子申請の対象手続、令和7年度末で何手続になったの？", "passage", "contains", ["286手続"],
      "進捗状況シートの本文", f"{TS} 実践項目10 令和7年度 評価の理由")
    q(["恵那市の公民館統合の進捗状況シートを見せて", "令和6年度の取組上の課題は？"], "passage", "contains",
      ["駐車場の確保"], "追い質問（シートの年度の課題）", f"{TS} 実践項目7 令和6年度 取組上の課題")
    q("恵那市のAI議事録の導入で、会議録の作成時間はどれくらい減った？", "passage", "contains", ["約2,600時間"],
      "進捗状況シートの本文", f"{TS} 実践項目11 令和5年度 評価の理由")
    q("恵那市のメンター制度、令和7年度のメンター登録者は何人？", "passage", "contains", ["38人"],
      "特記事項", f"{TS} 実践項目N4 特記事項")
    # ---------------- 会津若松市・喜多方市 連携事業 ----------------
    q("会津若松市と喜多方市の連携事業で、もう実施済みのものは？", "joint_project", "set", J(lambda j: j["state"] == "実施済"),
      "進捗状況（一つの列）", f"{JD}: 進捗状況=実施済")
    q(["会津若松・喜多方の連携事業で今年度実施予定なのは？", "何件ある？"], "joint_project", "count",
      len(J(lambda j: j["state"] == "令和5年度実施予定")), "追い質問（件数）、今年度=令和5年度",
      f"{JD}: 進捗状況=令和5年度実施予定")
    q("会津若松市・喜多方市の連携事業で、喜多方市が部会長をしている部会の事業は？", "joint_project", "set",
      J(lambda j: j["head"] == "喜多方市"), "部会長の市", f"{JD}: 部会名（部会長市）が（喜多方市）")
    j = one(JP, lambda j: j["item"] == "災害時の相互応援")
    q("会津若松市と喜多方市の災害時の相互応援で、喜多方市の担当課はどこ？", "joint_project", "value", j["depts"]["喜多方市"],
      "市ごとの担当課（列順が喜多方市→会津若松市）", f"{JD}: 番号{j['no']} 担当課 喜多方市列")
    q("会津若松市・喜多方市の連携事業で、喜多方市の担当課が空欄のものは？", "joint_project", "set",
      J(lambda j: not j["depts"]["喜多方市"]), "空欄の列", f"{JD}: 担当課 喜多方市列が空欄")
    q(["会津若松市と喜多方市の連携で、会津若松市が部会長の部会の事業を出して", "そのうち実施済なのは？"], "joint_project", "set",
      J(lambda j: j["head"] == "会津若松市" and j["state"] == "実施済"), "追い質問（進捗で絞る）",
      f"{JD}: 部会長=会津若松市 かつ 進捗状況=実施済")
    q("会津若松と喜多方の連携事業、税務部会のはどれ？", "joint_project", "set", J(lambda j: j["bukai"] == "税務部会"),
      "部会名（略した市名）", f"{JD}: 部会名=税務部会")
    # ---------------- 館林市 事務事業評価シート ----------------
    q(["館林市の東毛地域広域連携推進事業、令和5年度決算の総事業費は？", "じゃあ令和6年度は？"], "program", "value",
      D.EVAL_COST["R6"], "追い質問（年度の差し替え）", f"{ED} コストの推移 総事業費 令和6年度決算")
    q("館林市の東毛の広域連携の事業、総事業費は2022年度から2024年度でいくら増えた？", "program", "value",
      D.EVAL_COST["R6"] - D.EVAL_COST["R4"], "差（西暦の年度 2022=R4, 2024=R6）",
      f"{ED} コストの推移 総事業費 {D.EVAL_COST['R6']:,}-{D.EVAL_COST['R4']:,}")
    q("館林市の東毛地域広域連携推進事業で、令和6年度の市の実質負担額はいくら？", "program", "value",
      D.EVAL_COST["R6"] - D.EVAL_SPECIAL["R6"], "実質負担額（総事業費−特定財源）", f"{ED} コストの推移 市の実質負担額 令和6年度決算")
    plan, act = D.EVAL_OUTCOME[2]["R6"]
    q(["館林市の東毛地域広域連携推進事業の成果指標って何？", "令和6年度の達成率は？"], "indicator", "value",
      round(act / plan * 100, 1), "追い質問（指標→年度の達成率）", f"{ED} 指標 成果指標 令和6年度 {act}/{plan}")
    miss = [lab for y, lab in zip(D.EVAL_YEARS, D.EVAL_YEAR_LABELS) if D.EVAL_ACTIVITY[2][y][1] < D.EVAL_ACTIVITY[2][y][0]]
    q("館林市の東毛地域広域連携推進事業で、活動指標の実績が計画に届かなかったのはどの年度？", "indicator", "contains", miss,
      "比較（実績<計画）", f"{ED} 指標 活動指標 計画と実績")
    # ---------------- 藤枝市 市民協働ニュース ----------------
    q("藤枝市の協働ニュースVol.9で、協働事業提案の募集はいつまで？", "newsletter", "contains", ["2026年2月27日"],
      "募集の締切", f"{ND} ■ 令和8年度 協働事業提案制度の提案を募集します 募集期間")
    q("藤枝市の協働コーディネーター養成講座って参加者は何人だった？", "newsletter", "contains",
      [f"{D.TRAINING['participants']}名"], "講座の報告", f"{ND} ■ 協働コーディネーター養成講座を開催しました 参加者")
    q("藤枝市の協働事業の提案で、補助の上限っていくら？", "newsletter", "contains", ["50万円"],
      "質問と回答の表", f"{ND} ■ 講座で寄せられた質問にお答えします 3問目の回答")
    q("藤枝市の市民協働ニュースで紹介されてたモデル事業の実施団体は？", "newsletter", "contains", [D.MODEL["org"]],
      "モデル事業の紹介", f"{ND} ■ 協働モデル事業の紹介 実施団体")


def main():
    build()
    assert len(Q) == 50, len(Q)
    assert sum(1 for x in Q if len(x["turns"]) > 1) >= 8
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Q), "questions")


if __name__ == "__main__":
    main()
