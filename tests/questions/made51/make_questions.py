"""Compute every made51 answer from data.py and write questions.jsonl.  Run: python make_questions.py"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    Q.append(dict(id=f"m51-{len(Q) + 1:03d}", turns=turns, target=target, expect=expect,
                  answer=answer, why=why, derivation=derivation))


def clean(x: float) -> float | int:
    x = round(x, 1)
    return int(x) if x == int(x) else x


# ---------------------------------------------------------------- 1 松本市 施策評価 (xlsx)
S = [dict(sei=r[0], kihon=r[1], jigyo=r[2], ka=r[3], shihyo=r[4], unit=r[5], tgt=r[6], act=r[7],
          hoko=r[8], rate=D.rate(r[6], r[7])) for r in D.SEISAKU]
for s in S:
    s["grade"] = D.grade(s["rate"])
f1 = D.SEISAKU_FILE
c_rows = [s for s in S if s["grade"] == "c"]
q("松本市の施策評価で、達成度がcになってる事務事業って何件ありますか？", "table_row", "count", len(c_rows),
  "達成度 c の行を数える", f"{f1}: 達成度=c → {[s['jigyo'] for s in c_rows]}")
s = next(s for s in S if s["jigyo"] == "病児保育事業")
q("松本市の病児保育事業の実績値はいくつですか", "table_row", "value", s["act"],
  "病児保育事業の行の実績値", f"{f1}: 病児保育事業 実績値 {s['act']}")
low = min(S, key=lambda s: s["rate"])
q("松本市の施策評価で達成率がいちばん低い事務事業はどれ？", "table_row", "contains", [low["jigyo"]],
  "達成率の最小", f"{f1}: 達成率 min = {low['jigyo']} {low['rate']} (次点 " +
  str(sorted((s['rate'], s['jigyo']) for s in S)[1]) + ")")
kenko = [s for s in S if s["ka"] == "健康づくり課"]
q("松本市の施策評価で健康づくり課が担当している事務事業は何件？", "table_row", "count", len(kenko),
  "担当課=健康づくり課", f"{f1}: {[s['jigyo'] for s in kenko]}")
not_a = [s for s in S if s["sei"].endswith("健康づくりの推進") and s["grade"] != "a"]
q("松本市の「健康づくりの推進」の施策で、達成度がaじゃない事務事業は何件ありますか", "table_row", "count",
  len(not_a), "施策=2 健康づくりの推進 (結合セル) かつ 達成度≠a",
  f"{f1}: {[(s['jigyo'], s['grade']) for s in not_a]}")
dx = [s for s in S if s["kihon"].endswith("デジタル化の推進")]
dx_c = [s for s in dx if s["grade"] == "c"]
assert len(dx_c) == 1
q(["松本市の施策評価で、基本事業「デジタル化の推進」の事務事業を教えてください", "そのうち達成度がcのものは？"],
  "table_row", "contains", [dx_c[0]["jigyo"]], "follow-up: 基本事業=3-1 デジタル化の推進 の中で 達成度=c",
  f"{f1}: {[(s['jigyo'], s['grade']) for s in dx]}")
s = next(s for s in S if s["shihyo"] == "電子申請可能手続数")
q("松本市の電子申請可能手続数、実績は目標よりいくつ多い？", "table_row", "value", s["act"] - s["tgt"],
  "実績値−目標値", f"{f1}: {s['act']} - {s['tgt']}")
kaku = [s for s in S if s["hoko"] == "拡充"]
q("松本市の施策評価で今後の方向性が「拡充」になっている事業は何件ですか", "table_row", "count", len(kaku),
  "今後の方向性=拡充", f"{f1}: {[s['jigyo'] for s in kaku]}")
s = next(s for s in S if s["jigyo"] == "家庭訪問支援事業")
q("松本市の家庭訪問支援事業の達成率は何％？", "table_row", "value", s["rate"], "達成率の列",
  f"{f1}: {s['act']}/{s['tgt']}*100 = {s['rate']}")

# ---------------------------------------------------------------- 2 高崎市 収納率 (docx)
f2 = D.SHUNO_FILE
R = [dict(kubun=r[0], name=r[1], ka=r[2], g5=r[3], t5=r[4], g6=r[5], t6=r[6]) for r in D.SHUNO]
r = next(r for r in R if r["name"] == "国民健康保険税")
q("高崎市の令和6年度の国民健康保険税、現年度分の収納率はいくつ？", "table_row", "value", r["g6"],
  "令和6年度×現年度分 (二段見出し)", f"{f2}: 国民健康保険税 R6 現年度分 {r['g6']}")
hi = max(R, key=lambda r: r["t6"])
q("高崎市で、令和6年度の滞納繰越分の収納率がいちばん高い債権はどれですか", "table_row", "contains", [hi["name"]],
  "R6 滞納繰越分の最大 (市税計は小計行なので除外しても同じ)", f"{f2}: {hi['name']} {hi['t6']}")
lo = min(R, key=lambda r: r["t6"])
q("高崎市の収納状況で、令和6年度の滞納繰越分がいちばん低いのは？", "table_row", "contains", [lo["name"]],
  "R6 滞納繰越分の最小", f"{f2}: {lo['name']} {lo['t6']}")
down = [r for r in R if r["g6"] < r["g5"]]
assert len(down) == 1
q("高崎市の債権で、現年度分の収納率が前の年度より下がったものはありますか", "table_row", "contains",
  [down[0]["name"]], "R6 現年度分 < R5 現年度分 (市税計 99.1→99.2 は上昇)",
  f"{f2}: {[(r['name'], r['g5'], r['g6']) for r in down]}")
down_t = [r for r in R if r["t6"] < r["t5"]]
q("高崎市で、滞納繰越分の収納率が令和5年度より下がった債権は何件？", "table_row", "count", len(down_t),
  "R6 滞納繰越分 < R5 滞納繰越分 (市税計 30.2→31.9 は上昇)", f"{f2}: {[r['name'] for r in down_t]}")
nz = [r for r in R if r["ka"] == "納税課"]
q("高崎市の収納率の表で、納税課が所管している債権は何件ありますか", "table_row", "count", len(nz),
  "所管課=納税課 (市税計の行は所管課が空欄)", f"{f2}: {[r['name'] for r in nz]}")
lt99 = [r for r in R if r["g6"] < 99.0]
q("高崎市で令和6年度の現年度分の収納率が99%未満の債権は何件ですか", "table_row", "count", len(lt99),
  "R6 現年度分 < 99.0 (市税計 99.2 は該当しない)", f"{f2}: {[(r['name'], r['g6']) for r in lt99]}")
r = next(r for r in R if r["name"] == "市営住宅使用料")
q(["高崎市の市営住宅使用料の収納率を教えて", "令和6年度の滞納繰越分だけ教えてください"], "table_row", "value",
  r["t6"], "follow-up: 同じ行の R6 滞納繰越分", f"{f2}: 市営住宅使用料 R6 滞納繰越分 {r['t6']}")
r = next(r for r in R if r["name"] == "固定資産税")
q("高崎市の固定資産税の滞納繰越分、令和5年度から何ポイント上がりましたか", "table_row", "value",
  clean(r["t6"] - r["t5"]), "R6 滞納繰越分 − R5 滞納繰越分", f"{f2}: {r['t6']} - {r['t5']}")
q("高崎市って、督促状を出したあと催告書はどのくらいで送ってるの？", "passage", "contains", ["30日以内"],
  "本文「２ 収納対策の取組」の一文", f"{f2}: {D.SHUNO_TEXT[0]}")

# ---------------------------------------------------------------- 3 長野市 公用車 (pdf)
f3 = D.KOYO_FILE
K = [dict(bu=r[0], ka=r[1], have=r[2], c7=r[3], c8=r[4], c9=r[5], ng=r[6]) for r in D.KOYO]
for k in K:
    k["cut"] = k["c7"] + k["c8"] + k["c9"]
    k["after"] = k["have"] - k["cut"]
top = max(K, key=lambda k: k["have"])
q("長野市の公用車の計画で、いちばん多く車を持ってる課はどこですか", "table_row", "contains", [top["ka"]],
  "保有台数の最大 (合計行を除く)", f"{f3}: {top['ka']} {top['have']}")
q("長野市の公用車適正配置計画で、削減予定台数は全部で何台？", "table_row", "value", sum(k["cut"] for k in K),
  "削減計の合計 (= 合計行の削減計)", f"{f3}: sum 削減計 = {sum(k['cut'] for k in K)}")
ken = [k for k in K if k["bu"] == "建設部"]
q("長野市の公用車、建設部の保有台数を合計すると何台になりますか", "table_row", "value", sum(k["have"] for k in ken),
  "部局=建設部 (結合セル) の保有台数の合計", f"{f3}: {[(k['ka'], k['have']) for k in ken]}")
r8 = [k for k in K if k["c8"] > 0]
q("長野市の計画で、令和8年度に削減予定がある課は何課ありますか", "table_row", "count", len(r8),
  "削減予定台数 R8年度 > 0", f"{f3}: {[k['ka'] for k in r8]}")
zero = [k for k in K if k["cut"] == 0]
assert len(zero) == 1
q("長野市の公用車計画で、1台も減らさない課ってある？", "table_row", "contains", [zero[0]["ka"]],
  "削減計=0", f"{f3}: {zero[0]['ka']}")
k = next(k for k in K if k["ka"] == "管財課")
q("長野市の管財課は、計画後に公用車が何台になりますか", "table_row", "value", k["after"],
  "計画後台数（R10.4.1）", f"{f3}: 管財課 {k['have']} - {k['cut']} = {k['after']}")
env = [k for k in K if k["bu"] == "環境部"]
best = max(env, key=lambda k: k["cut"])
assert sorted(k["cut"] for k in env)[-2] < best["cut"]
q(["長野市の公用車計画で、環境部の課を見せてください", "その中で削減台数がいちばん多いのはどこ？"], "table_row",
  "contains", [best["ka"]], "follow-up: 部局=環境部 の中で削減計の最大",
  f"{f3}: {[(k['ka'], k['cut']) for k in env]}")
q("長野市の計画で、次世代自動車は合計何台にする予定ですか", "table_row", "value", sum(k["ng"] for k in K),
  "うち次世代自動車 の合計 (= 合計行)", f"{f3}: {sum(k['ng'] for k in K)}")
q("長野市の公用車の削減計画って、消防の車も対象に入ってますか？", "passage", "contains", ["緊急自動車"],
  "注記 ※1", f"{f3}: {D.KOYO_NOTES[0]}")
tosei = [k for k in K if k["bu"] == "都市整備部"]
q(["長野市の公用車適正配置計画、都市整備部の課はどこですか", "その部の計画後台数の合計は？"], "table_row",
  "value", sum(k["after"] for k in tosei), "follow-up: 2ページ目に続く都市整備部の計画後台数の合計",
  f"{f3}: {[(k['ka'], k['after']) for k in tosei]}")

# ---------------------------------------------------------------- 4 船橋市 窓口待ち時間 (html)
f4 = D.MADO_FILE
sl = D.MADO_SLOTS
q("船橋市の市民課、月曜の10時から12時の平均待ち時間は何分ですか", "table_row", "value",
  D.MADO_AVG["月曜日"][1], "月曜日×平均×10:00～12:00 (rowspan の曜日)", f"{f4}: 月曜日 平均 {sl[1]}")
cells = [(v, d, sl[i]) for d in D.MADO_DAYS for i, v in enumerate(D.MADO_AVG[d])]
mx = max(cells)
assert sorted(cells)[-2][0] < mx[0]
q("船橋市の窓口で平均待ち時間がいちばん長いのは何曜日ですか", "table_row", "contains", [mx[1]],
  "平均の行の最大セル", f"{f4}: {mx}")
q("船橋市の窓口調査で、金曜日の最大待ち時間は最長で何分でしたか", "table_row", "value",
  max(D.MADO_MAX["金曜日"]), "金曜日×最大 の行の最大値", f"{f4}: {D.MADO_MAX['金曜日']}")
P = [dict(name=r[0], n=r[1], wait=r[2], proc=r[3]) for r in D.MADO_PROC]
most = max(P, key=lambda p: p["n"])
q("船橋市の市民課で、10月にいちばん件数が多かった手続は？", "table_row", "contains", [most["name"]],
  "手続別の表の件数の最大", f"{f4}: {most['name']} {most['n']}")
p = next(p for p in P if p["name"] == "転入届")
q("船橋市で転入届をすると、待ち時間と処理時間あわせて平均何分かかりますか", "table_row", "value",
  p["wait"] + p["proc"], "平均待ち時間＋平均処理時間", f"{f4}: {p['wait']} + {p['proc']}")
w30 = [p for p in P if p["wait"] >= 30]
q("船橋市の手続別で、平均待ち時間が30分以上の手続は何件ありますか", "table_row", "count", len(w30),
  "平均待ち時間 ≥ 30", f"{f4}: {[(p['name'], p['wait']) for p in w30]}")
q("船橋市の窓口調査で、手続の件数を全部足すと何件？", "table_row", "value", sum(p["n"] for p in P),
  "件数の合計 (表に合計行はない)", f"{f4}: {[p['n'] for p in P]}")
wed = D.MADO_AVG["水曜日"]
q("船橋市の水曜日の平均待ち時間って、時間帯をならすと平均何分ですか", "table_row", "value",
  clean(sum(wed) / len(wed)), "水曜日×平均 の5時間帯の単純平均", f"{f4}: {wed}")
lt10 = [p for p in P if p["proc"] < 10]
q(["船橋市の手続別の待ち時間の表を見せて", "処理時間が10分未満のものは何件？"], "table_row", "count", len(lt10),
  "follow-up: 平均処理時間 < 10", f"{f4}: {[(p['name'], p['proc']) for p in lt10]}")
q("船橋市の火曜日の15時以降の平均待ち時間は？", "table_row", "value", D.MADO_AVG["火曜日"][4],
  "火曜日×平均×15:00～17:15", f"{f4}: {D.MADO_AVG['火曜日']}")
q("船橋市では待ち時間を減らすために何をする予定ですか", "passage", "contains", ["窓口混雑状況表示サービス"],
  "「3 今後の取組」の段落", f"{f4}: 今後の取組")

# ---------------------------------------------------------------- 5 豊橋市 行革推進本部会議 (txt)
f5 = D.HONBU_FILE
H = D.HONBU
m3 = H[2]
q("豊橋市の行政改革推進本部会議、第3回はいつ開かれましたか", "item", "contains", [m3["date"].split("（")[0]],
  "第3回会議の日時", f"{f5}: {m3['date']} {m3['time']}")
n_disc = sum(len(m["discuss"]) for m in H)
q("豊橋市の行革本部会議で、令和7年度の協議事項は延べ何件でしたか", "item", "count", n_disc,
  "4回の協議事項の数の合計 (同じ案件の再協議も1件ずつ)", f"{f5}: {[len(m['discuss']) for m in H]}")
cont = [(m["no"], d) for m in H for d, res in m["discuss"] if res == "継続審議"]
last_cont = [d for no, d in cont if no == 4]
q("豊橋市の本部会議の第4回で継続審議になったのはどの協議事項ですか", "item", "contains", ["補助金交付基準"],
  "第4回の協議事項のうち 結果=継続審議", f"{f5}: {last_cont}")
q("豊橋市の行政改革推進本部会議、第2回の報告事項は何件ありましたか", "item", "count", len(H[1]["report"]),
  "第2回の報告事項の数", f"{f5}: {H[1]['report']}")
q(["豊橋市の行政改革推進本部会議の第4回会議について教えて", "出席者は何名でしたか"], "item", "value",
  H[3]["attend"], "follow-up: 第4回の出席者", f"{f5}: 第4回 出席者 {H[3]['attend']}名")
cash = [m["no"] for m in H for d, _ in m["discuss"] if "キャッシュレス" in d]
q("豊橋市の本部会議で、窓口のキャッシュレス化が協議されたのは第何回ですか", "item", "contains",
  [f"第{cash[0]}回"], "協議事項にキャッシュレスを含む会議", f"{f5}: 第{cash}回")
q(["豊橋市の行革本部会議で使用料の受益者負担の基本方針を協議したのはいつ？", "最終的な結果はどうなりましたか"],
  "item", "contains", ["第3回", "了承"], "follow-up: 第2回は継続審議、第3回で了承",
  f"{f5}: {[(m['no'], res) for m in H for d, res in m['discuss'] if '受益者負担' in d]}")
avg_att = sum(m["attend"] for m in H) / len(H)
q("豊橋市の行政改革推進本部会議の出席者数は平均で何名ですか", "item", "value", clean(avg_att),
  "4回の出席者の平均", f"{f5}: {[m['attend'] for m in H]}")

# two more follow-ups to reach ≥ 9 and 50 questions
q(["松本市の施策評価で保育課の事務事業を教えて", "そのうち達成度がbのものは？"], "table_row", "contains",
  [next(s["jigyo"] for s in S if s["ka"] == "保育課" and s["grade"] == "b")], "follow-up: 担当課=保育課 かつ 達成度=b",
  f"{f1}: {[(s['jigyo'], s['grade']) for s in S if s['ka'] == '保育課']}")
q(["高崎市の収納率の表で、使用料等の区分の債権を教えて", "その中で令和6年度の現年度分がいちばん低いのは？"],
  "table_row", "contains", [min((r for r in R if r["kubun"] == "使用料等"), key=lambda r: r["g6"])["name"]],
  "follow-up: 区分=使用料等 (結合セル) の中で R6 現年度分の最小",
  f"{f2}: {[(r['name'], r['g6']) for r in R if r['kubun'] == '使用料等']}")


def main() -> None:
    assert len(Q) == 50, len(Q)
    assert sum(len(x["turns"]) == 2 for x in Q) >= 9
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(x["target"] for x in Q), Counter(x["expect"] for x in Q),
          "two-turn:", sum(len(x["turns"]) == 2 for x in Q))


if __name__ == "__main__":
    main()


def verify() -> None:
    """Re-read docs/ with openpyxl / python-docx / pdfplumber / BeautifulSoup and check they hold data.py's facts."""
    import re
    docs = HERE / "docs"
    # xlsx
    from openpyxl import load_workbook
    ws = load_workbook(docs / D.SEISAKU_FILE).active
    sei = kihon = None
    got = []
    for row in ws.iter_rows(min_row=5, max_row=4 + len(D.SEISAKU), values_only=True):
        sei = row[0] or sei
        kihon = row[1] or kihon
        got.append((sei, kihon) + tuple(row[2:8]) + (row[10],))
        assert row[8] == D.rate(row[6], row[7]) and row[9] == D.grade(row[8]), row
    assert got == [tuple(r) for r in D.SEISAKU], got
    # docx
    from docx import Document
    t = Document(docs / D.SHUNO_FILE).tables[0]
    rows = [[c.text for c in r.cells] for r in t.rows]
    body = [r for r in rows[2:] if r[1] != "市税計"]
    assert [(r[0], r[1], r[2]) + tuple(float(x) for x in r[3:]) for r in body] == [tuple(r) for r in D.SHUNO], body
    sub = next(r for r in rows if r[1] == "市税計")
    assert tuple(float(x) for x in sub[3:]) == D.SHUNO_SUBTOTAL[1:]
    assert rows[0][3] == "令和5年度" and rows[1][4] == "滞納繰越分"
    # pdf
    import pdfplumber
    with pdfplumber.open(docs / D.KOYO_FILE) as pdf:
        assert len(pdf.pages) == 2
        text = "\n".join(p.extract_text() for p in pdf.pages)
        tabs = [row for p in pdf.pages for tb in p.extract_tables() for row in tb]
    bu = None
    prow = []
    for row in tabs:
        if row[1] and row[2] and row[2].isdigit():
            bu = row[0] or bu
            prow.append((bu, row[1]) + tuple(int(x) for x in (row[2], row[3], row[4], row[5], row[8])))
            assert int(row[6]) == sum(int(x) for x in row[3:6]) and int(row[7]) == int(row[2]) - int(row[6])
    assert prow == [tuple(r) for r in D.KOYO], prow
    tot = next(r for r in tabs if r[0] == "合計")
    assert int(tot[6]) == sum(r[3] + r[4] + r[5] for r in D.KOYO) and int(tot[8]) == sum(r[6] for r in D.KOYO)
    assert "緊急自動車" in text
    # html
    from bs4 import BeautifulSoup
    soup = BeautifulSoup((docs / D.MADO_FILE).read_text(encoding="utf-8"), "html.parser")
    t1, t2 = soup.find_all("table")
    day = None
    avg, mx = {}, {}
    for tr in t1.tbody.find_all("tr"):
        th = tr.find("th")
        day = th.get_text() if th else day
        tds = [td.get_text() for td in tr.find_all("td")]
        (avg if tds[0] == "平均" else mx)[day] = [int(x) for x in tds[1:]]
    assert avg == D.MADO_AVG and mx == D.MADO_MAX
    assert [th.get_text() for th in t1.thead.find_all("th")][2:] == D.MADO_SLOTS
    p2 = [tuple([tr.find_all("td")[0].get_text()] + [int(td.get_text().replace(",", "")) for td in tr.find_all("td")[1:]])
          for tr in t2.tbody.find_all("tr")]
    assert p2 == [tuple(r) for r in D.MADO_PROC]
    assert "窓口混雑状況表示サービス" in soup.get_text()
    # txt
    txt = (docs / D.HONBU_FILE).read_text(encoding="utf-8")
    blocks = re.split(r"\n[１２３４]　", txt)[1:]
    assert len(blocks) == 4
    for b, m in zip(blocks, D.HONBU):
        assert b.startswith(f"第{m['no']}回会議") and m["date"] in b and f"{m['attend']}名" in b and m["place"] in b
        rep = b.split("（4）報告事項")[1].split("（5）協議事項")[0]
        dis = b.split("（5）協議事項")[1]
        assert len(re.findall("[①②③④]", rep)) == len(m["report"])
        assert re.findall(r"[①②③④]　(.+?)　→　(.+)", dis) == [tuple(x) for x in m["discuss"]]
    for s in D.SHUNO_TEXT:
        assert s in "\n".join(p.text for p in Document(docs / D.SHUNO_FILE).paragraphs)
    print("verify: all five documents match data.py")


if __name__ == "__main__" and "--verify" in sys.argv:
    verify()
