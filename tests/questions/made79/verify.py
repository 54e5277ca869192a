# -*- coding: utf-8 -*-
"""Reads docs/ back and checks the facts of data.py are readable there; checks string answers occur in the docs."""
import os, sys, re, json, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
files = sorted(os.listdir(D)); assert len(files) == 5, files
for f in files:
    assert os.path.getsize(os.path.join(D, f)) < 200_000, f
texts = {}

import openpyxl
wb = openpyxl.load_workbook(os.path.join(D, files[0]))
assert wb.sheetnames == [b for b, _ in SUBSIDY_SHEETS]
xt = []
for bu, rows in SUBSIDY_SHEETS:
    ws = wb[bu]
    got = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=5, max_row=4 + len(rows), max_col=8)]
    for g, r in zip(got, rows):
        assert g[:5] == r[:5] and g[5] == r[4] - r[3] and g[6] == r[5], (g, r)
    sub = [c.value for c in ws[5 + len(rows)]]
    assert sub[0] == "小計" and sub[3] == sum(r[3] for r in rows) and sub[4] == sum(r[4] for r in rows), sub
    for row in ws.iter_rows(values_only=True):
        xt.append(" ".join(str(v) for v in row if v is not None))
texts["xlsx"] = "\n".join(xt)

import pdfplumber
pdf = pdfplumber.open(os.path.join(D, files[1]))
pages = [p.extract_text() for p in pdf.pages]
assert len(pages) == 2
def sg(v): return "△%.1f" % v if v > 0 else ("▲%.1f" % -v if v < 0 else "±0.0")
for k, s in enumerate(SURVEY, 1):
    line = f"{k} {s[0]} {s[1]} {s[2]:.1f} {sg(s[3])} {s[4]:.1f} {sg(s[5])}"
    where = [i for i, p in enumerate(pages) if line in p.splitlines()]
    assert len(where) == 1, line
    if k in (1, 21, 22, 30): print("pdf row", k, "on page", where[0] + 1)
texts["pdf"] = "\n".join(pages)

import docx
d = docx.Document(os.path.join(D, files[2]))
paras = [p.text for p in d.paragraphs]
tbl = d.tables[1]
rows = [[c.text for c in r.cells] for r in tbl.rows][1:]
assert rows == [[str(x) for x in e] for e in EVAL_RESULTS], rows
assert any(p.startswith("樋渡委員：") and "サンセット方式" in p for p in paras)
assert any(p.startswith("鶴来委員：") and "複合化" in p for p in paras)
assert any(p.startswith("事務局（行政経営課）：") and "１１月１３日" in p for p in paras)
texts["docx"] = "\n".join(paras + [c.text for t in d.tables for r in t.rows for c in r.cells])

h = open(os.path.join(D, files[3]), encoding="utf-8").read()
assert h.count('rowspan="4"') == 2 and 'rowspan="3"' in h and 'colspan="3"' in h
for f in FACILITIES:
    assert re.search(re.escape(f[1]) + r".*?" + "".join(r".*?%.1f" % v for v in f[5:8]), h), f
texts["html"] = re.sub(r"<[^>]+>", " ", h)

t = open(os.path.join(D, files[4]), encoding="utf-8").read()
for v in VEHICLES:
    assert re.search(re.escape(v[0]) + r"[　※2]*\s+%d\s+%d\s+%d\s+%s" % (v[1], v[2], v[1] - v[2], re.escape(year_text(v[3], v[4]))), t), v
assert re.search(r"^計\s+160\s+37\s+123", t, re.M)
texts["txt"] = t

alltext = "\n".join(texts.values())
nf = unicodedata.normalize("NFKC", alltext)
for line in open(os.path.join(os.path.dirname(D), "questions.jsonl"), encoding="utf-8"):
    q = json.loads(line)
    a = q["answer"]
    for s in (a if isinstance(a, list) else [a]):
        if isinstance(s, str):
            assert s in alltext, (q["id"], s)
        elif isinstance(s, (int, float)) and q["expect"] == "value":
            if not (str(s) in nf or f"{s:,}" in nf):
                print("  (computed, not printed)", q["id"], s)
print("verify OK")
