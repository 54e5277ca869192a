"""Write made45/questions.jsonl: 50 questions whose answers are computed from data.py, the facts the documents are made from."""
from __future__ import annotations

import json
from pathlib import Path

from . import data as D
from .make_documents import EVAL_FILE, JOINT_FILE, NEWS_FILE, PLAN_FILE

OUT = Path(__file__).resolve().parent / "questions.jsonl"
YI = {y: i for i, y in enumerate(D.YEARS)}
RANK = {"S": 4, "A": 3, "B": 2, "C": 1}  # the document's own legend: S is best
PLAN_TABLE = f"docs/{PLAN_FILE} 1 取組ごとの実践項目の評価（取組ごとに一つの表、評価はS/A/B/C）"
PLAN_SEC2 = f"docs/{PLAN_FILE} 2 取組の評価と懇話会委員の意見（定義リスト）"
PLAN_SHEET = f"docs/{PLAN_FILE} 資料 進捗状況シート（令和6年度）"
JOINT_TABLE = f"docs/{JOINT_FILE} 表（担当課の列順は小川町→寄居町）"
EV = f"docs/{EVAL_FILE}"
NW = f"docs/{NEWS_FILE}"


class P:
    """One practice item with named fields."""

    def __init__(self, row):
        self.code, self.ino, self.title, self.grades, s, self.overall, self.end, self.dept = row
        self.res, self.coll, self.eff, self.cre = s
        self.total = sum(s)

    def r(self, y):
        return self.grades[YI[y]]


PR = [P(r) for r in D.PRACTICES]
INI = {no: dict(name=name, theme=theme, selfg=selfg, score=score, comments=comments)
       for no, name, theme, selfg, score, comments in D.INITIATIVES}
JP = [dict(no=no, item=item, content=content, status=status, bun=bun, chair=chair, depts=depts)
      for no, item, content, status, bun, chair, depts in D.JOINT]


def prac(f):
    return [p.code for p in PR if f(p)]


def by_title(word):
    (p,) = [p for p in PR if word in p.title]
    return p


def comm(word):
    return [no for no, i in INI.items() if any(word in c for c in i["comments"])]


def joint(f):
    return [j["no"] for j in JP if f(j)]


def graded(v):
    return v in RANK


Q = []


def q(turns, target, expect, answer, why, derivation):
    Q.append(dict(id=f"m45-{len(Q) + 1:03d}", turns=turns if isinstance(turns, list) else [turns], target=target,
                  expect=expect, answer=answer, why=why, derivation=derivation))


# --- practice items (plan report, HTML, one table per 取組) -----------------------------------------
q("那須塩原市の実践項目で令和5年度にS評価だったのは？", "practice", "set", prac(lambda p: p.r("R5") == "S"),
  "ある年度の評価（S=最上位）。表は取組ごとに分かれている", f"{PLAN_TABLE}: 令和5年度=S（全4表）")
q("那須塩原の行革プランで2023年度に終了した実践項目ってどれ？", "practice", "set", prac(lambda p: p.end == "R5"),
  "終了年度（西暦 2023=R5）", f"{PLAN_TABLE}: 終了年度=令和5年度")
q("那須塩原市で総合評価がSの実践項目は何件ある？", "practice", "count", len(prac(lambda p: p.overall == "S")),
  "件数（文書独自の区分S）", f"{PLAN_TABLE}: 総合評価=S")
q("那須塩原市の人事課が担当してる実践項目", "practice", "set", prac(lambda p: "人事課" in p.dept),
  "担当課（共管を含む）", f"{PLAN_TABLE}: 担当課に人事課を含む")
q("那須塩原市でR4はCだったけどR5にBになった実践項目", "practice", "set",
  prac(lambda p: p.r("R4") == "C" and p.r("R5") == "B"), "二つの年度の評価", f"{PLAN_TABLE}: 令和4年度=C かつ 令和5年度=B")
q("那須塩原市の実践項目で、まだ続いてて総合評価がAのものは？", "practice", "set",
  prac(lambda p: p.end == "" and p.overall == "A"), "否定（終了していない）と総合評価",
  f"{PLAN_TABLE}: 終了年度が空欄 かつ 総合評価=A")
q("那須塩原市で令和3年度にはまだ着手してなかった実践項目は？", "practice", "set", prac(lambda p: p.r("R3") is None),
  "空欄=未着手", f"{PLAN_TABLE}: 令和3年度列が空欄")
q("那須塩原市の実践項目で計が13点以上のもの", "practice", "set", prac(lambda p: p.total >= 13),
  "総括の合計（列名は「計」）の範囲", f"{PLAN_TABLE}: 計>=13")
q("那須塩原市の実践項目で工夫が4点のはどれ？", "practice", "set", prac(lambda p: p.cre == 4),
  "総括の点数（文書独自の観点「工夫」）", f"{PLAN_TABLE}: 工夫=4")
q("那須塩原市でR5からR6に評価が上がった実践項目", "practice", "set",
  prac(lambda p: graded(p.r("R5")) and graded(p.r("R6")) and RANK[p.r("R6")] > RANK[p.r("R5")]),
  "変化（上がった、S>A>B>C）。「-」の項目は含めない", f"{PLAN_TABLE}: 令和5年度と令和6年度がともに評価あり かつ 令和6年度が上位")
q("那須塩原市で令和5年度より令和6年度の評価が下がった実践項目はある？", "practice", "set",
  prac(lambda p: graded(p.r("R5")) and graded(p.r("R6")) and RANK[p.r("R6")] < RANK[p.r("R5")]),
  "変化（下がった、SからAへの低下を読む）", f"{PLAN_TABLE}: 令和5年度と令和6年度がともに評価あり かつ 令和6年度が下位")
q(["那須塩原市の取組3の実践項目を見せて", "その中で総合評価がCのは？"], "practice", "set",
  prac(lambda p: p.ino == "3" and p.overall == "C"), "追い質問（絞り込み）", f"{PLAN_TABLE} 取組3の表: 総合評価=C")
q(["那須塩原市の実践項目でR6にAだったもの", "それ何件？"], "practice", "count",
  len(prac(lambda p: p.r("R6") == "A")), "追い質問（件数）", f"{PLAN_TABLE}: 令和6年度=A")
q(["那須塩原市のデジタル推進課の実践項目は？", "そのうち令和6年度がSだったのは？"], "practice", "set",
  prac(lambda p: "デジタル推進課" in p.dept and p.r("R6") == "S"), "追い質問（年度の評価）",
  f"{PLAN_TABLE}: 担当課にデジタル推進課 かつ 令和6年度=S")
q("那須塩原市で計がいちばん低い実践項目は？", "practice", "set", prac(lambda p: p.total == min(x.total for x in PR)),
  "最小", f"{PLAN_TABLE}: 計の最小")
p = by_title("保養施設")
q("那須塩原の保養施設の譲渡、総合評価どうだった？", "practice", "value", p.overall, "題名を略して言う",
  f"{PLAN_TABLE}: 実践項目{p.code} 総合評価")
p = by_title("書かない窓口")
q("那須塩原市の書かない窓口、成果は何点？", "practice", "value", p.res, "題名を略して言う、総括の観点",
  f"{PLAN_TABLE}: 実践項目{p.code} 成果")
q("那須塩原市の市民課の実践項目で、もう終わったもの", "practice", "set",
  prac(lambda p: "市民課" in p.dept and p.end != ""), "担当課と終了", f"{PLAN_TABLE}: 担当課に市民課 かつ 終了年度あり")
q("那須塩原市の財政基盤の強化ってテーマの実践項目、全部で何件？", "practice", "count",
  len(prac(lambda p: INI[p.ino]["theme"] == "財政基盤の強化")), "テーマ→取組→実践項目（取組1と3）",
  f"{PLAN_TABLE}: 見出しのテーマ=財政基盤の強化 の表（取組1・3）の行数")
q("那須塩原市で令和4年度も令和6年度もCだった実践項目", "practice", "set",
  prac(lambda p: p.r("R4") == "C" and p.r("R6") == "C"), "複数年度（同じ評価のまま）", f"{PLAN_TABLE}: 令和4年度=C かつ 令和6年度=C")

# --- initiatives ----------------------------------------------------------------------------------
q("那須塩原市の取組で懇話会の評価が3.5点以上のもの", "initiative", "set",
  [no for no, i in INI.items() if i["score"] >= 3.5], "懇話会評価の範囲（委員会の名称が独自）", f"{PLAN_SEC2}: 懇話会評価>=3.5")
q("那須塩原市の取組を懇話会評価の低い順に", "initiative", "ordered", sorted(INI, key=lambda no: INI[no]["score"]),
  "並べ替え（昇順）", f"{PLAN_SEC2}: 懇話会評価の昇順")
q("那須塩原市の公共施設の再編、市民懇話会は何点つけた？", "initiative", "value", INI["3"]["score"],
  "題名で言う", f"{PLAN_SEC2}: 取組3 懇話会評価")
q("那須塩原市で担当部局の自己評価がSの取組は？", "initiative", "set",
  [no for no, i in INI.items() if i["selfg"] == "S"], "自己評価（S=最上位）", f"{PLAN_SEC2}: 担当部局の自己評価=S")
sel = [no for no, i in INI.items() if i["theme"] == "財政基盤の強化"]
q(["那須塩原市のテーマが財政基盤の強化の取組", "懇話会評価の平均は？"], "initiative", "value",
  round(sum(INI[no]["score"] for no in sel) / len(sel), 2), f"追い質問（平均）: 取組{'・'.join(sel)}",
  f"{PLAN_SEC2}: テーマ=財政基盤の強化 → 懇話会評価の平均")

# --- committee comments ---------------------------------------------------------------------------
q("那須塩原市の懇話会で、ふるさと納税に触れた委員の意見は？", "comment", "set", comm("ふるさと納税"), "意見の語",
  f"{PLAN_SEC2}: 委員の意見に「ふるさと納税」")
q("那須塩原市の報告書で高齢者について意見が出てる取組", "comment", "set", comm("高齢者"), "意見の語",
  f"{PLAN_SEC2}: 委員の意見に「高齢者」")
q("那須塩原の委員意見で、公表するよう求めてるのはどの取組？", "comment", "set", comm("公表"), "意見の語（言い回し）",
  f"{PLAN_SEC2}: 委員の意見に「公表」")
q("那須塩原市で時間外勤務について委員が何か言ってる？", "comment", "set", comm("時間外勤務"), "意見の語",
  f"{PLAN_SEC2}: 委員の意見に「時間外勤務」")

# --- passages (progress sheets) -------------------------------------------------------------------
q("那須塩原市のふるさと納税、令和6年度の寄附額はいくらだった？", "passage", "contains", ["14億6,200万円"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目1 令和6年度 評価の理由")
q(["那須塩原市の保養施設の民間譲渡の進捗状況シート", "令和5年度の課題は何だった？"], "passage", "contains",
  ["応募がなかった"], "追い質問（シートの年度の課題）", f"{PLAN_SHEET} 実践項目9 令和5年度 取組上の課題")
q("那須塩原市の書かない窓口で待ち時間はどれくらい短くなった？", "passage", "contains", ["7分"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目5 令和5年度 評価の理由")
q("那須塩原市のRPA、対象業務はいくつになった？", "passage", "contains", ["58業務"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目13 令和6年度 評価の理由")

# --- joint projects (DOCX, two towns) -------------------------------------------------------------
q("寄居町と小川町の連携事業で実施済みのものは？", "joint_project", "set", joint(lambda j: j["status"] == "実施済"),
  "進捗状況", f"{JOINT_TABLE}: 進捗状況=実施済")
q(["寄居・小川の広域連携事業で今年度やる予定のもの", "何件？"], "joint_project", "count",
  len(joint(lambda j: j["status"] == "令和6年度実施予定")), "追い質問（件数）、今年度=令和6年度",
  f"{JOINT_TABLE}: 進捗状況=令和6年度実施予定")
q("寄居町・小川町の連携事業で小川町が幹事の事業は？", "joint_project", "set", joint(lambda j: j["chair"] == "小川町"),
  "幹事町（部会長の市にあたる）", f"{JOINT_TABLE}: 分科会（幹事町）が（小川町）")
q("寄居町と小川町の連携で、小川町側の担当課が決まってない事業", "joint_project", "set",
  joint(lambda j: j["depts"]["小川町"] == ""), "空欄（否定）", f"{JOINT_TABLE}: 担当課（小川町）が空欄")
q("寄居小川の連携事業、デマンド交通の相互乗入れの小川町の担当課は？", "joint_project", "value",
  JP[4]["depts"]["小川町"], "町ごとの担当課（列順が小川町→寄居町）", f"{JOINT_TABLE}: 番号5 担当課（小川町）列")
q("寄居町・小川町の連携事業で総務分科会のもの", "joint_project", "set", joint(lambda j: j["bun"] == "総務分科会"),
  "分科会", f"{JOINT_TABLE}: 分科会=総務分科会")
q(["寄居町の企画財政課が担当してる寄居町・小川町の連携事業は？", "そのうちまだ検討中なのは？"], "joint_project", "set",
  joint(lambda j: j["depts"]["寄居町"] == "企画財政課" and j["status"] == "検討中"), "追い質問（絞り込み）",
  f"{JOINT_TABLE}: 担当課（寄居町）=企画財政課 かつ 進捗状況=検討中")
q("寄居町・小川町の連携事業で、実施済みじゃないのはいくつある？", "joint_project", "count",
  len(joint(lambda j: j["status"] != "実施済")), "否定の件数", f"{JOINT_TABLE}: 進捗状況≠実施済")

# --- evaluation sheet (PDF) -----------------------------------------------------------------------
q("飯能市の西川材利用促進事業、令和4年度の総事業費は？", "program", "value", D.EVAL_COST["R4"],
  "事業費（円）", f"{EV} 事業費の推移 総事業費 令和4年度")
q("飯能市の西川材の事業で2023年度の一般財源はいくら？", "program", "value", D.EVAL_COST["R5"] - D.EVAL_SPECIAL["R5"],
  "一般財源（西暦 2023=R5）", f"{EV} 事業費の推移 一般財源 令和5年度")
name, unit, vals = D.EVAL_OUTCOME
q("飯能市の評価シートで、令和5年度の公共建築物への西川材使用量の達成率は？", "indicator", "value",
  round(vals["R5"][1] / vals["R5"][0] * 100, 1), "成果指標の達成率", f"{EV} 成果指標 {name} 令和5年度 達成率")
aname, aunit, avals = D.EVAL_ACTIVITY
q("飯能市の西川材利用促進事業で、木材利用補助の交付件数が目標を上回ったのは何年度？", "indicator", "contains",
  [D.EVAL_YEAR_LABELS[i] for i, y in enumerate(D.EVAL_YEARS) if avals[y][1] > avals[y][0]],
  "活動指標（実績>目標の年度）", f"{EV} 活動指標 {aname} 実績>目標")
q(["飯能市の西川材利用促進事業の評価シート", "今後の方向性は？"], "program", "value", D.EVAL_DIRECTION,
  "追い質問（評価欄）", f"{EV} 評価 今後の方向性")

# --- newsletter (TXT) -----------------------------------------------------------------------------
q("大崎市の協働のまちづくり通信で、地域づくり協働事業提案の締切はいつ？", "newsletter", "contains",
  [D.CALL["end"][:10]], "募集の締切", f"{NW} 募集期間")
q("大崎市の地域自治組織リーダー研修、参加者は何人だった？", "newsletter", "contains",
  [f"{D.TRAINING['participants']}人"], "研修報告", f"{NW} 研修報告")
q("大崎市の協働事業、町内会でも申請できる？", "newsletter", "contains", ["5人以上"], "Q&A", f"{NW} Q&A")
q("大崎市のまちづくり通信で紹介されてるモデル事業の実施団体は？", "newsletter", "contains", [D.MODEL["org"]],
  "モデル事業", f"{NW} モデル事業の紹介 実施団体")


def main():
    assert len(Q) == 50, len(Q)
    assert sum(len(x["turns"]) > 1 for x in Q) >= 8
    with OUT.open("w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", OUT)


if __name__ == "__main__":
    main()
