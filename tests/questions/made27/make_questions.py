"""Derive the made27 answers from the editions' data and write questions.jsonl (no engine involved)."""
from __future__ import annotations

import json
from pathlib import Path
from statistics import mean

from tests.questions.made27 import data as d

OUT = Path(__file__).resolve().parent / "questions.jsonl"
PLAN = "docs/chitose_gyokaku_plan_iken.docx"
JOINT = "docs/maebashi_takasaki_renkei_r6.txt"
CASES = "docs/soumu_gyokaku_jirei_r6.html"
NEWS = "docs/matsue_kyodo_news_vol12.pdf"
SHEET = "docs/iida_jimujigyo_hyoka_2003015.xlsx"
RANK = {"A": 3, "B": 2, "C": 1, "D": 0}


def practices() -> list[dict]:
    rows = []
    for code, ino, title, grades, scores, ended, dept in d.PRACTICES:
        rows.append({"code": code, "ino": ino, "title": title,
                     "g": {y: g.strip() for y, g in zip(d.PLAN_YEARS, grades)},
                     "s": dict(zip(d.SCORE_NAMES, scores)), "total": d.total(scores),
                     "overall": d.grade(d.total(scores)), "ended": ended, "dept": dept})
    return rows


P = practices()


def codes(pred) -> list[str]:
    return [p["code"] for p in P if pred(p)]


def has_dept(p: dict, name: str) -> bool:
    return any(part.split(")")[-1] == name for part in p["dept"].split("、"))


QUESTIONS: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    turns = [turns] if isinstance(turns, str) else turns
    QUESTIONS.append({"id": f"m27-{len(QUESTIONS) + 1:03d}", "turns": turns, "target": target, "expect": expect,
                      "answer": answer, "why": why, "derivation": derivation})


def plan_questions() -> None:
    src = f"{PLAN} 4 取組状況一覧【実践項目別】"
    q("千歳市の実践項目で、R6の評価がAだったものは？", "practice", "set",
      codes(lambda p: p["g"]["R6"] == "A"), "ある年度の評価", f"{src}: R6列がA")
    q("千歳市の行革プランで、令和4年度と令和5年度のどちらもA評価だった実践項目を教えてください", "practice", "set",
      codes(lambda p: p["g"]["R4"] == "A" and p["g"]["R5"] == "A"), "2つの年度の評価（どちらも）", f"{src}: R4=A かつ R5=A")
    q("千歳市の実践項目で、R3からR6までずっとAだったのはどれ？", "practice", "set",
      codes(lambda p: all(p["g"][y] == "A" for y in d.PLAN_YEARS)), "全年度の評価（ずっと）", f"{src}: R3〜R6の4列すべてA")
    q("千歳市の実践項目のうち、一度もAをとっていないものは何件ありますか", "practice", "count",
      len(codes(lambda p: "A" not in p["g"].values())), "どの年度にもない評価（一度も…ない）",
      f"{src}: R3〜R6のどの列にもAがない（空欄・「-」はAでない）")
    q("千歳市の実践項目で、2021年度から2022年度にかけて評価が上がったのは？", "practice", "set",
      codes(lambda p: p["g"]["R3"] in RANK and p["g"]["R4"] in RANK and RANK[p["g"]["R4"]] > RANK[p["g"]["R3"]]),
      "年度間の比較（上がった）、西暦の年度", f"{src}: R3(2021年度)とR4の両方に評価があり、R4の方が良い")
    q("千歳市でR4までに終了した実践項目は？", "practice", "set",
      codes(lambda p: p["ended"] in ("R3", "R4")), "終了年度の範囲（までに）", f"{src}: 取組終了がR3またはR4")
    q("千歳市の実践項目で、令和5年度以降に終わったものは何件？", "practice", "count",
      len(codes(lambda p: p["ended"] in ("R5", "R6"))), "終了年度の範囲（以降）、件数", f"{src}: 取組終了がR5またはR6")
    q("千歳市の行革プランで、まだ終わってない実践項目はどれ？", "practice", "set",
      codes(lambda p: not p["ended"]), "終了していない（否定・空欄）", f"{src}: 取組終了が空欄")
    q("千歳市の実践項目で、総括の総合評価がAじゃないのは何件ですか", "practice", "count",
      len(codes(lambda p: p["overall"] != "A")), "否定の件数", f"{src}: 総括自己評価の総合評価がA以外")
    q("千歳市の職員課が担当している実践項目は？", "practice", "set",
      codes(lambda p: has_dept(p, "職員課")), "担当課（複数課の欄を含む）",
      f"{src}: 担当課(実践項目)に職員課（「(総)情報政策課、職員課」のような省略形も）")
    q("千歳市の実践項目のうち、職員課が担当していないものは何件？", "practice", "count",
      len(codes(lambda p: not has_dept(p, "職員課"))), "担当課の否定の件数", f"{src}: 担当課に職員課を含まない")
    best = max(p["total"] for p in P)
    q("千歳市の実践項目の中で、合計点がいちばん高いのはどれ？", "practice", "set",
      codes(lambda p: p["total"] == best), "最大（同点を含む）", f"{src}: 合計の最大値{best}の項目すべて")
    by_grade = {g: len(codes(lambda p, g=g: p["overall"] == g)) for g in "ABCD"}
    q("千歳市の実践項目を総合評価ごとに数えると、いちばん多い評価は何件？", "practice", "value",
      max(by_grade.values()), "分布の最大の群の大きさ", f"{src}: 総合評価の件数 {by_grade}")
    depts: dict[str, int] = {}
    for p in P:
        for part in p["dept"].split("、"):
            name = part.split(")")[-1]
            depts[name] = depts.get(name, 0) + 1
    q("千歳市で実践項目をいちばん多く担当している課は、何件担当していますか", "practice", "value",
      max(depts.values()), "最大の群（担当課）の大きさ",
      f"{src}: 担当課ごとの件数（省略形も課として数える） 職員課と情報政策課がともに{max(depts.values())}件")
    q("千歳市の実践項目で「民間委託」が入っているものは？", "practice", "set",
      codes(lambda p: "民間委託" in p["title"]), "名称のキーワード", f"{src}: 実践項目名に「民間委託」")
    q("千歳市の「道路維持業務の包括委託」の担当課はどこですか", "practice", "contains",
      ["道路維持課"], "1件の記録の項目", f"{src}: 16 道路維持業務の包括委託 担当課 (建)道路維持課")
    q("千歳市のキャッシュレス決済の導入は、いつ取組が終了しましたか", "practice", "value",
      "R5", "1件の記録の項目（取組終了）", f"{src}: 8 キャッシュレス決済の導入 取組終了 R5")
    theme_inits = [str(no) for no, _, themes, _ in d.INITIATIVES if "人材" in themes]
    q("千歳市で、テーマが人材の取組項目に入っている実践項目は？", "practice", "set",
      codes(lambda p: str(p["ino"]) in theme_inits), "テーマ（取組項目から実践項目へ）",
      f"{PLAN} 取組項目別の表: 人材に○の取組項目 {theme_inits} の実践項目")
    # follow-ups
    r6 = codes(lambda p: p["ended"] == "R6" and p["overall"] == "B")
    q(["千歳市でR6に終了した実践項目は？", "そのうち総合評価がBのものは？"], "practice", "set", r6,
      "続きの質問（絞り込み）", f"{src}: 取組終了R6 かつ 総合評価B")
    q(["千歳市の市民課が担当する実践項目を教えて", "その中でR4がAだったのは？"], "practice", "set",
      codes(lambda p: has_dept(p, "市民課") and p["g"]["R4"] == "A"), "続きの質問（年度の評価）",
      f"{src}: 担当課に市民課 かつ R4=A")
    q(["千歳市の取組項目「業務の外部委託の推進」の実践項目は？", "そのうち終了していないのは？"], "practice", "set",
      codes(lambda p: p["ino"] == 6 and not p["ended"]), "続きの質問（否定）", f"{src}: 大No.6 かつ 取組終了が空欄")
    q(["千歳市の実践項目で創造性が3のもの", "R6に終わったのはいくつ？"], "practice", "count",
      len(codes(lambda p: p["s"]["創造性"] == 3 and p["ended"] == "R6")), "続きの質問（件数）",
      f"{src}: 創造性=3 かつ 取組終了R6")
    q(["千歳市の実践項目で令和4年度までに終わったものは？", "じゃあR5に終わったのは？"], "practice", "set",
      codes(lambda p: p["ended"] == "R5"), "続きの質問（条件の置き換え）", f"{src}: 取組終了R5")
    staff = [p for p in P if has_dept(p, "職員課")]
    low = min(p["total"] for p in staff)
    q(["千歳市の職員課の実践項目", "その中で合計点がいちばん低いのは？"], "practice", "ordered",
      [p["code"] for p in staff if p["total"] == low], "続きの質問（最小）", f"{src}: 職員課の項目の合計の最小{low}")

    # initiatives and committee
    isrc = f"{PLAN} 4 取組状況一覧【取組項目別】と 3 取組項目別の評価"
    q("千歳市の行革プランの取組項目はいくつありますか", "initiative", "count", len(d.INITIATIVES), "取組項目の全件数",
      f"{isrc}: No.1〜{len(d.INITIATIVES)}")
    q("千歳市の取組項目で、テーマに協働が入っているものは？", "initiative", "set",
      [str(no) for no, _, t, _ in d.INITIATIVES if "協働" in t], "テーマ（○の列）", f"{isrc}: 協働の列に○")
    q("千歳市の取組項目で、委員評価が4.0以上のものは？", "initiative", "set",
      [str(no) for no, _, _, s in d.INITIATIVES if s >= 4.0], "委員会の評点", f"{isrc}: 委員評価 ≥ 4.0")
    avg = round(mean(s for *_, s in d.INITIATIVES), 2)
    q("千歳市の行政改革推進委員会の委員評価、平均すると何点？", "initiative", "value", avg, "委員会の評点の平均",
      f"{isrc}: 委員評価8件の平均 {[s for *_, s in d.INITIATIVES]}")
    low_i = min(s for *_, s in d.INITIATIVES)
    q("千歳市で委員の評価がいちばん低かった取組項目はどれですか", "initiative", "ordered",
      [str(no) for no, _, _, s in d.INITIATIVES if s == low_i], "委員評価の最小", f"{isrc}: 委員評価の最小{low_i}")
    q("千歳市の「行政手続のオンライン化」は委員評価何点でした？", "initiative", "value",
      next(s for _, t, _, s in d.INITIATIVES if t == "行政手続のオンライン化"), "1件の記録の項目", f"{isrc}: No.3 委員評価")
    q("千歳市の取組項目で、担当課の自己評価がBのものはどれ？", "initiative", "set",
      [str(no) for no, *_ in d.INITIATIVES if d.initiative_summary(no)["grade"] == "B"], "自己評価（総合評価）",
      f"{isrc}: 担当課自己評価(総合評価)=B {[(no, d.initiative_summary(no)['total']) for no, *_ in d.INITIATIVES]}")
    counts = {no: d.initiative_summary(no)["count"] for no, *_ in d.INITIATIVES}
    most = max(counts.values())
    q("千歳市で実践項目がいちばん多い取組項目は？", "initiative", "set",
      [str(no) for no, c in counts.items() if c == most], "最大の群（実践項目数）", f"{isrc}: 実践項目数 {counts}")
    high = [(no, s) for no, _, _, s in d.INITIATIVES if s >= 4]
    q(["千歳市の取組項目で委員評価が4以上のもの", "その中でいちばん高いのは？"], "initiative", "ordered",
      [str(max(high, key=lambda x: x[1])[0])], "続きの質問（最大）", f"{isrc}: 委員評価≥4 {high} の最大")
    # comments: scored as their initiative
    for question, word in (("千歳市の委員の意見で、除雪に触れているのはどの取組？", "除雪"),
                           ("千歳市の委員会が「周知の方法」を工夫するよう意見したのはどの取組項目？", "周知の方法")):
        hits = [f"{no}-{i + 1}" for no, cs in d.COMMENTS.items() for i, c in enumerate(cs) if word in c]
        q(question, "comment", "set", sorted({h.split("-")[0] for h in hits}), "委員の意見のキーワード",
          f"{PLAN} 3 委員の意見等: 「{word}」を含む意見 {hits}")
    q(["千歳市の取組項目「働きやすい職場づくり」の委員評価は？", "委員の意見はどんなもの？"], "comment", "set", ["8"],
      "続きの質問（委員の意見）", f"{PLAN} 3 の8 働きやすい職場づくり 委員の意見等（8-1, 8-2）")


def joint_questions() -> None:
    src = f"{JOINT} 表"
    a, b = d.JOINT_CITIES
    J = [dict(zip(("no", "item", "group", "head", "da", "db", "done", "plan", "content"), j)) for j in d.JOINTS]
    q(f"{a}と{b}の連携事業で、部会長が{a}の事業は？", "joint_project", "set",
      [str(j["no"]) for j in J if j["head"] == a], "部会長の市", f"{src}: 部会名称 (部会長) の括弧が{a}")
    q(f"{a}・{b}の連携事業の消防部会、部会長はどっちの市？", "joint_project", "value",
      next(j["head"] for j in J if j["group"] == "消防部会"), "1件の記録の項目（部会長）", f"{src}: 4 消防部会 ({b})")
    q(f"{a}と{b}の連携事業で、まだ実施していないものは？", "joint_project", "set",
      [str(j["no"]) for j in J if not j["done"]], "進捗（既に実施が空欄）", f"{src}: 既に実施の欄が空欄")
    q(f"{a}・{b}の連携事業に部会はいくつありますか", "joint_project", "count",
      len({j["group"] for j in J}), "異なる値の数（部会）", f"{src}: 部会名称の種類（教育部会は2件）")
    q(f"{a}・{b}の連携事業で、{b}の担当部署が書かれていないのは？", "joint_project", "set",
      [str(j["no"]) for j in J if not j["db"]], "空欄の項目", f"{src}: {b}の担当部署が空欄")
    q(f"{a}と{b}の図書館の相互利用、相互利用者数は何人でした？", "passage", "contains", ["2,340人"],
      "本文の数値", f"{src}: 2 図書館の相互利用 既に実施「R5年度 相互利用者数2,340人」")
    q(f"{a}・{b}の水道資材の共同備蓄で、予算はどれくらい削減できた？", "passage", "contains", ["約800万円"],
      "本文の数値", f"{src}: 9 水道資材の共同備蓄 既に実施「両市で約800万円の削減」")
    q([f"{a}と{b}の連携事業で、部会長が{a}のものは？", "そのうち今年度の実施予定がないのは？"], "joint_project", "set",
      [str(j["no"]) for j in J if j["head"] == a and not j["plan"]], "続きの質問（空欄）",
      f"{src}: 部会長{a} かつ 今年度(R6)に実施予定が空欄")
    q([f"{a}・{b}の連携事業はいくつある？", "そのうち既に実施しているものは？"], "joint_project", "set",
      [str(j["no"]) for j in J if j["done"]], "続きの質問（進捗）", f"{src}: 既に実施の欄に記載あり")


def case_questions() -> None:
    src = f"{CASES} 〈…の取組事例:…〉"
    q("行政改革の取組事例集で、書かない窓口を全支所に広げた自治体は？", "case_study", "set", ["鶴岡市"],
      "事例の場所", f"{src}: 山形県鶴岡市 書かない窓口の全庁展開")
    q("取組事例集で、消耗品を共同で調達している市はどこですか", "case_study", "set", ["高松市", "丸亀市", "坂出市"],
      "事例の場所（複数）", f"{src}: 香川県高松市・丸亀市・坂出市 消耗品の共同調達")
    q("行政改革の取組事例集に載っている、公共施設の包括管理委託の事例はどこ？", "case_study", "set", ["大津市", "佐賀県"],
      "話題の事例の場所", f"{CASES} ★公共施設の包括管理委託 の2事例")
    q("行革の取組事例集で、フリーアドレスを入れた自治体を教えてください", "case_study", "set", ["石川県"],
      "キーワードの事例", f"{src}: 石川県 テレワークとフリーアドレスの導入")
    q("取組事例集で、窓口の待ち時間が半分になった事例はどこの市？", "case_study", "set", ["松山市"],
      "効果の記述の事例", f"{src}: 愛媛県松山市 【効果】最大待ち時間が90分から45分に半減")


def news_questions() -> None:
    src = f"{NEWS} 1ページ"
    city = d.NEWS_CITY
    q(f"{city}の市民協働ニュースで、協働推進員研修の参加者は何名でしたか", "newsletter", "contains", ["24名"],
      "研修報告の数値", f"{src}: 参加者 ： 24名")
    q(f"{city}の市民協働推進モデル事業の募集はいつまで？", "newsletter", "contains", ["令和8年2月13日"],
      "募集の日付（令和）", f"{src}: 募集期間：{d.NEWS_CALL['period']}")
    q(f"{city}の協働ニュースで、補助金の上限を聞いた質問への回答は？", "newsletter", "contains", ["50万円"],
      "質問と回答", f"{src}: Q&A 2「1事業あたり50万円が上限です。」")
    q(f"{city}のニュースに、町内会も提案できるかという質問があったけど、答えは？", "newsletter", "contains",
      ["町内会や自治会も提案できます"], "質問と回答", f"{src}: Q&A 3")
    q(f"{city}の市民協働ニュースで紹介されているモデル事業の実施団体はどこ？", "newsletter", "contains",
      ["まつえ多文化ネット"], "紹介事業の項目", f"{src}: 実施団体 {d.NEWS_MODEL['group']}")
    q([f"{city}の市民協働推進モデル事業の募集期間は？", "説明会はいつあるの？"], "newsletter", "contains",
      ["12月20日"], "続きの質問（日付）", f"{src}: 募集説明会：{d.NEWS_CALL['briefing']}")


def sheet_questions() -> None:
    s = d.SHEET
    src = f"{SHEET} シート 評価シート"
    name = f"{s['city']}の{s['name']}"
    q(f"{name}の担当課は？", "program", "contains", [s["ka"]], "評価シートの項目", f"{src}: 担当課名 {s['ka']}")
    q(f"{name}、令和5年度決算の総事業費はいくら？", "program", "value", s["costs"]["令和5年度決算"],
      "年度別の事業費", f"{src}: 歳出 令和5年度決算 総事業費")
    q(f"{s['city']}の事務事業評価シートで、移住相談件数の令和4年度の実績値は？", "indicator", "value",
      s["outcome"][3]["令和4年度"][1], "指標の年度の実績値", f"{src}: 成果指標 移住相談件数 令和4年度 実績値")
    q(f"{name}の活動指標は何ですか", "program", "contains", [s["activity"][0]], "活動指標の指標名", f"{src}: 活動指標 指標名")
    q([f"{name}の評価シートを見せて", "成果指標の令和5年度の実績は？"], "program", "contains",
      [str(s["outcome"][3]["令和5年度"][1])], "続きの質問（指標）", f"{src}: 成果指標 令和5年度 実績値")


def absent_city_questions() -> None:
    for city, question in (("小樽市", "小樽市の実践項目でR6にAだったものは何件？"),
                           ("江別市", "江別市の行革プランで、もう終了した実践項目はいくつ？"),
                           ("稚内市", "稚内市の実践項目で職員課が担当しているのは何件ですか")):
        q(question, "practice", "count", 0, "資料のない自治体（0件）",
          f"{city}は made27 の資料にも同梱の corpus にも出てこない（corpus に名前だけ出る旭川・帯広・釧路は避けた）")


def main() -> None:
    plan_questions()
    joint_questions()
    case_questions()
    news_questions()
    sheet_questions()
    absent_city_questions()
    with OUT.open("w", encoding="utf-8") as f:
        for item in QUESTIONS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(QUESTIONS), "questions")


if __name__ == "__main__":
    main()
