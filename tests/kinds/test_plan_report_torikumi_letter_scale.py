"""A plan report that calls its initiatives 取組 (「取組2 …」 over each initiative's own table, 「取組：2」 on
a progress sheet), grades on a letter scale of its own listed by a legend one letter to a line (S above
A), sums its scores in a 計 column, and gives each initiative's figures as a definition list (テーマ：,
実践項目数：, …自己評価：, 委員会評価：, 委員の意見：). Town, titles and years are made up and differ from
every shipped or made edition."""
from __future__ import annotations

import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.kinds.plan_report.cells import legend_scale
from assistant.query.grammar.grades import _bounded
from assistant.query.lexicon import grade_rank_sql

SOURCE = "kawabe_hyoka.txt"
HEADER = "番号\t実践項目\t担当課\t令和4年度\t令和5年度\t連携\t効率\t計\t総合評価\t終了年度"
TEXT = "\n".join([
    "遠軽町行財政改革大綱 実施状況の評価",
    "",
    "評価の凡例",
    "S：目標を大きく上回った",
    "A：目標どおり",
    "B：やや遅れ",
    "C：遅れ",
    "",
    "1 取組別の実践項目の評価",
    "",
    "取組2 窓口の改善",
    "",
    HEADER,
    "21\t窓口の一本化\t住民課\tA\tS\t3\t4\t7\tS\t",
    "22\t電子申請の導入\t情報課\tB\tB\t2\t2\t4\tB\t",
    "",
    "取組3 職員の育成",
    "",
    HEADER,
    "31\t研修の充実\t人事課\tC\tA\t2\t3\t5\tA\t令和5年度",
    "",
    "2 取組の評価と委員会の意見",
    "",
    "取組2 窓口の改善",
    "",
    "テーマ：住民サービス",
    "実践項目数：2",
    "所管課の自己評価：S",
    "委員会評価：4.2点（5点満点）",
    "委員の意見：",
    "窓口の一本化で待ち時間が減った。",
    "",
    "取組3 職員の育成",
    "",
    "テーマ：人材育成",
    "実践項目数：1",
    "所管課の自己評価：A",
    "委員会評価：3.1点（5点満点）",
    "委員の意見：",
    "研修の効果を測ってほしい。",
    "",
    "資料 進捗状況シート",
    "",
    "実践項目21 窓口の一本化",
    "取組：2 担当課：住民課 取組終了：（継続）",
    "年度\t取組内容\t自己評価\t評価の理由\t取組上の課題",
    "令和4年度\t(新)窓口の統合準備\tA\t\t",
    "令和5年度\t(新)総合窓口の開設\tS\t待ち時間は平均4分に短縮した。\t",
    "",
]) + "\n"


@pytest.fixture(scope="module")
def doc():
    assert plan_report.detect(TEXT)
    return plan_report.parse(TEXT, SOURCE)


def _records(doc, kind):
    return {r.key.split(":", 1)[1]: r.fields for r in doc.records if r.kind == kind}


def test_items_tied_to_the_initiative_of_the_heading_above_their_table(doc):
    practices = _records(doc, "practice")
    assert {code: p["initiative"] for code, p in practices.items()} == {"21": "2", "22": "2", "31": "3"}


def test_grades_of_the_legends_own_letters(doc):
    practices = _records(doc, "practice")
    assert (practices["21"]["r5"], practices["21"]["overall"]) == ("S", "S")
    assert practices["31"]["ended"] == "R5"


def test_total_read_under_kei_and_bare_score_headers(doc):
    p = _records(doc, "practice")["21"]
    assert (p["collaboration"], p["efficiency"], p["total"]) == (3, 4, 7)


def test_initiative_figures_as_a_definition_list(doc):
    initiatives = _records(doc, "initiative")
    assert {no: (i["n_practice"], i["self_overall"], i["committee_score"]) for no, i in initiatives.items()} == {
        "2": (2, "S", 4.2), "3": (1, "A", 3.1)}
    comments = {r.fields["initiative"]: r.fields["text"] for r in doc.records if r.kind == "comment"}
    assert comments == {"2": "窓口の一本化で待ち時間が減った。", "3": "研修の効果を測ってほしい。"}


def test_progress_sheet_stating_torikumi_alone(doc):
    challenges_or_evals = [r for r in doc.records if r.kind == "self_eval" and r.key.startswith("self_eval:21")]
    assert challenges_or_evals, "the sheet of item 21 is linked by its 取組：2"


def test_letter_legend_is_the_scale_and_ranks_s_first():
    assert legend_scale(TEXT.splitlines()) == ("S", "A", "B", "C")
    # The usual A–D legend is no scale of the document's own.
    assert legend_scale(["A：順調", "B：やや遅れ", "C：遅れ", "D：未着手"]) == ()
    assert _bounded("A", "以上", "A以上", ("S", "A", "B", "C")) == ["S", "A"]
    rank = grade_rank_sql("x", ("S", "A", "B", "C"))
    assert "WHEN 'S' THEN 3" in rank and "WHEN 'A' THEN 2" in rank
