"""Second check of made43/questions.jsonl: read the written documents back (pdfplumber, BeautifulSoup, openpyxl,
plain text), recompute every answer without data.py, and compare. Run: python -m tests.questions.made43.verify"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
RANK = {"◎": 4, "○": 3, "△": 2, "×": 1}


def read_plan():
    import pdfplumber
    (path,) = DOCS.glob("佐久市_*.pdf")
    events = []                                        # ("head", no) | ("table", rows) | ("line", text) in reading order
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            items = [(t.bbox[1], "table", t.extract()) for t in tables]
            for ln in page.extract_text_lines():
                if any(b[1] - 1 <= ln["top"] <= b[3] + 1 for b in boxes):
                    continue
                items.append((ln["top"], "line", ln["text"]))
            events += [(k, v) for _, k, v in sorted(items, key=lambda x: x[0])]
    practices, inis, sheets, cur, in_comments, sheet = {}, {}, {}, None, False, None
    for kind, v in events:
        if kind == "line":
            m = re.match(r"取組項目(\d+)\s*(\S+)$", v)
            if m:
                cur, in_comments = m.group(1), False
                inis[cur] = dict(name=m.group(2), comments=[], themes=[])
                continue
            m = re.match(r"テーマ：(\S+)", v)
            if m and cur:
                inis[cur]["themes"] = m.group(1).split("・")
            m = re.match(r"担当部署の自己評価（総合）：(\S)\s*委員会評価：([\d.]+)点", v)
            if m:
                inis[cur].update(selfg=m.group(1), score=float(m.group(2)))
            if v.startswith("委員の意見"):
                in_comments = True
                continue
            if v.startswith("資料"):
                cur, in_comments = None, False
            if in_comments and v.startswith("・"):
                inis[cur]["comments"].append(v[1:])
            m = re.match(r"【進捗状況シート】実践項目(\S+)", v)
            if m:
                sheet = m.group(1)
                sheets[sheet] = []
            if sheet and v.startswith("特記事項"):
                sheets[sheet].append(v)
        else:
            head, *rows = v
            if head[0] == "番号":
                for r in rows:
                    d = dict(zip(head, r))
                    practices[d["番号"]] = dict(ini=cur, title=d["実践項目"], dept=d["担当課"],
                                                grades=[d["H29"], d["H30"], d["R元"], d["R2"]],
                                                prog=int(d["進捗度"]), eff=int(d["効率性"]), coll=int(d["連携度"]),
                                                cre=int(d["創造性"]), total=int(d["合計"]), overall=d["総合評価"],
                                                end=d["取組終了"] or "")
            elif head[0] == "年度" and sheet:
                for r in rows:
                    sheets[sheet].append(" ".join(c or "" for c in r))
    return practices, inis, sheets


def read_joint():
    from bs4 import BeautifulSoup
    (path,) = DOCS.glob("伊勢市_*.html")
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    heads = soup.select("thead tr")[1].find_all("th")
    cities = [th.get_text() for th in heads[2:]]
    out, carry = [], None
    for tr in soup.select("tbody tr"):
        tds = tr.find_all("td")
        if len(tds) == 8:
            carry = tds[5].get_text("|").split("|")
            rest = tds[6:]
        else:
            rest = tds[5:]
        bukai, chair = carry[0], carry[1].strip("（）")
        out.append(dict(no=tds[0].get_text(), item=tds[1].get_text(), done=tds[3].get_text(), plan=tds[4].get_text(),
                        bukai=bukai, chair=chair, depts={c: td.get_text() for c, td in zip(cities, rest)}))
    return out


def read_eval():
    from openpyxl import load_workbook
    (path,) = DOCS.glob("牛久市_*.xlsx")
    rows = [[c for c in r] for r in load_workbook(path).active.iter_rows(values_only=True)]
    cost = next(r for r in rows if r[0] == "総事業費")
    heads = next(r for r in rows if r[0] == "区分")
    i = next(k for k, r in enumerate(rows) if r[0] == "指標名" and r[1] == "年間利用者数")
    rate = {r[0]: r[3] for r in rows[i + 2:i + 6]}
    direction = next(r[1] for r in rows if r[0] == "今後の方向性")
    return dict(cost=dict(zip(heads[1:], cost[1:])), rate=rate, direction=direction)


def read_cases():
    (path,) = DOCS.glob("*取組事例*.txt")
    out, head = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("★") and not re.search(r" P\d+$", line):
            head = line[1:]
        m = re.match(r"〈(.+)の取組事例：(.+)〉", line)
        if m:
            out.append(dict(head=head, places=m.group(1), sub=m.group(2)))
    return out


def recompute():
    P, I, S = read_plan()
    J = read_joint()
    E = read_eval()
    C = read_cases()
    Y = {"H29": 0, "H30": 1, "R1": 2, "R2": 3}
    pr = lambda f: sorted(c for c, p in P.items() if f(p))
    g = lambda p, y: p["grades"][Y[y]]
    rk = lambda p, y: RANK.get(g(p, y))
    cm = lambda w: sorted(n for n, i in I.items() if any(w in c for c in i["comments"]))
    jp = lambda f: sorted(j["no"] for j in J if f(j))
    cs = lambda h: [c["places"] for c in C if c["head"] == h]
    sheet_text = lambda code: " ".join(S[code])
    one = lambda w: next(p for p in P.values() if w in p["title"])
    fin = [n for n, i in I.items() if "財政" in i["themes"]]
    return [
        pr(lambda p: g(p, "H30") == "◎"),
        pr(lambda p: g(p, "R1") == "×"),
        pr(lambda p: g(p, "R2") in ("△", "×")),
        pr(lambda p: all(x in ("◎", "○") for x in p["grades"])),
        pr(lambda p: p["end"] == "R元"),
        len(pr(lambda p: p["end"] == "H30")),
        pr(lambda p: "人事課" in p["dept"]),
        pr(lambda p: p["overall"] in "CD"),
        pr(lambda p: not p["end"] and p["overall"] == "A"),
        pr(lambda p: p["eff"] == 3),
        pr(lambda p: p["total"] >= 10),
        pr(lambda p: p["total"] == max(x["total"] for x in P.values())),
        pr(lambda p: g(p, "H29") == ""),
        pr(lambda p: rk(p, "H29") and rk(p, "H30") and rk(p, "H30") > rk(p, "H29")),
        pr(lambda p: rk(p, "R1") and rk(p, "R2") and rk(p, "R2") < rk(p, "R1")),
        one("コンビニ交付")["overall"],
        one("小学校")["prog"],
        pr(lambda p: p["ini"] == "3" and p["overall"] == "B"),
        len(pr(lambda p: g(p, "H30") == "△")),
        pr(lambda p: "情報政策課" in p["dept"] and p["end"]),
        len(pr(lambda p: I[p["ini"]]["name"] == "民間活力の活用")),
        pr(lambda p: g(p, "H30") == "◎" and p["overall"] != "A"),
        pr(lambda p: g(p, "H30") == "◎" and g(p, "R1") == "◎"),
        pr(lambda p: "市民課" in p["dept"] and g(p, "H29") == ""),
        sorted(n for n, i in I.items() if i["score"] >= 4),
        sorted(I, key=lambda n: I[n]["score"]),
        next(i["score"] for i in I.values() if i["name"] == "公共施設の最適化"),
        sorted(n for n, i in I.items() if i["selfg"] == "A"),
        round(sum(I[n]["score"] for n in fin) / len(fin), 2),
        cm("高齢者"), cm("ふるさと納税"), cm("指定管理者"), cm("数値目標"),
        "5億3,800万円" in sheet_text("1"), "約7,200時間" in sheet_text("16"),
        "約4,100万円" in sheet_text("14"), "通学バス" in next(l for l in S["10"] if l.startswith("令和2年度")),
        jp(lambda j: j["done"]), len(jp(lambda j: j["plan"])), jp(lambda j: j["chair"] == "鳥羽市"),
        next(j for j in J if "図書館" in j["item"])["depts"]["鳥羽市"],
        jp(lambda j: not j["depts"]["伊勢市"]), jp(lambda j: j["bukai"] == "観光部会"),
        jp(lambda j: j["bukai"] == "総務部会" and j["done"]),
        cs("窓口業務のデジタル化"), cs("公共施設の複合化"),
        [c["places"] for c in C if c["head"] == "業務の共同処理" and "ごみ" in c["sub"]],
        E["cost"]["令和5年度決算"], E["rate"]["令和6年度"], E["direction"],
    ]


def norm(x):
    return sorted(x) if isinstance(x, list) else x


def main():
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    got = recompute()
    assert len(got) == len(qs), (len(got), len(qs))
    bad = 0
    for q, g in zip(qs, got):
        want = q["answer"]
        if q["expect"] == "contains":
            ok = g is True
        elif q["target"] == "case_study":
            ok = all(any(w in p for p in g) for w in want)
        elif q["expect"] == "ordered":
            ok = g == want
        elif isinstance(want, float):
            ok = abs(g - want) < 0.051
        else:
            ok = norm(g) == norm(want)
        bad += not ok
        print("ok " if ok else "BAD", q["id"], want, "|", g)
    print("mismatches:", bad)


if __name__ == "__main__":
    main()
