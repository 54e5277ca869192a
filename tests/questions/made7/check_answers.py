"""Re-derives the made7 answers of list, count, sum and ordering questions by reading docs/ with openpyxl,
python-docx, pdfplumber and a regular expression (never the engine): `python tests/questions/made7/check_answers.py`.
Codes are the keys the generic loader gives table rows (<file>:<line>), mapped here from each row's position."""
import json, re
from pathlib import Path

import docx, openpyxl, pdfplumber

HERE = Path(__file__).parent
D = str(HERE / "docs") + "/"
R = {}  # code -> dict
for f in ("karatsu_r6.xlsx", "karatsu_r7.xlsx"):
    ws = openpyxl.load_workbook(D + f)["進捗状況"]
    h4 = [c.value for c in ws[4]]; h5 = [c.value for c in ws[5]]
    top = None; heads = []
    for a, b in zip(h4, h5):
        top = a if a else top
        heads.append(f"{top}{b}" if b else a)
    for r in range(6, ws.max_row + 1):
        vals = [c.value for c in ws[r]]
        if isinstance(vals[0], int):
            R[f"{f}:{r}"] = dict(zip(heads, vals))
d = docx.Document(D + "saijo_2024.docx")
for t in d.tables:
    head = [c.text for c in t.rows[0].cells]
    for row in t.rows[1:]:
        v = dict(zip(head, [c.text for c in row.cells]))
        a, b = v["番号"].split("-")
        R[f"saijo_2024.docx:{ {'1':8,'2':17,'3':26}[a] + int(b)}"] = v
html = open(D + "ina_h30.html", encoding="utf-8").read()
head = re.findall(r"<th>(.*?)</th>", html)
for tr in re.findall(r"<tr><td>(.*?)</td></tr>", html):
    v = dict(zip(head, tr.split("</td><td>")))
    R[f"ina_h30.html:{11 + int(v['No.'])}"] = v
with pdfplumber.open(D + "miyakonojo_r7.pdf") as pdf:
    t = pdf.pages[0].extract_table()
for row in t[1:]:
    v = dict(zip(t[0], row))
    R[f"miyakonojo_r7.pdf:{5 + int(v['No.'])}"] = v
def num(x):
    return float(str(x).replace(",", "")) if x not in (None, "－") else None
def sel(prefix, pred):
    return sorted(k for k, v in R.items() if k.startswith(prefix) and pred(v))
K6, K7, SJ, IN, MK = "karatsu_r6", "karatsu_r7", "saijo", "ina", "miyakonojo"
G = {"S": 4, "A": 3, "B": 2, "C": 1}
checks = {
 "m7-017": sel(K7, lambda v: v["実施期間"].startswith("R7")),
 "m7-018": sel(K7, lambda v: v["取組終了"] == "R7"),
 "m7-019": sel(K6, lambda v: v["取組終了"] == "R6"),
 "m7-020": len(sel(K7, lambda v: True)), "DROPPED": len(sel(K6, lambda v: True)),
 "m7-021": sel(K7, lambda v: v["評価令和7年度"] == "S"),
 "m7-022": sel(K7, lambda v: v["評価令和6年度"] in G and v["評価令和7年度"] in G and G[v["評価令和7年度"]] < G[v["評価令和6年度"]]),
 "m7-024": sel(K7, lambda v: v["評価令和5年度"] == "C"),
 "m7-025": sel(K7, lambda v: v["評価令和7年度"] == "B"),
 "DROPPED": sel(K7, lambda v: v["評価令和7年度"] == "C"),
 "m7-026": sel(K6, lambda v: v["評価令和6年度"] == "C"),
 "m7-027": sel(K7, lambda v: v["所管部署"] == "財務部 財政課"),
 "m7-028": sel(K7, lambda v: v["評価令和7年度"] == "A"),
 "m7-029": sel(SJ, lambda v: v["達成度"] == "△"),
 "DROPPED": sel(SJ, lambda v: v["担当部局"] == "財務部 管財課"),
 "m7-030": sel(SJ, lambda v: "デジタル推進課" in v["担当部局"]),
 "m7-031": sel(SJ, lambda v: v["達成度"] == "◎"),
 "m7-032": sel(SJ, lambda v: v["スケジュール"].startswith("2025")),
 "DROPPED": sel(SJ, lambda v: v["スケジュール"].endswith("2025")),
 "m7-033": sel(IN, lambda v: v["区分"] == "重点"),
 "m7-034": sel(IN, lambda v: v["主管課"] == "財政課"),
 "m7-035": sel(IN, lambda v: v["状況"] == "完了"),
 "m7-036": sel(IN, lambda v: int(v["H30達成度"]) > int(v["H29達成度"])),
 "DROPPED": sel(IN, lambda v: v["H29達成度"] == "5"),
 "m7-037": sel(IN, lambda v: v["H30達成度"] == "3"),
 "m7-038": sel(MK, lambda v: v["令和7年度評価"] == "未達成"),
 "m7-039": sel(MK, lambda v: v["令和7年度評価"] == "達成"),
 "DROPPED": sel(MK, lambda v: v["令和6年度評価"] == "達成"),
 "DROPPED": sel(MK, lambda v: v["令和6年度評価"] == "－"),
 "m7-040": sel(MK, lambda v: v["令和6年度評価"] == "未達成" and v["令和7年度評価"] == "概ね達成"),
 "DROPPED": sel(MK, lambda v: v["取組期間"].endswith("2025")),
 "m7-041": sel(MK, lambda v: num(v["財政効果（千円）"]) >= 5000),
 "m7-042": sel(MK, lambda v: 1000 <= num(v["財政効果（千円）"]) <= 10000),
 "m7-043": sel(SJ, lambda v: num(v["効果額（百万円）"]) >= 10),
 "m7-044": sel(K7, lambda v: (num(v["効果額（千円）令和7年度"]) or 0) >= 10000),
 "m7-045": sel(IN, lambda v: int(v["H30達成度"]) <= 2),
 "m7-046": len(sel(IN, lambda v: int(v["H30達成度"]) >= 4)),
 "m7-047": len(sel(MK, lambda v: num(v["財政効果（千円）"]) < 1000)),
 "m7-048": len(sel(IN, lambda v: v["状況"] != "完了")),
 "m7-049": len(sel(SJ, lambda v: v["達成度"] != "◎")),
 "m7-050": len(sel(MK, lambda v: v["令和7年度評価"] != "未達成")),
 "m7-051": len(sel(K7, lambda v: not v["取組終了"])),
 "m7-052": len(sel(IN, lambda v: v["主管課"] != "企画政策課")),
 "m7-053": sel(SJ, lambda v: num(v["効果額（百万円）"]) != 0),
 "m7-054": len(sel(SJ, lambda v: True)), "m7-055": len(sel(IN, lambda v: True)), "m7-056": len(sel(MK, lambda v: True)),
 "m7-057": len(sel(K7, lambda v: v["評価令和7年度"] == "A")),
 "DROPPED": len(sel(K6, lambda v: v["評価令和6年度"] == "A")),
 "m7-058": len(sel(K6, lambda v: v["評価令和6年度"] == "B")),
 "DROPPED": len(sel(SJ, lambda v: v["達成度"] == "○")),
 "m7-059": len(sel(MK, lambda v: v["令和7年度評価"] == "概ね達成")),
 "DROPPED": len(sel(K7, lambda v: v["所管部署"] == "総務部 DX推進課")),
 "m7-060": len(sel(K7, lambda v: v["評価令和7年度"] in ("S", "A"))),
 "DROPPED": len(sel(SJ, lambda v: v["達成度"] in ("△", "×"))),
 "DROPPED": len(sel(IN, lambda v: v["H30効果額（千円）"] == "0")),
 "DROPPED": len(sel(K7, lambda v: v["実施期間"] == "R5～R8")),
 "m7-061": round(sum(num(v["効果額（百万円）"]) for k, v in R.items() if k.startswith(SJ)), 3),
 "m7-062": sum(num(v["財政効果（千円）"]) for k, v in R.items() if k.startswith(MK)),
 "m7-063": sum(num(v["H30効果額（千円）"]) for k, v in R.items() if k.startswith(IN)),
 "m7-064": sum(num(v["効果額（千円）令和7年度"]) or 0 for k, v in R.items() if k.startswith(K7)),
 "m7-065": sum(num(v["効果額（千円）令和6年度"]) or 0 for k, v in R.items() if k.startswith(K6)),
 "DROPPED": round(sum(num(v["効果額（百万円）"]) for k, v in R.items() if k.startswith(SJ) and v["担当部局"].startswith("財務部")), 3),
 "DROPPED": sum(num(v["H30効果額（千円）"]) for k, v in R.items() if k.startswith(IN) and v["区分"] == "重点"),
 "m7-066": sum(num(v["財政効果（千円）"]) for k, v in R.items() if k.startswith(MK) and v["令和7年度評価"] == "達成"),
 "m7-067": round(sum(num(v["効果額（百万円）"]) for k, v in R.items() if k.startswith(SJ)) / 12, 3),
 "m7-068": [max(sel(K7, lambda v: True), key=lambda k: num(R[k]["効果額（千円）令和7年度"]) or 0)],
 "m7-069": [max(sel(MK, lambda v: True), key=lambda k: num(R[k]["財政効果（千円）"]))],
 "m7-070": [max(sel(SJ, lambda v: True), key=lambda k: num(R[k]["効果額（百万円）"]))],
 "m7-071": sorted(sel(IN, lambda v: True), key=lambda k: -num(R[k]["H30効果額（千円）"]))[:3],
 "m7-077": sel(K7, lambda v: v["評価令和7年度"] == "A"),
 "m7-078": sel(SJ, lambda v: v["達成度"] == "○" and v["担当部局"].startswith("総務部")),
 "m7-079": sel(IN, lambda v: v["区分"] == "重点" and int(v["H30達成度"]) >= 4),
 "m7-080": sum(num(v["財政効果（千円）"]) for k, v in R.items() if k.startswith(MK) and v["令和7年度評価"] == "概ね達成"),
 "DROPPED": len(sel(K7, lambda v: v["評価令和7年度"] == "B")),
 "m7-081": sel(SJ, lambda v: v["達成度"] == "△" and v["担当部局"].startswith("財務部")),
 "m7-082": sel(IN, lambda v: v["状況"] == "継続" and v["区分"] == "一般"),
 "m7-083": [v["令和7年度評価"] for k, v in R.items() if k.startswith(MK) and v["担当課"] == "市民課"][0],
 "m7-084": sel(K7, lambda v: v["取組終了"] == "R7"),
 "DROPPED": len(sel(SJ, lambda v: num(v["効果額（百万円）"]) >= 10)),
 "m7-085": sel(IN, lambda v: v["H30達成度"] == "5" and num(v["H30効果額（千円）"]) >= 1000),
 "m7-086": sel(MK, lambda v: v["取組期間"].endswith("2027") and v["令和7年度評価"] == "未達成"),
 "m7-087": sel(K7, lambda v: v["所管部署"].startswith("総務部") and (num(v["効果額（千円）令和7年度"]) or 0) >= 2000),
 "m7-088": sel(SJ, lambda v: v["担当部局"].startswith("経営戦略部") and v["達成度"] == "◎"),
}
Q = [json.loads(l) for l in open(HERE / "questions.jsonl", encoding="utf-8")]
byid = {q["id"]: q for q in Q}
bad = 0
checks.pop("DROPPED", None)
for i, want in checks.items():
    q = byid[i]; got = q["answer"]
    if q["expect"] == "set":
        ok = sorted(got) == sorted(want)
    elif q["expect"] == "ordered":
        ok = got == want
    elif isinstance(want, float):
        ok = abs(want - got) < 0.051
    else:
        ok = got == want
    if not ok:
        bad += 1; print("MISMATCH", i, q["turns"], got, want)
print("checked", len(checks), "bad", bad)
raise SystemExit(1 if bad else 0)
