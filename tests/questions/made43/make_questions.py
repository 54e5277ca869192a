"""Write made43/questions.jsonl: 50 questions whose answers are computed from data.py, the facts the documents are made from."""
from __future__ import annotations

import json
from pathlib import Path

from . import data as D
from .make_documents import CASES_FILE, EVAL_FILE, JOINT_FILE, PLAN_FILE

OUT = Path(__file__).resolve().parent / "questions.jsonl"
YI = {y: i for i, y in enumerate(D.YEARS)}
RANK = D.GRADE_RANK
PLAN_INI = f"docs/{PLAN_FILE} 2 取組項目ごとの評価（取組項目ごとの表: 番号・実践項目・担当課・H29〜R2の達成度（◎○△×）・進捗度・効率性・連携度・創造性・合計・総合評価・取組終了）"
PLAN_SCORE = f"docs/{PLAN_FILE} 2 取組項目ごとの評価（各取組項目の表の下: 担当部署の自己評価・委員会評価・委員の意見）"
PLAN_SHEET = f"docs/{PLAN_FILE} 資料 進捗状況シート（抜粋）"
JOINT_TABLE = f"docs/{JOINT_FILE} 表（進捗状況=既に実施／今年度（R5）に実施予定の二列、部会名称（部会長市）は rowspan、担当課は鳥羽市→伊勢市の順）"
CASE_SRC = f"docs/{CASES_FILE}"
EV = f"docs/{EVAL_FILE} シート「評価シート」"


class P:
    """One practice item with named fields."""

    def __init__(self, row):
        self.code, self.ino, self.title, self.grades, s, self.overall, self.end, self.dept = row
        self.prog, self.eff, self.coll, self.cre = s
        self.total = sum(s)

    def r(self, y):
        return self.grades[YI[y]]

    def rank(self, y):
        return RANK.get(self.r(y))          # None for blank (未着手) and ― (終了後)


PR = [P(r) for r in D.PRACTICES]
INI = {no: dict(name=name, themes=themes, selfg=selfg, score=score, comments=comments)
       for no, name, themes, selfg, score, comments in D.INITIATIVES}
JP = [dict(no=no, item=item, content=content, done=done, plan=plan, bukai=bukai, chair=chair, depts=depts)
      for no, item, content, done, plan, bukai, chair, depts in D.JOINT]


def prac(f):
    return [p.code for p in PR if f(p)]


def by_title(word):
    (p,) = [p for p in PR if word in p.title]
    return p


def comm(word):
    return [no for no, i in INI.items() if any(word in c for c in i["comments"])]


def joint(f):
    return [j["no"] for j in JP if f(j)]


def by_item(word):
    (j,) = [j for j in JP if word in j["item"]]
    return j


def cases(f):
    return [places[0] for head, places, sub, act, eff in D.CASES if f(head, sub, act, eff)]


Q = []


def q(turns, target, expect, answer, why, derivation):
    Q.append(dict(id=f"m43-{len(Q) + 1:03d}", turns=turns if isinstance(turns, list) else [turns], target=target,
                  expect=expect, answer=answer, why=why, derivation=derivation))


# --- practice items (plan report PDF, one table per initiative, ◎○△× per year) ---------------------
q("佐久市の行革プランで平成30年度に◎がついた実践項目は？", "practice", "set", prac(lambda p: p.r("H30") == "◎"),
  "ある年度の達成度（文書独自の◎○△×）", f"{PLAN_INI}: H30=◎（6つの表を通して）")
q("佐久市の実践項目で2019年度に×だったものある？", "practice", "set", prac(lambda p: p.r("R1") == "×"),
  "西暦 2019=令和元年度（表の見出しは「R元」）", f"{PLAN_INI}: R元=×")
q("佐久市で令和2年度の達成度が△以下だった実践項目", "practice", "set", prac(lambda p: p.r("R2") in ("△", "×")),
  "文書の尺度での範囲（△以下=△と×）", f"{PLAN_INI}: R2 が △ または ×")
q("佐久市の実践項目で、平成29年度から令和2年度まで4年間ずっと○以上だったもの", "practice", "set",
  prac(lambda p: all(g in ("◎", "○") for g in p.grades)), "全年度（4年度とも◎か○。―や空欄の年がある項目は含めない）",
  f"{PLAN_INI}: H29・H30・R元・R2 がすべて ◎ または ○")
q("佐久市の行革で令和元年度に終わった実践項目は？", "practice", "set", prac(lambda p: p.end == "R1"),
  "終了年度（「R元」と印字）", f"{PLAN_INI}: 取組終了=R元")
q("佐久市の実践項目で平成30年度で取組終了になったのは何件？", "practice", "count", len(prac(lambda p: p.end == "H30")),
  "件数（終了年度）", f"{PLAN_INI}: 取組終了=H30")
q("佐久市の人事課が担当してる実践項目", "practice", "set", prac(lambda p: "人事課" in p.dept),
  "担当課（共管を含む）", f"{PLAN_INI}: 担当課に人事課を含む")
q("佐久市の実践項目で総合評価がCかDのもの", "practice", "set", prac(lambda p: p.overall in ("C", "D")),
  "総合評価の二値", f"{PLAN_INI}: 総合評価=C または D")
q("佐久市の実践項目で、まだ終わってなくて総合評価がAのもの", "practice", "set",
  prac(lambda p: p.end == "" and p.overall == "A"), "否定（終了していない）と総合評価", f"{PLAN_INI}: 取組終了が空欄 かつ 総合評価=A")
q("佐久市の実践項目で効率性が3点のもの", "practice", "set", prac(lambda p: p.eff == 3),
  "総括の点数（列順が進捗度・効率性・連携度・創造性）", f"{PLAN_INI}: 効率性=3")
q("佐久市の実践項目で合計が10点以上なのは？", "practice", "set", prac(lambda p: p.total >= 10),
  "合計の範囲", f"{PLAN_INI}: 合計>=10")
q("佐久市で合計点がいちばん高い実践項目は？", "practice", "set", prac(lambda p: p.total == max(x.total for x in PR)),
  "最大", f"{PLAN_INI}: 合計の最大")
q("佐久市で平成29年度にはまだ始まってなかった実践項目", "practice", "set", prac(lambda p: p.r("H29") is None),
  "空欄=未着手（凡例）", f"{PLAN_INI}: H29 が空欄")
q("佐久市の実践項目で平成29年度から30年度にかけて評価が上がったもの", "practice", "set",
  prac(lambda p: p.rank("H29") and p.rank("H30") and p.rank("H30") > p.rank("H29")),
  "変化（上がった。◎>○>△>×、H29とH30がともに評価ありの項目）", f"{PLAN_INI}: H29とH30がともに◎○△× かつ H30 が上位")
q("佐久市で令和元年度より令和2年度の方が評価が下がった実践項目は？", "practice", "set",
  prac(lambda p: p.rank("R1") and p.rank("R2") and p.rank("R2") < p.rank("R1")),
  "変化（下がった。◎>○>△>×。R2が「―」（終了後）の項目は含めない）", f"{PLAN_INI}: R元とR2がともに◎○△× かつ R2 が下位")
p = by_title("コンビニ交付")
q("佐久市のコンビニ交付の総合評価は？", "practice", "value", p.overall, "題名を略して言う（証明書のコンビニ交付の拡大）",
  f"{PLAN_INI}: 実践項目{p.code} 総合評価")
p = by_title("小学校")
q("佐久市の小学校の統廃合って進捗度は何点？", "practice", "value", p.prog, "題名で言う", f"{PLAN_INI}: 実践項目{p.code} 進捗度")
q(["佐久市の取組項目3の実践項目を見せて", "その中で総合評価がBのは？"], "practice", "set",
  prac(lambda p: p.ino == "3" and p.overall == "B"), "追い質問（絞り込み）", f"{PLAN_INI}: 取組項目3の表 かつ 総合評価=B")
q(["佐久市の実践項目でH30に△だったのは？", "それって何件？"], "practice", "count",
  len(prac(lambda p: p.r("H30") == "△")), "追い質問（件数）", f"{PLAN_INI}: H30=△")
q(["佐久市の情報政策課の実践項目は？", "もう終了したのはどれ？"], "practice", "set",
  prac(lambda p: "情報政策課" in p.dept and p.end != ""), "追い質問（終了）", f"{PLAN_INI}: 担当課に情報政策課 かつ 取組終了あり")
q("佐久市の民間活力の活用にぶら下がってる実践項目は何件？", "practice", "count", len(prac(lambda p: p.ino == "4")),
  "取組項目を名前で言う（取組項目4）", f"{PLAN_INI}: 取組項目4 民間活力の活用の表（実践項目数：4）")
q("佐久市でH30が◎なのに総合評価はAじゃない実践項目", "practice", "set",
  prac(lambda p: p.r("H30") == "◎" and p.overall != "A"), "否定（総合評価）", f"{PLAN_INI}: H30=◎ かつ 総合評価≠A")
q("佐久市の実践項目で平成30年度も令和元年度も◎だったのは？", "practice", "set",
  prac(lambda p: p.r("H30") == "◎" and p.r("R1") == "◎"), "複数年度", f"{PLAN_INI}: H30=◎ かつ R元=◎")
q(["佐久市の市民課の実践項目は？", "そのうち平成29年度に未着手だったのは？"], "practice", "set",
  prac(lambda p: "市民課" in p.dept and p.r("H29") is None), "追い質問（空欄=未着手）",
  f"{PLAN_INI}: 担当課に市民課 かつ H29 が空欄")

# --- initiatives ----------------------------------------------------------------------------------
q("佐久市の取組項目で委員会評価が4点以上のもの", "initiative", "set",
  [no for no, i in INI.items() if i["score"] >= 4.0], "委員会評価の範囲", f"{PLAN_SCORE}: 委員会評価>=4.0")
q("佐久市の取組項目を委員会の評価が低い順に並べて", "initiative", "ordered",
  sorted(INI, key=lambda no: INI[no]["score"]), "並べ替え（昇順）", f"{PLAN_SCORE}: 委員会評価の昇順")
q("佐久市の公共施設の最適化、委員会の評価は何点だった？", "initiative", "value", INI["3"]["score"],
  "題名で言う", f"{PLAN_SCORE}: 取組項目3 委員会評価（点／5点満点）")
q("佐久市で担当部署の自己評価がAの取組項目", "initiative", "set",
  [no for no, i in INI.items() if i["selfg"] == "A"], "自己評価", f"{PLAN_SCORE}: 担当部署の自己評価（総合）=A")
sel = [no for no, i in INI.items() if "財政" in i["themes"]]
q(["佐久市のテーマに財政が入ってる取組項目", "その委員会評価の平均は？"], "initiative", "value",
  round(sum(INI[no]["score"] for no in sel) / len(sel), 2), f"追い質問（平均）: 取組項目{'・'.join(sel)}",
  f"docs/{PLAN_FILE} 各取組項目の「テーマ：」行に財政 → {PLAN_SCORE} 委員会評価の平均")

# --- committee comments ---------------------------------------------------------------------------
q("佐久市の委員の意見で高齢者に触れてるのは？", "comment", "set", comm("高齢者"), "意見の語（二つの取組項目）",
  f"{PLAN_SCORE}: 委員の意見に「高齢者」")
q("佐久市の最終評価報告書で、ふるさと納税について委員は何て言ってる？", "comment", "set", comm("ふるさと納税"),
  "意見の語", f"{PLAN_SCORE}: 委員の意見に「ふるさと納税」")
q("佐久市で委員が指定管理者について意見してる取組は？", "comment", "set", comm("指定管理者"),
  "意見の語", f"{PLAN_SCORE}: 委員の意見に「指定管理者」")
q("佐久市の委員会の意見で数値目標に触れているのはどの取組？", "comment", "set", comm("数値目標"),
  "意見の語", f"{PLAN_SCORE}: 委員の意見に「数値目標」")

# --- passages (progress sheets) -------------------------------------------------------------------
q("佐久市のふるさと納税、令和2年度の寄附額はいくら？", "passage", "contains", ["5億3,800万円"],
  "進捗状況シートの本文", f"{PLAN_SHEET} 実践項目1 令和2年度 評価の理由")
q(["佐久市のRPAの導入の進捗状況シートを見せて", "削減できた作業時間はどのくらい？"], "passage", "contains", ["約7,200時間"],
  "追い質問（シートの本文）", f"{PLAN_SHEET} 実践項目16 令和2年度 評価の理由")
q("佐久市の給食の民間委託で人件費はどれくらい減ったの？", "passage", "contains", ["約4,100万円"],
  "題名を略して言う（学校給食調理業務の民間委託）", f"{PLAN_SHEET} 実践項目14 令和元年度 評価の理由")
q("佐久市の小学校の統廃合、令和2年度の取組上の課題は何だった？", "passage", "contains", ["通学バス"],
  "進捗状況シートの年度の課題", f"{PLAN_SHEET} 実践項目10 令和2年度 取組上の課題")

# --- joint projects (HTML) ------------------------------------------------------------------------
q("伊勢市と鳥羽市の連携事業で、もう実施してるものは？", "joint_project", "set", joint(lambda j: j["done"] != ""),
  "進捗状況（既に実施の列が空でない）", f"{JOINT_TABLE}: 既に実施 が空欄でない")
q(["伊勢・鳥羽の連携事業で令和5年度に実施予定のもの", "何件ある？"], "joint_project", "count",
  len(joint(lambda j: j["plan"] != "")), "追い質問（件数）。見出しは「今年度（R5）に実施予定」",
  f"{JOINT_TABLE}: 今年度（R5）に実施予定 が空欄でない")
q("伊勢市・鳥羽市の連携事業で鳥羽市が部会長のものは？", "joint_project", "set", joint(lambda j: j["chair"] == "鳥羽市"),
  "部会長の市（rowspan の部会セルは下の行にも掛かる）", f"{JOINT_TABLE}: 部会名称（部会長市）が（鳥羽市）")
j = by_item("図書館")
q("鳥羽市との連携事業で、図書館の相互利用の鳥羽市の担当課はどこ？", "joint_project", "value", j["depts"]["鳥羽市"],
  "市ごとの担当課（列順が鳥羽市→伊勢市）", f"{JOINT_TABLE}: 番号{j['no']} 担当課 鳥羽市 列")
q("伊勢市・鳥羽市の連携事業で伊勢市に担当課がない事業", "joint_project", "set", joint(lambda j: j["depts"]["伊勢市"] == ""),
  "空欄（否定）", f"{JOINT_TABLE}: 担当課 伊勢市 列が空欄")
q("伊勢と鳥羽の連携の観光部会の事業は？", "joint_project", "set", joint(lambda j: j["bukai"] == "観光部会"),
  "部会（rowspan 3行）", f"{JOINT_TABLE}: 部会名称が観光部会（番号1〜3に rowspan）")
q(["伊勢市・鳥羽市の連携事業で総務部会のもの", "そのうち既に実施してるのは？"], "joint_project", "set",
  joint(lambda j: j["bukai"] == "総務部会" and j["done"] != ""), "追い質問（絞り込み）",
  f"{JOINT_TABLE}: 部会名称が総務部会（rowspan 2行） かつ 既に実施 が空欄でない")

# --- case studies (TXT) ---------------------------------------------------------------------------
q("業務改革の取組事例で、窓口のデジタル化をやった自治体はどこ？", "case_study", "set",
  cases(lambda h, s, a, e: h == "窓口業務のデジタル化"), "★見出し", f"{CASE_SRC} ★窓口業務のデジタル化")
q("取組事例集に載ってる公共施設を複合化した事例", "case_study", "set",
  cases(lambda h, s, a, e: h == "公共施設の複合化"), "★見出し", f"{CASE_SRC} ★公共施設の複合化")
q(["業務改革の取組事例の業務の共同処理の事例を見せて", "その中でごみ処理のは？"], "case_study", "set",
  ["斑鳩町", "安堵町"], "追い質問（副題の語）。〈奈良県斑鳩町・安堵町の取組事例：ごみ処理の共同化〉",
  f"{CASE_SRC} ★業務の共同処理 〈…：ごみ処理の共同化〉")

# --- evaluation sheet (XLSX) ----------------------------------------------------------------------
q("牛久市のコミュニティバス運行事業、令和5年度の総事業費は？", "program", "value", D.EVAL_COST["R5"],
  f"事業費（表の単位は{D.EVAL_UNIT}。印字どおりの数で答える）", f"{EV} 事業費の推移（単位：千円） 総事業費 令和5年度決算")
name, unit, vals = D.EVAL_OUTCOME
q("牛久市の事務事業評価シートで、2024年度の利用者数の達成率は？", "indicator", "value",
  round(vals["R6"][1] / vals["R6"][0] * 100, 1), "成果指標の達成率（西暦 2024=令和6年度）", f"{EV} 成果指標 {name} 令和6年度 達成率（%）")
q(["牛久市のコミュニティバスの評価シート", "今後の方向性は？"], "program", "value", D.EVAL_DIRECTION,
  "追い質問（評価欄）", f"{EV} 評価 今後の方向性")


def main():
    assert len(Q) == 50, len(Q)
    with OUT.open("w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", OUT)


if __name__ == "__main__":
    main()
