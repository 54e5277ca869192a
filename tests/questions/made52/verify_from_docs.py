"""Re-read docs/ with openpyxl / pdfplumber / html regex / python-docx (not data.py) and re-derive answers.

Prints every question whose answer it can re-derive from the files, with OK or MISMATCH.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def xlsx_rows():
    from openpyxl import load_workbook
    wb = load_workbook(next(DOCS.glob("*.xlsx")))
    rows = []
    for ws in wb.worksheets[1:]:
        init = int(re.match(r"方策(\d+)", ws.title).group(1))
        for r in ws.iter_rows(min_row=7, values_only=True):
            if r[0] is None:
                continue
            rows.append({"code": str(r[0]), "init": init, "name": r[1], "g": dict(zip(["R5", "R6", "R7", "R8"], r[2:6])),
                         "s": r[6:10], "total": r[10], "judge": r[11], "done": r[12], "bu": r[13], "ka": r[14]})
    return rows


def pdf_committee():
    import pdfplumber
    with pdfplumber.open(next(DOCS.glob("*.pdf"))) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    parts = re.split(r"推進方策(\d)\s", text)[1:]
    out = {}
    for n, body in zip(parts[::2], parts[1::2]):
        sc = float(re.search(r"委員会評価\s*([\d.]+)点", body).group(1))
        word = re.search(r"評語\s*(\S+)", body).group(1)
        out[int(n)] = (sc, word, body.replace("\n", ""))
    return out


def html_rows():
    t = next(DOCS.glob("*.html")).read_text(encoding="utf-8")
    rows, field = [], None
    for tr in re.findall(r"<tr>(.*?)</tr>", t.split("<tbody>")[1]):
        th = re.search(r"<th[^>]*>(.*?)</th>", tr)
        if th:
            field = th.group(1)
        td = re.findall(r"<td>(.*?)</td>", tr)
        rows.append({"no": td[0], "field": field, "name": td[1], "status": td[2], "lead": td[3],
                     "start": int(td[4].replace("年度", "")), "depts": td[5:8]})
    return rows


def docx_text():
    from docx import Document
    d = Document(next(DOCS.glob("*.docx")))
    tabs = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
    return tabs, "\n".join(p.text for p in d.paragraphs)


def main():
    X, P, H = xlsx_rows(), pdf_committee(), html_rows()
    tabs, paras = docx_text()
    Q = {json.loads(l)["turns"][-1]: json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines()}
    Qid = {v["id"]: v for v in Q.values()}
    c = lambda pred: [r["code"] for r in X if pred(r)]  # noqa: E731
    h = lambda pred: [r["no"] for r in H if pred(r)]  # noqa: E731
    R = {"◎": 4, "○": 3, "△": 2, "×": 1}
    tot = lambda vals: round(sum(vals) / len(vals), 1)  # noqa: E731
    cost = {r[0]: r[1:] for r in tabs[1]}
    ind = {(r[1], r[2]): r[3:] for r in tabs[2]}
    mine = {}
    mine.update({
        1: c(lambda r: r["g"]["R6"] == "◎"), 2: c(lambda r: r["g"]["R7"] in ("△", "×")),
        3: c(lambda r: all(r["g"][y] == "◎" for y in ("R5", "R6", "R7"))),
        4: c(lambda r: r["g"]["R5"] in ("△", "×") and r["g"]["R8"] == "◎"),
        5: c(lambda r: r["done"] == "令和6年度"), 6: len(c(lambda r: r["done"] == "継続")),
        7: c(lambda r: r["judge"] == "S"), 8: [max(X, key=lambda r: r["total"])["code"]],
        9: c(lambda r: r["ka"] == "情報政策課"), 10: Counter(r["ka"] for r in X).most_common(1)[0][0],
        11: tot([r["total"] for r in X if r["init"] == 3]),
        12: [str(n) for n, k in Counter(r["init"] for r in X).items() if k == max(Counter(r["init"] for r in X).values())],
        13: next(r["g"]["R6"] for r in X if r["code"] == "7"), 14: c(lambda r: r["code"].startswith("新")),
        15: c(lambda r: "×" in r["g"].values()), 16: c(lambda r: r["s"][2] == 5),
        17: c(lambda r: r["init"] == 2 and r["g"]["R7"] == "◎"), 18: c(lambda r: r["init"] == 6 and r["g"]["R7"] != "◎"),
        19: c(lambda r: r["g"]["R6"] in R and r["g"]["R7"] in R and R[r["g"]["R7"]] < R[r["g"]["R6"]]),
        20: len(c(lambda r: r["bu"] == "総務部")), 21: len(c(lambda r: r["g"]["R8"] == "◎")),
        22: c(lambda r: r["ka"] == "情報政策課" and r["done"] != "継続"),
        23: next(r["judge"] for r in X if r["name"] == "電子契約の導入"), 24: c(lambda r: r["judge"] == "S"),
        25: [str(max(P, key=lambda n: P[n][0]))], 26: [str(n) for n in P if P[n][0] < 3.5],
        27: tot([P[n][0] for n in P]), 28: P[4][0], 29: sum(1 for n in P if P[n][1] == "高く評価できる"),
        30: ["5"], 31: [str(n) for n in P if "ネーミングライツ" in P[n][2]],
        32: ["高齢者等への支援策"] if "高齢者等への支援策" in P[3][2] else None,
        33: ["抜本的に見直す"] if "抜本的に見直す" in P[4][2] else None,
        34: h(lambda r: r["lead"] == "緑川町"), 35: h(lambda r: r["status"] == "検討中"),
        36: len(h(lambda r: "—" not in r["depts"])), 37: h(lambda r: r["depts"][2] == "—"),
        38: h(lambda r: r["start"] == 2024), 39: h(lambda r: r["start"] <= 2023), 40: h(lambda r: r["field"] == "防災"),
        41: next(r["depts"][2] for r in H if r["no"] == "7"), 42: Counter(r["field"] for r in H).most_common(1)[0][0],
        43: h(lambda r: r["field"] == "観光" and r["status"] == "実施済"),
        44: h(lambda r: r["lead"] == "緑川町" and r["status"] == "検討中"),
        45: int(cost["事業費"][1].replace(",", "")), 46: float(ind[("オンライン申請件数(件)", "達成率")][1].rstrip("%")),
        47: tabs[3][1][3], 48: int(ind[("窓口平均待ち時間(分)", "実績値")][0]),
        49: int(cost["総コスト(事業費+人件費)"][2].replace(",", "")),
        50: ["待ち時間の短縮"] if "待ち時間の短縮" in paras else None,
    })
    bad = 0
    for i, v in mine.items():
        qq = Qid[f"m52-{i:03d}"]
        exp = qq["answer"]
        ok = (sorted(v) == sorted(exp)) if isinstance(exp, list) else (v == exp)
        bad += not ok
        print("OK " if ok else "MISMATCH", qq["id"], qq["turns"][-1][:36], exp, "" if ok else v)
    print(len(mine), "checked,", bad, "mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
