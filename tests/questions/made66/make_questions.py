"""Compute every answer of the made66 holdout from data.py and write questions.jsonl."""
import json
from pathlib import Path

try:
    from . import data as D
except ImportError:
    import data as D

Q = []
I = D.ITEMS
Y = D.YEARS
R = D.RANK
PLAN = "xlsx 01 plan report"


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m66-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def codes(pred):
    return [i["code"] for i in I if pred(i)]


def g(i, y):
    return i["grades"][y]


def item(code):
    return next(i for i in I if i["code"] == code)


def one(xs):
    assert len(xs) == 1, xs
    return xs[0]


# ---------------- practice (plan report, xlsx) ----------------
add("朝霧野市の行革計画で、R10に◎だった取組どれ？", "practice", "set",
    codes(lambda i: g(i, "R10") == "◎"), "grade in one year (sheet R10)", f"{PLAN}, sheet R10, 評価 ◎")
add("令和9年度の評価が×の取組って何件ありました？", "practice", "count",
    len(codes(lambda i: g(i, "R9") == "×")), "count of a grade in one year", f"{PLAN}, sheet R9, 評価 ×")
add("朝霧野市の推進計画で2029年度に△がついた取組を教えてください", "practice", "set",
    codes(lambda i: g(i, "R11") == "△"), "西暦 2029年度 = sheet R11", f"{PLAN}, sheet R11, 評価 △")
add("計画期間中に一回でも×になったことある取組は？", "practice", "set",
    codes(lambda i: "×" in i["grades"].values()), "any year across four sheets", f"{PLAN}, sheets R9–R12, any ×")
add("朝霧野市の行革で、一度も△も×もつかなかった取組はどれですか", "practice", "set",
    codes(lambda i: all(v in ("◎", "○") for v in i["grades"].values() if v)),
    "negation over all graded years (years without a row ignored)", f"{PLAN}, sheets R9–R12, only ◎/○")
add("朝霧野市の行革、もう終わってる取組ってどれ？", "practice", "set",
    codes(lambda i: i["end"] is not None), "総括 終了年度 other than 継続", f"{PLAN}, sheet 総括, 終了年度 ≠ 継続")
add("窓口キャッシュレス決済の導入ってもう終わった？終わったなら何年度？", "practice", "value",
    item("A-1-2")["end"], "yes/no answered by the 終了年度 as printed", f"{PLAN}, sheet 総括, row A-1-2, 終了年度")
add("時間外勤務の縮減は終了してますか", "practice", "value",
    "継続" if item("D-2-1")["end"] is None else item("D-2-1")["end"], "not finished: 継続 as printed",
    f"{PLAN}, sheet 総括, row D-2-1, 終了年度")
add("R12の時点でデジタル推進課が持ってる取組は？", "practice", "set",
    codes(lambda i: g(i, "R12") and i["dept"]["R12"] == "デジタル推進課"), "担当課 per sheet (A-2-2 moved in R11)",
    f"{PLAN}, sheet R12, 担当課 デジタル推進課")
add(["令和10年度に企画課が担当してた取組は？", "じゃあR12は？"], "practice", "set",
    codes(lambda i: g(i, "R12") and i["dept"]["R12"] == "企画課"), "follow-up moves the year; A-2-2 left 企画課, C-2-2 added",
    f"{PLAN}, sheet R12, 担当課 企画課")
add(["窓口業務の民間委託って取組コードは何？", "それの担当課は？"], "practice", "value", item("D-2-3")["dept"]["R12"], "どこの課 of the item named in turn 1",
    f"{PLAN}, any year sheet, row D-2-3, 担当課")
add("朝霧野市の推進計画で、R10からR11にかけて評価が下がった取組は？", "practice", "set",
    codes(lambda i: g(i, "R10") and g(i, "R11") and R[g(i, "R11")] < R[g(i, "R10")]),
    "compare two sheets, order ◎>○>△>×", f"{PLAN}, sheets R10 and R11")
add("令和9年度から11年度まで3年続けて○だったのはどれ？", "practice", "set",
    codes(lambda i: all(g(i, y) == "○" for y in ("R9", "R10", "R11"))), "same grade over a range",
    f"{PLAN}, sheets R9, R10, R11, 評価 ○")
add(["R9に◎だった取組は？", "じゃあ令和10年度以降で◎を取ったことがあるのは？"], "practice", "set",
    codes(lambda i: any(g(i, y) == "◎" for y in ("R10", "R11", "R12"))), "以降 range excludes R9 (B-2-1 only ◎ in R9)",
    f"{PLAN}, sheets R10–R12, any ◎")
add("総括で最終評価が◎になってる取組を全部", "practice", "set",
    codes(lambda i: i["final"] == "◎"), "最終評価 column of 総括", f"{PLAN}, sheet 総括, 最終評価 ◎")
add(["令和11年度に△だった取組は？", "そのうち人事課の担当は？"], "practice", "set",
    codes(lambda i: g(i, "R11") == "△" and i["dept"]["R11"] == "人事課"), "condition then narrowing",
    f"{PLAN}, sheet R11, 評価 △ and 担当課 人事課")
add("計画1年目（令和9年度）のシートには取組がいくつ載ってる？", "practice", "count",
    len(codes(lambda i: g(i, "R9"))), "rows of one sheet, excluding section rows", f"{PLAN}, sheet R9, item rows")
add("朝霧野市の行革計画で途中から新しく加わった取組はどれ？", "practice", "set",
    codes(lambda i: i["added"] is not None), "no row in R9; 備考 新規", f"{PLAN}, first sheets: A-2-3 from R10, C-2-2 from R11")
r11 = [g(i, "R11") for i in I if g(i, "R11")]
add("令和11年度、評価がついた取組のうち◎は何％？小数第1位まで", "practice", "value",
    round(r11.count("◎") / len(r11) * 100, 1), "share = ◎ rows / rows in sheet R11",
    f"{PLAN}, sheet R11: ◎ {r11.count('◎')} of {len(r11)} rows")
add(["基本方針2の取組でまだ続いてるのは？", "その中で令和12年度が○のものは？"], "practice", "set",
    codes(lambda i: i["pol"] == "2" and i["end"] is None and g(i, "R12") == "○"), "継続 + follow-up on a year",
    f"{PLAN}, sheet 総括 継続 (B-…) and sheet R12 評価 ○")
add("朝霧野市の計画、R9とR12をくらべて、評価が2段階以上あがった取組は？", "practice", "set",
    codes(lambda i: g(i, "R9") and g(i, "R12") and R[g(i, "R12")] - R[g(i, "R9")] >= 2),
    "difference of grade ranks between two sheets", f"{PLAN}, sheets R9 and R12")
d = sum(1 for i in I if g(i, "R12") == "◎") - sum(1 for i in I if g(i, "R9") == "◎")
add("朝霧野市の行革の◎の数、令和9年度と令和12年度でいくつ増えた？", "practice", "value", d,
    "difference of counts between years", f"{PLAN}, sheets R9 and R12, count ◎")
add(["R12で◎だった取組は？", "その中で総括の最終評価が◎じゃないのは？"], "practice", "set",
    codes(lambda i: g(i, "R12") == "◎" and i["final"] != "◎"), "negation in a follow-up, two sheets",
    f"{PLAN}, sheet R12 ◎ and sheet 総括 最終評価")

# ---------------- initiative / comment (committee pdf + plan) ----------------
C = D.COMMITTEE
cnt = {p: len(codes(lambda i, p=p: i["pol"] == p)) for p in D.POLICIES}
top = max(cnt.values())
add("朝霧野市の行革計画で取組の数が一番多い基本方針は？", "initiative", "set", [p for p in cnt if cnt[p] == top],
    "count per group, unique max", "xlsx 01 sheet 総括, codes D-… (6 items)")
add("朝霧野市の推進委員会の評価が前年度より下がった基本方針は？", "initiative", "set",
    [p for p in C if D.CRANK[C[p]["grade"]] < D.CRANK[C[p]["prev"]]], "compare 委員会評価 with （前年度：…）",
    "pdf 02, 委員会評価 lines")
add("推進委員会でA以上の評価をもらってる方針はどれ？", "initiative", "set",
    [p for p in C if D.CRANK[C[p]["grade"]] >= D.CRANK["A"]], "A以上 includes A+ and S", "pdf 02, 委員会評価 A / A+")
add(["人材育成と働き方改革の方針って、委員会評価いくつだった？", "前の年は？"], "initiative", "value",
    C["4"]["prev"], "follow-up reads the （前年度：…） part", "pdf 02, 基本方針4, 前年度")
add("令和12年度の委員会評価で一番いい評価がついた基本方針", "initiative", "set",
    [p for p in C if D.CRANK[C[p]["grade"]] == max(D.CRANK[c["grade"]] for c in C.values())],
    "largest on the S>A+>A>B+>B>C scale", "pdf 02, 基本方針3 A+")
add("委員会が工程表を見直すべきだって言ってるのはどの方針？", "comment", "set",
    [p for p in C if any("工程表" in o for o in C[p]["opinions"])], "find the opinion, answer its 基本方針",
    "pdf 02, 基本方針2 bullet 1")
add("返礼品のことで委員会から何か意見出てる？", "comment", "contains", ["地場産品比率"],
    "opinion content", "pdf 02, 基本方針3 bullet 1")
add("朝霧野市の推進委員会、時間外勤務について委員はどう見てる？", "comment", "contains", ["部署間の偏り"],
    "opinion content", "pdf 02, 基本方針4 bullet 1")
add("個人情報の扱いに触れた委員意見があるのはどの基本方針ですか", "comment", "set",
    [p for p in C if any("個人情報" in o for o in C[p]["opinions"])], "find the opinion", "pdf 02, 基本方針1 bullet 2")

# ---------------- joint projects (html) ----------------
J = D.JOINT
JH = "html 03 joint table"


def jn(pred):
    return [j["no"] for j in J if pred(j)]


def yr(j, y):
    return j["years"][D.JYEARS.index(y)]


add("霞湖北部の共同事業で、湖東町が入ってるのは何事業？", "joint_project", "count",
    len(jn(lambda j: "湖東町" in j["members"])), "name inside a ／-separated cell", f"{JH}, 構成市町 contains 湖東町")
add(["北浦村って共同事業いくつ参加してる？", "じゃあ幹事をやってるのは？"], "joint_project", "set", jn(lambda j: j["lead"] == "北浦村"),
    "幹事 column", f"{JH}, 幹事 北浦村")
add("令和10年度にまだ準備段階だった広域の共同事業は？", "joint_project", "set", jn(lambda j: yr(j, 2028) == "準備"),
    "和暦 令和10年度 = 2028年度 column", f"{JH}, 2028年度 準備")
add("2030年度に実施してない共同事業ってある？あればどれ", "joint_project", "set",
    jn(lambda j: yr(j, 2030) != "実施"), "negation on a year column", f"{JH}, 2030年度 ≠ 実施")
add("5市町ぜんぶが参加してる共同事業はどれ？", "joint_project", "set",
    jn(lambda j: set(j["members"]) == set(D.MUNIS)), "all members listed", f"{JH}, 構成市町 with five names")
add("準備から実施に切り替わったのが2029年度の事業はどれ？", "joint_project", "set",
    jn(lambda j: yr(j, 2028) == "準備" and yr(j, 2029) == "実施"), "transition between adjacent years",
    f"{JH}, 2028年度 準備 and 2029年度 実施")
add(["行政運営分野の共同事業を教えて", "そのうち朝霧野市が幹事なのは？"], "joint_project", "set",
    jn(lambda j: j["field"] == "行政運営" and j["lead"] == "朝霧野市"), "rowspan field then narrowing",
    f"{JH}, 分野 行政運営, 幹事 朝霧野市")
add("朝霧野市が参加していない共同事業は？", "joint_project", "set",
    jn(lambda j: "朝霧野市" not in j["members"]), "negation on membership", f"{JH}, 構成市町 without 朝霧野市")
avg = round(sum(len(j["members"]) for j in J) / len(J), 1)
add("共同事業1件あたり、平均で何市町が参加してる？小数1桁で", "joint_project", "value", avg,
    "average of member counts", f"{JH}, 構成市町 names counted per row ({sum(len(j['members']) for j in J)}/{len(J)})")

# ---------------- case studies (docx) ----------------
CS = "docx 04 case studies"
CA = D.CASES
add("事例集の中で人口5万人に届かない自治体はどこ？", "case_study", "contains",
    [c["org"] for c in CA if c["pop"] < 50000], "numeric condition on 人口 cell", f"{CS}, 人口 rows")
add("事例集で令和5年度以降に取組を始めた団体は？", "case_study", "contains",
    [c["org"] for c in CA if (int(c["start"][2:c["start"].index("年")]), int(c["start"][c["start"].index("年") + 1:-1])) >= (5, 4)],
    "和暦 取組開始 month compared with a fiscal year start (令和5年4月)", f"{CS}, 取組開始 rows")
add("取組事例で人口がいちばん多いのはどこの市？", "case_study", "value",
    max(CA, key=lambda c: c["pop"])["org"], "largest 人口", f"{CS}, 人口 rows")
add(["事例集に電子契約の事例ってあった？", "それどこの団体？"], "case_study", "contains",
    [one([c["org"] for c in CA if "電子契約" in c["title"]])], "follow-up refers back", f"{CS}, 事例6 団体名")

# ---------------- newsletter (txt) ----------------
NW = "txt 05 行革通信"
add("行革通信によると電子申請の対象手続は何手続まで増えた？", "passage", "value", 148,
    "figure inside a dated item", f"{NW} 第41号, 令和10年4月1日")
add("行革通信に出てた職員提案、何件採用されたんだっけ？", "passage", "value", 5,
    "second figure of the item (23 proposals, 5 adopted)", f"{NW} 第42号, 令和10年10月25日")
add(["行革通信の第43号っていつ出た？", "その号に載ってる未利用地の売却額は合計何万円？"], "passage", "value", 8640,
    "follow-up in the same issue; number in 万円", f"{NW} 第43号, 令和11年5月12日")
add("朝霧野市の行政改革市民説明会はいつ開かれましたか", "passage", "contains", ["令和11年11月28日"],
    "date of an item", f"{NW} 第44号")
add("生成AIの試行を全庁に広げたって話、行革通信の第何号に出てる？", "passage", "contains", ["第43号"],
    "issue heading above the item", f"{NW} 第43号, 令和11年4月1日")

assert len(Q) == 50, len(Q)
assert sum(len(q["turns"]) > 1 for q in Q) >= 10
for q in Q:
    if q["expect"] in ("set", "ordered", "contains"):
        assert q["answer"], q
out = Path(__file__).resolve().parent / "questions.jsonl"
out.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
from collections import Counter
print(len(Q), "multi-turn:", sum(len(q["turns"]) > 1 for q in Q))
print(Counter(q["target"] for q in Q)); print(Counter(q["expect"] for q in Q))
