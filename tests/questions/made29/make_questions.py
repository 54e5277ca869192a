"""Write tests/questions/made29/questions.jsonl: every answer is computed from data.py, the same facts
make_documents writes, so no answer is typed by hand where the data can give it.

Run: .venv/bin/python -m tests.questions.made29.make_questions"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.questions.made29 import data as d

OUT = Path(__file__).parent / "questions.jsonl"
PLAN = "docs/muroran_gyokaku_plan_ikensho_r9.xlsx"
JOINT = "docs/utsunomiya_kanuma_renkei_r7.docx"
CASES = "docs/yamanashi_gyokaku_jireishu_r8.pdf"
NEWS = "docs/matsumoto_kyodo_news_vol3.txt"
SHEET = "docs/ueda_jimujigyo_hyoka_3000127.html"

RANK = {"A": 3, "B": 2, "C": 1, "D": 0}
YI = {y: i for i, y in enumerate(d.PLAN_YEARS)}


def grade(p, year: str) -> str:
    return p[3][YI[year]]


def practices(pred) -> list[str]:
    return [p[0] for p in d.PRACTICES if pred(p)]


def depts(p) -> list[str]:
    """担当課 cell split into offices, bureau mark dropped: (市)市民課、(財)税務課 → 市民課, 税務課."""
    out = []
    for part in p[6].split("、"):
        out.append(part.split(")", 1)[1] if part.startswith("(") else part)
    return out


def initiatives(pred) -> list[str]:
    return [str(no) for no, *_ in d.INITIATIVES if pred(no)]


INI = {no: (title, themes, score) for no, title, themes, score in d.INITIATIVES}
Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    turns = [turns] if isinstance(turns, str) else turns
    assert len(why) >= 5 and len(derivation) >= 5, turns
    assert answer not in ([], None) or expect == "count", (turns, answer)
    Q.append({"id": f"m29-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def plan_questions() -> None:
    src = f"{PLAN} シート「実践項目別」"
    q("室蘭市の実践項目で、R7の評価がAだったものは？", "practice", "set",
      practices(lambda p: grade(p, "R7") == "A"), "ある年度の評価", f"{src}: R7列がA")
    q("室蘭市の行革プランで、令和5年度と令和6年度のどちらもB評価だった実践項目を教えてください", "practice", "set",
      practices(lambda p: grade(p, "R5") == "B" and grade(p, "R6") == "B"), "2つの年度の評価（どちらも）",
      f"{src}: R5=B かつ R6=B")
    q("室蘭市の実践項目で、R5からR8までずっとAだったのはどれ？", "practice", "set",
      practices(lambda p: all(g == "A" for g in p[3])), "全年度の評価（ずっと）", f"{src}: R5〜R8の4列すべてA")
    q("室蘭市の実践項目のなかで、一度もA評価をもらっていないものってありますか？", "practice", "set",
      practices(lambda p: "A" not in p[3]), "一度も…ない（否定）",
      f"{src}: R5〜R8の列にAが一つもない（空欄・「-」は評価なし）")
    q("室蘭市の実践項目で、R7からR8にかけて評価が上がったもの", "practice", "set",
      practices(lambda p: grade(p, "R7") in RANK and grade(p, "R8") in RANK
                and RANK[grade(p, "R8")] > RANK[grade(p, "R7")]),
      "年度間で評価が上がった", f"{src}: R7・R8ともに評価があり R8 が R7 より上（A>B>C）")
    q("室蘭市で、令和7年度までに取組が終わった実践項目はどれですか", "practice", "set",
      practices(lambda p: p[5] in ("R5", "R6", "R7")), "終了年度の範囲（までに）", f"{src}: 取組終了が R7 以前")
    q("室蘭市の実践項目のうち、2025年度以降に取組終了となったものを教えて", "practice", "set",
      practices(lambda p: p[5] in ("R7", "R8")), "西暦の年度・以降", f"{src}: 2025年度=R7、取組終了が R7 か R8")
    q("室蘭市の実践項目で、まだ終わっていないものは？", "practice", "set",
      practices(lambda p: not p[5]), "継続中（取組終了が空欄）", f"{src}: 取組終了の欄が空欄")
    q("室蘭市の実践項目で総括の総合評価がCのもの", "practice", "set",
      practices(lambda p: d.overall(p) == "C"), "総括の総合評価", f"{src}: 総括自己評価の総合評価がC")
    q("室蘭市で、総合評価がAじゃない実践項目は何件ありますか？", "practice", "count",
      len(practices(lambda p: d.overall(p) != "A")), "否定の件数", f"{src}: 総括の総合評価がA以外（B・C）の行数")
    q("室蘭市の職員課が担当している実践項目", "practice", "set",
      practices(lambda p: "職員課" in depts(p)), "担当課で絞る", f"{src}: 担当課に「職員課」")
    q("室蘭市で市民課が担当の実践項目を教えてください", "practice", "set",
      practices(lambda p: "市民課" in depts(p)), "担当課（共管を含む、市民協働課は別）",
      f"{src}: 担当課の「、」区切りのどれかが市民課（(市)市民協働課は含めない）")
    q(["室蘭市の市民課の実践項目", "そのうち取組終了がR8のものは？"], "practice", "set",
      practices(lambda p: "市民課" in depts(p) and p[5] == "R8"), "続きの質問（担当課→終了年度）",
      f"{src}: 担当課に市民課 かつ 取組終了 R8")
    q("室蘭市の実践項目で、創造性が3のものは何件ですか", "practice", "count",
      len(practices(lambda p: p[4][3] == 3)), "総括の点数の件数", f"{src}: 総括自己評価の創造性が3の行数")
    q("室蘭市の実践項目で、進捗度も連携度も3のもの", "practice", "set",
      practices(lambda p: p[4][0] == 3 and p[4][1] == 3), "2つの点数（も…も）", f"{src}: 進捗度=3 かつ 連携度=3")
    q("室蘭市で途中から追加されたN番号の実践項目のうち、総合評価がAのもの", "practice", "set",
      practices(lambda p: p[0].startswith("N") and d.overall(p) == "A"), "追加項目（N番号）と総合評価",
      f"{src}: 小No.がNで始まり 総合評価A")
    q("室蘭市の実践項目No.20の担当課はどこですか？", "practice", "contains",
      [depts(next(p for p in d.PRACTICES if p[0] == "20"))[0]], "1件の記録の項目", f"{src}: 小No.20 の担当課")
    counts = Counter(d.overall(p) for p in d.PRACTICES)
    q("室蘭市の実践項目の総合評価の分布で、いちばん多い評価は何件？", "practice", "value",
      max(counts.values()), "分布のいちばん多い区分の件数", f"{src}: 総合評価の件数 {dict(counts)} の最大")
    by_dept = Counter(x for p in d.PRACTICES for x in depts(p))
    q("室蘭市の行革プランで、実践項目をいちばん多く担当している課は何件持ってますか", "practice", "value",
      max(by_dept.values()), "いちばん多い課の件数",
      f"{src}: 担当課ごとの件数（共管は各課に数える）の最大 {by_dept.most_common(3)}")
    q(["室蘭市の行革プランの実践項目でR8にBだったもの", "そのうち職員課のものは？"], "practice", "set",
      practices(lambda p: grade(p, "R8") == "B" and "職員課" in depts(p)), "続きの質問（年度の評価→担当課）",
      f"{src}: R8=B かつ 担当課に職員課")
    q(["室蘭市の実践項目で取組終了がR8のもの", "その中で総合評価がBなのは？"], "practice", "set",
      practices(lambda p: p[5] == "R8" and d.overall(p) == "B"), "続きの質問（終了年度→総合評価）",
      f"{src}: 取組終了 R8 かつ 総合評価B")
    q(["室蘭市の実践項目で、令和5年度にC評価だったもの", "そのうち令和8年度にAになったのは？"], "practice", "set",
      practices(lambda p: grade(p, "R5") == "C" and grade(p, "R8") == "A"), "続きの質問（評価が上がった）",
      f"{src}: R5=C かつ R8=A")
    q(["室蘭市の取組項目「デジタル技術による業務改善」の実践項目", "まだ続いてるのはどれ？"], "practice", "set",
      practices(lambda p: p[1] == 7 and not p[5]), "続きの質問（取組項目→継続中）", f"{src}: 大No.7 かつ 取組終了が空欄")

    isrc = f"{PLAN} シート「取組項目別」"
    q("室蘭市の取組項目で、審議会の評価が4.0以上のものは？", "initiative", "set",
      initiatives(lambda no: INI[no][2] >= 4.0), "委員評価の閾値", f"{isrc}: 審議会評価平均 ≥ 4.0")
    q(["室蘭市の行革プランの取組項目を一覧で", "ICTのテーマに入っているのは？"], "initiative", "set",
      initiatives(lambda no: "ICT" in INI[no][1]), "続きの質問（一覧→テーマ）", f"{isrc}: テーマのICT列に○")
    q("室蘭市の取組項目「公共施設の適正配置」の委員評価は何点？", "initiative", "value",
      INI[5][2], "1件の記録の委員評価", f"{isrc}: No.5 の審議会評価平均（「委員の意見」シートの委員評価も同じ）")
    scores = [s for *_, s in d.INITIATIVES]
    q("室蘭市の取組項目全体で、審議会評価の平均はいくつになりますか", "initiative", "value",
      round(sum(scores) / len(scores), 2), "委員評価の平均", f"{isrc}: 審議会評価平均10件の平均 {sum(scores):.1f}/10")
    q("室蘭市の取組項目で、実践項目が2件しかないものは？", "initiative", "set",
      initiatives(lambda no: sum(1 for p in d.PRACTICES if p[1] == no) == 2), "実践項目数",
      f"{isrc}: 実践項目数が2")
    q("室蘭市の取組項目で、担当課の自己評価がBのものを教えてください", "initiative", "set",
      initiatives(lambda no: d.initiative_self(no) == "B"), "担当課自己評価（言い換え）",
      f"{isrc}: 担当課自己評価(総合評価)がB")
    low = min(scores)
    q("室蘭市で審議会の評価がいちばん低かった取組項目はどれ？", "initiative", "set",
      initiatives(lambda no: INI[no][2] == low), "委員評価が最小の取組", f"{isrc}: 審議会評価平均が最小 {low}")
    q(["室蘭市の取組項目で財政のテーマのもの", "その中で委員評価が4以上のものは？"], "initiative", "set",
      initiatives(lambda no: "財政" in INI[no][1] and INI[no][2] >= 4.0), "続きの質問（テーマ→委員評価）",
      f"{isrc}: テーマ財政に○ かつ 審議会評価平均 ≥ 4.0")

    csrc = f"{PLAN} シート「委員の意見」"

    def said(word):
        return [str(no) for no in d.COMMENTS if any(word in c for c in d.COMMENTS[no])]
    q("室蘭市の委員の意見で「個人情報」に触れているものは？", "comment", "set", said("個人情報"),
      "意見のキーワード", f"{csrc}: 本文に「個人情報」を含む意見の取組項目No.")
    q("室蘭市の委員さんの意見で費用対効果に言及したもの", "comment", "set", said("費用対効果"),
      "意見のキーワード", f"{csrc}: 本文に「費用対効果」を含む意見の取組項目No.")
    q("室蘭市の委員の意見の中で、高齢者のことを言っているのはありますか", "comment", "set", said("高齢者"),
      "意見のキーワード", f"{csrc}: 本文に「高齢者」を含む意見の取組項目No.")


def joint_questions() -> None:
    src = f"{JOINT} の表"
    a, b = d.JOINT_CITIES
    J = d.JOINT
    q(f"{a}と{b}の連携事業で、部会長が{b}のものは？", "joint_project", "set",
      [str(r[0]) for r in J if r[6] == b], "部会長の市", f"{src}: 部会名称 (部会長) が ({b})")
    q(f"{a}・{b}の連携事業には部会がいくつありますか", "joint_project", "count",
      len({r[5] for r in J}), "異なる値の数", f"{src}: 部会名称の種類 {sorted({r[5] for r in J})}")
    q(f"{a}と{b}の連携事業のうち、まだ何も実施していない事業は？", "joint_project", "set",
      [str(r[0]) for r in J if not r[3]], "進捗（既に実施が空欄）", f"{src}: 進捗状況「既に実施」が空欄")
    q(f"{a}・{b}の連携事業で、消防部会の部会長はどっちの市？", "joint_project", "value",
      next(r[6] for r in J if r[5] == "消防部会"), "1件の項目（部会長の市）", f"{src}: 消防部会 ({a})")
    q([f"{a}と{b}の連携事業で環境部会のもの", "そのうち既に実施しているものは？"], "joint_project", "set",
      [str(r[0]) for r in J if r[5] == "環境部会" and r[3]], "続きの質問（部会→進捗）",
      f"{src}: 環境部会 かつ 既に実施が空欄でない")
    q([f"{a}と{b}の連携事業", f"部会長が{a}のものは何件？"], "joint_project", "count",
      sum(1 for r in J if r[6] == a), "続きの質問（件数）", f"{src}: 部会長が{a}の行数")
    q(f"{a}と{b}の図書館の相互利用で、R6年度に{a}民が{b}で借りた冊数は？", "passage", "contains",
      ["1,820冊"], "本文に書かれた数", f"{src}: 番号3 既に実施「宇都宮市民の鹿沼市での貸出 1,820冊」")


def case_questions() -> None:
    src = f"{CASES}"

    def where(word):
        return [pl for c in d.CASES for pl in c[3] if word in c[2] or any(word in x for x in c[4] + c[5])]
    q(f"{d.CASE_ISSUER}の取組事例集で、書かない窓口を導入した自治体は？", "case_study", "set",
      where("書かない窓口"), "事例の自治体", f"{src}: 〈甲府市の取組事例:書かない窓口の導入〉")
    q(f"{d.CASE_ISSUER}の事例集で、ごみ処理施設を共同で運営しているのはどこ？", "case_study", "set",
      where("ごみ処理施設"), "共同の事例（複数の自治体）", f"{src}: 〈富士吉田市・西桂町・忍野村の取組事例:…〉")
    q(f"{d.CASE_ISSUER}の事例集の「公共施設の集約化」はどこの自治体の事例？", "case_study", "set",
      [pl for c in d.CASES if c[0] == "公共施設の集約化" for pl in c[3]], "★見出しの下の事例",
      f"{src}: ★公共施設の集約化 の〈笛吹市の取組事例〉")
    q(f"{d.CASE_ISSUER}の事例集で、都留市のクラウドファンディングの寄附額はいくら？", "passage", "contains",
      ["1,250万円"], "本文の金額", f"{src}: 都留市の【効果】「寄附額 1,250万円(目標額 1,000万円)」")
    q([f"{d.CASE_ISSUER}の事例集の北杜市の取組", "オンライン申請の対象手続はいくつに増えた？"], "passage", "contains",
      ["186件"], "続きの質問（本文の数）", f"{src}: 北杜市の【効果】「42件から186件に増加」")


def sheet_questions() -> None:
    p = d.PROGRAM
    src = f"{SHEET}"
    q(f"{p['name']}の担当課はどこ？", "program", "contains", [p["section"]], "評価シートの項目",
      f"{src}: 担当課名")
    q("上田市の事務事業評価シートで、令和6年度決算の総事業費は？", "program", "contains",
      [dict(p["costs"])["令和6年度決算"]], "年度ごとの事業費", f"{src}: 事業費の推移 令和6年度決算")
    q(f"{p['name']}の令和5年度の事業費はいくらでしたか", "program", "contains",
      [dict(p["costs"])["令和5年度決算"]], "年度ごとの事業費（前年度）", f"{src}: 事業費の推移 令和5年度決算")
    outcome = next(i for i in d.INDICATORS if i[0] == "成果指標")
    activity = next(i for i in d.INDICATORS if i[0] == "活動指標")
    y = lambda ind, year: next(r for r in ind[5] if r[0] == year)  # noqa: E731
    q("上田市の評価シートの成果指標、令和6年度の実績値はいくつ？", "indicator", "value",
      int(y(outcome, "令和6年度")[2]), "指標の実績値", f"{src}: 成果指標 {outcome[1]} 令和6年度 実績値")
    q(f"{p['name']}の活動指標で、令和6年度の達成率は？", "indicator", "value",
      float(y(activity, "令和6年度")[3]), "指標の達成率", f"{src}: 活動指標 {activity[1]} 令和6年度 達成率")
    q([f"上田市の{p['name']}", "開始年度はいつ？"], "program", "contains", [p["start"]], "続きの質問（項目）",
      f"{src}: 開始年度")


def news_questions() -> None:
    src = f"{NEWS}"
    c = d.NEWS_CITY
    q(f"{c}の協働ニュースレターで、協働推進員研修はいつ実施しましたか", "newsletter", "contains", ["1月23日"],
      "記事の日付", f"{src}: 実施日時 : {d.TRAINING['date']}")
    q(f"{c}の市民協働推進モデル事業の提案募集はいつまで？", "newsletter", "contains", ["3月13日"],
      "募集の締切", f"{src}: 募集期間 : {d.CALL['from']}から{d.CALL['to']}まで")
    q(f"{c}のニュースレターで「町会との協働も対象になりますか」という質問への回答は？", "newsletter", "contains",
      ["多様な主体との協働"], "質問と回答", f"{src}: Q&A 4つ目の回答")
    q(f"{c}で紹介されているモデル事業の実施団体は？", "newsletter", "contains", ["まつもと暮らしネット"],
      "モデル事業の項目", f"{src}: 実施団体 : {d.MODEL['organization']}")
    q([f"{c}の市民協働ニュースレター Vol.3", "研修の参加者は何名でした？"], "newsletter", "contains",
      [d.TRAINING["participants"]], "続きの質問（記事の数）", f"{src}: 参加者 : {d.TRAINING['participants']}")


def absent_questions() -> None:
    why = "資料のない市（0件）"
    q("函館市の実践項目でR7にAだったものは何件？", "practice", "count", 0, why,
      "函館市の資料は索引にない（made29 にも出荷資料にもない）")
    q("旭川市の行革プランで、取組終了がR8の実践項目は何件ありますか", "practice", "count", 0, why,
      "旭川市の資料は索引にない")
    q("福井市の実践項目で企画課が担当しているものはいくつ？", "practice", "count", 0, why,
      "福井市の資料は索引にない（室蘭市には企画課の項目があるが福井市ではない）")


def main() -> None:
    plan_questions()
    joint_questions()
    case_questions()
    sheet_questions()
    news_questions()
    absent_questions()
    with OUT.open("w", encoding="utf-8") as f:
        for item in Q:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    follow = sum(len(x["turns"]) > 1 for x in Q)
    print(len(Q), "questions,", follow, "follow-ups;", Counter(x["target"] for x in Q))


if __name__ == "__main__":
    main()
