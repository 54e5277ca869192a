"""Write made44/questions.jsonl: 50 questions over made44/docs/, every answer computed from data.py.

Only assistant.formats.to_text (file → text) is used, to learn the line of each row or item; the engine is not.
Run from the worktree root: python -m tests.questions.made44.make_questions
"""
from __future__ import annotations

import json
from pathlib import Path

from assistant.formats import to_text

from . import data as D

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
OUT = HERE / "questions.jsonl"
_LINES: dict[str, list[str]] = {}


def lines(name: str) -> list[str]:
    if name not in _LINES:
        p = DOCS / name
        _LINES[name] = to_text(p.read_bytes(), p.name).text.splitlines()
    return _LINES[name]


def key(name: str, *parts: str, start: str | None = None) -> str:
    """`<file>:<line>` of the one line holding every part (and starting with `start`)."""
    hits = [i for i, l in enumerate(lines(name), 1)
            if all(p in l for p in parts) and (start is None or l.startswith(start))]
    assert len(hits) == 1, (name, parts, start, hits)
    return f"{name}:{hits[0]}"


# ---- row keys
def sub_key(s) -> str:
    return key(D.SUBSIDY_FILE, s[3], start=f"{s[0]}\t")


def fee_key(f) -> str:
    return key(D.FEE_FILE, f[2], f"{f[4]:,}\t{f[5]:,}", start=f"{f[0]}\t")


def cert_key(c) -> str:
    return key(D.FEE_FILE, c[1], start=f"{c[0]}\t")


def bld_key(b) -> str:
    return key(D.FACILITY_FILE, b[2], b[4])


def kpi_key(k) -> str:
    return key(D.KPI_FILE, k[2], k[3], start=f"{k[0]}\t")


def qa_key(q) -> str:
    return key(D.QA_FILE, start=f"{q[0]}．{q[1]}")


SUB = {s[0]: s for s in D.SUBSIDIES}
FAC = {f[0]: f for f in D.FACILITY_FEES}
BLD = {b[0]: b for b in D.BUILDINGS}
KPI = {k[0]: k for k in D.KPIS}
QA = {q[0]: q for q in D.QA}
R6 = lambda s: s[5][2]  # noqa: E731
KMARK = {k[0]: D.mark(k[5], k[6], k[7][2]) for k in D.KPIS}

Q: list[dict] = []


def add(turns, target, expect, answer, why, derivation):
    Q.append({"id": f"m44-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def nos(rows) -> str:
    return ", ".join(f"No.{r[0]}" for r in rows)


def build() -> None:
    S, F, B, K, T = D.SUBSIDY_FILE, D.FEE_FILE, D.FACILITY_FILE, D.KPI_FILE, D.QA_FILE

    # ------------------------------------------------ 刈谷市 補助金見直し一覧 (xlsx) 12
    rows = [s for s in D.SUBSIDIES if s[6] == "廃止"]
    add(["刈谷市の補助金見直しで廃止になった補助金は？"], "table_row", "set", [sub_key(s) for s in rows],
        "見直し区分の値で絞る", f"{S} 見直し一覧: 見直し区分=廃止 は {nos(rows)}")
    rows = [s for s in D.SUBSIDIES if s[6] == "縮小"]
    groups = {g: sum(s[6] == g for s in D.SUBSIDIES) for g in dict.fromkeys(s[6] for s in D.SUBSIDIES)}
    add(["刈谷市の補助金等見直し一覧で、見直し区分ごとの件数は？", "そのうち縮小になったのって何件？"], "table_row",
        "count", len(rows), "区分ごとの件数から一つを聞く",
        f"{S} 見直し一覧: 区分ごと " + "、".join(f"{g}{n}" for g, n in groups.items()) + f"; 縮小 は {nos(rows)}")
    top = max(D.SUBSIDIES, key=R6)
    add(["刈谷市の補助金で令和6年度予算がいちばん大きいのはどれ？"], "table_row", "ordered", [sub_key(top)],
        "最大（二段見出しの年度列）", f"{S} 見直し一覧: 令和6年度予算の最大は No.{top[0]} {top[3]} {R6(top):,}千円（合計行は補助金ではない）")
    rows = [s for s in D.SUBSIDIES if s[2] == "環境推進課"]
    add(["刈谷市の補助金見直し一覧で、環境推進課の補助金のR6予算の合計は？"], "table_row", "value",
        sum(R6(s) for s in rows), "合計（課で絞る、0を含む）",
        f"{S} 見直し一覧: 環境推進課 {nos(rows)} の令和6年度予算 " + " + ".join(f"{R6(s):,}" for s in rows))
    s = SUB[13]
    add(["刈谷市の創業支援補助金って見直し区分はどうなった？"], "table_row", "value", s[6],
        "1件の値", f"{S} 見直し一覧: No.13 {s[3]} 見直し区分={s[6]}")
    rows = [s for s in D.SUBSIDIES if s[1] == "産業環境部" and s[6] == "縮小"]
    add(["刈谷市の補助金見直しで産業環境部の補助金を見せて", "そのうち縮小になったのは？"], "table_row", "set",
        [sub_key(s) for s in rows], "続けての絞り込み（所管部は縦に結合したセル）",
        f"{S} 見直し一覧: 所管部=産業環境部（No.12–18）のうち縮小は {nos(rows)}")
    rows = [s for s in D.SUBSIDIES if s[5][2] > s[5][1]]
    add(["刈谷市の補助金で、令和5年度決算より令和6年度予算のほうが増えてるものは？"], "table_row", "set",
        [sub_key(s) for s in rows], "二つの年度列の比較",
        f"{S} 見直し一覧: R6予算>R5決算 は " + ", ".join(f"No.{s[0]}（{s[5][1]:,}→{s[5][2]:,}）" for s in rows)
        + "（No.20 は 2,650 で同額）")
    rows = [s for s in D.SUBSIDIES if s[5][0] >= 10000]
    add(["刈谷市の補助金等見直し一覧で、2022年度決算が1千万円以上の補助金は何件ある？"], "table_row", "count",
        len(rows), "西暦の年度と単位換算（千円の表で1千万円＝10,000千円）",
        f"{S} 見直し一覧: 令和4年度決算≥10,000千円 は " + ", ".join(f"No.{s[0]}（{s[5][0]:,}）" for s in rows))
    s = SUB[17]
    add(["刈谷市の補助金見直しで住宅用太陽光発電設備設置費補助金はどうなる？", "それの所管課は？"], "table_row",
        "value", s[2], "続けて別の列を聞く",
        f"{S} 見直し一覧: No.17 {s[3]} 見直し区分={s[6]}、所管課={s[2]}")
    rows = [s for s in D.SUBSIDIES if s[6] != "継続"]
    add(["刈谷市の補助金で見直し区分が継続じゃないものの、令和6年度予算の合計はいくら？"], "table_row", "value",
        sum(R6(s) for s in rows), "否定の条件と合計",
        f"{S} 見直し一覧: 継続以外 {nos(rows)} の令和6年度予算の和（廃止・統合は0）")
    add(["刈谷市の補助金等見直し一覧で2023年度決算の合計は？"], "table_row", "value",
        sum(s[5][1] for s in D.SUBSIDIES), "合計（合計行の値と一致）",
        f"{S} 見直し一覧: 令和5年度決算（2023年度）の22件の和 = 合計行 {sum(s[5][1] for s in D.SUBSIDIES):,}千円")
    n_welfare = len([s for s in D.SUBSIDIES if s[1] == "福祉健康部"])
    add(["刈谷市の補助金見直し一覧で教育部の補助金は何件？", "じゃあ福祉健康部は？"], "table_row", "count",
        n_welfare, "続けて条件を差し替える",
        f"{S} 見直し一覧: 教育部は No.19–22 の4件、福祉健康部は No.7–11 の{n_welfare}件")

    # ------------------------------------------------ 丸亀市 使用料・手数料 (pdf) 10
    rows = [f for f in D.FACILITY_FEES if f[4] == f[5]]
    add(["丸亀市の使用料改定で据え置きになった施設は？"], "table_row", "set", [fee_key(f) for f in rows],
        "増減率が「据置」の行（施設使用料の表。手数料の犬の登録は施設ではない）",
        f"{F} 3 施設使用料の表: 据置 は " + ", ".join(f"No.{f[0]} {f[1]} {f[2]}" for f in rows))
    rows = [f for f in D.FACILITY_FEES if f[5] < f[4]]
    add(["丸亀市の使用料・手数料の見直しで、逆に値下げになるところってある？"], "table_row", "set",
        [fee_key(f) for f in rows], "改定後<現行（施設名が結合セルの2行目）",
        f"{F} 3 施設使用料の表（2ページ目）: " + ", ".join(f"No.{f[0]} {f[1]} {f[2]} {f[4]}→{f[5]}" for f in rows))
    f = FAC[1]
    add(["丸亀市民会館の大ホールを全日で借りると、改定後はいくら？"], "table_row", "value", f[5],
        "1件の値（午前の区分と区別）", f"{F} 3 施設使用料: No.1 {f[1]} {f[2]} {f[3]} 改定後 {f[5]:,}円")
    rows = [f for f in D.FACILITY_FEES if D.rate(f[4], f[5]) >= 20]
    add(["丸亀市の使用料改定で増減率が20%以上の施設の区分は何件？"], "table_row", "count", len(rows),
        "増減率の範囲（ページをまたぐ表）",
        f"{F} 3 施設使用料: " + ", ".join(f"No.{f[0]}（{D.rate(f[4], f[5]):+.1f}%）" for f in rows))
    top = max(D.FACILITY_FEES, key=lambda f: D.rate(f[4], f[5]))
    add(["丸亀の使用料改定で、引上げ率がいちばん大きいのは？"], "table_row", "ordered", [fee_key(top)],
        "最大（率）", f"{F} 3 施設使用料: No.{top[0]} {top[1]} {top[2]} {D.rate(top[4], top[5]):+.1f}%")
    rows = [f for f in D.FACILITY_FEES if f[1] == "丸亀市民体育館" and f[3] == "1時間"]
    add(["丸亀市の使用料改定で丸亀市民体育館の料金", "そのうち1時間単位のものは？"], "table_row", "set",
        [fee_key(f) for f in rows], "続けての絞り込み（施設名は結合セル）",
        f"{F} 3 施設使用料: 丸亀市民体育館 No.6–8 のうち単位=1時間 は " + ", ".join(f"No.{f[0]} {f[2]}" for f in rows))
    c = D.CERT_FEES[0]
    add(["丸亀市の手数料改定で住民票の写しはいくらになる？"], "table_row", "value", c[4],
        "手数料の表の値", f"{F} 4 手数料: No.1 {c[1]} {c[3]}→{c[4]}円")
    top = max(D.CERT_FEES, key=lambda c: c[4] - c[3])
    add(["丸亀市の手数料の見直しで、改定前と改定後の差がいちばん大きいのは？"], "table_row", "ordered",
        [cert_key(top)], "差の最大（手数料の表）", f"{F} 4 手数料: No.{top[0]} {top[1]} {top[3]}→{top[4]}（差{top[4] - top[3]}）")
    rows = [f for f in D.FACILITY_FEES if f[1] == "生涯学習センター"]
    add(["丸亀市の使用料改定で、生涯学習センターの部屋の改定後料金の平均は？"], "table_row", "value",
        sum(f[5] for f in rows) / len(rows), "平均（施設名は結合セルの先頭行だけ）",
        f"{F} 3 施設使用料: 生涯学習センター " + ", ".join(f"No.{f[0]} {f[2]} {f[5]}" for f in rows))
    f = FAC[21]
    add(["丸亀市の使用料改定で城乾コミュニティセンターの会議室は？", "じゃあ本島市民センターの会議室は？"],
        "table_row", "set", [fee_key(f)], "続けて施設を差し替える（2ページ目の表）",
        f"{F} 3 施設使用料（2ページ目）: No.21 {f[1]} {f[2]} {f[4]}→{f[5]}円")

    # ------------------------------------------------ 鈴鹿市 個別施設計画 (docx) 10
    rows = [b for b in D.BUILDINGS if b[7] == "廃止"]
    add(["鈴鹿市の個別施設計画で廃止する施設は？"], "table_row", "set", [bld_key(b) for b in rows],
        "方向性の値", f"{B} 2 対象施設の表: 方向性=廃止 は " + ", ".join(f"No.{b[0]} {b[2]}" for b in rows))
    rows = [b for b in D.BUILDINGS if b[4].startswith("昭和")]
    add(["鈴鹿市の個別施設計画で、昭和に建てられた施設は何件？"], "table_row", "count", len(rows),
        "和暦の元号で絞る", f"{B} 2 対象施設の表: 建築年が昭和 は {nos(rows)}")
    rows = [b for b in D.BUILDINGS if D.seireki(b[4]) >= 1990]
    add(["鈴鹿市の個別施設計画で1990年以降に建った施設は？"], "table_row", "set", [bld_key(b) for b in rows],
        "西暦の範囲と和暦の建築年（平成元年=1989は含まない）",
        f"{B} 2 対象施設の表: " + ", ".join(f"No.{b[0]} {b[4]}" for b in rows))
    rows = sorted(D.BUILDINGS, key=lambda b: -b[5])[:3]
    add(["鈴鹿市の個別施設計画で延床面積の大きい施設を上から3つ"], "table_row", "ordered", [bld_key(b) for b in rows],
        "上位3件の順序", f"{B} 2 対象施設の表: " + ", ".join(f"No.{b[0]} {b[2]} {b[5]:,.1f}㎡" for b in rows))
    rows = [b for b in D.BUILDINGS if b[7] == "長寿命化"]
    add(["鈴鹿市の個別施設計画で、長寿命化する施設の延床面積を合計すると？"], "table_row", "value",
        round(sum(b[5] for b in rows), 1), "合計（小数の面積）",
        f"{B} 2 対象施設の表: 長寿命化 " + " + ".join(f"{b[5]:,.1f}" for b in rows))
    rows = [b for b in D.BUILDINGS if b[3] == "白子" and D.seireki(b[4]) < D.seireki("昭和50年")]
    add(["鈴鹿市の個別施設計画で白子地区の施設は？", "そのうち昭和50年より前に建てたのは？"], "table_row", "set",
        [bld_key(b) for b in rows], "続けての絞り込み（昭和50年ちょうどは含まない）",
        f"{B} 2 対象施設の表: 白子地区 No.2, 7, 12, 13, 14, 20 のうち昭和50年より前は "
        + ", ".join(f"No.{b[0]} {b[4]}" for b in rows) + "（No.14 白子保育所は昭和50年）")
    rows = [b for b in D.BUILDINGS if b[8] == "令和8年度"]
    add(["鈴鹿市の個別施設計画でR8に着手する施設って何件？"], "table_row", "count", len(rows),
        "実施時期（R8=令和8年度）", f"{B} 2 対象施設の表: 実施時期=令和8年度 は {nos(rows)}")
    rows = [b for b in D.BUILDINGS if b[1] == "子育て支援施設" and b[7] != "現状維持"]
    add(["鈴鹿市の公共施設の個別計画で、子育て支援施設のうち現状維持じゃないものは？"], "table_row", "set",
        [bld_key(b) for b in rows], "否定（施設類型は縦に結合したセル）",
        f"{B} 2 対象施設の表: 子育て支援施設 No.14–17 のうち現状維持以外 " + ", ".join(f"No.{b[0]} {b[7]}" for b in rows))
    b = BLD[11]
    add(["鈴鹿市の個別施設計画で武道館の方向性は？", "それの実施時期は？"], "table_row", "value", b[8],
        "続けて別の列を聞く", f"{B} 2 対象施設の表: No.11 {b[2]} 方向性={b[7]} 実施時期={b[8]}")
    add(["鈴鹿市の個別施設計画っていつからいつまでの計画？"], "passage", "contains", ["令和3年度から令和12年度"],
        "本文の段落", f"{B} 1 計画の概要 第1段落「計画期間は令和3年度から令和12年度までの10年間」")

    # ------------------------------------------------ 刈谷市 KPI (html) 10
    rows = [k for k in D.KPIS if KMARK[k[0]] == "×"]
    add(["刈谷市の行革のKPIで達成状況が×のものは？"], "table_row", "set", [kpi_key(k) for k in rows],
        "記号の値", f"{K} KPI表: 達成状況=× は " + ", ".join(f"No.{k[0]} {k[2]}" for k in rows))
    rows = [k for k in D.KPIS if KMARK[k[0]] == "◎"]
    add(["刈谷市の行政改革推進計画のKPIで目標を達成したのは何件？"], "table_row", "count", len(rows),
        "記号の意味（◎＝目標値を達成、凡例から）", f"{K} KPI表: 達成状況=◎ は {nos(rows)}")
    rows = [k for k in D.KPIS if k[8] == "人事課" and KMARK[k[0]] in ("◎", "○")]
    add(["刈谷市の行政改革推進計画のKPIで人事課の取組", "そのうち達成状況が○か◎のものは？"], "table_row", "set",
        [kpi_key(k) for k in rows], "続けての絞り込み（二つの記号のどちらか）",
        f"{K} KPI表: 人事課 No.11–14 のうち ○/◎ は " + ", ".join(f"No.{k[0]} {KMARK[k[0]]}" for k in rows))
    k = KPI[7]
    add(["刈谷市のふるさと納税寄附額の令和5年度の実績は？"], "table_row", "value", k[7][1],
        "二段見出しの年度列の値", f"{K} KPI表: No.7 {k[3]} 令和5年度実績 {k[7][1]}（{k[4]}）")
    k = KPI[5]
    add(["刈谷市の行革KPIで電子契約の導入はどうなってる？", "それの担当課は？"], "table_row", "value", k[8],
        "続けて別の列を聞く", f"{K} KPI表: No.5 {k[2]} 担当課={k[8]}")
    rows = [k for k in D.KPIS if k[7][1] is not None and k[7][2] < k[7][1]]
    add(["刈谷市の行革KPIで、令和6年度の実績値が前の年より減ったものは？"], "table_row", "set",
        [kpi_key(k) for k in rows], "二つの年度列の比較（値が減ったもの。良し悪しは問わない）",
        f"{K} KPI表: R6<R5 は " + ", ".join(f"No.{k[0]}（{k[7][1]}→{k[7][2]}）" for k in rows))
    rows = [k for k in D.KPIS if k[1] == 2]
    add(["刈谷市の行政改革推進計画で基本方針2のKPIはいくつある？"], "table_row", "count", len(rows),
        "見出し行（基本方針）の下の行", f"{K} KPI表: {D.POLICIES[2]} の下は {nos(rows)}")
    k = KPI[7]
    add(["刈谷市の行革KPIで、ふるさと納税寄附額は令和6年度の実績と目標値でどれだけ差がある？"], "table_row", "value",
        k[6] - k[7][2], "同じ行の二つの列の差", f"{K} KPI表: No.7 目標値（令和7年度）{k[6]} − 令和6年度実績 {k[7][2]}（{k[4]}）")
    rows = [k for k in D.KPIS if k[8] == "DX推進課" and KMARK[k[0]] != "◎"]
    add(["刈谷市の行政改革KPIで、DX推進課の取組のうち達成状況が◎じゃないのは？"], "table_row", "set",
        [kpi_key(k) for k in rows], "否定",
        f"{K} KPI表: DX推進課 No.1–3 のうち◎以外 " + ", ".join(f"No.{k[0]} {KMARK[k[0]]}" for k in rows))
    add(["刈谷市のKPIの公表ページで、窓口サービス満足度が下がった原因は何だって？"], "passage", "contains",
        ["待ち時間"], "本文の段落", f"{K} 「今後の取組」の段落「繁忙期の待ち時間の長さが主な要因」")

    # ------------------------------------------------ 丸亀市 答弁要旨 (txt) 8
    rows = [q for q in D.QA if q[2] == "大西恵子"]
    add(["丸亀市議会の12月定例会で大西議員が質問したのは？"], "item", "set", [qa_key(q) for q in rows],
        "質問者で絞る（番号付きの項目）", f"{T}: 質問者 大西 恵子議員 は " + ", ".join(f"{q[0]}．{q[1]}" for q in rows))
    rows = [q for q in D.QA if q[4] == "市長"]
    add(["丸亀市の12月議会の一般質問で、市長が答弁したのは何件？"], "item", "count", len(rows),
        "答弁者で数える（市長公室長は市長ではない）",
        f"{T}: 答弁者=市長 は " + ", ".join(f"{q[0]}．{q[1]}" for q in rows) + "（6 は市長公室長）")
    add(["丸亀市議会で書かない窓口について質問したのは誰？"], "item", "contains", ["三好"],
        "項目の質問者", f"{T}: 3．{QA[3][1]} 質問者 三好 隆議員（{QA[3][3]}）")
    add(["丸亀市の書かない窓口で、待ち時間はどのくらい短くなったの？"], "passage", "contains", ["約8分"],
        "答弁の本文", f"{T}: 3 の答弁要旨「平均待ち時間は約15分から約8分に短縮」")
    add(["丸亀市のふるさと納税、令和5年度の寄附額は議会でいくらって答えてた？"], "passage", "contains",
        ["14億2千万円"], "答弁の本文（刈谷市のKPIにも寄附額があるので市名が要る）",
        f"{T}: 2 の答弁要旨「令和5年度の寄附額は約14億2千万円」")
    add(["丸亀市議会の答弁要旨で市民プールについての質問", "それの答弁者は？"], "item", "contains", ["教育部長"],
        "続けて項目の別の欄を聞く", f"{T}: 4．{QA[4][1]} 答弁者 {QA[4][4]}")
    add(["丸亀市の議会答弁で、使用料の減免基準はいつまでに作るって言ってた？"], "passage", "contains",
        ["令和7年度中"], "答弁の本文", f"{T}: 7 の答弁要旨「令和7年度中に全庁統一の減免基準を策定する」")
    add(["丸亀市の議会で、職員の時間外勤務は月平均何時間って答弁してた？"], "passage", "contains", ["13.2時間"],
        "答弁の本文（刈谷市のKPIにも時間外勤務時間があるので市名が要る）",
        f"{T}: 5 の答弁要旨「月平均時間外勤務時間は13.2時間」")


def main() -> None:
    build()
    assert len(Q) == 50, len(Q)
    assert len({q["id"] for q in Q}) == 50
    with OUT.open("w", encoding="utf-8") as fh:
        for q in Q:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"{len(Q)} questions → {OUT}")


if __name__ == "__main__":
    main()
