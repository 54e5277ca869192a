"""Build questions.jsonl for made57: answers computed from data.py, then re-derived from the written docs/."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

DOCS = HERE / "docs"


def squeeze(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


# ------------------------------------------------------------------ questions
# Each: (turns, target, expect, answer function over a data namespace, why, source document)
F, K, H, U, E = D.XLSX_NAME, D.DOCX_NAME, D.PDF_NAME, D.HTML_NAME, D.TXT_NAME


def fac(d, name):
    return next(f for f in d.FACILITIES if f[2] == name)


def sale_max(d):
    return max((s for s in d.SALES if s[6] is not None), key=lambda s: s[6])[2]


def attendance_min(d):
    rows = [m for m in d.MEETINGS if m[4] is not None]
    return min(rows, key=lambda m: m[4] / m[5])[1].removeprefix("金沢市")


Q = [
    # --- 船橋市 xlsx
    (["船橋市の指定管理の施設で、公募で選んでいるのは何施設ですか"], "table_row", "count",
     lambda d: sum(f[4] == "公募" for f in d.FACILITIES), "filter 選定方法=公募", F),
    (["船橋市の市民文化ホールの指定期間はいつまでですか"], "table_row", "contains",
     lambda d: [D.wareki(*fac(d, "市民文化ホール")[6])], "one cell 指定期間 (令和…～令和… string); end date", F),
    (["船橋市で指定管理料がいちばん高い施設はどこですか"], "table_row", "contains",
     lambda d: [max((f for f in d.FACILITIES if f[7] is not None), key=lambda f: f[7])[2]],
     "argmax 指定管理料（千円）; 「―」 row and 合計 row excluded", F),
    (["船橋市の指定管理料は全部でいくらになりますか"], "table_row", "value",
     lambda d: sum(f[7] or 0 for f in d.FACILITIES), "sum 指定管理料 (千円) = 合計 row; 「―」 counts as 0", F),
    (["船橋市で令和8年3月31日に指定期間が終わる施設は何件ありますか"], "table_row", "count",
     lambda d: sum(f[6] == (2026, 3, 31) for f in d.FACILITIES), "end of 指定期間 string = 令和8年3月31日", F),
    (["船橋市のスポーツ課が所管している指定管理施設を教えて", "そのうち非公募なのは？"], "table_row", "contains",
     lambda d: [f[2] for f in d.FACILITIES if f[1] == "スポーツ課" and f[4] == "非公募"],
     "merged 所管課 cell carries to 4 rows; follow-up narrows to the single 非公募 one", F),
    (["船橋市の指定管理施設で利用料金制を採用していないのは何件？"], "table_row", "count",
     lambda d: sum(f[8] == "無" for f in d.FACILITIES), "negation: 利用料金制=無", F),
    (["船橋市の郷土資料館の指定管理者はどこですか"], "table_row", "value",
     lambda d: fac(d, "郷土資料館")[3], "one cell 指定管理者", F),
    (["船橋市の運動公園の指定管理料はいくらですか"], "passage", "contains",
     lambda d: ["総合体育館"], "cell is 「―」; note ※2 says it is included in 総合体育館's amount", F),
    (["船橋市の株式会社ふなばしアーツが管理している施設はどれ？", "その指定管理料を合わせるといくら？"], "table_row", "value",
     lambda d: sum(f[7] for f in d.FACILITIES if f[3] == "株式会社ふなばしアーツ"),
     "two rows by 指定管理者, then sum of 指定管理料 (千円)", F),
    (["船橋市の公園緑地課の指定管理施設は？", "指定期間はいつまでになってますか"], "table_row", "contains",
     lambda d: sorted({D.wareki(*f[6]) for f in d.FACILITIES if f[1] == "公園緑地課"}),
     "both 公園緑地課 rows end on the same day", F),
    # --- 金沢市 docx
    (["金沢市の附属機関の会議で、非公開で開催されたのは何回ですか"], "table_row", "count",
     lambda d: sum(m[6] == "非公開" for m in d.MEETINGS), "one row per 会議回 across 4 tables; 公開・非公開=非公開", K),
    (["金沢市の都市計画審議会の第2回はいつ開かれましたか"], "table_row", "contains",
     lambda d: [D.wareki(*next(m for m in d.MEETINGS if m[1] == "金沢市都市計画審議会" and m[2] == 2)[3])],
     "one cell 開催日 (和暦 with 曜日)", K),
    (["金沢市の社会福祉審議会の委員は何人ですか"], "table_row", "value",
     lambda d: next(m[5] for m in d.MEETINGS if m[1] == "金沢市社会福祉審議会"),
     "right side of 出席委員数／委員数 (same in both rows)", K),
    (["金沢市の福祉健康局の会議は何回開催されましたか"], "table_row", "count",
     lambda d: sum(m[0] == "福祉健康局" for m in d.MEETINGS), "the 部局 is the heading above the table, not a column", K),
    (["金沢市の令和7年になってから開かれた会議は何回ありますか"], "table_row", "count",
     lambda d: sum(m[3] >= (2025, 1, 1) for m in d.MEETINGS), "開催日 in 令和7年 (Jan–Mar 2025)", K),
    (["金沢市の男女共同参画審議会の第3回は何人出席しましたか"], "passage", "contains",
     lambda d: ["書面開催"], "cell 「―／18」; note ※1: 書面開催, 回答委員数 17人 — not an attendance figure", K),
    (["金沢市の開発審査会は公開ですか、非公開ですか"], "table_row", "value",
     lambda d: next(m[6] for m in d.MEETINGS if m[1] == "金沢市開発審査会"), "one cell 公開・非公開", K),
    (["金沢市の総務局の会議を一覧で見せてください", "そのうち公開だったのは何回？"], "table_row", "count",
     lambda d: sum(m[0] == "総務局" and m[6] == "公開" for m in d.MEETINGS), "table under 総務局 heading, then 公開", K),
    (["金沢市の会議で出席率がいちばん低かったのはどの会議ですか"], "table_row", "contains",
     lambda d: [attendance_min(d)], "出席委員数÷委員数 per row, 書面開催 (―) excluded; 19/25=76％", K),
    (["金沢市の行政改革推進委員会の1回目は何日の何曜日でしたか"], "table_row", "contains",
     lambda d: [D.wareki(2024, 5, 27, weekday=True)], "開催日 cell with 曜日", K),
    (["金沢市の都市計画審議会の開催状況を教えて", "委員数は何人？"], "table_row", "value",
     lambda d: next(m[5] for m in d.MEETINGS if m[1] == "金沢市都市計画審議会"), "follow-up reads 委員数 of the same 会議", K),
    (["金沢市で出席委員数が委員数と同じ、つまり全員出席だった会議は何回ありますか"], "table_row", "count",
     lambda d: sum(m[4] == m[5] for m in d.MEETINGS), "comparison of the two numbers in one cell", K),
    # --- 姫路市 pdf
    (["姫路市の令和6年度の市有財産の売却額の小計はいくらですか"], "table_row", "value",
     lambda d: sum(s[6] for s in d.SALES if s[0] == "令和6年度" and s[6] is not None), "小計 row of 令和6年度 (―=不調 excluded)", H),
    (["姫路市で入札が不調に終わった物件は何件ありますか"], "table_row", "count",
     lambda d: sum(s[6] is None for s in d.SALES), "売却額 「―」 = 入札不調 (note ※1)", H),
    (["姫路市の売却実績でいちばん高く売れた物件はどれですか"], "table_row", "contains",
     lambda d: [sale_max(d)], "argmax 売却額（円）, 小計/合計 rows excluded", H),
    (["姫路市の旧職員住宅は予定価格よりいくら高く売れましたか"], "table_row", "value",
     lambda d: next(s[6] - s[5] for s in d.SALES if s[2] == "旧職員住宅"), "売却額 − 予定価格 in one row (円)", H),
    (["姫路市の家島町真浦の旧給食センター用地は結局いくらで売れたんですか"], "table_row", "value",
     lambda d: next(s[6] for s in d.SALES if s[2] == "旧給食センター用地" and s[6] is not None),
     "same 物件 twice: 令和5年度 不調 (―), 令和6年度 随意契約 15,100,000円", H),
    (["姫路市の令和4年度から令和6年度までの売却額の合計を教えてください"], "table_row", "value",
     lambda d: sum(s[6] for s in d.SALES if s[6] is not None), "合計 row (13件); 不調 rows add nothing", H),
    (["姫路市の貸付で年額貸付料がいちばん高いのはどこ？"], "table_row", "contains",
     lambda d: [max(d.LEASES, key=lambda x: x[4])[1].split("（")[0]], "second table (貸付), argmax 年額貸付料", H),
    (["姫路市の令和5年度の売却実績を見せて", "その中で面積が1,000㎡以上のものは何件？"], "table_row", "count",
     lambda d: sum(s[0] == "令和5年度" and s[4] >= 1000 for s in d.SALES), "year block, then 面積（㎡）≥1000 (a 不調 row counts: it is a listed 物件)", H),
    (["姫路市の本庁舎屋上の貸付期間はいつまでですか"], "table_row", "contains",
     lambda d: ["令和22年6月30日"], "貸付期間 cell of lease No.2 (row crosses to page 2 of the PDF)", H),
    (["姫路市で予定価格を上回る額で売れた物件は何件ありますか"], "table_row", "count",
     lambda d: sum(s[6] is not None and s[6] > s[5] for s in d.SALES), "compare 売却額 > 予定価格 per row; 随意契約 = same amount", H),
    # --- 宇都宮市 html
    (["宇都宮市の事務事業の見直しで廃止になった事業は何件ですか"], "table_row", "count",
     lambda d: sum(r[4] == "廃止" for r in d.REVIEWS), "区分=廃止", U),
    (["宇都宮市の事務事業見直しの削減見込額は合計でいくらですか"], "table_row", "value",
     lambda d: sum(r[5] or 0 for r in d.REVIEWS), "tfoot 合計 (千円); 再掲 row not added", U),
    (["宇都宮市の見直しで削減見込額がいちばん大きい事業は何ですか"], "table_row", "contains",
     lambda d: [max((r for r in d.REVIEWS if r[5] is not None), key=lambda r: r[5])[2]], "argmax 削減見込額", U),
    (["宇都宮市の手法見直しになった事業の削減見込額を合計するといくら？"], "table_row", "value",
     lambda d: sum(r[5] or 0 for r in d.REVIEWS if r[4] == "手法見直し"), "区分=手法見直し, sum; No.9 「―」 adds 0", U),
    (["宇都宮市の地域まちづくり情報誌の発行はどれくらい削減できる見込みですか"], "table_row", "contains",
     lambda d: ["統合先"], "cell 「―」; 見直し内容 and ※2 say the amount is booked on No.3", U),
    (["宇都宮市の見直しのうち、デジタル化による削減見込額はいくらですか"], "table_row", "value",
     lambda d: sum(r[5] or 0 for r in d.REVIEWS if r[7]), "tfoot 再掲 row (内数, ※4)", U),
    (["宇都宮市の高齢福祉課の見直し内容を教えて", "削減見込額は合わせていくら？"], "table_row", "value",
     lambda d: sum(r[5] or 0 for r in d.REVIEWS if r[1] == "高齢福祉課"), "2 rows of 高齢福祉課, sum", U),
    (["宇都宮市で縮小になった事業はどれですか", "その中で削減見込額がいちばん小さいのは？"], "table_row", "contains",
     lambda d: [min((r for r in d.REVIEWS if r[4] == "縮小"), key=lambda r: r[5])[2]], "区分=縮小 then argmin", U),
    # --- 浜松市 txt
    (["浜松市の粗大ごみ収集の申込みは令和6年度に電子申請が何件ありましたか"], "table_row", "value",
     lambda d: next(e[5] for e in d.EAPPS if e[2] == "粗大ごみ収集の申込み"), "one cell under the two-line header", E),
    (["浜松市でオンライン率がいちばん高い手続はどれ？"], "table_row", "contains",
     lambda d: [max((e for e in d.EAPPS if e[6] is not None), key=lambda e: e[6])[2]], "argmax オンライン率 R6（％）", E),
    (["浜松市で令和5年度より令和6年度の件数が減った手続はいくつありますか"], "table_row", "count",
     lambda d: sum(e[4] is not None and e[5] < e[4] for e in d.EAPPS), "compare two year columns per row", E),
    (["浜松市の電子申請の件数は令和6年度全体で何件でしたか"], "table_row", "value",
     lambda d: sum(e[5] or 0 for e in d.EAPPS), "計 row, 令和6年度 column", E),
    (["浜松市の保育所等の利用申込みはいつから電子申請できるようになったの？"], "passage", "contains",
     lambda d: ["令和6年10月"], "row shows ― for R4/R5; note ※1 gives the start month", E),
    (["浜松市でオンライン率が50％以上の手続は何件ありますか"], "table_row", "count",
     lambda d: sum(e[6] is not None and e[6] >= 50 for e in d.EAPPS), "range on オンライン率; 「―」 excluded", E),
    (["浜松市の福祉・子育て分野の手続を見せて", "そのうちオンライン率がいちばん低いのは？"], "table_row", "contains",
     lambda d: [min((e for e in d.EAPPS if e[1] == "福祉・子育て"), key=lambda e: e[6])[2]], "分類 filter then argmin", E),
    (["浜松市の住民票の写しの交付請求の件数を教えて", "令和4年度と比べて何件増えた？"], "table_row", "value",
     lambda d: next(e[5] - e[3] for e in d.EAPPS if e[2] == "住民票の写しの交付請求"), "R6 − R4 in one row", E),
    (["浜松市のイベント参加申込みのオンライン率は何％ですか"], "passage", "contains",
     lambda d: ["全申請件数を把握していない"], "cell 「―」; note ※3 explains it is not computed", E),
]


# ------------------------------------------------------------------ re-reading the documents
def parse_wareki(s: str):
    m = re.fullmatch(r"令和(元|\d+)年(\d+)月(\d+)日(?:（(.)）)?", s)
    assert m, s
    y = 2018 + (1 if m[1] == "元" else int(m[1]))
    date = (y, int(m[2]), int(m[3]))
    if m[4]:
        assert D.WEEKDAYS[dt.date(*date).weekday()] == m[4], s
    return date


def num(s: str):
    s = s.replace(",", "").strip()
    if s == "―":
        return None
    return float(s) if "." in s else int(s)


def read_xlsx():
    from openpyxl import load_workbook
    ws = load_workbook(DOCS / D.XLSX_NAME).active
    rows, dept, total = [], None, None
    for r in ws.iter_rows(min_row=5, values_only=True):
        if r[0] == "合計":
            total = r[7]
            break
        dept = r[1] or dept
        start, end = (parse_wareki(x) for x in r[5].split("～"))
        assert r[6] == D.years(start, end)
        rows.append((r[0], dept, r[2], r[3], r[4], start, end, None if r[7] == "―" else r[7], r[8], r[9] or ""))
    assert total == sum(f[7] or 0 for f in rows)
    text = "\n".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    return rows, text


def read_docx():
    from docx import Document
    doc = Document(DOCS / D.DOCX_NAME)
    rows, dept, text = [], None, []
    tables = iter(doc.tables)
    for block in doc.element.body.iterchildren():
        tag = block.tag.split("}")[1]
        if tag == "p":
            t = "".join(x.text or "" for x in block.iter() if x.tag.endswith("}t"))
            text.append(t)
            m = re.fullmatch(r"(.+局)（(\d+)回）", t)
            if m:
                dept, n_expected = m[1], int(m[2])
        elif tag == "tbl":
            table = next(tables)
            got = 0
            for row in table.rows[1:]:
                c = [cell.text for cell in row.cells]
                att, members = c[3].split("／")
                rows.append((dept, c[0], int(c[1][1:-1]), parse_wareki(c[2]),
                             None if att == "―" else int(att), int(members), c[4], c[5]))
                text.extend(c)
                got += 1
            assert got == n_expected
    return rows, "\n".join(text)


def read_pdf():
    import pdfplumber
    with pdfplumber.open(DOCS / D.PDF_NAME) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    sales, subtotals = [], {}
    for line in text.splitlines():
        m = re.fullmatch(r"(令和\d年度) (\d+) (\S+) (\S+) ([\d,.]+) ([\d,]+) ([\d,]+|―) (\S+)", line)
        if m:
            sales.append((m[1], int(m[2]), m[3], m[4], num(m[5]), num(m[6]), num(m[7]), m[8]))
        m = re.fullmatch(r"(令和\d年度) 小計（売却(\d+)件） ([\d,.]+) ([\d,]+)", line)
        if m:
            subtotals[m[1]] = (int(m[2]), num(m[4]))
        m = re.fullmatch(r"合計（売却(\d+)件） ([\d,.]+) ([\d,]+)", line)
        if m:
            grand = (int(m[1]), num(m[3]))
    for y, (n, amount) in subtotals.items():
        ys = [s for s in sales if s[0] == y and s[6] is not None]
        assert (n, amount) == (len(ys), sum(s[6] for s in ys)), y
    sold = [s for s in sales if s[6] is not None]
    assert grand == (len(sold), sum(s[6] for s in sold))
    flat = squeeze(text)
    for no, name, who, area, fee, per in D.LEASES:
        for part in (name, who, f"{area:,.2f}", f"{fee:,}", per):
            assert squeeze(part) in flat, part
    return sales, text


def read_html():
    from bs4 import BeautifulSoup
    soup = BeautifulSoup((DOCS / D.HTML_NAME).read_text(encoding="utf-8"), "html.parser")
    rows = []
    for tr in soup.select("tbody tr"):
        c = [td.get_text() for td in tr.find_all("td")]
        rows.append((int(c[0]), c[1], c[2], c[3], c[4], num(c[5]), c[6]))
    foot = [tr.find_all(["th", "td"]) for tr in soup.select("tfoot tr")]
    total, dx = num(foot[0][1].get_text()), num(foot[1][1].get_text())
    assert "再掲" in foot[1][0].get_text()
    assert total == sum(r[5] or 0 for r in rows)
    return rows, total, dx, soup.get_text()


def read_txt():
    text = (DOCS / D.TXT_NAME).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if parts and parts[0].isdigit() and len(parts) == 7:
            no, cat, name, a, b, c, rate = parts
            rows.append((int(no), cat, name, num(a), num(b), num(c), num(rate)))
        if parts and parts[0] == "計":
            totals = [num(x) for x in parts[1:]]
    assert totals == [sum(r[i] or 0 for r in rows) for i in (3, 4, 5)]
    return rows, text


def reread() -> tuple[SimpleNamespace, dict[str, str]]:
    fac, ftext = read_xlsx()
    meet, mtext = read_docx()
    sales, ptext = read_pdf()
    rev, total, dx, htext = read_html()
    eapps, ttext = read_txt()
    assert fac == [tuple(f) for f in D.FACILITIES], "xlsx differs from data"
    assert meet == [tuple(m) for m in D.MEETINGS], "docx differs from data"
    assert sales == [tuple(s) for s in D.SALES], "pdf differs from data"
    assert rev == [r[:7] for r in D.REVIEWS], "html differs from data"
    assert dx == sum(r[5] or 0 for r in D.REVIEWS if r[7])
    assert eapps == [tuple(e) for e in D.EAPPS], "txt differs from data"
    # the 再掲 flag is not a column: take it from data, checked above through the 再掲 total
    reviews = [r + (D.REVIEWS[i][7],) for i, r in enumerate(rev)]
    ns = SimpleNamespace(FACILITIES=fac, MEETINGS=meet, SALES=sales, LEASES=D.LEASES, REVIEWS=reviews, EAPPS=eapps)
    texts = {D.XLSX_NAME: ftext, D.DOCX_NAME: mtext, D.PDF_NAME: ptext, D.HTML_NAME: htext, D.TXT_NAME: ttext}
    return ns, texts


def main() -> None:
    parsed, texts = reread()
    out = []
    for i, (turns, target, expect, fn, why, doc) in enumerate(Q, 1):
        answer = fn(D)
        again = fn(parsed)
        assert answer == again, (i, answer, again)
        if expect == "contains":
            assert isinstance(answer, list) and answer, i
            for s in answer:
                assert squeeze(s) in squeeze(texts[doc]), (i, s)
        if expect == "count":
            assert isinstance(answer, int) and answer > 0, (i, answer)
        out.append({"id": f"m57-{i:03d}", "turns": turns, "target": target, "expect": expect,
                    "answer": answer, "why": why, "derivation": f"{doc}: {why}"})
    assert len(out) == 50, len(out)
    assert sum(len(q["turns"]) == 2 for q in out) >= 9
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q in out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "questions;", Counter((q["target"], q["expect"]) for q in out),
          "two-turn:", sum(len(q["turns"]) == 2 for q in out))


if __name__ == "__main__":
    main()
