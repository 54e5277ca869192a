# -*- coding: utf-8 -*-
"""Computes every answer of set made79 from data.py and writes questions.jsonl."""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []


def add(turns, expect, answer, why, derivation, target="passage"):
    if isinstance(turns, str):
        turns = [turns]
    Q.append({"id": "m79-%03d" % (len(Q) + 1), "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def uniq(items, key, mode=max):
    best = mode(key(x) for x in items)
    hits = [x for x in items if key(x) == best]
    assert len(hits) == 1, hits
    return hits[0]


def r1(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# ====================================================================== (1) 補助金 .xlsx
SUB = [(bu,) + r for bu, rows in SUBSIDY_SHEETS for r in rows]   # (部, No, 名, 交付先, b6, b7, 区分, 備考)
def sheet(bu): return [s for s in SUB if s[0] == bu]

haishi = [s for s in SUB if s[6] == "廃止"]
add("椋名川市の補助金等の見直しで、廃止になった補助金は全部でいくつありますか。", "count", len(haishi),
    "count of 見直し区分=廃止 over four sheets (one per 部)",
    "廃止: " + ", ".join(f"{s[0]} {s[2]}" for s in haishi))

m = uniq(SUB, lambda s: s[5] - s[4], min)
add("補助金の見直し結果で、令和6年度から7年度にかけて減額幅がいちばん大きい補助金はどれ？", "value", m[2],
    "min of 増減 (▲ number format on numeric cells) across all sheets; 廃止 rows included",
    f"{m[0]} {m[2]}: {m[4]}→{m[5]} ({m[5]-m[4]})")

kf = sheet("健康福祉部")
add("健康福祉部の補助金、令和7年度予算の小計はいくらですか（千円）。", "value", sum(s[5] for s in kf),
    "小計 row of sheet 健康福祉部, R7 column",
    " + ".join(str(s[5]) for s in kf) + f" = {sum(s[5] for s in kf)}")

sm = [s[2] for s in sheet("総務部") if s[6] == "拡充"]
add(["産業振興部の補助金で拡充になったのはどれですか？", "じゃあ総務部は？"], "contains", sm,
    "follow-up switches the sheet; filter 見直し区分=拡充", "総務部 拡充: " + ", ".join(sm))

k = [s for s in SUB if s[2] == "子ども食堂運営補助金"][0]
add("子ども食堂運営補助金の交付先はどこになっていますか", "value", k[3], "交付先 column", f"{k[0]} No.{k[1]} → {k[3]}")

tot7 = sum(s[5] for s in SUB)
add("4部すべての補助金を合わせると、R7予算の総額は何千円になりますか。", "value", tot7,
    "sum of the four 小計 rows (no grand-total sheet exists)",
    " + ".join(f"{bu} {sum(s[5] for s in sheet(bu))}" for bu, _ in SUBSIDY_SHEETS) + f" = {tot7}")

tg = [s[2] for s in SUB if s[6] == "統合"]
add("補助金の見直しで「統合」とされたものを教えてください", "contains", tg, "filter 統合 across sheets",
    "; ".join(f"{s[0]} {s[2]} ({s[7]})" for s in SUB if s[6] == "統合"))

ss = sheet("市民生活部"); ssn = [s for s in ss if s[6] != "継続"]
add(["市民生活部で見直しの対象になってる補助金って何件？", "そのうち継続以外は何件？"], "count", len(ssn),
    "sheet row count then negation filter 継続以外",
    f"{len(ss)} rows; not 継続: " + ", ".join(f"{s[2]}({s[6]})" for s in ssn))

jj = [s[2] for s in SUB if s[3] == "各自治会" and s[6] in ("廃止", "統合")]
add("交付先が「各自治会」の補助金のうち、廃止または統合になったものはどれ？", "contains", jj,
    "filter on 交付先 across sheets and 区分 in {廃止,統合}",
    "; ".join(f"{s[0]} {s[2]} {s[6]}" for s in SUB if s[3] == "各自治会"))

sk = [s for s in kf if s[6] == "縮小"]; shakyo = [s for s in sk if "社会福祉協議会" in s[3]][0]
add(["健康福祉部の補助金で縮小になったのはどれ？", "そのうち社会福祉協議会向けのものは、前年度から何千円減りましたか"], "value",
    shakyo[4] - shakyo[5], "follow-up picks one row; 増減 shown as ▲1,500 (numeric -1500 with ▲ format)",
    f"縮小: {[s[2] for s in sk]}; {shakyo[2]} {shakyo[4]}→{shakyo[5]}")

dd = {bu: sum(s[5] - s[4] for s in sheet(bu)) for bu, _ in SUBSIDY_SHEETS}
least = uniq(list(dd), lambda b: dd[b])
assert all(v < 0 for v in dd.values())
add("補助金の見直しで、部ごとの小計を比べて予算の減り方がいちばん小さかった部はどこですか。", "value", least,
    "compare the 増減 of the four 小計 rows (all negative); smallest decrease", str(dd))

# ====================================================================== (2) 満足度 .pdf
top = SURVEY[0]
add("令和7年度の椋名川市の市民満足度調査で、満足度がいちばん高かった施策は？", "value", top[0],
    "table sorted by 満足度, first row", f"{top[0]} {top[2]}%")

ti = uniq(SURVEY, lambda s: s[4])
add("満足度調査で重要度がもっとも高い施策はどれですか。", "value", ti[0],
    "max of 重要度 column (the table is NOT sorted by it)", f"{ti[0]} {ti[4]}%")

lt30 = [s for s in SURVEY if s[2] < 30]
add("市民満足度調査で満足度が30％を下回っている施策はいくつある？", "count", len(lt30),
    "threshold on 満足度, rows on both pages", ", ".join(f"{s[0]} {s[2]}" for s in lt30))

kt = [s for s in SURVEY if s[0] == "公共交通"][0]
add("公共交通の満足度は何％でしたか", "value", kt[2], "row on page 2 of the PDF (after the page break)",
    f"rank {SURVEY.index(kt)+1}: {kt}")

dn = uniq(SURVEY, lambda s: s[3], min)
add("前回の調査より満足度がいちばん下がった施策は？", "value", dn[0],
    "min of 満足度 前回比; ▲ = 低下 per legend", f"{dn[0]} ▲{-dn[3]}")

up = uniq(SURVEY, lambda s: s[3])
add("満足度が前回から最も伸びた施策は何で、何ポイント上がりましたか。", "contains", [up[0], "6.4"],
    "max of 満足度 前回比; △ = 上昇 per legend", f"{up[0]} △{up[3]}")
assert up[3] == 6.4

sg = [s for s in SURVEY if s[1] == "産業・経済"]; sgu = [s[0] for s in sg if s[3] > 0]
add(["満足度調査で産業・経済分野の施策はいくつありますか", "そのうち満足度が前回より上がったのは？"], "contains", sgu,
    "field filter (rows on page 1 and page 2) then △ filter",
    ", ".join(f"{s[0]} {s[3]:+}" for s in sg))

jt = [s[0] for s in SURVEY if s[4] >= 80 and s[2] < 40]
add("重要度が80％以上なのに満足度が40％未満の施策を全部挙げてください。", "contains", jt,
    "two-column condition (the report's 重点改善施策 definition)",
    ", ".join(f"{s[0]} sat{s[2]} imp{s[4]}" for s in SURVEY if s[4] >= 80 and s[2] < 40))

add("市民満足度調査の回収率は何％？", "value", SURVEY_INFO["回収率"], "調査概要 paragraph (not the 前回 38.6)",
    f"{SURVEY_INFO['有効回答数']}/{SURVEY_INFO['配布数']}")

kw = [s for s in SURVEY if s[1] == "健康・福祉"]; kwd = [s[0] for s in kw if s[3] < 0]
add(["健康・福祉分野の施策の満足度を教えて", "その中で前回より下がったものは？"], "contains", kwd,
    "field filter then ▲ filter", ", ".join(f"{s[0]} {s[2]} {s[3]:+}" for s in kw))

ti2 = uniq(SURVEY, lambda s: s[5])
add("重要度が前回調査から最も上昇した施策はどれ？", "value", ti2[0],
    "max of 重要度 前回比 (second 前回比 column; not the 満足度 one)", f"{ti2[0]} △{ti2[5]}")

# ====================================================================== (3) 会議録 .docx
hs = [e[1] for e in EVAL_RESULTS if e[3] == "廃止"]
assert len(hs) == 1
add("外部評価委員会で「廃止」と評価された事業はどれですか？", "value", hs[0], "results table 評価結果 column", str(hs))

ks = [e[1] for e in EVAL_RESULTS if e[3] == "拡充"]
add("外部評価で拡充とされた事業を教えてください", "contains", ks, "results table filter", str(ks))

add("令和7年度第2回の椋名川市外部評価委員会には委員が何人出席しましたか。", "count", len(MEETING["出席委員"]),
    "出席委員 cell lists names and （計６名）; text also says 委員７名中６名", str(MEETING["出席委員"]))

add("会議録の中で、補助金にサンセット方式を入れてはどうかと提案したのはどの委員？", "value", "樋渡",
    "speaker line 「樋渡委員：…サンセット方式…」", "議事2 樋渡委員")

add("次回の外部評価委員会はいつ開かれる予定ですか", "contains", ["１１月１３日"],
    "議事3 事務局 line; date printed with full-width digits", MEETING["next"])

sh = [e for e in EVAL_RESULTS if e[3] == "縮小"]
kd = [e for e in sh if e[1] == "郷土資料館運営事業"][0]
add(["外部評価の結果一覧で、縮小になった事業は？", "そのうち郷土資料館運営事業の所管課は？"], "value", kd[2],
    "follow-up lookup of 所管課 in the results table", str(sh))

add("花火大会の補助金を縮小することについて委員から質問が出たとき、事務局は協賛金をどれくらい増やす計画だと答えましたか。",
    "contains", ["２割"], "事務局（行政経営課）answer to 小此木委員 in 議事2 (full-width ２割)",
    "「令和７年度は協賛金を前年度比で約２割増やす計画」")

add("郷土資料館について、他の施設との複合化も検討してほしいと発言した委員は誰ですか。", "value", "鶴来",
    "speaker line in 議事1", "鶴来委員")

kz = [e for e in EVAL_RESULTS if e[3] == "改善"]
add(["外部評価委員会の評価結果で「改善」とされた事業はいくつ？", "それぞれの所管課は？"], "contains", [e[2] for e in kz],
    "follow-up asks a second column of the filtered rows", str(kz))

# ====================================================================== (4) 施設 .html
def fac(name): return [f for f in FACILITIES if f[1] == name][0]
t6 = uniq(FACILITIES, lambda f: f[7])
add("令和6年度の稼働率がいちばん高い公共施設はどこですか？", "value", t6[1], "max of 令和6年度 column under colspan header",
    f"{t6[1]} {t6[7]}")

dec = [f[1] for f in FACILITIES if f[5] > f[6] > f[7]]
add("稼働率が3年連続で下がっている施設を挙げてください", "contains", dec, "strictly decreasing R4>R5>R6",
    "; ".join(f"{f[1]} {f[5:8]}" for f in FACILITIES if f[5] > f[6] > f[7]))

sp = [f for f in FACILITIES if f[0] == "スポーツ施設"]; av = r1(sum(f[7] for f in sp) / len(sp))
add("スポーツ施設の令和6年度の稼働率を平均すると何％？（小数第1位まで）", "value", av,
    "rowspan 分類 group; average of 4 values, rounded half-up to 0.1",
    " + ".join(str(f[7]) for f in sp) + f" = {sum(f[7] for f in sp):.1f} / 4 → {av}")

add("市民プールの令和5年度の稼働率が低いのはなぜですか？", "contains", ["改修"], "footnote ※1 attached by <sup> to the 施設名",
    FAC_NOTES[0])

l30 = [f for f in FACILITIES if f[7] < 30]; l30b = [f[1] for f in l30 if f[0] == "文化施設"]
assert len(l30b) == 1
add(["公共施設で、令和6年度の稼働率が30％に届いていないところは何施設ありますか", "そのうち文化施設はどこ？"], "value", l30b[0],
    "threshold then rowspan 分類 filter (美術ギャラリー 30.4 is not below 30)",
    ", ".join(f"{f[0]}/{f[1]} {f[7]}" for f in l30))

sh_ = [f for f in FACILITIES if f[0] == "集会施設"]; shu = [f[1] for f in sh_ if f[7] > f[5]]
add(["公共施設の稼働率の表で、集会施設に分類されているのはどこ？", "その中で令和4年度より令和6年度の稼働率が上がったのは？"],
    "contains", shu, "rowspan group then compare two year columns",
    "; ".join(f"{f[1]} {f[5]}→{f[7]}" for f in sh_))

add("市民文化会館大ホールの使用料は、改定前はいくらでしたか。", "value", 42000, "footnote ※2 (table shows only 45,000)",
    FAC_NOTES[1])

gr = uniq(FACILITIES, lambda f: round(f[7] - f[5], 1))
add("令和4年度から令和6年度にかけて稼働率の伸びがいちばん大きい施設は？", "value", gr[1], "max of R6-R4",
    f"{gr[1]} {gr[5]}→{gr[7]} (+{gr[7]-gr[5]:.1f})")

add("総合福祉センターの多目的ホールは1時間いくらで借りられますか", "value", fac("総合福祉センター")[3], "使用料 column with comma",
    str(fac("総合福祉センター")))

add(["福祉施設の稼働率を見たいんだけど", "じゃあ老人福祉センターの令和5年度は？"], "value", fac("老人福祉センター")[6],
    "follow-up names one facility and one year column", str(fac("老人福祉センター")))

# ====================================================================== (5) 公用車 .txt
tc = sum(v[2] for v in VEHICLES); th = sum(v[1] for v in VEHICLES)
add(["公用車の削減計画で、現有台数の合計は？", "じゃあ削減目標の合計は何台？"], "value", tc, "計 row of the fixed-width table",
    f"計 {th} / {tc} / {th-tc}")

mv = uniq(VEHICLES, lambda v: v[2])
add("公用車の削減目標の台数がいちばん多い車両区分はどれ？", "value", mv[0], "max of 削減目標 column (計 row excluded)",
    f"{mv[0]} {mv[2]}")

b26 = [v[0] for v in VEHICLES if v[4] is not None and v[4] <= 2026]
add("令和8年度までに公用車の削減が完了する車両区分はどれですか", "contains", b26,
    "令和8年度 = 2026; ranges 「2025～2027」 end in the last year (note ※3); 消防車両 (－) excluded",
    "; ".join(f"{v[0]} {year_text(v[3], v[4])}" for v in VEHICLES))

add("公用車のうち削減の対象から外れているのはどの車両ですか？", "value", "消防車両", "row marked ※2 plus note ※2",
    "消防車両 14台 削減0 －")

nr = [v for v in VEHICLES if v[0] == "二輪車"][0]
add("二輪車は削減後に何台になる計画ですか", "value", nr[1] - nr[2], "削減後台数 column", str(nr))

s25 = [v for v in VEHICLES if v[3] == 2025]; s25b = [v[0] for v in s25 if v[2] >= 5]
add(["公用車の削減計画で2025年度から削減を始める区分は？", "そのうち削減目標が5台以上のものは？"], "contains", s25b,
    "start year of 西暦 ranges, then threshold on 削減目標",
    "; ".join(f"{v[0]} {v[2]}" for v in s25))

rate = r1(tc / th * 100)
add("公用車の計の行で見て、削減目標は現有台数の何％にあたりますか（小数第1位まで）", "value", rate,
    "ratio of the 計 row (消防車両 included in 現有台数 as printed)", f"{tc}/{th} = {tc/th*100:.3f}%")

tk = [v for v in VEHICLES if v[0].startswith("特殊車両")][0]
add("ごみ収集車などの特殊車両は、西暦で何年度に削減する予定ですか", "value", tk[3], "削減年度 column (西暦)", str(tk))

add("公用車を削減すると、計画完了後に年間いくら縮減できる見込みですか（万円）", "value", tc * 40,
    "【４ 効果額】 paragraph, full-width digits １，４８０万円", f"{tc}台 × 約40万円 = {tc*40}万円")

assert len(Q) == 50, len(Q)
assert sum(1 for q in Q if len(q["turns"]) > 1) >= 10
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for q in Q:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions;", sum(1 for q in Q if len(q["turns"]) > 1), "multi-turn")
