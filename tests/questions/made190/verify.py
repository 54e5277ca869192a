"""Recompute every answer of made190/questions.jsonl from the data in make_documents.py and check the file.
Run: python verify.py            (check)
     python verify.py --write    (write questions.jsonl from the definitions below, then check)"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import make_documents as m

HERE = Path(__file__).resolve().parent
I = {it[0]: dict(zip(["code", "name", "unit", "q", "target", "r4", "r5"], it)) for it in m.ITEMS}
for c, it in zip(I, m.ITEMS):
    I[c].update(group=m.ITEM_GROUP[c], total=m.total(it), r6=m.rate(it))
L = {x[0]: dict(zip(["code", "item", "base", "qty", "exp", "ym"], x)) for x in m.LOTS}
for x in L.values():
    x["fy"] = m.fy_of(x["ym"])
S = {s[0]: dict(zip(["code", "name", "cls", "before", "after", "eq", "chk"], s)) for s in m.SHELTERS}
for c, s in S.items():
    s["district"] = m.DISTRICT_OF[c]
    s["marks"] = dict(zip(m.CHECK_ITEMS, s["chk"])) if s["chk"] else {k: "－" for k in m.CHECK_ITEMS}
    s["x"] = s["chk"].count("×") if s["chk"] else 0
T = {d[0]: dict(zip(["code", "date", "name", "kind", "venue", "n"], d)) for d in m.DRILLS}
for t in T.values():
    t["fy"] = m.fy_of(t["date"][:2])
    t["year"] = t["date"][0]
O = {str(o[0]): dict(zip(["n", "who", "rel", "kind", "text", "ans"], o)) for o in m.OPINIONS}
VENUES = {t["venue"] for t in T.values() if t["venue"]}
BASE = {b: i for i, b in enumerate(m.BASES)}


def sel(d, pred, key=str):
    return sorted((c for c, x in d.items() if pred(x)), key=key)


def items(p):
    return sel(I, p)


def lots(p):
    return sel(L, p)


def sh(p):
    return sel(S, p)


def dr(p):
    return sel(T, p)


def op(p):
    return sel(O, p, key=int)


Q = [
    # ---- 備蓄品目 (xlsx 品目別備蓄状況): table_row, codes B-01…B-12
    (["2024年度末で充足率が100%を超えてる品目は？"], "table_row", "set", items(lambda x: x["r6"] > 100),
     "threshold, 西暦 fiscal year", "xlsx 品目別備蓄状況 充足率 令和６年度末 > 100 (B-11 105.0 counts; group rows 【…】 are not records)"),
    (["充足率（R6末）が７０％以下の品目って何品目ある？"], "table_row", "count", len(items(lambda x: x["r6"] <= 70)),
     "threshold 以下 inclusive", "xlsx 令和６年度末 <= 70: B-04 60.0, B-08 66.7, B-09 70.0 (included), B-12 48.6"),
    (["令和5年度末より6年度末のほうが充足率が下がってる品目は？"], "table_row", "set", items(lambda x: x["r6"] < x["r5"]),
     "decrease between years", "xlsx 令和６年度末 < 令和５年度末: only B-02 (90.3 -> 86.1)"),
    (["R5末→R6末で充足率がいちばん伸びた品目、何ポイント上がった？"], "table_row", "value",
     max(round(x["r6"] - x["r5"], 1) for x in I.values()), "largest increase",
     "xlsx 令和６年度末 − 令和５年度末, max = B-09 段ボールベッド 70.0 − 45.0 = 25.0 (next B-04 +20.0)"),
    (["R4からR6までずっと充足率100%以上の品目"], "table_row", "set",
     items(lambda x: min(x["r4"], x["r5"], x["r6"]) >= 100), "range of years, 以上",
     "xlsx 令和４/５/６年度末 all >= 100: B-10 (100.0, 114.3, 128.6), B-11 (100.0, 105.0, 105.0); B-03 R4 95.0 fails"),
    (["３年連続で充足率が５割を切ってる品目ってある？"], "table_row", "set",
     items(lambda x: max(x["r4"], x["r5"], x["r6"]) < 50), "連続 over years",
     "xlsx 令和４/５/６年度末 all < 50: only B-12 (21.4, 30.0, 48.6); B-04 R6 60.0 and B-08 R5 55.6 fail"),
    (["生活用品の備蓄状況を見せて", "その中でR6末の充足率が７割に届いてないのは？"], "table_row", "set",
     items(lambda x: x["group"] == "生活用品" and x["r6"] < 70), "multi-turn group + threshold 未満",
     "xlsx 【生活用品】 B-05…B-09, 令和６年度末 < 70: B-08 66.7 (B-09 is exactly 70.0, not below)"),
    (["山間備蓄庫に置いてない品目は？"], "table_row", "set", items(lambda x: x["q"][BASE["山間備蓄庫"]] == 0),
     "negation, dash cell", "xlsx 山間備蓄庫 column 「－」 (※２ = not stored there): B-04, B-12"),
    (["南部の倉庫に毛布って何枚ある？"], "table_row", "value", I["B-05"]["q"][BASE["南部防災倉庫"]],
     "cell by short base name", "xlsx B-05 毛布 × 南部防災倉庫 = 1100"),
    (["アルファ化米は拠点ごとに何食ずつ置いてある？"], "table_row", "contains", [str(v) for v in I["B-02"]["q"]],
     "breakdown (内訳) by base", "xlsx B-02 row: 中央 9000, 北部 4200, 南部 3900, 山間 1500"),
    (["食料・飲料水の品目一覧", "その中で6年度末の充足率がいちばん低いのは何％？"], "table_row", "value",
     min(x["r6"] for x in I.values() if x["group"] == "食料・飲料水"), "multi-turn group + min",
     "xlsx 【食料・飲料水】 B-01…B-04, 令和６年度末 min = B-04 60.0"),
    # ---- 期限管理 (xlsx sheet 2): table_row, codes L-01…L-15
    (["令和7年度中に賞味期限が切れる備蓄、何件ある？"], "table_row", "count", len(lots(lambda x: x["fy"] == 2025)),
     "年月 -> fiscal year", "xlsx 期限管理 賞味期限 in 令和７年４月～令和８年３月 (formats mixed: 令和7年8月, 2025年12月, R7.11, "
     "令和８年３月, R8.2 …): L-01, L-04, L-05, L-09, L-11, L-14, L-15"),
    (["R8年度に期限を迎える飲料水はどれ？"], "table_row", "set", lots(lambda x: x["item"] == "B-01" and x["fy"] == 2026),
     "fiscal-year rule on 年月", "xlsx 期限管理 B-01 lots with 期限 in 令和８年４月～令和９年３月: L-02 (2027年3月), L-03 (R8.5); "
     "L-04 令和８年３月 belongs to 令和７年度"),
    (["クラッカーでいちばん早く期限が来るのはどこの倉庫の分？"], "table_row", "value",
     min((x for x in L.values() if x["item"] == "B-03"), key=lambda x: x["ym"])["base"], "min over mixed date formats",
     "xlsx 期限管理 B-03: L-10 2028年1月, L-11 令和８年１月, L-12 2026年4月, L-13 令和9年6月 -> L-11 北部防災倉庫"),
    (["見直し後の収容人数が３００人以上の避難所"], "table_row", "set", sh(lambda x: x["after"] >= 300),
     "threshold 以上", "pdf 表１ 見直し後 >= 300 (S-10 exactly 300 included; 地区計/合計 rows excluded)"),
    (["見直しで減る人数が多い順に上位3か所"], "table_row", "ordered",
     sorted(S, key=lambda c: -(S[c]["before"] - S[c]["after"]))[:3], "ranking of a difference",
     "pdf 表１ 見直し前 − 見直し後: S-07 300, S-06 210, S-02 190 (next S-05 170)"),
    (["14か所の見直し後の収容人数、平均すると？"], "table_row", "value", round(sum(x["after"] for x in S.values()) / 14, 2),
     "average", "pdf 表１ 見直し後 of the 14 shelters: 4275 / 14 = 305.357… -> 305.36"),
    (["北部地区の避難所は？", "そのうち福祉避難所じゃないところ"], "table_row", "set",
     sh(lambda x: x["district"] == "北部地区" and x["cls"] != "福祉避難所"), "multi-turn negation",
     "pdf 表１ 【北部地区】 S-01…S-04, 施設区分 ≠ 福祉避難所: S-01, S-02, S-04 (指定緊急避難場所 counts as not 福祉)"),
    (["指定避難所で、見直し前に500人を超えてたところ"], "table_row", "set",
     sh(lambda x: x["cls"] == "指定避難所" and x["before"] > 500), "category + threshold",
     "pdf 表１ 施設区分 = 指定避難所 (not 指定緊急避難場所 S-04) and 見直し前 > 500: S-02 560, S-05 520, S-06 610, S-07 900"),
    (["楸ヶ崎中の収容人数って見直し後は何人？"], "table_row", "value", S["S-06"]["after"], "typo + short form",
     "楸ヶ崎中 = 楸ヶ岬中学校 (S-06, typo 崎 for 岬); pdf 表１ 見直し後 400"),
    (["耐震化が済んでる避難所", "その中で見直し後の収容人数が多い順に3つ"], "table_row", "ordered",
     sorted(sh(lambda x: x["eq"] == "済"), key=lambda c: -S[c]["after"])[:3], "multi-turn filter + ranking",
     "pdf 表１ 耐震化 済 (S-04 北浜公園 is 「－」, excluded), 見直し後 desc: S-07 600, S-06 400, S-02 370"),
    # ---- 点検結果 (docx 資料２, nested table) joined with pdf
    (["非常用電源が×だった避難所"], "table_row", "set", sh(lambda x: x["marks"]["非常用電源"] == "×"),
     "mark in a nested table", "docx 資料２ (table inside the frame table under 議題（２）) 非常用電源 = ×"),
    (["点検で全部○だった避難所は何か所？"], "table_row", "count", len(sh(lambda x: x["chk"] == "○○○○")),
     "all marks", "docx 資料２ four items all ○: S-01, S-05, S-08, S-12 (S-04 all 「－」 does not count)"),
    (["×が2つ以上ついた避難所"], "table_row", "set", sh(lambda x: x["x"] >= 2), "count of marks 以上",
     "docx 資料２ number of × >= 2: S-09, S-10, S-11, S-14 (2 each), S-13 (3)"),
    (["給水設備が×で、しかも耐震化もまだの避難所"], "table_row", "set",
     sh(lambda x: x["marks"]["給水設備"] == "×" and x["eq"] == "未"), "join docx + pdf by 避難所番号",
     "docx 資料２ 給水設備 × (S-02, S-10, S-11, S-13, S-14) ∩ pdf 表１ 耐震化 未 (S-09, S-11, S-13, S-14)"),
    (["山間地区の避難所を出して", "多目的トイレが×なのはどっち？"], "table_row", "set",
     sh(lambda x: x["district"] == "山間地区" and x["marks"]["多目的トイレ"] == "×"), "multi-turn join",
     "pdf 表１ 【山間地区】 S-13, S-14; docx 資料２ 多目的トイレ: S-13 ×, S-14 ○"),
    (["給水設備が×の福祉避難所は何か所？"], "table_row", "count",
     len(sh(lambda x: x["cls"] == "福祉避難所" and x["marks"]["給水設備"] == "×")), "zero count",
     "pdf 表１ 福祉避難所 S-03, S-08, S-12; docx 資料２ 給水設備 all ○ -> 0"),
    # ---- 訓練 (html): table_row, codes T-01…T-11
    (["令和6年度にやった訓練は何回？"], "table_row", "count", len(dr(lambda x: x["fy"] == 2024)),
     "fiscal year from dates", "html 訓練一覧 実施日 令和６年４月～令和７年３月: T-05…T-10 (T-09 令和７年２月９日, "
     "T-10 令和７年３月１６日 belong to 令和６年度)"),
    (["2024年に実施した訓練"], "table_row", "set", dr(lambda x: x["year"] == 2024), "calendar year",
     "html 実施日 in 令和６年 (2024-01…12): T-04 令和６年２月４日 … T-08 令和６年１２月８日; T-09/T-10 are 2025"),
    (["R6の訓練一覧", "じゃあR5は何回やった？"], "table_row", "count", len(dr(lambda x: x["fy"] == 2023)),
     "multi-turn year switch", "html 実施日 in 令和５年度 (令和５年４月～令和６年３月): T-01, T-02, T-03, T-04 (令和６年２月４日)"),
    (["総合防災訓練の参加者、５年度から６年度でどれだけ増えた？"], "table_row", "value",
     sum(x["n"] for x in T.values() if x["kind"] == "総合防災訓練" and x["fy"] == 2024)
     - sum(x["n"] for x in T.values() if x["kind"] == "総合防災訓練" and x["fy"] == 2023), "change between years",
     "html 種別 総合防災訓練: T-06 (令和６年９月１日) 920 − T-02 (令和５年９月３日) 850 = 70"),
    (["一度も訓練の会場になってない避難所は何か所？"], "table_row", "count", len(sh(lambda x: x["code"] not in VENUES)),
     "一度も, join html venues with pdf list", "pdf 表１ 14 shelters minus html 会場 (S-01, S-02, S-05, S-06, S-07, S-08, S-10, S-13): "
     "S-03, S-04, S-09, S-11, S-12, S-14 = 6"),
    (["避難所開設訓練の一覧", "そのうち令和6年度に実施したのは？"], "table_row", "set",
     dr(lambda x: x["kind"] == "避難所開設訓練" and x["fy"] == 2024), "multi-turn kind + fiscal year",
     "html 種別 避難所開設訓練 (T-03, T-05, T-07, T-09), 令和６年度: T-05, T-07, T-09 (令和７年２月９日)"),
    (["令和７年度の図上訓練は？"], "table_row", "set", dr(lambda x: x["kind"] == "図上訓練" and x["fy"] == 2025),
     "empty answer (fiscal-year trap)", "html 図上訓練 T-04 (令和６年２月) and T-10 (令和７年３月１６日) are 令和５/６年度; "
     "the only 令和７年度 drill T-11 is 地区訓練 -> empty"),
    # ---- 委員意見 (docx ３): comment, codes = 番号 1…12
    (["備蓄品について出た委員の意見はどれ？"], "comment", "set", op(lambda x: x["rel"].startswith("B-")),
     "group by related kind", "docx ３ 関連 = 品目番号 (B-…): 3 B-08, 5 B-12, 6 B-04, 8 B-10"),
    (["森委員の意見って何件？"], "comment", "count", len(op(lambda x: x["who"] == "森委員")), "count by member",
     "docx ３ 委員 森委員（女性防災リーダー会）: 3, 6, 12"),
    (["特定の避難所とか品目に関係ない意見"], "comment", "set", op(lambda x: x["rel"] == "－"), "dash = none",
     "docx ３ 関連 「－」: 4, 11"),
    (["事務局が「検討します」と答えた意見は？"], "comment", "set", op(lambda x: "検討します" in x["ans"]), "text contains",
     "docx ３ 事務局の回答 contains the literal 検討します: 8, 10, 12 (7 says 検討する。, not counted)"),
    (["耐震化してない避難所について出た意見"], "comment", "set", op(lambda x: x["rel"] in S and S[x["rel"]]["eq"] == "未"),
     "join docx 関連 with pdf 耐震化", "docx 関連 S-13 (1), S-09 (7), S-11 (10); pdf 表１ 耐震化 未"),
    (["石井委員の意見を出して", "そのうち指摘のやつ"], "comment", "set",
     op(lambda x: x["who"] == "石井委員" and x["kind"] == "指摘"), "multi-turn member + 区分",
     "docx ３ 石井委員: 5 〔指摘〕, 7 〔指摘〕, 11 〔提言〕"),
    (["支援学校についての意見は？"], "comment", "set", op(lambda x: x["rel"] == "S-12"), "short name -> code",
     "支援学校 = 県立楸ヶ岬支援学校 (S-12); docx 関連 S-12: 9"),
    (["発電機とか、充足率が100%を超えてる品目について委員は何か言ってる？"], "comment", "set",
     op(lambda x: x["rel"] in I and I[x["rel"]]["r6"] > 100), "join docx 関連 with xlsx 充足率",
     "xlsx 令和６年度末 > 100: B-03, B-07, B-10, B-11; docx 関連 among them: B-10 (8)"),
    (["訓練の会場になった避難所についての意見"], "comment", "set", op(lambda x: x["rel"] in VENUES), "join docx with html venues",
     "html 会場 S-01, S-02, S-05, S-06, S-07, S-08, S-10, S-13; docx 関連 S-13 (1), S-06 (12)"),
    # ---- passages
    (["防災会議の出席委員は何人？"], "passage", "contains", ["18名"], "prose figure",
     "docx 出席：委員１８名（定数２２名）"),
    (["想定避難者数に対して収容人数は何人分足りないの？"], "passage", "contains", ["4,325人"], "prose figure",
     "pdf ２ 収容人数の算定基準の見直し: ４，３２５人分が不足 (8600 − 4275)"),
    (["ペットフードってどれくらい備蓄してる？"], "passage", "contains", ["市では備蓄せず"],
     "documents do not give a quantity: closest fact", "txt 【備蓄目標の考え方】 ・ペット用品は市では備蓄せず、飼い主による備蓄（５日分以上）"),
    (["全品目の充足率100%はいつまでに達成する目標？"], "passage", "contains", ["令和9年度末"], "prose target",
     "txt 【今後の予定】 令和９年度末までに、全１２品目の充足率１００％"),
    (["総合防災訓練って申込みいるの？"], "passage", "contains", ["申込み不要"], "web dl",
     "html 訓練に参加するには <dl> 申込み: 総合防災訓練は申込み不要"),
    (["福祉避難所は最終的に何か所にするつもり？"], "passage", "contains", ["5か所"], "prose target",
     "pdf ４ 今後の取組: 令和８年度までに２か所追加指定し、５か所"),
    (["点検で×がついた項目は延べいくつあった？"], "passage", "contains",
     [f"{sum(x['x'] for x in S.values())}項目"], "prose figure consistent with table",
     "docx ２ 事務局説明の要旨: 延べ１５項目 (= × in 資料２)"),
]


def build():
    return [{"id": f"m190-{i:03d}", "turns": t, "target": tg, "expect": e, "answer": a, "why": w, "derivation": d}
            for i, (t, tg, e, a, w, d) in enumerate(Q, 1)]


def doc_text() -> str:
    """All text of the five documents (xlsx cells, pdf via pdfplumber, docx incl. nested tables, html, txt)."""
    import openpyxl
    from docx import Document
    parts = []
    for f in (HERE / "docs").iterdir():
        if f.suffix in (".txt", ".html"):
            parts.append(f.read_text(encoding="utf-8"))
        elif f.suffix == ".xlsx":
            for ws in openpyxl.load_workbook(f):
                for row in ws.iter_rows(values_only=True):
                    parts.extend(str(v) for v in row if v is not None)
        elif f.suffix == ".docx":
            d = Document(str(f))
            parts.extend(p.text for p in d.paragraphs)
            def cells(t):
                for r in t.rows:
                    for c in r.cells:
                        parts.append(c.text)
                        for t2 in c.tables:
                            cells(t2)
            for t in d.tables:
                cells(t)
        elif f.suffix == ".pdf":
            try:
                import pdfplumber
                with pdfplumber.open(str(f)) as pdf:
                    parts.extend(p.extract_text() or "" for p in pdf.pages)
            except ImportError:
                pass
    return "\n".join(parts)


def main():
    want = build()
    path = HERE / "questions.jsonl"
    if "--write" in sys.argv:
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in want), encoding="utf-8")
    have = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = 0
    if len(have) != 50 or [q["id"] for q in have] != [f"m190-{i:03d}" for i in range(1, 51)]:
        bad += 1
        print("WRONG COUNT/IDS", len(have))
    for h, w in zip(have, want):
        if {k: h.get(k) for k in w} != w:
            bad += 1
            print("MISMATCH", h["id"], h.get("answer"), "!=", w["answer"])
    for q in have:
        if q["expect"] in ("set", "ordered") and q["expect"] == "ordered" and len(q["answer"]) != 3:
            bad += 1
            print("ORDERED LENGTH", q["id"])
    print("empty sets:", [q["id"] for q in have if q["expect"] == "set" and not q["answer"]],
          "zero counts:", [q["id"] for q in have if q["expect"] == "count" and q["answer"] == 0])
    print("multi-turn:", sum(len(q["turns"]) > 1 for q in have))
    print("targets:", dict(Counter(q["target"] for q in have)), "expect:", dict(Counter(q["expect"] for q in have)))
    sq = lambda s: "".join(unicodedata.normalize("NFKC", s).split())
    text = sq(doc_text())
    for q in have:
        if q["expect"] == "contains":
            for s in q["answer"]:
                if sq(s) not in text:
                    bad += 1
                    print("NOT IN DOCS", q["id"], s)
    # every set/ordered code must be a record code printed in the documents
    for q in have:
        if q["expect"] in ("set", "ordered") and q["target"] == "table_row":
            for c in q["answer"]:
                if c not in text:
                    bad += 1
                    print("CODE NOT IN DOCS", q["id"], c)
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
