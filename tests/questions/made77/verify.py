# -*- coding: utf-8 -*-
"""Reads the five documents back (openpyxl / pdfplumber / python-docx / regex) and checks them against data.py."""
import os, sys, re, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
files = sorted(os.listdir(D))
assert len(files) == 5 and {f.rsplit(".", 1)[1] for f in files} == {"xlsx", "pdf", "docx", "html", "txt"}
for f in files:
    assert os.path.getsize(os.path.join(D, f)) < 200_000, f
nfkc = lambda s: unicodedata.normalize("NFKC", s)

# xlsx
import openpyxl
ws = openpyxl.load_workbook(os.path.join(D, files[0])).active
assert ws["G4"].value == "現行" and ws["I4"].value == "改定後" and ws["J5"].value == "改定率"
dept = None
for i, f in enumerate(FEES):
    row = [ws.cell(6 + i, c).value for c in range(1, 12)]
    dept = row[1] or dept   # merged cell: value only in the first row
    assert (row[0], dept, row[2], row[3], row[4], row[6], row[7], row[8]) == (f[0], f[1], f[2], f[3], f[4], f[6], f[7], f[8]), row
    assert row[9] == fee_rate_text(f[6], f[8])
    assert (row[10] or "") == f[9]
print("xlsx ok", len(FEES), "rows; merged:", [str(r) for r in ws.merged_cells.ranges if r.min_col == 2 and r.min_row >= 6])

# pdf: table over a page break
import pdfplumber
rows = []
with pdfplumber.open(os.path.join(D, files[1])) as pdf:
    pages = len(pdf.pages)
    per_page = []
    for pg in pdf.pages:
        n = 0
        for t in pg.extract_tables():
            for r in t[1:]:
                rows.append(r); n += 1
        per_page.append(n)
assert pages == 2 and all(per_page), per_page
assert len(rows) == len(FACILITIES)
for r, f in zip(rows, FACILITIES):
    no, cat, name, built, area, pol, yr, note = [(x or "").replace("\n", "") for x in r]
    assert (int(no), cat, name, built, float(area.replace(",", "")), pol) == f[:6], r
    assert (yr == "－" and f[6] is None) or int(yr) == f[6], r
    assert note == f[7], r
print("pdf ok rows per page", per_page)

# docx
import docx
d = docx.Document(os.path.join(D, files[2]))
paras = [(p.style.name, p.text) for p in d.paragraphs]
heads = [t for s, t in paras if s.startswith("Heading 2")]
assert len(heads) == len(AGENDA) + 1
decs, turns = [], []
for s, t in paras:
    if s == "List Bullet":
        decs.append(t)
    m = re.match(r"【(.+?)】(.*)", t)
    if m:
        turns.append((m.group(1), m.group(2)))
assert decs == [x for a in AGENDA for x in a[2]]
assert turns == [x for a in AGENDA for x in a[1]]
assert any(MEET_OTHER in t for s, t in paras)
print("docx ok", len(heads), "headings,", len(decs), "decisions,", len(turns), "turns")

# html
h = open(os.path.join(D, files[3]), encoding="utf-8").read()
trs = re.findall(r"<tr><td>(\d+)</td>(.*?)</tr>", h)
assert len(trs) == len(ONLINE)
for (no, rest), o in zip(trs, ONLINE):
    cells = [re.sub("<.*?>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", rest)]
    cnts = tuple(None if c == "－" else int(c.replace(",", "")) for c in cells[3:6])
    assert (int(no), cells[0], cells[1], cells[2], cnts, cells[6]) == (o[0], o[1], o[2], o[3], o[4], o[5]), cells
for k, v in ONL_LEGEND:
    assert f"<dt>{k}</dt><dd>{v}</dd>" in h
print("html ok", len(trs), "rows + legend")

# txt
t = open(os.path.join(D, files[4]), encoding="utf-8").read()
blocks = re.findall(r"提案番号：(\S+)\n件　　名：(.+)\n提 案 課：(.+)\n効果額（千円）：(.+)\n採　　否：(.+)\n", t)
assert len(blocks) == len(PROPOSALS)
for b, p in zip(blocks, PROPOSALS):
    amt = None if b[3] == "－" else int(nfkc(b[3]).replace(",", ""))
    assert (b[0], b[1], b[2], amt, b[4]) == p[:5], b
print("txt ok", len(blocks), "blocks; full-width amounts:", [b[3] for b in blocks if b[3] != nfkc(b[3])])

# every 'contains' string of passage questions appears in some document text
import json
alltext = h + t + "\n".join(x for _, x in paras) + "\n".join(str(c.value) for r in ws.iter_rows() for c in r if c.value)
with pdfplumber.open(os.path.join(D, files[1])) as pdf:
    alltext += "".join(pg.extract_text() for pg in pdf.pages)
for l in open(os.path.join(D, "..", "questions.jsonl"), encoding="utf-8"):
    q = json.loads(l)
    if q["expect"] in ("contains",):
        for s in q["answer"]:
            assert s in alltext, (q["id"], s)
    if q["expect"] == "value" and isinstance(q["answer"], str):
        assert q["answer"] in alltext, (q["id"], q["answer"])
print("all answer strings found in documents")
