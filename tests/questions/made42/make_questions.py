"""Write made42/questions.jsonl: 50 questions whose answers are computed from data.py, the facts the documents are made from."""
from __future__ import annotations

import json
from pathlib import Path

from . import data as D
from .make_documents import CASES_FILE, EVAL_FILE, JOINT_FILE, NEWS_FILE, PLAN_FILE

OUT = Path(__file__).resolve().parent / "questions.jsonl"
YI = {y: i for i, y in enumerate(D.YEARS)}
PLAN_TABLE = f"docs/{PLAN_FILE} 1 実践項目の評価一覧（年度列が先頭、次に番号・実践項目・担当課）"
PLAN_SEC2 = f"docs/{PLAN_FILE} 2 取組項目ごとの評価と委員会の意見"
PLAN_SHEET = f"docs/{PLAN_FILE} 参考 進捗状況シート（令和4年度）"
JOINT_SHEET = f"docs/{JOINT_FILE} シート「連携事業」"


class P:
    """One practice item with named fields."""

    def __init__(self, row):
        self.code, self.ino, self.title, self.grades, s, self.overall, self.end, self.dept = row
        self.prog, self.coll, self.eff, self.cre = s
        self.total = sum(s)

    def r(self, y):
        return self.grades[YI[y]]


PR = [P(r) for r in D.PRACTICES]
INI = {no: dict(name=name, themes=themes, selfg=selfg, score=score, comments=comments)
       for no, name, themes, selfg, score, comments in D.INITIATIVES}
JP = [dict(no=no, item=item, content=content, status=status, bukai=bukai, chair=chair, depts=depts)
      for no, item, content, status, bukai, chair, depts in D.JOINT]


def prac(f):
    return [p.code for p in PR if f(p)]


def by_title(word):
    (p,) = [p for p in PR if word in p.title]
    return p


def comm(word):
    return [no for no, i in INI.items() if any(word in c for c in i["comments"])]


def joint(f):
    return [j["no"] for j in JP if f(j)]


def cases(f):
    out = []
    for head, places, act, eff in D.CASES:
        if f(head, act, eff):
            out.append(places[0] if len(places) == 1 else [p for p in places if p.endswith(("市", "町", "村"))][0])
    return out


Q = []


def q(turns, target, expect, answer, why, derivation):
    Q.append(dict(id=f"m42-{len(Q) + 1:03d}", turns=turns if isinstance(turns, list) else [turns], target=target,
                  expect=expect, answer=answer, why=why, derivation=derivation))


# --- practice items (plan report, DOCX, year columns first) ---------------------------------------
q("安曇野市の実践項目でR3にA評価だったのは？", "practice", "set", prac(lambda p: p.r("R3") == "A"),
  "ある年度の評価（年度列が表の先頭）", f"{PLAN_TABLE}: 令和3年度=A")
q("安曇野市で令和2年度はCだったのに令和3年度にBに上がった実践項目ってある？", "practice", "set",
  prac(lambda p: p.r("R2") == "C" and p.r("R3") == "B"), "二つの年度の評価", f"{PLAN_TABLE}: 令和2年度=C かつ 令和3年度=B")
q("安曇野市の行革プランで2021年度に終わった実践項目は？", "practice", "set", prac(lambda p: p.end == "R3"),
  "終了年度（西暦 2021=R3）", f"{PLAN_TABLE}: 取組終了=令和3年度")
q("安曇野市の職員課がやってる実践項目", "practice", "set", prac(lambda p: "職員課" in p.dept),
  "担当課（二課の共管を含む）", f"{PLAN_TABLE}: 担当課に職員課を含む")
q("安曇野市で総合評価がCの実践項目は何件？", "practice", "count", len(prac(lambda p: p.overall == "C")),
  "件数", f"{PLAN_TABLE}: 総合評価=C")
q("安曇野市の実践項目で、まだ終わってなくて総合評価がAのもの", "practice", "set",
  prac(lambda p: p.end == "" and p.overall == "A"), "否定（終了していない）と総合評価", f"{PLAN_TABLE}: 取組終了が空欄 かつ 総合評価=A")
q("安曇野の実践項目で連携度が3のもの", "practice", "set", prac(lambda p: p.coll == 3),
  "総括の点数", f"{PLAN_TABLE}: 連携度=3")
q("安曇野市の実践項目で合計点が10点以上のは？", "practice", "set", prac(lambda p: p.total >= 10),
  "合計の範囲", f"{PLAN_TABLE}: 合計>=10")
q("安曇野市の実践項目で令和元年度から4年度までずっとAだったもの", "practice", "set",
  prac(lambda p: all(g == "A" for g in p.grades)), "全年度の評価", f"{PLAN_TABLE}: 令和元〜4年度すべてA")
q("安曇野市で令和元年度にはまだ始まってなかった実践項目", "practice", "set", prac(lambda p: p.r("R1") is None),
  "空欄=未着手（N番号の新規項目）", f"{PLAN_TABLE}: 令和元年度列が空欄")
q("安曇野市の情報政策課の実践項目で、もう終了したのは？", "practice", "set",
  prac(lambda p: "情報政策課" in p.dept and p.end != ""), "担当課と終了", f"{PLAN_TABLE}: 担当課に情報政策課 かつ 取組終了あり")
q(["安曇野市の取組項目3の実践項目を出して", "そのうち総合評価がCのは？"], "practice", "set",
  prac(lambda p: p.ino == "3" and p.overall == "C"), "追い質問（絞り込み）",
  f"{PLAN_TABLE} と {PLAN_SEC2}: 取組項目3 かつ 総合評価=C")
q(["安曇野市の実践項目でR4にBだったのは？", "それって何件？"], "practice", "count",
  len(prac(lambda p: p.r("R4") == "B")), "追い質問（件数）", f"{PLAN_TABLE}: 令和4年度=B")
q("安曇野市で合計点がいちばん低い実践項目はどれ？", "practice", "set",
  prac(lambda p: p.total == min(x.total for x in PR)), "最小", f"{PLAN_TABLE}: 合計の最小")
p = by_title("RPA")
q("安曇野市のRPAの活用、総合評価は？", "practice", "value", p.overall, "題名を略して言う", f"{PLAN_TABLE}: 実践項目{p.code} 総合評価")
p = by_title("温浴施設")
q("安曇野市の温浴施設の廃止って進捗度は何点だった？", "practice", "value", p.prog, "題名を略して言う",
  f"{PLAN_TABLE}: 実践項目{p.code} 進捗度")
q("安曇野市で令和3年度から令和4年度に評価が上がった実践項目", "practice", "set",
  prac(lambda p: p.r("R3") in ("A", "B", "C") and p.r("R4") in ("A", "B", "C") and p.r("R4") < p.r("R3")),
  "変化（上がった）。R4が「-」（終了後）の項目は含めない", f"{PLAN_TABLE}: 令和3年度と令和4年度がともに評価あり かつ 令和4年度が上位")
q("安曇野市でR2がAで、総合評価はBじゃない実践項目", "practice", "set",
  prac(lambda p: p.r("R2") == "A" and p.overall != "B"), "否定（総合評価）", f"{PLAN_TABLE}: 令和2年度=A かつ 総合評価≠B")
q(["安曇野市の市民課の実践項目は？", "その中で令和元年度に着手してなかったのは？"], "practice", "set",
  prac(lambda p: "市民課" in p.dept and p.r("R1") is None), "追い質問（空欄=未着手）",
  f"{PLAN_TABLE}: 担当課に市民課 かつ 令和元年度が空欄")
q("安曇野市の実践項目で効率性が1のはいくつ？", "practice", "count", len(prac(lambda p: p.eff == 1)),
  "件数（総括の点数）", f"{PLAN_TABLE}: 効率性=1")
q("安曇野市の取組項目5にぶら下がってる実践項目は何件？", "practice", "count", len(prac(lambda p: p.ino == "5")),
  "取組項目ごとの件数", f"{PLAN_SEC2}: 取組項目5 実践項目数（一覧の番号13〜15）")

# --- initiatives ----------------------------------------------------------------------------------
q("安曇野市の取組項目で委員会評価が3.5以上のもの", "initiative", "set",
  [no for no, i in INI.items() if i["score"] >= 3.5], "委員会評価の範囲", f"{PLAN_SEC2}: 委員会評価>=3.5")
q("安曇野市の取組項目を委員会評価の高い順に並べて", "initiative", "ordered",
  sorted(INI, key=lambda no: -INI[no]["score"]), "並べ替え", f"{PLAN_SEC2}: 委員会評価の降順")
q("安曇野市の公共施設の適正配置、委員会の評価点は？", "initiative", "value", INI["3"]["score"],
  "題名で言う", f"{PLAN_SEC2}: 取組項目3 委員会評価")
q("安曇野市で所管課の自己評価がBの取組項目", "initiative", "set",
  [no for no, i in INI.items() if i["selfg"] == "B"], "自己評価", f"{PLAN_SEC2}: 自己評価=B")
sel = [no for no, i in INI.items() if "市民サービス" in i["themes"]]
q(["安曇野市のテーマが市民サービスの取組項目", "委員会評価の平均は？"], "initiative", "value",
  round(sum(INI[no]["score"] for no in sel) / len(sel), 2), f"追い質問（平均）: 取組項目{'・'.join(sel)}",
  f"{PLAN_SEC2}: テーマに市民サービス → 委員会評価の平均")

# --- committee comments ---------------------------------------------------------------------------
q("安曇野市の委員の意見で高齢者に触れてるのは？", "comment", "set", comm("高齢者"), "意見の語",
  f"{PLAN_SEC2}: 委員の意見に「高齢者」")
q("安曇野の意見書で、ふるさと寄附について委員が何か言ってる？", "comment", "set", comm("ふるさと寄附"),
  "意見の語", f"{PLAN_SEC2}: 委員の意見に「ふるさと寄附」")
q("安曇野市で委員が指定管理者について意見を出してる取組は？", "comment", "set", comm("指定管理者"),
  "意見の語", f"{PLAN_SEC2}: 委員の意見に「指定管理者」")
q("安曇野市の委員会意見で、数値で示すよう求めているのはどの取組？", "comment", "set", comm("数値で示"),
  "意見の語（言い回し）", f"{PLAN_SEC2}: 委員の意見に「数値で示」")

# --- passages (progress sheets) -------------------------------------------------------------------
q("安曇野市のふるさと寄附、令和4年度の寄附額はいくらになった？", "passage", "contains", ["18億2,300万円"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目2 令和4年度 評価の理由")
q(["安曇野市の温浴施設の廃止・譲渡の進捗状況シートを見せて", "令和4年度の取組上の課題は？"], "passage", "contains",
  ["約3,400筆"], "追い質問（シートの年度の課題）", f"{PLAN_SHEET} 実践項目7 令和4年度 取組上の課題")
q("安曇野市のRPAで年間どれくらい作業時間が減ったの？", "passage", "contains", ["約5,100時間"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目14 令和4年度 評価の理由")
q("安曇野市の公民館分館、地元に何館譲渡した？", "passage", "contains", ["9館"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目9 令和3年度 評価の理由")

# --- joint projects (XLSX, three cities) ----------------------------------------------------------
q("弘前・黒石・平川の連携事業で、もう実施済みのものは？", "joint_project", "set",
  joint(lambda j: j["status"] == "実施済"), "進捗状況", f"{JOINT_SHEET}: 進捗状況=実施済")
q(["弘前市と黒石市と平川市の連携事業で今年度実施予定なのは？", "何件ある？"], "joint_project", "count",
  len(joint(lambda j: j["status"] == "令和2年度実施予定")), "追い質問（件数）、今年度=令和2年度",
  f"{JOINT_SHEET}: 進捗状況=令和2年度実施予定")
q("3市の連携事業（弘前・黒石・平川）で黒石市が部会長の事業は？", "joint_project", "set",
  joint(lambda j: j["chair"] == "黒石市"), "部会長の市", f"{JOINT_SHEET}: 部会名（部会長市）が（黒石市）")
q("弘前・黒石・平川の連携事業、りんごの共同PRの平川市の担当課は？", "joint_project", "value",
  JP[3]["depts"]["平川市"], "市ごとの担当課（列順が平川市→弘前市→黒石市）", f"{JOINT_SHEET}: 番号4 担当課（平川市）列")
q("弘前市・黒石市・平川市の連携事業で、黒石市に担当課がない事業はどれ？", "joint_project", "set",
  joint(lambda j: j["depts"]["黒石市"] == ""), "空欄（否定）", f"{JOINT_SHEET}: 担当課（黒石市）が空欄")
q("弘前・黒石・平川の連携で消防部会の事業", "joint_project", "set", joint(lambda j: j["bukai"] == "消防部会"),
  "部会", f"{JOINT_SHEET}: 部会名が消防部会")
q(["弘前市・黒石市・平川市の連携事業で総務部会のもの", "そのうち実施済みは？"], "joint_project", "set",
  joint(lambda j: j["bukai"] == "総務部会" and j["status"] == "実施済"), "追い質問（絞り込み）",
  f"{JOINT_SHEET}: 部会名が総務部会 かつ 進捗状況=実施済")

# --- case studies (DOCX) --------------------------------------------------------------------------
CASE_SRC = f"docs/{CASES_FILE}"
q("事例集で窓口業務を民間委託した自治体はどこ？", "case_study", "set", cases(lambda h, a, e: h == "窓口業務の民間委託"),
  "★見出し", f"{CASE_SRC} ★窓口業務の民間委託")
q("行政改革の取組事例集に載ってるAIやRPAを使った事例", "case_study", "set", cases(lambda h, a, e: h == "AI・RPAの活用"),
  "★見出し", f"{CASE_SRC} ★AI・RPAの活用")
q(["取組事例集の公共施設の集約化の事例", "その中で来館者が増えたのは？"], "case_study", "set",
  cases(lambda h, a, e: h == "公共施設の集約化" and "来館者" in e), "追い質問（【効果】の語）",
  f"{CASE_SRC} ★公共施設の集約化 【効果】に来館者")

# --- evaluation sheet (HTML) ----------------------------------------------------------------------
EV = f"docs/{EVAL_FILE}"
q("鹿沼市の県西地域広域連携推進事業、令和3年度の総事業費は？", "program", "value", D.EVAL_COST["R3"],
  "事業費（円）", f"{EV} 事業費の推移 総事業費 令和3年度")
name, unit, vals = D.EVAL_OUTCOME
q("鹿沼市の事務事業評価シートで、2020年度の広域観光ルート利用者数の達成率は？", "indicator", "value",
  round(vals["R2"][1] / vals["R2"][0] * 100, 1), "成果指標の達成率（西暦 2020=R2）", f"{EV} 成果指標 {name} 令和2年度 達成率")
q(["鹿沼市の県西地域広域連携推進事業の評価シート", "今後の方向性は？"], "program", "value", D.EVAL_DIRECTION,
  "追い質問（評価欄）", f"{EV} 評価 今後の方向性")

# --- newsletter (PDF) -----------------------------------------------------------------------------
NW = f"docs/{NEWS_FILE}"
q("松江市の市民協働だよりで、協働パートナー事業提案の募集はいつまで？", "newsletter", "contains", [D.CALL["end"][:10]],
  "募集の締切", f"{NW} 募集期間")
q("松江市の市民協働だより Vol.12、ファシリテーター研修には何人参加した？", "newsletter", "contains",
  [f"{D.TRAINING['participants']}人"], "研修報告", f"{NW} 研修報告")
q("松江市の協働事業の提案って個人でもできるの？", "newsletter", "contains", ["3人以上"], "Q&A", f"{NW} Q&A")


def main():
    assert len(Q) == 50, len(Q)
    with OUT.open("w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", OUT)


if __name__ == "__main__":
    main()
