"""Write tests/questions/made36/questions.jsonl: 50 questions over the made36 documents, every answer computed
from data.py (the facts the documents were printed from), never from the engine.

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made36.make_questions"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.questions.made36 import data as D
from tests.questions.made36.make_documents import DOCX_NAME, HTML_NAME, PDF_NAME, TXT_NAME

OUT = Path(__file__).parent / "questions.jsonl"
RANK = {"A": 4, "B": 3, "C": 2, "D": 1}
ERA = {"H28": 0, "H29": 1, "H30": 2, "R1": 3}

PR = [dict(code=c, ini=i, name=n, g=dict(zip(D.YEARS, gs)), scores=s, total=sum(s), overall=o, end=e,
           depts=d.split("、")) for c, i, n, gs, s, o, e, d in D.PRACTICES]
INI = [dict(no=n, name=nm, themes=th, self=sg, score=sc, comments=cm) for n, nm, th, sg, sc, cm in D.INITIATIVES]
JP = [dict(no=n, name=nm, status=st, group=g, lead=ld, depts=dict(zip(D.JP_MUNIS, dp)))
      for n, nm, _w, st, _d, g, ld, dp in D.JOINT]


def codes(pred) -> list[str]:
    return [p["code"] for p in PR if pred(p)]


def graded(g) -> bool:
    return g in RANK


PDF = f"docs/{PDF_NAME}"
P3 = f"{PDF} 3 実践項目別の取組状況"
P4 = f"{PDF} 4 取組項目別の評価一覧"
P5 = f"{PDF} 5 取組項目ごとの委員会の評価と意見"
PS = f"{PDF} 【資料】実践項目進捗状況シート"
DX = f"docs/{DOCX_NAME} 連携事業の表"
HT = f"docs/{HTML_NAME}"
TX = f"docs/{TXT_NAME}"

Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    Q.append({"id": f"m36-{len(Q) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
              "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})


# ---------------------------------------------------------------- practice items (紫波町, H28–R1)
q("紫波町の実践項目で平成30年度にA評価だったのは？", "practice", "set",
  codes(lambda p: p["g"]["H30"] == "A"), "ある年度の評価", f"{P3} 平成30年度列=A")
q("紫波町でH29はBだったのにR1でAになった実践項目ってどれ？", "practice", "set",
  codes(lambda p: p["g"]["H29"] == "B" and p["g"]["R1"] == "A"), "二つの年度の評価（略記の和暦）",
  f"{P3} 平成29年度=B かつ 令和元年度=A")
q("紫波町の実践項目で、2016年度から2019年度まで一度もAがつかなかったものは？", "practice", "set",
  codes(lambda p: "A" not in p["g"].values()), "否定（一度も…ない）・西暦の範囲 (2016=H28, 2019=R1)",
  f"{P3} 4年度の評価のどこにもAがない（空欄・-は評価なし）")
q("紫波町で平成30年度で終わった実践項目は？", "practice", "set",
  codes(lambda p: p["end"] == "H30"), "終了年度", f"{P3} 終了年度=H30")
q("紫波町の実践項目、2018年度までに終了したのはどれ？", "practice", "set",
  codes(lambda p: p["end"] and ERA[p["end"]] <= ERA["H30"]), "終了年度の範囲（までに）、2018=H30",
  f"{P3} 終了年度が H28〜H30 (H29: 3,4; H30: 9,10,14)")
q("紫波町の実践項目で、まだ終わってない（続いている）のは何件？", "practice", "count",
  len(codes(lambda p: not p["end"])), "否定・件数（終了年度が空欄 = 継続）", f"{P3} 終了年度が空欄の行数")
q("紫波町で平成28年度の評価が空欄の実践項目、つまり途中から始まったものは？", "practice", "set",
  codes(lambda p: p["g"]["H28"] is None), "空欄の年度", f"{P3} 平成28年度列が空欄 (N1〜N4)")
q("紫波町の総務課が担当している実践項目", "practice", "set",
  codes(lambda p: "総務課" in p["depts"]), "担当課（共管を含む、教育総務課は別の課）",
  f"{P3} 担当課に「総務課」(13 と N4 は共管、8・10 の教育総務課は含めない)")
q("紫波町の実践項目で総括の合計が11点以上のものを教えて", "practice", "set",
  codes(lambda p: p["total"] >= 11), "合計点の範囲", f"{P3} 総括 合計>=11")
q("紫波町の「町立図書館の指定管理」って平成29年度の評価は何だった？", "practice", "value",
  next(p for p in PR if p["code"] == "11")["g"]["H29"], "題名を崩した言い方・ある年度の値",
  f"{P3} 番号11 町立図書館への指定管理者制度の導入 平成29年度")
q("紫波町のタブレットで会議資料を電子化する取組はいつ終わった？", "practice", "value",
  next(p for p in PR if p["code"] == "14")["end"], "題名を崩した言い方・終了年度",
  f"{P3} 番号14 タブレット端末による会議資料の電子化 終了年度=H30")
q("紫波町の実践項目で、平成30年度より令和元年度のほうが評価が下がったものは？", "practice", "set",
  codes(lambda p: graded(p["g"]["H30"]) and graded(p["g"]["R1"]) and RANK[p["g"]["R1"]] < RANK[p["g"]["H30"]]),
  "年度間の変化（下がった）", f"{P3} H30 と R1 が両方 A〜D の行で R1<H30 (番号8 B→C)")
q("紫波町の取組項目「公共施設の最適配置」に入っている実践項目は？", "practice", "set",
  codes(lambda p: p["ini"] == "3"), "取組項目の題名で絞る", f"{P3} 取組No.=No.3 / {P5} No.3 対象の実践項目")
q(["紫波町の町民課が担当の実践項目は？", "そのうち終わってないのは？"], "practice", "set",
  codes(lambda p: "町民課" in p["depts"] and not p["end"]), "追質問（否定で絞る）",
  f"{P3} 担当課に町民課 (4,5,13) かつ 終了年度が空欄 → 5,13")
q(["紫波町でR1にA評価の実践項目を出して", "その中で総合評価がBのものは？"], "practice", "set",
  codes(lambda p: p["g"]["R1"] == "A" and p["overall"] == "B"), "追質問（別の欄で絞る）",
  f"{P3} 令和元年度=A かつ 総括 総合評価=B")
q(["紫波町の取組項目4の実践項目を見せて", "それって何件？"], "practice", "count",
  len(codes(lambda p: p["ini"] == "4")), "追質問（件数）", f"{P3} 取組No.=No.4 (10,11,12)")
q(["紫波町の実践項目で平成29年度にBだったもの", "じゃあ平成30年度にAになったのは？"], "practice", "set",
  codes(lambda p: p["g"]["H29"] == "B" and p["g"]["H30"] == "A"), "追質問（年度の変化）",
  f"{P3} 平成29年度=B かつ 平成30年度=A")
dept_counts = Counter(d for p in PR for d in p["depts"])
top_dept, top_n = dept_counts.most_common(1)[0]
q("紫波町の実践項目を担当課ごとに数えると、いちばん多い課は何件？", "practice", "value", top_n,
  "集計（課ごとの件数の最大）",
  f"{P3} 担当課（、で分割）ごとの件数 {dict(dept_counts.most_common())} → {top_dept} {top_n}")
q("紫波町で平成28年度か29年度のどちらかでC評価だった実践項目", "practice", "set",
  codes(lambda p: p["g"]["H28"] == "C" or p["g"]["H29"] == "C"), "または（二つの年度）",
  f"{P3} 平成28年度=C または 平成29年度=C")
q("紫波町の実践項目で総合評価がAじゃなくて、しかもまだ継続中のものは？", "practice", "set",
  codes(lambda p: p["overall"] != "A" and not p["end"]), "否定の組合せ",
  f"{P3} 総括 総合評価≠A かつ 終了年度が空欄")

# ---------------------------------------------------------------- initiatives
q("紫波町の取組項目で委員会の評価が4以上のものはどれ？", "initiative", "set",
  [i["no"] for i in INI if i["score"] >= 4.0], "委員会評価の範囲", f"{P4} 委員会評価>=4.0 / {P5} 委員会評価 X点／5点")
low = min(INI, key=lambda i: i["score"])
q("紫波町の取組項目で委員会の評価がいちばん低いのは？", "initiative", "ordered", [low["no"]],
  "最小", f"{P4} 委員会評価の最小 (No.{low['no']} {low['score']})")
mean = round(sum(i["score"] for i in INI) / len(INI), 2)
q("紫波町の取組項目、委員会評価を平均するといくつ？", "initiative", "value", mean, "平均",
  f"{P4} 6件の委員会評価の平均 ({'+'.join(str(i['score']) for i in INI)})/6")
q(["紫波町の取組項目で施設のテーマに入っているのは？", "そのうち委員会評価が3.2以上なのは？"], "initiative", "set",
  [i["no"] for i in INI if "施設" in i["themes"] and i["score"] >= 3.2], "追質問（テーマ→評価）",
  f"{P4} テーマ 施設=○ (3,4) かつ 委員会評価>=3.2 → 4 (3.4); 3 は 3.1")
q("紫波町で担当課の自己評価がAの取組項目はいくつある？", "initiative", "count",
  sum(1 for i in INI if i["self"] == "A"), "件数", f"{P4} 担当課自己評価=A (1,2,5)")
n_items = Counter(p["ini"] for p in PR)
q("紫波町で実践項目が4つある取組項目は？", "initiative", "set",
  [i["no"] for i in INI if n_items[i["no"]] == 4], "実践項目数", f"{P4} 実践項目数=4 {dict(n_items)}")

# ---------------------------------------------------------------- committee comments


def mentions(word: str) -> list[str]:
    return [i["no"] for i in INI if any(word in c for c in i["comments"])]


q("紫波町の委員の意見でふるさと納税に触れているのはどの取組項目？", "comment", "set", mentions("ふるさと納税"),
  "意見の語（1 は「ふるさと納税」「企業版ふるさと納税」）", f"{P5} 委員の意見 に「ふるさと納税」")
q("紫波町の委員会の意見で、高齢者のことを言っているものは？", "comment", "set", mentions("高齢者"),
  "意見の語", f"{P5} 委員の意見 に「高齢者」(No.2 ワンストップ化, No.5 スマートフォン教室)")
q("紫波町の委員意見でノウハウに言及しているのは？", "comment", "set", mentions("ノウハウ"),
  "意見の語", f"{P5} 委員の意見 に「ノウハウ」(No.4 民間のノウハウ, No.6 ベテラン職員のノウハウ)")
q("紫波町の委員の意見で統廃合について指摘があるのは？", "comment", "set", mentions("統廃合"),
  "意見の語", f"{P5} 委員の意見 に「統廃合」")

# ---------------------------------------------------------------- progress sheets (passages)
q("紫波町の電子申請の拡大って、令和元年度末で対象は何手続になったの？", "passage", "contains", ["48手続"],
  "進捗状況シートの本文", f"{PS} 実践項目13 R1 評価の理由「令和元年度末で対象は48手続となり」")
q(["紫波町の企業版ふるさと納税の進捗状況シートを見せて", "令和元年度はいくら寄附があった？"], "passage", "contains",
  ["1,250万円"], "追質問（シートの中の年度）", f"{PS} 実践項目N1 R1 評価の理由「3社から合計1,250万円の寄附を受領」")
q(["紫波町の中学校の統合の進捗シート", "平成30年度の取組上の課題は？"], "passage", "contains",
  ["スクールバスの運行ルート"], "追質問（シートの年度別の課題）", f"{PS} 実践項目8 H30 取組上の課題")

# ---------------------------------------------------------------- joint projects (上田市・東御市・青木村)
q("上田市・東御市・青木村の連携事業で、もう実施しているものは？", "joint_project", "set",
  [j["no"] for j in JP if j["status"] == D.STATUS_DONE], "進捗状況", f"{DX} 進捗状況=既に実施")
q(["上田市と東御市と青木村の連携事業で今年度実施予定なのは？", "何件ある？"], "joint_project", "count",
  sum(1 for j in JP if j["status"] == D.STATUS_PLAN), "追質問（件数）", f"{DX} 進捗状況=今年度(R6)に実施予定 (3,5,9,12)")
q("上田市・東御市・青木村の連携事業で、青木村が幹事の部会の事業は？", "joint_project", "set",
  [j["no"] for j in JP if j["lead"] == "青木村"], "幹事（三つ目の自治体）", f"{DX} 部会（幹事市村）に（青木村）")
q(["上田市・東御市・青木村の連携事業で上田市が幹事をしている部会の事業は？", "そのうち既に実施済みなのは？"],
  "joint_project", "set", [j["no"] for j in JP if j["lead"] == "上田市" and j["status"] == D.STATUS_DONE],
  "追質問（幹事→状況）", f"{DX} 部会に（上田市）(1,3,4,7,10) かつ 進捗状況=既に実施 → 1,4,7")
q("上田市・東御市・青木村の災害時相互応援協定で、東御市の担当課はどこ？", "joint_project", "value",
  next(j for j in JP if j["no"] == "11")["depts"]["東御市"], "三つの担当課の列から一つ", f"{DX} 番号11 東御市列")
q("上田・東御・青木の連携事業で、青木村の担当課が空欄になっているものは？", "joint_project", "set",
  [j["no"] for j in JP if not j["depts"]["青木村"]], "空欄の列（略した市村名）", f"{DX} 青木村列が空欄 → 4, 8")
q("上田市・東御市・青木村の連携事業で、まだ実施時期が決まってない検討中のものは？", "joint_project", "set",
  [j["no"] for j in JP if j["status"] == D.STATUS_STUDY], "進捗状況（検討中）", f"{DX} 進捗状況=検討中")

# ---------------------------------------------------------------- case studies (令和6年3月)
CS = [(topic, pref, place, title) for topic, cases in D.CASES for pref, place, title, _w, _e in cases]
q("令和6年3月公表の行革の取組事例で、窓口業務を民間委託した自治体はどこ？", "case_study", "set",
  [place for topic, _p, place, _t in CS if topic == "窓口業務の民間委託"], "テーマの事例",
  f"{HT} ■ 窓口業務の民間委託 の事例1・2（山形県酒田市、三重県鈴鹿市）")
q(["令和6年の行革事例集で、広域連携や事務の共同化の事例は？", "そのうち宮崎県のは？"], "case_study", "set",
  next(place for topic, pref, place, _t in CS if topic == "広域連携・事務の共同化" and pref == "宮崎県").split("・"),
  "追質問（県で絞る）、一つの事例に3団体", f"{HT} ■ 広域連携・事務の共同化 事例8 宮崎県小林市・えびの市・高原町")
q("令和6年公表の事例集で、支所と公民館と図書館を一つにまとめたのはどこ？", "case_study", "set", ["三豊市"],
  "取組の内容から団体を引く", f"{HT} 事例6 支所・公民館・図書館の複合化 香川県三豊市")
q("令和6年の事例集の酒田市の窓口委託で、平均待ち時間は何分になった？", "passage", "contains", ["7分"],
  "事例の【効果】", f"{HT} 事例1 【効果】「平均待ち時間は12分から7分に短縮」")

# ---------------------------------------------------------------- evaluation sheet (土浦市)
ev = D.EV
q("土浦市の霞ケ浦流域広域連携推進事業、令和5年度決算の総事業費は？", "program", "value", ev["cost"]["R5"],
  "決算額", f"{TX} ■ 事業費 総事業費 令和5年度決算")
q("土浦市の霞ケ浦の広域連携の事業、総事業費は2022年度から2023年度でいくら増えた？", "program", "value",
  ev["cost"]["R5"] - ev["cost"]["R4"], "差（西暦の年度 2022=R4, 2023=R5）、事業名を崩した言い方",
  f"{TX} ■ 事業費 総事業費 令和5年度決算 − 令和4年度決算 (4,215,000−3,480,000)")
name, unit, _dir, _t, plan, actual = D.EV_OUTCOME
q(["土浦市の霞ケ浦流域広域連携推進事業の成果指標って何？", "令和5年度の達成率は？"], "indicator", "value",
  round(actual["R5"] / plan["R5"] * 100, 1), "追質問（指標→年度の達成率）",
  f"{TX} ■ 成果指標 {name} 令和5年度 実績{actual['R5']}/計画{plan['R5']}×100")
q("土浦市の霞ケ浦流域広域連携推進事業の担当課は？", "program", "contains", [ev["section"]], "担当課",
  f"{TX} ■ 事務事業の概要 担当課")

_an, _au, _ad, _at, a_plan, a_actual = D.EV_ACTIVITY
short = [lab for y, lab in zip(D.EV_YEARS, D.EV_YEAR_LABELS)
         if y in a_actual and a_actual[y] < a_plan[y]]
q("土浦市の霞ケ浦流域広域連携推進事業で、活動指標の実績が計画に届かなかったのはどの年度？", "indicator", "contains",
  short, "比較（実績<計画）、実績のある年度だけ", f"{TX} ■ 活動指標 {_an} 実績<計画 → {short} (R4 7<8; R5 9>8)")

# ---------------------------------------------------------------- a town with no document in the set
q("盛岡市の実践項目でH30にA評価だったものは？", "practice", "count", 0,
  "文書のない自治体（紫波町の計画で答えてはいけない）", "盛岡市の文書はこのセットにも出荷コーパスにもない")


def main() -> None:
    assert len(Q) == 50, len(Q)
    assert len({x["id"] for x in Q}) == 50
    assert sum(len(x["turns"]) > 1 for x in Q) >= 8
    with OUT.open("w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"{len(Q)} questions, {sum(len(x['turns']) > 1 for x in Q)} multi-turn → {OUT}")
    print(Counter((x["target"], x["expect"]) for x in Q))


if __name__ == "__main__":
    main()
