"""Recompute every answer of questions.jsonl from the data in make_documents.py (and check the generated
documents print that data). Run: /work/main/.venv/bin/python verify.py"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_documents as md  # noqa: E402

P = {p[0]: p for p in md.PROPOSALS}
TOT = {k: md.total(p) for k, p in P.items()}
GR = {k: md.grade(TOT[k]) for k in P}
ADOPTED = {k for k in P if GR[k] in ("Ａ", "Ｂ")}
AWARDED = {no for _, no in md.AWARDS}
F = {r[1]: r for r in md.FOLLOWUP}
OP = md.OPINIONS
DEPT = {d: (a, b, c) for d, a, b, c in md.DEPT_COUNTS}
HIST = {unicodedata.normalize("NFKC", y): (a, b) for y, a, b in md.HISTORY}
ORDER = {"Ａ": 3, "Ｂ": 2, "Ｃ": 1}


def S(xs):
    return sorted(xs)


def codes_of(ops):
    out = []
    for n, kind, cites, text, who in ops:
        out.extend(cites if cites else [str(n)])
    return sorted(set(out))


def theme_avg(t):
    ps = [k for k in P if P[k][1] == t]
    return sum(TOT[k] for k in ps) / len(ps)


SCORES = lambda k, i: P[k][6][i]  # noqa: E731

C = {
    1: lambda: S(k for k in P if GR[k] == "Ａ"),
    2: lambda: sum(1 for k in P if TOT[k] >= 70),
    3: lambda: S(k for k in P if SCORES(k, 2) >= 15),
    4: lambda: len(set(P) - ADOPTED),
    5: lambda: S(k for k in ADOPTED if P[k][3] == "総務部"),
    6: lambda: sorted(P, key=lambda k: -TOT[k])[:3],
    7: lambda: sum(1 for k in P if P[k][5] == "グループ"),
    8: lambda: S(k for k in P if P[k][1] == 3 and (P[k][7] or 0) >= 2000),
    9: lambda: sum(1 for k in P if P[k][7] is None),
    10: lambda: round(sum(TOT[k] for k in P if P[k][4] == "市民課") / sum(1 for k in P if P[k][4] == "市民課"), 2),
    11: lambda: TOT[[k for k in P if "音声認識" in P[k][2]][0]],
    12: lambda: S(k for k, r in F.items() if r[0] == "令和６年度" and r[7] == "完了"),
    13: lambda: S(k for k, r in F.items() if r[7] == "見送り"),
    14: lambda: S(k for k, r in F.items() if r[6] == "検討中"),
    15: lambda: S(k for k, r in F.items() if r[0] in ("令和４年度", "令和５年度") and r[6] != "完了" and r[7] == "完了"),
    16: lambda: S(k for k, r in F.items() if (r[8] or 0) > 1000),
    17: lambda: S(k for k, r in F.items() if r[4] == "Ｂ" and r[7] == "検討中"),
    18: lambda: S(k for k, r in F.items() if r[0] == "令和４年度" and r[5] == r[6] == r[7] == "実施中"),
    19: lambda: sum(1 for r in F.values() if r[3] == "管財課"),
    20: lambda: S(k for k in P if GR[k] == "Ａ" and k not in AWARDED),
    21: lambda: S(k for k in AWARDED if F[k][7] != "完了"),
    22: lambda: sum(1 for k in P if P[k][1] == 4 and GR[k] == "Ｃ"),
    23: lambda: S(k for k in ADOPTED if P[k][3] == "建設部"),
    24: lambda: S(k for k in P if TOT[k] <= 50),
    25: lambda: S(k for k in P if P[k][5] == "個人" and GR[k] == "Ｂ"),
    26: lambda: S(k for k in P if SCORES(k, 0) < 15),
    27: lambda: S(str(t) for t, g in md.THEME_GRADES.items() if g[2] == "Ａ"),
    28: lambda: S(str(t) for t, g in md.THEME_GRADES.items() if ORDER[g[2]] < ORDER[g[1]]),
    29: lambda: [str(t) for t in sorted(md.THEMES, key=lambda t: -theme_avg(t))],
    30: lambda: max(sum(1 for k in P if P[k][1] == t) for t in md.THEMES),
    31: lambda: S(str(t) for t, g in md.THEME_GRADES.items() if all(ORDER[x] >= 2 for x in g)),
    32: lambda: S(str(t) for t, g in md.THEME_GRADES.items() if g[0] == "Ｃ"),
    33: lambda: codes_of([o for o in OP if o[1] == "指摘"]),
    34: lambda: sum(1 for o in OP if o[4].startswith("外部委員")),
    35: lambda: codes_of([o for o in OP if o[1] == "要望" and not o[2]]),
    36: lambda: codes_of([o for o in OP if o[4] == "企画財政部長"]),
    37: lambda: S(c for o in OP if o[1] == "評価" for c in o[2] if c not in AWARDED),
    38: lambda: S(c for o in OP if o[1] == "指摘" for c in o[2] if c[0] in "45"),
    39: lambda: S(d for d, v in DEPT.items() if v[1] == 0),
    40: lambda: S(d for d, v in DEPT.items() if v[2] > v[1]),
    41: lambda: max(sum(v) for v in DEPT.values()),
    42: lambda: S(y for y, (a, b) in HIST.items() if a > 30),
    43: lambda: round(100 * HIST["令和元年度"][1] / HIST["令和元年度"][0], 1),
    44: lambda: sum(1 for a, b in HIST.values() if b >= 10),
}


def doc_texts():
    """Plain text of every generated document, NFKC, white space removed."""
    from docx import Document
    from openpyxl import load_workbook
    import pdfplumber

    out = {}
    for path in (HERE / "docs").iterdir():
        if path.suffix == ".xlsx":
            wb = load_workbook(path)
            t = "\n".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None)
        elif path.suffix == ".docx":
            d = Document(path)
            t = "\n".join(p.text for p in d.paragraphs)
            t += "\n".join(c.text for tb in d.tables for row in tb.rows for c in row.cells)
        elif path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        else:
            t = path.read_text(encoding="utf-8")
        out[path.suffix] = "".join(unicodedata.normalize("NFKC", t).split())
    return out


def main() -> int:
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(qs) == 50 and [q["id"] for q in qs] == [f"m180-{i:03d}" for i in range(1, 51)]
    texts = doc_texts()
    bad = 0
    for i, q in enumerate(qs, 1):
        assert set(q) >= {"id", "turns", "target", "expect", "answer", "why", "derivation"}, q["id"]
        if q["expect"] == "contains":
            alltext = "".join(texts.values())
            missing = [s for s in q["answer"] if "".join(unicodedata.normalize("NFKC", s).split()) not in alltext]
            if missing:
                bad += 1
                print("FAIL", q["id"], "not in documents:", missing)
            continue
        got = C[i]()
        want = q["answer"]
        if q["expect"] == "set":
            ok = sorted(want) == sorted(got)
        elif q["expect"] == "value" and isinstance(want, (int, float)):
            ok = abs(got - want) < 0.006
        else:
            ok = got == want
        if not ok:
            bad += 1
            print("FAIL", q["id"], q["turns"], "computed", got, "file", want)
    # the documents print the codes the answers use
    for k in list(P) + list(F):
        assert k in texts[".pdf"] or k in texts[".xlsx"], k
    for d in DEPT:
        assert unicodedata.normalize("NFKC", d) in texts[".html"], d
    for y in HIST:
        assert y in texts[".txt"], y
    # ordered answers have no ties at the cut
    tops = sorted(TOT.values(), reverse=True)
    assert len(set(tops[:4])) == 4
    assert len({round(theme_avg(t), 1) for t in md.THEMES}) == 4
    multi = sum(1 for q in qs if len(q["turns"]) > 1)
    from collections import Counter
    print("targets", dict(Counter(q["target"] for q in qs)), "expects", dict(Counter(q["expect"] for q in qs)),
          "multi-turn", multi)
    print("verify:", "OK" if not bad else f"{bad} FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
