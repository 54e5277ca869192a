"""Recompute every answer of questions.jsonl from the data in make_documents.py (and check the generated
documents print what the answers use). Run: /work/main/.venv/bin/python verify.py"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_documents as md  # noqa: E402

FA = {f[1]: f for f in md.FACILITIES}
H30, R4, R5, R6 = ({k: f[i] for k, f in FA.items()} for i in (4, 5, 6, 7))
RED = {k: md.reduction(f) for k, f in FA.items()}
DG = md.DIAGNOSIS
SOL = {s[0]: s for s in md.SOLAR}
M = {m[0]: m for m in md.MEASURES}
ORD = {"◎": 4, "○": 3, "△": 2, "×": 1}
G = {"Ａ": 3, "Ｂ": 2, "Ｃ": 1}
CM = {str(c[0]): c for c in md.COMMENTS}


def nk(s):
    return unicodedata.normalize("NFKC", s)


def cited(c):
    return nk(c[1]).replace("取組", "") if c[1].startswith("取組") else None


def S(xs):
    return sorted(xs)


C = {
    1: lambda: S(k for k in FA if R6[k] >= 200),
    2: lambda: S(k for k in FA if R6[k] > H30[k]),
    3: lambda: S(k for k in FA if R6[k] > R5[k]),
    4: lambda: sum(R6[k] for k in FA if FA[k][0] == "教育施設"),
    5: lambda: S(k for k in FA if RED[k] >= 20),
    6: lambda: sorted(FA, key=lambda k: -R6[k])[:3],
    7: lambda: S(k for k in FA if FA[k][0] == "社会教育・文化施設" and R4[k] is not None and R5[k] > R4[k]),
    8: lambda: S(k for k in FA if R4[k] is None),
    9: lambda: S(k for k in FA if DG[k] and DG[k][1] == "Ａ"),
    10: lambda: S(k for k in FA if DG[k] is None),
    11: lambda: S(k for k in FA if DG[k] and DG[k][1] == "Ａ" and k in SOL),
    12: lambda: sum(d[3] for d in DG.values() if d),
    13: lambda: S(k for k, s in SOL.items() if s[3].startswith("令和")),
    14: lambda: S(k for k, s in SOL.items() if s[2] >= 30),
    15: lambda: S(k for k, f in FA.items() if md.cost(f, "R6") < md.cost(f, "R5")),
    16: lambda: sum(md.cost(f, "R6") for f in md.FACILITIES),
    17: lambda: sum(1 for k in FA if R6[k] < 150),
    18: lambda: sum(1 for k in FA if RED[k] >= 30),
    19: lambda: S(k for k in FA if R5[k] > 300),
    20: lambda: S(k for k in FA if DG[k] and DG[k][1] == "Ｂ" and RED[k] >= 15),
    21: lambda: round(md.year_totals()[-1][1] * md.CO2_FACTOR),
    22: lambda: S(k for k, m in M.items() if m[6] == "◎"),
    23: lambda: S(k for k, m in M.items() if m[6] == "×"),
    24: lambda: S(k for k, m in M.items() if m[5] in ORD and ORD[m[6]] < ORD[m[5]]),
    25: lambda: S(k for k, m in M.items() if all(ORD.get(x, 0) >= 3 for x in m[4:7])),
    26: lambda: sum(1 for m in M.values() if m[3] == "環境課"),
    27: lambda: sum(1 for m in M.values() if m[7] is None),
    28: lambda: sum(m[7] or 0 for m in M.values()),
    29: lambda: S(k for k, m in M.items() if m[4] == "－"),
    30: lambda: S(k for k, m in M.items() if m[3] == "施設整備課" and (m[7] or 0) >= 50),
    31: lambda: S(k for k, m in M.items() if m[3] == "教育総務課" and "◎" not in m[4:7]),
    32: lambda: sorted(M, key=lambda k: -(M[k][7] or 0))[:3],
    33: lambda: S({cited(c) for c in md.COMMENTS if cited(c)} & {k for k, m in M.items() if ORD[m[6]] <= 2}),
    34: lambda: S(k for k, m in M.items() if m[1] == 3 and m[6] == "×"),
    35: lambda: S(str(p) for p, g in md.POLICY_GRADES.items() if g[2] == "Ａ"),
    36: lambda: S(str(p) for p, g in md.POLICY_GRADES.items() if G[g[2]] > G[g[1]]),
    37: lambda: max(Counter(m[1] for m in M.values()).values()),
    38: lambda: S(str(p) for p, g in md.POLICY_GRADES.items() if g[0] == "Ｃ"),
    39: lambda: S(k for k, c in CM.items() if c[4] == "Ａ"),
    40: lambda: sum(1 for c in CM.values() if c[4] == "Ｄ"),
    41: lambda: S(k for k, c in CM.items() if c[1] == "全般"),
    42: lambda: S(k for k, c in CM.items() if cited(c) == "1-3"),
    43: lambda: sum(1 for c in CM.values() if c[4] == "Ｂ"),
    44: lambda: S(k for k, c in CM.items() if cited(c) and M[cited(c)][1] == 3),
    45: lambda: S(k for k, c in CM.items() if c[4] == "Ｃ" and cited(c) and M[cited(c)][1] == 1),
}


def doc_texts():
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
        out[path.suffix] = "".join(nk(t).split())
    return out


def main() -> int:
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(qs) == 50 and [q["id"] for q in qs] == [f"m181-{i:03d}" for i in range(1, 51)]
    texts = doc_texts()
    bad = 0
    for i, q in enumerate(qs, 1):
        assert set(q) >= {"id", "turns", "target", "expect", "answer", "why", "derivation"}, q["id"]
        if q["expect"] == "contains":
            alltext = "".join(texts.values())
            missing = [s for s in q["answer"] if "".join(nk(s).split()) not in alltext]
            if missing:
                bad += 1
                print("FAIL", q["id"], "not in documents:", missing)
            continue
        got, want = C[i](), q["answer"]
        if q["expect"] == "set":
            ok = sorted(want) == sorted(got)
        elif q["expect"] == "value" and isinstance(want, (int, float)):
            ok = abs(got - want) < 0.006
        else:
            ok = got == want
        if not ok:
            bad += 1
            print("FAIL", q["id"], q["turns"], "computed", got, "file", want)
    for k in M:
        assert k in texts[".pdf"], k
    for k in FA:
        assert k in texts[".html"] and k in texts[".xlsx"], k
    assert "1,436" in texts[".txt"] and "143651" in texts[".xlsx"] and "314" in texts[".html"]
    assert len({R6[k] for k in FA}) == len(FA) and len({M[k][7] for k in ("1-1", "1-2", "3-1", "1-5")}) == 4
    print("targets", dict(Counter(q["target"] for q in qs)), "expects", dict(Counter(q["expect"] for q in qs)),
          "multi-turn", sum(1 for q in qs if len(q["turns"]) > 1))
    print("verify:", "OK" if not bad else f"{bad} FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
