"""Write made56's questions.jsonl: every answer is computed from data.py, and data.py is checked against
the written documents in docs/ first (run make_documents.py before)."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"
YN = {"R5": "令和5年度", "R6": "令和6年度", "R7": "令和7年度", "R8": "令和8年度"}


# ---------- check data.py against the written files ----------
def check_documents() -> None:
    from docx import Document
    from openpyxl import load_workbook
    doc = Document(DOCS / "shirasagi_plan_shinchoku_hyoka.docx")
    seen = []
    for t in doc.tables:
        for row in t.rows[2:]:
            cells = [c.text for c in row.cells]
            seen.append(cells)
    want = []
    for code, ini, group, name, depts, years, end in D.ITEMS:
        cols = [code, group, name, "・".join(depts)]
        for fy in D.YEARS:
            v = years[fy]
            cols += [v[0], v[1]] if v else ["－", "－"]
        want.append(cols + [end])
    assert seen == want, "plan report tables differ from data.py"
    joint = Document(DOCS / "shirasagi_teijujiritsuken_renkei.docx").tables[0]
    got = [[c.text for c in r.cells] for r in joint.rows[1:]]
    want = [[no, D.FIELDS[f], name, "・".join(("◎" + m) if m == D.CENTER else m for m in mem),
             f"{cost:,}" if cost is not None else "－", st, dept] for no, f, name, mem, cost, st, dept in D.JOINT]
    assert got == want, "joint table differs"
    page = (DOCS / "shirasagi_iinkai_iken.html").read_text(encoding="utf-8")
    for no, body in re.findall(r'<section id="torikumi(\d+)">(.*?)</section>', page, re.S):
        grade = re.search(r"委員会評価：<span>(.*?)</span>", body).group(1)
        ops = re.findall(r"<li>(.*?)</li>", body)
        assert (grade, ops) == D.OPINIONS[int(no)], f"opinions {no} differ"
    ws = load_workbook(DOCS / "shirasagi_jimujigyo_hyoka_07-jo-03.xlsx").active
    rows = {r[1]: r for r in ws.iter_rows(values_only=True) if r[1]}
    S = D.SHEET
    for kind, key in (("活動指標", "activity"), ("成果指標", "outcome")):
        vals = S[key][2]
        assert list(rows[kind][4:10]) == [x for fy in S["years"] for x in vals[fy]], kind
    assert [rows["決算額"][c] for c in (4, 6, 8)] == [S["cost"][fy] for fy in S["years"]]
    assert [rows["うち特定財源"][c] for c in (4, 6, 8)] == [S["special"][fy] for fy in S["years"]]


# ---------- helpers over data ----------
ITEMS = [dict(code=c, ini=i, group=g, name=n, depts=d, years=y, end=e) for c, i, g, n, d, y, e in D.ITEMS]


def grade(it, fy):
    v = it["years"][fy]
    return v[1] if v else None


def plan(it, fy):
    v = it["years"][fy]
    return v[0] if v else None


def codes(pred, items=ITEMS):
    return [it["code"] for it in items if pred(it)]


def end_year(it):
    m = re.match(r"完了\((R\d)\)", it["end"])
    return m.group(1) if m else None


def grades(it):
    return [grade(it, fy) for fy in D.YEARS if grade(it, fy)]


Q: list[dict] = []


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m56-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect, answer=answer,
                  why=why, derivation=derivation))


def build() -> None:
    P = "白鷺市の行財政改革推進プラン"
    # --- practice items: grades per year
    add(f"{P}で令和7年度の実績がaの個別取組は？", "practice", "set",
        codes(lambda it: grade(it, "R7") == "a"), "grade in one year (和暦)", "ITEMS where years[R7] grade == a")
    add("白鷺市の行革プランで2024年度の進捗評価がdだった取組を教えて", "practice", "set",
        codes(lambda it: grade(it, "R6") == "d"), "grade in one year (西暦 2024 = R6)", "years[R6] == d")
    add(f"{P}で一度でもd評価がついた個別取組はどれ？", "practice", "set",
        codes(lambda it: "d" in grades(it)), "grade in any year", "any year grade == d")
    add(f"{P}で令和5年度から令和8年度までの4年間すべての年度で実績がaだった個別取組", "practice", "set",
        codes(lambda it: all(grade(it, fy) == "a" for fy in D.YEARS)),
        "all four years a; items with a 「－」 year do not qualify", "all(years[fy] == a for R5..R8)")
    add("白鷺市のプランで令和7年度までに完了した個別取組はどれですか", "practice", "set",
        codes(lambda it: end_year(it) is not None and end_year(it) <= "R7"),
        "year range on 取組終了 (≤ R7)", "end 完了(Rn) with n ≤ 7")
    add(f"{P}で完了せずに継続となっている個別取組は何件？", "practice", "count",
        len(codes(lambda it: it["end"] == "継続")), "negation of 完了 = 継続", "count end == 継続")
    add(f"{P}で情報政策課が担当している個別取組", "practice", "set",
        codes(lambda it: "情報政策課" in it["depts"]), "department, including a shared cell 人事課・情報政策課",
        "情報政策課 in depts")
    add(f"{P}で人事課の個別取組のうち、まだ終わっていないものは？", "practice", "set",
        codes(lambda it: "人事課" in it["depts"] and it["end"] == "継続"),
        "department + negated end (継続)", "人事課 in depts and end == 継続")

    def down(it):
        a, b = grade(it, "R6"), grade(it, "R7")
        return a and b and D.GRADE_ORDER[b] < D.GRADE_ORDER[a]
    add(f"{P}で令和6年度から令和7年度にかけて評価が下がった個別取組は？", "practice", "set",
        codes(down), "change between years, order a>b>c>d; items without both grades excluded",
        "GRADE_ORDER[R7] < GRADE_ORDER[R6]")
    add(f"{P}で令和5年度の計画が「検討」だった個別取組", "practice", "set",
        codes(lambda it: plan(it, "R5") == "検討"), "the 計画 column, not the grade", "years[R5] plan == 検討")
    add(f"{P}で2023年度には取組がなかった（－）個別取組はどれ？", "practice", "set",
        codes(lambda it: it["years"]["R5"] is None), "「－」 in 2023 = R5", "years[R5] is None")
    c6 = Counter(grade(it, "R6") for it in ITEMS if grade(it, "R6"))
    top, n = c6.most_common(1)[0]
    assert list(c6.values()).count(n) == 1
    add(f"{P}で令和6年度の実績評価でいちばん多かった評価は？", "practice", "value", top,
        "most frequent grade in R6 (a 9, b 8, c 7, d 2)", f"Counter R6 grades = {dict(c6)}")
    add(f"{P}で令和6年度にa評価だった個別取組は何件？", "practice", "count", c6["a"],
        "count of one grade in a year", "count years[R6] == a")
    add([f"{P}の重点取組3の個別取組を見せて", "そのうち完了したものは？"], "practice", "set",
        codes(lambda it: it["ini"] == 3 and it["end"] != "継続"), "2 turns: initiative then 完了",
        "ini == 3 and end startswith 完了")
    add(["白鷺市のプランで協働推進課が担当している個別取組は？", "その中で令和6年度の実績がcのものは？"], "practice", "set",
        codes(lambda it: "協働推進課" in it["depts"] and grade(it, "R6") == "c"), "2 turns: department then grade",
        "協働推進課 and years[R6] == c")
    add([f"{P}で令和7年度の実績がcの個別取組", "担当が財政課のものだけにして"], "practice", "set",
        codes(lambda it: grade(it, "R7") == "c" and "財政課" in it["depts"]), "2 turns: grade then department",
        "years[R7] == c and 財政課")
    add(f"{P}の個別取組12の令和6年度の実績は？", "practice", "value", grade(ITEMS[11], "R6"),
        "one grade of one item", "code 12 years[R6] grade")
    it8 = ITEMS[7]
    add("白鷺市の「書かない窓口の導入」はいつ完了しましたか", "practice", "contains", [end_year(it8)],
        "取組終了 of a named item; R7 must be in the first row", f"{it8['name']} end {it8['end']}")
    add(f"{P}の推進項目「歳出の見直し」に入っている個別取組は？", "practice", "set",
        codes(lambda it: it["group"] == "歳出の見直し"), "the merged 推進項目 cell applies to every row it spans",
        "group == 歳出の見直し")
    add(f"{P}でaの評価を3回以上とった個別取組は？", "practice", "set",
        codes(lambda it: grades(it).count("a") >= 3), "count of a across years ≥ 3", "grades.count(a) >= 3")
    dept_count = Counter(d for it in ITEMS for d in it["depts"])
    (dtop, dn), (_, dn2) = dept_count.most_common(2)
    assert dn > dn2
    add(f"{P}で個別取組をいちばん多く担当している課はどこ？", "practice", "value", dtop,
        "largest department group; a shared cell counts for each department", f"Counter depts = {dict(dept_count)}")
    add(f"{P}で個別取組がいちばん多い担当課は何件？", "practice", "value", dn,
        "size of the largest department group", f"{dtop}: {dn}")
    add(f"{P}の重点取組2のうち、情報政策課以外が担当している個別取組は？", "practice", "set",
        codes(lambda it: it["ini"] == 2 and "情報政策課" not in it["depts"]), "negation of department",
        "ini == 2 and 情報政策課 not in depts")
    add(["白鷺市の個別取組で2025年度にbだったもの", "そのうち令和8年度にaになったのは？"], "practice", "set",
        codes(lambda it: grade(it, "R7") == "b" and grade(it, "R8") == "a"), "2 turns, 西暦 then 和暦",
        "years[R7] == b and years[R8] == a")
    add([f"{P}の重点取組1", "令和8年度の計画が「実施」になっている個別取組は？"], "practice", "set",
        codes(lambda it: it["ini"] == 1 and plan(it, "R8") == "実施"), "2 turns: initiative then 計画 column",
        "ini == 1 and years[R8] plan == 実施")
    # --- initiatives
    add(f"{P}の重点取組はいくつありますか", "initiative", "count", len(D.INITIATIVES), "count of initiatives",
        "len(INITIATIVES)")
    add(f"{P}の重点取組4の名前は？", "initiative", "value", D.INITIATIVES[4][0], "name of initiative 4",
        "INITIATIVES[4]")
    per_ini = Counter(it["ini"] for it in ITEMS)
    itop, _ = per_ini.most_common(1)[0]
    add(f"{P}で個別取組の数がいちばん多い重点取組は？", "initiative", "set", [str(itop)],
        "largest initiative by item count", f"Counter ini = {dict(per_ini)}")
    # --- committee opinions
    add("白鷺市の行財政改革推進委員会の評価が◎だった重点取組は？", "comment", "set",
        [str(n) for n, (g, _) in D.OPINIONS.items() if g == "◎"], "3段階 委員会評価", "OPINIONS grade == ◎")
    add("白鷺市の委員会意見で△の評価を受けた取組はどれ", "comment", "set",
        [str(n) for n, (g, _) in D.OPINIONS.items() if g == "△"], "委員会評価 △", "OPINIONS grade == △")
    add("白鷺市の委員会は公共施設の最適化についてどんな意見を出している？", "comment", "contains",
        ["公民館と図書館分室の複合化は工事の遅れが続いており"], "first opinion of initiative 3",
        "OPINIONS[3][1][0]")
    add(["白鷺市の委員会意見で重点取組4についての意見を見せて", "委員会評価は何だった？"], "comment", "value",
        D.OPINIONS[4][0], "2 turns: initiative then its 委員会評価", "OPINIONS[4][0]")
    rank = {"◎": 3, "○": 2, "△": 1}
    add("白鷺市の委員会評価が○以上だった重点取組", "comment", "set",
        [str(n) for n, (g, _) in D.OPINIONS.items() if rank[g] >= rank["○"]], "ordinal ◎ > ○ > △",
        "grade in {◎, ○}")
    nops = {n: len(o) for n, (_, o) in D.OPINIONS.items()}
    mx = max(nops.values())
    assert list(nops.values()).count(mx) == 1
    add("白鷺市の委員会意見で意見の数がいちばん多い重点取組は？", "comment", "set",
        [str(n) for n, k in nops.items() if k == mx], "most <li> opinions", f"opinion counts {nops}")
    # --- joint projects
    J = [dict(no=a, field=b, name=c, members=d, cost=e, status=f, dept=g) for a, b, c, d, e, f, g in D.JOINT]

    def jcodes(pred, rows=J):
        return [p["no"] for p in rows if pred(p)]
    add("しらさぎ定住自立圏で檜沢村が参加している連携事業は？", "joint_project", "set",
        jcodes(lambda p: "檜沢村" in p["members"]), "member in the 構成市町村 cell", "檜沢村 in members")
    add("しらさぎ定住自立圏の4市町村すべてが参加している連携事業", "joint_project", "set",
        jcodes(lambda p: len(p["members"]) == len(D.MEMBERS)), "all members", "len(members) == 4")
    big = max((p for p in J if p["cost"] is not None), key=lambda p: p["cost"])
    add("しらさぎ定住自立圏の連携事業で令和7年度の事業費がいちばん大きいのは？", "joint_project", "ordered",
        [big["no"]], "largest 事業費; 「－」 ignored", f"max cost = {big['cost']}")
    add("しらさぎ定住自立圏で令和8年度から始まる予定の連携事業は？", "joint_project", "set",
        jcodes(lambda p: p["status"] == "令和8年度開始予定"), "進捗 令和8年度開始予定", "status")
    total = sum(p["cost"] for p in J if p["cost"] is not None)
    add("しらさぎ定住自立圏の連携事業の事業費を合計するといくら？", "joint_project", "value", total,
        "sum in 千円; 「－」 counts as nothing", f"sum = {total}")
    add(["しらさぎ定住自立圏の結び付きやネットワークの強化の連携事業", "そのうち朝霧町が入っているものは？"],
        "joint_project", "set", jcodes(lambda p: p["field"] == "B" and "朝霧町" in p["members"]),
        "2 turns: 政策分野 then member", "field B and 朝霧町 in members")
    add("しらさぎ定住自立圏で楢原町が参加していない連携事業", "joint_project", "set",
        jcodes(lambda p: "楢原町" not in p["members"]), "negation of member", "楢原町 not in members")
    add(["しらさぎ定住自立圏の連携事業で商工観光課が担当のもの", "その事業費の合計は？"], "joint_project", "value",
        sum(p["cost"] for p in J if p["dept"] == "商工観光課"), "2 turns: department then sum",
        "sum cost where dept == 商工観光課")
    add("しらさぎ定住自立圏の圏域マネジメント能力の強化の連携事業は何件？", "joint_project", "count",
        len(jcodes(lambda p: p["field"] == "C")), "count in one 政策分野", "field C")
    # --- evaluation sheet
    S = D.SHEET
    add("白鷺市のオンライン申請推進事業の令和6年度の決算額は？", "program", "value", S["cost"]["R6"],
        "one value in 千円", "SHEET cost R6")
    add("オンライン申請推進事業の評価シートで、成果指標の令和7年度の実績は？", "indicator", "value",
        S["outcome"][2]["R7"][1], "成果指標 オンライン申請利用率 R7 実績", "SHEET outcome R7 actual")
    add(["白鷺市の事務事業評価シート オンライン申請推進事業", "3年間の決算額の合計は？"], "program", "value",
        sum(S["cost"].values()), "2 turns: sheet then sum of three years (千円)", "sum SHEET cost")
    # --- newsletter
    N = D.NEWS
    add(["行革ニュースしらさぎ第9号", "職員提案は何件採用された？"], "newsletter", "contains",
        [f"{N['proposals']['adopted']}件"], "2 turns; the sentence with 採用 must come first", "NEWS adopted")
    add("行革ニュースしらさぎで業務改善リーダー研修はいつ開催された？", "newsletter", "contains",
        ["9月12日"], "date of the training", "NEWS training date")
    add("行革ニュースしらさぎで、書かない窓口はいくつの手続で使えると書いてある？", "newsletter", "contains",
        ["27手続"], "Q&A answer", "NEWS qa[0]")
    add("白鷺市のオンライン申請推進事業の今後の方向性は？", "program", "value", S["direction"],
        "one label-value cell", "SHEET direction")


def main() -> None:
    check_documents()
    build()
    ids = [q["id"] for q in Q]
    assert len(ids) == len(set(ids))
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    c = Counter(q["target"] for q in Q)
    e = Counter(q["expect"] for q in Q)
    print(len(Q), "questions;", dict(c), dict(e), "2-turn:", sum(len(q["turns"]) > 1 for q in Q))


if __name__ == "__main__":
    main()
