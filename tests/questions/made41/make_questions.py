"""Write made41/questions.jsonl: 50 holdout questions over the made41 documents.

Every answer is computed from data.py (the data make_documents writes); line keys come from the text the
format layer makes of each document (assistant.formats.to_text, the one allowed import). Nothing here runs
the engine. Run from the project root after make_documents:
/work/main/.venv/bin/python -m tests.questions.made41.make_questions
"""
from __future__ import annotations

import json
from pathlib import Path
from statistics import mean

from assistant.formats import to_text

from . import data as D
from .make_documents import DOCS, EVAL_FILE as X, KAIKAKU_FILE as T, MIN_FILE as W, SHITEI_FILE as H, TEIIN_FILE as P

HERE = Path(__file__).resolve().parent
LINES = {f: to_text((DOCS / f).read_bytes(), f).text.splitlines() for f in (X, T, W, H, P)}
Q: list[dict] = []


def key(f, first, start=0, end=None):
    hits = [i for i, l in enumerate(LINES[f], 1)
            if i > start and (end is None or i < end) and l.split("\t")[0].strip() == str(first)]
    assert len(hits) == 1, (f, first, hits)
    return f"{f}:{hits[0]}"


SHEET2 = next(i for i, l in enumerate(LINES[X], 1) if l.startswith("令和6年度 施策評価"))
SHEET3 = next(i for i, l in enumerate(LINES[X], 1) if l.startswith("今後の方向性別"))


def xj(no): return key(X, no, 0, SHEET2)
def xs(code): return key(X, code, SHEET2, SHEET3)
def xa(d): return key(X, d, SHEET3)
def py(year): return key(P, year)
def pb(name): return key(P, name)
def hs(no): return key(H, no)


def ti(no):
    hits = [i for i, l in enumerate(LINES[T], 1) if l.startswith(f"{no}．")]
    assert len(hits) == 1
    return f"{T}:{hits[0]}"


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if expect == "count":
        assert isinstance(answer, int)
    if expect in ("set", "ordered", "contains"):
        assert answer, turns
    Q.append({"id": f"m41-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


J = [dict(no=r[0], name=r[1], dept=r[2], r5=r[3], r6=r[4], eff=r[5], effi=r[6], grade=r[7], dir=r[8]) for r in D.JIGYO]
S = [dict(code=r[0], name=r[1], bu=r[2], rate=r[3], ev=r[4]) for r in D.SHISAKU]
Y = [dict(year=r[0], goal=r[1], real=r[2], ret=r[3], hire=r[4]) for r in D.TEIIN]
B = [dict(name=r[0], kind=r[1], base=r[2], r6=r[3], r7=r[4]) for r in D.BUMON]
F = [dict(group=r[0], no=r[1], name=r[2], mgr=r[3], period=r[4], grade=r[5], users=r[6], sat=r[7]) for r in D.SHITEI]
K = [dict(pillar=r[0], no=r[1], name=r[2], dept=r[3], prog=r[4], eff=r[5], text=r[6]) for r in D.KAIKAKU]


def one(rows, f):
    hit = [r for r in rows if f(r)]
    assert len(hit) == 1, hit
    return hit[0]


XD = f"docs/{X} シート「事務事業評価」"
SD = f"docs/{X} シート「施策評価」"
AD = f"docs/{X} シート「方向性別集計」"
PD = f"docs/{P}"
HD = f"docs/{H}"
TD = f"docs/{T}"
WD = f"docs/{W}"

# ---- 上越市 事務事業評価 (xlsx) ----
q("上越市の事務事業評価で総合評価がAの事業は？", "table_row", "set",
  [xj(j["no"]) for j in J if j["grade"] == "A"], "状態の条件", f"{XD}: 総合評価=A")
q("上越市の事務事業で、今後の方向性が「廃止」になったのってどれ？", "table_row", "set",
  [xj(j["no"]) for j in J if j["dir"] == "廃止"], "方向性の条件", f"{XD}: 今後の方向性=廃止")
q("上越市の行政評価、総合評価がCかDの事業って何件ある？", "table_row", "count",
  len([j for j in J if j["grade"] in "CD"]), "件数（2値の条件、合計行は数えない）", f"{XD}: 総合評価C/D")
q(["上越市の事務事業評価で地域政策課の事業を見せて", "そのうち方向性が拡充なのは？"], "table_row", "set",
  [xj(j["no"]) for j in J if j["dept"] == "地域政策課" and j["dir"] == "拡充"], "追い質問（課の条件を保持）",
  f"{XD}: 担当課=地域政策課 かつ 拡充")
big = max(J, key=lambda j: j["r6"])
q("上越市の事務事業で令和6年度決算がいちばん大きい事業は？", "table_row", "value", big["name"],
  "最大（合計行を除く）", f"{XD}: 令和6年度決算の最大 No.{big['no']}")
q("上越市の事務事業評価で、R5よりR6の決算額が減った事業は？", "table_row", "set",
  [xj(j["no"]) for j in J if j["r6"] < j["r5"]], "二つの年度列の比較", f"{XD}: 令和6年度決算 < 令和5年度決算")
q("上越市の事務事業評価の令和6年度決算の合計はいくら？（千円）", "table_row", "value",
  sum(j["r6"] for j in J), "合計（表の合計行と一致）", f"{XD}: 令和6年度決算の計（合計行も同値）")
q("上越市の事務事業評価で、有効性はAなのに総合評価がAになってない事業ある？", "table_row", "set",
  [xj(j["no"]) for j in J if j["eff"] == "A" and j["grade"] != "A"], "否定を含む条件", f"{XD}: 有効性=A かつ 総合評価≠A")
q(["上越市のコミュニティバス運行事業の今後の方向性は？", "じゃあ市民プール管理運営事業は？"], "table_row", "value",
  one(J, lambda j: j["name"] == "市民プール管理運営事業")["dir"], "追い質問（項目を保持し事業を替える）",
  f"{XD}: No.4 今後の方向性")
q("上越市の事務事業で、R6決算が1,000万円以上で総合評価がB以上のものは？", "table_row", "set",
  [xj(j["no"]) for j in J if j["r6"] >= 10000 and j["grade"] in "AB"], "単位換算（千円）と評価の範囲",
  f"{XD}: 令和6年度決算>=10000千円 かつ 総合評価A/B")
q("上越市の事務事業評価で「継続」になった事業は何件？", "table_row", "count",
  len([j for j in J if j["dir"] == "継続"]), "件数", f"{XD}: 今後の方向性=継続（方向性別集計シートも同値）")
fn = one(J, lambda j: j["name"] == "ふるさと納税推進事業")
q("上越市のふるさと納税推進事業、事業費は令和5年度から6年度でいくら増えた？", "table_row", "value",
  fn["r6"] - fn["r5"], "差（千円）", f"{XD}: No.{fn['no']} 令和6年度決算−令和5年度決算")
q(["上越市の不妊治療費助成事業の担当課は？", "それの総合評価は？"], "table_row", "value",
  one(J, lambda j: j["name"] == "不妊治療費助成事業")["grade"], "追い質問（事業を保持し項目を替える）",
  f"{XD}: No.7 総合評価")
q("上越市の施策評価で「遅れ」になってる施策は？", "table_row", "set",
  [xs(s["code"]) for s in S if s["ev"] == "遅れ"], "状態の条件（別シート）", f"{SD}: 評価=遅れ")
q("上越市の施策評価、達成率が80%に届いてない施策はいくつ？", "table_row", "count",
  len([s for s in S if s["rate"] < 80]), "件数（数値の範囲、否定）", f"{SD}: 達成率<80")
q("上越市の施策評価で健康福祉部の施策の達成率の平均は？", "table_row", "value",
  round(mean(s["rate"] for s in S if s["bu"] == "健康福祉部"), 2), "平均", f"{SD}: 所管部=健康福祉部 の達成率の平均")
q(["上越市の施策評価でこども教育部の施策は？", "そのうち順調なのは？"], "table_row", "set",
  [xs(s["code"]) for s in S if s["bu"] == "こども教育部" and s["ev"] == "順調"], "追い質問（部の条件を保持）",
  f"{SD}: こども教育部 かつ 順調")
q("上越市の行政評価の方向性別集計で、縮小の決算額は？", "table_row", "value",
  sum(j["r6"] for j in J if j["dir"] == "縮小"), "集計シートの値", f"{AD}: 縮小 の令和6年度決算額")

# ---- 鶴岡市 定員適正化計画 (pdf) ----
q("鶴岡市の定員適正化計画で、実職員数が目標を上回ってた年度は？", "table_row", "set",
  [py(y["year"]) for y in Y if y["real"] is not None and y["real"] > y["goal"]], "二つの列の比較（未確定の年度を除く）",
  f"{PD} 2 年度別の目標と実績: 実職員数>計画目標職員数")
r5 = one(Y, lambda y: y["year"] == "令和5年度")
q(["鶴岡市の定員適正化計画、令和5年度の採用者数は？", "じゃあ退職者数は？"], "table_row", "value", r5["ret"],
  "追い質問（年度を保持し列を替える）", f"{PD} 2 年度別: 令和5年度 前年度退職者数")
q("鶴岡市の定員計画でR3からR6までの退職者数の合計は？", "table_row", "value",
  sum(y["ret"] for y in Y if y["ret"] is not None), "合計（年度の範囲）", f"{PD} 2 年度別: 令和3～6年度 前年度退職者数の計")
q("鶴岡市の2022年度の実職員数って何人？", "table_row", "value",
  one(Y, lambda y: y["year"] == "令和4年度")["real"], "西暦→和暦（2022=R4）", f"{PD} 2 年度別: 令和4年度 実職員数")
q("鶴岡市の部門別職員数で、令和2年度より令和6年度のほうが増えた部門は？", "table_row", "set",
  [pb(b["name"]) for b in B if b["r6"] > b["base"]], "二つの年度列の比較（ページをまたぐ表）",
  f"{PD} 3 部門別職員数（1～2ページ）: 令和6年度実績>令和2年度基準")
q(["鶴岡市の定員適正化計画で、区分が公営企業等の部門は？", "そのうち令和7年度の目標が令和6年度実績より多いのは？"],
  "table_row", "set", [pb(b["name"]) for b in B if b["kind"] == "公営企業等" and b["r7"] > b["r6"]],
  "追い質問（区分を保持、列の比較）", f"{PD} 3 部門別: 公営企業等 かつ 令和7年度目標>令和6年度実績")
q("鶴岡市の消防部門の令和7年度目標の人数は？", "table_row", "value",
  one(B, lambda b: b["name"] == "消防")["r7"], "ページ2の行の値", f"{PD} 3 部門別（2ページ）: 消防 令和7年度（目標）")
q("鶴岡市の部門別職員数の表で、一般行政の部門はいくつある？", "table_row", "count",
  len([b for b in B if b["kind"] == "一般行政"]), "件数（ページをまたぐ表、繰り返し見出しと合計行は数えない）",
  f"{PD} 3 部門別: 区分=一般行政")
drop = max(B, key=lambda b: b["base"] - b["r6"])
q("鶴岡市で基準年から令和6年度までに職員がいちばん減った部門はどこ？", "table_row", "value", drop["name"],
  "差の最大", f"{PD} 3 部門別: 令和2年度基準−令和6年度実績 の最大（{drop['base']}→{drop['r6']}）")
q("鶴岡市の定員適正化計画って、令和7年度までに何人減らす計画？", "passage", "contains",
  [f"{D.TEIIN_BASE[1] - Y[-1]['goal']}人を削減"], "本文の記載", f"{PD} 1 計画の概要")

# ---- 鶴岡市 指定管理者評価 (html) ----
q("鶴岡市の指定管理者の評価でC評価だった施設は？", "table_row", "set",
  [hs(f["no"]) for f in F if f["grade"] == "C"], "状態の条件（二つの表）", f"{HD}: 総合評価=C")
q("鶴岡市の指定管理施設で利用者満足度が90%以上のところは？", "table_row", "set",
  [hs(f["no"]) for f in F if f["sat"] >= 90], "数値の範囲", f"{HD}: 利用者満足度>=90")
soc = [f for f in F if f["mgr"] == "社会福祉法人鶴岡市社会福祉協議会"]
q(["鶴岡市で社会福祉協議会が指定管理者になってる施設は？", "それらの利用者数の合計は？"], "table_row", "value",
  sum(f["users"] for f in soc), "追い質問（合計）", f"{HD}: 指定管理者=社会福祉法人鶴岡市社会福祉協議会 の利用者数の計")
q("鶴岡市の指定管理で、指定期間が令和7年3月で終わる施設は？", "table_row", "set",
  [hs(f["no"]) for f in F if f["period"].endswith("R7.3")], "略記の和暦（R7.3）", f"{HD}: 指定期間の終わり=R7.3")
q("鶴岡市の指定管理者評価、文化・スポーツ施設の利用者数を合計すると？", "table_row", "value",
  sum(f["users"] for f in F if f["group"] == "文化・スポーツ施設"), "見出しで分かれた表の合計", f"{HD}: 文化・スポーツ施設の表の利用者数の計")
fj = one(F, lambda f: f["name"] == "藤沢周平記念館")
q(["鶴岡市の藤沢周平記念館の評価は？", "じゃあ指定管理者は？"], "table_row", "value", fj["mgr"],
  "追い質問（施設を保持し列を替える）", f"{HD}: No.{fj['no']} 指定管理者")
q("鶴岡市の指定管理施設で評価がB以下のところは何件？", "table_row", "count",
  len([f for f in F if f["grade"] in "BC"]), "件数（評価の範囲 S>A>B>C）", f"{HD}: 総合評価B/C")
q("鶴岡市の指定管理者評価で、利用者がいちばん多い施設は？", "table_row", "value",
  max(F, key=lambda f: f["users"])["name"], "最大（カンマ付きの数値）", f"{HD}: 利用者数の最大")
q("鶴岡市で令和5年度から指定管理が始まった施設はどこ？", "table_row", "set",
  [hs(f["no"]) for f in F if f["period"].startswith("R5.4")], "略記の和暦（R5.4～）", f"{HD}: 指定期間の始まり=R5.4")
q("上越市の行革推進計画の進捗報告で、進捗が◎の取組は？", "item", "set",
  [ti(k["no"]) for k in K if k["prog"] == "◎"], "記号の条件", f"{TD}: 進捗=◎")
q("上越市の行政改革推進計画で、遅れてる取組（△か×）はいくつ？", "item", "count",
  len([k for k in K if k["prog"] in "△×"]), "件数（記号の凡例）", f"{TD}: 進捗=△/×")
q(["上越市の行革の進捗報告で人事課の取組は？", "そのうち効果額が出てるのは？"], "item", "set",
  [ti(k["no"]) for k in K if k["dept"] == "人事課" and k["eff"] > 0], "追い質問（課を保持、0千円を除く）",
  f"{TD}: 担当課=人事課 かつ 効果額>0")
q("上越市のRPAの取組の効果額はいくら？", "item", "value",
  one(K, lambda k: k["name"].startswith("RPA"))["eff"], "項目の値（千円）", f"{TD}: 7．効果額")
q("上越市の行政改革推進計画、令和6年度の効果額は全部でいくら？", "item", "value",
  sum(k["eff"] for k in K), "合計（報告書の合計と一致）", f"{TD}: 効果額の計（■ 効果額の合計 と同値）")
q(["上越市の推進計画で電子契約の導入の担当課は？", "それの進捗は？"], "item", "value",
  one(K, lambda k: k["name"] == "電子契約の導入")["prog"], "追い質問（取組を保持し項目を替える）", f"{TD}: 8．進捗")
q("上越市の進捗報告の「デジタル化と業務改革」の取組を全部教えて", "item", "set",
  [ti(k["no"]) for k in K if "デジタル化" in k["pillar"]], "■見出しの下の項目", f"{TD}: ■3 の下の取組")
q("上越市の行革推進計画で効果額が1,000万円以上の取組は？", "item", "set",
  [ti(k["no"]) for k in K if k["eff"] >= 10000], "単位換算（千円）", f"{TD}: 効果額>=10000千円")
q("上越市の未利用市有地の売却って、何件売れたの？", "passage", "contains", ["5件を売却"], "取組状況の本文",
  f"{TD}: 3．取組状況")

# ---- 上越市 行政改革推進委員会 会議録 (docx) ----
q("上越市の行革推進委員会で、コミュニティバスについて委員は何て言ってた？", "passage", "contains",
  ["デマンド型交通"], "発言者のある会議録", f"{WD}: 議題（1） 高橋委員")
q("上越市の委員会の会議録で、ふるさと納税に触れた委員の意見は？", "passage", "contains",
  ["返礼品の経費率"], "話題で発言を探す", f"{WD}: 議題（1） 渡辺委員")
q("上越市の行政改革推進委員会で、書かない窓口についての意見は？", "passage", "contains",
  ["出張所にも広げて"], "話題で発言を探す（議題2）", f"{WD}: 議題（2） 伊藤委員")
q("上越市の第2回行革推進委員会で欠席した委員は誰？", "passage", "contains", ["山本委員"], "出席者の記載",
  f"{WD}: 3 出席委員（欠席：山本委員）")

assert len(Q) == 50, len(Q)
assert sum(len(x["turns"]) > 1 for x in Q) >= 8


def main() -> None:
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as out:
        for x in Q:
            out.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(x["target"] for x in Q), Counter(x["expect"] for x in Q),
          sum(len(x["turns"]) > 1 for x in Q))


if __name__ == "__main__":
    main()
