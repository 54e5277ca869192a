"""Compute every made59 answer from data.py, re-derive it from the written docs/, and write questions.jsonl.

Run from the project root (after make_documents):  .venv/bin/python -m tests.questions.made59.make_questions
Each answer is computed twice: from data.py and from the files as read back with openpyxl, python-docx,
pdfplumber, BeautifulSoup and plain text; the script stops if the two disagree, and checks that every
string of a `contains` answer occurs in the document it is about.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from types import SimpleNamespace

from tests.questions.made59 import data as D

HERE = Path(__file__).parent
DOCS = HERE / "docs"
F_XLSX = DOCS / "takasaki_teiin_tekiseika.xlsx"
F_DOCX = DOCS / "fujisawa_gaibu_hyoka_r6.docx"
F_PDF = DOCS / "matsumoto_shisetsu_cost_r6.pdf"
F_HTML = DOCS / "fukui_madoguchi_dx_roadmap.html"
F_TXT = DOCS / "imizu_gyozaikaikaku_jisseki_r6.txt"


def num(s):
    s = str(s).strip().replace(",", "")
    if s in ("", "―", "None"):
        return None
    if s.startswith("▲"):
        return -int(s[1:])
    return int(s)


def per_person(users, cost_k):
    return int(cost_k * 1000 / users + 0.5) if users else None


# --- sources: data.py and the files read back --------------------------------------------
def from_data():
    return SimpleNamespace(staff=D.STAFF_ROWS, evals=D.EVAL_ITEMS, fac=D.FAC_ROWS, dx=D.DX_ROWS,
                           reform=[(i[0], i[1], i[2], i[3], i[4]) for i in D.REFORM_ITEMS],
                           fac_total=None, reform_total=None, staff_change=None)


def from_files():
    from bs4 import BeautifulSoup
    from docx import Document
    from openpyxl import load_workbook
    import pdfplumber

    # xlsx: two-row header on rows 4-5, data from row 6 until 合計
    ws = load_workbook(F_XLSX).active
    years = []
    for c in range(2, ws.max_column + 1):
        v = ws.cell(4, c).value
        if v and str(v).endswith("年"):
            years.append((int(str(v)[:-1]), c))
    staff, change = [], {}
    r = 6
    while ws.cell(r, 1).value != "合計":
        name = ws.cell(r, 1).value
        vals = {y: (num(ws.cell(r, c).value), num(ws.cell(r, c + 1).value)) for y, c in years}
        ch_col = years[-1][1] + 2
        change[name] = num(ws.cell(r, ch_col).value)
        staff.append((name, vals, ws.cell(r, ch_col + 1).value or ""))
        r += 1
    change["合計"] = num(ws.cell(r, years[-1][1] + 2).value)
    # docx: label blocks, each followed by its table (tables 0..5), then the 内訳 table
    doc = Document(F_DOCX)
    blocks, cur = [], None
    for p in doc.paragraphs:
        m = re.match(r"【(事業名|所管|評価|委員コメント)】(.*)", p.text)
        if m:
            if m.group(1) == "事業名":
                cur = {}
                blocks.append(cur)
            cur[m.group(1)] = m.group(2)
    evals = []
    for i, (b, t) in enumerate(zip(blocks, doc.tables)):
        costs = [num(c.text.rstrip("※")) for c in t.rows[1].cells[1:]]
        vals = [num(c.text) for c in t.rows[2].cells[1:]]
        evals.append((i + 1, b["事業名"], b["所管"], b["評価"], b["委員コメント"], t.rows[2].cells[0].text, costs, vals))
    # pdf: one table over two pages, 施設区分 only on the first row of a group (forward-filled here)
    fac, fac_total, kubun = [], None, None
    with pdfplumber.open(F_PDF) as pdf:
        for page in pdf.pages:
            for line in page.extract_text().splitlines():
                parts = line.split()
                if len(parts) >= 4 and parts[0] == "合計":
                    fac_total = tuple(num(x) for x in parts[1:4])
                    continue
                if len(parts) == 5 and parts[1].startswith("松本市") or (len(parts) == 5 and "芸術館" in parts[1]):
                    kubun, parts = parts[0], parts[1:]
                if len(parts) == 4 and ("松本市" in parts[0] or "芸術館" in parts[0]):
                    users, cost, pp = num(parts[1]), num(parts[2]), num(parts[3])
                    assert pp == per_person(users, cost), line
                    fac.append((kubun, parts[0], users, cost))
    # html
    soup = BeautifulSoup(F_HTML.read_text(encoding="utf-8"), "html.parser")
    dx = []
    for tr in soup.select("tbody tr"):
        cells = [td.get_text(strip=True) for td in tr.find_all("td")]
        dx.append(tuple(cells))
    # txt: numbered paragraphs 「(n) 名称」 then one sentence with 約N千円 and （担当課）
    text = F_TXT.read_text(encoding="utf-8")
    reform = []
    for m in re.finditer(r"^\((\d+)\) (.+)\n　(.+)$", text, re.M):
        sent = m.group(3)
        amt = re.search(r"約([\d,]+)千円の(削減|増収)", sent)
        dept = re.search(r"（([^（）]+)）。$", sent).group(1)
        reform.append((int(m.group(1)), m.group(2), dept, num(amt.group(1)) if amt else None,
                       amt.group(2) if amt else None))
    rt = re.search(r"合計は、約([\d,]+)千円（うち歳出削減約([\d,]+)千円、歳入増約([\d,]+)千円）", text)
    return SimpleNamespace(staff=staff, evals=evals, fac=fac, dx=dx, reform=reform,
                           fac_total=fac_total, reform_total=tuple(num(x) for x in rt.groups()), staff_change=change)


# --- the questions -------------------------------------------------------------------------
def build(S):
    Q = []

    def q(turns, target, expect, answer, why, derivation, doc):
        Q.append(dict(turns=turns if isinstance(turns, list) else [turns], target=target, expect=expect,
                      answer=answer, why=why, derivation=derivation, _doc=doc))

    X = "takasaki_teiin_tekiseika.xlsx"
    staff = {r[0]: r[1] for r in S.staff}
    depts = [r[0] for r in S.staff if not r[0].startswith("（再掲）")]
    chg = {n: staff[n][2025][1] - staff[n][2023][1] for n in staff}
    if S.staff_change:  # the file's 増減 column agrees with the values
        assert all(S.staff_change[n] == chg[n] for n in staff)
        assert S.staff_change["合計"] == sum(chg[n] for n in depts)
    q("高崎市の定員適正化計画で、教育部門の2025年の実績値は何人ですか？", "table_row", "value",
      staff["教育"][2025][1], "one cell under a two-row header (2025年 › 実績値)", "教育 row, 2025年 実績値 column", X)
    q("高崎市の定員適正化計画、消防って2024年は計画より何人多かったの？", "table_row", "value",
      staff["消防"][2024][1] - staff["消防"][2024][0], "difference of two sibling columns under one year",
      f"消防 2024年 実績値 {staff['消防'][2024][1]} − 計画値 {staff['消防'][2024][0]}", X)
    over = [n for n in depts if staff[n][2025][1] > staff[n][2025][0]]
    q("高崎市の定員適正化計画で、2025年に実績値が計画値を上回った部門はいくつありますか？", "table_row", "count",
      len(over), "column comparison; the 再掲 row and the 合計 row are not 部門",
      f"2025年 実績値 > 計画値: {'・'.join(over)} (保育士 再掲 174<178 is not counted either way)", X)
    worst = min(depts, key=lambda n: chg[n])
    q("高崎市の定員適正化計画で、2023年から2025年にかけていちばん職員が減った部門はどこ？", "table_row", "contains",
      [worst], "minimum of the 増減 column written with ▲; 合計 row excluded",
      "増減: " + ", ".join(f"{n} {chg[n]}" for n in depts), X)
    tot25 = sum(staff[n][2025][1] for n in depts)
    q("高崎市の定員適正化計画の2025年の実績値の合計は何人？", "table_row", "value", tot25,
      "the 合計 row (再掲 excluded)", f"sum of 2025年 実績値 over {'・'.join(depts)} = {tot25}, as in the 合計 row", X)
    q("高崎市の定員適正化計画で保育士の2025年の実績は何人ですか", "table_row", "value", staff["（再掲）うち保育士"][2025][1],
      "lookup of the 再掲 row", "（再掲）うち保育士 row, 2025年 実績値", X)
    q("高崎市の定員適正化計画で2026年の公営企業の計画値を教えてください", "table_row", "value", staff["公営企業"][2026][0],
      "the last year has 計画値 only (実績値 「―」)", "公営企業 row, 2026年 計画値", X)
    q(["高崎市の定員適正化計画で、消防部門の2025年の実績値は？", "計画値だと？"], "table_row", "value",
      staff["消防"][2025][0], "follow-up keeps the row and the year, switches 実績値→計画値", "消防 row, 2025年 計画値", X)
    q(["高崎市の定員適正化計画、公営企業の備考には何て書いてある？", "その部門の増減は？"], "table_row", "contains",
      [f"▲{-chg['公営企業']}"], "follow-up keeps the row; the 増減 cell is the string ▲18",
      f"公営企業: 2025年実績 {staff['公営企業'][2025][1]} − 2023年実績 {staff['公営企業'][2023][1]}", X)
    q("高崎市の定員適正化計画で、消防の2025年の実績に含まれている派遣職員は何人？", "passage", "contains",
      [f"派遣職員{D.STAFF_FIRE_SECONDED}人"], "the answer is in note ※2 under the table, not in a cell", "note ※2", X)
    avg23 = round(sum(staff[n][2023][1] for n in depts) / len(depts), 2)
    q("高崎市の定員適正化計画で、2023年の実績値の部門平均は何人になりますか？", "table_row", "value", avg23,
      "average over the 4 部門; the 再掲 row must not be averaged in", f"({'+'.join(str(staff[n][2023][1]) for n in depts)})/4", X)

    W = "fujisawa_gaibu_hyoka_r6.docx"
    ev = {e[1]: e for e in S.evals}
    q("藤沢市の外部評価で、観光案内所運営事業の評価は何でしたか？", "item", "contains", [ev["観光案内所運営事業"][3]],
      "【評価】 line of one block", "block 4 【評価】", W)
    n_kaizen = sum(1 for e in S.evals if e[3] == "改善")
    q("藤沢市の外部評価で「改善」になった事業は何件ありますか", "item", "count", n_kaizen,
      "count of blocks by 【評価】 (also in the 内訳 table)", "blocks with 【評価】改善: " + "・".join(e[1] for e in S.evals if e[3] == "改善"), W)
    n_kourei = sum(1 for e in S.evals if e[2].endswith("高齢者支援課"))
    q("藤沢市の外部評価で、高齢者支援課が所管している事業はいくつ？", "item", "count", n_kourei,
      "【所管】 holds 部 and 課 in one line", "blocks with 【所管】…高齢者支援課", W)
    e1 = ev["地域子育て支援拠点事業"]
    q("藤沢市の外部評価で地域子育て支援拠点事業の令和6年度の事業費はいくら？", "table_row", "value", e1[6][2],
      "cell of the small yearly table under the block (千円 in the row label)", "block 1 table, 事業費（千円） × 令和6年度", W)
    q("藤沢市の外部評価、地域子育て支援拠点事業の利用者数は令和4年度から令和6年度で何人増えましたか？", "table_row", "value",
      e1[7][2] - e1[7][0], "difference of two year columns", f"{e1[7][2]} − {e1[7][0]}", W)
    q("藤沢市の外部評価で縮小と評価された事業は？", "item", "contains", [e[1] for e in S.evals if e[3] == "縮小"],
      "single block with 【評価】縮小", "block 3", W)
    q("藤沢市の外部評価で、廃止すべきとされた事業について委員はどんなコメントをしていますか", "passage", "contains",
      ["介護保険の地域支援事業"], "【委員コメント】 of the 廃止・休止 block", "block 6 【委員コメント】", W)
    q("藤沢市の外部評価で公共施設予約システム運用事業の令和6年度の事業費が少ないのはなぜ？", "passage", "contains",
      ["半年分"], "the ※ note under block 5 explains the 9,860※ cell", "note after block 5's table", W)
    q(["藤沢市の外部評価で市民活動推進センター運営事業の所管はどこ？", "評価はどうだった？"], "item", "contains",
      [ev["市民活動推進センター運営事業"][3]], "follow-up keeps the 事業", "block 2 【評価】", W)
    e4 = ev["観光案内所運営事業"]
    q(["藤沢市の外部評価、観光案内所運営事業の案内件数は令和6年度でどれくらい？", "令和5年度は？"], "table_row", "value",
      e4[7][1], "follow-up switches the year column", "block 4 table, 案内件数（件） × 令和5年度", W)

    P = "matsumoto_shisetsu_cost_r6.pdf"
    fac = {f[1]: f for f in S.fac}
    pp = {f[1]: per_person(f[2], f[3]) for f in S.fac}
    q("松本市の公共施設で、松本市美術館の1人当たりコストはいくらですか", "table_row", "value", pp["松本市美術館"],
      "one cell (円)", "松本市美術館 row, 1人当たりコスト（円）", P)
    top = max((n for n in pp if pp[n] is not None), key=lambda n: pp[n])
    q("松本市の施設で1人当たりコストがいちばん高いのはどこ？", "table_row", "contains", [top],
      "maximum over both pages; the closed facility has 「―」 and the 合計 row is not a facility",
      f"max 1人当たりコスト = {pp[top]} ({top})", P)
    n_sport = sum(1 for f in S.fac if f[0] == "スポーツ施設")
    q("松本市の公共施設の利用者数と1人当たりコストの表で、スポーツ施設は何施設ありますか", "table_row", "count", n_sport,
      "the 施設区分 is written only on a group's first row, and the group continues on page 2",
      "スポーツ施設: " + "・".join(f[1] for f in S.fac if f[0] == "スポーツ施設"), P)
    big = [f[1] for f in S.fac if f[2] and f[2] >= 100000]
    q("松本市の施設で、利用者数が10万人以上の施設は何か所ありますか？", "table_row", "count", len(big),
      "range over 利用者数（人）; 「―」 is not a number", "・".join(big), P)
    total_cost = sum(f[3] for f in S.fac)
    if S.fac_total:
        assert S.fac_total[1] == total_cost and S.fac_total[0] == sum(f[2] for f in S.fac if f[2])
    q("松本市の公共施設の運営コストの合計は？", "table_row", "value", total_cost,
      "the 合計 row (千円)", f"sum of 運営コスト（千円） = {total_cost}", P)
    q("松本市の施設で、令和6年度に休館していたのはどこですか", "table_row", "contains", [D.FAC_CLOSED],
      "the row whose 利用者数 is 「―」 (note ※2)", "利用者数 「―」 row / note ※2", P)
    q("松本市温水プールの利用者数が少なめなのは何か理由がありますか", "passage", "contains", ["9か月分"],
      "note ※3 changes how the 利用者数 reads", "note ※3", P)
    over100m = [f[1] for f in S.fac if f[3] > 100000]
    q("松本市の公共施設で、運営コストが1億円を超える施設は何施設？", "table_row", "count", len(over100m),
      "1億円 = 100,000千円; unit conversion against the header 千円", "・".join(over100m), P)
    sport_users = sum(f[2] for f in S.fac if f[0] == "スポーツ施設" and f[2])
    q(["松本市の施設の一覧で、文化施設の利用者数の合計は？", "スポーツ施設だとどう？"], "table_row", "value", sport_users,
      "follow-up switches the group; the group crosses the page break", "+".join(str(f[2]) for f in S.fac if f[0] == "スポーツ施設"), P)
    q(["松本市の施設で松本市温水プールの運営コストは？", "施設区分は何？"], "table_row", "contains", [fac[D.FAC_POOL][0]],
      "the first row on page 2 has no 施設区分 written; it belongs to the group from page 1",
      "松本市温水プール continues スポーツ施設 from page 1", P)
    cheap = [f[1] for f in S.fac if f[0] == "社会教育施設" and pp[f[1]] is not None and pp[f[1]] < 1000]
    q("松本市の社会教育施設で、1人当たりコストが1,000円未満のところは何か所？", "table_row", "count", len(cheap),
      "group filter plus a range", "・".join(cheap), P)

    H = "fukui_madoguchi_dx_roadmap.html"
    dx = {r[0]: r for r in S.dx}
    r8 = [r[0] for r in S.dx if r[4] == "●"]
    q("福井市のデジタル化ロードマップで、令和8年度にオンライン申請が始まる手続は何件？", "table_row", "count", len(r8),
      "● in the 令和8年度 column (legend: ● = 開始)", "・".join(r8), H)
    shimin = [r[0] for r in S.dx if r[1] == "市民課"]
    q("福井市の窓口手続のロードマップで、市民課の手続はいくつありますか", "table_row", "count", len(shimin),
      "filter on 所管課", "・".join(shimin), H)
    q("福井市のデジタル化ロードマップで、犬の登録の現状は？", "table_row", "value", dx["犬の登録・狂犬病予防注射済票の交付"][2],
      "one cell; the 手続名 is abbreviated in the question", "犬の登録・狂犬病予防注射済票の交付 row, 現状", H)
    never = [r[0] for r in S.dx if all(m == "―" for m in r[3:6])]
    q("福井市のロードマップで、令和9年度までオンライン化の予定がまったくない手続は？", "table_row", "contains", never,
      "― in all three year columns (legend: ― = 対応予定なし); 償却資産申告 has ○ in R9", "・".join(never), H)
    q("福井市で保育所等の入所申込のオンライン申請はいつから始まる予定ですか", "table_row", "contains", ["令和9年度"],
      "the year is the column header of the ● cell", "保育所等の入所申込 row: ○ ○ ●", H)
    partial = [r[0] for r in S.dx if r[2] == "一部オンライン"]
    q("福井市のロードマップで、現状が「一部オンライン」の手続は何件ありますか", "table_row", "count", len(partial),
      "filter on 現状", "・".join(partial), H)
    q(["福井市のデジタル化ロードマップで、保育所等の入所申込の所管課は？", "じゃあ介護保険要介護認定の申請は？"], "table_row", "contains",
      [dx["介護保険要介護認定の申請"][1]], "follow-up switches the row, keeps the column", "介護保険要介護認定の申請 row, 所管課", H)
    kosodate_r7 = [r[0] for r in S.dx if r[1] == "子育て支援課" and r[3] == "●"]
    q(["福井市のロードマップで子育て支援課の手続は？", "そのうち令和7年度に始まるのは？"], "table_row", "contains", kosodate_r7,
      "follow-up narrows the previous rows by the R7 ●", "子育て支援課 rows with ● in 令和7年度", H)
    q("福井市のロードマップの「一部オンライン」ってどういう意味ですか", "passage", "contains", ["添付書類が不要な場合"],
      "the ※ note under the table", "note paragraph", H)
    T = "imizu_gyozaikaikaku_jisseki_r6.txt"
    rf = {r[1]: r for r in S.reform}
    q("射水市の行財政改革の取組実績で、補助金の見直しの担当課は？", "item", "contains", [rf["補助金の見直し"][2]],
      "担当課 is only in the parentheses at the end of the sentence", "(3) sentence （財政課）", T)
    best = max((r for r in S.reform if r[3]), key=lambda r: r[3])
    q("射水市の取組実績で、効果額がいちばん大きい取組はどれですか", "item", "contains", [best[1]],
      "maximum of amounts written inside sentences (削減 and 増収 alike)", f"({best[0]}) {best[3]}千円", T)
    total = sum(r[3] for r in S.reform if r[3])
    if S.reform_total:
        assert S.reform_total[0] == total
    q("射水市の行財政改革の効果額の合計はいくらですか", "passage", "value", total,
      "stated in 3 効果額のまとめ (千円) and equal to the sum of (1)–(9)", f"sum = {total}", T)
    zaisei = [r[1] for r in S.reform if r[2] == "財政課"]
    q("射水市の取組実績で財政課が担当している取組は何件？", "item", "count", len(zaisei), "担当課 from the parentheses",
      "・".join(zaisei), T)
    q("射水市の取組実績で、公用車の一元管理の効果額は？", "item", "value", rf["公用車の一元管理"][3],
      "amount inside the sentence (千円)", "(2) 約1,920千円", T)
    q("射水市のLED照明への更新って、平年度だとどれくらいの効果を見込んでるの？", "passage", "contains", ["4,600千円"],
      "the ※ note changes how (7)'s 1,150千円 reads (3 months only)", "note ※ (7)", T)
    q(["射水市の行財政改革の取組実績で、(6)の取組は何？", "効果額はいくら？"], "item", "value", rf["ふるさと納税の返礼品の拡充"][3],
      "follow-up on the numbered item", "(6) 約7,300千円の増収", T)
    inc = [r for r in S.reform if r[4] == "増収"]
    q(["射水市の取組実績で増収になった取組は何件？", "合計するといくら？"], "item", "value", sum(r[3] for r in inc),
      "follow-up sums the previous matches; also stated as 歳入増 in 3", "+".join(str(r[3]) for r in inc), T)
    q("射水市の取組実績で、効果額を算定していない取組は？", "item", "contains",
      [r[1] for r in S.reform if r[3] is None], "negation: the item without an amount", "(10)", T)
    return Q


def main() -> None:
    a, b = build(from_data()), build(from_files())
    for x, y in zip(a, b):
        assert x["answer"] == y["answer"], (x["turns"], x["answer"], y["answer"])
    def norm(s):
        return "".join(unicodedata.normalize("NFKC", s).split())
    texts = {}
    for f in (F_XLSX, F_DOCX, F_PDF, F_HTML, F_TXT):
        if f.suffix == ".txt" or f.suffix == ".html":
            texts[f.name] = f.read_text(encoding="utf-8")
        elif f.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(f) as p:
                texts[f.name] = "\n".join(pg.extract_text() for pg in p.pages)
        elif f.suffix == ".docx":
            from docx import Document
            d = Document(f)
            texts[f.name] = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
        else:
            from openpyxl import load_workbook
            ws = load_workbook(f).active
            texts[f.name] = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    out = []
    for i, x in enumerate(a, start=1):
        if x["expect"] == "contains":
            for s in x["answer"]:
                assert norm(s) in norm(texts[x["_doc"]]), (x["turns"], s)
        doc = x.pop("_doc")
        x["derivation"] = f"{doc}: {x['derivation']}"
        out.append({"id": f"m59-{i:03d}", **x})
    assert len(out) == 50, len(out)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fh:
        for x in out:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "questions;", Counter((x["target"], x["expect"]) for x in out),
          "two-turn:", sum(len(x["turns"]) > 1 for x in out))


if __name__ == "__main__":
    main()
