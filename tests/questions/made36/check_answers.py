"""Second check of made36/questions.jsonl: read the four written documents back (PDF tables and text, DOCX table,
HTML, TXT) without data.py, recompute every answer by a separate route and compare. Never runs the engine.

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made36.check_answers"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pdfplumber
from bs4 import BeautifulSoup
from docx import Document

HERE = Path(__file__).parent
DOCS = HERE / "docs"
ORDER = {"A": 4, "B": 3, "C": 2, "D": 1}


def find(suffix: str) -> Path:
    (p,) = [p for p in DOCS.iterdir() if p.suffix == suffix]
    return p


# ---------------------------------------------------------------- read the PDF
with pdfplumber.open(find(".pdf")) as pdf:
    tables = [t for page in pdf.pages for t in page.extract_tables()]
    text = "\n".join(page.extract_text() for page in pdf.pages)

practice_rows, initiative_rows = [], []
for t in tables:
    if t[0][0] == "番号" and t[0][1] == "取組No.":
        practice_rows += [r for r in t[2:] if r[0]]
    if t[0][0] == "No." and t[0][1] == "取組項目":
        themes = t[1][2:9]
        initiative_rows += [r for r in t[2:] if r[0]]
PRACTICE = {}
for r in practice_rows:
    code, ini, name, dept, *rest = r
    PRACTICE[code] = dict(ini=ini.replace("No.", ""), name=name.replace("\n", ""), depts=dept.replace("\n", "").split("、"),
                          g=dict(zip(["H28", "H29", "H30", "R1"], rest[0:4])), total=int(rest[8]), overall=rest[9],
                          end=rest[10] or "")
INITIATIVE = {}
for r in initiative_rows:
    INITIATIVE[r[0]] = dict(name=r[1].replace("\n", ""), themes=[th for th, m in zip(themes, r[2:9]) if m == "○"],
                            n=int(r[9]), self=r[15], score=float(r[16]))
# comments: the text between "No.k　name" and the next heading in section 5
sec5 = text[text.index("5 取組項目ごとの委員会の評価と意見"):text.index("【資料】")]
COMMENTS = {}
for m in re.finditer(r"^No\.(\d+) .*?$(.*?)(?=^No\.\d+ |\Z)", sec5, flags=re.S | re.M):
    COMMENTS[m.group(1)] = [ln for ln in m.group(2).splitlines() if ln.startswith("・")]
    score = float(re.search(r"委員会評価 ([\d.]+)点", m.group(2)).group(1))
    assert score == INITIATIVE[m.group(1)]["score"], m.group(1)
assert len(PRACTICE) == 20 and len(INITIATIVE) == 6 and len(COMMENTS) == 6, (len(PRACTICE), len(INITIATIVE))

# ---------------------------------------------------------------- read the DOCX
doc = Document(str(find(".docx")))
(tbl,) = doc.tables
JOINT = {}
for row in tbl.rows[2:]:
    c = [cell.text for cell in row.cells]
    lead = re.search(r"（(.+?)）", c[5]).group(1)
    JOINT[c[0]] = dict(name=c[1], status=c[3], lead=lead, depts={"上田市": c[6], "東御市": c[7], "青木村": c[8]})

# ---------------------------------------------------------------- read the HTML
soup = BeautifulSoup(find(".html").read_text(encoding="utf-8"), "html.parser")
CASES = []
for sec in soup.find_all("section"):
    topic = sec.find_previous("h2").get_text().lstrip("■ ").strip()
    effect = sec.find_all("p")[-1].get_text()
    CASES.append(dict(topic=topic, title=sec.h3.get_text(), org=sec.find("p", class_="org").get_text(),
                      what=sec.find_all("p")[1].get_text(), effect=effect))

# ---------------------------------------------------------------- read the TXT
txt = find(".txt").read_text(encoding="utf-8")
_cost = re.search(r"^総事業費\t([\d,]+)\t([\d,]+)$", txt, flags=re.M)
cost = {"R4": int(_cost.group(1).replace(",", "")), "R5": int(_cost.group(2).replace(",", ""))}
blocks = txt.split("■ ")
act = next(b for b in blocks if b.startswith("活動指標"))
out = next(b for b in blocks if b.startswith("成果指標"))


def ind_rows(block: str) -> dict:
    rows = {}
    for ln in block.splitlines():
        parts = ln.split("\t")
        if len(parts) == 4 and parts[0].startswith("令和"):
            rows[parts[0]] = (int(parts[1].replace(",", "")), int(parts[2].replace(",", "")) if parts[2] else None,
                              parts[3])
    return rows


ACT, OUT = ind_rows(act), ind_rows(out)

# ---------------------------------------------------------------- recompute, by id


def P(pred) -> list[str]:
    return sorted(c for c, p in PRACTICE.items() if pred(p))


def graded(x) -> bool:
    return x in ORDER


def sheet(code: str) -> str:
    start = text.index(f"進捗状況シート 実践項目{code}")
    nxt = text.find("進捗状況シート 実践項目", start + 5)
    return text[start: nxt if nxt > 0 else None]


dept_n = Counter(d for p in PRACTICE.values() for d in p["depts"])
items_per = Counter(p["ini"] for p in PRACTICE.values())
sec8, sec13, secN1 = sheet("8"), sheet("13"), sheet("N1")
EXPECT = {
    "m36-001": P(lambda p: p["g"]["H30"] == "A"),
    "m36-002": P(lambda p: p["g"]["H29"] == "B" and p["g"]["R1"] == "A"),
    "m36-003": P(lambda p: all(g != "A" for g in p["g"].values())),
    "m36-004": P(lambda p: p["end"] == "H30"),
    "m36-005": P(lambda p: p["end"] in ("H28", "H29", "H30")),
    "m36-006": len(P(lambda p: p["end"] == "")),
    "m36-007": P(lambda p: p["g"]["H28"] == ""),
    "m36-008": P(lambda p: "総務課" in p["depts"]),
    "m36-009": P(lambda p: p["total"] >= 11),
    "m36-010": next(p for p in PRACTICE.values() if "図書館" in p["name"])["g"]["H29"],
    "m36-011": next(p for p in PRACTICE.values() if "タブレット" in p["name"])["end"],
    "m36-012": P(lambda p: graded(p["g"]["H30"]) and graded(p["g"]["R1"]) and ORDER[p["g"]["R1"]] < ORDER[p["g"]["H30"]]),
    "m36-013": P(lambda p: p["ini"] == next(k for k, i in INITIATIVE.items() if i["name"] == "公共施設の最適配置")),
    "m36-014": P(lambda p: "町民課" in p["depts"] and not p["end"]),
    "m36-015": P(lambda p: p["g"]["R1"] == "A" and p["overall"] == "B"),
    "m36-016": len(P(lambda p: p["ini"] == "4")),
    "m36-017": P(lambda p: p["g"]["H29"] == "B" and p["g"]["H30"] == "A"),
    "m36-018": max(dept_n.values()),
    "m36-019": P(lambda p: "C" in (p["g"]["H28"], p["g"]["H29"])),
    "m36-020": P(lambda p: p["overall"] != "A" and p["end"] == ""),
    "m36-021": sorted(k for k, i in INITIATIVE.items() if i["score"] >= 4),
    "m36-022": [min(INITIATIVE, key=lambda k: INITIATIVE[k]["score"])],
    "m36-023": sum(i["score"] for i in INITIATIVE.values()) / len(INITIATIVE),
    "m36-024": sorted(k for k, i in INITIATIVE.items() if "施設" in i["themes"] and i["score"] >= 3.2),
    "m36-025": sum(i["self"] == "A" for i in INITIATIVE.values()),
    "m36-026": sorted(k for k, i in INITIATIVE.items() if i["n"] == 4 and items_per[k] == 4),
    "m36-027": sorted(k for k, cs in COMMENTS.items() if any("ふるさと納税" in c for c in cs)),
    "m36-028": sorted(k for k, cs in COMMENTS.items() if any("高齢者" in c for c in cs)),
    "m36-029": sorted(k for k, cs in COMMENTS.items() if any("ノウハウ" in c for c in cs)),
    "m36-030": sorted(k for k, cs in COMMENTS.items() if any("統廃合" in c for c in cs)),
    "m36-031": re.search(r"対象は(\d+手続)となり", sec13).group(1),
    "m36-032": re.search(r"R1 (\d+)社から合計([\d,]+万円)", secN1).group(2),
    "m36-033": re.search(r"^H30 .*?(スクールバス\S*)$", sec8, re.M).group(1),
    "m36-034": sorted(k for k, j in JOINT.items() if j["status"] == "既に実施"),
    "m36-035": sum(j["status"].startswith("今年度") for j in JOINT.values()),
    "m36-036": sorted(k for k, j in JOINT.items() if j["lead"] == "青木村"),
    "m36-037": sorted(k for k, j in JOINT.items() if j["lead"] == "上田市" and j["status"] == "既に実施"),
    "m36-038": next(j for j in JOINT.values() if j["name"] == "災害時相互応援協定")["depts"]["東御市"],
    "m36-039": sorted(k for k, j in JOINT.items() if not j["depts"]["青木村"].strip()),
    "m36-040": sorted(k for k, j in JOINT.items() if j["status"] == "検討中"),
    "m36-041": sorted(c["org"] for c in CASES if "窓口" in c["topic"]),
    "m36-042": [c["org"] for c in CASES if "共同" in c["topic"] and c["org"].startswith("宮崎県")],
    "m36-043": [c["org"] for c in CASES if all(w in c["what"] for w in ("支所", "公民館", "図書館"))],
    "m36-044": re.search(r"から(\d+分)に短縮", next(c for c in CASES if "酒田市" in c["org"])["effect"]).group(1),
    "m36-045": cost["R5"],
    "m36-046": cost["R5"] - cost["R4"],
    "m36-047": round(OUT["令和5年度"][1] / OUT["令和5年度"][0] * 100, 1),
    "m36-049": [y for y, (pl, ac, _r) in ACT.items() if ac is not None and ac < pl],
    "m36-048": re.search(r"担当課：(\S+)", txt).group(1),
    "m36-050": 0,
}


def same(q: dict, exp) -> bool:
    ans = q["answer"]
    if q["expect"] == "set":
        if isinstance(exp, list) and exp and any(o.startswith(("山形県", "三重県", "宮崎県", "香川県")) for o in exp):
            # case studies: every answer name must occur in one of the expected rows, and each row be covered
            return all(any(a in o for o in exp) for a in ans) and all(any(a in o for a in ans) for o in exp)
        return sorted(ans) == sorted(exp)
    if q["expect"] == "ordered":
        return ans == exp
    if q["expect"] == "count":
        return ans == exp
    if q["expect"] == "value":
        return abs(ans - exp) <= 0.05 if isinstance(ans, (int, float)) else ans == exp
    if q["expect"] == "contains":
        exp_list = exp if isinstance(exp, list) else [exp]
        return all(any(a in e for e in exp_list) for a in ans)
    raise ValueError(q["expect"])


def main() -> int:
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").open(encoding="utf-8")]
    bad = 0
    for q in qs:
        ok = same(q, EXPECT[q["id"]])
        bad += not ok
        if not ok:
            print("MISMATCH", q["id"], q["turns"], "answer", q["answer"], "recomputed", EXPECT[q["id"]])
    print(f"{len(qs) - bad}/{len(qs)} answers agree with the documents read back")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
