"""Write questions.jsonl for made180 (answers written by hand; verify.py recomputes them from the data)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

Q = [
    # ---- practice: one 職員提案, code = 提案番号 as printed (601…620 in the xlsx; 401…619 in the pdf)
    (["令和６年度の提案で判定がＡだったものは？"], "practice", "set",
     ["601", "603", "606", "607", "611", "619"], "grade in one year", "xlsx 審査結果一覧 判定 = Ａ（実施）; テーマ group rows and 小計 rows excluded"),
    (["合計点が70点以上の提案って何件ある？"], "practice", "count", 9, "threshold count (以上)",
     "xlsx 合計（100） >= 70: 601,603,605,606,607,609,611,614,619"),
    (["独創性が15点以上の提案はどれ？"], "practice", "set", ["603", "606", "611", "614", "619"], "threshold on a sub-score",
     "xlsx ③独創性（20） >= 15"),
    (["採用にならなかった提案は何件？"], "practice", "count", 8, "negation count",
     "xlsx ※２: 採用提案 = 判定Ａ・Ｂ; not adopted = Ｃ（継続研究）4 + Ｄ（不採用）4"),
    (["総務部から出た提案は？", "そのうち採用されたのは？"], "practice", "set", ["603", "606", "609", "612"],
     "multi-turn department + adopted", "xlsx 提案部局 = 総務部 (603,606,609,612,613,618), 判定 Ａ or Ｂ"),
    (["合計点が高い順に上位３件を教えて"], "practice", "ordered", ["606", "611", "619"], "top 3 ordered",
     "xlsx 合計 descending: 85, 82, 80 (no tie)"),
    (["グループで出した提案はどれ？", "それ何件？"], "practice", "count", 8, "multi-turn count",
     "xlsx 提案形態 = グループ: 601,603,606,609,611,614,617,619"),
    (["テーマ３の提案を見せて", "そのうち効果見込額が2,000千円以上のもの"], "practice", "set", ["612", "613", "614"],
     "multi-turn group + threshold", "xlsx 【テーマ３】 rows, 年間効果見込額（千円） >= 2,000 (2,100 / 4,500 / 6,000; 小計 13,700 excluded)"),
    (["年間効果見込額が「－」になってる提案は何件？"], "practice", "count", 9, "not-quantified cells",
     "xlsx 年間効果見込額 = 「－」 on proposal rows: 601,602,604,605,610,617,618,619,620 (テーマ４ 小計 「－」 is not a proposal)"),
    (["市民課が出した提案の合計点の平均は？"], "practice", "value", 62.75, "average over a group",
     "xlsx 提案課 = 市民課: 601 77, 602 65, 605 71, 616 38 -> 251/4"),
    (["音声認識ソフトの提案って何点だった？"], "practice", "value", 85, "field of one record", "xlsx 606 合計（100）"),
    (["６年度に採用された提案で、年度末までに完了したのは？"], "practice", "set", ["605", "606", "607", "617"],
     "status of one group", "pdf 表１ 【令和６年度採用分】, 令和６年度末 = 完了"),
    (["見送りになった提案はどれ？"], "practice", "set", ["412", "510"], "status value", "pdf 表１ 令和６年度末 = 見送り"),
    (["令和5年度末の時点で検討中だったものは？"], "practice", "set", ["412", "505", "510", "517"], "status in one year",
     "pdf 表１ 令和５年度末 = 検討中 (page 1)"),
    (["R4とR5に採用された提案のうち、R6の間に完了したもの"], "practice", "set", ["403", "404", "502", "513"],
     "change between years", "pdf 表１ 令和４・５年度採用分, 令和５年度末 ≠ 完了 and 令和６年度末 = 完了 (401/407/409 were 完了 already)"),
    (["効果額実績が1,000千円を超えてる提案"], "practice", "set", ["401", "404", "502", "513", "614"],
     "threshold over a page break", "pdf 表１ 効果額実績（千円） > 1,000 (614 is on page 2; 合計 15,730 excluded)"),
    (["Ｂ判定で採用された提案のうち、令和６年度末でまだ検討中のもの"], "practice", "set", ["517", "602", "612"],
     "two conditions", "pdf 表１ 判定 = Ｂ and 令和６年度末 = 検討中 (619 is Ａ)"),
    (["令和４年度に採用された提案", "その中で３年間ずっと実施中のままのものは？"], "practice", "set", ["418"],
     "multi-turn all years", "pdf 表１ 【令和４年度採用分】, 令和４/５/６年度末 all 実施中"),
    (["管財課が担当してる採用提案は？", "何件？"], "practice", "count", 4, "multi-turn count by section",
     "pdf 表１ 担当課 = 管財課: 409, 502, 510, 612"),
    (["Ａ判定の提案を教えて", "その中で表彰されていないのはどれ？"], "practice", "set", ["601", "607"],
     "multi-turn negation join", "xlsx 判定 Ａ (601,603,606,607,611,619) minus 表彰 (docx ２ / html 表彰提案 / xlsx 表彰 column: 603,606,611,614,619)"),
    (["表彰された提案のうち、令和6年度末でまだ完了していないもの"], "practice", "set", ["603", "611", "614", "619"],
     "join award list + pdf status", "docx ２ or html 表彰提案 (606,611,619,603,614) joined with pdf 表１ 令和６年度末 ≠ 完了 (606 完了)"),
    (["テーマ４でＣ判定だった提案は何件？"], "practice", "count", 0, "zero count",
     "xlsx 【テーマ４】: 617 Ｂ, 618 Ｄ, 619 Ａ, 620 Ｄ -> none Ｃ"),
    (["建設部の提案で採用されたものは？"], "practice", "set", [], "empty answer",
     "xlsx 提案部局 = 建設部: 608 Ｃ, 620 Ｄ -> none adopted"),
    (["2024年度の提案で合計点が50点以下のもの"], "practice", "set", ["610", "615", "616", "618", "620"],
     "西暦 year + 以下", "xlsx (令和６年度 = 2024年度) 合計 <= 50: 44, 48, 38, 42, 38"),
    (["個人で出した提案でＢ判定になったのは？"], "practice", "set", ["602", "605", "612"], "two categories",
     "xlsx 提案形態 = 個人 and 判定 = Ｂ（条件付き実施）"),
    (["効果性が15点未満の提案"], "practice", "set", ["610", "616", "618", "620"], "threshold 未満",
     "xlsx ①効果性（30） < 15 (604 has 15, excluded)"),
    # ---- initiative: テーマ, code = テーマ番号 1–4
    (["令和６年度の委員会評価がＡのテーマは？"], "initiative", "set", ["1", "2"], "grade in a year",
     "docx ４ テーマ別評価 令和６年度 = Ａ"),
    (["前の年より評価が下がったテーマ（R6）"], "initiative", "set", ["3"], "grade decrease",
     "docx ４ 令和５年度 Ｂ -> 令和６年度 Ｃ (order Ａ > Ｂ > Ｃ)"),
    (["平均点が高い順にテーマを並べて"], "initiative", "ordered", ["2", "1", "4", "3"], "ordering",
     "docx ４ 平均点 69.5, 68.4, 56.8, 55.8 (= xlsx group means 69.50, 68.40, 56.75, 55.80)"),
    (["提案件数がいちばん多いテーマは何件？"], "initiative", "value", 6, "max of group",
     "docx ４ 提案件数 (= xlsx 小計（６件）): テーマ２ 6"),
    (["３年間ずっとＢ以上だったテーマ"], "initiative", "set", ["1", "2"], "all years >= B",
     "docx ４ 令和４/５/６年度 all Ａ or Ｂ: テーマ１ Ｂ,Ｂ,Ａ; テーマ２ Ａ,Ａ,Ａ"),
    (["テーマ別の評価を見せて", "じゃあ令和４年度にＣだったのは？"], "initiative", "set", ["4"], "multi-turn year grade",
     "docx ４ 令和４年度 = Ｃ"),
    # ---- comment: 委員意見 (docx ３), code = 提案番号 cited, else the opinion's own number
    (["委員から指摘された提案は？"], "comment", "set", ["412", "510", "610", "613", "615", "618"], "opinion type",
     "docx ３ 【指摘】 opinions (３),(５),(８),(１１); codes = cited 提案番号"),
    (["外部委員の意見は何件あった？"], "comment", "count", 5, "count opinions by speaker kind",
     "docx ３ speakers 外部委員（…）: (３),(４),(６),(９),(１１) — opinions, not proposals"),
    (["要望のうち、個別の提案に触れていないものは？"], "comment", "set", ["6", "10"], "negation on citation",
     "docx ３ 【要望】 without 提案番号: (６), (１０); code = own number"),
    (["企画財政部長の意見"], "comment", "set", ["607", "611", "613", "615"], "by speaker",
     "docx ３ speaker 企画財政部長: (２) 611, (５) 613・615, (１２) 607"),
    (["委員が【評価】した提案のうち、表彰されていないのは？"], "comment", "set", ["607"], "join opinions + awards",
     "docx ３ 【評価】 cite 606, 619, 603, 607; docx ２ 表彰: 606, 611, 619, 603, 614 -> 607"),
    (["委員の指摘を教えて", "そのうち過去の年度に採用された提案についてのもの"], "comment", "set", ["412", "510"],
     "multi-turn type + year of proposal", "docx ３ 【指摘】 citing 4xx/5xx proposals: (１１) 412・510"),
    # ---- table_row: html 部局別提案件数 rows (code = 部局 as printed), txt 提案件数の推移 rows (code = 年度 as printed)
    (["令和５年度に提案が１件もなかった部局は？"], "table_row", "set", ["教育委員会事務局"], "zero cell 「－」",
     "html 部局別提案件数 令和５年度 = 「－」 (note: 「－」は提案がなかった)"),
    (["部局別の提案件数を教えて", "R5からR6で増えたところは？"], "table_row", "set", ["市民生活部", "建設部", "教育委員会事務局"],
     "multi-turn increase", "html 令和６年度 > 令和５年度 (3->4, 1->2, －->1); 合計 row excluded"),
    (["3年間の合計で提案がいちばん多い部局は何件？"], "table_row", "value", 22, "sum then max",
     "html 総務部 9+7+6 = 22 (企画財政部 15, 市民生活部 13); 合計 row excluded"),
    (["提案件数が30件を超えていた年度は？"], "table_row", "set", ["平成29年度", "平成30年度", "令和元年度", "令和4年度"],
     "threshold over year rows (平成→令和)", "txt ２ table 提案件数 > 30: 41, 38, 35, 32 (codes NFKC of 年度 as printed)"),
    (["令和元年度の採用率は？"], "table_row", "value", 28.6, "cell value", "txt ２ table 令和元年度 採用率 ２８．６％"),
    (["採用件数が10件以上だった年度は何回ある？"], "table_row", "count", 4, "count 以上",
     "txt ２ table 採用件数 >= 10: 平成３０年度 11, 令和元年度 10, 令和３年度 10, 令和６年度 12"),
    # ---- passage: prose facts (contains, NFKC)
    (["カイゼン報告って年間何件を目標にしてる？"], "passage", "contains", ["100件"], "prose figure",
     "txt ５(３) / docx ５: 年間１００件"),
    (["職員提案制度ができたのっていつ？"], "passage", "contains", ["平成29年度"], "prose fact",
     "txt １: 平成２９年度に創設 (also html intro)"),
    (["入庁5年以内の職員からの提案は何件だった？"], "passage", "contains", ["3件"], "prose figure",
     "txt ５(１): ２０件中３件"),
    (["表彰式はいつやるの？"], "passage", "contains", ["3月18日"], "prose date", "docx ５: 表彰式は令和７年３月１８日"),
    (["創設以来の効果額の累計ってどれくらい？"], "passage", "contains", ["1億2千万円"], "prose amount",
     "txt ４: 約１億２千万円"),
    (["採用提案の実施状況の確認は年に何回やることになった？"], "passage", "contains", ["2回"], "prose figure",
     "txt ５(２) / docx ５: 年２回（９月末及び３月末）"),
]


def main() -> None:
    assert len(Q) == 50, len(Q)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, (turns, target, expect, answer, why, deriv) in enumerate(Q, 1):
            obj = {"id": f"m180-{i:03d}", "turns": turns, "target": target, "expect": expect,
                   "answer": answer, "why": why, "derivation": deriv}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
