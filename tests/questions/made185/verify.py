"""Recompute every answer of made185/questions.jsonl from the data in make_documents.py and check
contains strings against the generated documents' text. Run: python verify.py (exit 1 on a mismatch)."""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_documents as D  # noqa: E402

P = {p[0]: p for p in D.PROJECTS}
ALL = list(P)
cost = {c: P[c][5] for c in ALL}  # R3..R6
dept = {c: P[c][2] for c in ALL}
sec = {c: P[c][3] for c in ALL}
votes = {c: D.VOTES[c][0] for c in ALL}
concl = {c: D.VOTES[c][1] for c in ALL}
pol = {c: D.RESPONSE[c][0] for c in ALL}
when = {c: D.RESPONSE[c][2] for c in ALL}
r7 = D.BUDGET_R7
K = {k: i for i, k in enumerate(D.KINDS)}
R3, R4, R5, R6 = 0, 1, 2, 3


def start_heisei(c):
    s = P[c][4]
    return ("平成", int(s[2:-2])) if s.startswith("平成") else (s[:2], int(s[2:-2]))


def where(f):
    return sorted(c for c in ALL if f(c))


def nondecr(c, a=R3):
    xs = [x for x in cost[c][a:] if x is not None]
    return all(x <= y for x, y in zip(xs, xs[1:]))


def incr(c):
    xs = cost[c]
    return None not in xs and all(x < y for x, y in zip(xs, xs[1:]))


def decr(c):
    xs = cost[c]
    return None not in xs and all(x > y for x, y in zip(xs, xs[1:]))


def opinions(f):
    return sorted({o[1] for o in D.OPINIONS if f(o)})


EXPECTED = {
    1: where(lambda c: cost[c][R6] > 20000),
    2: where(lambda c: concl[c] == "廃止"),
    3: len(where(lambda c: concl[c] == "縮小")),
    4: sorted(where(lambda c: concl[c] == "拡充"), key=lambda c: -cost[c][R6]),
    5: where(lambda c: concl[c] != pol[c]),
    6: where(lambda c: pol[c] != "現行どおり" and cost[c][R6] < 10000),
    7: where(lambda c: dept[c] == "総務部" and nondecr(c)),
    8: where(lambda c: dept[c] == "総務部" and incr(c)),
    9: where(decr),
    10: [max(ALL, key=lambda c: cost[c][R6] - cost[c][R5])],
    11: len(where(lambda c: cost[c][R3] is not None and cost[c][R6] < cost[c][R3])),
    12: sum(cost[c][R6] for c in ALL if dept[c] == "健康福祉部"),
    13: round(sum(cost[c][R6] for c in ALL) / len(ALL), 2),
    14: sum(cost[c][R6] for c in ALL if concl[c] == "拡充") / len(where(lambda c: concl[c] == "拡充")),
    15: concl["101"],
    16: votes["404"][K["拡充"]],
    17: where(lambda c: votes[c][K["廃止"]] > 0),
    18: where(lambda c: votes[c][K["廃止"]] > 0 and concl[c] != "廃止"),
    19: where(lambda c: max(votes[c]) == sum(votes[c])),
    20: sorted(ALL, key=lambda c: -cost[c][R6])[:3],
    21: where(lambda c: votes[c][K["拡充"]] >= 4),
    22: where(lambda c: sorted(votes[c])[-1] == sorted(votes[c])[-2]),
    23: where(lambda c: sum(votes[c]) == 5),
    24: len(where(lambda c: dept[c] == "市民生活部" and concl[c] == "廃止")),
    25: where(lambda c: when[c] == "令和７年度"),
    26: cost["301"][R3] - cost["301"][R6],
    27: where(lambda c: concl[c] == "現行どおり" and r7[c] < cost[c][R6]),
    28: [max(where(lambda c: concl[c] == "拡充"), key=lambda c: r7[c])],
    29: r7["404"],
    30: where(lambda c: pol[c] == "廃止"),
    31: where(lambda c: sec[c] == "商工観光課" and pol[c] == "縮小"),
    32: where(lambda c: dept[c] == "産業建設部" and cost[c][R6] < cost[c][R5]),
    33: where(lambda c: concl[c] == "縮小" and pol[c] == "縮小"),
    34: where(lambda c: cost[c][R6] < 8000),
    35: where(lambda c: sec[c] == "高齢福祉課" and r7[c] > 20000),
    36: where(lambda c: concl[c] == "拡充" and start_heisei(c)[0] == "平成" and start_heisei(c)[1] >= 20),
    37: sum(cost[c][R6] for c in ALL) - sum(cost[c][R3] or 0 for c in ALL),
    38: where(lambda c: dept[c] == "健康福祉部" and votes[c][K["廃止"]] > 0),
    39: opinions(lambda o: "受益者負担" in o[3] or "受益者負担" in o[4]),
    40: sum(1 for o in D.OPINIONS if o[2] == "岡部委員"),
    41: opinions(lambda o: o[2] == "山際委員"),
    49: [m[0] for m in D.MEETINGS if m[3] < 6],
    50: sum(1 for m in D.MEMBERS if m[2] == "公募市民"),
}


def squeeze(t: str) -> str:
    return "".join(unicodedata.normalize("NFKC", t).split())


def doc_text() -> str:
    import docx
    import pdfplumber
    from openpyxl import load_workbook

    parts = []
    for p in (HERE / "docs").iterdir():
        if p.suffix in (".txt", ".html"):
            parts.append(p.read_text(encoding="utf-8"))
        elif p.suffix == ".docx":
            d = docx.Document(p)
            parts += [x.text for x in d.paragraphs]
            parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif p.suffix == ".pdf":
            with pdfplumber.open(p) as pdf:
                parts += [pg.extract_text() or "" for pg in pdf.pages]
        elif p.suffix == ".xlsx":
            wb = load_workbook(p)
            parts += [str(c.value) for ws in wb for r in ws.iter_rows() for c in r if c.value is not None]
    return squeeze("\n".join(parts))


def main() -> int:
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(qs) == 50 and [q["id"] for q in qs] == [f"m185-{i:03d}" for i in range(1, 51)]
    text = doc_text()
    bad = 0
    for q in qs:
        n = int(q["id"][-3:])
        gold = q["answer"]
        if q["expect"] == "contains":
            missing = [s for s in gold if squeeze(s) not in text]
            ok = not missing
            got = f"missing {missing}"
        else:
            got = EXPECTED[n]
            if q["expect"] == "set":
                ok = sorted(got) == sorted(gold)
            elif q["expect"] == "value" and isinstance(gold, (int, float)):
                ok = abs(got - gold) < 0.051
            else:
                ok = got == gold
        assert set(q) == {"id", "turns", "target", "expect", "answer", "why", "derivation"}, q["id"]
        if not ok:
            bad += 1
            print(f"MISMATCH {q['id']}: file {gold!r}, computed {got!r}")
    # the prose figures agree with the tables
    assert squeeze("８４，０７０千円") in text and sum(cost[c][R6] for c in ALL if concl[c] in ("廃止", "縮小")) == 84070
    assert sum(cost[c][R6] for c in ALL) == 185730 and sum(cost[c][R3] or 0 for c in ALL) == 172130
    print(f"{len(qs) - bad}/{len(qs)} answers agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
