"""Compute the made50 holdout questions from data.py and write questions.jsonl.

Every answer is computed twice: from data.py, and from the written files in docs/ re-read with
openpyxl / python-docx / pdfplumber / BeautifulSoup / plain text parsing. The two must agree.

Run (after make_documents.py): .venv/bin/python tests/questions/made50/make_questions.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data  # noqa: E402

DOCS = HERE / "docs"


# --- structures from data.py ------------------------------------------------------------------
def from_data() -> dict:
    F = [{"name": n, "q": list(qs), "n": sum(x[0] for x in qs), "a": sum(x[1] for x in qs)} for n, qs in data.FURUSATO]
    S = [{"no": no, "q": q, "p": list(p), "n": n} for no, q, p, n in data.SURVEY]
    info = dict(data.SURVEY_INFO)
    purposes = dict(data.PURPOSES)
    J = [{"no": no, "day": d, "name": nm, "dept": dp, "budget": b, "votes": list(v),
          "verdict": data.VERDICTS[v.index(max(v))]} for no, d, nm, dp, b, v in data.SHIWAKE]
    O = [{"no": no, "dept": dp, "name": nm, "n": n, "status": st, "year": y} for no, dp, nm, n, st, y in data.ONLINE]
    P = [{"name": a, "dept": b, "kind": c, "cost": d, "method": e, "vfm": f, "stage": g, "result": h}
         for a, b, c, d, e, f, g, h in data.PPP]
    return {"F": F, "S": S, "info": info, "purposes": purposes, "J": J, "O": O, "P": P}


# --- structures re-read from docs/ -------------------------------------------------------------
def num(s: str) -> int:
    return int(str(s).replace(",", ""))


def from_files() -> dict:
    import openpyxl
    import pdfplumber
    from bs4 import BeautifulSoup
    from docx import Document

    ws = openpyxl.load_workbook(DOCS / "joetsu_furusato_kifu_r5.xlsx").active
    F = []
    for row in ws.iter_rows(min_row=6, values_only=True):
        if row[0] in (None, "合計"):
            break
        v = list(row[1:11])
        F.append({"name": row[0], "q": [(v[2 * i], v[2 * i + 1]) for i in range(4)], "n": v[8], "a": v[9]})

    doc = Document(DOCS / "matsumoto_madoguchi_survey_r6.docx")
    t0, t1 = doc.tables
    S = []
    for r in t0.rows[2:]:
        c = [x.text for x in r.cells]
        S.append({"no": c[0], "q": c[1], "p": [float(x) for x in c[2:7]], "n": num(c[7])})
    info = {}
    for p in doc.paragraphs:
        if "：" in p.text:
            k, _, v = p.text.partition("：")
            info[k] = v
    purposes = {r.cells[0].text: num(r.cells[1].text) for r in t1.rows[1:] if r.cells[0].text != "延べ回答数"}

    J = []
    pat = re.compile(r"^(\d+) (8月2\d日) (\S+) (\S+) ([\d,]+) (\d) (\d) (\d) (\d) (\d) (\S+)$")
    with pdfplumber.open(DOCS / "fuji_jigyo_shiwake_2023.pdf") as pdf:
        for page in pdf.pages:
            for line in page.extract_text().splitlines():
                m = pat.match(line)
                if m:
                    g = m.groups()
                    J.append({"no": int(g[0]), "day": g[1], "name": g[2], "dept": g[3], "budget": num(g[4]),
                              "votes": [int(x) for x in g[5:10]], "verdict": g[10]})

    soup = BeautifulSoup((DOCS / "takasaki_online_tetsuzuki.html").read_text(encoding="utf-8"), "html.parser")
    O = []
    dept = None
    for tr in soup.find("tbody").find_all("tr"):
        tds = [td.get_text(strip=True) for td in tr.find_all("td")]
        if len(tds) == 6:
            dept = tds[1]
            tds = [tds[0]] + tds[2:]
        O.append({"no": int(tds[0]), "dept": dept, "name": tds[1], "n": num(tds[2]), "status": tds[3], "year": tds[4]})

    P = []
    cur = None
    for line in (DOCS / "toyohashi_ppp_pfi_kento.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("◇"):
            cur = {"name": line[1:]}
            P.append(cur)
        elif cur is not None and "：" in line and line.startswith("　"):
            k, _, v = line.strip().partition("：")
            k = k.replace("　", "")
            if k == "所管課":
                cur["dept"] = v
            elif k == "施設区分":
                cur["kind"] = v
            elif k == "概算事業費":
                cur["cost"] = num(v.replace("百万円", ""))
            elif k == "想定手法":
                cur["method"] = v
            elif k == "VFM":
                cur["vfm"] = None if v.startswith("－") else float(v.rstrip("％"))
            elif k == "検討段階":
                cur["stage"] = v
            elif k == "結果・今後の予定":
                cur["result"] = v
        elif not line.strip():
            cur = None
    return {"F": F, "S": S, "info": info, "purposes": purposes, "J": J, "O": O, "P": P}


# --- questions -------------------------------------------------------------------------------
def questions(d: dict) -> list[dict]:
    F, S, J, O, P = d["F"], d["S"], d["J"], d["O"], d["P"]
    fx = {r["name"]: r for r in F}
    sx = {r["q"]: r for r in S}
    jx = {r["name"]: r for r in J}
    ox = {r["name"]: r for r in O}
    px = {r["name"]: r for r in P}
    X = "joetsu_furusato_kifu_r5.xlsx"
    W = "matsumoto_madoguchi_survey_r6.docx"
    PDF = "fuji_jigyo_shiwake_2023.pdf"
    H = "takasaki_online_tetsuzuki.html"
    T = "toyohashi_ppp_pfi_kento.txt"
    not_online = [r for r in O if r["status"] != "済"]
    q3_top = max(F, key=lambda r: r["q"][2][0])
    least_n = min(F, key=lambda r: r["n"])
    top_no_omakase = max((r for r in F if r["name"] != "市長におまかせ"), key=lambda r: r["a"])
    sat = lambda r: round(r["p"][0] + r["p"][1], 1)  # noqa: E731
    Q = [
        # ---- 上越市 xlsx
        (["上越市のふるさと納税で、子育て・教育の充実への寄附は年間いくらでしたか"], "table_row", "value",
         fx["子育て・教育の充実"]["a"], "年度計・金額の1セル", f"{X}: 子育て・教育の充実 行, 年度計/金額"),
        (["上越市のふるさと応援寄附金、第3四半期の寄附件数がいちばん多い使途はどれ？"], "table_row", "contains",
         [q3_top["name"]], "第3四半期/件数の最大（合計行は除く）", f"{X}: 第3四半期 件数 max = {q3_top['q'][2][0]}"),
        (["上越市のふるさと納税で、市長におまかせ以外で年間の寄附額がいちばん多い使途は？"], "table_row", "contains",
         [top_no_omakase["name"]], "否定＋最大: 市長におまかせを除く年度計金額の最大（子育て・教育の充実と僅差）",
         f"{X}: 年度計金額 {top_no_omakase['a']}"),
        (["上越市のふるさと納税の寄附額、年度計の合計はいくらになりますか"], "table_row", "value",
         sum(r["a"] for r in F), "合計行の年度計・金額（= 使途8行の和）", f"{X}: 合計 行"),
        (["上越市 ふるさと納税 観光・文化の振興 第2四半期の件数"], "table_row", "value",
         fx["観光・文化の振興"]["q"][1][0], "二段見出しの第2四半期/件数", f"{X}"),
        (["上越市のふるさと納税で年間の寄附額が3000万円以上の使途は何件ありますか"], "table_row", "count",
         sum(r["a"] >= 30_000_000 for r in F), "年度計金額 >= 30,000,000円（円単位の表を万円で問う）、合計行は数えない", f"{X}"),
        (["上越市の高田城址公園の桜の保全って、第4四半期は第1四半期より寄附額がどれだけ増えた？"], "table_row", "value",
         fx["高田城址公園の桜の保全"]["q"][3][1] - fx["高田城址公園の桜の保全"]["q"][0][1], "列どうしの差（金額）", f"{X}"),
        (["上越市のふるさと納税、使途ごとの年間寄附件数の平均は？"], "table_row", "value",
         sum(r["n"] for r in F) / len(F), "年度計件数の平均（8使途、合計行を除く）", f"{X}"),
        (["上越市のふるさと納税の実績で、自然環境の保全はどうなってますか", "第4四半期の件数は？"], "table_row", "value",
         fx["自然環境の保全"]["q"][3][0], "追質問: 同じ行の第4四半期/件数", f"{X}"),
        (["上越市のふるさと納税で第1四半期の寄附額が500万円未満の使途はいくつ？"], "table_row", "count",
         sum(r["q"][0][1] < 5_000_000 for r in F), "第1四半期/金額 < 5,000,000円", f"{X}"),
        (["上越市のふるさと納税で寄附件数が年間でいちばん少ない使途は？", "その使途の年間の寄附額は？"], "table_row", "value",
         least_n["a"], f"追質問: 年度計件数最小の行（{least_n['name']}）の年度計金額", f"{X}"),
        # ---- 松本市 docx
        (["松本市の窓口アンケートで、待ち時間の長さに「不満」と答えた人の割合は？"], "table_row", "value",
         sx["待ち時間の長さ"]["p"][4], "1セル（％の数値）", f"{W}: 表1 問2/不満"),
        (["松本市の来庁者アンケートで「満足」の割合がいちばん高い設問はどれですか"], "table_row", "contains",
         [max(S, key=lambda r: r["p"][0])["q"]], "満足列の最大", f"{W}"),
        (["松本市の窓口アンケート、満足とやや満足を合わせた満足度がいちばん低い設問は？"], "table_row", "contains",
         [min(S, key=sat)["q"]], "2列の和の最小", f"{W}: 満足度 = " + ", ".join(f"{r['no']} {sat(r)}" for r in S)),
        (["松本市のアンケートで「不満」が5％を超えている設問は何問ありますか"], "table_row", "count",
         sum(r["p"][4] > 5 for r in S), "不満 > 5.0", f"{W}"),
        (["松本市の窓口アンケートの回収率はどのくらいでしたか"], "passage", "contains",
         ["78.4"], "調査概要のラベル行", f"{W}: 回収率：{d['info']['回収率']}"),
        (["松本市の窓口アンケートでプライバシーへの配慮の回答数は何件？"], "table_row", "value",
         sx["プライバシーへの配慮"]["n"], "回答数列の1セル", f"{W}"),
        (["松本市の来庁者アンケート、来庁の目的で税に関する手続・相談は何人でしたか"], "table_row", "value",
         d["purposes"]["税に関する手続・相談"], "2つ目の表の1セル", f"{W}: 表2"),
        (["松本市の窓口アンケートで、説明のわかりやすさの「やや不満」と「不満」を合わせると何％？"], "table_row", "value",
         round(sx["説明のわかりやすさ"]["p"][3] + sx["説明のわかりやすさ"]["p"][4], 1), "同じ行の2セルの和", f"{W}"),
        (["松本市の窓口アンケートの申請書の書きやすさの結果を見せて", "「ふつう」は何％？"], "table_row", "value",
         sx["申請書の書きやすさ"]["p"][2], "追質問: 同じ行のふつう", f"{W}"),
        (["松本市のアンケートで、満足度（満足＋やや満足）が70％以上の設問はいくつですか"], "table_row", "count",
         sum(sat(r) >= 70 for r in S), "2列の和 >= 70", f"{W}"),
        (["松本市の来庁者アンケートの調査期間はいつからいつまで？"], "passage", "contains",
         ["令和6年10月1日", "10月31日"], "調査概要のラベル行", f"{W}: 調査期間：{d['info']['調査期間']}"),
        # ---- 富士市 pdf
        (["富士市の事業仕分けで判定結果が「不要」になった事業は何件？"], "table_row", "count",
         sum(r["verdict"] == "不要" for r in J), "判定結果列 = 不要（票数列の「不要」ではない）", f"{PDF}: 2ページにまたがる表"),
        (["富士市の事業仕分け、市営住宅維持管理事業の判定結果は？"], "table_row", "value",
         jx["市営住宅維持管理事業"]["verdict"], "判定結果セルの文字列", f"{PDF}"),
        (["富士市の事業仕分けで予算額がいちばん大きい事業はどれですか"], "table_row", "contains",
         [max(J, key=lambda r: r["budget"])["name"]], "予算額（万円）の最大（2ページ目の行）", f"{PDF}"),
        (["富士市の事業仕分けで拡充と判定された事業の予算額を合計すると？"], "table_row", "value",
         sum(r["budget"] for r in J if r["verdict"] == "拡充"), "判定結果=拡充 の予算額（万円）の和; 単位は万円のまま",
         f"{PDF}: " + ", ".join(f"{r['no']}:{r['budget']}" for r in J if r["verdict"] == "拡充")),
        (["富士市の事業仕分けで、広報ふじ発行事業に「要改善」は何票入った？"], "table_row", "value",
         jx["広報ふじ発行事業"]["votes"][2], "二段見出しの票数セル", f"{PDF}"),
        (["富士市の事業仕分けで「不要」の票が1票も入らなかった事業はいくつ？"], "table_row", "count",
         sum(r["votes"][0] == 0 for r in J), "否定: 不要票 = 0", f"{PDF}"),
        (["富士市の事業仕分けで、8月27日に仕分けた事業のうち民間・国県へと判定されたのは何事業？"], "table_row", "count",
         sum(r["day"] == "8月27日" and r["verdict"] == "民間・国県へ" for r in J), "実施日と判定結果の2条件", f"{PDF}"),
        (["富士市の事業仕分けで、現行どおりの票がいちばん多かった事業は？"], "table_row", "contains",
         [max(J, key=lambda r: r["votes"][3])["name"]], "票数列（現行どおり（市））の最大", f"{PDF}"),
        (["富士市の事業仕分けで空き家バンク運営事業はどう判定されましたか", "所管課はどこ？"], "table_row", "value",
         jx["空き家バンク運営事業"]["dept"], "追質問: 同じ行の所管課", f"{PDF}"),
        (["富士市の事業仕分けで産業政策課の事業を教えて", "予算額の合計は？"], "table_row", "value",
         sum(r["budget"] for r in J if r["dept"] == "産業政策課"), "追質問: 所管課=産業政策課 の予算額（万円）の和", f"{PDF}"),
        # ---- 高崎市 html
        (["高崎市の行政手続でオンライン化済みのものは何件ありますか"], "table_row", "count",
         sum(r["status"] == "済" for r in O), "状況 = 済", f"{H}"),
        (["高崎市の手続で年間件数がいちばん多いのはどれ？"], "table_row", "contains",
         [max(O, key=lambda r: r["n"])["name"]], "年間件数の最大（合計行を除く）", f"{H}"),
        (["高崎市で令和7年度にオンライン化予定の手続は何件？"], "table_row", "count",
         sum(r["year"] == "令和7年度" and r["status"] == "予定" for r in O), "実施（予定）年度 = 令和7年度", f"{H}"),
        (["高崎市の市民課の手続の年間件数を合計するといくつ？"], "table_row", "value",
         sum(r["n"] for r in O if r["dept"] == "市民課"), "rowspan の所管課で絞って和", f"{H}"),
        (["高崎市のオンライン化一覧で、まだオンライン化されていない手続の年間件数の合計は？"], "table_row", "value",
         sum(r["n"] for r in not_online), "否定: 状況 ≠ 済（予定＋検討中）の年間件数の和", f"{H}: {len(not_online)}手続"),
        (["高崎市の高額療養費の支給申請はいつオンライン化される予定ですか"], "table_row", "value",
         ox["高額療養費の支給申請"]["year"], "1セル（和暦の年度文字列）", f"{H}"),
        (["高崎市の粗大ごみ収集の申込ってオンラインでできますか", "年間件数は？"], "table_row", "value",
         ox["粗大ごみ収集の申込"]["n"], "追質問: 同じ行の年間件数", f"{H}"),
        (["高崎市のオンライン化で、実施時期が決まっていない手続はいくつありますか"], "table_row", "count",
         sum(r["status"] == "検討中" for r in O), "凡例: 検討中 = 実施時期未定", f"{H}"),
        (["高崎市の行政手続オンライン化でこども家庭課の手続は？", "その中で年間件数がいちばん多いのは？"], "table_row", "contains",
         [max((r for r in O if r["dept"] == "こども家庭課"), key=lambda r: r["n"])["name"]], "追質問: 所管課で絞って最大", f"{H}"),
        (["高崎市の一覧で、年間1万件を超えているのにまだオンライン化されていない手続は何件？"], "table_row", "count",
         sum(r["n"] > 10_000 and r["status"] != "済" for r in O), "数値範囲＋否定", f"{H}"),
        # ---- 豊橋市 txt
        (["豊橋市のPPP/PFI検討で、VFMがいちばん大きい案件は？"], "item", "contains",
         [max((r for r in P if r["vfm"] is not None), key=lambda r: r["vfm"])["name"]], "VFM最大（算定対象外を除く）", f"{T}"),
        (["豊橋市でBTO方式を想定している案件は何件ありますか"], "item", "count",
         sum(r["method"] == "BTO方式" for r in P), "想定手法 = BTO方式", f"{T}"),
        (["豊橋市のPPP/PFIの検討案件の概算事業費を全部足すといくら？"], "item", "value",
         sum(r["cost"] for r in P), "概算事業費（百万円）の和; 単位は百万円のまま", f"{T}"),
        (["豊橋市の斎場再整備事業の想定手法は？"], "item", "value",
         px["斎場再整備事業"]["method"], "ラベル行の値", f"{T}"),
        (["豊橋市のPPP/PFI検討で、結局従来方式でやることになったのはどの事業？"], "item", "contains",
         [next(r for r in P if r["method"] == "従来方式")["name"]], "想定手法 = 従来方式（結果欄にも記載）", f"{T}"),
        (["豊橋市の市民プール再整備事業のPPP/PFIの検討状況を教えて", "VFMは何％？"], "item", "value",
         px["市民プール再整備事業"]["vfm"], "追質問: 同じ案件のVFM", f"{T}"),
        (["豊橋市のPPP/PFI検討で、導入可能性調査中の案件は何件？"], "item", "count",
         sum(r["stage"] == "導入可能性調査中" for r in P), "検討段階 = 導入可能性調査中（「調査完了」は含まない）", f"{T}"),
        (["豊橋市のPPP/PFI導入検討で、概算事業費が50億円以上の案件は？", "何件ある？"], "item", "count",
         sum(r["cost"] >= 5_000 for r in P), "追質問: 50億円 = 5,000百万円 以上", f"{T}"),
    ]
    out = []
    for i, (turns, target, expect, answer, why, deriv) in enumerate(Q, 1):
        if isinstance(answer, float):
            answer = round(answer, 2)
        out.append({"id": f"m50-{i:03d}", "turns": turns, "target": target, "expect": expect,
                    "answer": answer, "why": why, "derivation": deriv})
    return out


def main() -> None:
    da, db = from_data(), from_files()
    for k in ("F", "S", "J", "O", "P", "purposes"):
        assert da[k] == db[k], f"{k}: data.py and docs/ disagree"
    assert all(db["info"][k] == v for k, v in da["info"].items())
    a = questions(da)
    b = questions(db)
    bad = [(x["id"], x["answer"], y["answer"]) for x, y in zip(a, b) if x["answer"] != y["answer"]]
    assert not bad, f"data.py and docs/ disagree: {bad}"
    assert len(a) == 50 and sum(len(q["turns"]) == 2 for q in a) >= 9
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in a:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(a), "questions;", Counter((q["target"], q["expect"]) for q in a))
    print("two-turn:", sum(len(q["turns"]) == 2 for q in a))


if __name__ == "__main__":
    main()
