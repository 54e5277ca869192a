"""Second check: recompute every made40 answer from the written documents themselves (not from data.py) and compare.

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made40.check_answers"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pdfplumber
from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).parent
DOCS = HERE / "docs"
RANK = {"A": 4, "B": 3, "C": 2, "D": 1}


def plan() -> tuple[list[dict], list[dict], dict[str, list[str]], str]:
    text = next(DOCS.glob("*.txt")).read_text(encoding="utf-8")
    lines = text.splitlines()
    i = lines.index(next(l for l in lines if l.startswith("番号\t取組項目")))
    head = lines[i].split("\t")
    items = []
    for l in lines[i + 1:]:
        if not l.strip():
            break
        items.append(dict(zip(head, l.split("\t"))))
    j = lines.index(next(l for l in lines if l.startswith("取組項目\t名称")))
    head = lines[j].split("\t")
    inis = []
    for l in lines[j + 1:]:
        if not l.strip():
            break
        inis.append(dict(zip(head, l.split("\t"))))
    comments: dict[str, list[str]] = {}
    cur = None
    for l in lines:
        if l.startswith("【取組項目"):
            cur = l[len("【取組項目"):l.index("】")]
            comments[cur] = []
        elif cur and l.startswith("〇"):
            comments[cur].append(l[1:])
        elif l.startswith("4．"):
            cur = None
    return items, inis, comments, text


def main() -> int:
    items, inis, comments, plan_text = plan()
    code = lambda pred: [x["番号"] for x in items if pred(x)]
    ended = lambda x: x["取組状況"].startswith("完了")
    end_year = lambda x: x["取組状況"][3:5] if ended(x) else ""
    total = lambda x: int(x["合計"])

    with pdfplumber.open(next(DOCS.glob("*.pdf"))) as pdf:
        rows = [r for page in pdf.pages for t in page.extract_tables() for r in t]
    joint = []
    for r in rows:
        if r[0] and r[0].strip().isdigit():
            c = [("" if v is None else v.replace("\n", "")) for v in r]
            group, lead = c[4].rstrip("）").split("（")
            joint.append({"no": c[0], "name": c[1], "status": c[3], "group": group, "lead": lead,
                          "matsumoto": c[5], "shiojiri": c[6]})
    jc = lambda pred: [j["no"] for j in joint if pred(j)]

    ws = load_workbook(next(DOCS.glob("*.xlsx"))).active
    cases = [dict(zip(["no", "topic", "pref", "place", "title", "what", "effect"], r))
             for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    cs = lambda w: [c["place"] for c in cases if any(w in (c[k] or "") for k in ("topic", "title", "what", "effect"))]

    doc = Document(str(next(DOCS.glob("*.docx"))))
    kv = {r.cells[0].text: r.cells[1].text for t in doc.tables for r in t.rows if len(r.cells) == 2}
    outcome = [[c.text for c in r.cells] for r in doc.tables[4].rows]  # 成果指標 (0 概要, 1 事業費, 2 業務, 3 活動指標)
    years = outcome[0]
    plan_v = dict(zip(years, outcome[1]))
    act_v = dict(zip(years, outcome[2]))
    rate_v = dict(zip(years, outcome[3]))

    prog = [int(x["進捗度"]) for x in items]
    scores = [float(x["懇話会評価"]) for x in inis]
    want = {
        "m40-001": code(lambda x: end_year(x) == "R6"),
        "m40-002": len(code(lambda x: not ended(x))),
        "m40-003": code(lambda x: x["令和7年度"] == "C"),
        "m40-004": code(lambda x: x["令和5年度"] == "C" and x["令和7年度"] == "B"),
        "m40-005": code(lambda x: "総務課" in x["担当課"]),
        "m40-006": code(lambda x: "住民課" in x["担当課"] and x["総合評価"] == "A"),
        "m40-007": code(lambda x: x["総合評価"] == "D"),
        "m40-008": code(lambda x: x["令和5年度"] == x["令和6年度"] == x["令和7年度"] == "B"),
        "m40-009": code(lambda x: x["令和5年度"] == ""),
        "m40-010": len(code(lambda x: x["進捗度"] == "3")),
        "m40-011": code(lambda x: total(x) >= 10),
        "m40-012": code(lambda x: x["令和6年度"] in RANK and x["令和7年度"] in RANK and RANK[x["令和7年度"]] < RANK[x["令和6年度"]]),
        "m40-013": code(lambda x: x["令和6年度"] in RANK and x["令和7年度"] in RANK and RANK[x["令和7年度"]] > RANK[x["令和6年度"]]),
        "m40-014": code(lambda x: "財政課" in x["担当課"] and not ended(x)),
        "m40-015": code(lambda x: x["取組項目"] == "3"),
        "m40-016": next(x["担当課"] for x in items if x["番号"] == "N3").split("、"),
        "m40-017": next(x["総合評価"] for x in items if "口座振替" in x["実践項目名"]),
        "m40-018": len(code(lambda x: x["総合評価"] == "A")),
        "m40-019": round(sum(prog) / len(prog), 2),
        "m40-020": code(lambda x: x["令和5年度"] == "B" and x["総合評価"] != "A"),
        "m40-021": code(lambda x: x["取組項目"] == next(i["取組項目"] for i in inis if "協働の推進" in i["名称"]) and x["総合評価"] == "C"),
        "m40-022": code(lambda x: end_year(x) == "R6"),
        "m40-023": code(lambda x: "総務課" in x["担当課"] and not ended(x)),
        "m40-024": len(code(lambda x: x["連携度"] == "3")),
        "m40-025": code(lambda x: x["取組項目"] == next(i["取組項目"] for i in inis if "公共施設マネジメント" in i["名称"]) and ended(x)),
        "m40-026": [i["取組項目"] for i in inis if float(i["懇話会評価"]) >= 4],
        "m40-027": [min(inis, key=lambda i: float(i["懇話会評価"]))["取組項目"]],
        "m40-028": [i["取組項目"] for i in inis if i["担当課自己評価"] == "B"],
        "m40-029": float(next(i["懇話会評価"] for i in inis if "オンライン化" in i["名称"])),
        "m40-030": round(sum(scores) / len(scores), 2),
        "m40-031": [i["取組項目"] for i in inis if "デジタル" in i["テーマ"] and i["担当課自己評価"] == "A"],
        "m40-032": [k for k, v in comments.items() if any("ふるさと納税" in c for c in v)],
        "m40-033": [k for k, v in comments.items() if any("時間外勤務" in c for c in v)],
        "m40-034": [k for k, v in comments.items() if any("周知" in c for c in v)],
        "m40-035": [k for k, v in comments.items() if any("LED" in c for c in v)],
        "m40-036": jc(lambda j: j["status"] == "既に実施"),
        "m40-037": len(jc(lambda j: "実施予定" in j["status"])),
        "m40-038": jc(lambda j: j["lead"] == "塩尻市"),
        "m40-039": jc(lambda j: j["shiojiri"] == ""),
        "m40-040": [next(j["group"] for j in joint if j["name"] == "図書館の相互利用")],
        "m40-041": jc(lambda j: j["lead"] == "松本市" and j["status"] != "既に実施"),
        "m40-042": len({j["group"] for j in joint}),
        "m40-043": cs("書かない窓口")[:1],
        "m40-044": cs("ふるさと納税"),
        "m40-045": cs("広告"),
        "m40-046": float(rate_v["令和6年度"]),
        "m40-047": int(act_v["令和5年度"].replace(",", "")),
        "m40-048": [kv["担当課"]],
        "m40-049": kv["開始年度"],
        "m40-050": ["計画期間の終了後に評価"] if "令和8年度の取組は計画期間の終了後に評価" in plan_text else [],
    }
    bad = 0
    for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        got = want[q["id"]]
        same = (sorted(got) == sorted(q["answer"])) if isinstance(got, list) and q["expect"] != "ordered" else (
            abs(got - q["answer"]) < 0.01 if isinstance(got, float) else got == q["answer"])
        if not same:
            bad += 1
            print("MISMATCH", q["id"], q["turns"], "documents:", got, "questions.jsonl:", q["answer"])
    print(f"{len(want)} recomputed from the documents, {bad} mismatches; joint rows {len(joint)}, cases {len(cases)}, "
          f"practice items {len(items)}, initiatives {len(inis)}, indicator plan R6 {plan_v.get('令和6年度')}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
