# -*- coding: utf-8 -*-
"""Reads docs/ back and checks the facts the questions use against data.py."""
import os, re, unicodedata, html as H
import docx, openpyxl, pdfplumber
from data import *
DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
N = lambda s: unicodedata.normalize("NFKC", s or "").strip()
fs = sorted(os.listdir(DOCS)); assert len(fs) == 5, fs
path = {f.rsplit(".", 1)[1]: os.path.join(DOCS, f) for f in fs}
for f in fs: assert os.path.getsize(os.path.join(DOCS, f)) < 200_000

def fy(s):
    s = N(s)
    if m := re.fullmatch(r"R(\d+)", s): return 2018 + int(m[1])
    if m := re.fullmatch(r"令和(\d+|元)年度", s): return 2018 + (1 if m[1] == "元" else int(m[1]))
    if m := re.fullmatch(r"平成(\d+)年度", s): return 1988 + int(m[1])
    if m := re.fullmatch(r"(\d{4})年度", s): return int(m[1])
    return None

# docx
d = docx.Document(path["docx"]); got = {}
for t in d.tables:
    rows = [[c.text for c in r.cells] for r in t.rows]
    if rows[0][0] != "コード": continue
    hdr = [fy(h) for h in rows[1][4:8]]; assert hdr == YEARS, hdr
    for r in rows[2:]:
        if re.fullmatch(r"\d-\d-\d", r[0]):
            got[r[0]] = (r[2], r[3], "".join("-" if x == "－" else x for x in r[4:8]), None if r[8] == "（継続）" else fy(r[8]))
assert got == {i[0]: (i[2], i[3], i[4], i[5]) for i in ITEMS}, "docx mismatch"
print("docx OK", len(got))

# pdf: table over the page break
rows = []
with pdfplumber.open(path["pdf"]) as p:
    pages_with_table = 0
    for pg in p.pages:
        for t in pg.extract_tables():
            pages_with_table += 1
            rows += [r for r in t if r[0] != "基本目標"]
    text = "\n".join(pg.extract_text() for pg in p.pages)
assert pages_with_table == 2
cur, sc = None, {}
for r in rows:
    if r[0]: cur = int(re.search(r"基本目標(\d)", r[0])[1])
    if r[1] in VIEWPOINTS: sc.setdefault(cur, []).append(int(N(r[2])))
    if r[1] == "小計": assert int(N(r[2]).split("/")[0]) == sum(SCORES[cur])
assert sc == SCORES, sc
ops = {}
for m in re.finditer(r"・【(\d-\d)】(.+?)(?=\n・|\n■|\n５|\n－)", text, re.S):
    ops.setdefault(m[1], []).append(m[2].replace("\n", ""))
for gno in OPINIONS:
    for c, t in OPINIONS[gno]: assert t in ops[c], (c, t)
print("pdf OK", sc)

# xlsx
ws = openpyxl.load_workbook(path["xlsx"]).active
field = None; n = 0
for r in ws.iter_rows(min_row=6, values_only=True):
    if not r[0] or not re.fullmatch(r"\d{3}", str(r[0])): continue
    p = next(x for x in JOINT if x[0] == r[0]); n += 1
    if r[1]: field = int(N(r[1])[0])
    assert field == p[1]
    assert "".join("1" if v == "○" else "0" for v in r[5:9]) == p[5]
    assert fy(r[9]) == p[6]
    assert (None if r[10] == "－" else r[10]) == p[8] and (None if r[11] == "－" else r[11]) == p[9]
assert n == len(JOINT)
print("xlsx OK", n)

# html
h = open(path["html"], encoding="utf-8").read()
secs = re.findall(r"<section.*?</section>", h, re.S); assert len(secs) == len(CASES)
for s, c in zip(secs, CASES):
    dl = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", s))
    assert dl["自治体名"] == c[0] and int(dl["人口"].replace(",", "").rstrip("人")) == c[1] and fy(dl["取組開始"]) == c[5]
print("html OK")

# txt
t = N(open(path["txt"], encoding="utf-8").read())
for sh in SHEETS:
    blk = t[t.index(f"【推進項目】{sh['code']}"):]
    for name, unit, kind, tg, ac in sh["indicators"]:
        b = blk[blk.index(N(name)):]
        lines = b.split("\n")
        nums = lambda ln: [float(x.replace(",", "").rstrip("%")) for x in ln.split("\t")[1:]]
        assert nums(lines[2]) == [float(v) for v in tg] and nums(lines[3]) == [float(v) for v in ac]
        assert nums(lines[4]) == [rate(kind, a, b_) for a, b_ in zip(tg, ac)]
print("txt OK")
