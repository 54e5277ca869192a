"""Compute every made55 answer from data.py, check it against the written docs/, write questions.jsonl."""
from __future__ import annotations

import json
import re
import statistics
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import data  # noqa: E402
from make_documents import DOCS, DOCX, HTML, PDF, TXT, XLSX  # noqa: E402

Q: list[dict] = []


def add(turns, target, expect, answer, why, derivation):
    Q.append({"id": f"m55-{len(Q) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
              "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})


def showa(year: int) -> bool:
    """Built in 昭和: 西暦 1926–1988 (1989 is written 平成元年 in this document)."""
    return 1926 <= year <= 1988


# ------------------------------------------------------------------ 豊中市 (xlsx)
T = data.TOYONAKA
TX = XLSX.name
planned = [r for r in T if r[5]]
age = {r[1]: data.TOYONAKA_BASE_YEAR - r[3] for r in T}
add("豊中市の長寿命化計画で、本庁舎の概算費用っていくらですか", "table_row", "value",
    next(r[5][2] for r in T if r[1] == "本庁舎"),
    "one cell under the two-row header 改修計画／概算費用（百万円）", f"{TX}: row 本庁舎, 概算費用（百万円）")
oldest = max(T, key=lambda r: age[r[1]])
add("豊中市の対象施設でいちばん古い建物はどれ？", "table_row", "contains", [oldest[1]],
    "建築年 mixes 和暦 and 西暦; 築年数 column gives the oldest directly", f"{TX}: max 築年数 = {age[oldest[1]]} ({oldest[2]})")
r8 = [r[1] for r in planned if r[5][0] == "令和8年度"]
add("豊中市の長寿命化計画で令和8年度に改修する施設は何件ありますか", "table_row", "count", len(r8),
    "filter on 改修予定年度 under the merged 改修計画 header", f"{TX}: 改修予定年度 = 令和8年度: {'、'.join(r8)}")
none = [r[1] for r in T if not r[5]]
add("豊中市の対象施設一覧で、改修の予定がない施設はいくつ？", "table_row", "count", len(none),
    "negation; 「―」 means no plan in the period (note ※)", f"{TX}: rows with 「―」 in 改修予定年度: {'、'.join(none)}")
add("豊中市の長寿命化計画、概算費用は合計でいくらになりますか", "table_row", "value", sum(r[5][2] for r in planned),
    "the 合計 row (must not be added again)", f"{TX}: 合計 row, 概算費用（百万円）")
sport = [r for r in T if r[0] == "スポーツ施設"]
add("豊中市のスポーツ施設の延床面積を合計すると何㎡？", "table_row", "value", sum(r[4] for r in sport),
    "merged 施設分類 cell spans three rows; sum of 延床面積", f"{TX}: スポーツ施設 rows {[r[4] for r in sport]}")
sh = [r[1] for r in T if showa(r[3])]
add("豊中市の施設で昭和に建てられたものは何件ありますか", "table_row", "count", len(sh),
    "建築年 mixes 昭和NN年 and 西暦 (1974–1987 are 昭和 too); 平成元年 is not 昭和",
    f"{TX}: 建築年 before 1989: {'、'.join(sh)}")
f50 = [r[1] for r in T if age[r[1]] >= 50]
add("豊中市の長寿命化計画で築50年以上の施設は何件？", "table_row", "count", len(f50),
    "range on 築年数 (inclusive)", f"{TX}: 築年数 ≥ 50: {'、'.join(f50)}")
air = [r for r in planned if r[5][1] == "空調設備更新"]
add(["豊中市の長寿命化計画で空調設備更新をする施設は？", "そのうち費用がいちばん安いのはどこ？"], "table_row", "contains",
    [min(air, key=lambda r: r[5][2])[1]], "follow-up: min 概算費用 within the previous filter (not the first row)",
    f"{TX}: 改修内容 = 空調設備更新: {[(r[1], r[5][2]) for r in air]}")
school = [r for r in T if r[0] == "学校教育施設"]
add(["豊中市の学校教育施設を一覧で見せてください", "その中で改修予定があるのは何件？"], "table_row", "count",
    sum(1 for r in school if r[5]), "follow-up: the merged 施設分類 then a negated 「―」",
    f"{TX}: 学校教育施設 rows with a 改修予定年度: {[r[1] for r in school if r[5]]}")
add("豊中市の市民会館は改修するんですか？", "table_row", "contains", ["解体"],
    "改修内容 says 解体 and note ※1 says it is closed, not renovated", f"{TX}: row 市民会館, 改修内容 解体, 備考 ※1")
k1000 = [r[1] for r in planned if r[5][2] > 1000]
add("豊中市で概算費用が1,000百万円を超える施設は何件ですか", "table_row", "count", len(k1000),
    "range on a column with its unit in the header", f"{TX}: 概算費用 > 1000: {'、'.join(k1000)}")

# ------------------------------------------------------------------ 高崎市 (docx)
K = data.TAKASAKI
KX = DOCX.name
adopted = [r for r in K if r[3] != "不採用"]
add("高崎市の職員提案って令和6年度は全部で何件出たの？", "table_row", "count", len(K),
    "all rows of the 提案一覧 (the narrative says the same)", f"{KX}: 提案一覧 has {len(K)} rows; paragraph 「計{len(K)}件」")
add("高崎市の職員提案で不採用だったのは何件？", "table_row", "count", sum(r[3] == "不採用" for r in K),
    "filter on 採用区分", f"{KX}: 採用区分 = 不採用")
best = max(adopted, key=lambda r: r[4] or 0)
add("高崎市の職員提案で年間効果見込額がいちばん大きい提案は？", "table_row", "contains", [best[1]],
    "max over a column with 「―」 and blank cells", f"{KX}: 年間効果見込額 max {best[4]:,}千円 (No.{best[0]})")
notdone = [r for r in adopted if r[5] != "実施済"]
add("高崎市の職員提案で、採用されたけどまだ実施していないものは何件？", "table_row", "count", len(notdone),
    "negation on 実施状況 among 優秀賞/採用 (both readings of 採用 give the same rows)",
    f"{KX}: 採用区分 ≠ 不採用 and 実施状況 ≠ 実施済: No.{[r[0] for r in notdone]}")
pend = [r for r in K if r[5] == "検討中"]
assert len(pend) == 1
add("高崎市の職員提案で検討中になっている提案はどれですか", "table_row", "contains", [pend[0][1]],
    "one row by 実施状況", f"{KX}: 実施状況 = 検討中: No.{pend[0][0]}")
add("高崎市の職員提案、年間効果見込額の合計はいくら？", "table_row", "value", sum(r[4] for r in adopted if r[4]),
    "sum skipping 「―」 and blanks; the narrative states the same total",
    f"{KX}: sum of 年間効果見込額 (千円); paragraph 「合計{sum(r[4] for r in adopted if r[4]):,}千円」")
add("高崎市の職員提案は前の年度は何件だったんですか", "passage", "contains", [f"令和5年度の{data.TAKASAKI_PREV_TOTAL}件"],
    "only the narrative paragraph holds the previous year", f"{KX}: 1 概要, second paragraph")
fuku = [r for r in adopted if r[2] == "福祉部"]
add(["高崎市の職員提案で福祉部から出た提案を教えて", "そのうち採用されたものの効果額を合計すると？"], "table_row", "value",
    sum(r[4] for r in fuku if r[4]), "follow-up: aggregate inside the previous filter",
    f"{KX}: 福祉部 and not 不採用: {[(r[0], r[4]) for r in fuku]}")
add(["高崎市の職員提案で建設部の提案は何件？", "じゃあ教育部は？"], "table_row", "count", sum(r[2] == "教育部" for r in K),
    "follow-up replaces the 部", f"{KX}: 提案部 = 教育部: No.{[r[0] for r in K if r[2] == '教育部']}")
r5 = next(r for r in K if r[0] == 5)
add("高崎市の職員提案で、口座振替依頼書のオンライン受付はいつ実施する予定？", "table_row", "contains", [r5[5]],
    "one cell of one row", f"{KX}: No.5 実施状況")

# ------------------------------------------------------------------ 藤沢市 (pdf)
F = data.FUJISAWA
FX = PDF.name


def diff(r) -> float:
    return round(r[4] - r[3], 1)


add("藤沢市の市民意識調査で、防災対策の推進の令和6年度の満足度は？", "table_row", "value",
    next(r[4] for r in F if r[1] == "防災対策の推進"), "one cell under the two-row header 満足度（％）／令和6年度",
    f"{FX}: page 1, No.1, 満足度 令和6年度 (not 重要度 令和6年度)")
top_imp = max(F, key=lambda r: r[5])
add("藤沢市の調査で重要度がいちばん高い施策はなんですか", "table_row", "contains", [top_imp[1]],
    "max of 重要度（％）", f"{FX}: 重要度 max {top_imp[5]} (No.{top_imp[0]})")
fell = [r[1] for r in F if diff(r) < 0]
add("藤沢市の市民意識調査で満足度が前回より下がった施策は何件？", "table_row", "count", len(fell),
    "▲ in 前回比 marks a fall (note ※2); rows on both pages", f"{FX}: 前回比 with ▲: {'、'.join(fell)}")
u30 = [r[1] for r in F if r[4] < 30]
add("藤沢市の令和6年度の満足度が30％未満の施策はいくつありますか", "table_row", "count", len(u30),
    "range on one year's column; the table crosses a page break", f"{FX}: 満足度 令和6年度 < 30: {'、'.join(u30)}")
up = max(F, key=diff)
add("藤沢市の満足度調査で、前回から満足度がいちばん伸びた施策は？", "table_row", "contains", [up[1]],
    "max of 前回比 (page 2)", f"{FX}: 前回比 max +{diff(up)} (No.{up[0]})")
pt = next(r for r in F if r[1] == "公共交通の充実")
add("藤沢市の公共交通の充実の満足度は、令和2年度から令和6年度で何ポイント下がった？", "table_row", "value",
    round(pt[2] - pt[4], 1), "difference between two year columns of one row", f"{FX}: No.15 {pt[2]} → {pt[4]}")
add("藤沢市のデジタル市役所の推進、令和2年度の満足度は？", "passage", "contains", ["令和4年度調査から追加"],
    "the cell is 「―」; note ※4 says why (no value exists)", f"{FX}: page 2, No.25 令和2年度 「―」, note ※4")
add(["藤沢市のスポーツ活動の推進の満足度の推移を教えて", "なんでそんなに下がったの？"], "passage", "contains", ["設問文を変更"],
    "follow-up answered by note ※3 only", f"{FX}: No.9 42.3/43.0/36.5 ▲6.5; note ※3")
add("藤沢市の市民意識調査で、令和6年度の満足度の平均は何％？", "table_row", "value",
    round(statistics.mean(r[4] for r in F), 2), "average over 26 rows across two pages",
    f"{FX}: mean of 26 values of 満足度 令和6年度 = {statistics.mean(r[4] for r in F):.4f}")
hi = [r for r in F if r[5] >= 70]
add(["藤沢市の調査で重要度が70％以上の施策は？", "その中で令和6年度の満足度がいちばん低いのは？"], "table_row", "contains",
    [min(hi, key=lambda r: r[4])[1]], "follow-up: min of another column inside a range filter",
    f"{FX}: 重要度 ≥ 70: {[(r[1], r[4]) for r in hi]}")

# ------------------------------------------------------------------ 松本市 (html)
M = data.MATSUMOTO
MX = HTML.name
sections = [(d, n, s, f, p) for d, rows in M for n, s, f, p in rows if not n.startswith("（再掲）")]
hoiku = next(x for x in sections if x[1] == "保育課")
add("松本市の職員配置で、保育課の会計年度任用職員は何人いますか", "table_row", "value", hoiku[3] + hoiku[4],
    "the 計 column under 会計年度任用職員 (フルタイム＋パートタイム)", f"{MX}: 健康福祉部／保育課, 会計年度任用職員 計")
add("松本市の正職員は全部で何人？", "table_row", "value", sum(x[2] for x in sections),
    "the 総計 row; 部計 rows and the 再掲 row must not be added", f"{MX}: 総計 row, 正職員")
add("松本市の市民部の正職員は何人ですか", "table_row", "value", sum(x[2] for x in sections if x[0] == "市民部"),
    "the 市民部 計 row, which excludes the （再掲） row (note ※3)", f"{MX}: 市民部 計, 正職員")
kmax = max(sections, key=lambda x: x[3] + x[4])
add("松本市で会計年度任用職員がいちばん多い課はどこ？", "table_row", "contains", [kmax[1]],
    "max over 課 rows, not 部計 rows", f"{MX}: 会計年度任用職員 計 max {kmax[3] + kmax[4]}")
add("松本市の健康福祉部の職員は合計何人？", "table_row", "value",
    sum(x[2] + x[3] + x[4] for x in sections if x[0] == "健康福祉部"), "the 計 row of a rowspan 部",
    f"{MX}: 健康福祉部 計, 合計")
u20 = [x[1] for x in sections if x[2] < 20]
add("松本市の職員配置で、正職員が20人未満の課は何課ありますか", "table_row", "count", len(u20),
    "range over 課 rows; the 再掲 row (14) and 計 rows are not 課", f"{MX}: 正職員 < 20: {'、'.join(u20)}")
edu = [x for x in sections if x[0] == "教育部"]
add(["松本市の教育部の課ごとの職員数を見せて", "パートタイムがいちばん多いのはどこ？"], "table_row", "contains",
    [max(edu, key=lambda x: x[4])[1]], "follow-up: max of one sub-column under 会計年度任用職員",
    f"{MX}: 教育部 パートタイム {[(x[1], x[4]) for x in edu]}")
civ = [x for x in sections if x[0] == "市民部"]
add(["松本市の職員配置で市民部の内訳を教えてください", "正職員がいちばん少ない課は？"], "table_row", "contains",
    [min(civ, key=lambda x: x[2])[1]], "follow-up: min of 正職員 inside one 部; the （再掲） row is not a 課",
    f"{MX}: 市民部 正職員 {[(x[1], x[2]) for x in civ]}")
add("松本市で育児休業中の職員は何人？", "passage", "contains", ["28人"],
    "only note ※1 holds it", f"{MX}: note ※1")
by_dept = {}
for x in sections:
    by_dept[x[0]] = by_dept.get(x[0], 0) + x[2]
add("松本市で正職員がいちばん多い部はどこですか", "table_row", "contains", [max(by_dept, key=by_dept.get)],
    "max over 部 (部計 rows or a grouped sum)", f"{MX}: 部計 正職員 {by_dept}")

# ------------------------------------------------------------------ 大分市 (txt)
O = data.OITA
OX = TXT.name
nz = next(r for r in O if r[1] == "市税収納率（現年度分）")
add("大分市の行革の数値目標で、市税収納率のR6実績は？", "item", "value", nz[7],
    "one label of one block (％)", f"{OX}: ［目標2］【R6実績】")
mado = next(r for r in O if r[1] == "窓口1件あたりの処理コスト")
add("大分市の数値目標で、窓口1件あたりの処理コストの目標値はいくら？", "item", "contains",
    [data.fmt_value(mado[5], mado[3]) + mado[6]], "a target written with 以下", f"{OX}: ［目標4］【目標値】")
add("大分市の行財政改革推進計画の数値目標は全部でいくつありますか", "item", "count", len(O),
    "all label blocks (the text says 11項目 too)", f"{OX}: ［目標1］…［目標{len(O)}］")
dig = [r[0] for r in O if r[8] == "デジタル推進課"]
add("大分市の数値目標で、担当がデジタル推進課のものは何件？", "item", "count", len(dig),
    "filter on 【担当課】", f"{OX}: 目標{dig}")
ach = [r[0] for r in O if data.achieved(r)]
add("大分市の数値目標で、R6実績がもう目標値に届いているのは何件？", "item", "count", len(ach),
    "compare 【R6実績】 with 【目標値】 by its direction (以上/以下); 目標11 has no 実績 (―)",
    f"{OX}: achieved: 目標{ach}")

eff = [r for r in O if r[2] == "業務の効率化"]
add(["大分市の数値目標で民間活力の活用の目標は何件？", "業務の効率化はどう？"], "item", "count", len(eff),
    "follow-up replaces the 基本方針", f"{OX}: 【基本方針】業務の効率化: 目標{[r[0] for r in eff]} (民間活力の活用: {sum(r[2] == '民間活力の活用' for r in O)})")
od = next(r for r in O if r[0] == 11)
add("大分市のオープンデータの公開件数のR6実績を教えて", "item", "contains", ["集計中"],
    "the value is 「―」; 【備考】 says why", f"{OX}: ［目標11］【R6実績】― and 【備考】")
den = next(r for r in O if r[0] == 1)
add(["大分市の電子申請に対応した手続数の目標を教えて", "基準値からR6までにどれだけ増えた？"], "item", "value", den[7] - den[4],
    "follow-up: difference of two labels of one block", f"{OX}: ［目標1］ {den[4]}件 → {den[7]}件")


# ------------------------------------------------------------------ check against the written files
def nk(s) -> str:
    return unicodedata.normalize("NFKC", str(s if s is not None else "")).strip()


def verify() -> None:
    from bs4 import BeautifulSoup
    from docx import Document
    from openpyxl import load_workbook
    import pdfplumber

    def A(part: str):
        hits = [q["answer"] for q in Q if any(part in t for t in q["turns"])]
        assert len(hits) == 1, part
        return hits[0]

    # xlsx
    ws = load_workbook(XLSX).active
    rows = []
    cat = None
    for r in ws.iter_rows(min_row=6, values_only=True):
        if r[0] == "合計":
            total = r
            break
        cat = r[1] or cat
        rows.append((cat,) + tuple(r[2:]))
    assert A("本庁舎の概算費用") == next(r[7] for r in rows if r[1] == "本庁舎")
    assert A("いちばん古い建物") == [max(rows, key=lambda r: r[3])[1]]
    assert A("令和8年度に改修") == sum(r[5] == "令和8年度" for r in rows)
    assert A("改修の予定がない") == sum(r[5] == "―" for r in rows)
    assert A("概算費用は合計") == total[8] == sum(r[7] for r in rows if isinstance(r[7], int))

    def west(s):
        m = re.match(r"(昭和|平成)(元|\d+)年", s)
        if m:
            n = 1 if m.group(2) == "元" else int(m.group(2))
            return (1925 if m.group(1) == "昭和" else 1988) + n
        return int(s.rstrip("年"))

    assert all(2025 - west(r[2]) == r[3] for r in rows)
    assert A("スポーツ施設の延床面積") == sum(r[4] for r in rows if r[0] == "スポーツ施設")
    assert A("昭和に建てられた") == sum(r[2].startswith("昭和") or west(r[2]) < 1989 for r in rows)
    assert A("築50年以上") == sum(r[3] >= 50 for r in rows)
    air_ = [r for r in rows if r[6] == "空調設備更新"]
    assert A("空調設備更新をする") == [min(air_, key=lambda r: r[7])[1]]
    assert A("学校教育施設を一覧") == sum(r[0] == "学校教育施設" and r[5] != "―" for r in rows)
    assert next(r for r in rows if r[1] == "市民会館")[6] == A("市民会館は改修")[0]
    assert A("1,000百万円") == sum(isinstance(r[7], int) and r[7] > 1000 for r in rows)
    # docx
    d = Document(DOCX)
    t = d.tables[0]
    krows = [[c.text for c in row.cells] for row in t.rows[1:]]
    text = "\n".join(p.text for p in d.paragraphs)
    assert A("全部で何件出た") == len(krows) and f"計{len(krows)}件" in text
    assert A("不採用だったのは") == sum(r[3] == "不採用" for r in krows)
    num = lambda s: int(s.replace(",", "")) if re.fullmatch(r"[\d,]+", s) else 0  # noqa: E731
    assert A("年間効果見込額がいちばん") == [max(krows, key=lambda r: num(r[4]))[1]]
    assert A("まだ実施していない") == sum(r[3] != "不採用" and r[5] != "実施済" for r in krows)
    assert A("年間効果見込額の合計") == sum(num(r[4]) for r in krows) and f"合計{A('年間効果見込額の合計'):,}千円" in text
    assert all(s in text for s in A("前の年度は"))
    assert A("検討中になっている") == [r[1] for r in krows if r[5] == "検討中"]
    assert A("じゃあ教育部は") == sum(r[2] == "教育部" for r in krows)
    assert A("口座振替依頼書") == [next(r[5] for r in krows if r[1].startswith("口座振替依頼書"))]
    assert A("福祉部から出た") == sum(num(r[4]) for r in krows if r[2] == "福祉部" and r[3] != "不採用")
    # pdf: every body row on whichever page it fell
    prow = {}
    with pdfplumber.open(PDF) as pdf:
        ptext = "\n".join(pg.extract_text() for pg in pdf.pages)
        assert len(pdf.pages) == 2
    for line in ptext.splitlines():
        m = re.match(r"^(\d+) (\S+) (―|[\d.]+) ([\d.]+) ([\d.]+) ([+▲]?[\d.]+) ([\d.]+)$", line)
        if m:
            prow[int(m.group(1))] = m.groups()
    assert len(prow) == len(F)
    fl = lambda s: float(s.replace("▲", "-").replace("+", ""))  # noqa: E731
    assert A("防災対策の推進の令和6年度") == fl(prow[1][4])
    assert A("重要度がいちばん高い") == [max(prow.values(), key=lambda g: fl(g[6]))[1]]
    assert A("前回より下がった") == sum(g[5].startswith("▲") for g in prow.values())
    assert A("30％未満") == sum(fl(g[4]) < 30 for g in prow.values())
    assert A("いちばん伸びた") == [max(prow.values(), key=lambda g: fl(g[5]))[1]]
    assert abs(A("何ポイント下がった") - (fl(prow[15][2]) - fl(prow[15][4]))) < 1e-9
    assert all(s in ptext for s in A("デジタル市役所の推進、令和2年度") + A("スポーツ活動の推進の満足度の推移"))
    assert abs(A("満足度の平均") - statistics.mean(fl(g[4]) for g in prow.values())) < 0.005
    hi_ = [g for g in prow.values() if fl(g[6]) >= 70]
    assert A("重要度が70％以上") == [min(hi_, key=lambda g: fl(g[4]))[1]]
    # html
    soup = BeautifulSoup(HTML.read_text(encoding="utf-8"), "html.parser")
    hrows = []
    dept = None
    for tr in soup.find("tbody").find_all("tr"):
        cells = [c.get_text() for c in tr.find_all(["th", "td"])]
        if tr.find("th", rowspan=True):
            dept, cells = cells[0], cells[1:]
        if cells[0] == "総計":
            grand = cells
            continue
        hrows.append((dept, cells[0], *map(int, cells[1:])))
    sec = [r for r in hrows if r[1] != "計" and not r[1].startswith("（再掲）")]
    subs = {r[0]: r for r in hrows if r[1] == "計"}
    assert A("正職員は全部で") == int(grand[1]) == sum(r[2] for r in sec)
    assert A("保育課の会計年度") == next(r[5] for r in sec if r[1] == "保育課")
    assert A("市民部の正職員は") == subs["市民部"][2] == sum(r[2] for r in sec if r[0] == "市民部")
    assert A("会計年度任用職員がいちばん多い課") == [max(sec, key=lambda r: r[5])[1]]
    assert A("健康福祉部の職員は合計") == subs["健康福祉部"][6]
    assert A("20人未満") == sum(r[2] < 20 for r in sec)
    assert A("市民部の内訳") == [min((r for r in sec if r[0] == "市民部"), key=lambda r: r[2])[1]]
    assert all(s in soup.get_text() for s in A("育児休業中"))
    assert A("パートタイムがいちばん多い") == [max((r for r in sec if r[0] == "教育部"), key=lambda r: r[4])[1]]
    assert A("正職員がいちばん多い部") == [max(subs.values(), key=lambda r: r[2])[0]]
    # txt
    blocks = {}
    cur = None
    for line in TXT.read_text(encoding="utf-8").splitlines():
        m = re.match(r"［目標(\d+)］", line)
        if m:
            cur = blocks.setdefault(int(m.group(1)), {})
        m = re.match(r"【(.+?)】(.*)", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    assert A("数値目標は全部で") == len(blocks)
    assert A("市税収納率のR6実績") == float(blocks[2]["R6実績"].rstrip("％"))
    assert blocks[4]["目標値"].startswith(A("処理コストの目標値")[0])
    assert A("デジタル推進課のもの") == sum(b["担当課"] == "デジタル推進課" for b in blocks.values())

    def val(s):
        return float(re.sub(r"[^\d.]", "", s.split("（")[0].replace("以上", "").replace("以下", "")))

    got = 0
    for b in blocks.values():
        if b["R6実績"] == "―":
            continue
        tv, av = val(b["目標値"]), val(b["R6実績"])
        got += (av <= tv) if "以下" in b["目標値"] else (av >= tv)
    assert A("もう目標値に届いて") == got
    assert A("民間活力の活用の目標は") == sum(b["基本方針"] == "業務の効率化" for b in blocks.values())
    assert A("オープンデータの公開件数")[0] in blocks[11]["備考"] and blocks[11]["R6実績"] == "―"
    assert A("電子申請に対応した手続数の目標") == val(blocks[1]["R6実績"]) - val(blocks[1]["基準値"])


def main() -> None:
    verify()
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), "questions;", sum(len(q["turns"]) > 1 for q in Q), "with follow-ups")
    print(Counter((q["target"], q["expect"]) for q in Q))


if __name__ == "__main__":
    main()
