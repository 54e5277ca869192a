"""Write questions.jsonl for made58; every answer is computed from data.py.

Run `python make_questions.py --verify` to also re-read the written docs/ and check the facts the
answers use (workbook rows, PDF table text, HTML sheets, committee text, Word case studies).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

Q: list[dict] = []
RANK = {"達成": 3, "順調": 2, "遅れ": 1, "未着手": 0}


def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str):
        turns = [turns]
    if expect in ("set", "ordered"):
        answer = [str(a) for a in answer]
    Q.append({"id": f"m58-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def items(pred):
    return [no for no, name, dept, prog, score in D.ITEMS if pred(no, name, dept, prog, score)]


def score_of(no):
    return next(s for n, _, _, _, s in D.ITEMS if n == no)


def policy_items(p):
    return next(it for n, _, _, it in D.POLICIES if n == p)


def joint(pred):
    return [r[0] for r in D.JOINT if pred(r)]


WB = "workbook 進捗状況 sheet (one row per 番号 × 年度)"

# ---- workbook: practice items (推進事項) ----
a = items(lambda n, nm, d, p, s: p.get(2025) == "達成")
add("北湊市の推進事項で2025年度に達成となったものは？", "practice", "set", a,
    "年度 2025 row 進捗 == 達成", WB)
a = items(lambda n, nm, d, p, s: p.get(2024) == "遅れ")
add("令和6年度に進捗が遅れだった北湊市の推進事項", "practice", "set", a,
    "令和6年度 = 2024; 進捗 == 遅れ", WB)
a = items(lambda n, nm, d, p, s: p.get(2023) == "未着手")
add("北湊市の行革計画で令和5年度に未着手だった推進事項は何件ありますか", "practice", "count", len(a),
    f"令和5年度 = 2023; 未着手 rows: {a}", WB)
a = items(lambda n, nm, d, p, s: p.get(2024) == "順調" and p.get(2025) == "順調")
add("北湊市の推進事項で2024年度も2025年度も順調だったものは？", "practice", "set", a,
    "2024 == 順調 AND 2025 == 順調", WB)
a = items(lambda n, nm, d, p, s: all(p.get(y) == "遅れ" for y in D.YEARS))
add("北湊市の行革計画で3年間ずっと遅れている推進事項はどれ", "practice", "set", a,
    "rows for 2023, 2024 and 2025 all 遅れ (items without a 2023 row excluded)", WB)
a = items(lambda n, nm, d, p, s: p.get(2023) == "遅れ" and p.get(2025) == "達成")
add("北湊市で令和5年度は遅れだったのに令和7年度に達成した推進事項", "practice", "set", a,
    "2023 == 遅れ AND 2025 == 達成", WB)
a = items(lambda n, nm, d, p, s: s >= 4)
add("北湊市の進捗状況一覧で委員会評価が4以上の推進事項を教えて", "practice", "set", a,
    "委員会評価 (2025 row) >= 4", WB)
avg = round(sum(s for *_, s in D.ITEMS) / len(D.ITEMS), 2)
add("北湊市の推進事項の委員会評価の平均は？", "practice", "value", avg,
    f"mean of 委員会評価 over all {len(D.ITEMS)} items = {sum(s for *_, s in D.ITEMS)}/{len(D.ITEMS)}", WB)
a = items(lambda n, nm, d, p, s: d == "職員課")
add("北湊市の職員課が所管する推進事項", "practice", "set", a, "所管課 == 職員課", WB)
a = items(lambda n, nm, d, p, s: d == "企画政策課")
add("北湊市の企画政策課の推進事項は何件？", "practice", "count", len(a), f"所管課 == 企画政策課: {a}", WB)
c = Counter(p[2025] for *_, p, s in D.ITEMS if 2025 in p)
top, n = c.most_common(1)[0]
assert list(c.values()).count(n) == 1
add("北湊市の推進事項、2025年度の進捗でいちばん多い区分は？", "practice", "value", top,
    f"2025 rows by 進捗: {dict(c)}", WB)
c = Counter(d for _, _, d, _, _ in D.ITEMS)
top, n = c.most_common(1)[0]
assert list(c.values()).count(n) == 1
add("推進事項をいちばん多く所管している課はどこ", "practice", "value", top,
    f"distinct items per 所管課: {dict(c)}", WB)
a = items(lambda n, nm, d, p, s: 2023 not in p)
add("北湊市の計画で令和6年度以降に始まった推進事項は？", "practice", "set", a,
    "items with no 2023 (令和5年度) row: first row 2024 or later", WB)
add("電子契約の導入の2024年度の進捗は", "practice", "value",
    next(p[2024] for n, nm, d, p, s in D.ITEMS if nm == "電子契約の導入"), "item 7, year 2024", WB)
a = items(lambda n, nm, d, p, s: "遅れ" not in p.values())
add("北湊市の推進事項で進捗に一度も「遅れ」がついていないものは何件", "practice", "count", len(a),
    f"no row whose 進捗 is the word 遅れ (over the years the item has; 未着手 is not 遅れ, so 12 counts): {a}", WB)
a = items(lambda n, nm, d, p, s: sum(v == "達成" for v in p.values()) >= 2)
add("達成が2年以上ある推進事項はどれですか", "practice", "set", a,
    "count of rows with 達成 >= 2", WB)
mx = max(s for *_, s in D.ITEMS)
a = items(lambda n, nm, d, p, s: s == mx)
add("北湊市で委員会評価がいちばん高い推進事項は？", "practice", "set", a, f"委員会評価 == max ({mx})", WB)
a = items(lambda n, nm, d, p, s: p.get(2023) == "未着手" and p.get(2024) == "順調")
add("令和5年度に未着手で令和6年度には順調になった推進事項", "practice", "set", a,
    "2023 == 未着手 AND 2024 == 順調", WB)

# two-turn practice questions
p3 = policy_items(3)
a = [n for n in p3 if dict((i[0], i[3]) for i in D.ITEMS)[n].get(2025) == "遅れ"]
add(["北湊市の取組方針3の推進事項を見せて", "そのうち2025年度に遅れのものは？"], "practice", "set", a,
    f"取組方針3 covers 推進事項 {p3[0]}～{p3[-1]} (committee text 対象推進事項); 2025 == 遅れ",
    "committee text ■取組方針３ 対象推進事項 + workbook")
a = items(lambda n, nm, d, p, s: d == "デジタル推進課" and p.get(2023) == "遅れ")
add(["北湊市のデジタル推進課の推進事項は？", "そのうち令和5年度に遅れだったのは"], "practice", "set", a,
    "所管課 == デジタル推進課 AND 2023 == 遅れ", WB)
a = items(lambda n, nm, d, p, s: p.get(2025) == "順調" and s == 3)
add(["2025年度に順調の推進事項", "委員会評価が3のものだけに絞って"], "practice", "set", a,
    "2025 == 順調 AND 委員会評価 == 3", WB)
a = items(lambda n, nm, d, p, s: "未着手" in p.values())
add(["未着手の年が一度でもある推進事項は", "それは何件？"], "practice", "count", len(a),
    f"any row 未着手: {a}", WB)
p1 = policy_items(1)
v = round(sum(score_of(n) for n in p1) / len(p1), 2)
add(["取組方針1に属する推進事項", "その委員会評価の平均は？"], "practice", "value", v,
    f"推進事項 {p1} (committee text 対象推進事項：１～５); mean of 委員会評価 {[score_of(n) for n in p1]}",
    "committee text + workbook")

# ---- committee: initiatives (取組方針) and opinions ----
CT = "committee text kitaminato_iinkai_ikensho.txt (■取組方針 headings, 評価：N（５段階）)"
add("北湊市の意見書で評価が４の取組方針は？", "initiative", "set", [n for n, _, s, _ in D.POLICIES if s == 4],
    "評価：４（５段階）", CT)
add("北湊市の取組方針3の委員会評価は何点", "initiative", "value",
    next(s for n, _, s, _ in D.POLICIES if n == 3), "■取組方針３ 評価：２（５段階）", CT)
add("北湊市行財政改革推進委員会の意見書で、取組方針の評価の平均を出して", "initiative", "value",
    round(sum(s for _, _, s, _ in D.POLICIES) / len(D.POLICIES), 2),
    f"mean of {[s for _, _, s, _ in D.POLICIES]} (5段階, full-width digits in the text)", CT)


def opinions_with(word):
    return [n for n, ops in D.OPINIONS.items() if any(word in o for o in ops)]


add("ふるさと納税について北湊市の委員会はどんな意見を出している？", "comment", "set", opinions_with("ふるさと納税"),
    "opinion bullets containing ふるさと納税; code = 取組方針 No.", CT)
add("電子契約に関する委員の意見", "comment", "contains", ["事業者側の利用拡大"],
    "the only bullet with 電子契約 (取組方針２) says 事業者側の利用拡大を図られたい", CT)
add("北湊市の意見書で公共施設について委員が意見を述べている取組方針は", "comment", "set", opinions_with("公共施設"),
    "opinion bullets containing 公共施設", CT)
add(["北湊市の取組方針2に対する委員の意見", "窓口のワンストップ化については何と言っている？"], "comment", "contains",
    ["工程の再設定"], "取組方針２ bullet on 窓口業務のワンストップ化", CT)
add("北湊市の意見書で令和6年度の遅れに触れている委員の意見はどの取組方針", "comment", "set",
    [n for n, ops in D.OPINIONS.items() if any("令和6年度" in o and "遅れ" in o for o in ops)],
    "bullets with both 令和6年度 and 遅れ (取組方針1: 未利用市有地; 取組方針4: 会計年度任用職員)", CT)

# ---- joint projects (PDF) ----
JP = "PDF table minato_renkei_jigyo_r7.pdf; 全市町 = all six members"
add("みなと連携中枢都市圏で全市町が参加している連携事業は？", "joint_project", "set",
    joint(lambda r: r[2] == D.ALL), "連携市町 == 全市町", JP)
add("みなと連携中枢都市圏で大沢町が参加する連携事業", "joint_project", "set", joint(lambda r: "大沢町" in D.joint_members(r)),
    "全市町 rows plus rows naming 大沢町", JP)
a = joint(lambda r: "南山村" in D.joint_members(r))
add("南山村が加わっている連携事業は何件ありますか", "joint_project", "count", len(a),
    f"全市町 rows plus rows naming 南山村: {a}", JP)
mx = max(r[5] for r in D.JOINT)
add("令和7年度の事業費がいちばん多い連携事業は？", "joint_project", "set", joint(lambda r: r[5] == mx),
    f"R7事業費 max = {mx}千円", JP)
add("連携事業の令和7年度事業費の合計はいくら（千円）", "joint_project", "value", sum(r[5] for r in D.JOINT),
    "sum of R7事業費 (千円) over all 12 rows", JP)
add("令和6年度より令和7年度の事業費が減った連携事業", "joint_project", "set",
    joint(lambda r: r[4] is not None and r[5] < r[4]), "R7 < R6 (No.12 has R6 －, not comparable)", JP)
add("みなと圏域の連携事業で2024年度以降に始まったものはどれ？", "joint_project", "set", joint(lambda r: r[3] >= 6),
    "2024 = 令和6年度; 開始年度 >= 令和6年度", JP)
add("地域公共交通再編事業のR7事業費は？", "joint_project", "value",
    next(r[5] for r in D.JOINT if r[1] == "地域公共交通再編事業"), "No.7 R7事業費 27,000千円", JP)
a = joint(lambda r: {"北湊市", "西原町"} <= set(D.joint_members(r)))
b = [n for n in a if next(r for r in D.JOINT if r[0] == n)[3] == 4]
add(["北湊市と西原町の両方が参加している連携事業", "そのうち令和4年度に始まったものは？"], "joint_project", "set", b,
    f"both members (全市町 included): {a}; 開始年度 令和4年度", JP)

# ---- case studies (Word) ----
CS = "Word senshin_jirei_r7.docx (heading per 自治体, 取組の概要 / 効果)"
add("先進事例集で電子契約の事例はどこの自治体？", "case_study", "set", ["青葉台市"], "テーマ 電子契約の全面導入", CS)
add("公共施設を複合化して延床面積を減らした先進事例", "case_study", "set", ["桜ヶ丘町"],
    "桜ヶ丘町: 公共施設の複合化, 延床面積18%削減", CS)
add("桜ヶ丘町の事例で延床面積は何％削減された？", "case_study", "contains", ["桜ヶ丘町", "18%"],
    "効果: 延床面積を18%削減", CS)
add(["清流村の先進事例を教えて", "寄附額はいくらまで増えた？"], "case_study", "contains", ["清流村", "3.8億円"],
    "効果: 令和6年度には3.8億円", CS)
add(["東雲市の取組", "効果は？"], "case_study", "contains", ["東雲市", "6,500時間"],
    "効果: 年間約6,500時間の作業時間を削減", CS)

# ---- progress sheets (HTML 進行管理表) ----
HS = "HTML kitaminato_shinko_kanri.html (one table per 推進事項)"
add("進行管理表で今後の方向性が見直しとなっている推進事項", "practice", "set",
    [n for n, (_, d) in D.SHEETS.items() if d == "見直し"], "今後の方向性 == 見直し", HS)
add("進行管理表で2025年度の自己評価がCだった推進事項は？", "practice", "set",
    [n for n, (ys, _) in D.SHEETS.items() if ys.get(7, ("", "", ""))[2] == "C"],
    "2025 = 令和7年度; 自己評価 == C (only the six sheets have 自己評価)", HS)
add("北湊市の進行管理表で電子契約の導入の令和6年度の実績は", "practice", "contains", ["14件"],
    "sheet 推進事項7, 令和6年度 実績 試行導入（14件）", HS)
add(["推進事項11の進行管理表", "今後の方向性は？"], "practice", "value", D.SHEETS[11][1],
    "sheet 推進事項11 今後の方向性", HS)
add("北湊市の進行管理表で自己評価が3年間すべてCの推進事項", "practice", "set",
    [n for n, (ys, _) in D.SHEETS.items() if all(v[2] == "C" for v in ys.values())],
    "自己評価 C in 令和5, 6, 7年度", HS)


def verify() -> None:
    import re
    from openpyxl import load_workbook
    docs = HERE / "docs"
    ws = load_workbook(docs / "kitaminato_kaikaku_shinchoku.xlsx")["進捗状況"]
    got = {}
    for row in ws.iter_rows(min_row=4, values_only=True):
        no, name, dept, year, prog, score = row
        got.setdefault(no, [name, dept, {}, None])[2][year] = prog
        if score is not None:
            assert year == 2025, row
            got[no][3] = score
    assert got == {n: [nm, d, p, s] for n, nm, d, p, s in D.ITEMS}, "workbook differs"
    txt = (docs / "kitaminato_iinkai_ikensho.txt").read_text(encoding="utf-8")
    import unicodedata
    t = unicodedata.normalize("NFKC", txt)
    for n, _, s, it in D.POLICIES:
        assert re.search(rf"■取組方針{n} .*\n 対象推進事項:{it[0]}[～~]{it[-1]}\n 評価:{s}\(5段階\)", t), n
    sys.path.insert(0, str(HERE.parents[2]))
    from assistant.formats import to_text
    pdf = str(getattr(to_text((docs / "minato_renkei_jigyo_r7.pdf").read_bytes(), "x.pdf"), "text",
                      to_text((docs / "minato_renkei_jigyo_r7.pdf").read_bytes(), "x.pdf")))
    for no, name, who, start, r6, r7 in D.JOINT:
        members = who if who == D.ALL else "・".join(who)
        line = "\t".join([str(no), name, members, f"令和{start}年度", "－" if r6 is None else f"{r6:,}", f"{r7:,}"])
        assert line in pdf, line
    html = (docs / "kitaminato_shinko_kanri.html").read_text(encoding="utf-8")
    for n, (ys, d) in D.SHEETS.items():
        block = html.split(f"<caption>推進事項{n}　")[1].split("</table>")[0]
        for r, (pl, ac, g) in ys.items():
            assert f"<td>令和{r}年度</td><td>{pl}</td><td>{ac}</td><td>{g}</td>" in block, (n, r)
        assert f"<td colspan=\"3\">{d}</td>" in block
    from docx import Document
    paras = [p.text for p in Document(docs / "senshin_jirei_r7.docx").paragraphs]
    for town, pref, theme, outline, effect in D.CASES:
        i = paras.index(f"{town}（{pref}）")
        assert paras[i + 1:i + 6] == [f"テーマ：{theme}", "取組の概要", outline, "効果", effect], town
    print("verify: documents agree with data.py")


def main() -> None:
    assert len(Q) == 50, len(Q)
    out = HERE / "questions.jsonl"
    out.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
    print(f"wrote {len(Q)} questions to {out}")
    if "--verify" in sys.argv:
        verify()


if __name__ == "__main__":
    main()
