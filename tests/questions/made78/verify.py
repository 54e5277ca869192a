# -*- coding: utf-8 -*-
"""Reads docs/ back (pdfplumber, openpyxl, python-docx, regex) and checks them against data.py and the answers."""
import os, re, json, unicodedata, glob
import pdfplumber, openpyxl, docx
from data import *
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(HERE, "docs")
N = lambda s: unicodedata.normalize("NFKC", s or "")
fs = sorted(os.listdir(DOCS)); assert len(fs) == 5 and len({f.rsplit(".", 1)[1] for f in fs}) == 5
for f in fs: assert os.path.getsize(os.path.join(DOCS, f)) < 200_000, f
P = lambda ext: glob.glob(os.path.join(DOCS, f"*.{ext}"))[0]
# PDF: per item grades, rate, direction, dept, related (table rows may continue on next page)
got = {}; cur = None
with pdfplumber.open(P("pdf")) as pdf:
    for pg in pdf.pages:
        for t in pg.extract_tables():
            if t[0][0] == "取組番号":
                cur = t[0][1]; got[cur] = {"dept": t[1][1], "rel": N(t[1][3]).replace("\n", ""), "g": {}}
            elif t[0][0] == "年度":
                for r in t[1:]:
                    y = {"平成31年度": 2019, "令和2年度": 2020, "令和3年度": 2021, "令和4年度": 2022}[r[0].split("\n")[0]]
                    got[cur]["g"][y] = None if r[3] == "－" else r[3]
            elif t[0][0] == "進捗率":
                got[cur]["rate"] = int(N(t[0][1]).rstrip("%")); got[cur]["dir"] = t[0][3]
for it in ITEMS:
    x = got[it[0]]
    assert x["dept"] == it[2] and x["rel"] == N("、".join(it[3]) or "－"), it[0]
    assert x["g"] == it[4] and x["rate"] == it[5] and x["dir"] == it[6], (it[0], x)
print("pdf OK", len(got))
# HTML
h = open(P("html"), encoding="utf-8").read()
def fy(s):
    s = N(s)
    if s in ("－", "-"): return None
    if m := re.fullmatch(r"R(\d)", s): return 2018 + int(m[1])
    if m := re.fullmatch(r"令和(\d|元)年度", s): return 2018 + (1 if m[1] == "元" else int(m[1]))
    if m := re.fullmatch(r"(\d{4})年度", s): return int(m[1])
    raise ValueError(s)
rows = re.findall(r"<tr><td>(No\.\d-\d)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(\d+)％</td><td>(.*?)</td><td>(.*?)</td></tr>", h)
assert len(rows) == 20
for (c, nm, dp, lg, rt, dn, dr), it in zip(rows, ITEMS):
    assert (c, dp, lg, int(rt), fy(dn), dr) == (it[0], it[2], last_grade(it), it[5], it[7], it[6]), c
assert len(re.findall(r'colspan="7">重点項目\d', h)) == 4
print("html OK (agrees with PDF)")
# DOCX
d = docx.Document(P("docx")); evt = [t for t in d.tables if len(t.columns) == 6]
assert len(evt) == 4
for k, t in zip(THEMES, evt):
    for i, r in enumerate(t.rows[2:]):
        cells = [c.text for c in r.cells]
        assert cells[1] == MEMBERS[i][1] and "SABC"[cells[2:].index("○")] == EVAL[k][i]
paras = [p.text for p in d.paragraphs]
for k, lst in OPINIONS.items():
    for i, t in lst: assert tag(i) + t in paras
print("docx OK")
# XLSX
wb = openpyxl.load_workbook(P("xlsx"))
for fy_, sn in SHEETS.items():
    ws = wb[sn]; seen = {}
    for r in ws.iter_rows(min_row=6, values_only=True):
        if r[0] and re.fullmatch(r"\d{3}", str(r[0])):
            seen[r[0]] = ([MUNIS[j] for j in range(4) if r[4 + j] == "○"], r[8], r[9], None if r[10] == "皆増" else r[10])
    exp = {p[0]: (parts(p, fy_), p[5][fy_], p[6][fy_], diff(p, fy_)) for p in JP if fy_ in p[5]}
    assert seen == exp, sn
print("xlsx OK")
txt = open(P("txt"), encoding="utf-8").read()
for s in ["260,100千円", "令和5年6月27日", "採用は11件", "令和5年9月30日", "3億2,480万円", "完了は7取組"]: assert s in txt, s
# every contains/value string answer appears (NFKC) somewhere in the docs' text
alltext = N(txt + h + "\n".join(paras) + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells))
with pdfplumber.open(P("pdf")) as pdf: alltext += N("".join(pg.extract_text() for pg in pdf.pages))
for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"):
    q = json.loads(l)
    if q["expect"] == "contains":
        for a in q["answer"]: assert N(a) in alltext, (q["id"], a)
    if q["target"] in ("practice",):
        for a in (q["answer"] if isinstance(q["answer"], list) else []): assert a in alltext
print("answers readable OK")
