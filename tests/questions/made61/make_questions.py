"""Write made61/questions.jsonl: every answer computed from data.py and again from the written files."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

from tests.questions.made61 import data as D
from tests.questions.made61.make_documents import DOCX, HTML, PDF, TXT, XLSX

HERE = Path(__file__).parent


def num(s):
    """A cell as a number: 「―」/blank → None, 「▲N」 → −N, commas removed."""
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return s
    s = unicodedata.normalize("NFKC", str(s)).strip().replace(",", "")
    if s in ("", "―", "-", "—"):
        return None
    if s.startswith("▲"):
        return -num(s[1:])
    return float(s) if "." in s else int(s)


def wareki_date(s: str):
    s = unicodedata.normalize("NFKC", s)
    m = re.search(r"令和(\d+|元)年(\d+)月(\d+)日", s)
    if m:
        y = 1 if m.group(1) == "元" else int(m.group(1))
        return (2018 + y, int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{4})年(\d+)月(\d+)日", s)
    if m:
        return tuple(int(x) for x in m.groups())
    return None


# ---------------------------------------------------------------- datasets
def from_data() -> dict:
    ds: dict = {}
    ds["ichikawa"] = [dict(dept=dept, code=c, name=n, ka=k, cost4=co[0], cost5=co[1], ind=i, v4=v[0], v5=v[1], grade=g)
                      for dept, rows in D.ICHIKAWA.items() for c, n, k, co, i, v, g in rows]
    ds["ichikawa_total"] = {dept: (sum(r[3][0] or 0 for r in rows), sum(r[3][1] or 0 for r in rows))
                            for dept, rows in D.ICHIKAWA.items()}
    ds["suita"] = [dict(no=a, item=b, ka=c, goal=e, result=f, status=g, eff=h) for a, b, c, _d, e, f, g, h in D.SUITA]
    kor = [dict(dept=a, s5=b, u5=c, s6=d, u6=e) for a, b, c, d, e in D.KORIYAMA]
    ds["koriyama"] = [r for r in kor if not r["dept"].startswith("（再掲）")]
    ds["koriyama_saikei"] = [r for r in kor if r["dept"].startswith("（再掲）")]
    ds["akashi"] = [dict(area=a, name=b, kind=c, floor=d, policy=e, date=f, ymd=g, cost=h, note=i)
                    for a, b, c, d, e, f, g, h, i in D.AKASHI]
    ds["kakogawa"] = [dict(code=a, cls=b, name=c, unit=d, amount=e, date=f, ka=g) for a, b, c, d, e, f, g in D.KAKOGAWA]
    return ds


def from_files() -> dict:
    import pdfplumber
    from bs4 import BeautifulSoup
    from docx import Document
    from openpyxl import load_workbook

    ds: dict = {}
    wb = load_workbook(XLSX)
    rows, totals = [], {}
    for ws in wb.worksheets:
        r = 5
        while True:
            a = ws.cell(r, 1).value
            if a == "部計":
                totals[ws.title] = (num(ws.cell(r, 5).value), num(ws.cell(r + 1, 5).value))
                break
            assert ws.cell(r + 1, 1).value is None  # merged over the pair
            assert ws.cell(r, 4).value == "令和4年度" and ws.cell(r + 1, 4).value == "令和5年度"
            rows.append(dict(dept=ws.title, code=a, name=ws.cell(r, 2).value, ka=ws.cell(r, 3).value,
                             cost4=num(ws.cell(r, 5).value), cost5=num(ws.cell(r + 1, 5).value),
                             ind=ws.cell(r, 6).value, v4=num(ws.cell(r, 7).value), v5=num(ws.cell(r + 1, 7).value),
                             grade=ws.cell(r, 8).value))
            r += 2
    ds["ichikawa"], ds["ichikawa_total"] = rows, totals

    doc = Document(DOCX)
    suita = []
    for t in doc.tables:
        kv = {row.cells[0].text: row.cells[1].text for row in t.rows}
        suita.append(dict(no=int(kv["取組番号"]), item=kv["取組項目"], ka=kv["所管課"], goal=kv["目標（令和7年度）"],
                          result=kv["令和6年度実績"], status=kv["進捗状況"], eff=num(kv["効果額（百万円）"])))
    ds["suita"] = suita

    with pdfplumber.open(PDF) as pdf:
        t5, t6 = pdf.pages[0].extract_tables()
    r5 = {r[0]: r for r in t5[1:]}
    kor = []
    for r in t6[1:]:
        if r[0] == "合計":
            ds["koriyama_total_file"] = (num(r5["合計"][1]), num(r5["合計"][2]), num(r[1]), num(r[2]), num(r[3]))
            continue
        left = r5[r[0]]
        kor.append(dict(dept=r[0], s5=num(left[1]), u5=num(left[2]), s6=num(r[1]), u6=num(r[2])))
        assert num(r[3]) == (None if kor[-1]["u5"] is None else kor[-1]["u6"] - kor[-1]["u5"])
    ds["koriyama"] = [r for r in kor if not r["dept"].startswith("（再掲）")]
    ds["koriyama_saikei"] = [r for r in kor if r["dept"].startswith("（再掲）")]

    soup = BeautifulSoup(HTML.read_text(encoding="utf-8"), "html.parser")
    ak = []
    for sec in soup.find_all("section"):
        area = sec.h2.get_text()
        for h3 in sec.find_all("h3"):
            dl = h3.find_next_sibling("dl")
            kv = {d.get_text(): d.find_next_sibling("dd").get_text() for d in dl.find_all("dt")}
            ak.append(dict(area=area, name=h3.get_text(), kind=kv["施設分類"],
                           floor=num(kv["延床面積"].replace("㎡", "")), policy=kv["方針"], date=kv["実施日"],
                           ymd=wareki_date(kv["実施日"]), cost=num(kv["年間維持管理費"].replace("千円", "")),
                           note=kv["備考"]))
    ds["akashi"] = ak

    lines = TXT.read_text(encoding="utf-8").splitlines()
    head = lines.index("\t".join(["コード", "区分", "手数料名", "単位", "金額（円）", "前回改定日", "所管課"]))
    kk = []
    for line in lines[head + 1:]:
        if not line.strip():
            break
        c = line.split("\t")
        kk.append(dict(code=c[0], cls=c[1], name=c[2], unit=c[3], amount=c[4] if c[4] == "無料" else int(c[4]),
                       date=c[5], ka=c[6]))
    ds["kakogawa"] = kk
    return ds


def doc_text() -> dict[str, str]:
    """Plain text of each document, to check that every `contains` string is in its document."""
    import pdfplumber
    from docx import Document
    from openpyxl import load_workbook

    wb = load_workbook(XLSX)
    x = "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None)
    d = Document(DOCX)
    w = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    with pdfplumber.open(PDF) as pdf:
        p = "\n".join(pg.extract_text() for pg in pdf.pages)
    from bs4 import BeautifulSoup
    h = BeautifulSoup(HTML.read_text(encoding="utf-8"), "html.parser").get_text("\n")
    return {"市川市": x, "吹田市": w, "郡山市": p, "明石市": h, "加古川市": TXT.read_text(encoding="utf-8")}


def names(rows, key="name"):
    return "、".join(str(r[key]) for r in rows)


# ---------------------------------------------------------------- questions
# (turns, target, expect, fn(ds) -> (answer, derivation), why)
Q = []


def q(turns, target, expect, why):
    def deco(fn):
        Q.append((turns if isinstance(turns, list) else [turns], target, expect, fn, why))
        return fn
    return deco


# 市川市 (xlsx)
@q("市川市の事務事業評価で廃止になった事業って何件ありますか", "table_row", "count",
   "評価欄が「廃止」の事業（3シート合計）。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["grade"] == "廃止"]
    return len(rs), f"評価=廃止: {names(rs)}"


@q("市川市の職員研修事業、令和5年度の事業費はいくらですか", "table_row", "value",
   "総務部シート S-02 の令和5年度行の事業費（千円）。")
def _(ds):
    r = next(r for r in ds["ichikawa"] if r["name"] == "職員研修事業")
    return r["cost5"], f"{r['code']} 令和5年度 事業費 {r['cost5']}千円"


@q("市川市で統合と評価された事業はどれですか", "table_row", "contains", "評価=統合 は1件のみ。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["grade"] == "統合"]
    assert len(rs) == 1
    return [rs[0]["name"]], f"評価=統合: {rs[0]['code']} {rs[0]['name']}"


@q("市川市の環境部の事業で、令和5年度の事業費がいちばん大きいのはどれ？", "table_row", "contains",
   "環境部シートの令和5年度事業費の最大（E-05 の「―」は除く）。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["dept"] == "環境部" and r["cost5"] is not None]
    top = max(rs, key=lambda r: r["cost5"])
    return [top["name"]], f"環境部 令和5年度最大 {top['code']} {top['cost5']}千円"


@q("市川市こども政策部の令和5年度の事業費の合計を教えてください", "table_row", "value",
   "こども政策部シートの部計（令和5年度）＝各事業の令和5年度事業費の和。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["dept"] == "こども政策部"]
    s = sum(r["cost5"] or 0 for r in rs)
    assert s == ds["ichikawa_total"]["こども政策部"][1]
    return s, " + ".join(str(r["cost5"]) for r in rs) + f" = {s}（部計行と一致）"


@q("市川市の事務事業で、令和4年度より令和5年度のほうが事業費が増えたものは何件？", "table_row", "count",
   "令和5年度事業費 > 令和4年度事業費。どちらかが「―」の事業（C-04 新規、E-05 中止）は比較できないので数えない。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["cost4"] is not None and r["cost5"] is not None and r["cost5"] > r["cost4"]]
    return len(rs), f"増加: {names(rs, 'code')}"


@q("市川市の子育て講座開催事業、令和4年度の欄が「―」になっているのはなぜですか", "passage", "contains",
   "こども政策部シートの注記※2。")
def _(ds):
    return ["令和5年度新規事業"], "※2 「―」は当該年度に事業を実施していないもの（C-04 は令和5年度新規事業）"


@q(["市川市の総務部で縮小と評価された事業は？", "その事業の担当課はどこですか"], "table_row", "contains",
   "総務部で評価=縮小は S-03 のみ、担当課は管財課。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["dept"] == "総務部" and r["grade"] == "縮小"]
    assert len(rs) == 1
    return [rs[0]["ka"]], f"{rs[0]['code']} {rs[0]['name']} → {rs[0]['ka']}"


@q("市川市の放課後子ども教室運営事業の参加児童数は、令和4年度から令和5年度で何人増えましたか", "table_row", "value",
   "C-02 の指標値 令和5年度 − 令和4年度。")
def _(ds):
    r = next(r for r in ds["ichikawa"] if r["code"] == "C-02")
    return r["v5"] - r["v4"], f"{r['v5']} − {r['v4']}"


@q("市川市の環境フェア開催事業って、令和5年度はなんで「―」なんでしょう", "passage", "contains",
   "環境部シートの注記※3。")
def _(ds):
    return ["荒天"], "※3 E-05 の令和5年度は荒天のため開催を中止したため「―」とした。"


@q(["市川市の事務事業評価で継続になったのはいくつありますか", "そのうち環境部のものは？"], "table_row", "count",
   "評価=継続 かつ 環境部シート。")
def _(ds):
    rs = [r for r in ds["ichikawa"] if r["grade"] == "継続" and r["dept"] == "環境部"]
    return len(rs), f"継続 全体 {sum(r['grade'] == '継続' for r in ds['ichikawa'])}件、うち環境部 {names(rs, 'code')}"


# 吹田市 (docx)
@q("吹田市の行財政改革推進計画で、進捗が「遅れ」になっている取組はどれ？", "item", "contains",
   "進捗状況が「遅れ」ちょうど（「やや遅れ」は含めない）は取組5のみ。")
def _(ds):
    rs = [r for r in ds["suita"] if r["status"] == "遅れ"]
    assert len(rs) == 1
    return [rs[0]["item"]], f"進捗状況の欄が「遅れ」の取組は取組{rs[0]['no']}のみ"


@q("吹田市の推進状況報告書で、完了した取組は何件ですか", "item", "count", "進捗状況=完了。")
def _(ds):
    rs = [r for r in ds["suita"] if r["status"] == "完了"]
    return len(rs), "取組" + "・".join(str(r["no"]) for r in rs)


@q("吹田市の行革の取組の効果額、全部合わせると何百万円になりますか", "item", "value",
   "効果額（百万円）の和、「―」は0扱い（金額換算なし）。※2 の一時的効果（取組7）も表の値どおり含める。")
def _(ds):
    vals = [r["eff"] for r in ds["suita"] if r["eff"] is not None]
    s = round(sum(vals), 1)
    return s, " + ".join(map(str, vals)) + f" = {s}"


@q(["吹田市で情報政策室が所管している取組を教えて", "それって何件？"], "item", "count", "所管課=情報政策室（取組6, 9）。")
def _(ds):
    rs = [r for r in ds["suita"] if r["ka"] == "情報政策室"]
    return len(rs), "取組" + "・".join(str(r["no"]) for r in rs)


@q(["吹田市の職員駐車場の有料化の効果額は？", "それは何か月分の額ですか"], "passage", "contains",
   "注記※3（取組8は6か月分）。")
def _(ds):
    r = next(r for r in ds["suita"] if r["no"] == 8)
    return ["6か月分"], f"取組8 効果額 {r['eff']}百万円、※3 令和6年10月から令和7年3月までの6か月分"


@q("吹田市の取組で効果額がいちばん大きいのはどれですか", "item", "contains", "効果額の最大（取組7、95.0百万円）。")
def _(ds):
    top = max((r for r in ds["suita"] if r["eff"] is not None), key=lambda r: r["eff"])
    return [top["item"]], f"取組{top['no']} {top['eff']}"


@q("吹田市の取組のうち、効果額が「―」になっているのはいくつ？", "item", "count", "効果額が「―」（取組2, 9, 10）。")
def _(ds):
    rs = [r for r in ds["suita"] if r["eff"] is None]
    return len(rs), "取組" + "・".join(str(r["no"]) for r in rs)


@q("吹田市の推進状況で、進捗状況が順調以外の取組は何件ありますか", "item", "count",
   "進捗状況 ≠ 順調（完了・やや遅れ・遅れ）。")
def _(ds):
    rs = [r for r in ds["suita"] if r["status"] != "順調"]
    return len(rs), "取組" + "・".join(str(r["no"]) for r in rs)


@q("吹田市の資産経営室の取組の効果額を合計するといくらですか", "item", "value",
   "所管課=資産経営室（取組4 18.6、取組7 95.0）の効果額の和（百万円）。")
def _(ds):
    rs = [r for r in ds["suita"] if r["ka"] == "資産経営室"]
    s = round(sum(r["eff"] for r in rs), 1)
    return s, " + ".join(str(r["eff"]) for r in rs) + f" = {s}"


@q(["吹田市のAI-OCRの取組、目標は何業務ですか", "令和6年度の実績は？"], "item", "contains", "取組6 令和6年度実績。")
def _(ds):
    r = next(r for r in ds["suita"] if r["no"] == 6)
    return [r["result"]], f"取組6 目標 {r['goal']}、実績 {r['result']}"


# 郡山市 (pdf)
@q("郡山市の令和6年度のコピー用紙使用量は合計でどれくらい？", "table_row", "value",
   "右の表（令和6年度）の合計行、千枚。")
def _(ds):
    s = sum(r["u6"] for r in ds["koriyama"])
    if "koriyama_total_file" in ds:
        assert ds["koriyama_total_file"][3] == s
    return s, f"令和6年度 使用量の和 = {s}千枚（合計行と一致）"


@q("郡山市の保健福祉部の令和5年度のコピー用紙使用量を教えてください", "table_row", "value", "左の表（令和5年度）。")
def _(ds):
    r = next(r for r in ds["koriyama"] if r["dept"] == "保健福祉部")
    return r["u5"], f"保健福祉部 令和5年度 {r['u5']}千枚"


@q("郡山市で令和6年度にコピー用紙をいちばん使った部はどこ？", "table_row", "contains", "令和6年度使用量の最大。")
def _(ds):
    top = max(ds["koriyama"], key=lambda r: r["u6"])
    return [top["dept"]], f"{top['dept']} {top['u6']}千枚"


@q("郡山市の市民部、コピー用紙の使用量は前の年度からどれだけ減りましたか", "table_row", "contains",
   "市民部 令和6年度 − 令和5年度 = ▲270（増減欄）。")
def _(ds):
    r = next(r for r in ds["koriyama"] if r["dept"] == "市民部")
    assert r["u5"] - r["u6"] == 270
    return ["270"], f"{r['u6']} − {r['u5']} = ▲{r['u5'] - r['u6']}"


@q("郡山市の上下水道局の令和6年度の使用量、すごく少ないけど理由は？", "passage", "contains", "注記※2。")
def _(ds):
    return ["6か月分"], "※2 上下水道局の令和6年度使用量は、令和6年4月から9月までの6か月分"


@q("郡山市の令和6年度の職員数を全部足すと何人ですか", "table_row", "value", "右の表の職員数の和（合計行）。（再掲）うち保健所は保健福祉部の内数なので足さない（※4）。")
def _(ds):
    s = sum(r["s6"] for r in ds["koriyama"])
    if "koriyama_total_file" in ds:
        assert ds["koriyama_total_file"][2] == s
    return s, f"令和6年度 職員数の和 = {s}"


@q("郡山市で令和5年度のコピー用紙使用量が1,000千枚未満だった部はいくつありますか", "table_row", "count",
   "令和5年度使用量 < 1000（DX推進部の「―」、合計行、（再掲）うち保健所 910 は部ではないので数えない）。")
def _(ds):
    rs = [r for r in ds["koriyama"] if r["u5"] is not None and r["u5"] < 1000]
    return len(rs), names(rs, "dept")


@q(["郡山市のDX推進部の令和6年度のコピー用紙使用量は？", "職員数は何人？"], "table_row", "value",
   "DX推進部 令和6年度の職員数。")
def _(ds):
    r = next(r for r in ds["koriyama"] if r["dept"] == "DX推進部")
    return r["s6"], f"DX推進部 令和6年度 使用量 {r['u6']}千枚、職員数 {r['s6']}人"


@q("郡山市の令和5年度、職員1人当たりのコピー用紙使用量がいちばん多い部はどこですか", "table_row", "contains",
   "令和5年度 使用量÷職員数 の最大（市民部 2,310÷248 ≈ 9.31千枚）。")
def _(ds):
    rs = [r for r in ds["koriyama"] if r["u5"] is not None]
    top = max(rs, key=lambda r: r["u5"] / r["s5"])
    return [top["dept"]], "、".join(f"{r['dept']} {r['u5'] / r['s5']:.2f}" for r in rs)


@q("郡山市で、前年度から使用量が200千枚以上減った部は何部ありますか", "table_row", "count",
   "令和5年度 − 令和6年度 ≥ 200（増減欄が▲200以下）。上下水道局は※2で半年分だが表の値どおり数える。")
def _(ds):
    rs = [r for r in ds["koriyama"] if r["u5"] is not None and r["u5"] - r["u6"] >= 200]
    return len(rs), names(rs, "dept")


@q("郡山市の保健所のコピー用紙使用量、令和6年度はどれくらいでしたか", "table_row", "value",
   "（再掲）うち保健所の行（保健福祉部の内数、※4）の令和6年度使用量。")
def _(ds):
    r = next(r for r in ds["koriyama_saikei"] if "保健所" in r["dept"])
    return r["u6"], f"{r['dept']} 令和6年度 {r['u6']}千枚（保健福祉部 2,860千枚の内数）"


# 明石市 (html)
@q("明石市で廃止する施設は何か所ありますか", "table_row", "count", "方針=廃止（実施済み・予定とも）。")
def _(ds):
    rs = [r for r in ds["akashi"] if r["policy"] == "廃止"]
    return len(rs), names(rs)


@q("明石市の魚住児童館はいつ複合化される予定ですか", "table_row", "contains", "魚住児童館の実施日（西暦で書かれている）。")
def _(ds):
    r = next(r for r in ds["akashi"] if r["name"] == "魚住児童館")
    return ["2026年4月1日"], f"実施日 {r['date']}"


@q("明石市の施設で、2025年中に集約化や廃止などが実施された（される）のはいくつ？", "table_row", "count",
   "実施日が2025年1月1日〜12月31日（令和7年の和暦表記を西暦に換算）。")
def _(ds):
    rs = [r for r in ds["akashi"] if r["ymd"] and r["ymd"][0] == 2025]
    return len(rs), "、".join(f"{r['name']}（{r['date']}）" for r in rs)


@q("明石市の二見地区にある施設の年間維持管理費を合計するといくらですか", "table_row", "value",
   "二見地区の3施設の年間維持管理費（千円）の和。")
def _(ds):
    rs = [r for r in ds["akashi"] if r["area"] == "二見地区"]
    s = sum(r["cost"] for r in rs)
    return s, " + ".join(str(r["cost"]) for r in rs) + f" = {s}"


@q("明石市の一覧で、延床面積がいちばん大きい施設は？", "table_row", "contains", "延床面積の最大（屋外施設の「―」は除く）。")
def _(ds):
    top = max((r for r in ds["akashi"] if r["floor"] is not None), key=lambda r: r["floor"])
    return [top["name"]], f"{top['name']} {top['floor']}㎡"


@q("明石市で複合化する施設の延床面積は合計で何㎡ですか", "table_row", "value", "方針=複合化の延床面積の和。")
def _(ds):
    rs = [r for r in ds["akashi"] if r["policy"] == "複合化"]
    s = round(sum(r["floor"] for r in rs), 1)
    return s, " + ".join(str(r["floor"]) for r in rs) + f" = {s}"


@q(["明石市の大久保南老人いこいの家はどうなりますか", "譲渡先はどこ？"], "table_row", "contains", "備考欄。")
def _(ds):
    r = next(r for r in ds["akashi"] if r["name"] == "大久保南老人いこいの家")
    assert "地元自治会" in r["note"] and r["policy"] == "譲渡"
    return ["地元自治会"], f"方針 {r['policy']}、備考 {r['note']}"


@q("明石市の施設で、方針が継続になっているのはどこですか", "table_row", "contains", "方針=継続は1施設のみ。")
def _(ds):
    rs = [r for r in ds["akashi"] if r["policy"] == "継続"]
    assert len(rs) == 1
    return [rs[0]["name"]], rs[0]["name"]


@q(["明石市の大久保地区の施設を教えて", "その中で年間維持管理費がいちばん高いのは？"], "table_row", "contains",
   "大久保地区3施設の維持管理費の最大（※1 廃止前の令和5年度額）。")
def _(ds):
    rs = [r for r in ds["akashi"] if r["area"] == "大久保地区"]
    top = max(rs, key=lambda r: r["cost"])
    return [top["name"]], "、".join(f"{r['name']} {r['cost']}" for r in rs)


@q("明石市で令和7年4月1日の時点でまだ実施されていない（予定の）施設は何か所？", "table_row", "count",
   "実施日に「（予定）」が付くもの（※3）。方針=継続（実施日「―」）は数えない。")
def _(ds):
    rs = [r for r in ds["akashi"] if "予定" in r["date"]]
    assert all(r["ymd"] > (2025, 4, 1) for r in rs)
    return len(rs), names(rs)


# 加古川市 (txt)
@q("加古川市の住民票の写しの手数料っていくらでしたっけ", "table_row", "value", "B01 の金額（円）。")
def _(ds):
    r = next(r for r in ds["kakogawa"] if r["name"] == "住民票の写し")
    return r["amount"], f"{r['code']} {r['amount']}円"


@q("加古川市の手数料一覧で、いちばん高い手数料は何ですか", "table_row", "contains", "金額の最大（「無料」は除く）。")
def _(ds):
    top = max((r for r in ds["kakogawa"] if isinstance(r["amount"], int)), key=lambda r: r["amount"])
    assert top["name"].startswith("開発行為許可申請")
    return ["開発行為許可申請"], f"{top['code']} {top['name']} {top['amount']}円"


@q("加古川市の手数料で、制定してから一度も改定されていないものは何件？", "table_row", "count",
   "前回改定日が「―」（※2 制定以降改定していないもの）。")
def _(ds):
    rs = [r for r in ds["kakogawa"] if r["date"] == "―"]
    return len(rs), names(rs, "code")


@q("加古川市で2019年10月1日に改定された手数料は何件ありますか", "table_row", "count", "前回改定日=2019/10/01。")
def _(ds):
    rs = [r for r in ds["kakogawa"] if r["date"] == "2019/10/01"]
    return len(rs), names(rs, "code")


@q("加古川市の手数料のうち、市民課の所管はいくつありますか", "table_row", "count", "所管課=市民課。")
def _(ds):
    rs = [r for r in ds["kakogawa"] if r["ka"] == "市民課"]
    return len(rs), names(rs, "code")


@q(["加古川市の犬の登録の手数料は？", "それは前回いつ改定されましたか"], "table_row", "contains",
   "E01 の前回改定日（ファイルどおり 2000/04/01）。")
def _(ds):
    r = next(r for r in ds["kakogawa"] if r["code"] == "E01")
    return [r["date"]], f"E01 {r['amount']}円、前回改定日 {r['date']}"


@q(["加古川市の税関係の証明手数料は何件ありますか", "そのうち無料のものはどれ？"], "table_row", "contains",
   "区分=税のうち金額「無料」は D04 のみ。")
def _(ds):
    rs = [r for r in ds["kakogawa"] if r["cls"] == "税" and r["amount"] == "無料"]
    assert len(rs) == 1
    assert rs[0]["name"].startswith("軽自動車税納税証明書")
    return ["軽自動車税納税証明書"], f"区分=税 {sum(r['cls'] == '税' for r in ds['kakogawa'])}件、うち無料 {rs[0]['code']}"


@q("加古川市の手数料で、前回の改定が2015年より前のものはいくつ？", "table_row", "count",
   "前回改定日が2015/01/01より前（「―」は改定日がないので数えない）。")
def _(ds):
    rs = [r for r in ds["kakogawa"] if r["date"] != "―" and dt.date(*map(int, r["date"].split("/"))) < dt.date(2015, 1, 1)]
    return len(rs), names(rs, "code")


def main() -> None:
    a, b = from_data(), from_files()
    texts = doc_text()
    out = []
    for n, (turns, target, expect, fn, why) in enumerate(Q, 1):
        ans, derivation = fn(a)
        ans2, _ = fn(b)
        assert ans == ans2, (n, turns, ans, ans2)
        city = next(c for c in texts if c in turns[0])
        if expect == "contains":
            for s in ans:
                assert "".join(s.split()) in "".join(texts[city].split()), (n, s)
        out.append({"id": f"m61-{n:03d}", "turns": turns, "target": target, "expect": expect, "answer": ans,
                    "why": why, "derivation": derivation})
    assert len(out) == 50, len(out)
    assert sum(len(o["turns"]) > 1 for o in out) >= 9
    (HERE / "questions.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    from collections import Counter
    print(len(out), "questions;", Counter((o["target"], o["expect"]) for o in out),
          "two-turn:", sum(len(o["turns"]) > 1 for o in out))


if __name__ == "__main__":
    main()
