"""The made13 questions, every answer derived from the data in make_documents.py (never from the engine).

`python tests/questions/made13/make_questions.py` rewrites tests/questions/made13/questions.jsonl.
The five questions about the shipped corpus (kind "shipped") carry answers read by hand from
../shared/corpus (line numbers in their derivation).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import make_documents as m

HERE = Path(__file__).resolve().parent
ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}
YI = {y: i for i, y in enumerate(m.YEARS)}
FY = {"R7": 2025, "R8": 2026, "R9": 2027, "R10": 2028, "R11": 2029}  # fiscal year → April of that year

P = m.PRACTICES
INI = m.initiative_rows()
questions: list[dict] = []


def q(kind, turns, target, expect, answer, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if expect in ("set", "ordered") and target != "case_study":
        answer = sorted(answer, key=lambda c: [int(x) if x.isdigit() else x for x in c.split("-")]) \
            if expect == "set" else answer
    questions.append(dict(id=f"m13-{len(questions) + 1:03d}", kind=kind, turns=turns, target=target,
                          expect=expect, answer=answer, derivation=derivation))


def codes(pred):
    return [p[0] for p in P if pred(p)]


def grade(p, year):
    return p[4][YI[year]]


def total(p):
    return m.practice_total(p)


def ov(p):
    return m.overall(total(p))


# ---------------------------------------------------------------- the plan report (釧路市, DOCX)
PLAN = "plan"
q(PLAN, "釧路市でR9に終了した実践項目は？", "practice", "set", codes(lambda p: p[6] == "R9"),
  "実践項目別の表で取組終了がR9の行")
q(PLAN, "釧路市の実践項目でR9までに終了したもの", "practice", "set", codes(lambda p: p[6] in ("R8", "R9")),
  "取組終了がR9以前（R8・R9。計画はR7開始、R7終了はない）")
q(PLAN, "釧路市の実践項目で令和10年度に取組が終了したもの", "practice", "set", codes(lambda p: p[6] == "R10"),
  "取組終了がR10の行")
q(PLAN, "釧路市でR8に終了した実践項目は何件？", "practice", "count", len(codes(lambda p: p[6] == "R8")),
  "取組終了がR8の行の数")
q(PLAN, "釧路市の実践項目でまだ取組が終了していないもの", "practice", "set", codes(lambda p: p[6] == ""),
  "取組終了が空欄（継続）の行")
q(PLAN, "釧路市の実践項目で2029年3月末までに終了したものは何件", "practice", "count",
  len(codes(lambda p: p[6] and FY[p[6]] + 1 <= 2029)),
  "年度の規則: R10=2028年4月〜2029年3月。取組終了がR8・R9・R10の行の数（R11は2030年3月まで）")
q(PLAN, "釧路市の実践項目でR8の評価がCのもの", "practice", "set", codes(lambda p: grade(p, "R8") == "C"),
  "実践項目別の表のR8列がC")
q(PLAN, "釧路市の実践項目でR8とR9がどちらもAのもの", "practice", "set",
  codes(lambda p: grade(p, "R8") == "A" and grade(p, "R9") == "A"), "R8列とR9列がともにA")
q(PLAN, "釧路市の実践項目で一度もCがないものは何件", "practice", "count",
  len(codes(lambda p: "C" not in p[4])), "R7〜R10のどの列にもCがない行の数（空欄・-はCでない）")
q(PLAN, "釧路市の実践項目でR7からR10にかけて評価が上がったもの", "practice", "set",
  codes(lambda p: grade(p, "R7") in ORDER and grade(p, "R10") in ORDER and ORDER[grade(p, "R10")] < ORDER[grade(p, "R7")]),
  "R7とR10の両方に評価があり、R10がR7より良い行（途中の年は問わない）")
q(PLAN, "釧路市の実践項目で総合評価がBのもの", "practice", "set", codes(lambda p: ov(p) == "B"),
  "総合評価列がB（合計8〜9）")
q(PLAN, "釧路市の実践項目で総合評価がAでないものは何件", "practice", "count", len(codes(lambda p: ov(p) != "A")),
  "総合評価がB・Cの行の数")
q(PLAN, "釧路市の実践項目で進捗度が1のもの", "practice", "set", codes(lambda p: p[5][0] == 1), "進捗度列が1")
q(PLAN, "釧路市の財政課が担当する実践項目", "practice", "set", codes(lambda p: "(財)財政課" in p[3]),
  "担当部署に(財)財政課を含む行（資産経営課・収納課は別の課）")
q(PLAN, "釧路市でデジタル推進室が担当する実践項目は何件", "practice", "count",
  len(codes(lambda p: "デジタル推進室" in p[3])), "担当部署にデジタル推進室を含む行の数")
dept_counts = Counter(d.split(")")[-1] for p in P for d in p[3].split("、") if d != "各担当部署")
top = dept_counts.most_common(2)
assert top[0][1] > top[1][1]
q(PLAN, "釧路市で実践項目をいちばん多く担当している部署は何件", "practice", "value", top[0][1],
  f"担当部署を「、」で分けて数えると{top[0][0]}が{top[0][1]}件で最多（次は{top[1][1]}件）")
q(PLAN, "釧路市の「窓口サービスの向上」の実践項目", "practice", "set", codes(lambda p: p[1] == 3), "取組No.3の行")
q(PLAN, "釧路市でR10の評価がAの実践項目は何件", "practice", "count", len(codes(lambda p: grade(p, "R10") == "A")),
  "R10列がAの行の数")
q(PLAN, "釧路市で令和9年度から新たに加わった実践項目", "practice", "set", sorted(m.NEW_IN),
  "実践項目名に【R9新規】があり、R7・R8の評価が空欄の行")
q(PLAN, "委員評価が4.0以上の釧路市の取組項目", "initiative", "set", [str(r["no"]) for r in INI if r["score"] >= 4.0],
  "取組項目別の表の委員会評価平均（=I章の委員評価）が4.0以上")
best = sorted(INI, key=lambda r: -r["score"])
assert best[0]["score"] > best[1]["score"]
q(PLAN, "釧路市で委員評価がいちばん高い取組項目", "initiative", "ordered", [str(best[0]["no"])],
  f"委員評価の最大は{best[0]['score']}（No.{best[0]['no']}）")
q(PLAN, "釧路市の取組項目の委員評価の平均は", "initiative", "value",
  round(sum(r["score"] for r in INI) / len(INI), 2), "8取組項目の委員評価の平均 31.3/8")
q(PLAN, "釧路市の取組項目で担当部署の自己評価がBのもの", "initiative", "set",
  [str(r["no"]) for r in INI if r["self_grade"] == "B"], "取組項目別の表の担当部署自己評価(総合評価)がB")
q(PLAN, "釧路市の取組項目で実践項目数が2のもの", "initiative", "set", [str(r["no"]) for r in INI if r["n"] == 2],
  "実践項目数列が2")
q(PLAN, "釧路市の取組項目でテーマにICTがあるもの", "initiative", "set",
  [str(r["no"]) for r in INI if "ICT" in r["themes"]], "テーマのICT列に○")
q(PLAN, "釧路市の委員の意見で高齢者に触れたもの", "comment", "set",
  [str(r["no"]) for r in INI if any("高齢者" in c for c in r["comments"])], "委員の意見等の箇条に「高齢者」を含む取組項目")
q(PLAN, "釧路市の委員の意見で民間委託を含むもの", "comment", "set",
  [str(r["no"]) for r in INI if any("民間委託" in c for c in r["comments"])], "委員の意見等の箇条に「民間委託」を含む取組項目")
q(PLAN, "釧路市行政経営改革プランの財政効果額は？", "passage", "contains", [m.FISCAL_EFFECT_TOTAL], "2 財政効果額について")

# ---------------------------------------------------------------- multi-turn follow-ups
MT = "multi-turn"
r9 = codes(lambda p: p[6] == "R9")
q(MT, ["釧路市でR9に終了した実践項目", "そのうち総合評価がAのもの"], "practice", "set",
  [c for c in r9 if ov(next(p for p in P if p[0] == c)) == "A"], "取組終了R9のうち総合評価A")
q(MT, ["釧路市の実践項目で総合評価がBのもの", "そのうち職員課が担当するものは？"], "practice", "set",
  codes(lambda p: ov(p) == "B" and "職員課" in p[3]), "総合評価Bのうち担当部署に職員課")
q(MT, ["釧路市の「公共施設の適正配置」の実践項目", "R10の評価がBのものは"], "practice", "set",
  codes(lambda p: p[1] == 2 and grade(p, "R10") == "B"), "取組No.2のうちR10列がB")
q(MT, ["委員評価が4.0未満の釧路市の取組項目", "それは何件？"], "initiative", "count",
  len([r for r in INI if r["score"] < 4.0]), "委員評価が4.0未満の取組項目の数")
q(MT, ["釧路市の実践項目でR8の評価がAのもの", "そのうちR10もAのもの"], "practice", "set",
  codes(lambda p: grade(p, "R8") == "A" and grade(p, "R10") == "A"), "R8列AのうちR10列もA")
q(MT, ["釧路市で取組終了がR11の実践項目", "その中で進捗度が3のもの"], "practice", "set",
  codes(lambda p: p[6] == "R11" and p[5][0] == 3), "取組終了R11のうち進捗度3")
q(MT, ["釧路市の実践項目でR7の評価がCのもの", "そのうちR10にAになったもの"], "practice", "set",
  codes(lambda p: grade(p, "R7") == "C" and grade(p, "R10") == "A"), "R7列CのうちR10列A")
q(MT, ["高松市のニュースレターの研修はいつ実施されましたか", "参加者は何名？"], "passage", "contains",
  [m.NEWS["participants"]], "研修の記事の「参加者 ： 24名」")
q(MT, ["柏市の東葛地区広域連携推進事業の成果指標は？", "令和6年度の実績値は"], "indicator", "value",
  m.INDICATORS[1][6][1], "成果指標 公共施設相互利用件数 の令和6年度 実績値")
q(MT, ["新潟県長岡市の取組事例", "その効果は？"], "passage", "contains", ["4,200万円"], "長岡市の事例の【効果】")
q(MT, ["ICTを活用した業務効率化の取組事例はどこ？", "そのうち茨城県のものは"], "case_study", "set", ["茨城県つくば市"],
  "★ICTを活用した業務効率化 の事例のうち茨城県（つくば市）")

# ---------------------------------------------------------------- other cities: honest answer 0
ZERO = "zero"
q(ZERO, "苫小牧市でR9に終了した実践項目は何件", "practice", "count", 0,
  "苫小牧市の計画はR2〜R6で取組終了R9の実践項目はない（R9は釧路市の版にだけある）")
q(ZERO, "網走市の実践項目でR8に終了したもの", "practice", "count", 0, "網走市の資料はない（どの資料にも網走の語はない）")
q(ZERO, "苫小牧市の取組項目で委員評価が4.5のもの", "initiative", "count", 0,
  "苫小牧市の審議会評価平均に4.5はない（4.5は釧路市のNo.3）")
q(ZERO, "根室市の委員の意見で高齢者に触れたもの", "comment", "count", 0, "根室市の資料はない（どの資料にも根室の語はない）")
q(ZERO, "苫小牧市で生成AIの業務活用に取り組んだ実践項目は何件", "practice", "count", 0,
  "「生成AIの業務活用」は釧路市の実践項目6-2で、苫小牧市にはない")

# ---------------------------------------------------------------- about the shipped corpus, not these editions
SH = "shipped"
q(SH, "苫小牧市の取組項目で審議会評価平均が4.6のもの", "initiative", "set", ["17", "20"],
  "002_… 取組項目別の表と I章（594・666行の委員評価 4.6 /5）")
q(SH, "苫小牧市の財政効果額は？", "passage", "contains", ["37億6千万円"], "002_… 2 財政効果額について")
q(SH, "岡山市のニュースレターの研修の参加者は何名", "passage", "contains", ["19名"],
  "004_… 21行「参加者 ： 19 名」（高松市の版は24名）")
q(SH, "埼玉県東南部都市連絡調整会議事業の総事業費", "program", "value", 7110000, "003_… 総事業費(合計) 7,110,000")
q(SH, "苫小牧市でR2に終了した実践項目", "practice", "set", ["44", "45", "60", "63"],
  "002_… 本編の一覧(176・177・197・202行)と資料編の一覧(872・873・893・898行)の取組終了R2が一致")

# ---------------------------------------------------------------- case studies (総務省 令和3年, HTML)
CS = "case_study"
effects = {c[1]: c[4] for c in m.CASES}
q(CS, "高知県内市町村の取組事例の効果は？", "passage", "contains", ["1億1千万円"], effects["高知県内市町村"][0])
q(CS, "フリーアドレスの取組事例はどこ？", "case_study", "set", ["石川県金沢市"], "★職員の働き方改革 〈石川県金沢市…〉")
q(CS, "静岡県浜松市の取組の効果は", "passage", "contains", ["99.1%"], effects["静岡県浜松市"][0])
q(CS, "三重県の取組事例ではどんな組織を設けましたか", "passage", "contains", ["三重地方税管理回収機構"],
  "三重県の事例の【取組】")
q(CS, "宮崎県のAI-OCRの効果は？", "passage", "contains", ["7割"], effects["宮崎県"][0])
q(CS, "窓口業務の包括的な民間委託の取組事例はどこ", "case_study", "set", ["新潟県長岡市"], "★窓口業務の包括的な民間委託")
q(CS, "茨城県つくば市のRPAで削減した作業時間は", "passage", "contains", ["9,300時間"], effects["茨城県つくば市"][0])

# ---------------------------------------------------------------- the newsletter (高松市, HTML)
NW = "newsletter"
n = m.NEWS
q(NW, "高松市の協働推進員研修はいつ実施されましたか", "passage", "contains", ["10月17日"], n["training_date"])
q(NW, "高松市の協働推進員研修の満足度は", "passage", "contains", [n["satisfaction"]], "満足度（平均） ： 82点")
q(NW, "高松市の協働提案事業の募集期間は？", "passage", "contains", ["12月1日", "2月13日"],
  f"募集期間：{n['call_from']}から{n['call_to']}まで（西暦と和暦が混在）")
q(NW, "高松市の協働提案事業の提案説明会の会場は", "passage", "contains", [n["briefing_place"]], n["briefing"])
q(NW, "高松市で紹介された協働提案事業の実施団体は？", "passage", "contains", [n["project_org"]], "紹介記事の表の実施団体")
q(NW, "空き家を活用した子どもの居場所づくり事業の担当部署は", "passage", "contains", ["こども若者支援課"],
  n["project_dept"])
q(NW, "高松市の協働提案事業に提案する団体に法人格は必要ですか", "passage", "contains", ["法人格は必要ありません"],
  "いただいた質問と回答の3問目")

# ---------------------------------------------------------------- the evaluation sheet (柏市, XLSX)
EV = "sheet"
s = m.SHEET
q(EV, "東葛地区広域連携推進事業の総事業費は", "program", "value", s["total_cost"], "総事業費(合計)")
q(EV, "東葛地区広域連携推進事業の市の実質負担額", "program", "value", s["total_cost"] - s["specific_revenue"],
  "4,860,000 − 1,200,000")
q(EV, "東葛地区広域連携推進事業の担当課は？", "passage", "contains", [s["section"]], "担当課名")
act = m.INDICATORS[0]
q(EV, "広域連携会議の開催回数の令和6年度の達成率は", "indicator", "value", m.rate(act[5][1], act[6][1]), "11/10")
out = m.INDICATORS[1]
q(EV, "公共施設相互利用件数の令和5年度の実績値", "indicator", "value", out[6][0], "成果指標の令和5年度 実績値")
q(EV, "柏市の公共施設相互利用件数の令和7年度の計画値は", "indicator", "value", out[5][2], "成果指標の令和7年度 計画値")
q(EV, "柏市の事務事業評価で実績値が計画値を下回った指標は何件", "indicator", "count",
  sum(1 for i in m.INDICATORS for pl, ac in zip(i[5], i[6]) if ac is not None and ac < pl),
  "指標×年度の行で実績値<計画値（令和5年度の活動指標9<10と成果指標2,470<2,600）")


def main() -> None:
    path = HERE / "questions.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in questions), encoding="utf-8")
    print(len(questions), Counter(x["kind"] for x in questions))
    for x in questions:
        print(x["id"], " / ".join(x["turns"]), "->", x["expect"], x["answer"])


if __name__ == "__main__":
    main()
