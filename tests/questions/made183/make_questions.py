"""Write questions.jsonl for made183 (answers written by hand from the documents; verify.py recomputes them)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
T, C, P = "table_row", "comment", "passage"
Q = [
    (["R6の経常収支比率が100%を下回ってる団体は？"], T, "set", ["02", "03", "05", "07", "09", "10"], "threshold on one year", "pdf 表１ 経常収支比率 令和6年度 < 100"),
    (["令和６年度の経営評価がＣの団体どこ？"], T, "set", ["03", "09", "10"], "grade in a year", "pdf 表１ 経営評価 令和6年度 = Ｃ"),
    (["３年連続でＳ評価になってるところ"], T, "set", ["06"], "same grade every year", "pdf 表１ 経営評価 R4, R5, R6 all Ｓ"),
    (["一度もＣ評価を受けたことがない団体は何団体？"], T, "count", 8, "negation over years", "pdf 表１: Ｃ in some year = 03, 05, 09, 10; 12 - 4"),
    (["5年度から6年度にかけて評価が上がった団体"], T, "set", ["01", "04", "07"], "grade increase", "pdf 表１, order Ｓ>Ａ>Ｂ>Ｃ, 令和6年度 better than 令和5年度"),
    (["R5→R6で評価が下がったのはどこ？"], T, "set", ["10"], "grade decrease", "pdf 表１, 令和6年度 worse than 令和5年度 (03 stays Ｃ)"),
    (["補助金がR3からR6まで毎年減り続けてる団体は？"], T, "set", ["01", "03", "04", "10", "11"], "strictly decreasing range", "xlsx 補助金 R3>R4>R5>R6 (02 and 12 equal in two years, 09 equal R3/R4; 「－」 rows excluded)"),
    (["2024年度の委託料が多い順に上位3団体を教えて"], T, "ordered", ["01", "11", "02"], "top 3 ordered", "xlsx 委託料 令和６年度 descending (小計/合計 rows excluded): 326,800 / 212,800 / 163,500"),
    (["市の出資比率が50%以上の団体って何団体ある？"], T, "count", 7, "threshold count", "xlsx 市出資比率 ≥ 50 (「－」 excluded): 01,02,03,04,05,09,10"),
    (["株式会社の中で市の出資比率がいちばん低いのは？"], T, "set", ["08"], "min within group", "xlsx 【株式会社（第三セクター）】 rows, 市出資比率 min = 15.0"),
    (["6年度に補助金が出ていない団体は？"], T, "set", ["05", "06", "07", "08"], "not-applicable cell", "xlsx 補助金 令和６年度 = 「－」"),
    (["常勤役員に市ＯＢがいない団体はどこ？"], T, "set", ["04", "06", "08"], "negation", "xlsx 役員等の状況 / html うち市ＯＢ = 0 (「－」)"),
    (["財団法人の団体を一覧で", "そのうち市ＯＢの常勤役員が２人以上のところは？"], T, "set", ["01"], "multi-turn group + threshold", "xlsx 【財団法人】 01–04, うち市ＯＢ ≥ 2"),
    (["国際交流協会の令和５年度の経常収支比率って？"], T, "value", 92.1, "field of one record (short name)", "pdf 表１ 03 令和5年度"),
    (["文化振興財団への補助金、R3からR6でいくら減った？"], T, "value", 5700, "difference between years", "xlsx 01 補助金 85,200 − 79,500 (千円)"),
    (["令和6年度の補助金、財団法人の小計はいくら？"], T, "value", 147700, "group sum", "xlsx 財団法人 小計 row, 補助金 令和６年度 (= 79,500+40,800+15,600+11,800)"),
    (["R6の経常収支比率、12団体の平均は？"], T, "value", 98.41, "average", "pdf 表１ 令和6年度 mean over 12 = 98.408… → 98.41"),
    (["統合される団体は？"], T, "set", ["02", "03"], "category", "pdf 表２ 方針 = 統合 (01 is the 統合先, 方針 経営改善)"),
    (["令和８年度に方針を実施する団体", "その中でR6の評価がＣなのは？"], T, "set", ["03", "09"], "multi-turn year + grade join", "pdf 表２ 実施時期 令和８年度 (02,03,09) and 表１ 令和6年度 Ｃ"),
    (["廃止か関与縮小になる団体のうち、令和６年度に委託料が出てるところ"], T, "set", ["08"], "cross-document join", "pdf 表２ 方針 廃止/関与縮小 (06,08,09) joined with xlsx 委託料 令和６年度 ≠ 「－」"),
    (["方針が「存続」の団体で職員数がいちばん多いのは？"], T, "set", ["11"], "join + max", "pdf 表２ 方針 = 存続 (04,07,11,12), xlsx/html 職員数 max (86)"),
    (["経常収支比率がR4からR6まで毎年上がってる団体"], T, "set", ["02", "05", "06", "11", "12"], "strictly increasing range", "pdf 表１ R4<R5<R6"),
    (["令和６年度の評価の分布ってどうなってる？Ａは何団体？"], T, "count", 5, "distribution", "pdf 表１ 令和6年度 = Ａ: 01,07,08,11,12 (prose 第２章 「Ａが５団体」)"),
    (["2024年度に補助金と委託料を合わせて1億円を超えてる団体"], T, "set", ["01", "02", "10", "11"], "sum of two columns + unit", "xlsx 令和６年度 補助金 + 委託料 > 100,000千円 (「－」 = 0)"),
    (["R6の評価がＳなのに経常収支比率が100%未満の団体ってある？"], T, "set", [], "empty answer", "pdf 表１ 令和6年度 Ｓ = 04 (102.8), 06 (112.1): none below 100"),
    (["株式会社でR6にＣ評価のところは何社？"], T, "count", 0, "zero count", "pdf 表１ 【株式会社（第三セクター）】 令和6年度: Ｂ, Ｓ, Ａ, Ａ → 0"),
    (["R4の評価一覧見せて", "じゃあＢだったのは？"], T, "set", ["02", "03", "07", "10", "11"], "multi-turn grade", "pdf 表１ 令和4年度 = Ｂ"),
    (["市が100%出資してる団体", "その中でR6の経常収支比率が一番高いのは？"], T, "set", ["04"], "multi-turn max", "xlsx 市出資比率 100.0 (01,02,03,04,09,10) + pdf 表１ 令和6年度 max 102.8"),
    (["社会福祉事業団への委託料、R3からR6までの合計は？"], T, "value", 835700, "sum over a year range", "xlsx 11 委託料 205,000+207,300+210,600+212,800 (千円)"),
    (["R5からR6で委託料の増え方が大きい団体、上位２つ"], T, "ordered", ["01", "05"], "ranking of differences", "xlsx 委託料 R6−R5: 01 +6,400, 05 +2,600, 02 +2,500 …"),
    (["経常収支比率がR5からR6でいちばん悪化した団体、何ポイント下がった？"], T, "value", 1.8, "largest decrease", "pdf 表１ R6−R5 min = 03 (92.1→90.3, −1.8)"),
    (["ケーブルテレビって市はいくら出資してる？", "出資比率は？"], T, "value", 15.0, "multi-turn field (short name)", "xlsx 08 市出資比率 15.0"),
    (["公社・その他に入ってる団体", "その中で令和4年度から6年度まで評価が一度も変わってないのは？"], T, "set", ["09", "12"], "multi-turn unchanged grade", "xlsx 【公社・その他】 09–12, pdf 表１ R4=R5=R6"),
    (["市ＯＢが常勤役員にいる団体", "何団体？"], T, "count", 9, "multi-turn count", "xlsx 役員等の状況 うち市ＯＢ ≥ 1: 12 − 3"),
    (["委員会の意見で【指摘】になってるのは？"], C, "set", ["1", "4", "6", "10", "11", "15"], "category", "docx 区分 指摘 (paragraphs 【指摘】 and 全般 table 区分)"),
    (["スポーツ協会について出た意見は？"], C, "set", ["2", "3"], "cited organisation (short name)", "docx 対象団体 contains 02"),
    (["全般的な意見って何件？"], C, "count", 3, "group count", "docx ３ 外郭団体全般に対する意見 table rows 14–16"),
    (["要望の意見を出して", "そのうち株式会社向けのもの"], C, "set", ["7", "9"], "multi-turn category + group join", "docx 区分 要望 (3,7,9,13,14,16), 対象団体 in 【株式会社（第三セクター）】 05–08"),
    (["R6でＣ評価の団体に対する委員会の意見は？"], C, "set", ["2", "4", "10", "11"], "cross-document join", "pdf 表１ 令和6年度 Ｃ = 03, 09, 10; docx 対象団体 contains one of them (意見２ cites 01・02・03)"),
    (["市ＯＢに触れてる意見"], C, "set", ["6", "14"], "text contains", "docx 意見 text contains 市ＯＢ"),
    (["統合予定の団体への意見のうち、区分が【評価】のもの"], C, "set", ["2"], "join + category", "pdf 表２ 統合 = 02, 03; docx opinions citing them: 2 評価, 3 要望, 4 指摘"),
    (["方針が「存続」になってる団体についての意見は何件？"], C, "count", 4, "join count", "pdf 表２ 存続 = 04,07,11,12; docx opinions 5, 8, 12, 13"),
    (["R6の評価の内訳を教えて"], P, "contains", ["Sが2団体", "Aが5団体", "Bが2団体", "Cが3団体"], "prose distribution", "pdf 第２章 (NFKC: Ｓが２団体 → Sが2団体)"),
    (["経営評価委員会って委員何人？"], P, "contains", ["5名"], "prose figure", "txt ２ / pdf 第１章 外部委員５名"),
    (["第４回の委員会はいつやった？"], P, "contains", ["令和6年10月8日"], "space-aligned table", "txt ２ table, 第４回 -> 開催日"),
    (["統廃合のあと外郭団体は最終的にいくつになるの"], P, "contains", ["9団体"], "prose figure", "txt ５ / pdf 第３章 令和９年度末 ９団体"),
    (["市ＯＢの常勤役員、何人まで減らす目標？"], P, "contains", ["8人以下"], "prose target", "txt ４"),
    (["農業公社っていつ解散したんだっけ"], P, "contains", ["令和2年3月"], "prose date", "txt １ 令和２年３月に藤ノ沢市農業公社を解散"),
    (["国際交流協会に委託料が出るようになったのはいつから？"], P, "contains", ["令和5年度"], "sheet note", "xlsx ※２ 令和５年度から外国人相談窓口業務を委託"),
    (["財政的関与の総額はどれくらい減らす目標なの？"], P, "contains", ["10%削減"], "prose target", "txt ５ 令和６年度比で１０％削減 (NFKC)"),
]


def main() -> None:
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, (turns, target, expect, answer, why, der) in enumerate(Q, 1):
            f.write(json.dumps({"id": f"m183-{i:03d}", "turns": turns, "target": target, "expect": expect,
                                "answer": answer, "why": why, "derivation": der}, ensure_ascii=False) + "\n")
    print(len(Q), "questions")


if __name__ == "__main__":
    main()
