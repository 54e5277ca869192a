"""Second check of made38/questions.jsonl: re-derive every answer from the written documents (not from data.py).

Reads docs/ with bs4, openpyxl, pdfplumber and python-docx only; prints each id with OK or the mismatch.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .make_documents import DOCS, EVAL_FILE, JOINT_FILE, NEWS_FILE, PLAN_FILE

HERE = Path(__file__).resolve().parent
RANK = {"A": 3, "B": 2, "C": 1}


def plan():
    from bs4 import BeautifulSoup
    s = BeautifulSoup((DOCS / PLAN_FILE).read_text(encoding="utf-8"), "html.parser")
    tables = s.find_all("table")
    inits = {}
    for tr in tables[0].find_all("tr")[1:]:
        c = [td.get_text() for td in tr.find_all("td")]
        inits[c[0]] = dict(name=c[1], themes=c[2].split("・"), n=int(c[3]), selfg=c[4], score=float(c[5]))
    rows = tables[1].find_all("tr")
    years = [th.get_text() for th in rows[1].find_all("th")][:4]  # header order as printed
    prs, ino = [], None
    for tr in rows[2:]:
        th = tr.find("th")
        if th is not None:
            ino = re.match(r"取組項目(\d+)", th.get_text()).group(1)
            continue
        c = [td.get_text() for td in tr.find_all("td")]
        g = dict(zip(years, c[2:6]))
        prs.append(dict(code=c[0], ino=ino, title=c[1], g=g, coop=int(c[7]), crea=int(c[9]), total=int(c[10]),
                        overall=c[11], end=c[12], dept=c[13]))
    comments = {}
    for sec in s.find_all("section"):
        if sec.get("id", "").startswith("init"):
            comments[sec["id"][4:]] = [li.get_text() for li in sec.find_all("li")]
    return inits, prs, comments, s.get_text()


def joint():
    from openpyxl import load_workbook
    ws = load_workbook(DOCS / JOINT_FILE).active
    cities = [ws.cell(row=5, column=6).value, ws.cell(row=5, column=7).value]
    out = []
    for r in ws.iter_rows(min_row=6, values_only=True):
        if isinstance(r[0], int):
            bukai, head = re.match(r"(.+)（(.+)）", r[4]).groups()
            out.append(dict(no=str(r[0]), item=r[1], state=r[3], bukai=bukai, head=head,
                            depts={cities[0]: r[5] or "", cities[1]: r[6] or ""}))
    return out


def pdf_text():
    import pdfplumber
    with pdfplumber.open(DOCS / EVAL_FILE) as p:
        return "\n".join(pg.extract_text() for pg in p.pages)


def docx_text():
    from docx import Document
    d = Document(DOCS / NEWS_FILE)
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            t.append("\t".join(c.text for c in row.cells))
    return "\n".join(t)


def main():
    inits, prs, comments, plan_text = plan()
    jp = joint()
    pt, nt = pdf_text(), docx_text()
    G = lambda p, y: p["g"][f"令和{y}年度"]  # noqa: E731
    P = lambda f: sorted(p["code"] for p in prs if f(p))  # noqa: E731
    J = lambda f: sorted(j["no"] for j in jp if f(j))  # noqa: E731
    C = lambda w: sorted(k for k, v in comments.items() if any(w in c for c in v))  # noqa: E731
    ended = lambda p, ys: p["end"] in [f"令和{y}年度" for y in ys]  # noqa: E731

    def num(label, year_idx):
        line = next(l for l in pt.splitlines() if l.startswith(label))
        return int(line.split()[1 + year_idx].replace(",", ""))

    def ind(kind):
        ls = pt.splitlines()
        i = next(k for k, l in enumerate(ls) if l.startswith(kind))
        plan_ = next(l for l in ls[i:] if l.startswith("計画")).split()[1:]
        act = next(l for l in ls[i:] if l.startswith("実績")).split()[1:]
        return [int(x.replace(",", "")) for x in plan_], [int(x.replace(",", "")) for x in act]

    ap, aa = ind("活動指標")
    op, oa = ind("成果指標")
    a_items = [p for p in prs if p["overall"] == "A"]
    exp = {
        1: P(lambda p: G(p, 6) == "A"),
        2: P(lambda p: G(p, 5) == "C" and G(p, 6) == "B"),
        3: P(lambda p: ended(p, [5])),
        4: P(lambda p: "C" not in p["g"].values()),
        5: len(P(lambda p: ended(p, [4, 5, 6]))),
        6: P(lambda p: "人事課" in p["dept"] and not p["end"]),
        7: P(lambda p: p["overall"] == "C"),
        8: len(P(lambda p: p["crea"] == 3)),
        9: next(G(p, 4) for p in prs if "コンビニ" in p["title"]),
        10: next(p["total"] for p in prs if "公民館" in p["title"]),
        11: P(lambda p: p["ino"] == next(k for k, v in inits.items() if v["name"] == "公共施設の再編")),
        12: P(lambda p: "デジタル推進課" in p["dept"]),
        13: P(lambda p: G(p, 6) in RANK and G(p, 7) in RANK and RANK[G(p, 7)] > RANK[G(p, 6)]),
        14: len(P(lambda p: G(p, 7) == "A")),
        15: P(lambda p: p["code"].startswith("N") and p["overall"] == "A"),
        16: len(P(lambda p: p["ino"] == "4")),
        17: P(lambda p: G(p, 4) == "C" and G(p, 7) in ("A", "B")),
        18: sum(p["total"] for p in prs) / len(prs),
        19: [min(a_items, key=lambda p: p["total"])["code"]],
        20: P(lambda p: G(p, 5) == ""),
        21: P(lambda p: G(p, 7) == "C"),
        22: sorted(k for k, v in inits.items() if v["score"] >= 3.5),
        23: [min(inits, key=lambda k: inits[k]["score"])],
        24: sum(v["score"] for v in inits.values()) / len(inits),
        25: sorted(k for k, v in inits.items() if "施設" in v["themes"] and v["selfg"] == "B"),
        26: sorted(k for k, v in inits.items() if v["n"] == 4),
        27: C("高齢者"), 28: C("ふるさと納税"), 29: C("跡地"), 30: C("モニタリング"),
        35: J(lambda j: j["state"] == "実施済"),
        36: len(J(lambda j: "実施予定" in j["state"])),
        37: J(lambda j: j["head"] == "喜多方市"),
        38: next(j["depts"]["喜多方市"] for j in jp if "災害" in j["item"]),
        39: J(lambda j: not j["depts"]["喜多方市"]),
        40: J(lambda j: j["head"] == "会津若松市" and j["state"] == "実施済"),
        41: J(lambda j: j["bukai"] == "税務部会"),
        42: num("総事業費", 2),
        43: num("総事業費", 2) - num("総事業費", 0),
        44: num("市の実質負担額", 2),
        45: round(oa[2] / op[2] * 100, 1),
        46: [f"令和{4 + i}年度" for i in range(3) if aa[i] < ap[i]],
    }
    texts = {31: plan_text, 32: plan_text, 33: plan_text, 34: plan_text, 47: nt, 48: nt, 49: nt, 50: nt}
    bad = 0
    for line in open(HERE / "questions.jsonl", encoding="utf-8"):
        x = json.loads(line)
        n = int(x["id"].split("-")[1])
        a = x["answer"]
        if n in texts:
            ok = all(s in texts[n] for s in a)
            got = [s for s in a if s not in texts[n]]
        else:
            got = exp[n]
            if x["expect"] == "set":
                ok = sorted(a) == got
            elif x["expect"] == "value" and isinstance(a, (int, float)):
                ok = abs(a - got) <= 0.05
            else:
                ok = a == got
        bad += not ok
        print(x["id"], "OK" if ok else f"MISMATCH answer={a} recheck={got}")
    print("mismatches:", bad)


if __name__ == "__main__":
    main()
