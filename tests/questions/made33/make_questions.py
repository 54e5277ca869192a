"""Write made33/questions.jsonl: 50 holdout questions over the made33 documents.

Every answer is computed from data.py (the same data make_documents.py writes); row lines are
looked up in the text assistant.formats.to_text returns for each document (format conversion only).
"""
import json
from pathlib import Path

from assistant.formats import to_text

from . import data as D
from .make_documents import DOCS, EVAL_FILE, OPINION_FILE, PLAN_FILE, SUBSIDY_FILE

HERE = Path(__file__).resolve().parent
_LINES = {}


def lines(name):
    if name not in _LINES:
        p = DOCS / name
        _LINES[name] = to_text(p.read_bytes(), p.name).text.splitlines()
    return _LINES[name]


def key(name, prefix):
    """name:line of the single line starting with prefix."""
    hits = [i for i, l in enumerate(lines(name), 1) if l.startswith(prefix)]
    assert len(hits) == 1, (name, prefix, hits)
    return f"{name}:{hits[0]}"


# row keys ----------------------------------------------------------------------
def plan_key(r):
    return key(PLAN_FILE, f"{r[0]}\t{r[2]}\t")


def eval_key(r):
    return key(EVAL_FILE, f"{r[0]}\t")


def sub_key(r):
    return key(SUBSIDY_FILE, f"{r[0]}\t{r[1]}\t")


def member_key(m):
    return key(OPINION_FILE, f"{m[0]}\t")


def item_key(num):
    return key(OPINION_FILE, f"{num}　")


PLAN = [dict(zip(("no", "grp", "name", "dept", "ind", "unit", "t4", "a4", "t5", "a5", "t6", "a6", "ev", "done"), r), row=r)
        for r in D.YAIZU_PLAN]
EVAL = [dict(zip(("no", "name", "dept", "cost", "ev1", "ev2", "dir"), r), row=r) for r in D.TOYOOKA_EVAL]
SUB = [dict(zip(("no", "name", "to", "dept", "b6", "b7", "kind", "note"), r), row=r) for r in D.TOYOOKA_SUBSIDY]
LOWER_BETTER = {10, 12}  # notes ※1, ※2 of the plan


def met(p, y):
    t, a = p[f"t{y}"], p[f"a{y}"]
    if t is None or a is None:
        return None
    return a <= t if p["no"] in LOWER_BETTER else a >= t


def by_line(keys):
    return sorted(keys, key=lambda k: int(k.rsplit(":", 1)[1]))


def P(f):
    return by_line(plan_key(p["row"]) for p in PLAN if f(p))


def E(f):
    return by_line(eval_key(e["row"]) for e in EVAL if f(e))


def S(f):
    return by_line(sub_key(s["row"]) for s in SUB if f(s))


def one(rows, f):
    hit = [r for r in rows if f(r)]
    assert len(hit) == 1, hit
    return hit[0]


PD = f"docs/{PLAN_FILE} 表「取組別の目標・実績」"
OD = f"docs/{OPINION_FILE}"
ED = f"docs/{EVAL_FILE} 表(2頁にまたがる)"
SD = f"docs/{SUBSIDY_FILE} シート「見直し結果」"

Q = []


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if expect == "count":
        assert isinstance(answer, int)
    Q.append({"id": f"m33-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def build():
    # ---------------- 焼津市 実施計画 (HTML) ----------------
    p = one(PLAN, lambda p: p["name"] == "電子申請手続の拡充")
    q("焼津市の行革の実施計画で、電子申請手続の拡充って担当課どこだっけ？", "table_row", "contains", [p["dept"]],
      "1件の項目(担当課)", f"{PD}: No.{p['no']} の担当課")
    p = one(PLAN, lambda p: p["name"].startswith("市税等の口座振替"))
    q("焼津市のキャッシュレス納付率、令和6年度の実績はいくつ？", "table_row", "value", p["a6"],
      "1件の項目(年度の実績)", f"{PD}: No.{p['no']} 令和6年度実績")
    q("焼津市の第6次大綱の実施計画で評価がAになってる取組を教えて", "table_row", "set", P(lambda p: p["ev"] == "A"),
      "状態の条件(評価A)", f"{PD}: 評価列がA")
    q("焼津の実施計画、評価Cの取組って何件ある？", "table_row", "count", len(P(lambda p: p["ev"] == "C")),
      "状態の条件で件数", f"{PD}: 評価列がC")
    q("焼津市の実施計画で、もう完了している取組はどれ？", "table_row", "set", P(lambda p: p["ev"] == "完了"),
      "状態の条件(完了)", f"{PD}: 評価列が「完了（…年度）」")
    q("焼津市の行革実施計画で令和5年度に完了した取組は？", "table_row", "set",
      P(lambda p: p["done"] == "R5"), "年度の条件(完了年度)", f"{PD}: 評価「完了（令和5年度）」")
    q(["焼津市の実施計画で人事課が担当の取組を見せて", "そのうち評価がBのは？"], "table_row", "set",
      P(lambda p: p["dept"] == "人事課" and p["ev"] == "B"), "追い質問(課の条件を保持)", f"{PD}: 人事課かつ評価B")
    top3 = sorted(SUB, key=lambda s: -s["b7"])[:3]
    q("豊岡市の補助金で、令和7年度の予算が多い順に3つ並べて", "table_row", "ordered",
      [sub_key(s["row"]) for s in top3], "並べ替え(降順)上位3",
      f"{SD}: 令和7年度予算降順 " + "、".join(f"No.{s['no']} {s['b7']}" for s in top3))
    q("焼津市の実施計画で、2022年度に実績が目標に届かなかった取組はどれ？", "table_row", "set",
      P(lambda p: met(p, 4) is False), "年度の条件+否定(目標未達、※1※2で少ないほど良い指標を考慮)",
      f"{PD}: 令和4年度の実績<目標(No.10,12は実績>目標が未達)")
    q("焼津市の大綱実施計画の「公共施設の最適化」に入ってる取組は？", "table_row", "set",
      P(lambda p: p["grp"].endswith("公共施設の最適化")), "見出し行(基本方針)の下の行",
      f"{PD}: 基本方針「Ⅲ 公共施設の最適化」の行")
    p = one(PLAN, lambda p: p["name"] == "企業版ふるさと納税の活用")
    q("焼津市の企業版ふるさと納税、R4からR6までの寄附の実績を合計するといくら？（千円）", "table_row", "value",
      p["a4"] + p["a5"] + p["a6"], "1行の3年度の合計", f"{PD}: No.{p['no']} 実績 {p['a4']}+{p['a5']}+{p['a6']}")
    p = one(PLAN, lambda p: p["name"] == "電子申請手続の拡充")
    q("焼津市の電子申請対応手続数、令和6年度は目標よりいくつ多かった？", "table_row", "value", p["a6"] - p["t6"],
      "1行の差(実績-目標)", f"{PD}: No.{p['no']} {p['a6']}-{p['t6']}")
    top3 = sorted(EVAL, key=lambda e: -e["cost"])[:3]
    q("豊岡市の事務事業評価で、事業費の大きい順に上位3つ教えて", "table_row", "ordered",
      [eval_key(e["row"]) for e in top3], "並べ替え(降順)上位3、2頁にまたがる表",
      f"{ED}: 事業費降順 " + "、".join(f"{e['no']} {e['cost']}" for e in top3))
    q(["焼津市の実施計画で市民課の取組は？", "じゃあそのうち完了してるのは？"], "table_row", "set",
      P(lambda p: p["dept"] == "市民課" and p["ev"] == "完了"), "追い質問(課+状態)", f"{PD}: 市民課かつ完了")
    p = one(PLAN, lambda p: p["name"].startswith("外部人材"))
    q("焼津市の副業人材の登用、令和6年度の目標は何人？", "table_row", "value", p["t6"],
      "1件の項目(年度の目標)、取組名を略して", f"{PD}: No.{p['no']} 令和6年度目標")
    q(["焼津市の実施計画で外部人材の登用の担当課は？", "その課が担当してる取組を全部出して"], "table_row", "set",
      P(lambda p: p["dept"] == p_dept("外部人材")), "追い質問(答えた課で絞る)", f"{PD}: 担当課=政策企画課")
    q(["焼津市の実施計画でR6の評価がBの取組は？", "じゃあCは？"], "table_row", "set",
      P(lambda p: p["ev"] == "C"), "追い質問(条件の差し替え)", f"{PD}: 評価C")
    # ---------------- 焼津市 意見書 (DOCX) ----------------
    q("焼津市の行革推進委員会の意見書で、デジタル化についてはどんな意見？", "item", "set", [item_key("(2)")],
      "番号付き見出しの項", f"{OD}: 2 個別意見 (2) デジタル化の推進について")
    q("焼津市の意見書で公民館の統廃合に触れてるところ", "item", "set", [item_key("(3)")],
      "本文の語で項を特定", f"{OD}: (3) 公共施設の最適化について の本文に「公民館の統廃合」")
    q("焼津の行革委員会の意見で、副業人材について言ってる意見は？", "item", "set", [item_key("(4)")],
      "本文の語で項を特定", f"{OD}: (4) 人材育成と組織運営について の本文に「副業人材」")
    q("焼津市の意見書の、次の大綱に向けた提言の部分を見せて", "item", "set", [item_key("(5)")],
      "見出しを言い換えて", f"{OD}: (5) 次期大綱の策定に向けて")
    q("焼津市の行政改革推進委員会の委員長って誰？", "passage", "contains", ["杉山 典子"],
      "文書冒頭の差出人/名簿の備考", f"{OD}: 3行目「委員長 杉山 典子」・委員名簿")
    q("焼津市の委員会の意見書の委員名簿で、公募市民の委員は？", "table_row", "set",
      by_line(member_key(m) for m in D.YAIZU_MEMBERS if m[1] == "公募市民"), "改ページ後の名簿表",
      f"{OD}: 委員名簿 選出区分=公募市民")
    q("焼津市の行革推進委員会の委員って何人いる？", "table_row", "count", len(D.YAIZU_MEMBERS),
      "名簿の行数", f"{OD}: 委員名簿 {len(D.YAIZU_MEMBERS)}行")
    n_a = sum(1 for p in PLAN if p["ev"] == "A")
    q("焼津市の意見書の総括的意見だと、R6の目標を達成したのは何項目って書いてある？", "passage", "contains",
      [f"{n_a}項目"], "総括の本文の数", f"{OD}: 1 総括的意見「目標を達成したものは{n_a}項目」(計画の評価Aの数と一致)")
    q("焼津市の行革委員会の意見書っていつ出されたもの？", "passage", "contains", [D.YAIZU_OPINION_DATE],
      "日付", f"{OD}: 1行目")
    q(["焼津市の行革推進委員会の名簿で学識経験者の委員は？", "そのうち委員長じゃない人は？"], "table_row", "set",
      by_line(member_key(m) for m in D.YAIZU_MEMBERS if m[1] == "学識経験者" and m[2] != "委員長"),
      "追い質問+否定", f"{OD}: 委員名簿 学識経験者かつ備考≠委員長")
    # ---------------- 豊岡市 事務事業評価 (PDF) ----------------
    q("豊岡市の事務事業評価で、二次評価がDの事業は？", "table_row", "set", E(lambda e: e["ev2"] == "D"),
      "状態の条件(二次評価D)、2頁目", f"{ED}: 二次評価=D")
    q("豊岡市の令和6年度の事務事業評価、二次評価Aは何事業？", "table_row", "count", len(E(lambda e: e["ev2"] == "A")),
      "状態の条件で件数(両頁)", f"{ED}: 二次評価=A")
    q("豊岡市の事業評価で今後の方向性が「拡充」になった事業を教えて", "table_row", "set",
      E(lambda e: e["dir"] == "拡充"), "方向性の条件", f"{ED}: 今後の方向性=拡充")
    q("豊岡市の事務事業評価で、一次評価と二次評価が違ってる事業は？", "table_row", "set",
      E(lambda e: e["ev1"] != e["ev2"]), "列同士の比較(否定)", f"{ED}: 一次評価≠二次評価")
    top = max(EVAL, key=lambda e: e["cost"])
    q("豊岡市の評価対象の事業で、事業費がいちばん大きいのは？", "table_row", "contains", [top["name"]],
      "最大", f"{ED}: 事業費(千円)最大 {top['no']} {top['cost']}")
    q("豊岡市の事務事業評価で地域振興課の事業費を合計するといくら？", "table_row", "value",
      sum(e["cost"] for e in EVAL if e["dept"] == "地域振興課"), "課の条件で合計(千円)",
      f"{ED}: 所管課=地域振興課の事業費の和")
    q(["豊岡市の事務事業評価で農林水産課の事業は？", "そのうち事業費が2千万円以上のは？"], "table_row", "set",
      E(lambda e: e["dept"] == "農林水産課" and e["cost"] >= 20000), "追い質問+単位換算(千円)",
      f"{ED}: 農林水産課かつ事業費>=20,000千円")
    q("豊岡市の評価結果で、事業費が1,000万円未満の事業は何件？", "table_row", "count",
      len(E(lambda e: e["cost"] < 10000)), "単位換算(千円)の範囲で件数", f"{ED}: 事業費<10,000千円")
    q("豊岡市の事業評価で二次評価がCかDの事業", "table_row", "set", E(lambda e: e["ev2"] in ("C", "D")),
      "状態の条件(2値)", f"{ED}: 二次評価 C/D")
    hk = [e["cost"] for e in EVAL if e["dept"] == "高年介護課"]
    q("豊岡市の事務事業評価で、高年介護課の事業の事業費って平均いくら？", "table_row", "value", sum(hk) / len(hk),
      "課の条件で平均(千円)", f"{ED}: 高年介護課 {hk} の平均")
    q("豊岡市の事務事業評価一覧の事業費の合計は？", "table_row", "value", sum(e["cost"] for e in EVAL),
      "合計(合計行と一致)", f"{ED}: 事業費の和(合計行 401,500千円)")
    e = one(EVAL, lambda e: e["name"] == "公衆無線LAN整備事業")
    q(["豊岡市の公衆無線LANの事業の所管課は？", "その事業の今後の方向性は？"], "table_row", "contains", [e["dir"]],
      "追い質問(同じ行の別列)", f"{ED}: {e['no']} 今後の方向性")
    q(["豊岡市の評価で環境経済課の事業を見せて", "そのうち縮小になったのは？"], "table_row", "set",
      E(lambda e: e["dept"] == "環境経済課" and e["dir"] == "縮小"), "追い質問(課+方向性)",
      f"{ED}: 環境経済課かつ縮小")

    # ---------------- 豊岡市 補助金見直し (XLSX) ----------------
    q("豊岡市の補助金見直しで廃止になった補助金はどれ？", "table_row", "set", S(lambda s: s["kind"] == "廃止"),
      "区分の条件", f"{SD}: 見直し区分=廃止")
    q("豊岡市の補助金等の見直し結果で、減額になったのは何件？", "table_row", "count",
      len(S(lambda s: s["kind"] == "減額")), "区分の条件で件数", f"{SD}: 見直し区分=減額")
    q("豊岡市の補助金見直し一覧で、令和7年度の予算額の合計は？", "table_row", "value",
      sum(s["b7"] for s in SUB), "列の合計(合計行と一致、千円)", f"{SD}: 令和7年度列の和")
    low = min(SUB, key=lambda s: s["b7"] - s["b6"])
    q("豊岡市の補助金でR6からR7にかけていちばん予算が減ったのは？", "table_row", "contains", [low["name"]],
      "差の最小", f"{SD}: 増減列最小 No.{low['no']} {low['b7'] - low['b6']}")
    q(["豊岡市の補助金見直しで増額になった補助金は？", "そのうち建築住宅課のは？"], "table_row", "set",
      S(lambda s: s["kind"] == "増額" and s["dept"] == "建築住宅課"), "追い質問(区分+課)", f"{SD}: 増額かつ建築住宅課")
    q(["豊岡市の補助金で文化振興課が所管してるのは？", "そのうち統合されたのは？"], "table_row", "set",
      S(lambda s: s["dept"] == "文化振興課" and s["kind"] == "統合"), "追い質問(課+区分)", f"{SD}: 文化振興課かつ統合")
    s = one(SUB, lambda s: s["name"] == "空き家改修補助金")
    q("豊岡市の空き家改修の補助金って2025年度の予算いくら？", "table_row", "value", s["b7"],
      "1件の項目(西暦の年度)", f"{SD}: No.{s['no']} 令和7年度")
    q("豊岡市の補助金見直しで、交付先が各自治会になってる補助金は？", "table_row", "set",
      S(lambda s: s["to"] == "各自治会"), "交付先の条件", f"{SD}: 交付先=各自治会")
    q(["豊岡市の補助金見直しで商工労働課の補助金を見せて", "それの令和6年度予算の合計は？"], "table_row", "value",
      sum(s["b6"] for s in SUB if s["dept"] == "商工労働課"), "追い質問+合計(千円)", f"{SD}: 商工労働課の令和6年度の和")
    q("豊岡市の補助金見直しで、見直し区分が継続じゃないものは何件？", "table_row", "count",
      len(S(lambda s: s["kind"] != "継続")), "否定で件数", f"{SD}: 見直し区分≠継続")


def p_dept(prefix):
    return one(PLAN, lambda p: p["name"].startswith(prefix))["dept"]


def main():
    build()
    assert len(Q) == 50, len(Q)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Q), "questions")


if __name__ == "__main__":
    main()
