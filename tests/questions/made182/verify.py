"""Recompute every answer of questions.jsonl from the data in make_documents.py and check the documents.

Run: /work/main/.venv/bin/python verify.py   (after make_documents.py and make_questions.py)
- non-`contains` answers are recomputed here from the tables the documents print;
- every `contains` string must be printed in a document other than the PDF (NFKC, white space removed);
- the printed values the questions read (rates, counts) are read back from the xlsx/html/txt/docx files.
"""
from __future__ import annotations

import json
import statistics
import unicodedata
from pathlib import Path

import make_documents as M

HERE = Path(__file__).resolve().parent
G = M.GRADE_ORDER


def sq(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def texts() -> dict[str, str]:
    from bs4 import BeautifulSoup
    from docx import Document
    from openpyxl import load_workbook

    out = {}
    for p in (HERE / "docs").iterdir():
        if p.suffix == ".txt":
            out[p.suffix] = p.read_text(encoding="utf-8")
        elif p.suffix == ".html":
            out[p.suffix] = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text("\n")
        elif p.suffix == ".docx":
            d = Document(str(p))
            parts = [x.text for x in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    parts.extend(c.text for c in row.cells)
            out[p.suffix] = "\n".join(parts)
        elif p.suffix == ".xlsx":
            wb = load_workbook(p)
            parts = []
            for ws in wb:
                for row in ws.iter_rows(values_only=True):
                    parts.extend(str(v) for v in row if v is not None)
            out[p.suffix] = "\n".join(parts)
    return out


# ---------------------------------------------------------------- records as the documents print them
R6 = {}      # 税目 -> dict of R6 figures (xlsx sheet 1)
for t in M.TAXES:
    gc, gi, tc, ti = M.amounts(t)
    R6[t[0]] = {"group": t[1], "gc": gc, "gi": gi, "grate": M.rate(gi, gc), "tc": tc if t[4] else None,
                "ti": ti if t[4] else None, "trate": M.rate(ti, tc) if t[4] else None}
CUR = {t[0]: t[3] for t in M.TAXES}          # 推移 sheet 現年 R3..R6
ARR = {t[0]: t[5] for t in M.TAXES if t[5]}  # 推移 sheet 滞繰 R3..R6
for name, r in R6.items():  # the two sheets agree on R6
    assert r["grate"] == CUR[name][3], name
    assert r["trate"] == (ARR[name][3] if name in ARR else None), name
PR = {str(p[0]): p for p in M.PRACTICES}
PG = {k: p[5:8] for k, p in PR.items()}


def up(seq):
    return all(a < b for a, b in zip(seq, seq[1:]))


def graded(seq):
    return all(g != "－" for g in seq)


calc = {}
calc[1] = sorted(n for n, r in R6.items() if r["grate"] >= 99.0)
calc[2] = sorted(n for n, s in ARR.items() if up(s))
calc[3] = sorted(n for n, s in CUR.items() if all(x < 99.0 for x in s))
calc[4] = R6["国民健康保険税"]["ti"]
calc[5] = [n for n, _ in sorted(R6.items(), key=lambda kv: -kv[1]["gc"])[:3]]
calc[6] = sorted(n for n, s in CUR.items() if s[3] < s[2])
d = {n: round(s[3] - s[2], 1) for n, s in ARR.items()}
best = max(d.values())
calc[7] = sorted(n for n, v in d.items() if v == best)
assert sorted(d.values())[-2] < best
calc[8] = sum(1 for v in M.DISPOSAL.values() if v[0] is not None and v[0] > 300)
calc[9] = sorted(n for n, v in M.DISPOSAL.items() if v[1] is not None and v[1] < 30)
nosp = [n for n, m in M.AVAILABLE.items() if m[3] == "－"]
calc[10] = sorted(n for n in nosp if R6[n]["grate"] >= 99.0)
calc[11] = sorted(m for m, v in M.COUNTS.items() if v[2] < v[1])
calc[12] = sorted(m for m, v in M.COUNTS.items() if None not in v and up(v))
H = M.HISTORY
calc[13] = sorted(unicodedata.normalize("NFKC", H[i][0]) for i in range(1, len(H)) if H[i][3] < H[i - 1][3])
calc[14] = statistics.mean(h[4] for h in H)
calc[15] = [max((n for n, r in R6.items() if r["group"] == "市税" and r["tc"]), key=lambda n: R6[n]["tc"])]
calc[16] = sorted(n for n, r in R6.items() if r["group"] == "保険料" and r["trate"] < 20)
calc[17] = sum(1 for r in R6.values() if r["grate"] < 90)
calc[18] = round(R6["後期高齢者医療保険料"]["grate"] - R6["国民健康保険税"]["grate"], 1)
calc[19] = sorted((k for k, g in PG.items() if g[2] == "Ａ"), key=int)
calc[20] = sorted((k for k, g in PG.items() if g == ("Ａ", "Ａ", "Ａ")), key=int)
calc[21] = sorted((k for k, g in PG.items() if graded(g[1:]) and G[g[2]] < G[g[1]]), key=int)
calc[22] = sum(1 for p in M.PRACTICES if p[3] == "収税課")
calc[23] = sorted((k for k, p in PR.items() if p[3] == "収税課" and "Ａ" not in p[5:8]), key=int)
calc[24] = sorted((k for k, g in PG.items() if g[0] == "－"), key=int)
calc[25] = sorted((k for k, g in PG.items() if graded(g) and all(G[x] <= 2 for x in g)), key=int)
calc[26] = sorted((k for k, p in PR.items() if p[1] == 3 and G[p[7]] <= 3), key=int)
calc[27] = sum(1 for p in M.PRACTICES if p[1] == 2 and p[5] == "Ｂ")
by_sec = {}
for p in M.PRACTICES:
    by_sec[p[3]] = by_sec.get(p[3], 0) + 1
calc[28] = max(by_sec.values())
assert sorted(by_sec.values())[-2] < calc[28]
dd = [p for p in M.PRACTICES if "Ｄ" in p[5:8]]
assert len(dd) == 1
calc[29] = dd[0][3]
calc[30] = sorted((k for k, p in PR.items() if "納付" in p[2]), key=int)
calc[31] = sorted((k for k, g in PG.items() if graded((g[0], g[2])) and G[g[2]] - G[g[0]] >= 2), key=int)
PO = {str(k): v for k, v in M.POLICY_GRADES.items()}
calc[32] = sorted(k for k, g in PO.items() if g[2] == "Ａ")
calc[33] = sum(1 for g in PO.values() if "Ｃ" not in g)
calc[34] = sorted(k for k, g in PO.items() if g[1] == "Ｂ")
calc[35] = sorted(k for k, g in PO.items() if G[g[2]] > G[g[1]])
OP = {str(o[0]): o for o in M.OPINIONS}
calc[36] = sorted((k for k, o in OP.items() if o[2] is None), key=int)
calc[37] = sum(1 for o in M.OPINIONS if o[4] == "収税課")
calc[38] = sorted((k for k, o in OP.items() if "本部長" in o[1]), key=int)
calc[39] = sorted((k for k, o in OP.items() if o[2] and G[PG[str(o[2])][2]] <= 3), key=int)
calc[40] = sorted((k for k, o in OP.items() if o[1] == "健康福祉部長" and o[4] == "生活福祉課"), key=int)
calc[41] = sorted((k for k, o in OP.items() if "周知" in o[3]), key=int)
calc[42] = sorted((k for k, o in OP.items() if o[1] == "財政部長" and o[2] != 13), key=int)


def main() -> None:
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").open(encoding="utf-8")]
    assert len(qs) == 50 and [q["id"] for q in qs] == [f"m182-{i:03d}" for i in range(1, 51)]
    docs = texts()
    alltext = sq("\n".join(docs.values()))
    bad = 0
    for i, q in enumerate(qs, 1):
        a = q["answer"]
        if q["expect"] == "contains":
            for s in a:
                if sq(s) not in alltext:
                    print(q["id"], "not printed:", s)
                    bad += 1
            continue
        c = calc[i]
        ok = (abs(c - a) < 0.051 if isinstance(c, float) and not isinstance(a, str) else
              (sorted(c) == sorted(a) if q["expect"] == "set" else c == a))
        if not ok:
            print(q["id"], "expected", a, "computed", c)
            bad += 1
        if q["target"] in ("table_row",) and isinstance(a, list):
            for code in a:
                if sq(code) not in alltext and code not in M.DISPOSAL:
                    print(q["id"], "code not printed:", code)
                    bad += 1
    # figures the prose states, read back from the printed documents
    txt = sq(docs[".txt"])
    s = M.citytax_r6()
    assert f"現年課税分{M.rate(s[1], s[0])}%" in txt and f"滞納繰越分{M.rate(s[3], s[2])}%" in txt
    assert round(M.rate(s[1], s[0]) - M.CITYTAX_RATES["現年"][2], 1) == 0.1
    assert round(M.rate(s[3], s[2]) - M.CITYTAX_RATES["滞繰"][2], 1) == 2.7
    assert H[-2][3] - H[-1][3] == 44 and all(H[i][1] < H[i + 1][1] for i in range(4))
    assert sum(v[0] or 0 for v in M.DISPOSAL.values()) == H[-1][1]
    assert sum(v[1] or 0 for v in M.DISPOSAL.values()) == H[-1][3]
    assert sum(v[2] or 0 for v in M.DISPOSAL.values()) == H[-1][4]
    assert "36,940件" in txt and M.COUNTS["スマートフォン決済アプリ"][2] == 36940
    for n, r in R6.items():  # printed rate = rounded income / 調定
        assert sq(n) in sq(docs[".xlsx"]) and sq(n) in sq(docs[".html"]) or n == "市たばこ税", n
    print("bad:", bad, "of", len(qs))
    assert bad == 0


if __name__ == "__main__":
    main()
