"""Edge cases of the plan report loader, pinned on small hand-made snippets."""
from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from assistant.kinds.plan_report import loader as plan_report
from assistant.kinds.plan_report.cells import department_key, departments, reiwa_month, round_half_up, split_title
from assistant.kinds.plan_report.lists import Copy, parse_practice_list
from assistant.kinds.plan_report.reconcile import reconcile
from assistant.kinds.plan_report.section1 import split_comments
from assistant.kinds.plan_report.sheets import Sheet, split_sheets

T = "\t"


def test_bulletless_block_splits_at_the_space_after_a_full_stop():
    text = (
        '<ul style="list-style-type: none"> 評価している。今後も期待したい。 '
        "アプリの稼働(No.9,10)は評価できる。 高齢者向けの対策が必要である。スマホ講習会が必要と思う。"
    )
    assert split_comments(text) == [
        "評価している。今後も期待したい。",
        "アプリの稼働(No.9,10)は評価できる。",
        "高齢者向けの対策が必要である。スマホ講習会が必要と思う。",
    ]


def test_bulleted_block_splits_on_bullets_only():
    text = '<ul style="list-style-type: none"> ・経営・財政面の基盤を強化してほしい。 ・多言語対応。 次に期待する。'
    assert split_comments(text) == ["経営・財政面の基盤を強化してほしい。", "多言語対応。 次に期待する。"]


def test_shifted_rows_of_a_practice_list():
    # N17 as printed: the empty R2–R4 cells collapsed, R5 sits in the 進捗度 column, 創造性 is lost.
    lines = [
        # The header row gives the fiscal years: without it no grade could be placed.
        T.join(["", "", "", "", "R2", "R3", "R4", "R5", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価"]),
        T.join(["57", "No.18", "庶務事務", "会計事務の在り方の検討", "B", "B", "B", "-", "3", "3", "3", "3", "12", "A", "R4", "会計課"]),
        T.join(["N1", "No.1", "財源", "新たな手法の導入", "", "", "", "A", "3", "3", "3", "3", "12", "A", "R5", "(政)政策推進課"]),
        T.join(["N17", "No.18", "庶務事務", "施設予約の電子化", "", "", "", "", "B", "2", "3", "3", "10", "A", "", "(総)行政監理室"]),
    ]
    table = parse_practice_list(lines, 0, len(lines), "main_list", has_total=True)
    assert table.years == ["R2", "R3", "R4", "R5"] and table.header_line == 1
    rows = table.rows
    normal, new, shifted = rows["57"].values, rows["N1"].values, rows["N17"].values
    assert [normal[y] for y in ("r2", "r3", "r4", "r5")] == ["B", "B", "B", "-"]
    assert normal["ended"] == "R4" and normal["departments"] == ["会計課"]
    assert [new[y] for y in ("r2", "r3", "r4", "r5")] == ["", "", "", "A"] and new["creativity"] == 3
    assert [shifted[y] for y in ("r2", "r3", "r4", "r5")] == ["", "", "", "B"]
    assert (shifted["progress"], shifted["collaboration"], shifted["efficiency"]) == (2, 3, 3)
    assert "creativity" not in shifted  # lost in conversion: stated by no copy, not a vote
    assert (shifted["total"], shifted["overall"], shifted["ended"]) == (10, "A", "")
    assert rows["N17"].line == 4
    assert not table.repaired and not table.bad


def test_departments_keep_what_is_written():
    assert departments("(消) 総務課") == ["(消)総務課"]
    assert departments("(民)窓口サービス課、保険年金課") == ["(民)窓口サービス課", "保険年金課"]
    assert departments("（総） 行政監理室、ＩＣＴ推進室") == ["(総)行政監理室", "ICT推進室"]
    assert department_key(["(総)行政監理室", "ICT推進室"]) == department_key(["(総)行政監理室", "(総)ICT推進室"])
    assert department_key(["(環)ゼロごみ推進課"]) == department_key(["(環)ゼロゴミ推進課"])
    assert department_key(["(環)ゼロカーボン推進室"]) != department_key(["(環)環境保全課"])


def test_title_tags_and_reiwa_months():
    assert split_title("企業版ふるさと納税の導入【R5内容変更】") == ("企業版ふるさと納税の導入", ["R5内容変更"])
    assert split_title("町内会の活性化に向けた取組 **【R5内容変更】**") == ("町内会の活性化に向けた取組", ["R5内容変更"])
    assert reiwa_month("取組終了の場合記入 → 令和 7 年 3 月取組終了") == ("令和7年3月取組終了", "2025-03", "R6")
    assert reiwa_month("令和2年12月取組終了") == ("令和2年12月取組終了", "2020-12", "R2")
    assert reiwa_month("取組終了の場合記入 → 令和 年 月取組終了") == ("", "", "")
    assert round_half_up(2.75) == 2.8 and round_half_up(2.25) == 2.3


def _copy(where: str, value, line: int) -> Copy:
    return Copy(where, line, {"overall": value})


def test_reconcile_prefers_the_sheet_then_the_majority_then_the_main_list():
    conflicts: list = []
    copies = [_copy("main_list", "A", 1), _copy("appendix_list", "A", 2), _copy("section_1", "B", 3), _copy("progress_sheet", "B", 4)]
    assert reconcile("practice:x", "overall", copies, "s", "progress_sheet", "main_list", conflicts) == "B"
    copies = [_copy("main_list", "A", 1), _copy("appendix_list", "A", 2), _copy("section_1", "B", 3)]
    assert reconcile("practice:x", "overall", copies, "s", "progress_sheet", "main_list", conflicts) == "A"
    copies = [_copy("appendix_list", "B", 2), _copy("main_list", "A", 1)]
    assert reconcile("practice:x", "overall", copies, "s", "progress_sheet", "main_list", conflicts) == "A"
    assert len(conflicts) == 3
    assert [v.line for v in conflicts[0].values] == [1, 2, 3, 4]
    agreeing = [Copy("main_list", 1, {"title": "苦小牧市LINE"}), Copy("progress_sheet", 2, {"title": "苫小牧市LINE"})]
    assert reconcile("practice:x", "title", agreeing, "s", "progress_sheet", "main_list", conflicts) == "苫小牧市LINE"
    assert len(conflicts) == 3


SHEETS = "\n".join(
    [
        "No.18 庶務事務の効率化",
        "",
        T.join(["実践項目", "SMSを活用した徴収業務の見直し", ""]),
        T.join(["担当部署", "(財) 納税課", ""]),
        T.join(["テーマ", "財政運営", "市民サービス", "協働", "施設", "民間活力", "ICT", "人材育成"]),
        T.join(["", "○", "", "", "", "", "○", "○"]),
        T.join(["工程表 (予定含)", "R2年度", "R3年度", "R4年度", "R5年度", "", "R6年度"]),
        T.join(["", "", "", "", "調査", "工程どおり", "導入の判断"]),
        T.join(["取組内容", "【取組予定・今後の取組予定】", "", "【取組結果】"]),
        T.join(["", "R5", "① 利用料を照会", "(新)利用料を確認した。"]),
        T.join(["", "", "②", "他市に照会", "(新)検証中であることを確認した。"]),
        T.join(["", "R6", "③", "①と同じ", "延期"]),
        T.join(["", "", "", "", "取組終了の場合記入 →", "令和", "年", "月取組終了"]),
        T.join(["取組に対する自己評価", "進捗度", "R2", "R3", "R4", "R5", "総括", "【評価の理由】"]),
        T.join(["", "連携度", "", "", "", "2", "2", "総括 検証結果を確認した。"]),
        T.join(["", "効率性", "", "", "", "2", "1", "総括 延期した。"]),
        T.join(["", "創造性", "", "", "", "2", "2", "総括 可能性がある。"]),
        T.join(["創造性", "", "", "", "2", "2", "総括 内容を確認した。"]),
        T.join(["総合評価", "", "", "", "", "B", "C", "総括 準備を進める。"]),
        T.join(["取組上の課題", "【これまでの取組の中で発生した課題】"]),
        T.join(["", "R5", "検討が必要", "", "照会する"]),
        T.join(["【上記のうち、特記すべき事項】", ""]),
        "延期に伴い検討する。",
        T.join(["特記事項", "総括", "R8年4月から稼働予定。"]),
        "",
        T.join(["No.18", "17", "施設予約の電子化", "確認時期", "令和6年度末"]),
        T.join(["取組上の課題", "年度", "課題", "解決方法"]),
        T.join(["", "R 6", "施設の拡大", "協議する"]),
    ]
)


def test_sheet_reader_on_a_hand_made_sheet():
    first, second = split_sheets(SHEETS.splitlines(), 0)
    assert (first.initiative, first.start, first.title, first.departments) == (18, 1, "SMSを活用した徴収業務の見直し", ["(財)納税課"])
    assert first.theme_marks[0] == ["財政", "ICT", "人材"]
    assert first.schedule == "R5: 調査 工程どおり\nR6: 導入の判断"
    assert [(e.n, e.year, e.plan, e.result) for e in first.entries] == [
        (1, "R5", "利用料を照会", "(新)利用料を確認した。"),
        (2, "R5", "他市に照会", "(新)検証中であることを確認した。"),
        (3, "R6", "①と同じ", "延期"),
    ]
    assert first.ended_text == "" and first.ended == ""
    total = next(e for e in first.evals if e.year == "総括")
    # Labels shifted one row down: the four score rows are read in their fixed order.
    assert total.scores == {"progress": 2, "collaboration": 1, "efficiency": 2, "creativity": 2}
    assert total.overall == "C" and first.eval_grades == {"R2": "", "R3": "", "R4": "", "R5": "B"}
    assert first.reasons["reason_collaboration"] == "延期した。"
    assert [(c.year, c.problem, c.solution) for c in first.challenges] == [("R5", "検討が必要", "照会する")]
    assert first.notes == "延期に伴い検討する。\nR8年4月から稼働予定。"
    # A page 2 without its page 1 is a sheet of its own.
    assert (second.initiative, second.page2[0][1], second.title, second.ended_text) == (18, "17", "", None)
    assert [(c.year, c.problem) for c in second.challenges] == [("R6", "施設の拡大")]


def test_a_sheet_that_cannot_be_linked_raises():
    main = {
        "57": Copy("main_list", 1, {"initiative": "18", "title": "会計事務の在り方の検討"}),
        "58": Copy("main_list", 2, {"initiative": "18", "title": "給与支給事務の集約化及び民間委託"}),
    }
    stray = Sheet(18, 40, title="まったく別の取組")
    with pytest.raises(DocumentError) as error:
        plan_report.link_sheets([stray], main, "x.txt")
    assert error.value.line == 40
    # Title and page-2 number disagree: loud, not a guess.
    confused = Sheet(18, 50, title="会計事務の在り方の検討", page2=[(60, "58", "会計事務の在り方の検討")])
    with pytest.raises(DocumentError):
        plan_report.link_sheets([confused], main, "x.txt")
    # Without a title, the number and then the order decide; every item must get its sheet.
    by_number = Sheet(18, 70, page2=[(71, "58", "-")])
    by_order = Sheet(18, 80)
    linked = plan_report.link_sheets([by_order, by_number], main, "x.txt")
    assert linked["57"] is by_order and linked["58"] is by_number
    with pytest.raises(DocumentError):
        plan_report.link_sheets([by_number], main, "x.txt")


def test_other_text_is_not_a_plan_report():
    assert not plan_report.detect("事務事業評価シート 行政改革 取組項目")
    with pytest.raises(DocumentError):
        plan_report.parse("苫小牧市行政創革プラン\n実践項目\n進捗状況シート\n取組項目\n", "broken.txt")
