"""Compute every made60 answer from data.py and write questions.jsonl; --check recomputes them from docs/."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data  # noqa: E402

ORDER = data.GRADE_ORDER


# ---- facts as plain structures (from data.py, or read back from the written files) ----
def facts_from_data() -> tuple[list[dict], list[dict]]:
    items = []
    for it in data.ITEMS:
        ys = data.item_years(it)
        items.append(dict(code=it["code"], policy=it["policy"], name=it["name"], dept=it["dept"],
                          start=it["start"], end=it["end"], status=it["status"], score=it["score"],
                          opinion=it["opinion"], final=data.final_grade(it), note=it.get("note", ""),
                          years={y: (v["target"], v["actual"], v["grade"]) for y, v in ys.items()}))
    joint = [dict(no=r[0], field=r[1], name=r[2], members=data.members_of(r), all=r[4] == data.ALL,
                  lead=r[5], cost={y: (c or 0) for y, c in zip(data.JP_YEARS, r[6])}) for r in data.JOINT]
    return items, joint


def facts_from_files() -> tuple[list[dict], list[dict]]:
    """Read the PDF (pypdf via the project's own reader if present), the HTML and the workbook back."""
    docs = HERE / "docs"
    from assistant.formats import to_text  # only to read the files as text

    def text(name: str) -> str:
        p = docs / name
        return to_text(p.read_bytes(), p.name).text

    pdf = text("shiomi_kaikaku_kohyo_R6-R9.pdf")
    pages = pdf.split("改革項目個票　取組方針") if "改革項目個票　取組方針" in pdf else re.split(r"改革項目個票\s*取組方針", pdf)
    num = lambda s: None if s in ("―", "（廃止）") else (float(s.replace(",", "").rstrip("件箇所時間％千円施設人業務")) )
    items = []
    for page in pages[1:]:
        flat = page.replace("\n", "")
        lab = dict(re.findall(r"^(項目番号|項目名|所管課|取組期間)\t(.+)$", page, re.M))
        start, end = map(int, re.findall(r"令和(\d+)年度", lab["取組期間"]))
        years = {}
        for y, t, a, g in re.findall(r"^令和(\d)年度\t(\S+)\t(\S+)\t(\S+)$", page, re.M):
            years[int(y)] = (num(t), num(a), g)
        status = re.search(r"状況：(\S+)", page).group(1)
        score = float(re.search(r"委員会評点：([\d.]+)点", page).group(1))
        opinion = flat.split("委員会意見", 1)[1].strip()
        items.append(dict(code=lab["項目番号"], policy=page.strip()[0], name=lab["項目名"], dept=lab["所管課"],
                          start=start, end=end, status=status, score=score, opinion=opinion,
                          note=(re.search(r"備考：(\S+)", page).group(1) if "備考：" in page else ""), years=years))
    html_rows = re.findall(r"^([ABC]\d)\t(.+?)\t(.+?)\t(.+?)\t(.+?)$", text("shiomi_kaikaku_ichiran.html"), re.M)
    final = {r[0]: r[3] for r in html_rows}
    for it in items:
        it["final"] = final[it["code"]]
        assert (it["name"], it["dept"], it["status"]) == next(r[1:3] + (r[4],) for r in html_rows if r[0] == it["code"])
    from openpyxl import load_workbook
    wb = load_workbook(docs / "shiomi_kouiki_kyodo_jigyo_2024-2027.xlsx")
    joint = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=5, values_only=True):
            if row[0] is None:
                continue
            all_ = row[3] == "全構成団体"
            joint.append(dict(no=row[0], field=ws.title, name=row[1], all=all_, lead=row[4],
                              members=list(data.MEMBERS) if all_ else row[3].split("、"),
                              cost={y: (0 if c == "―" else c) for y, c in zip(data.JP_YEARS, row[5:9])}))
    return items, joint


def read_texts() -> dict[str, str]:
    docs = HERE / "docs"
    out = {p.name: p.read_bytes() for p in docs.iterdir()}
    from assistant.formats import to_text
    return {k: "".join(to_text(v, k).text.split()) for k, v in out.items()}


# ---- questions ----
def build(items: list[dict], joint: list[dict]) -> list[dict]:
    qs: list[dict] = []

    def q(turns, target, expect, answer, why, derivation):
        if isinstance(turns, str):
            turns = [turns]
        qs.append(dict(id=f"m60-{len(qs) + 1:03d}", turns=turns, target=target, expect=expect,
                       answer=answer, why=why, derivation=derivation))

    codes = lambda pred: [i["code"] for i in items if pred(i)]
    g = lambda i, y: i["years"][y][2]
    active = lambda i: [y for y in data.YEARS if i["years"][y][2] in ORDER]
    by = {i["code"]: i for i in items}

    q("潮見市の行財政改革推進計画で、令和8年度の評価が◎の改革項目は？", "practice", "set",
      codes(lambda i: g(i, 8) == "◎"), "grade in one 和暦 year", "PDF 個票: 令和8年度 row 評価 = ◎")
    q("潮見市の改革項目で2025年度に×がついたものは？", "practice", "set",
      codes(lambda i: g(i, 7) == "×"), "西暦 year against a 和暦 document (2025年度 = 令和7年度)", "令和7年度 評価 = ×")
    q("取組期間が令和7年度から始まる改革項目はどれ？", "practice", "set",
      codes(lambda i: i["start"] == 7), "start of 取組期間", "取組期間 「令和7年度～…」")
    q("潮見市の改革項目で廃止になったものは？", "practice", "set",
      codes(lambda i: i["status"] == "廃止"), "状況 word", "HTML 状況 = 廃止 (also PDF 状況)")
    q("潮見市の改革項目で完了したのは何件？", "practice", "count",
      len(codes(lambda i: i["status"] == "完了")), "count by 状況", "HTML 状況 = 完了")
    q("潮見市で市民課が所管している改革項目は？", "practice", "set",
      codes(lambda i: i["dept"] == "市民課"), "department (所管課, not 担当部署)", "所管課 = 市民課")
    from collections import Counter
    depts = Counter(i["dept"] for i in items)
    q("潮見市の改革項目を所管課別に数えると、いちばん多い課は何件？", "practice", "value",
      max(depts.values()), "largest group size", f"所管課 counts {dict(depts)}; 市民課 is the only maximum")
    q("潮見市の改革項目で、一度も×がついていないものは？", "practice", "set",
      codes(lambda i: all(g(i, y) != "×" for y in data.YEARS)), "negation across years", "no year with 評価 ×")
    q("潮見市の改革項目で、取組期間のすべての年度が◎だった項目は？", "practice", "set",
      codes(lambda i: all(g(i, y) == "◎" for y in active(i))), "all graded years ◎ (― years ignored)",
      "every graded year ◎")
    q("令和6年度は△だったのに令和9年度には○か◎になった改革項目は？", "practice", "set",
      codes(lambda i: g(i, 6) == "△" and g(i, 9) in ("○", "◎")), "change between two years",
      "R6 △ and R9 ○/◎")
    q("潮見市の改革項目で、令和6年度から令和7年度にかけて評価が下がったものは？", "practice", "set",
      codes(lambda i: g(i, 6) in ORDER and g(i, 7) in ORDER and ORDER[g(i, 7)] < ORDER[g(i, 6)]),
      "year-on-year change with the order ◎>○>△>× from the legend", "both years graded, R7 below R6")
    q("潮見市の改革項目A4の令和7年度の評価は？", "practice", "value", g(by["A4"], 7),
      "one cell of a 個票", "A4 page, 令和7年度 評価")
    q("未利用市有地の売却の2026年度の実績はいくら？", "practice", "value", by["B2"]["years"][8][1],
      "actual in 千円, 西暦 year (2026年度 = 令和8年度)", "B2 page 令和8年度 実績 55,000千円")
    q("潮見市の改革項目で委員会評点がいちばん高いものは？", "practice", "ordered",
      [max(items, key=lambda i: i["score"])["code"]], "max of committee score", "委員会評点 max 3.9")
    q("潮見市の改革項目の委員会評点の平均は？", "practice", "value",
      round(sum(i["score"] for i in items) / len(items), 5), "average over 16 items", "mean of 委員会評点")
    q("委員会評点が3.0未満の潮見市の改革項目は？", "practice", "set",
      codes(lambda i: i["score"] < 3.0), "threshold (C1 is exactly 3.0, excluded)", "委員会評点 < 3.0")
    hr = codes(lambda i: i["dept"] == "人事課")
    q(["潮見市の計画で人事課が所管する改革項目は？", "そのうち完了したのは？"], "practice", "set",
      [c for c in hr if by[c]["status"] == "完了"], "follow-up narrows the previous set", f"人事課 {hr}, 状況 完了")
    r8 = codes(lambda i: g(i, 8) == "△")
    q(["潮見市の改革項目で令和8年度に△だったものは？", "そのうち市民課の項目は？"], "practice", "set",
      [c for c in r8 if by[c]["dept"] == "市民課"], "follow-up narrows by department", f"R8 △ {r8}")
    q("潮見市の改革項目一覧で最終年度の評価が◎の項目は？", "practice", "set",
      codes(lambda i: i["final"] == "◎"), "HTML column 最終年度の評価", "HTML 最終年度の評価 = ◎")
    st = Counter(i["status"] for i in items)
    q("潮見市の改革項目の状況別の内訳は？", "practice", "contains",
      ["完了", str(st["完了"]), "継続", str(st["継続"]), "廃止", str(st["廃止"])], "breakdown by 状況", dict(st).__repr__())
    three = codes(lambda i: i["end"] - i["start"] + 1 == 3)
    q(["潮見市の改革項目で取組期間が3年間のものは？", "その中で委員会評点が3.5以上のものは？"], "practice", "set",
      [c for c in three if by[c]["score"] >= 3.5], "period length, then score threshold (C4 exactly 3.5, included)",
      f"3-year items {three}")
    q("令和7年度から令和9年度までの間に×がついた改革項目は？", "practice", "set",
      codes(lambda i: any(g(i, y) == "×" for y in (7, 8, 9))), "和暦 range", "any × in R7–R9")
    q("2024年度から2025年度のあいだに△があった潮見市の改革項目は？", "practice", "set",
      codes(lambda i: any(g(i, y) == "△" for y in (6, 7))), "西暦 range = R6–R7", "any △ in R6–R7")
    q(["潮見市の行財政改革で、ふるさと納税の推進の評価は年度ごとにどうだった？", "令和7年度の寄附額の実績は？"],
      "practice", "value", by["B4"]["years"][7][1], "follow-up asks one cell of the same item",
      "B4 page 令和7年度 実績 380,000千円")
    q("潮見市の行財政改革推進計画の取組方針はいくつある？", "initiative", "count",
      len({i["policy"] for i in items}), "取組方針 play the role of 取組項目", "A, B, C on the first page")
    q("RPAによる定型業務の自動化はなぜ廃止されたの？", "passage", "contains", ["生成AI"],
      "reason in 備考 / 委員会意見", by["A6"]["note"])
    benefit = codes(lambda i: "受益者負担" in i["opinion"])
    q("委員会意見で受益者負担に触れている潮見市の改革項目は？", "comment", "set", benefit,
      "word search restricted to committee opinions", "委員会意見 containing 受益者負担")
    q("公共施設の使用料見直しについて委員会はどんな意見を出している？", "comment", "contains", ["説明の仕方を改めた"],
      "opinion of one item found by its name", "B3 委員会意見")
    q(["潮見市の改革項目でテレワークの推進の評価は？", "委員会の意見は？"], "comment", "contains", ["管理職がまず実践"],
      "follow-up switches to the opinion of the same item", "C2 委員会意見")
    low = min(items, key=lambda i: i["score"])
    q("委員会評点がいちばん低い改革項目について、委員会の意見は？", "comment", "contains", ["次期計画で再検討"],
      "superlative then opinion", f"lowest score {low['code']} {low['score']}")

    # joint projects (西暦 workbook)
    jn = lambda pred: [j["no"] for j in joint if pred(j)]
    q("潮見地域広域連合で森野村が参加している共同事業は？", "joint_project", "set",
      jn(lambda j: "森野村" in j["members"]), "membership including 全構成団体", "参加団体 lists 森野村 or 全構成団体")
    q("広域連合の共同事業で全構成団体が参加しているのはいくつ？", "joint_project", "count",
      len(jn(lambda j: j["all"])), "count of 全構成団体", "参加団体 = 全構成団体")
    q("潮見地域広域連合の事業で主担当が大浜町のものは？", "joint_project", "set",
      jn(lambda j: j["lead"] == "大浜町"), "主担当 column, not 参加団体", "主担当 = 大浜町")
    top = max(joint, key=lambda j: j["cost"][2026])
    q("広域連合の共同事業で2026年度の事業費がいちばん多いのは？", "joint_project", "ordered", [top["no"]],
      "max over all sheets", f"{top['name']} {top['cost'][2026]}千円")
    gomi = next(j for j in joint if j["name"] == "ごみ処理施設の共同運営")
    q("ごみ処理施設の共同運営の2027年度の事業費は？", "joint_project", "value", gomi["cost"][2027],
      "one cell, 千円", "環境 sheet, 2027年度")
    q("潮見地域広域連合の環境分野の2025年度の事業費の合計は？", "joint_project", "value",
      sum(j["cost"][2025] for j in joint if j["field"] == "環境"), "sum over one sheet, one year",
      "環境 sheet 2025年度 column (― = 0)")
    q("広域連合の共同事業で大浜町が参加していない事業は？", "joint_project", "set",
      jn(lambda j: "大浜町" not in j["members"]), "negation on membership", "neither 全構成団体 nor 大浜町 listed")
    info = jn(lambda j: j["field"] == "情報システム")
    q(["潮見地域広域連合の情報システム分野の事業は？", "そのうち主担当が森野村のものは？"], "joint_project", "set",
      [n for n in info if next(j for j in joint if j["no"] == n)["lead"] == "森野村"], "sheet, then 主担当",
      f"情報システム {info}")
    q("広域連合の共同事業で、2024年度より2027年度の事業費が少ないものは？", "joint_project", "set",
      jn(lambda j: j["cost"][2027] < j["cost"][2024]), "comparison across years (― in 2024 counts as 0)",
      "2027年度 < 2024年度")
    lead = jn(lambda j: j["lead"] == "潮見市")
    q(["広域連合の共同事業で主担当が潮見市の事業は？", "それらの2024年度の事業費の合計は？"], "joint_project", "value",
      sum(j["cost"][2024] for j in joint if j["lead"] == "潮見市"), "follow-up aggregate over the previous set",
      f"主担当 潮見市 {lead}; ― counts as 0")

    # case studies
    q(["海原県の行財政改革の取組事例集を見たい", "公用車を減らしたのはどこ？"], "case_study", "set", ["白石町"],
      "place named in 【自治体】", "【事例2】")
    q("事例集で保健師を共同で採用した自治体は？", "case_study", "set", ["黒田村", "赤坂町"],
      "two places in one 【自治体】 cell separated by ・", "【事例3】")
    q("海原県の取組事例集に青葉市の事例はいくつある？", "case_study", "count",
      sum(1 for c in data.CASES if "青葉市" in c[2]), "count of cases of one place", "【事例1】【事例5】")
    q("取組事例集で、ペーパーレス会議によって印刷枚数をどれだけ減らした？", "passage", "contains", ["120万枚"],
      "figure in 【成果】", "【事例4】")
    q(["取組事例集でふるさと納税の事例は？", "寄附額はいくらからいくらに増えた？"], "passage", "contains",
      ["2.3億円", "4.1億円"], "follow-up asks figures of the same case", "【事例6】")

    # newsletter
    q("行革だよりで職員提案の表彰式はいつ行われた？", "newsletter", "contains", ["2026年9月10日"],
      "dated article", "article date line")
    q("行革だよりによると職員提案の最優秀賞は何？", "newsletter", "contains", ["窓口番号札の多言語化"],
      "article body", "9月10日 article")
    q(["行革だより第9号で行財政改革推進委員会の記事は？", "何名の委員が出席した？"], "newsletter", "contains", ["8名"],
      "follow-up on the same article", "8月22日 article")
    q("行革だよりで、ごみ処理施設の見学会には何人参加した？", "newsletter", "contains", ["34名"],
      "figure in an article", "10月20日 article")
    q("行革だよりで電子契約の利用事業者は何社になった？", "newsletter", "contains", ["152社"],
      "figure in an article (headline says 150社を超えました, body 152社)", "11月5日 article")
    return qs


def normalise(qs: list[dict]) -> list[dict]:
    out = []
    for x in qs:
        y = dict(x)
        if y["target"] == "joint_project" and y["expect"] in ("set", "ordered"):
            y["answer"] = [str(a) for a in y["answer"]]
        if isinstance(y["answer"], float) and y["answer"].is_integer():
            y["answer"] = int(y["answer"])
        out.append(y)
    return out


def main() -> None:
    qs = normalise(build(*facts_from_data()))
    if "--check" in sys.argv:
        again = normalise(build(*facts_from_files()))
        bad = [(a["id"], a["answer"], b["answer"]) for a, b in zip(qs, again) if a["answer"] != b["answer"]]
        texts = read_texts()
        missing = [(x["id"], s) for x in qs if x["expect"] == "contains"
                   for s in x["answer"] if not any(s in t for t in texts.values())]
        print("mismatches:", bad, "contains strings not in any file:", missing)
        if bad or missing:
            sys.exit(1)
    (HERE / "questions.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in qs), encoding="utf-8")
    from collections import Counter
    print(len(qs), "questions;", dict(Counter(x["target"] for x in qs)), dict(Counter(x["expect"] for x in qs)),
          "two-turn:", sum(len(x["turns"]) > 1 for x in qs))


if __name__ == "__main__":
    main()
