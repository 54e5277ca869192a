"""Write questions.jsonl for made181 (answers written by hand; verify.py recomputes them from the data)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

Q = [
    # ---- table_row: one facility, code = 施設番号 as printed (01…14, xlsx and html); txt year rows for 044
    (["R6の電気使用量が200千kWh以上の施設は？"], "table_row", "set", ["01", "07", "10", "11", "12", "13"],
     "threshold on one year", "xlsx 電気使用量 令和6年度 >= 200 (小計/合計 rows excluded)"),
    (["令和６年度の電気使用量が基準年度より増えちゃった施設ってどこ？"], "table_row", "set", ["03", "06"],
     "change against base year", "xlsx 令和6年度 > 平成30年度（基準） (削減率 printed ▲３．３ / ▲３．１)"),
    (["令和５年度から６年度にかけて電気使用量が増えた施設"], "table_row", "set", ["03", "06", "11", "14"],
     "increase between years", "xlsx 令和6年度 > 令和5年度"),
    (["教育施設の令和6年度の電気使用量は合計いくつ？"], "table_row", "value", 640, "sum over a merged group",
     "xlsx 分類 教育施設 (merged down) 04–07 令和6年度 171+149+101+219 (= 小計 row)"),
    (["基準年度比の削減率が20％以上の施設"], "table_row", "set", ["08"], "threshold 以上 at the boundary",
     "xlsx 基準年度比削減率 >= 20.0: 08 中央公民館 20.0 (04 18.6)"),
    (["6年度の電気使用量が多い順に3つ"], "table_row", "ordered", ["01", "12", "10"], "top 3 ordered",
     "xlsx 令和6年度 descending 688, 430, 342 (小計/合計 excluded)"),
    (["社会教育・文化施設を見せて", "その中でR4よりR5の使用量が増えたのは？"], "table_row", "set", ["10"],
     "multi-turn group + increase", "xlsx 社会教育・文化施設 08–10, 令和5年度 > 令和4年度: 10 (330 -> 355)"),
    (["令和４年度の使用量が載っていない施設は？"], "table_row", "set", ["12"], "missing cell 「－」",
     "xlsx 令和4年度 = 「－」 (※２ 改修工事のため休止)"),
    (["省エネ診断で判定がＡだった施設"], "table_row", "set", ["03", "07", "10", "12"], "category",
     "html 省エネルギー診断 判定 = Ａ (rowspan 分類)"),
    (["省エネ診断の結果を見せて", "まだ診断してないところは？"], "table_row", "set", ["06", "14"],
     "multi-turn negation", "html 診断年度 = 未実施"),
    (["診断の判定がＡの施設は？", "そのうち太陽光が入ってるのは？"], "table_row", "set", ["03", "07"],
     "multi-turn join of two html tables", "html 判定 Ａ (03,07,10,12) joined with 再生可能エネルギー設備の導入状況 (04,03,13,01,07)"),
    (["診断での削減見込量、全部でいくつ？"], "table_row", "value", 314, "sum of a column",
     "html 削減見込量（千kWh/年） summed over diagnosed facilities (also printed in the note: ３１４千kWh/年)"),
    (["令和になってから太陽光を入れた施設"], "table_row", "set", ["01", "07", "13"], "平成/令和 years",
     "html 導入年度 令和２年度, 令和５年度, 令和６年度 (04 平成２２年度, 03 平成２８年度 excluded)"),
    (["太陽光発電がある施設", "そのうち容量30kW以上のもの"], "table_row", "set", ["01", "04", "07"],
     "multi-turn threshold 以上", "html 太陽光発電容量（kW） >= 30: 50, 30, 30"),
    (["前年度より光熱水費が減った施設は？（R6）"], "table_row", "set", ["05", "08", "12"], "▲ as decrease",
     "xlsx sheet 光熱水費 増減額 with ▲ (令和６年度 < 令和５年度)"),
    (["2024年度の光熱水費の合計は？"], "table_row", "value", 143651, "total row value (西暦)",
     "xlsx sheet 光熱水費 合計 令和６年度 (千円); = sum of the 14 facilities"),
    (["R6の電気使用量が150千kWh未満の施設は何か所？"], "table_row", "count", 6, "count 未満",
     "xlsx 令和6年度 < 150: 02 88, 05 149, 06 101, 08 112, 09 147, 14 119"),
    (["基準年度から30%以上削減できた施設は何か所？"], "table_row", "count", 0, "zero count",
     "xlsx 基準年度比削減率 max 20.0 (08) -> none"),
    (["2023年度に電気使用量が300千kWhを超えていた施設"], "table_row", "set", ["01", "10", "12"], "西暦 year + 超",
     "xlsx 令和5年度 (= 2023年度) > 300: 715, 355, 452"),
    (["診断判定がＢの施設のうち、基準年度比の削減率が15%以上のもの"], "table_row", "set", ["01", "04"],
     "join html + xlsx", "html 判定 Ｂ (01,04,05,11,13) joined with xlsx 削減率 >= 15: 01 16.1, 04 18.6 (13 14.5)"),
    (["令和６年度のCO2排出量は？"], "table_row", "value", 1436, "cell of a tab-separated table",
     "txt ■１ table row 令和６年度, ＣＯ２排出量（t-CO2） 1,436"),
    # ---- practice: 取組, code = 取組番号 (pdf prints full-width １－１ -> 1-1 after NFKC)
    (["令和６年度に◎だった取組"], "practice", "set", ["1-1", "1-4", "1-5", "3-1", "3-4"], "grade in one year",
     "pdf 表１–表３ 令和６年度 = ◎"),
    (["R6で×になった取組は？"], "practice", "set", ["2-4"], "grade in one year", "pdf 表２ 令和６年度 = ×"),
    (["5年度から6年度で評価が下がった取組"], "practice", "set", ["2-1", "2-4"], "grade decrease",
     "pdf order ◎ > ○ > △ > ×; 令和６年度 worse than 令和５年度: 2-1 ◎->○, 2-4 △->×"),
    (["3年間ずっと○以上の取組"], "practice", "set", ["1-1", "1-4", "2-1", "2-2", "3-1"], "all years >= ○",
     "pdf 令和４/５/６年度 all ◎ or ○ (「－」 is not ○以上)"),
    (["環境課が担当の取組", "何件？"], "practice", "count", 3, "multi-turn count by section",
     "pdf 担当課 = 環境課: 1-4, 2-3, 2-4"),
    (["削減効果が「－」の取組は何件？"], "practice", "count", 5, "not-quantified cells",
     "pdf 削減効果（千kWh） = 「－」: 2-3, 2-4, 3-2, 3-3, 3-4"),
    (["取組の削減効果、合計するといくつ？"], "practice", "value", 413, "sum over three tables",
     "pdf 基本方針計 320 + 33 + 60 (also ４ 総括: ４１３千kWh)"),
    (["令和４年度は未着手だった取組"], "practice", "set", ["1-5", "2-5", "3-3"], "「－」 in a year",
     "pdf 令和４年度 = 「－」（対象年度外（未着手））"),
    (["施設整備課の取組は？", "そのうち削減効果が50千kWh以上のもの"], "practice", "set", ["1-1", "1-2", "3-1"],
     "multi-turn section + threshold", "pdf 担当課 = 施設整備課 (1-1 145, 1-2 88, 3-1 60), all >= 50"),
    (["教育総務課の取組で、一度も◎になっていないもの"], "practice", "set", ["1-3", "3-3"], "negation over years",
     "pdf 担当課 = 教育総務課: 1-3 ×△△, 3-3 －×△"),
    (["削減効果が大きい順に上位3つの取組"], "practice", "ordered", ["1-1", "1-2", "3-1"], "top 3 ordered",
     "pdf 削減効果 145, 88, 60 (基本方針計 rows excluded)"),
    (["パブコメで意見が出た取組のうち、R6の評価が△以下のもの"], "practice", "set", ["1-3", "2-4", "2-5", "3-3"],
     "join docx 該当箇所 + pdf grade", "docx ３ 該当箇所 取組ｎ－ｎ (1-1,1-3,3-1,2-1,3-3,1-5,2-5,3-4,1-2,2-4,3-2) with pdf 令和６年度 △ or ×"),
    (["基本方針３の取組でR6に×のものは？"], "practice", "set", [], "empty answer",
     "pdf 表３ 令和６年度: ◎, ○, △, ◎ -> none ×"),
    # ---- initiative: 基本方針, code = 方針番号 1–3
    (["R6の評価がＡの基本方針"], "initiative", "set", ["1", "3"], "grade in a year", "txt ■２ table 令和６年度 = Ａ"),
    (["前年度より評価が上がった基本方針は？（６年度）"], "initiative", "set", ["3"], "grade increase",
     "txt ■２ 令和５年度 -> 令和６年度: 方針３ Ｂ -> Ａ (order Ａ > Ｂ > Ｃ)"),
    (["取組の数がいちばん多い基本方針は何件？"], "initiative", "value", 5, "size of the largest group",
     "pdf 表１ 5 rows, 表２ 5 rows, 表３ 4 rows -> 5 (tie 方針１/２ does not change the value)"),
    (["基本方針別の評価を見せて", "じゃあ令和４年度にＣだったのは？"], "initiative", "set", ["3"], "multi-turn year grade",
     "txt ■２ 令和４年度 = Ｃ"),
    # ---- comment: パブリックコメント (docx ３), code = 番号 as printed (１…１５ -> 1…15)
    (["計画に反映された意見（Ａ）は？"], "comment", "set", ["6", "7", "11"], "category",
     "docx ３ 対応区分 = Ａ"),
    (["反映しないとされた意見は何件？"], "comment", "count", 2, "count category", "docx ３ 対応区分 = Ｄ: 3, 4"),
    (["全般についての意見"], "comment", "set", ["4", "11"], "by 該当箇所", "docx ３ 該当箇所 = 全般"),
    (["取組1-3についての意見はどれ？"], "comment", "set", ["2", "15"], "by cited measure",
     "docx ３ 該当箇所 = 取組１－３"),
    (["一部反映になった意見", "それ何件？"], "comment", "count", 3, "multi-turn count", "docx ３ 対応区分 = Ｂ: 1, 9, 14"),
    (["基本方針３の取組に対する意見"], "comment", "set", ["3", "6", "10", "14"], "join docx + pdf policy",
     "docx ３ 該当箇所 取組３－ｎ (pdf 表３ 基本方針３): 3 (3-1), 6 (3-3), 10 (3-4), 14 (3-2)"),
    (["既に記載済みとされた意見のうち、基本方針１の取組についてのもの"], "comment", "set", ["12", "15"],
     "category + policy", "docx ３ 対応区分 Ｃ (5, 10, 12, 15) with 該当箇所 取組１－ｎ: 12 (1-2), 15 (1-3)"),
    # ---- passage
    (["削減目標って何％？"], "passage", "contains", ["15%"], "prose figure",
     "pdf １ / txt ■１: 令和７年度までに１５％削減"),
    (["意見を出したのは何人？"], "passage", "contains", ["9人"], "prose figure", "docx １ 意見提出者数 ９人（うち団体１）"),
    (["省エネ推進員は何人いる？"], "passage", "contains", ["14名"], "prose figure", "txt ■３: １４名が活動した"),
    (["次期計画はいつ策定するの？"], "passage", "contains", ["令和7年度"], "prose date",
     "txt ■４ / docx ４: 次期計画は令和７年度に策定"),
    (["令和６年度の電気使用量は基準年度と比べて何％減った？"], "passage", "contains", ["13.1%"], "prose figure",
     "txt ■１: １３．１％の削減 (= xlsx 合計 row 13.1)"),
]


def main() -> None:
    assert len(Q) == 50, len(Q)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, (turns, target, expect, answer, why, deriv) in enumerate(Q, 1):
            obj = {"id": f"m181-{i:03d}", "turns": turns, "target": target, "expect": expect,
                   "answer": answer, "why": why, "derivation": deriv}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
