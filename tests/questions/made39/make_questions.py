"""Write made39/questions.jsonl; every answer is computed from data.py, the facts the documents are written from."""
from __future__ import annotations

import json
from pathlib import Path

from tests.questions.made39 import data as d
from tests.questions.made39.make_documents import CASE_FILE, JOINT_FILE, NEWS_FILE, PLAN_FILE

OUT = Path(__file__).parent / "questions.jsonl"
Y = {y: i for i, y in enumerate(d.YEARS)}  # H30=0 (2018年度) … R3=3 (2021年度)
RANK = {"A": 3, "B": 2, "C": 1}


def practices(pred) -> list[str]:
    return [p[0] for p in d.PRACTICES if pred(p)]


def g(p, year: str):
    return p[3][Y[year]]


def inits(pred) -> list[str]:
    return [i[0] for i in d.INITIATIVES if pred(i)]


def comments(word: str) -> list[str]:
    return [i[0] for i in d.INITIATIVES if any(word in c for c in i[5])]


def joints(pred) -> list[str]:
    return [j[0] for j in d.JOINT if pred(j)]


def places(pred, strip: bool = True) -> list[str]:
    out = []
    for c in d.CASES:
        if pred(c):
            for pl in c[1]:
                name = pl.split("県", 1)[1] if strip else pl
                if name not in out:
                    out.append(name)
    return out


def total(p) -> int:
    return sum(p[4])


PL = f"docs/{PLAN_FILE}"
LIST = f"{PL} シート「実践項目一覧」（年度列は2021年度→2018年度の順、西暦）"
INIT = f"{PL} シート「取組項目一覧」"
COMM = f"{PL} シート「委員の意見」"
SHEET = f"{PL} シート「進捗状況シート」"
JO = f"docs/{JOINT_FILE}"
CA = f"docs/{CASE_FILE}"
NE = f"docs/{NEWS_FILE}"

Q: list[tuple] = []


def q(turns, target, expect, answer, why, derivation):
    Q.append((turns if isinstance(turns, list) else [turns], target, expect, answer, why, derivation))


# --- practice items (大垣市) ------------------------------------------------------------------------
q("大垣市の実践項目で2020年度にA評価だったのは？", "practice", "set",
  practices(lambda p: g(p, "R2") == "A"), "ある年度の評価（西暦の年度見出し）", f"{LIST}: 2020年度列=A")
q("大垣市で令和元年度はCだったのに令和2年度にBに上がった実践項目ある？", "practice", "set",
  practices(lambda p: g(p, "R1") == "C" and g(p, "R2") == "B"), "二つの年度の評価（和暦で聞き、表は西暦）",
  f"{LIST}: 2019年度=C かつ 2020年度=B")
q("大垣市の行財政改革推進プランでR2に終了した実践項目は？", "practice", "set",
  practices(lambda p: p[6] == "R2"), "終了年度（R2=2020年度）", f"{LIST}: 取組終了=2020年度")
q("大垣市の実践項目、令和元年度までに取組が終わったのは何件？", "practice", "count",
  len(practices(lambda p: p[6] in ("H30", "R1"))), "終了年度の範囲（までに）で件数",
  f"{LIST}: 取組終了が2018〜2019年度 ({', '.join(practices(lambda p: p[6] in ('H30', 'R1')))})")
q("大垣市の実践項目で、平成30年度から令和3年度まで一度もCがつかなかったものは？", "practice", "set",
  practices(lambda p: "C" not in p[3]), "否定（一度も…ない）・年度の範囲（平成→令和をまたぐ）",
  f"{LIST}: 4年度のどこにもCがない（空欄・-は評価なし）")
q(["大垣市で人事課が担当してる実践項目は？", "そのうちまだ続いてるのは？"], "practice", "set",
  practices(lambda p: "人事課" in p[7] and not p[6]), "追い質問（否定で絞る：継続中）",
  f"{LIST}: 担当部署に(総)人事課 かつ 取組終了が空欄")
q("大垣市の情報企画課が関わっている実践項目を全部出して", "practice", "set",
  practices(lambda p: "情報企画課" in p[7]), "担当部署（複数部署のセルを含む）", f"{LIST}: 担当部署に(総)情報企画課")
q("大垣市の実践項目で総合評価がCのものは？", "practice", "set",
  practices(lambda p: p[5] == "C"), "総合評価", f"{LIST}: 総合評価=C")
q("大垣市のプランで総合評価Aの実践項目って何件ある？", "practice", "count",
  len(practices(lambda p: p[5] == "A")), "総合評価で件数", f"{LIST}: 総合評価=A")
q("大垣市の実践項目で総括の合計が10点以上のものは？", "practice", "set",
  practices(lambda p: total(p) >= 10), "合計点の範囲（以上）", f"{LIST}: 合計>=10")
q("大垣市の実践項目で2018年度はBで2021年度にAになったのは？", "practice", "set",
  practices(lambda p: g(p, "H30") == "B" and g(p, "R3") == "A"), "最初と最後の年度（西暦）",
  f"{LIST}: 2018年度=B かつ 2021年度=A")
q("大垣市の新規の実践項目（N番号）で令和3年度もAだったのは？", "practice", "set",
  practices(lambda p: p[0].startswith("N") and g(p, "R3") == "A"), "N番号の項目・年度の評価",
  f"{LIST}: 番号がN かつ 2021年度=A")
q("大垣市の取組項目3（公共施設マネジメント）の実践項目は？", "practice", "set",
  practices(lambda p: p[1] == "3"), "取組項目に属する実践項目", f"{LIST}: 取組項目=3")
q(["大垣市の働き方改革の取組項目にぶら下がってる実践項目を見せて", "その中で総合評価がBのは？"], "practice", "set",
  practices(lambda p: p[1] == "5" and p[5] == "B"), "追い質問（名称をゆるく言う：職員の育成と働き方改革→総合評価）",
  f"{LIST}: 取組項目=5 かつ 総合評価=B")
q("大垣市の実践項目で進捗度の平均はいくつ？", "practice", "value",
  round(sum(p[4][0] for p in d.PRACTICES) / len(d.PRACTICES), 2), "平均",
  f"{LIST}: 進捗度の平均 {sum(p[4][0] for p in d.PRACTICES)}/{len(d.PRACTICES)}")
q("大垣市の実践項目で合計点がいちばん低いのはどれ？", "practice", "ordered",
  [min(d.PRACTICES, key=total)[0]], "最小", f"{LIST}: 合計最小 {min(total(p) for p in d.PRACTICES)}")
q("大垣市の実践項目で合計点がいちばん高いのは？", "practice", "set",
  practices(lambda p: total(p) == max(total(x) for x in d.PRACTICES)), "最大（同点が3件）",
  f"{LIST}: 合計最大 {max(total(p) for p in d.PRACTICES)}")
q(["大垣市の収納課の実践項目", "2019年度にAだったのは？"], "practice", "set",
  practices(lambda p: "収納課" in p[7] and g(p, "R1") == "A"), "追い質問（年度の評価で絞る）",
  f"{LIST}: 担当部署に(総)収納課 かつ 2019年度=A")
q("大垣市の実践項目で、H30より令和3年度の評価が下がったものは？", "practice", "set",
  practices(lambda p: g(p, "H30") in RANK and g(p, "R3") in RANK and RANK[g(p, "R3")] < RANK[g(p, "H30")]),
  "変化（下がった）、両年度に評価のあるもの", f"{LIST}: 2021年度の評価が2018年度より低い（A>B>C）")

# --- initiatives ---------------------------------------------------------------------------------
q("大垣市の取組項目で懇話会の評価が3.5以上なのは？", "initiative", "set",
  inits(lambda i: i[4] >= 3.5), "懇話会評価の範囲（以上）", f"{INIT}: 懇話会評価平均>=3.5")
q("大垣市の取組項目で懇話会評価がいちばん低いのは？", "initiative", "ordered",
  [min(d.INITIATIVES, key=lambda i: i[4])[0]], "最小", f"{INIT}: 最小 {min(i[4] for i in d.INITIATIVES)}")
q("大垣市の取組項目、懇話会評価を平均するといくつ？", "initiative", "value",
  round(sum(i[4] for i in d.INITIATIVES) / len(d.INITIATIVES), 2), "平均",
  f"{INIT}: 平均 {round(sum(i[4] for i in d.INITIATIVES), 1)}/{len(d.INITIATIVES)}")
q(["大垣市の取組項目で歳入確保のテーマに入ってるのは？", "そのうち自己評価がCなのは？"], "initiative", "set",
  inits(lambda i: "歳入確保" in i[2] and i[3] == "C"), "追い質問（テーマ→自己評価）",
  f"{INIT}: 歳入確保=○ かつ 自己評価=C")
q("大垣市で実践項目を4つ持っている取組項目は？", "initiative", "set",
  inits(lambda i: sum(1 for p in d.PRACTICES if p[1] == i[0]) == 4), "実践項目数", f"{INIT}: 実践項目数=4")
q("大垣市の取組項目で所管の自己評価がAなのはどれ？", "initiative", "set",
  inits(lambda i: i[3] == "A"), "自己評価", f"{INIT}: 自己評価=A")

# --- comments ------------------------------------------------------------------------------------
for words, word, why in [
    ("大垣市の委員の意見でスマートフォンに触れているのは？", "スマートフォン", "意見の語（カタカナ語、二つの項目）"),
    ("大垣市の懇話会で、説明が不足してるって指摘された取組項目は？", "説明が不足", "意見の語（言い回し）"),
    ("大垣市の委員意見で時間外勤務について言ってるのはどれ？", "時間外勤務", "意見の語"),
    ("大垣市の委員の意見で「公表」を求めているのはどの取組？", "公表", "意見の語"),
    ("大垣市の懇話会の意見で地域について触れたものは？", "地域", "意見の語（二つの項目）"),
]:
    q(words, "comment", "set", comments(word), why, f"{COMM}: 意見に「{word}」")

# --- passages (進捗状況シート) -----------------------------------------------------------------------
q("大垣市の口座振替率って令和3年度末で何％になった？", "passage", "contains", ["47.8"], "特記事項の数値",
  f"{SHEET} 実践項目1 特記事項")
q("大垣市のRPAで年間どれくらい作業時間を減らせたの？", "passage", "contains", ["約4,100時間"], "特記事項の数値",
  f"{SHEET} 実践項目4 特記事項")
q(["大垣市の市民プール廃止の進捗状況シートを見せて", "令和2年度の取組上の課題は？"], "passage", "contains",
  ["合意形成"], "追い質問（シートの年度の課題、和暦で聞き表は2020年度）", f"{SHEET} 実践項目7 取組上の課題 2020年度")
q("大垣市の職員一人当たりの時間外、2021年度は月平均何時間？", "passage", "contains", ["9.6時間"], "特記事項",
  f"{SHEET} 実践項目12 特記事項")
q("大垣市の施設予約システム、統合後の対象施設はいくつ？", "passage", "contains", ["42施設"], "特記事項（名称をゆるく言う）",
  f"{SHEET} 実践項目N2 特記事項")

# --- joint projects (福山市・尾道市) ---------------------------------------------------------------
q("福山市と尾道市の連携事業で、もう実施済みのものは？", "joint_project", "set",
  joints(lambda j: j[3] == "done"), "進捗状況", f"{JO}: 進捗状況=既に実施")
q(["福山・尾道の連携事業で今年度実施予定なのは？", "何件ある？"], "joint_project", "count",
  len(joints(lambda j: j[3] == "plan")), "追い質問（件数）、今年度=令和5年度", f"{JO}: 進捗状況=今年度(R5)に実施予定")
q("福山市・尾道市の連携事業で、尾道市が部会長をやってる部会の事業は？", "joint_project", "set",
  joints(lambda j: j[5] == "尾道市"), "部会長の市", f"{JO}: 部会長市=尾道市")
q("福山市と尾道市の災害時の相互応援で、尾道市の担当課はどこ？", "joint_project", "value",
  next(j[7] for j in d.JOINT if j[1] == "災害時の相互応援"), "市ごとの担当部署（一行に両市）", f"{JO}: 【7】担当部署 尾道市")
q("福山市・尾道市の連携事業で、福山市の担当部署が決まってない（空欄の）ものは？", "joint_project", "set",
  joints(lambda j: not j[6]), "空欄（―）", f"{JO}: 担当部署 福山市が―")
q(["福山市と尾道市の連携で、福山市が部会長の部会の事業を出して", "そのうちまだ検討中のは？"], "joint_project", "set",
  joints(lambda j: j[5] == "福山市" and j[3] == "study"), "追い質問（進捗で絞る、第三の区分「検討中」）",
  f"{JO}: 部会長市=福山市 かつ 進捗状況=検討中")
q("福山と尾道の連携事業、防災部会のはどれ？", "joint_project", "set",
  joints(lambda j: j[4] == "防災部会"), "部会名（略した市名）", f"{JO}: 部会=防災部会")

# --- case studies ----------------------------------------------------------------------------------
q("東海地方の取組事例集で、書かない窓口を導入した自治体は？", "case_study", "set",
  places(lambda c: "書かない窓口" in c[2]), "事例の自治体", f"{CA}: ★窓口業務の改革〈岐阜県関市の取組事例〉")
q("東海の行革事例で、消防指令センターを共同で設置しているのはどこ？", "case_study", "set",
  places(lambda c: "消防指令センター" in c[2]), "共同の事例（二つの自治体）", f"{CA}: ★広域連携〈愛知県豊川市・愛知県蒲郡市〉")
q("東海地方の事例集の「デジタル化の推進」はどこの事例？", "case_study", "set",
  places(lambda c: c[0] == "デジタル化の推進"), "★見出しの下の事例", f"{CA}: ★デジタル化の推進")
q(["東海地方の行革事例集で広域連携の事例は？", "そのうち岐阜県のは？"], "case_study", "set",
  places(lambda c: c[0] == "広域連携" and any(p.startswith("岐阜県") for p in c[1])), "追い質問（県で絞る）",
  f"{CA}: ★広域連携 のうち岐阜県の自治体")

# --- newsletter ------------------------------------------------------------------------------------
q("宮崎市の協働ニュースVol.5で、協働事業提案の募集はいつまで？", "newsletter", "contains", ["2026年1月30日"],
  "募集の締切", f"{NE}: 募集期間")
q(["宮崎市の市民協働ニュースの協働推進リーダー研修のこと教えて", "参加者は何人だった？"], "newsletter", "contains",
  [d.TRAINING["participants"]], "追い質問（研修の報告）", f"{NE}: 協働推進リーダー研修 参加者")
q("宮崎市の協働事業の提案、補助金の上限っていくら？", "newsletter", "contains", ["30万円"], "質問と回答の表",
  f"{NE}: 研修で寄せられた質問 3問目の回答")
q("宮崎市の市民協働ニュースで紹介されてたモデル事業の実施団体は？", "newsletter", "contains", [d.MODEL["org"]],
  "モデル事業の紹介", f"{NE}: モデル事業の紹介 実施団体")


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for n, (turns, target, expect, answer, why, derivation) in enumerate(Q, 1):
            f.write(json.dumps({"id": f"m39-{n:03d}", "turns": turns, "target": target, "expect": expect,
                                "answer": answer, "why": why, "derivation": derivation}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
