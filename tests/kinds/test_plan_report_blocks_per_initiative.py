"""A plan report laid out per initiative: each initiative's heading, its テーマ line, its own table of
practice items (no long list anywhere), then the departments' own grade and the committee's score on
one line and the members' remarks as bullets. The yearly grades are marks of the report's own scale,
listed best first by its legend (◎○△ here; ― after the item ended, a blank year before it started); the
score columns stand in an order of its own; a block runs over a page break; an appendix holds a progress
sheet laid out as a table of years (its name opening its head line, 達成度 graded in the same marks).

The town, its years, marks, themes and titles are made up and differ from every shipped or made edition.
A report this reader recognises but reads no record from is refused, and read as a generic document
with the note that says so (never a plan report of no items)."""
from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from assistant.kinds import registry
from assistant.kinds.plan_report import loader as plan_report

SOURCE = "minato_hokoku.txt"
HEADER = "No.\t実践項目\t担当課\tR3\tR4\tR5\t創造性\t進捗度\t連携度\t効率性\t合計\t総合評価\t取組終了"
TEXT = "\n".join([
    "みなと町行政改革実施計画",
    "実施状況報告書",
    "1 評価の方法",
    "各年度の評価の凡例：◎＝順調 ○＝おおむね順調 △＝遅れ ―＝取組終了後 空欄＝未着手",
    "2 取組項目ごとの評価",
    "取組項目1 窓口の改善",
    "テーマ：サービス 実践項目数：2",
    HEADER,
    "1\t窓口の一本化\t住民課\t◎\t◎\t―\t2\t3\t2\t3\t10\tA\tR4",
    "2\t電子申請の導入\t情報課\t\t△\t○\t1\t2\t1\t2\t6\tB\t",
    "所管課の自己評価（総合）：A 委員会評価：3.8点（5点満点）",
    "委員の意見",
    "・窓口の一本化で待ち時間が減った。",
    "・電子申請は利用者への周知を続けてほしい。",
    "取組項目2 職員の育成",
    "テーマ：人材 実践項目数：2",
    HEADER,
    "3\t研修の充実\t人事課\t○\t○\t◎\t2\t2\t2\t2\t8\tB\t",
    "",
    "- 2 -",
    "",
    "4\t人事評価の見直し\t人事課\t△\t△\t○\t1\t1\t2\t1\t5\tC\t",
    "所管課の自己評価（総合）：C 委員会評価：2.9点（5点満点）",
    "委員の意見",
    "・評価の結果を育成に結び付けられたい。",
    "資料 進捗状況シート（抜粋）",
    "【進捗状況シート】実践項目1 窓口の一本化",
    "取組項目：1 担当課：住民課 取組終了：継続",
    "年度\t取組内容\t達成度\t評価の理由\t取組上の課題",
    "令和3年度\t①(新)窓口の統合準備\t◎\t待ち時間は平均12分となった。",
    "令和4年度\t②(新)総合窓口の開設\t◎\t待ち時間は平均5分に短縮した。\t案内表示が分かりにくい。",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def doc():
    assert plan_report.detect(TEXT)
    return plan_report.parse(TEXT, SOURCE)


def _records(doc, kind):
    return {r.key.split(":", 1)[1]: r.fields for r in doc.records if r.kind == kind}


def test_every_item_of_every_block_with_its_initiative(doc):
    practices = _records(doc, "practice")
    assert {code: p["initiative"] for code, p in practices.items()} == {"1": "1", "2": "1", "3": "2", "4": "2"}
    assert practices["4"]["title"] == "人事評価の見直し"  # (the block's table goes on after the page break)


def test_yearly_grades_in_the_reports_own_marks(doc):
    practices = _records(doc, "practice")
    assert [practices["1"][y] for y in ("r3", "r4", "r5")] == ["◎", "◎", "-"]  # ― after the end
    assert [practices["2"][y] for y in ("r3", "r4", "r5")] == ["", "△", "○"]  # not started in R3
    assert practices["1"]["ended"] == "R4"


def test_scores_read_under_their_own_headers(doc):
    p = _records(doc, "practice")["1"]
    assert (p["creativity"], p["progress"], p["collaboration"], p["efficiency"], p["total"], p["overall"]) \
        == (2, 3, 2, 3, 10, "A")


def test_each_initiative_with_its_grade_score_and_remarks(doc):
    initiatives = _records(doc, "initiative")
    assert {no: (i["self_overall"], i["committee_score"]) for no, i in initiatives.items()} == {
        "1": ("A", 3.8), "2": ("C", 2.9)}
    comments = [r.fields["text"] for r in doc.records if r.kind == "comment"]
    assert "評価の結果を育成に結び付けられたい。" in comments and len(comments) == 3


def test_the_progress_sheet_in_the_appendix(doc):
    grades = {r.fields["year"]: r.fields["overall"] for r in doc.records if r.kind == "self_eval"}
    assert grades == {"R3": "◎", "R4": "◎"}
    assert not doc.conflicts
    reasons = [p.text for p in doc.passages if p.key == "self_eval:1-R4"]
    assert reasons == ["待ち時間は平均5分に短縮した。"]


def test_a_layout_read_to_no_record_is_refused_and_read_as_generic():
    # The same report with its tables' cells lost (a converter that joined them with spaces) and its
    # committee's evaluation in words: recognised (its sections, its progress sheets named), nothing read.
    flat = (TEXT.replace("\t", " ")
            .replace("所管課の自己評価（総合）：A 委員会評価：3.8点（5点満点）", "委員会は順調と評価した。")
            .replace("所管課の自己評価（総合）：C 委員会評価：2.9点（5点満点）", "委員会は遅れていると評価した。")
            + "各実践項目の詳細は進捗状況シートのとおり。\n")
    assert plan_report.detect(flat)
    with pytest.raises(DocumentError) as refused:
        plan_report.parse(flat, SOURCE)
    assert "読み取れませんでした" in refused.value.reason
    doc = registry.parse(flat, SOURCE)
    assert doc.kind == "generic"
    assert any(w.kind == "other_kind" and "読み取れませんでした" in w.note for w in doc.warnings)
