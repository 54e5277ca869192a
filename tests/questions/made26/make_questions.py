"""Write questions.jsonl for made26, every answer computed from data.py (the same facts the documents
are written from), so a change to the data changes the keys with it.

Run: .venv/bin/python -m tests.questions.made26.make_questions
"""
import json
from pathlib import Path

from . import data as d

OUT = Path(__file__).parent / "questions.jsonl"
PDF = "小樽市_行政改革プラン_取組の成果に関する意見書.pdf"
XLSX = "石巻市・東松島市_連携事業の進捗状況_令和7年度.xlsx"
DOCX = "鴻巣市_事務事業評価シート_2000318_県央地域広域連携推進事業.docx"
HTML = "高知市_市民協働だより_Vol4.html"

P = [dict(code=p[0], ini=p[1], name=p[2], g=dict(zip(d.YEARS, p[3])), s=p[4], total=sum(p[4]),
          o=d.overall(sum(p[4])), end=p[5], dept=p[6], note=p[7]) for p in d.PRACTICE]
I = [dict(no=i[0], name=i[1], themes=i[2], score=i[3], comments=i[4]) for i in d.INITIATIVES]
J = [dict(no=j[0], name=j[1], text=j[2], done=j[3], plan=j[4], bukai=j[5], a=j[6], b=j[7]) for j in d.JOINT]
YR = {y: i for i, y in enumerate(d.YEARS + ["R8"])}


def codes(pred, rows=P, key="code"):
    return [r[key] for r in rows if pred(r)]


def ended(p, lo="R4", hi="R8"):
    return p["end"] != "" and YR[lo] <= YR[p["end"]] <= YR[hi]


def initiative_grade(no):
    items = [p for p in P if p["ini"] == no]
    return d.initiative_self_grade(round(sum(round(sum(p["s"][k] for p in items) / len(items), 1)
                                             for k in range(4)), 1))


Q = []


def q(turns, target, expect, answer, why, derivation):
    assert len(why) >= 5 and len(derivation) >= 5, turns
    assert answer is not None and (not isinstance(answer, list) or answer or expect == "set"), turns
    Q.append({"id": f"m26-{len(Q) + 1:03d}", "turns": [turns] if isinstance(turns, str) else turns,
              "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})


# --- practice items of the 小樽市 plan report (PDF) ---
q("小樽市の実践項目で、令和6年度に終了したものは？", "practice", "set", codes(lambda p: p["end"] == "R6"),
  "終了年度で絞る", f"{PDF} 実践項目別一覧 取組終了=R6")
q("小樽市の行革プランで、R5までに終わった実践項目ってどれですか", "practice", "set",
  codes(lambda p: ended(p, hi="R5")), "までに（終了年度の上限）", f"{PDF} 取組終了<=R5")
q("小樽市の実践項目のうち、令和6年度以降に取組終了したものはいくつありますか？", "practice", "count",
  len(codes(lambda p: ended(p, lo="R6"))), "以降（終了年度の下限）の件数", f"{PDF} 取組終了>=R6（空欄は継続中で含めない）")
q("小樽市の実践項目で、まだ終わっていない（継続中の）ものを教えてください", "practice", "set",
  codes(lambda p: p["end"] == ""), "否定（取組終了が空欄）", f"{PDF} 取組終了欄が空欄の行")
q("小樽市の実践項目で、R4とR5の評価がどちらもAのものは？", "practice", "set",
  codes(lambda p: p["g"]["R4"] == "A" and p["g"]["R5"] == "A"), "二つの年度の評価（どちらも）",
  f"{PDF} 総合評価(自己評価) R4=A かつ R5=A")
q("小樽市の行政改革プランで、R4からR7までずっとA評価だった実践項目はありますか", "practice", "set",
  codes(lambda p: all(p["g"][y] == "A" for y in d.YEARS)), "全年度（ずっと）", f"{PDF} R4〜R7 の4年度すべて A")
q("小樽市の実践項目で、一度もAを取ったことがないのは何件ですか", "practice", "count",
  len(codes(lambda p: "A" not in p["g"].values())), "一度も…ない（否定と年度全体）",
  f"{PDF} R4〜R7 の各年度評価に A が一つもない行（空欄・- は評価なし）")
q("小樽市で、R4はCだったのにR7にはAまで上がった実践項目は？", "practice", "set",
  codes(lambda p: p["g"]["R4"] == "C" and p["g"]["R7"] == "A"), "評価が上がった（年度の比較）", f"{PDF} R4=C かつ R7=A")
q("2023年度の評価がCだった小樽市の実践項目を教えて", "practice", "set",
  codes(lambda p: p["g"]["R5"] == "C"), "西暦の年度（2023年度=R5）", f"{PDF} R5 列が C")
q("小樽市の実践項目で総括の総合評価がCのものは？", "practice", "set", codes(lambda p: p["o"] == "C"),
  "総括の総合評価", f"{PDF} 総括の総合評価（合計4〜6点）が C")
q("小樽市の行革で戸籍住民課が担当している実践項目は？", "practice", "set",
  codes(lambda p: "戸籍住民課" in p["dept"]), "担当課（共同担当を含む）", f"{PDF} 担当課に (市)戸籍住民課 を含む行")
top = max({p["o"] for p in P}, key=lambda o: sum(p["o"] == o for p in P))
q("小樽市の実践項目で、総括の総合評価はどの評価がいちばん多いですか？何件？", "practice", "value",
  sum(p["o"] == top for p in P), "最大の区分の件数", f"{PDF} 総括の総合評価の分布で最多は {top}")
q("小樽市の実践項目の、総括の総合評価の分布を見せてください", "practice", "count", len({p["o"] for p in P}),
  "分布（区分の数）", f"{PDF} 総括の総合評価に現れる区分 {sorted({p['o'] for p in P})}")
q("小樽市の「RPAの導入拡大」はどこの課の担当ですか", "practice", "contains", ["情報システム課"],
  "一つの記録の項目（担当課）", f"{PDF} 実践項目22 の担当課 (総)情報システム課")
q("小樽市の実践項目で、進捗度が1点のものはいくつ？", "practice", "count",
  len(codes(lambda p: p["s"][0] == 1)), "総括の観点別の点", f"{PDF} 総括 進捗度=1")
q("小樽市で除雪に関係する実践項目はどれですか", "practice", "set", codes(lambda p: "除雪" in p["name"]),
  "名称のキーワード", f"{PDF} 実践項目名に「除雪」")
q("小樽市の行革プランで、R6から新しく始まった実践項目は？", "practice", "set",
  codes(lambda p: p["g"]["R4"] == "" and p["g"]["R5"] == "" and p["g"]["R6"] != ""), "開始年度（N番号の項目）",
  f"{PDF} R4・R5 が空欄で R6 から評価がある行（N1〜N6）")
q("小樽市の実践項目で、R5はBだったけどR6でAになったのは？", "practice", "set",
  codes(lambda p: p["g"]["R5"] == "B" and p["g"]["R6"] == "A"), "年度間の変化", f"{PDF} R5=B かつ R6=A")
q("小樽市の実践項目で、令和6年度はAなのに総括の総合評価はAじゃないものは？", "practice", "set",
  codes(lambda p: p["g"]["R6"] == "A" and p["o"] != "A"), "否定（総合評価がA以外）", f"{PDF} R6=A かつ 総括≠A")
q("小樽市で、窓口の待ち時間が短くなった実践項目はどれ？", "practice", "set",
  codes(lambda p: "待ち時間" in p["note"]), "本文（特記事項）のキーワード", f"{PDF} 進捗状況シートの特記事項に「待ち時間」（実践項目11）")
q("小樽市の実践項目で、2025年度に取組終了して、総合評価もAのものは？", "practice", "set",
  codes(lambda p: p["end"] == "R7" and p["o"] == "A"), "終了年度（西暦）と評価の組合せ", f"{PDF} 取組終了=R7 かつ 総括 A")
q(["小樽市でR7に終了した実践項目は？", "そのうち観光振興室のものは？"], "practice", "set",
  codes(lambda p: p["end"] == "R7" and "観光振興室" in p["dept"]), "続きの質問（担当課で絞る）",
  f"{PDF} 取組終了=R7 かつ 担当課に (産)観光振興室")
q(["小樽市の実践項目で、総括の総合評価がBのものは？", "その中でまだ続いているのは？"], "practice", "set",
  codes(lambda p: p["o"] == "B" and p["end"] == ""), "続きの質問（継続中）", f"{PDF} 総括 B かつ 取組終了が空欄")
q(["小樽市の行革プランで、戸籍住民課の実践項目は？", "R5までに終わったのは？"], "practice", "set",
  codes(lambda p: "戸籍住民課" in p["dept"] and ended(p, hi="R5")), "続きの質問（までに）",
  f"{PDF} 担当課に戸籍住民課 かつ 取組終了<=R5")
q(["小樽市の実践項目で令和6年度に終了したものは？", "そのうち戸籍住民課のものは？"], "practice", "set",
  codes(lambda p: p["end"] == "R6" and "戸籍住民課" in p["dept"]), "続きの質問（担当課）",
  f"{PDF} 取組終了=R6 かつ 担当課に戸籍住民課")
q(["小樽市の取組項目「事務の効率化」の実践項目を教えて", "その中でR6から始まったものは？"], "practice", "set",
  codes(lambda p: p["ini"] == 9 and p["g"]["R5"] == "" and p["g"]["R6"] != ""), "続きの質問（開始年度）",
  f"{PDF} 大No.9 のうち R6 から評価がある行")
q(["小樽市でR7に終了した実践項目は？", "そのうち総合評価がAのもの", "企画政策室が担当しているのは？"], "practice", "set",
  codes(lambda p: p["end"] == "R7" and p["o"] == "A" and "企画政策室" in p["dept"]), "3回の続きの質問",
  f"{PDF} 取組終了=R7 かつ 総括 A かつ 担当課に (企)企画政策室")

# --- text of the progress sheets ---
q("小樽市で、令和7年度のクルーズ船の寄港は何回だった？", "passage", "contains", ["41回"],
  "本文中の数値", f"{PDF} 実践項目18 の特記事項")
q("小樽市の学校給食調理業務の委託で、経費はどのくらい削減できましたか", "passage", "contains", ["3,200万円"],
  "本文中の金額", f"{PDF} 実践項目15 の特記事項")

# --- initiatives ---
q("小樽市の取組項目で、委員評価が4.0以上のものは？", "initiative", "set",
  codes(lambda i: i["score"] >= 4.0, I, "no"), "委員評価の下限", f"{PDF} 委員評価 X.X /5 が 4.0 以上")
q("小樽市の意見書で委員評価がいちばん高い取組項目はどれですか", "initiative", "ordered",
  [max(I, key=lambda i: i["score"])["no"]], "委員評価の最大（いちばん高い）", f"{PDF} 委員評価の最高 4.5")
q("小樽市の取組項目の委員評価の平均は？", "initiative", "value",
  round(sum(i["score"] for i in I) / len(I), 2), "委員評価の平均値", f"{PDF} 10 取組項目の委員評価の平均")
q("小樽市の取組項目で、テーマにICTが入っているものは？", "initiative", "set",
  codes(lambda i: "ICT" in i["themes"], I, "no"), "テーマ（○の列）", f"{PDF} 取組項目別一覧の ICT 列が ○")
q("小樽市の取組項目で、担当課の自己評価がBのものは？", "initiative", "set",
  codes(lambda i: initiative_grade(i["no"]) == "B", I, "no"), "取組項目の自己評価",
  f"{PDF} 取組項目別一覧 担当課自己評価(総合評価)=B")
q("小樽市の「除雪体制の効率化」の委員評価は何点？", "initiative", "value", I[9]["score"],
  "一つの記録の値", f"{PDF} 取組項目10 委員評価 3.7 /5")
q(["小樽市の取組項目で委員評価が4以上のものは？", "そのうち財政のテーマのものは？"], "initiative", "set",
  codes(lambda i: i["score"] >= 4.0 and "財政" in i["themes"], I, "no"), "続きの質問（テーマ）",
  f"{PDF} 委員評価>=4.0 かつ 財政 列が ○")

# --- committee comments (the scorer counts a comment as its initiative: codes are initiative numbers) ---
q("小樽市の意見書で、クルーズ船について委員はどんな意見を出していますか", "comment", "set", ["7"],
  "意見のキーワード", f"{PDF} 取組項目7 委員会の意見 1つ目")
q("小樽市の委員会の意見で「担い手」に触れているものは？", "comment", "set",
  sorted({str(i['no']) for i in I for c in i["comments"] if "担い手" in c}, key=int), "複数の意見のキーワード",
  f"{PDF} 委員会の意見で「担い手」を含むもの")
q("小樽市の委員は生成AIについて何か言ってますか？", "comment", "set", ["9"],
  "意見のキーワード（AI）", f"{PDF} 取組項目9 委員会の意見 2つ目")
q("小樽市の意見書に、女性の管理職についての委員の意見はありますか", "comment", "set", ["8"],
  "意見の言い換え（女性比率）", f"{PDF} 取組項目8 委員会の意見 2つ目「管理職の女性比率」")

# --- joint projects (石巻市・東松島市, XLSX) ---
bukai = {j["bukai"] for j in J}
q("石巻市・東松島市の連携事業には部会がいくつありますか", "joint_project", "count", len(bukai),
  "部会の数（異なる値）", f"{XLSX} 部会名称 列の異なる値 {sorted(bukai)}")
q("石巻市と東松島市の連携事業で、防災部会のものは？", "joint_project", "set",
  codes(lambda j: j["bukai"].startswith("防災部会"), J, "no"), "部会で絞る", f"{XLSX} 部会名称=防災部会")
q("石巻市・東松島市の連携事業のうち、東松島市が部会長をしている事業は何件？", "joint_project", "count",
  len(codes(lambda j: "(東松島市)" in j["bukai"], J, "no")), "部会長の市", f"{XLSX} 部会名称の括弧が東松島市")
q("石巻市・東松島市の連携事業で、まだ実施していない（既に実施の欄が空の）ものは？", "joint_project", "set",
  codes(lambda j: j["done"] == "", J, "no"), "空欄（否定）", f"{XLSX} 既に実施 列が空欄の行")
q("石巻市と東松島市の連携事業で、今年度（R7）の実施予定が入っていないものは？", "joint_project", "set",
  codes(lambda j: j["plan"] == "", J, "no"), "空欄（今年度の予定なし）", f"{XLSX} 今年度(R7)に実施予定 列が空欄")
q("石巻市・東松島市の連携事業で、石巻市の担当が危機対策課のものは？", "joint_project", "set",
  codes(lambda j: j["a"] == "危機対策課", J, "no"), "市ごとの担当部署", f"{XLSX} 担当部署 石巻市=危機対策課")
q("石巻市・東松島市の連携事業で、合同研修をしているのはどの事業？", "joint_project", "set",
  codes(lambda j: "合同研修" in j["name"] + j["text"], J, "no"), "事業のキーワード", f"{XLSX} 事業項目・事業内容に「合同研修」")
q("石巻市・東松島市の連携事業で、事業がいちばん多い部会は何件ありますか", "joint_project", "value",
  max(sum(j["bukai"] == b for j in J) for b in bukai), "最大の区分の件数（同数の部会が二つ）",
  f"{XLSX} 部会ごとの件数の最大（防災部会・福祉部会が各3）")
q(["石巻市・東松島市の連携事業で福祉部会のものは？", "その中で既に実施したものは？"], "joint_project", "set",
  codes(lambda j: j["bukai"].startswith("福祉部会") and j["done"] != "", J, "no"), "続きの質問（進捗）",
  f"{XLSX} 福祉部会 かつ 既に実施 が空でない")
q(["石巻市・東松島市の連携事業で、石巻市が部会長のものは？", "そのうち今年度の実施予定がないものは？"], "joint_project",
  "set", codes(lambda j: "(石巻市)" in j["bukai"] and j["plan"] == "", J, "no"), "続きの質問（空欄）",
  f"{XLSX} 部会長が石巻市 かつ 今年度(R7)に実施予定 が空欄")

# --- evaluation sheet (鴻巣市, DOCX) ---
s = d.SHEET
q("鴻巣市の県央地域広域連携推進事業の担当課はどこですか", "program", "contains", [s["課"]],
  "評価シートの項目", f"{DOCX} 担当課名")
q("鴻巣市の事務事業評価シートで、令和6年度の総事業費はいくら？", "program", "value", s["costs"]["令和6年度決算"],
  "年度の事業費", f"{DOCX} 総事業費（合計） 令和6年度決算")
q("鴻巣市の県央地域広域連携推進事業、令和5年度から6年度で総事業費はいくら増えましたか", "program", "value",
  s["costs"]["令和6年度決算"] - s["costs"]["令和5年度決算"], "年度間の差", f"{DOCX} 5,140,000−4,820,000")
q("鴻巣市の評価シートの成果指標、令和6年度の実績値は？", "indicator", "value", s["成果指標"][3]["令和6年度"][1],
  "指標の年度の実績", f"{DOCX} 成果指標 公共施設の相互利用件数 令和6年度 実績値")
plan, actual = s["活動指標"][3]["令和6年度"]
q("鴻巣市の広域連携事業の実施件数、2024年度の達成率はどれくらいでしたか", "indicator", "value",
  round(actual / plan * 100, 1), "達成率（西暦の年度）", f"{DOCX} 活動指標 令和6年度 実績{actual}/計画{plan}")
q(["鴻巣市の事務事業評価シートの活動指標は何ですか", "令和5年度の実績は？"], "indicator", "value",
  s["活動指標"][3]["令和5年度"][1], "続きの質問（指標の年度）", f"{DOCX} 活動指標 令和5年度 実績値")
plan, actual = s["成果指標"][3]["令和5年度"]
q(["鴻巣市の評価シートの成果指標を教えて", "令和5年度の達成率は？"], "indicator", "value",
  round(actual / plan * 100, 1), "続きの質問（達成率）", f"{DOCX} 成果指標 令和5年度 {actual}/{plan}")

# --- newsletter (高知市, HTML) ---
n = d.NEWS
q("高知市の市民協働だよりで、協働推進員研修はいつやったんですか", "newsletter", "contains", ["2026年1月23日"],
  "記事の日付", f"{HTML} 実施日時")
q(["高知市の市民協働だよりの研修の記事を見せて", "参加者は何人でしたか"], "newsletter", "value", n["参加者"], "続きの質問（記事の数値）", f"{HTML} 参加者")
q("高知市の協働事業提案の募集はいつまで？", "newsletter", "contains", ["2026年3月13日"],
  "募集期間の締切", f"{HTML} 募集期間の終わり")
q("高知市の協働事業の提案って、事業費の上限はありますか", "newsletter", "contains", ["50万円"],
  "質問と回答", f"{HTML} いただいた質問「事業費の上限はありますか？」の回答")
# --- a city with no document ---
q("福井市の実践項目でR6に終了したものは？", "practice", "count", 0, "資料のない市（0件）", "福井市の資料はない（shipped corpus にも made26 にも出てこない）")
q("山形市の行革プランで、総合評価がAの実践項目はいくつありますか", "practice", "count", 0, "資料のない市（0件）", "山形市の資料はない")
q("佐賀市の実践項目で財政課が担当しているものを教えて", "practice", "count", 0, "資料のない市（0件）", "佐賀市の資料はない")


def main():
    assert len(Q) == 64, len(Q)
    assert len({x["id"] for x in Q}) == 64
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
    print(len(Q), "questions;", sum(len(x["turns"]) > 1 for x in Q), "follow-ups")


if __name__ == "__main__":
    main()
