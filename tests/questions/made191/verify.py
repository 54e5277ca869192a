"""Recompute every made191 answer from the data in make_documents.py and check questions.jsonl.

python verify.py           check questions.jsonl against the recomputed answers
python verify.py --write   (re)write questions.jsonl from QUESTIONS below
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_documents as d  # noqa: E402

HERE = Path(__file__).resolve().parent
T = d.TRAININGS
TR = d.TR
R3, R4, R5, R6 = d.YEARS
L = d.LEVELS
P = [dict(policy=p[0], code=p[1], name=p[2], dept=p[3], target=p[6], actual=p[7], rate=d.rate(p),
          r4=p[8], r5=p[9], r6=p[10]) for p in d.PRACTICES]
PC = {p["code"]: p for p in P}
O = [dict(no=o[0], member=d.MEMBERS[o[1]], rel=o[2], kind=o[3], text=o[4], ans=o[5]) for o in d.OPINIONS]
GRADE = {"Ａ": 3, "Ｂ": 2, "Ｃ": 1, "－": None}


def codes(rows, key="code"):
    return sorted(str(r[key]) for r in rows)


def unique_max(values):
    values = list(values)
    best = max(values)
    assert values.count(best) == 1, "tie at the top"
    return best


def worse(a, b):  # a strictly worse than b, both graded
    return GRADE[a] is not None and GRADE[b] is not None and GRADE[a] < GRADE[b]


# ---------------------------------------------------------------- table_row: 研修
def q_sat_at_least(year, x):
    return codes([t for t in T if t["sat"][year] is not None and t["sat"][year] >= x])


def q_fewer(y_from, y_to):
    return codes([t for t in T if None not in (t["n"][y_from], t["n"][y_to]) and t["n"][y_to] < t["n"][y_from]])


def q_increasing_all_years():
    out = []
    for t in T:
        v = [t["n"][y] for y in d.YEARS]
        if None not in v and all(a < b for a, b in zip(v, v[1:])):
            out.append(t)
    return codes(out)


def q_never_reached(x):
    return codes([t for t in T if all(s is None or s < x for s in t["sat"].values())])


def q_avg_sat(year):
    v = [t["sat"][year] for t in T]
    assert len(v) == 16
    m = sum(v) / len(v)
    assert abs(m * 1000 - round(m * 1000)) > 1e-6 or round(m * 1000) % 10 != 5, "rounding boundary"
    return round(m, 2)


def q_group_sum(group, year):
    return sum(t["n"][year] for t in T if t["group"] == group)


def q_biggest_increase(y_from, y_to):
    diffs = [t["n"][y_to] - t["n"][y_from] for t in T if None not in (t["n"][y_from], t["n"][y_to])]
    return unique_max(diffs)


def q_range_sum(code, years):
    return sum(TR[code]["n"][y] for y in years)


def q_in_month(year, month):
    return codes([t for t in T if t["date"].year == year and t["date"].month == month])


def q_calendar_year(year):
    return sum(t["date"].year == year for t in T)


def q_after(date, target):
    return codes([t for t in T if t["date"] >= date and t["target"] == target])


def q_doubled(y_from, y_to):
    return sum(1 for t in T if None not in (t["n"][y_from], t["n"][y_to]) and t["n"][y_to] >= 2 * t["n"][y_from])


def q_place_and_sat(place, year, x):
    return codes([t for t in T if t["place"] == place and t["sat"][year] >= x])


def q_dispatch_max():
    per_year = [sum(t["n"][y] for t in T if t["group"] == "派遣研修") for y in d.YEARS]
    return unique_max(per_year)


# ---------------------------------------------------------------- table_row: 職層
def q_levels_with(year, grade):
    return codes([x for x in L if x[year][grade] > 0], "name")


def q_rate_down():
    return codes([x for x in L if x["a6"] < x["a5"]], "name")


def q_most(year, grade):
    unique_max([x[year][grade] for x in L])
    return [max(L, key=lambda x: x[year][grade])["name"]]


def q_sa_over(pct):
    return codes([x for x in L if d.sa_share(x) > pct], "name")


def q_headcount_changed():
    return codes([x for x in L if sum(x["r5"].values()) != sum(x["r6"].values())], "name")


def q_group_grade(group, year, grades):
    return sum(x[year][g] for x in L if x["group"] == group for g in grades)


# ---------------------------------------------------------------- practice / initiative / comment
def q_rate_at_least(x):
    return codes([p for p in P if p["rate"] >= x])


def q_all_years(grade):
    return codes([p for p in P if p["r4"] == p["r5"] == p["r6"] == grade])


def q_never(grade):
    return sum(1 for p in P if grade not in (p["r4"], p["r5"], p["r6"]))


def q_down(a, b):
    return codes([p for p in P if worse(p[b], p[a])])


def q_dept_count(dept):
    return sum(p["dept"] == dept for p in P)


def q_largest_dept():
    depts = {}
    for p in P:
        depts[p["dept"]] = depts.get(p["dept"], 0) + 1
    return unique_max(depts.values())


def q_policy_grade(pol, year, grade):
    return codes([p for p in P if p["policy"] == pol and p[year] == grade])


def q_lowest_rate(n):
    ranked = sorted(P, key=lambda p: p["rate"])
    assert ranked[n - 1]["rate"] != ranked[n]["rate"]
    return [p["code"] for p in ranked[:n]]


def q_dept_grade(dept, year, grade):
    return codes([p for p in P if p["dept"] == dept and p[year] == grade])


def q_init_grade(i, grade):
    return sorted(k for k, v in d.POLICY_EVAL.items() if v[i] == grade)


def q_init_down(a, b):
    return sorted(k for k, v in d.POLICY_EVAL.items() if worse(v[b], v[a]))


def q_op_kind(kind):
    return sorted(str(o["no"]) for o in O if o["kind"] == kind)


def q_op_none():
    return sorted(str(o["no"]) for o in O if o["rel"] is None)


def q_op_member(member):
    return sorted(str(o["no"]) for o in O if o["member"] == member)


def q_op_rel_grade(year, grade):
    return sorted(str(o["no"]) for o in O if o["rel"] and PC[o["rel"]][year] == grade)


def q_op_text(s):
    return sum(s in o["ans"] for o in O)


def q_op_written_dept(dept):
    return sorted(str(o["no"]) for o in O[5:] if o["rel"] and PC[o["rel"]]["dept"] == dept)


def const(v):
    return lambda: v


TR_, PR, IN, CO, PA = "table_row", "practice", "initiative", "comment", "passage"
X = "xlsx 研修別受講実績"
QUESTIONS = [
    ("R6の満足度が4.0以上の研修は？", TR_, "set", "threshold on one year (以上)",
     f"{X}, 満足度 令和６年度 >= 4.0 (小計・合計 rows print 「－」)", lambda: q_sat_at_least(R6, 4.0)),
    ("令和５年度より６年度のほうが受講者が減った研修ってどれ？", TR_, "set", "decrease between years",
     f"{X}, 受講者数 令和６年度 < 令和５年度; 208 (R5 45) grew", lambda: q_fewer(R5, R6)),
    ("R3からR6まで毎年受講者が増え続けてる研修ある？", TR_, "set", "strictly increasing run over 4 years",
     f"{X}, 受講者数 R3<R4<R5<R6; 202/208 have 「－」 (not held) and fail", q_increasing_all_years),
    ("満足度が一度も4.0に届いたことがない研修", TR_, "set", "never over years (未満)",
     f"{X}, every printed 満足度 R3–R6 < 4.0 (「－」 years ignored)", lambda: q_never_reached(4.0)),
    ("令和6年度の研修満足度、全研修の平均っていくつ？", TR_, "value", "average",
     f"{X}, mean of 満足度 令和６年度 over the 16 研修 rows, rounded to 2 places", lambda: q_avg_sat(R6)),
    ("専門研修って2024年度は延べ何人受けた？", TR_, "value", "sum over group, 西暦年度",
     f"{X}, 【専門研修】 受講者数 令和６年度 summed (= 専門研修 小計 row)", lambda: q_group_sum("専門研修", R6)),
    ("前年度からいちばん受講者が増えた研修、何人増えた？", TR_, "value", "size of the largest increase",
     f"{X}, 受講者数 令和６年度 − 令和５年度, max (208 ＤＸ推進研修 45→62)", lambda: q_biggest_increase(R5, R6)),
    ("接偶研修の満足度ってR6だといくつ？", TR_, "value", "typo for 接遇",
     f"{X}, 205 接遇研修, 満足度 令和６年度", lambda: TR["205"]["sat"][R6]),
    (["アカデミー派遣って毎年何人くらい行ってる？", "じゃあ6年度は？"], TR_, "value", "multi-turn short form + year",
     f"{X}, 301 市町村職員中央研修所（市町村アカデミー）派遣研修, 受講者数 令和６年度 (html: ３人)",
     lambda: TR["301"]["n"][R6]),
    ("ハラスメント研修、R4からR6までで受講者は合わせて何人？", TR_, "value", "range sum, short form",
     f"{X}, 206 ハラスメント防止研修, 受講者数 令和４＋５＋６年度", lambda: q_range_sum("206", [R4, R5, R6])),
    ("令和７年３月に実施した研修はどれ？", TR_, "set", "年月 in the fiscal year R6",
     "html 実施日 令和７年３月６日 (xlsx 実施月日 ３月６日 under 令和６年度, ※３ １月～３月は令和７年)",
     lambda: q_in_month(2025, 3)),
    ("令和６年度の研修のうち、2024年中に実施したのは何件？", TR_, "count", "calendar year, not fiscal year",
     "html 実施日 令和６年４月～１２月 (2024); 206/207/302 are 令和７年 (2025) -> 16 − 3",
     lambda: q_calendar_year(2024)),
    (["R6で10月以降にやった研修を教えて", "そのうち対象が全職層のものは？"], TR_, "set", "multi-turn date + field",
     "html 実施日 >= 令和６年１０月１日 (102, 203, 208, 206, 207, 302), 対象職層 全職層",
     lambda: q_after(dt.date(2024, 10, 1), "全職層")),
    ("令和６年度に受講者が前年度の倍以上に増えた研修って何件？", TR_, "count", "zero count",
     f"{X}, 受講者数 令和６年度 >= 2 × 令和５年度: none (largest 208 45→62) -> 0", lambda: q_doubled(R5, R6)),
    ("市民会館でやった研修で、R6の満足度が4.0以上のもの", TR_, "set", "join html 会場 + xlsx 満足度 by 研修番号",
     "html 会場 栂ヶ丘市民会館 (103, 202, 205, 206) joined with xlsx 満足度 令和６年度 >= 4.0",
     lambda: q_place_and_sat("栂ヶ丘市民会館", R6, 4.0)),
    ("令和6年度、Ｄ評価がついた職層は？", TR_, "set", "non-zero cell",
     "xlsx 職層別評価区分, 令和６年度 Ｄ > 0 (pdf 表１ prints 「－」 for 0); 小計/合計 rows excluded",
     lambda: q_levels_with("r6", "Ｄ")),
    ("平均目標達成率が前の年より下がった職層", TR_, "set", "decrease between years",
     "xlsx 職層別評価区分, 平均目標達成率 令和６年度 < 令和５年度", q_rate_down),
    ("R6でＳ評価の人数がいちばん多い職層は？", TR_, "set", "argmax",
     "xlsx 職層別評価区分 / pdf 表１, Ｓ 令和６年度 max (主任級 10; 合計/小計 excluded)", lambda: q_most("r6", "Ｓ")),
    ("R6でSとAを合わせた割合が5割を超えてる職層ってどこ？", TR_, "set", "share threshold",
     "pdf 表１ Ｓ・Ａの割合（％） 令和６年度 > 50 (also docx 意見３ nested table); 合計 36.5 excluded",
     lambda: q_sa_over(50)),
    ("係長級の評価の内訳、R6でＢは何人いた？", TR_, "value", "内訳 cell",
     "xlsx 職層別評価区分 / pdf 表１, 係長級 令和６年度 Ｂ", lambda: d.LV["係長級"]["r6"]["Ｂ"]),
    (["令和６年度の管理監督職の評価分布", "その中でＣ評価は合計何人？"], TR_, "value", "multi-turn group sum",
     "xlsx 【管理監督職】 部長級・課長級・課長補佐級, 令和６年度 Ｃ summed (0+1+2, = 小計 row)",
     lambda: q_group_grade("管理監督職", "r6", ["Ｃ"])),
    ("R5とR6で評価対象の人数が変わった職層", TR_, "set", "row total compare",
     "xlsx 職層別評価区分, 計 令和５年度 ≠ 令和６年度 (係長級 96→98, 主事級 243→252)", q_headcount_changed),
    ("部長級でＣ以下だった人、６年度は何人？", TR_, "value", "zero value",
     "xlsx 部長級 令和６年度 Ｃ 0 + Ｄ 0 (pdf 表１ 「－」) -> 0", lambda: d.LV["部長級"]["r6"]["Ｃ"] + d.LV["部長級"]["r6"]["Ｄ"]),
    (["人事評価の苦情相談の件数の推移を知りたい", "2023年度は何件？"], TR_, "value", "multi-turn 西暦年度",
     "pdf 表２ 計 令和５年度 (= FY2023); also html 人事評価の実施状況 and txt 【苦情相談の状況】 前年度１２件",
     lambda: d.COMPLAINT_TOTAL[R5]),
    ("人事評価の対象職員、令和3年度は何人だった？", TR_, "value", "web-only year",
     "html 人事評価の実施状況 table, 令和３年度 対象職員数 (R3/R4 only on the web page)", lambda: d.EVAL_STAFF[R3]),
    ("R6で達成率100%以上の取組", PR, "set", "threshold (以上)",
     "pdf 表３ 達成率（％） >= 100.0", lambda: q_rate_at_least(100)),
    ("3年連続でＡ評価の取組は？", PR, "set", "連続 over all years",
     "pdf 表３ 評価 ４年度・５年度・６年度 all Ａ", lambda: q_all_years("Ａ")),
    ("一度もＡをとってない取組っていくつある？", PR, "count", "negation over years",
     "pdf 表３, no Ａ in ４～６年度 (「－」 = 未着手, not Ａ)", lambda: q_never("Ａ")),
    ("５年度から６年度で評価が下がった取組", PR, "set", "grade decrease",
     "pdf 表３, Ａ>Ｂ>Ｃ, ６年度 worse than ５年度", lambda: q_down("r5", "r6")),
    (["職員課が担当してる取組は？", "何件？"], PR, "count", "multi-turn count by section",
     "pdf 表３ 担当課 = 職員課 (2-3, 2-5, 3-1, 3-2)", lambda: q_dept_count("職員課")),
    ("取組をいちばん多く持ってる課は何件？", PR, "value", "size of the largest group",
     "pdf 表３ group by 担当課; 人事課 has the most", q_largest_dept),
    (["基本方針２の取組を一覧で", "そのうち令和６年度がＣのもの"], PR, "set", "multi-turn group + grade",
     "pdf 表３ 基本方針２ group, ６年度 = Ｃ", lambda: q_policy_grade("2", "r6", "Ｃ")),
    ("達成率が低い順に３つ挙げて", PR, "ordered", "bottom 3 ordered",
     "pdf 表３ 達成率 ascending: 3-3 0.0, 2-3 50.0, 1-3 66.7", lambda: q_lowest_rate(3)),
    ("情報政策課の取組で、R6にＡだったのは？", PR, "set", "section + grade",
     "pdf 表３ 担当課 情報政策課 (1-2, 1-5), ６年度 = Ａ", lambda: q_dept_grade("情報政策課", "r6", "Ａ")),
    ("令和６年度にＡ評価だった基本方針は？", IN, "set", "grade in a year",
     "txt 【基本方針別の評価】 令和６年度Ａ", lambda: q_init_grade(2, "Ａ")),
    ("R6で前年度より評価が下がった方針は？", IN, "set", "decrease",
     "txt 【基本方針別の評価】, 令和６年度 worse than 令和５年度 (基本方針２ Ｂ→Ｃ)", lambda: q_init_down(1, 2)),
    (["基本方針ごとの評価を見せて", "R4にＣだったのは？"], IN, "set", "multi-turn empty answer",
     "txt 【基本方針別の評価】 令和４年度 = Ｂ, Ａ, Ｂ: no Ｃ -> empty", lambda: q_init_grade(0, "Ｃ")),
    ("委員意見のうち「指摘」のものは？", CO, "set", "category",
     "docx ２ 委員意見, 〔指摘〕 (table rows １–５ and paragraphs ⑥–⑩)", lambda: q_op_kind("指摘")),
    ("どの取組にも関係しない意見ってどれ？", CO, "set", "not-applicable field",
     "docx 関連取組 「－」 (table) / 「なし」 (paragraph)", q_op_none),
    ("職員団体代表の委員が出した意見", CO, "set", "field match",
     "docx 委員 column / paragraph heading 職員団体代表", lambda: q_op_member("職員団体代表")),
    ("６年度の評価がＣになってる取組についての委員意見は？", CO, "set", "cross-document join by 取組番号",
     "docx 関連取組 joined with pdf 表３ ６年度 = Ｃ (1-3, 2-3, 2-4, 3-3)", lambda: q_op_rel_grade("r6", "Ｃ")),
    ("事務局が「検討します」って答えた意見は何件？", CO, "count", "text contains count",
     "docx 事務局の考え方 / （事務局） contains the literal 「検討します」", lambda: q_op_text("検討します")),
    (["会議のあとに書面で出された意見を見せて", "その中で職員課が担当の取組に関するものは？"], CO, "set",
     "multi-turn group + join", "docx ⑥–⑩ (会議後に書面で提出), 関連取組 joined with pdf 表３ 担当課 = 職員課",
     lambda: q_op_written_dept("職員課")),
    ("職員アンケートの回答率は？", PA, "contains", "prose figure",
     "docx １ 職員アンケート (７１．４％)", const(["71.4%"])),
    ("アンケートの自由記述で、人事評価についての意見は何件あった？", PA, "contains", "bullet list figure",
     "docx １ 自由記述 内訳 (List Bullet)", const(["63件"])),
    ("苦情相談制度を知ってる職員ってどのくらい？", PA, "contains", "prose figure",
     "docx １ prose (５８．６％); also pdf 表３ 2-4 実績値", const(["58.6%"])),
    ("研修費って令和6年度はいくら使った？", PA, "contains", "txt bullet figure",
     "txt 【研修の状況】 研修費 ８，４２０千円", const(["8,420千円"])),
    ("キャリアデザイン研修はいつ実施する予定？", PA, "contains", "plan date",
     "txt 【今後の予定】 (also pdf 第３章, docx ⑩)", const(["令和7年9月"])),
    ("評価に不服があるとき、結果が出てからいつまでに相談すればいい？", PA, "contains", "web note / txt bullet",
     "html ※ and txt 【苦情相談の状況】: 評価結果の開示から２週間以内", const(["2週間以内"])),
    ("ｅラーニングの満足度って何点だった？", PA, "contains", "not in the documents: closest fact",
     "No document gives a satisfaction score for ｅラーニング (it has no row in xlsx 研修別受講実績); the closest fact "
     "is its R6 受講者数 (txt 【研修の状況】 ２４６人; pdf 表３ 1-2 実績値 ２４６)", const(["246人"])),
]


def build():
    out = []
    for i, (turns, target, expect, why, derivation, fn) in enumerate(QUESTIONS, 1):
        turns = [turns] if isinstance(turns, str) else turns
        out.append({"id": f"m191-{i:03d}", "turns": turns, "target": target, "expect": expect, "answer": fn(),
                    "why": why, "derivation": derivation})
    return out


def doc_text() -> str:
    texts = []
    for p in (HERE / "docs").iterdir():
        if p.suffix in (".txt", ".html"):
            texts.append(p.read_text(encoding="utf-8"))
    from docx import Document
    doc = Document(next((HERE / "docs").glob("*.docx")))
    texts.append("\n".join(x.text for x in doc.paragraphs))
    texts.append("\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells))
    return "".join(unicodedata.normalize("NFKC", "\n".join(texts)).split())


def main():
    built = build()
    path = HERE / "questions.jsonl"
    if "--write" in sys.argv:
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in built), encoding="utf-8")
    have = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(have) == 50 == len(built), (len(have), len(built))
    bad = 0
    for q, b in zip(have, built):
        want, got = b["answer"], q["answer"]
        same = sorted(map(str, want)) == sorted(map(str, got)) if q["expect"] == "set" else want == got
        if not same or q["turns"] != b["turns"] or q["id"] != b["id"] or q["expect"] != b["expect"]:
            bad += 1
            print("MISMATCH", q["id"], got, want)
    flat = doc_text()
    for q in have:
        if q["expect"] == "contains":
            for s in q["answer"]:
                if s not in flat:
                    bad += 1
                    print("NOT IN DOCS", q["id"], s)
    # facts the questions rely on, as printed
    assert "２４６人" in (HERE / "docs" / "人事評価制度検討委員会 検討経過.txt").read_text(encoding="utf-8")
    assert "満足度" not in "".join(t["name"] for t in d.TRAININGS if "ｅラーニング" in t["name"])
    assert not any("ｅラーニング" in t["name"] for t in d.TRAININGS)
    html = next((HERE / "docs").glob("*.html")).read_text(encoding="utf-8")
    assert "令和７年３月６日" in html and "令和６年１２月１２日" in html
    counts = {}
    for q in have:
        counts[q["target"]] = counts.get(q["target"], 0) + 1
    print("targets", counts, "multi-turn", sum(len(q["turns"]) > 1 for q in have),
          "expect", {e: sum(q["expect"] == e for q in have) for e in ("set", "count", "value", "ordered", "contains")})
    empties = [q["id"] for q in have if q["answer"] in ([], 0)]
    print("empty/zero", empties)
    print("FAIL" if bad else "OK", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
