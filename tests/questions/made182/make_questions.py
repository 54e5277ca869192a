"""Write questions.jsonl for made182 (answers written by hand from the documents; verify.py recomputes them)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
X = "xlsx 税目別収納状況（R6）"
T = "xlsx 収納率の推移"
Q = [
    # ---- table_row: 税目 (xlsx / pdf 表１ / html), 納付方法 (html), 年度 (txt)
    (["R6の現年分の収納率が99%以上の税目は？"], "table_row", "set",
     ["個人市民税", "法人市民税", "固定資産税", "市たばこ税", "後期高齢者医療保険料"], "threshold on one year (inclusive)",
     f"{X}, 現年課税分 収納率 ≥ 99.0 (市税 計/保険料 計/合計 rows excluded; 市たばこ税 100.0 counts)"),
    (["滞納繰越分の収納率、令和3年度から6年度まで毎年上がり続けてる税目って？"], "table_row", "set",
     ["個人市民税", "固定資産税", "国民健康保険税"], "consecutive increase over a range",
     f"{T}, 滞納繰越分 R3<R4<R5<R6 strictly; 市たばこ税 「－」 excluded; （市税計） is not a 税目"),
    (["現年課税分の収納率が一度も99％に届かなかった税目はどれ"], "table_row", "set",
     ["軽自動車税", "国民健康保険税", "介護保険料"], "negation over years",
     f"{T}, 現年課税分 令和３～６年度 all < 99.0 (個人市民税 reaches 99.0 in R4, 固定資産税 in R5)"),
    (["国保税の令和６年度の滞納繰越分って、収入額いくら？"], "table_row", "value", 259674, "field of one record, short name",
     f"{X}, 国民健康保険税 row, 滞納繰越分 収入額 (千円)"),
    (["2024年度の現年課税分の調定額が大きい順に３つ挙げて"], "table_row", "ordered",
     ["固定資産税", "個人市民税", "国民健康保険税"], "top 3 ordered, western year",
     f"{X}, 現年課税分 調定額 descending (7,215,600 > 6,842,315 > 3,104,220); subtotal rows excluded"),
    (["R5とR6の現年課税分の収納率を比べたい", "下がってる税目は？"], "table_row", "set",
     ["後期高齢者医療保険料"], "multi-turn decrease between years",
     f"{T}, 現年課税分 令和６年度 < 令和５年度 (99.4 → 99.3)"),
    (["5年度から6年度にかけて滞納繰越分の収納率の伸びが一番大きかった税目"], "table_row", "set",
     ["軽自動車税"], "largest change", f"{T}, 滞納繰越分 R6 − R5: 軽自動車税 +3.3 (固定資産税・国保 +2.5, 個人 +2.4)"),
    (["令和6年度、差押えが300件を超えた税目って何件ある？"], "table_row", "count", 3, "count over threshold",
     "pdf 表１, 差押件数 > 300: 個人市民税 402, 固定資産税 318, 国民健康保険税 388 (合計 row excluded)"),
    (["税目別の執行停止件数を見せて", "そのうち30件未満のものは？"], "table_row", "set",
     ["法人市民税", "介護保険料", "後期高齢者医療保険料"], "multi-turn threshold",
     "pdf 表１, 執行停止件数 < 30 (8, 22, 8); 市たばこ税 「－」 is no case, not a count; 合計 excluded"),
    (["スマホ決済で払えない税目のうち、R6の現年分の収納率が99%以上のもの"], "table_row", "set",
     ["法人市民税", "後期高齢者医療保険料"], "join html + xlsx",
     f"html 税目ごとの納付方法, スマートフォン決済アプリ 「－」 (法人市民税, 介護保険料, 後期高齢者医療保険料) joined with {X} 現年課税分 収納率 ≥ 99.0"),
    (["納付方法別の件数", "じゃあR5からR6で減ったのは？"], "table_row", "set",
     ["口座振替", "金融機関・市役所窓口"], "multi-turn decrease",
     "html 納付方法別の納付件数, 令和６年度 < 令和５年度 (合計 row excluded)"),
    (["R4からR6まで3年間ずっと件数が増え続けてる納付方法は？"], "table_row", "set",
     ["コンビニエンスストア", "クレジットカード"], "increase over a range",
     "html 納付方法別の納付件数, R4 < R5 < R6; スマートフォン決済アプリ・地方税統一ＱＲコード have 「－」 in R4 -> excluded"),
    (["執行停止件数が前の年より減った年度はどこ？"], "table_row", "set",
     ["令和4年度", "令和6年度"], "decrease year rows",
     "txt ３ table, 執行停止件数 402→388 (令和４年度), 415→371 (令和６年度); code = 年度 after NFKC"),
    (["不納欠損額、令和2年度から6年度までの平均っていくら？"], "table_row", "value", 96002, "average over a range",
     "txt ３ table, 不納欠損額（千円） (98,720+104,310+92,580+96,140+88,260)/5 = 96,002"),
    (["市税の税目だけ出して", "その中で滞納繰越分の調定額が一番大きいのは？"], "table_row", "set",
     ["固定資産税"], "multi-turn group + max",
     f"{X} 【市税】 group (個人市民税…市たばこ税), 滞納繰越分 調定額 max 312,770; 市税 計 row excluded"),
    (["介護保険料と後期高齢者医療保険料の収納状況", "滞納繰越分の収納率が20%未満なのは？"], "table_row", "set",
     ["介護保険料"], "multi-turn group + threshold",
     f"{X} 【介護保険料・後期高齢者医療保険料】 group, 滞納繰越分 収納率 < 20 (18.5; 後期 45.0)"),
    (["６年度で現年課税分の収納率が90%を下回ってる税目は何件？"], "table_row", "count", 0, "zero count",
     f"{X}, 現年課税分 収納率 < 90: none (lowest 国民健康保険税 95.3) -> 0"),
    (["R6の現年分の収納率、後期高齢と国保税でどのくらい差がある？"], "table_row", "value", 4.0, "difference, short names",
     f"{X}, 後期高齢者医療保険料 99.3 − 国民健康保険税 95.3 = 4.0 points"),
    # ---- practice: 取組番号 1–16 (pdf 表２)
    (["R6でＡ評価になってる取組を教えて"], "practice", "set", ["1", "2", "3", "4", "6", "8", "12", "16"], "grade in a year",
     "pdf 表２, 令和６年度 = Ａ"),
    (["３年連続でＡの取組は？"], "practice", "set", ["2", "16"], "consecutive grade",
     "pdf 表２, 令和４・５・６年度 all Ａ (取組4 has 「－」 in R4 -> excluded)"),
    (["令和5年度から6年度で評価が下がった取組"], "practice", "set", ["7", "15"], "decrease between years",
     "pdf 表２, Ａ>Ｂ>Ｃ>Ｄ, R6 worse than R5: 7 (Ａ→Ｂ), 15 (Ｃ→Ｄ)"),
    (["収税課の取組って何件ある？"], "practice", "count", 7, "count by section",
     "pdf 表２, 担当課 収税課: 6, 7, 8, 9, 10, 12, 16"),
    (["収税課が担当してる取組", "その中で一度もＡを取ってないものは？"], "practice", "set", ["9", "10"],
     "multi-turn section + negation over years", "pdf 表２, 担当課 収税課, no Ａ in R4–R6"),
    (["令和4年度の時点でまだ始まってなかった取組はどれ？"], "practice", "set", ["3", "4", "5", "14"], "not-started cell",
     "pdf 表２, 令和４年度 = 「－」 (開始年度 令和５年度 / 令和６年度)"),
    (["R4からR6までずっとC以下だった取組"], "practice", "set", ["11"], "all years ≤ C",
     "pdf 表２, R4, R5, R6 all Ｃ or Ｄ (13 is Ｂ in R6)"),
    (["基本方針３の取組で、R6の評価がB以下のもの"], "practice", "set", ["13", "14", "15"], "group + grade",
     "pdf 表２, group 基本方針３ (12–16), 令和６年度 Ｂ, Ｃ or Ｄ"),
    (["基本方針2の取組一覧", "R4の評価がＢのもの", "何件？"], "practice", "count", 3, "3-turn refine then count",
     "pdf 表２, 基本方針２ (6–11), 令和４年度 = Ｂ: 6, 8, 10"),
    (["いちばん多くの取組を持ってる担当課は、何件持ってる？"], "practice", "value", 7, "size of largest group",
     "pdf 表２ grouped by 担当課: 収税課 7, 納税課 4, others 1"),
    (["D評価がついたことのある取組の担当課はどこ"], "practice", "value", "情報政策課", "field of the single match",
     "pdf 表２, Ｄ in any year: only 15 (R6); its 担当課"),
    (["取組名に「納付」が入ってる取組は？"], "practice", "set", ["2", "3", "5", "6", "11"], "text contains",
     "pdf 表２ 取組名 contains 納付 (6: 納付案内センター, 11: 納付相談); 方針名 not counted"),
    (["R4とR6を比べて評価が２段階以上良くなった取組ある？"], "practice", "set", [], "empty answer",
     "pdf 表２, R6 − R4 ≥ 2 grades: none (best +1: 1, 8, 9, 13; 「－」 in R4 excluded) -> empty"),
    # ---- initiative: 基本方針 1–3 (docx ２ table; pdf group rows)
    (["推進本部の評価で、R6にＡだった基本方針は？"], "initiative", "set", ["1", "2"], "grade in a year",
     "docx ２ 基本方針別の評価, 令和６年度 = Ａ"),
    (["本部評価で一度もＣがついてない基本方針はいくつ？"], "initiative", "count", 2, "negation over years",
     "docx ２, no Ｃ in R4–R6: 1, 2 (3 has Ｃ in R4)"),
    (["令和５年度の基本方針別の評価", "その中でB評価のは？"], "initiative", "set", ["2", "3"], "multi-turn grade",
     "docx ２, 令和５年度 = Ｂ"),
    (["6年度に前の年より評価が上がった方針"], "initiative", "set", ["2"], "increase",
     "docx ２, 令和６年度 better than 令和５年度: 2 (Ｂ→Ａ)"),
    # ---- comment: 意見番号 1–12 (docx ３ table)
    (["特定の取組に関係しない意見はどれ？"], "comment", "set", ["7", "10"], "not-applicable field",
     "docx ３, 関連取組 「－」; code = 番号"),
    (["収税課が対応する意見は何件？"], "comment", "count", 4, "count by section",
     "docx ３, 対応課 収税課: 3, 4, 11, 12"),
    (["本部長が言った意見は？"], "comment", "set", ["3", "11"], "speaker",
     "docx ３, 発言者 副市長（本部長）"),
    (["R6の自己評価がＢ以下の取組についての意見"], "comment", "set", ["2", "5", "6", "8", "9", "11"], "cross-document join",
     "docx ３ 関連取組 joined with pdf 表２ 令和６年度 Ｂ/Ｃ/Ｄ: 取組5 Ｂ, 13 Ｂ, 14 Ｂ, 11 Ｃ, 15 Ｄ, 10 Ｂ; 「－」 (7, 10) excluded"),
    (["健康福祉部長の意見", "そのうち生活福祉課が対応するもの"], "comment", "set", ["6"], "multi-turn speaker + section",
     "docx ３, 発言者 健康福祉部長 (2, 6), 対応課 生活福祉課"),
    (["「周知」に触れてる意見ってある？"], "comment", "set", ["2"], "text contains", "docx ３ 意見の要旨 contains 周知"),
    (["財政部長の意見で、取組13のじゃない方は？"], "comment", "set", ["12"], "speaker + negation",
     "docx ３, 発言者 財政部長 (5: 取組13, 12: 取組6) -> 12"),
    # ---- passage
    (["推進本部の本部員って何人いるの？"], "passage", "contains", ["6名"], "prose figure", "txt １ 推進体制 (本部員６名)"),
    (["スマホ決済っていつから使えるようになった？"], "passage", "contains", ["令和5年4月"], "prose date",
     "txt ４ and html note (令和５年４月)"),
    (["督促手数料はいくら？"], "passage", "contains", ["100円"], "web list", "html 納期限を過ぎると (１００円)"),
    (["R7の市税の現年分収納率の目標は？"], "passage", "contains", ["99.3%"], "prose target",
     "txt ５（１） and docx ４ (９９．３％)"),
    (["県の滞納整理機構には令和6年度に何件引き継いだ？"], "passage", "contains", ["24件"], "prose figure",
     "txt ５（３）"),
    (["クレジットカードで払うと手数料ってかかる？"], "passage", "contains", ["88円"], "web note",
     "html ※ クレジットカード納付 システム利用料 (１万円までごとに８８円)"),
    (["土曜日でも納付相談できる？"], "passage", "contains", ["第2・第4土曜日"], "web prose",
     "html 納付が難しいときは (毎月第２・第４土曜日)"),
    (["口座振替の加入率ってどれくらい？"], "passage", "contains", ["46.2%"], "prose figure", "txt ４ (４６．２％)"),
]


def main() -> None:
    assert len(Q) == 50, len(Q)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, (turns, target, expect, answer, why, der) in enumerate(Q, 1):
            f.write(json.dumps({"id": f"m182-{i:03d}", "turns": turns, "target": target, "expect": expect,
                                "answer": answer, "why": why, "derivation": der}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
