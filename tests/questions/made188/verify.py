"""Recompute every answer of questions.jsonl from the data in make_documents.py. Run: python verify.py"""
import json
import sys
import unicodedata
from pathlib import Path

import make_documents as m

HERE = Path(__file__).resolve().parent
P = {p[0]: dict(code=p[0], name=p[1], dept=p[2], s2=p[3], s4=p[4], s6=p[5], i4=p[6], i6=p[7]) for p in m.POLICIES}
PS = list(P.values())
GA = m.goal_avgs()
D = {d[0]: dict(n=d[1], l4=d[2], l6=d[3], stay=d[4]) for d in m.DISTRICTS}
A = {a[0]: dict(l4=a[1], l6=a[2], stay=a[3]) for a in m.AGES}
F = {f[0]: dict(r4=f[1], r6=f[2]) for f in m.FREE}
OP = {str(o[0]): dict(kind=o[1], code=o[2], text=o[3]) for o in m.OPINIONS}


def codes(cond, rows=PS):
    return sorted(r["code"] for r in rows if cond(r))


def cmp(x, y):
    return x is not None and y is not None and x < y


def nfkc(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def doc_text():
    from docx import Document
    parts = [(HERE / "make_documents.py").read_text(encoding="utf-8")]  # pdf text is written from these literals
    for f in (HERE / "docs").iterdir():
        if f.suffix in (".html", ".txt"):
            parts.append(f.read_text(encoding="utf-8"))
        elif f.suffix == ".docx":
            d = Document(f)
            parts += [p.text for p in d.paragraphs]
            parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
    return nfkc("\n".join(parts))


quad = {p[0]: m.quadrant(p) for p in m.POLICIES}
up_all = lambda r: cmp(r["s2"], r["s4"]) and cmp(r["s4"], r["s6"])
low = sorted(PS, key=lambda r: r["s6"])
gain = max(PS, key=lambda r: r["s6"] - r["s4"])
teian = {o["code"] for o in OP.values() if o["kind"] == "提言" and o["code"]}
age_rows = dict(m.ATTRS["年代"])
del age_rows["無回答"]
under30 = {r["code"] for r in PS if r["s6"] < 30}
goal_sizes = [sum(1 for r in PS if r["code"].startswith(f"{g}-")) for g in m.GOALS]

EXPECT = {
    "001": codes(lambda r: r["s6"] >= 50),
    "002": codes(lambda r: r["s6"] < r["s4"]),
    "003": codes(lambda r: r["i6"] > 70 and r["s6"] < 30),
    "004": [r["code"] for r in low[:3]],
    "005": len(codes(up_all)),
    "006": P["2-3"]["s6"],
    "007": [gain["code"]],
    "008": round(P["1-1"]["s6"] - P["1-1"]["s2"], 1),
    "010": codes(lambda r: r["code"].startswith("2-") and r["s6"] < 40),
    "011": sorted(c for c, q in quad.items() if q == "重点改善"),
    "012": sorted(c for c, q in quad.items() if q == "重点改善" and P[c]["s6"] > P[c]["s4"]),
    "014": m.SAT_AVG,
    "015": len(codes(lambda r: r["i6"] < r["i4"])),
    "016": codes(lambda r: cmp(r["s4"], r["s2"]) and r["s6"] < r["s4"]),
    "017": codes(lambda r: r["s6"] > 70),
    "018": P["5-3"]["s4"],
    "019": sorted(c for c in teian if P[c]["s6"] < P[c]["s4"]),
    "021": codes(lambda r: r["s2"] is not None and r["s2"] >= 50),
    "023": codes(lambda r: all(v is not None and v < 30 for v in (r["s2"], r["s4"], r["s6"]))),
    "024": sorted(k for k, v in D.items() if v["l6"] < v["l4"]),
    "025": sorted(k for k, v in D.items() if v["stay"] >= 70),
    "026": sorted(k for k, v in D.items() if v["n"] < 200),
    "028": sorted(k for k, v in A.items() if v["stay"] < 60),
    "029": round(A["40歳代"]["l6"] - A["40歳代"]["l4"], 1),
    "030": sum(1 for v in A.values() if v["l6"] > v["l4"]),
    "031": [max(age_rows, key=age_rows.get)],
    "032": age_rows["70歳代"] + age_rows["80歳以上"],
    "034": sorted(k for k, v in F.items() if v["r6"] < v["r4"]),
    "035": sum(v["r6"] for v in F.values()),
    "037": [max(F, key=lambda k: F[k]["r6"] - F[k]["r4"])],
    "038": sorted(k for k, v in F.items() if v["r6"] < 50),
    "039": m.SURVEYS[1][4],
    "040": sorted(str(g) for g, a in GA.items() if a[2] > 40),
    "041": sorted(str(g) for g, a in GA.items() if a[0] < a[1] < a[2]),
    "042": sorted(str(g) for g, a in GA.items() if a[2] < a[1]),
    "043": GA[5][2],
    "044": max(goal_sizes),
    "045": sorted((k for k, o in OP.items() if o["kind"] == "提言"), key=int),
    "046": sum(1 for o in OP.values() if o["code"] is None),
    "047": sorted(k for k, o in OP.items() if o["code"] == "4-2"),
    "048": sorted((k for k, o in OP.items() if o["code"] in under30), key=int),
    "049": sorted((k for k, o in OP.items() if o["kind"] == "課題" and o["code"]), key=int),
    "050": sum(1 for o in OP.values() if o["code"] == "5-2"),
}

# sanity on the data itself: unambiguous rankings and sums
assert low[2]["s6"] < low[3]["s6"]
gains = sorted((r["s6"] - r["s4"] for r in PS), reverse=True)
assert gains[0] > gains[1] + 0.05
assert sum(n for _, n in m.ATTRS["年代"]) == m.TOTAL == sum(n for _, n in m.ATTRS["性別"]) == sum(n for _, n in m.ATTRS["居住地区"])
assert all(d[1] == dict(m.ATTRS["居住地区"])[d[0]] for d in m.DISTRICTS)
assert abs(sum(r["s6"] for r in PS) / len(PS) - m.SAT_AVG) < 0.051
assert m.SURVEYS[2][2] == m.TOTAL and round(m.SURVEYS[2][3] * 100 / m.TOTAL, 1) == 31.5

text = doc_text()
bad = 0
qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
assert [q["id"] for q in qs] == [f"m188-{i:03d}" for i in range(1, 51)]
for q in qs:
    k = q["id"][-3:]
    if q["expect"] == "contains":
        ok = all(nfkc(s) in text for s in q["answer"])
        exp = q["answer"]
    else:
        exp = EXPECT[k]
        got = q["answer"]
        if q["expect"] == "set":
            ok = sorted(got) == sorted(exp)
        elif q["expect"] == "value" and isinstance(exp, float):
            ok = abs(got - exp) < 0.051
        else:
            ok = got == exp
    if not ok:
        bad += 1
        print("MISMATCH", q["id"], "file:", q["answer"], "computed:", exp)
print(f"{len(qs) - bad}/{len(qs)} ok;", "multi-turn:", sum(len(q["turns"]) > 1 for q in qs),
      {t: sum(q["target"] == t for q in qs) for t in ("table_row", "practice", "initiative", "comment", "passage")},
      {e: sum(q["expect"] == e for q in qs) for e in ("set", "count", "value", "ordered", "contains")})
sys.exit(1 if bad else 0)
