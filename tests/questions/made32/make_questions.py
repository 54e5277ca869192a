"""Write tests/questions/made32/questions.jsonl; every answer is computed from make_documents' data.
Only assistant.formats.to_text (file -> text) is used, to learn each row's line number; the engine is not.

Run: /work/main/.venv/bin/python -m tests.questions.made32.make_questions"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from assistant.formats import to_text

from .make_documents import (ACTIONS, AGENDA, DOCS, F_DOCX, F_PDF, F_TXT, F_XLSX, FACILITIES, MEMBERS,
                             POLICIES, SAVINGS)

OUT = Path(__file__).parent / "questions.jsonl"


@lru_cache(None)
def lines(name):
    p = DOCS / name
    return to_text(p.read_bytes(), p.name).text.splitlines()


def key(name, *subs):
    hits = [i for i, l in enumerate(lines(name), 1) if all(s in l for s in subs)]
    assert len(hits) == 1, (name, subs, hits)
    return f"{name}:{hits[0]}"


def ak(rows):  # 鶴岡市 action rows -> keys
    return [key(F_XLSX, a[2]) for a in rows]


def fk(rows):  # 飯田市 facility rows -> keys
    return [key(F_PDF, f[0]) for f in rows]


def mk(rows):  # 飯田市 members -> keys
    return [key(F_DOCX, m[0]) for m in rows]


def sk(rows):  # 草津市 savings rows -> keys
    return [key(F_TXT, s[1], s[2]) for s in rows]


Q = []


def q(turns, target, expect, answer, why, der):
    turns = [turns] if isinstance(turns, str) else turns
    Q.append({"id": f"m32-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": der})


def A(cond):
    return [a for a in ACTIONS if cond(a)]


def F(cond):
    return [f for f in FACILITIES if cond(f)]


# ---------------- 鶴岡市 XLSX (ACTIONS: no, policy, name, dept, start, end, status, effect, note)
X = f"docs/{F_XLSX} シート「進捗状況一覧」"
A_ = {a[2]: a for a in ACTIONS}
q("鶴岡市のアクションプランで、ふるさと納税の推進の担当課ってどこ？", "table_row", "contains",
  [A_["ふるさと納税の推進"][3]], "1件の項目(担当課)", f"{X}: No.3 担当課")
q("鶴岡市の行革アクションプランで、進捗が◎（計画以上に順調）の取組はどれですか", "table_row", "set",
  ak(A(lambda a: a[6] == "◎")), "状態の条件(記号◎)", f"{X}: 令和6年度 進捗区分=◎")
q("鶴岡市の取組で、遅れが出ているものと未着手のものを教えてください", "table_row", "set",
  ak(A(lambda a: a[6] in ("△", "×"))), "状態の条件(2値、凡例の言葉で)", f"{X}: 進捗区分が△(遅れあり)か×(未着手)")
q("鶴岡市のアクションプランで財政課が担当してる取組は何件ありますか", "table_row", "count",
  len(A(lambda a: a[3] == "財政課")), "課の条件で件数", f"{X}: 担当課=財政課 (No.2,4,12)")
q(["鶴岡市の財政課の取組を見せて", "そのうち進捗が概ね順調なのは？"], "table_row", "set",
  ak(A(lambda a: a[3] == "財政課" and a[6] == "○")), "追い質問(課の条件を保持＋凡例の言葉)", f"{X}: 財政課かつ○(概ね順調)")
tot = sum(a[7] or 0 for a in ACTIONS)
q("鶴岡市のアクションプラン、令和6年度の効果額の合計はいくら？", "table_row", "value", tot, "合計(合計行と一致)",
  f"{X}: 効果額（千円）列の合計 = 合計行 {tot}")
q("鶴岡市の行財政改革の取組で、効果額がいちばん大きいのはどれ？", "table_row", "ordered",
  ak([max(ACTIONS, key=lambda a: a[7] or 0)]), "最大", f"{X}: 効果額の最大 No.3 45200")
q("鶴岡市の取組のうち、効果額が空欄になっているのは？", "table_row", "set", ak(A(lambda a: a[7] is None)),
  "空欄の条件", f"{X}: 効果額が空欄 No.5,7,8,11")
q("鶴岡市のアクションプランでR6に終了予定の取組は？", "table_row", "set", ak(A(lambda a: a[5] == 6)),
  "終了年度(R表記)", f"{X}: 実施期間 終了予定=R6")
q("鶴岡市で2025年度までに終わる予定の取組はどれですか", "table_row", "set", ak(A(lambda a: a[5] <= 7)),
  "西暦の年度範囲(2025=R7、までに)", f"{X}: 終了予定<=R7")
q("鶴岡市のアクションプランで令和6年度から始まった取組は何件？", "table_row", "count", len(A(lambda a: a[4] == 6)),
  "開始年度(和暦⇔R)の件数", f"{X}: 開始=R6 (No.7,8,11)")
q("鶴岡市の「行政サービスのデジタル化」の方針に入っている取組を全部教えて", "table_row", "set",
  ak(A(lambda a: a[1] == POLICIES[1])), "結合セル(基本方針)", f"{X}: 基本方針2の結合セル No.5〜8")
q(["鶴岡市の公共施設の最適化の取組は？", "それの効果額の合計は？"], "table_row", "value",
  sum(a[7] or 0 for a in A(lambda a: a[1] == POLICIES[2])), "追い質問(合計)", f"{X}: 基本方針3 No.9〜12 の効果額(空欄は0)")
ef = [a[7] for a in ACTIONS if a[7] is not None]
q("鶴岡市の取組の効果額って、平均するとどれくらい？空欄は除いて", "table_row", "value", round(sum(ef) / len(ef), 2),
  "平均(空欄除く)", f"{X}: 効果額のある{len(ef)}件の平均 {sum(ef)}/{len(ef)}")
q("鶴岡市のデジタル化の取組で、情報企画課以外が担当してるのは？", "table_row", "set",
  ak(A(lambda a: a[1] == POLICIES[1] and a[3] != "情報企画課")), "否定(以外)＋方針", f"{X}: 基本方針2で担当課が情報企画課でない No.7,8")
q(["鶴岡市の行財政改革アクションプランについて聞きたい", "学校給食センターの統合の備考には何て書いてある？"], "table_row",
  "contains", [A_["学校給食センターの統合"][8]], "追い質問(備考の値)", f"{X}: No.9 備考")
q("鶴岡市の取組で、効果額が1,000万円以上のものはどれ？", "table_row", "set", ak(A(lambda a: (a[7] or 0) >= 10000)),
  "単位換算(千円⇔万円)", f"{X}: 効果額（千円）>=10000 No.1,3,9,12")

# ---------------- 飯田市 PDF (FACILITIES: name, kind, dept, wa, year, area, users, grade)
P = f"docs/{F_PDF} (2ページにわたる表)"
F_ = {f[0]: f for f in FACILITIES}
q("飯田市の公共施設評価でD評価（廃止・譲渡を検討）になった施設は？", "table_row", "set", fk(F(lambda f: f[7] == "D")),
  "評価の条件", f"{P}: 評価=D No.4,6,12")
q("飯田市の施設評価で、Aの施設は何件ですか", "table_row", "count", len(F(lambda f: f[7] == "A")), "評価の件数(ページをまたぐ)",
  f"{P}: 評価=A No.2,5,7,14")
q("飯田市の公共施設で、昭和50年より前に建てられた施設は？", "table_row", "set", fk(F(lambda f: f[4] < 1975)),
  "和暦の年範囲(より前＝未満)", f"{P}: 建築年<昭和50年(1975) No.3,12")
q("飯田市の公共施設評価で、1990年以降に建った施設を教えて", "table_row", "set", fk(F(lambda f: f[4] >= 1990)),
  "西暦の年範囲(以降)", f"{P}: 建築年>=1990(平成2年) No.5,7,9,13,14")
q("飯田市の施設評価で、スポーツ施設の延床面積を合計すると何㎡？", "table_row", "value",
  sum(f[5] for f in F(lambda f: f[1] == "スポーツ施設")), "分類で絞った合計", f"{P}: 分類=スポーツ施設 No.4〜6 の延床面積")
q("飯田市の公共施設のうち、利用者数がいちばん多いのはどこ？", "table_row", "ordered",
  fk([max(FACILITIES, key=lambda f: f[6] or 0)]), "最大", f"{P}: 利用者数の最大 No.7 中央図書館 210,500")
q(["飯田市の公共施設評価結果を見たい", "生涯学習課の所管の施設は？", "そのうち評価がCのものは？"], "table_row", "set",
  fk(F(lambda f: f[2] == "生涯学習課" and f[7] == "C")), "追い質問2段(所管課→評価)", f"{P}: 所管課=生涯学習課かつ評価C No.3")
q("飯田市の公共施設評価で、利用者数を集計していない施設は？", "table_row", "set", fk(F(lambda f: f[6] is None)),
  "「－」の意味(脚注)", f"{P}: 利用者数が「－」 No.10,14（※1）")
q("飯田市の市民プールの評価は何でしたか", "table_row", "value", F_["市民プール"][7], "1件の項目(評価)", f"{P}: No.4 評価")
pub = F(lambda f: f[1] == "公民館")
q("飯田市の施設評価で、公民館の利用者数の平均は？", "table_row", "value", round(sum(f[6] for f in pub) / len(pub), 2),
  "分類で絞った平均", f"{P}: 分類=公民館 No.1〜3 の利用者数の平均")
q("飯田市の公共施設で延床面積が一番広い施設の所管課は？", "table_row", "contains",
  [max(FACILITIES, key=lambda f: f[5])[2]], "最大の行の別の列", f"{P}: 延床面積の最大 No.11 美術博物館 8,900 → 文化振興課")
q("飯田市の施設評価でBかCの評価で、利用者が1万人に届いていない施設は？", "table_row", "set",
  fk(F(lambda f: f[7] in "BC" and f[6] is not None and f[6] < 10000)), "2条件(評価2値＋数値未満)、未集計は除く",
  f"{P}: 評価B/C かつ 利用者数<10000（「－」の竜丘保育園は集計なしなので除く） No.3,8")
q(["飯田市の公共施設評価でスポーツ課の施設は？", "じゃあ観光課は？"], "table_row", "set", fk(F(lambda f: f[2] == "観光課")),
  "追い質問(課の置き換え)", f"{P}: 所管課=観光課 No.13")
q("飯田市の施設評価で、D評価の施設の延床面積の合計はいくつ？", "table_row", "value",
  sum(f[5] for f in F(lambda f: f[7] == "D")), "評価で絞った合計(ページをまたぐ)", f"{P}: 評価D No.4,6,12 の延床面積")

# ---------------- 飯田市 DOCX (MEMBERS: name, kubun, attendance, role; AGENDA)
D = f"docs/{F_DOCX}"
q("飯田市の行財政改革推進委員会の第2回で欠席した委員は誰？", "table_row", "set", mk([m for m in MEMBERS if m[2] == "欠席"]),
  "出欠の条件", f"{D} 委員出欠一覧: 出欠=欠席")
q("飯田市の推進委員会に公募委員は何人いますか", "table_row", "count", sum(m[1] == "公募委員" for m in MEMBERS),
  "区分の件数", f"{D} 委員出欠一覧: 選出区分=公募委員")
q(["飯田市の行革推進委員会の会議録を見せて", "公募委員で出席していたのは誰？"], "table_row", "set",
  mk([m for m in MEMBERS if m[1] == "公募委員" and m[2] == "出席"]), "追い質問(2条件)", f"{D} 委員出欠一覧: 公募委員かつ出席")
q("飯田市の行財政改革推進委員会の会長は誰ですか", "table_row", "contains",
  [next(m for m in MEMBERS if m[3] == "会長")[0].split()[0]], "1件の項目(役職)", f"{D} 委員出欠一覧: 役職=会長")
q("飯田市の推進委員会で、使用料の見直しについて話し合ったところを見せて", "item", "set", [key(F_DOCX, AGENDA[1][0])],
  "議事項目(見出し付きブロック)", f"{D} 2 議事 （2）")
q("飯田市の委員会会議録で、次の大綱をいつ作るかの議事は？", "item", "set", [key(F_DOCX, AGENDA[2][0])],
  "議事項目(言い換え)", f"{D} 2 議事 （3）")
q("飯田市の推進委員会で、市民プールについて委員からどんな意見が出た？", "passage", "contains", ["民間プール"],
  "発言の内容", f"{D} （1） 小池委員の発言")
q("飯田市の委員会で、使用料の激変緩和について事務局は引上げ率の上限を何倍にするって言ってた？", "passage", "contains", ["1.5倍"],
  "発言中の数値", f"{D} （2） 事務局の発言")
q("飯田市の行革委員会で、若い世代の意見を反映してほしいと言ったのはどの委員？", "passage", "contains", ["牧内委員"],
  "発言者", f"{D} （3） 牧内委員の発言")
q(["飯田市の第2回行財政改革推進委員会について", "次回はいつ開催する予定？"], "passage", "contains", ["令和7年2月"],
  "追い質問(その他の記述)", f"{D} 3 その他")
q("飯田市の委員会で旧千代小学校について何か意見出てましたか", "passage", "contains", ["譲渡先の公募"],
  "発言の内容(施設名)", f"{D} （1） 北原副会長の発言")

# ---------------- 草津市 TXT (SAVINGS: cat, name, dept, r4, r5, r6)
T = f"docs/{F_TXT}"
r6 = sum(s[5] or 0 for s in SAVINGS)
q("草津市の行革効果額で、令和6年度の合計はいくら？", "table_row", "value", r6, "合計行の値", f"{T}: 合計行 令和6年度 {r6}")
q("草津市で3か年の効果額がいちばん大きい取組はどれですか", "table_row", "ordered",
  sk([max(SAVINGS, key=lambda s: sum(v or 0 for v in s[3:]))]), "最大(行の計)", f"{T}: 3か年計の最大 職員数の適正化")
q("草津市の行政改革効果額で、歳入確保に分類されている取組は？", "table_row", "set", sk([s for s in SAVINGS if s[0] == "歳入確保"]),
  "区分の条件(小計行は除く)", f"{T}: 区分=歳入確保の4行")
q("草津市の効果額で、令和5年度より令和6年度のほうが増えた取組は？", "table_row", "set",
  sk([s for s in SAVINGS if (s[5] or 0) > (s[4] or 0)]), "年度間の比較(増えた)", f"{T}: 令和6年度>令和5年度")
A4 = next(s for s in SAVINGS if s[1] == "ふるさと納税の推進")
q(["草津市の行政改革効果額の推移を見せて", "ふるさと納税の推進は2022年度はいくらだった？"], "table_row", "value", A4[3],
  "追い質問(西暦2022=令和4年度の値)", f"{T}: ふるさと納税の推進 令和4年度")
q("草津市で令和5年度に効果額がゼロだった取組は？", "table_row", "set", sk([s for s in SAVINGS if s[4] == 0]),
  "値0(「－」とは別、注2)", f"{T}: 令和5年度=0 電力調達の競争入札")
q("草津市の歳出削減の取組、令和4年度から6年度までの効果額は合わせていくら？", "table_row", "value",
  sum(v or 0 for s in SAVINGS if s[0] == "歳出削減" for v in s[3:]), "区分の3か年合計(小計行の3か年計)", f"{T}: 歳出削減 小計 3か年計")
S5 = next(s for s in SAVINGS if s[1] == "職員数の適正化")
q(["草津市の行政改革効果額の表について", "職員数の適正化って令和4年度と令和6年度でいくら差がある？"], "table_row", "value",
  abs(S5[3] - S5[5]), "追い質問(年度間の差)", f"{T}: 職員数の適正化 令和4年度{S5[3]} 令和6年度{S5[5]}")


def main():
    assert len(Q) == 50, len(Q)
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
    print(len(Q), "questions;", sum(len(x["turns"]) > 1 for x in Q), "multi-turn")


if __name__ == "__main__":
    main()
